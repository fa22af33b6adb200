from solution import standardise


def test_example_1():
    got = standardise([[1.0, 10.0], [3.0, 30.0]], [[5.0, 0.0]])
    want = ([[-1.0, -1.0], [1.0, 1.0]], [[3.0, -2.0]])
    assert got == want, f"returned {got}, expected {want}"


def test_example_2():
    got = standardise([[0.0], [2.0]], [])
    assert got == ([[-1.0], [1.0]], []), f"returned {got}, expected ([[-1.0], [1.0]], [])"
