import math

from solution import target_encode_oof

CATEGORIES = ["a", "a", "b", "b", "a", "b"]
TARGETS = [1, 0, 1, 1, 0, 1]


def test_example_1():
    got = target_encode_oof(CATEGORIES, TARGETS, n_folds=2, smoothing=0.0)
    want = [0.0, 0.5, 1.0, 1.0, 0.0, 1.0]
    assert got == want, f"returned {got}, expected {want}"


def test_example_2():
    got = target_encode_oof(CATEGORIES, TARGETS, n_folds=2, smoothing=1.0)
    want = [1 / 3, 5 / 9, 8 / 9, 5 / 6, 1 / 3, 5 / 6]
    assert all(math.isclose(g, w) for g, w in zip(got, want, strict=True)), f"returned {got}, expected {want}"
