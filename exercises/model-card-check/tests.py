# ruff: noqa: PT011
import copy

import pytest
from solution import missing_fields


def test_zero_and_false_are_answers():
    card = {"metrics": {"false_positive_rate": 0, "drift_psi": 0.0}, "uses_pii": False}
    got = missing_fields(card, ["metrics.false_positive_rate", "metrics.drift_psi", "uses_pii"])
    assert got == [], f"0, 0.0 and False are filled-in values: got {got}"


def test_empty_values_are_missing():
    card = {"a": None, "b": "", "c": "   ", "d": [], "e": {}, "f": "ok", "g": [0]}
    got = missing_fields(card, ["a", "b", "c", "d", "e", "f", "g"])
    assert got == ["a", "b", "c", "d", "e"], (
        f"None, blank strings and empty containers are missing: got {got}"
    )


def test_nested_paths_are_followed():
    card = {"training_data": {"source": "s3://lake/x", "window": {"start": "2024-01-01"}}}
    required = ["training_data.source", "training_data.window.start", "training_data.window.end"]
    got = missing_fields(card, required)
    assert got == ["training_data.window.end"], f"got {got}"


def test_a_value_that_is_not_a_section():
    card = {"metrics": "see the wiki", "approvals": ["a@example.com"]}
    got = missing_fields(card, ["metrics.auc", "approvals.first"])
    assert got == ["metrics.auc", "approvals.first"], f"a path through a non-dict value is missing: got {got}"


def test_order_of_required_and_no_repeats():
    got = missing_fields({"b": 1}, ["z", "b", "a", "z"])
    assert got == ["z", "a"], f"missing paths in the order asked, each once: got {got}"


def test_the_card_is_not_modified():
    card = {"owner": "x", "metrics": {"auc": 0.9}}
    before = copy.deepcopy(card)
    missing_fields(card, ["owner", "metrics.auc", "metrics.recall", "approvals"])
    assert card == before, f"the card was modified: {card}"


def test_large_card():
    card = {f"section{i}": {f"field{j}": j for j in range(10)} for i in range(100)}
    required = [f"section{i}.field{j}" for i in range(100) for j in range(11)]
    got = missing_fields(card, required)
    assert got == [f"section{i}.field10" for i in range(100)], (
        f"expected the 100 field10 paths, got {len(got)}"
    )


def test_malformed_paths():
    for path in ("", "metrics..auc", ".owner", "owner."):
        with pytest.raises(ValueError):
            missing_fields({"owner": "x"}, [path])
