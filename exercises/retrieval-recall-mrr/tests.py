# ruff: noqa: PT011
import math

import pytest
from solution import recall_and_mrr


def check(got, want):
    assert all(math.isclose(g, w, abs_tol=1e-12) for g, w in zip(got, want, strict=True)), (
        f"returned {got}, expected {want}"
    )


def test_five_queries_at_k_3():
    results = [
        ["d3", "d7", "d1", "d9", "d4"],
        ["d2", "d5", "d8", "d6", "d0"],
        ["d4", "d9", "d3", "d7", "d5"],
        ["d6", "d1", "d2", "d0", "d3"],
        ["d5", "d0", "d7", "d2", "d9"],
    ]
    relevant = [{"d1"}, {"d2", "d6"}, {"d8"}, {"d1"}, {"d9", "d3"}]
    check(recall_and_mrr(results, relevant, k=3), (0.5, 0.36666666666666664))


def test_recall_divides_by_the_relevant_count():
    check(recall_and_mrr([["a", "b", "c"]], [{"a", "x", "y", "z"}], k=3), (0.25, 1.0))


def test_rank_is_one_based():
    check(recall_and_mrr([["x", "a", "y"]], [{"a"}], k=3), (1.0, 0.5))


def test_relevant_ids_below_k_do_not_count():
    check(recall_and_mrr([["a", "b", "c", "d"]], [{"d"}], k=3), (0.0, 0.0))


def test_a_repeated_id_counts_once():
    check(recall_and_mrr([["a", "a", "b"]], [{"a", "c"}], k=3), (0.5, 1.0))


def test_queries_without_relevant_ids_are_left_out():
    check(recall_and_mrr([["a", "b"], ["c", "d"]], [set(), {"d"}], k=2), (1.0, 0.5))
    with pytest.raises(ValueError):
        recall_and_mrr([["a"], ["b"]], [set(), set()], k=1)


def test_k_longer_than_the_results():
    check(recall_and_mrr([["a", "b"]], [{"b", "z"}], k=10), (0.5, 0.5))


def test_thousand_queries():
    results = [[f"d{(q + j) % 50}" for j in range(10)] for q in range(1000)]
    relevant = [{f"d{q % 50}", f"d{(q + 20) % 50}"} for q in range(1000)]
    check(recall_and_mrr(results, relevant, k=10), (0.5, 1.0))


def test_invalid_input():
    with pytest.raises(ValueError):
        recall_and_mrr([["a"]], [{"a"}, {"b"}], k=1)
    with pytest.raises(ValueError):
        recall_and_mrr([["a"]], [{"a"}], k=0)
