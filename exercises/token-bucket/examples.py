from solution import TokenBucket


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_example_1():
    bucket = TokenBucket(capacity=3, refill_rate=1, clock=FakeClock())
    got = [bucket.allow() for _ in range(4)]
    assert got == [True, True, True, False], f"a full bucket of 3 allows a burst of 3: got {got}"


def test_example_2():
    clock = FakeClock()
    bucket = TokenBucket(capacity=2, refill_rate=2, clock=clock)
    burst = [bucket.allow() for _ in range(3)]
    clock.now = 1.0
    later = [bucket.allow() for _ in range(3)]
    assert burst == [True, True, False], f"first burst: got {burst}"
    assert later == [True, True, False], f"after 1 s at 2 tokens/s: got {later}"
