from solution import successive_halving


def test_example_1():
    got = successive_halving(81, min_resource=1, eta=3)
    want = [(81, 1), (27, 3), (9, 9), (3, 27), (1, 81)]
    assert got == want, f"returned {got}, expected {want}"
    total = sum(n * r for n, r in got)
    assert total == 405, f"the schedule costs {total} epochs, expected 405"


def test_example_2():
    got = successive_halving(8, min_resource=1, eta=2)
    want = [(8, 1), (4, 2), (2, 4), (1, 8)]
    assert got == want, f"returned {got}, expected {want}"
