from solution import ErrorRateAlert


def test_example_1():
    alert = ErrorRateAlert(window=60, threshold=0.05, min_count=20)
    for second in range(30):
        alert.record(second, is_error=second % 5 == 0)  # 6 errors in 30 requests: 20 %
    assert alert.firing(30) is True, "20 % errors on 30 requests is above 5 %: the alert must fire"


def test_example_2():
    alert = ErrorRateAlert(window=60, threshold=0.05, min_count=20)
    for second in range(30):
        alert.record(second, is_error=False)
    assert alert.firing(30) is False, "no errors: the alert must not fire"
