# ruff: noqa: PT011
from collections import Counter

import pytest
from solution import assign_variant

HALF = {"control": 0.5, "treatment": 0.5}


def test_exact_assignments():
    users = ["alice", "bob", "u-1", "u-2", "u-3", "u-4", "Zoë"]
    got = [assign_variant(u, "new-ranker", HALF) for u in users]
    want = ["control", "control", "control", "treatment", "treatment", "treatment", "control"]
    assert got == want, f"returned {got}, expected {want}"


def test_the_experiment_name_salts_the_hash():
    got = [assign_variant(u, "checkout-copy", HALF) for u in ("user-42", "user-7", "alice", "bob")]
    want = ["treatment", "treatment", "control", "treatment"]
    assert got == want, f"in experiment 'checkout-copy' returned {got}, expected {want}"


def test_same_user_same_variant_every_time():
    first = [assign_variant(f"user-{i}", "exp", HALF) for i in range(200)]
    again = [assign_variant(f"user-{i}", "exp", HALF) for i in range(200)]
    assert first == again, "the same user and experiment must always give the same variant"


def test_shares_follow_the_weights():
    counts = Counter(assign_variant(f"u{i}", "exp", {"a": 0.1, "b": 0.9}) for i in range(20_000))
    assert 1800 <= counts["a"] <= 2200, f"a 10 % arm got {counts['a']} of 20,000 users, expected about 2,000"


def test_weights_are_normalised_in_order():
    counts = Counter(assign_variant(f"u{i}", "exp", {"a": 1, "b": 0, "c": 3}) for i in range(8000))
    assert counts["b"] == 0, "the zero-weight variant got users"
    assert counts == {"a": 2026, "c": 5974}, f"weights 1:0:3 gave {dict(counts)}, expected a 2026, c 5974"


def test_experiments_are_independent():
    same = sum(
        assign_variant(f"u{i}", "A", HALF) == assign_variant(f"u{i}", "B", HALF) for i in range(10_000)
    )
    assert 4700 <= same <= 5300, (
        f"{same} of 10,000 users got the same arm in two 50/50 experiments, expected ~5000"
    )


def test_invalid_weights():
    for weights in ({}, {"a": -1.0, "b": 2.0}, {"a": 0, "b": 0}):
        with pytest.raises(ValueError):
            assign_variant("u1", "exp", weights)
