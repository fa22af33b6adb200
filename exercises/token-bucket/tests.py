# ruff: noqa: PT011
import pytest
from solution import TokenBucket


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

    def __call__(self):
        return self.now


def test_refill_is_capped_at_capacity():
    clock = FakeClock()
    bucket = TokenBucket(capacity=5, refill_rate=1, clock=clock)
    assert all(bucket.allow() for _ in range(5)), "a new bucket must allow a burst of its capacity"
    clock.now = 3600.0
    got = [bucket.allow() for _ in range(7)]
    assert got == [True] * 5 + [False] * 2, f"after an idle hour only 5 tokens are available: got {got}"


def test_a_rejected_request_takes_nothing():
    bucket = TokenBucket(capacity=3, refill_rate=1, clock=FakeClock())
    assert bucket.allow(5) is False, "a cost of 5 cannot fit in a bucket of 3"
    got = [bucket.allow() for _ in range(3)]
    assert got == [True, True, True], f"the rejected request must not have taken tokens: got {got}"


def test_cost_above_capacity_is_never_allowed():
    clock = FakeClock()
    bucket = TokenBucket(capacity=2, refill_rate=10, clock=clock)
    clock.now = 100.0
    assert bucket.allow(2.5) is False, "a cost above the capacity can never be allowed"


def test_fractional_refill():
    clock = FakeClock()
    bucket = TokenBucket(capacity=1, refill_rate=0.5, clock=clock)
    assert bucket.allow() is True, "the first request uses the only token"
    clock.now = 1.0
    assert bucket.allow() is False, "after 1 s at 0.5 tokens/s only half a token is back"
    clock.now = 2.0
    assert bucket.allow() is True, "after 2 s a whole token is back"


def test_costs_are_weighted():
    clock = FakeClock()
    bucket = TokenBucket(capacity=10, refill_rate=1, clock=clock)
    assert bucket.allow(7) is True, "7 of 10 tokens"
    assert bucket.allow(4) is False, "only 3 tokens left"
    clock.now = 1.0
    assert bucket.allow(4) is True, "3 + 1 refilled = 4 tokens"


def test_clock_stepping_back_changes_nothing():
    clock = FakeClock(100.0)
    bucket = TokenBucket(capacity=4, refill_rate=1, clock=clock)
    assert all(bucket.allow() for _ in range(2)), "two of four tokens"
    clock.now = 50.0
    got = [bucket.allow() for _ in range(3)]
    assert got == [True, True, False], f"a clock stepping back must neither add nor remove tokens: got {got}"
    clock.now = 101.0
    assert [bucket.allow() for _ in range(2)] == [True, False], "1 s after the last forward reading: 1 token"


def test_sustained_rate():
    clock = FakeClock()
    bucket = TokenBucket(capacity=10, refill_rate=5, clock=clock)
    allowed = 0
    for i in range(1000):  # 10 requests a second for 100 s
        clock.now = i / 10
        allowed += bucket.allow()
    assert allowed == 509, f"10 initial tokens + 5/s over 99.9 s allow 509 requests, got {allowed}"


def test_invalid_settings():
    with pytest.raises(ValueError):
        TokenBucket(capacity=0, refill_rate=1, clock=FakeClock())
    with pytest.raises(ValueError):
        TokenBucket(capacity=5, refill_rate=-1, clock=FakeClock())
    with pytest.raises(ValueError):
        TokenBucket(capacity=5, refill_rate=1, clock=FakeClock()).allow(0)
