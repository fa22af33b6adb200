# ruff: noqa: PT011
import random

import pytest
from solution import call_with_retry


class TopOfRange:
    """uniform(a, b) returns b and records its arguments."""

    def __init__(self):
        self.calls = []

    def uniform(self, a, b):
        self.calls.append((a, b))
        return b


class AlwaysFails:
    def __init__(self, error_type=TimeoutError):
        self.errors = []
        self.error_type = error_type

    def __call__(self):
        error = self.error_type(f"attempt {len(self.errors) + 1}")
        self.errors.append(error)
        raise error


def retry(fn, sleeps, rng=None, **settings):
    options = {"max_attempts": 5, "base_delay": 1.0, "max_delay": 5.0}
    options.update(settings)
    return call_with_retry(fn, sleep=sleeps.append, rng=rng or TopOfRange(), **options)


def test_success_on_the_first_call_never_sleeps():
    sleeps = []
    assert retry(lambda: 42, sleeps) == 42, "the value of fn must be returned"
    assert sleeps == [], f"slept {sleeps} although the first call succeeded"


def test_ceilings_double_and_are_capped():
    fn, sleeps = AlwaysFails(), []
    with pytest.raises(TimeoutError):
        retry(fn, sleeps, max_attempts=6)
    assert sleeps == [1.0, 2.0, 4.0, 5.0, 5.0], f"slept {sleeps}, expected [1.0, 2.0, 4.0, 5.0, 5.0]"


def test_no_sleep_after_the_last_attempt():
    fn, sleeps = AlwaysFails(), []
    with pytest.raises(TimeoutError):
        retry(fn, sleeps, max_attempts=4)
    assert len(fn.errors) == 4, f"fn was called {len(fn.errors)} times, expected 4"
    assert len(sleeps) == 3, f"slept {len(sleeps)} times for 4 attempts, expected 3"


def test_the_last_error_itself_is_raised():
    fn = AlwaysFails()
    with pytest.raises(TimeoutError) as caught:
        retry(fn, [], max_attempts=3)
    assert caught.value is fn.errors[-1], (
        f"raised {caught.value!r}, expected the last error {fn.errors[-1]!r}"
    )


def test_other_errors_are_not_retried():
    fn, sleeps = AlwaysFails(KeyError), []
    with pytest.raises(KeyError):
        retry(fn, sleeps, retry_on=(TimeoutError, ConnectionError))
    assert len(fn.errors) == 1, f"a KeyError was retried {len(fn.errors) - 1} times"
    assert sleeps == [], f"slept {sleeps} before a non-retryable error"


def test_one_uniform_draw_from_zero_per_retry():
    rng = TopOfRange()
    with pytest.raises(TimeoutError):
        retry(AlwaysFails(), [], rng=rng, max_attempts=4, base_delay=0.5, max_delay=100)
    assert rng.calls == [(0, 0.5), (0, 1.0), (0, 2.0)], f"uniform was called with {rng.calls}"


def test_full_jitter_with_a_real_generator():
    first, second = [], []
    for sleeps in (first, second):
        with pytest.raises(TimeoutError):
            retry(AlwaysFails(), sleeps, rng=random.Random(7), max_attempts=8)
    ceilings = [1.0, 2.0, 4.0, 5.0, 5.0, 5.0, 5.0]
    assert all(0 <= s <= c for s, c in zip(first, ceilings, strict=True)), f"delays {first} exceed {ceilings}"
    assert first != ceilings, "every delay equals its ceiling: there is no jitter"
    assert first == second, "the same seeded generator must give the same delays"


def test_thousands_of_attempts_do_not_overflow():
    fn, sleeps = AlwaysFails(), []
    with pytest.raises(TimeoutError):
        retry(fn, sleeps, max_attempts=1100, base_delay=0.001, max_delay=2.0)
    assert len(sleeps) == 1099, f"slept {len(sleeps)} times, expected 1099"
    assert max(sleeps) == 2.0, f"the longest delay was {max(sleeps)}, expected the cap 2.0"


def test_a_single_attempt():
    fn, sleeps = AlwaysFails(), []
    with pytest.raises(TimeoutError):
        retry(fn, sleeps, max_attempts=1)
    assert (len(fn.errors), sleeps) == (1, []), "max_attempts=1 calls once and never sleeps"


def test_invalid_settings():
    with pytest.raises(ValueError):
        retry(lambda: 1, [], max_attempts=0)
    with pytest.raises(ValueError):
        retry(lambda: 1, [], base_delay=-1.0)
    with pytest.raises(ValueError):
        retry(lambda: 1, [], max_delay=-0.5)
