import math

from solution import recalibrate


def test_example_1():
    got = recalibrate(0.30, keep_rate=0.1)
    want = 0.3 / 7.3
    assert math.isclose(got, want), f"recalibrate(0.30, keep_rate=0.1) returned {got}, expected {want}"


def test_example_2():
    got = recalibrate(0.25, keep_rate=1.0)
    assert math.isclose(got, 0.25), f"without downsampling the score is unchanged: got {got}, expected 0.25"
