# ruff: noqa: PT011
import pytest
from solution import TTLCache


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def make(capacity=3, ttl=10.0):
    clock = FakeClock()
    return TTLCache(capacity, ttl, clock), clock


def test_missing_key():
    cache, _ = make()
    assert cache.get("nope") is None, "a key never stored must give None"


def test_expires_exactly_at_ttl():
    cache, clock = make(ttl=10.0)
    cache.put("k", "v")
    clock.now = 9.5
    assert cache.get("k") == "v", "alive at 9.5 s"
    clock.now = 10.0
    assert cache.get("k") is None, "an entry written at 0 with ttl 10 is gone at exactly 10"


def test_a_hit_does_not_extend_the_life():
    cache, clock = make(ttl=10.0)
    cache.put("k", "v")
    for t in (3.0, 6.0, 9.0):
        clock.now = t
        assert cache.get("k") == "v", f"alive at {t} s"
    clock.now = 10.0
    assert cache.get("k") is None, "reading an entry must not extend its ttl"


def test_put_restarts_the_life_and_replaces_the_value():
    cache, clock = make(ttl=10.0)
    cache.put("k", 1)
    clock.now = 8.0
    cache.put("k", 2)
    clock.now = 15.0
    assert cache.get("k") == 2, "a rewritten entry lives 10 s from its last write"


def test_least_recently_used_is_evicted():
    cache, _ = make(capacity=3)
    for key in "abc":
        cache.put(key, key.upper())
    cache.get("a")
    cache.get("b")
    cache.put("d", "D")
    got = [cache.get(k) for k in "abcd"]
    assert got == ["A", "B", None, "D"], f"'c' was least recently used: got {got}"


def test_overwriting_a_key_never_evicts():
    cache, _ = make(capacity=2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 3)
    assert (cache.get("a"), cache.get("b")) == (3, 2), "updating 'a' in a full cache must keep 'b'"


def test_expired_entries_go_before_live_ones():
    cache, clock = make(capacity=2, ttl=10.0)
    cache.put("old", 1)
    clock.now = 5.0
    cache.put("recent", 2)
    clock.now = 6.0
    assert cache.get("old") == 1, "'old' is alive at 6 s, and now the most recently used"
    clock.now = 10.0  # "old" has expired; "recent" is the least recently used but has 5 s left
    cache.put("new", 3)
    assert cache.get("recent") == 2, "the expired entry must be dropped instead of evicting a live one"
    assert cache.get("new") == 3, "the new entry must be stored"


def test_len_counts_live_entries():
    cache, clock = make(capacity=5, ttl=10.0)
    cache.put("a", 1)
    clock.now = 4.0
    cache.put("b", 2)
    cache.put("c", 3)
    assert len(cache) == 3, f"three live entries, len is {len(cache)}"
    clock.now = 12.0
    assert len(cache) == 2, f"'a' expired at 10 s, len is {len(cache)}"


def test_many_keys():
    cache, clock = make(capacity=100, ttl=1_000_000.0)
    for i in range(10_000):
        clock.now = i * 0.01
        cache.put(f"k{i}", i)
    assert len(cache) == 100, f"a cache of 100 holds {len(cache)} entries"
    assert cache.get("k9899") is None, "k9899 must have been evicted"
    assert cache.get("k9900") == 9900, "k9900 is among the last 100 written"


def test_invalid_settings():
    with pytest.raises(ValueError):
        TTLCache(0, 10.0, FakeClock())
    with pytest.raises(ValueError):
        TTLCache(5, 0, FakeClock())
