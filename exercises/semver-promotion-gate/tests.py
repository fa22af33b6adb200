# ruff: noqa: PT011
import pytest
from solution import promote

CHAMPION = {"auc": 0.75, "recall": 0.5, "precision": 0.625}
BETTER = {"auc": 0.8125, "recall": 0.5, "precision": 0.625}


def gate(version="1.4.2", champion=CHAMPION, candidate=BETTER, **settings):
    options = {"primary": "auc", "min_gain": 0.0, "guardrails": {"recall": 0.0}, "change": "retrain"}
    options.update(settings)
    return promote(version, champion, candidate, **options)


def test_lower_parts_reset():
    assert gate("1.4.2") == ("1.5.0", []), "a retrain of 1.4.2 is 1.5.0"
    assert gate("1.4.2", change="schema") == ("2.0.0", []), "a schema change of 1.4.2 is 2.0.0"
    assert gate("1.4.2", change="config") == ("1.4.3", []), "a config change of 1.4.2 is 1.4.3"


def test_parts_are_numbers_not_text():
    assert gate("1.9.9") == ("1.10.0", []), "1.9.9 retrained is 1.10.0"
    assert gate("0.9.0", change="schema") == ("1.0.0", []), "0.9.0 with a schema change is 1.0.0"


def test_primary_gain_is_at_least_min_gain():
    assert gate(min_gain=0.0625) == ("1.5.0", []), "a gain of exactly 0.0625 meets min_gain=0.0625"
    assert gate(min_gain=0.125) == (None, ["primary:auc"]), "a gain of 0.0625 misses min_gain=0.125"


def test_guardrail_tolerance_is_inclusive():
    candidate = {"auc": 0.8125, "recall": 0.375, "precision": 0.625}
    assert gate(candidate=candidate, guardrails={"recall": 0.125}) == ("1.5.0", []), (
        "a drop of exactly 0.125 is allowed"
    )
    assert gate(candidate=candidate, guardrails={"recall": 0.0625}) == (None, ["guardrail:recall"]), (
        "0.125 > 0.0625"
    )


def test_every_failure_is_reported_sorted():
    candidate = {"auc": 0.5, "recall": 0.25, "precision": 0.25}
    got = gate(candidate=candidate, guardrails={"recall": 0.0, "precision": 0.0})
    assert got == (None, ["guardrail:precision", "guardrail:recall", "primary:auc"]), f"got {got}"


def test_missing_metrics_fail_the_gate():
    got = gate(candidate={"auc": 0.8125}, guardrails={"recall": 0.0})
    assert got == (None, ["missing:recall"]), f"the candidate has no recall: got {got}"
    got = gate(champion={"recall": 0.5}, guardrails={"recall": 0.0})
    assert got == (None, ["missing:auc"]), f"the champion has no auc: got {got}"


def test_no_guardrails():
    assert gate(guardrails={}) == ("1.5.0", []), "the primary metric alone can promote"


def test_malformed_versions():
    for version in ("1.2", "v1.2.3", "1.02.3", "1.2.3-rc.1", "a.b.c", "1.2.3.4", ""):
        with pytest.raises(ValueError):
            gate(version)


def test_unknown_change():
    with pytest.raises(ValueError):
        gate(change="hotfix")
