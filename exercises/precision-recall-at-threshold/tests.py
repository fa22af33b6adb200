# ruff: noqa: PT011
import math

import pytest
from solution import precision_recall_at


def test_score_equal_to_threshold_is_positive():
    got = precision_recall_at([1, 0, 1], [0.5, 0.4, 0.2], 0.5)
    assert got == (1.0, 0.5), f"a score equal to the threshold is positive: got {got}, expected (1.0, 0.5)"


def test_nothing_predicted_positive():
    got = precision_recall_at([1, 0, 1], [0.3, 0.2, 0.1], 0.9)
    assert got == (0.0, 0.0), f"a threshold above every score returned {got}, expected (0.0, 0.0)"


def test_no_positive_labels():
    got = precision_recall_at([0, 0, 0], [0.9, 0.2, 0.7], 0.5)
    assert got == (0.0, 0.0), f"no positive label returned {got}, expected (0.0, 0.0)"


def test_threshold_zero_predicts_everything():
    got = precision_recall_at([1, 0, 0, 0], [0.0, 0.0, 0.3, 0.1], 0.0)
    assert got == (0.25, 1.0), f"threshold 0.0 returned {got}, expected (0.25, 1.0)"


def test_fraud_confusion_matrix():
    # TP 80, FN 20, FP 120, TN 9,780: built as labels and scores.
    y_true = [1] * 80 + [1] * 20 + [0] * 120 + [0] * 9_780
    scores = [0.9] * 80 + [0.1] * 20 + [0.8] * 120 + [0.2] * 9_780
    got = precision_recall_at(y_true, scores, 0.5)
    assert all(math.isclose(g, w) for g, w in zip(got, (0.4, 0.8), strict=True)), (
        f"the fraud matrix returned {got}, expected (0.4, 0.8)"
    )


def test_tied_scores_move_together():
    got = precision_recall_at([1, 0, 1, 0], [0.7, 0.7, 0.7, 0.2], 0.7)
    want = (2 / 3, 1.0)
    assert all(math.isclose(g, w) for g, w in zip(got, want, strict=True)), f"got {got}, expected {want}"


def test_lengths_differ():
    with pytest.raises(ValueError):
        precision_recall_at([1, 0], [0.5], 0.5)


def test_empty_input():
    with pytest.raises(ValueError):
        precision_recall_at([], [], 0.5)


def test_labels_must_be_binary():
    with pytest.raises(ValueError):
        precision_recall_at([1, 2, 0], [0.9, 0.8, 0.1], 0.5)
    with pytest.raises(ValueError):
        precision_recall_at([1, -1], [0.9, 0.1], 0.5)
