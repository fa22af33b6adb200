# ruff: noqa: PT011
import pytest
from solution import forward_select

SCORES = {
    (): 0.50,
    ("a",): 0.60,
    ("b",): 0.55,
    ("c",): 0.50,
    ("a", "b"): 0.62,
    ("a", "c"): 0.70,
    ("b", "c"): 0.90,
    ("a", "b", "c"): 0.71,
}


def score(subset):
    return SCORES[tuple(sorted(subset))]


def test_combinations_count_not_solo_scores():
    got = forward_select(["a", "b", "c"], score)
    assert got == ["a", "c", "b"], f"'c' is weakest alone but best next to 'a': got {got}"


def test_min_gain_is_a_strict_threshold():
    table = {(): 0.5, ("x",): 0.875, ("y",): 0.5, ("x", "y"): 1.125}
    got = forward_select(["x", "y"], lambda s: table[tuple(sorted(s))], min_gain=0.25)
    assert got == ["x"], f"x gains 0.375, then y exactly 0.25, which does not exceed min_gain=0.25: got {got}"


def test_stops_when_nothing_improves():
    table = {(): 0.5, ("x",): 0.5, ("y",): 0.4, ("x", "y"): 0.9}
    got = forward_select(["x", "y"], lambda s: table[tuple(sorted(s))])
    assert got == [], f"no single feature beats the baseline 0.5, so nothing is selected: got {got}"


def test_ties_go_to_the_feature_listed_first():
    got = forward_select(["q", "p", "r"], lambda s: len(s) * 0.1, max_features=2)
    assert got == ["q", "p"], f"all candidates tie at every step; take them in the given order: got {got}"


def test_score_sees_the_selection_order():
    seen = []

    def recording(subset):
        seen.append(list(subset))
        return score(subset)

    forward_select(["a", "b", "c"], recording, max_features=2)
    assert seen[0] == [], "the first call must score the empty set (the baseline)"
    assert ["a", "c"] in seen, f"the second step must score ['a', 'c'] with 'a' first: calls {seen}"
    assert len(seen) == 1 + 3 + 2, f"expected 6 calls to score (baseline, 3, then 2), got {len(seen)}"


def test_max_features_zero_and_empty_features():
    assert forward_select(["a", "b", "c"], score, max_features=0) == [], "max_features=0 selects nothing"
    assert forward_select([], lambda s: 0.0) == [], "no features selects nothing"


def test_many_features():
    weights = {f"f{i:02d}": (i % 7) / 100 for i in range(40)}
    got = forward_select(list(weights), lambda s: sum(weights[f] for f in s), max_features=5)
    assert got == ["f06", "f13", "f20", "f27", "f34"], (
        f"the five features worth 0.06, in listed order: got {got}"
    )


def test_invalid_arguments():
    with pytest.raises(ValueError):
        forward_select(["a", "a"], score)
    with pytest.raises(ValueError):
        forward_select(["a", "b"], score, max_features=-1)
    with pytest.raises(ValueError):
        forward_select(["a", "b"], score, min_gain=-0.1)
