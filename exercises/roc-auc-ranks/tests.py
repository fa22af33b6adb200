# ruff: noqa: PT011
import math

import pytest
from solution import roc_auc


def test_a_tie_between_a_positive_and_a_negative_counts_half():
    got = roc_auc([0, 1], [0.5, 0.5])
    assert math.isclose(got, 0.5), f"roc_auc([0, 1], [0.5, 0.5]) returned {got}, expected 0.5"


def test_constant_scores_give_one_half():
    got = roc_auc([0, 1, 1, 0, 1, 0], [0.3] * 6)
    assert math.isclose(got, 0.5), f"a model with one constant score returned {got}, expected 0.5"


def test_ties_inside_a_ranking():
    got = roc_auc([0, 1, 1, 0, 1], [0.2, 0.9, 0.6, 0.6, 0.6])
    assert math.isclose(got, 5 / 6), f"returned {got}, expected 5/6 (two of the positive-negative pairs tie)"


def test_integer_scores_with_several_tied_groups():
    got = roc_auc([1, 0, 1, 0, 0, 1], [3, 1, 2, 2, 2, 3])
    assert math.isclose(got, 8 / 9), f"returned {got}, expected 8/9"


def test_inverted_ranking_scores_zero():
    got = roc_auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9])
    assert math.isclose(got, 0.0, abs_tol=1e-12), f"an inverted ranking returned {got}, expected 0.0"


def test_order_of_the_rows_does_not_matter():
    y, s = [0, 1, 1, 0, 1], [0.2, 0.9, 0.6, 0.6, 0.6]
    reordered = roc_auc(y[::-1], s[::-1])
    assert math.isclose(reordered, 5 / 6), f"the rows reversed returned {reordered}, expected 5/6"


def test_three_thousand_rows_with_many_ties():
    y = [1 if (i * 7) % 11 < 4 else 0 for i in range(3000)]
    s = [(i * 13) % 17 + 6 * y[i] for i in range(3000)]
    got = roc_auc(y, s)
    want = 0.7907492561406507
    assert math.isclose(got, want, rel_tol=1e-9), f"3,000 rows with many ties returned {got}, expected {want}"


def test_a_single_class_raises():
    with pytest.raises(ValueError):
        roc_auc([1, 1, 1], [0.2, 0.5, 0.9])
    with pytest.raises(ValueError):
        roc_auc([0, 0], [0.2, 0.5])


def test_lengths_differ():
    with pytest.raises(ValueError):
        roc_auc([0, 1, 1], [0.2, 0.5])


def test_labels_must_be_binary():
    with pytest.raises(ValueError):
        roc_auc([0, 2, 1], [0.2, 0.5, 0.9])
