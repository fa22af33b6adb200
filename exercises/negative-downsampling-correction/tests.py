# ruff: noqa: PT011
import math

import pytest
from solution import recalibrate


def test_extremes_stay_put():
    assert recalibrate(0.0, 0.1) == 0.0, "a score of 0 must stay 0.0"
    assert math.isclose(recalibrate(1.0, 0.1), 1.0), "a score of 1 must stay 1.0"


def test_undoes_the_downsampling_of_a_base_rate():
    downsampled_rate = 0.01 / (0.01 + 0.99 * 0.1)  # a 1 % rate with 10 % of negatives kept: 0.0917
    got = recalibrate(downsampled_rate, 0.1)
    assert math.isclose(got, 0.01), f"the 1 % base rate seen as {downsampled_rate} came back as {got}"


def test_round_trip_over_many_rates():
    for p in (0.001, 0.02, 0.3, 0.5, 0.9):
        for w in (0.01, 0.1, 0.5, 1.0):
            q = p / (p + (1 - p) * w)
            got = recalibrate(q, w)
            assert math.isclose(got, p), f"p={p} downsampled at {w} gives q={q}; recalibrate returned {got}"


def test_tiny_keep_rate():
    got = recalibrate(0.5, 0.001)
    want = 0.000999000999000999
    assert math.isclose(got, want), f"recalibrate(0.5, 0.001) returned {got}, expected {want}"


def test_correction_lowers_scores_and_keeps_their_order():
    scores = [0.05, 0.2, 0.4, 0.6, 0.95]
    got = [recalibrate(q, 0.2) for q in scores]
    assert all(g < q for g, q in zip(got, scores, strict=True)), f"every score must go down: {got}"
    assert got == sorted(got), f"the order of the scores must not change: {got}"


def test_invalid_keep_rate():
    for keep_rate in (0.0, -0.1, 1.5):
        with pytest.raises(ValueError):
            recalibrate(0.3, keep_rate)


def test_invalid_score():
    for q in (-0.01, 1.01):
        with pytest.raises(ValueError):
            recalibrate(q, 0.5)
