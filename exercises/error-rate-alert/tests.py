# ruff: noqa: PT011
import pytest
from solution import ErrorRateAlert


def test_too_few_requests_never_fire():
    alert = ErrorRateAlert(window=60, threshold=0.05, min_count=10)
    for t in range(9):
        alert.record(t, is_error=True)
    assert alert.firing(9) is False, "9 requests, all errors, is below min_count = 10"
    alert.record(9, is_error=True)
    assert alert.firing(9) is True, "the 10th request reaches min_count"


def test_rate_must_be_strictly_above_the_threshold():
    alert = ErrorRateAlert(window=60, threshold=0.2, min_count=5)
    for t in range(10):
        alert.record(t, is_error=t < 2)
    assert alert.firing(10) is False, "2 errors in 10 is exactly 20 %: not above the threshold"
    alert.record(10, is_error=True)
    assert alert.firing(10) is True, "3 errors in 11 is 27 %: above the threshold"


def test_old_requests_leave_the_window():
    alert = ErrorRateAlert(window=60, threshold=0.1, min_count=5)
    for t in range(10):
        alert.record(t, is_error=True)
    assert alert.firing(9) is True, "10 errors in a row"
    for t in range(10, 70):
        alert.record(t, is_error=False)
    assert alert.firing(69) is False, "the window (9, 69] holds only the 60 successes"


def test_a_request_exactly_window_seconds_old_has_left():
    alert = ErrorRateAlert(window=60, threshold=0.5, min_count=2)
    alert.record(0, is_error=True)
    alert.record(30, is_error=True)
    alert.record(40, is_error=False)
    assert alert.firing(59) is True, "at 59 s the window holds 2 errors and 1 success"
    assert alert.firing(60) is False, "at 60 s the request from 0 s has left: 1 error, 1 success is 50 %"


def test_recovers_after_an_incident():
    alert = ErrorRateAlert(window=10, threshold=0.1, min_count=3)
    for t in range(5):
        alert.record(t, is_error=True)
    assert alert.firing(5) is True, "5 errors in a row"
    for t in range(5, 30):
        alert.record(t, is_error=False)
    assert alert.firing(30) is False, "20 s of successes later the window is clean"


def test_many_requests():
    alert = ErrorRateAlert(window=300, threshold=0.01, min_count=100)
    for i in range(100_000):
        alert.record(i * 0.01, is_error=i % 50 == 0)  # 2 % errors, 100 requests a second
    assert alert.firing(1000) is True, "2 % errors over 300 s is above 1 %"


def test_timestamps_must_not_go_backwards():
    alert = ErrorRateAlert(window=60, threshold=0.1, min_count=1)
    alert.record(10, is_error=False)
    with pytest.raises(ValueError):
        alert.record(9, is_error=False)
    with pytest.raises(ValueError):
        alert.firing(5)


def test_invalid_settings():
    with pytest.raises(ValueError):
        ErrorRateAlert(window=0, threshold=0.1, min_count=1)
    with pytest.raises(ValueError):
        ErrorRateAlert(window=60, threshold=1.0, min_count=1)
    with pytest.raises(ValueError):
        ErrorRateAlert(window=60, threshold=-0.1, min_count=1)
    with pytest.raises(ValueError):
        ErrorRateAlert(window=60, threshold=0.1, min_count=0)
