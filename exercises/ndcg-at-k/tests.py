# ruff: noqa: PT011
import math

import pytest
from solution import ndcg_at_k


def test_ideal_order_uses_every_grade_not_only_the_top_k():
    got = ndcg_at_k([1, 0, 0, 3], k=2)
    want = 0.27541155237618664
    assert math.isclose(got, want), f"the 3 at rank 4 is in the ideal top 2: got {got}, expected {want}"


def test_judged_pool_includes_items_never_retrieved():
    got = ndcg_at_k([3, 2], k=3, judged=[3, 3, 2])
    want = 0.7232329748419101
    assert math.isclose(got, want), f"ndcg_at_k([3, 2], 3, judged=[3, 3, 2]) returned {got}, expected {want}"


def test_k_larger_than_the_list():
    got = ndcg_at_k([0, 1], k=10)
    want = 0.6309297535714575
    assert math.isclose(got, want), f"ndcg_at_k([0, 1], k=10) returned {got}, expected {want}"


def test_k_equal_to_one():
    got = ndcg_at_k([2, 3], k=1)
    assert math.isclose(got, 2 / 3), f"ndcg_at_k([2, 3], k=1) returned {got}, expected 2/3"


def test_no_relevant_item_scores_zero():
    assert ndcg_at_k([0, 0, 0], k=3) == 0.0, "all grades 0 must give 0.0"
    assert ndcg_at_k([], k=3) == 0.0, "an empty result list must give 0.0"
    assert ndcg_at_k([], k=3, judged=[2, 1]) == 0.0, "nothing retrieved must give 0.0"


def test_fractional_grades():
    got = ndcg_at_k([0.5, 2.0, 1.0], k=2)
    want = 0.66967181649423
    assert math.isclose(got, want), f"ndcg_at_k([0.5, 2.0, 1.0], k=2) returned {got}, expected {want}"


def test_long_list():
    got = ndcg_at_k([i % 4 for i in range(10_000)], k=10)
    want = 0.38011995682232197
    assert math.isclose(got, want), f"10,000 results returned {got}, expected {want}"


def test_inputs_are_not_modified():
    ranked, judged = [1, 0, 3], [3, 1, 2, 0]
    ndcg_at_k(ranked, k=2, judged=judged)
    assert (ranked, judged) == ([1, 0, 3], [3, 1, 2, 0]), f"the inputs were modified: {ranked}, {judged}"


def test_invalid_k():
    with pytest.raises(ValueError):
        ndcg_at_k([3, 2, 1], k=0)


def test_negative_grade():
    with pytest.raises(ValueError):
        ndcg_at_k([3, -1, 1], k=2)
    with pytest.raises(ValueError):
        ndcg_at_k([3, 1], k=2, judged=[3, 1, -2])
