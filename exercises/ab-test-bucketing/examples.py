from solution import assign_variant

HALF = {"control": 0.5, "treatment": 0.5}


def test_example_1():
    got = [assign_variant(user, "new-ranker", HALF) for user in ("user-42", "user-7")]
    assert got == ["control", "treatment"], f"returned {got}, expected ['control', 'treatment']"


def test_example_2():
    got = {assign_variant(f"user-{i}", "new-ranker", {"control": 1, "retired": 0}) for i in range(100)}
    assert got == {"control"}, f"a variant with weight 0 must never be chosen; got {got}"
