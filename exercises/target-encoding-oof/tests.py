# ruff: noqa: PT011
import math

import pytest
from solution import target_encode_oof


def check(got, want):
    assert len(got) == len(want), f"returned {len(got)} values, expected {len(want)}"
    assert all(math.isclose(g, w) for g, w in zip(got, want, strict=True)), f"returned {got}, expected {want}"


def test_a_row_never_sees_its_own_target():
    targets = [1, 0, 1, 1, 0, 1]
    flipped = [0, 0, 1, 1, 0, 1]
    before = target_encode_oof(list("aabbab"), targets, 2, 1.0)
    after = target_encode_oof(list("aabbab"), flipped, 2, 1.0)
    assert math.isclose(before[0], after[0]), (
        f"changing row 0's target changed its encoding: {before[0]} -> {after[0]}"
    )


def test_prior_comes_from_the_other_folds():
    check(target_encode_oof(["x", "y", "x", "z"], [1, 0, 1, 1], 2, 1.0), [0.5, 1.0, 0.5, 1.0])


def test_category_missing_from_the_other_folds_gets_the_prior():
    check(target_encode_oof(list("abcabc"), [1, 1, 0, 0, 1, 0], 3, 0.0), [0.5, 0.25, 0.75, 0.5, 0.25, 0.75])


def test_leave_one_out():
    check(target_encode_oof(list("aabab"), [1, 0, 1, 1, 0], 5, 0.5), [0.5, 0.95, 1 / 6, 0.5, 11 / 12])


def test_heavy_smoothing_tends_to_the_prior():
    got = target_encode_oof(list("aabbab"), [1, 0, 1, 1, 0, 1], 2, 1000.0)
    assert all(abs(g - 2 / 3) < 0.002 for g in got), (
        f"with smoothing 1000 every value is near the prior 2/3: {got}"
    )


def test_many_rows():
    categories = [f"c{i % 10}" for i in range(20_000)]
    targets = [1.0 if i % 10 < 3 else 0.0 for i in range(20_000)]
    got = target_encode_oof(categories, targets, 7, 1.0)  # 7 folds: every category is in every fold
    assert all(g > 0.99 for g in got[:3]), f"c0-c2 are always positive: {got[:3]}"
    assert all(g < 0.01 for g in got[3:10]), f"c3-c9 are never positive: {got[3:10]}"


def test_invalid_folds():
    with pytest.raises(ValueError):
        target_encode_oof(list("ab"), [1, 0], 1, 1.0)
    with pytest.raises(ValueError):
        target_encode_oof(list("ab"), [1, 0], 3, 1.0)


def test_invalid_lengths_or_smoothing():
    with pytest.raises(ValueError):
        target_encode_oof(list("abc"), [1, 0], 2, 1.0)
    with pytest.raises(ValueError):
        target_encode_oof(list("abab"), [1, 0, 1, 0], 2, -0.5)
