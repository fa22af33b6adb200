from solution import TTLCache


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_example_1():
    cache = TTLCache(capacity=2, ttl=60, clock=FakeClock())
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")  # "a" is now the most recently used
    cache.put("c", 3)
    got = (cache.get("a"), cache.get("b"), cache.get("c"))
    assert got == (1, None, 3), f"'b' was the least recently used and must be evicted: got {got}"


def test_example_2():
    clock = FakeClock()
    cache = TTLCache(capacity=10, ttl=30, clock=clock)
    cache.put("user:1", [0.2, 0.7])
    clock.now = 29.0
    assert cache.get("user:1") == [0.2, 0.7], "the entry is still alive after 29 s"
    clock.now = 31.0
    assert cache.get("user:1") is None, "the entry must be gone after 31 s with a 30 s ttl"
