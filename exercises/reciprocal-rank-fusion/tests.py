# ruff: noqa: PT011
import math

import pytest
from solution import reciprocal_rank_fusion


def test_equal_scores_are_ordered_by_id():
    got = reciprocal_rank_fusion([["b", "a"], ["a", "b"]])
    assert [doc for doc, _ in got] == ["a", "b"], f"a and b tie at 1/61 + 1/62; a comes first: got {got}"
    swapped = reciprocal_rank_fusion([["a", "b"], ["b", "a"]])
    assert got == swapped, "swapping the input lists must not change the output"


def test_a_repeated_id_votes_once_per_list():
    got = reciprocal_rank_fusion([["a", "b", "a"]])
    assert got == [("a", 1 / 61), ("b", 1 / 62)], f"the second 'a' must be ignored: got {got}"


def test_agreement_beats_a_single_top_rank():
    got = reciprocal_rank_fusion([["solo", "x", "both", "y"], ["p", "q", "r", "both"]])
    scores = dict(got)
    assert scores["both"] > scores["solo"], (
        f"ranks 3 and 4 ({scores['both']}) must beat one rank 1 ({scores['solo']})"
    )
    assert got[0][0] == "both", f"'both' must come first, got {got[0][0]}"


def test_k_zero():
    got = reciprocal_rank_fusion([["a", "b", "c"]], k=0)
    want = [("a", 1.0), ("b", 0.5), ("c", 1 / 3)]
    assert all(g[0] == w[0] and math.isclose(g[1], w[1]) for g, w in zip(got, want, strict=True)), (
        f"k=0 returned {got}, expected {want}"
    )


def test_k_changes_scores_not_agreement():
    got = reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=1)
    want = [("b", 1 / 3 + 1 / 2), ("a", 1 / 2), ("c", 1 / 3)]
    assert [d for d, _ in got] == [d for d, _ in want], f"k=1 returned {got}, expected {want}"
    assert all(math.isclose(g[1], w[1]) for g, w in zip(got, want, strict=True)), f"k=1 returned {got}"


def test_empty_input():
    assert reciprocal_rank_fusion([]) == [], "no lists must give []"
    assert reciprocal_rank_fusion([[], []]) == [], "empty lists must give []"


def test_many_long_lists():
    rankings = [[f"d{(i * step) % 1000}" for i in range(1000)] for step in (1, 3, 7, 9, 11)]
    got = reciprocal_rank_fusion(rankings)
    assert len(got) == 1000, f"1000 distinct documents expected, got {len(got)}"
    assert got[0][0] == "d0", f"d0 is first in every list and must win, got {got[0]}"
    assert math.isclose(got[0][1], 5 / 61), f"d0 must score 5/61, got {got[0][1]}"
    scores = [score for _, score in got]
    assert scores == sorted(scores, reverse=True), "scores must be in descending order"


def test_negative_k():
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], k=-1)
