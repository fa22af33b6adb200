import pytest
from solution import call_with_retry


class TopOfRange:
    """A stand-in for random.Random whose uniform(a, b) returns b, so the delays are the ceilings."""

    def uniform(self, a, b):
        return b


def failing(times, result="ok"):
    calls = []

    def fn():
        calls.append(1)
        if len(calls) <= times:
            raise TimeoutError(f"call {len(calls)} timed out")
        return result

    return fn, calls


def test_example_1():
    fn, calls = failing(2)
    sleeps = []
    got = call_with_retry(
        fn, max_attempts=5, base_delay=0.1, max_delay=10, sleep=sleeps.append, rng=TopOfRange()
    )
    assert got == "ok", f"returned {got!r}, expected 'ok'"
    assert len(calls) == 3, f"fn was called {len(calls)} times, expected 3"
    assert sleeps == [0.1, 0.2], f"slept {sleeps}, expected [0.1, 0.2] (the ceilings)"


def test_example_2():
    fn, calls = failing(10)
    with pytest.raises(TimeoutError):
        call_with_retry(
            fn, max_attempts=3, base_delay=0.1, max_delay=10, sleep=lambda s: None, rng=TopOfRange()
        )
    assert len(calls) == 3, f"fn was called {len(calls)} times, expected max_attempts = 3"
