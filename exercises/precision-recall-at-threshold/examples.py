import math

from solution import precision_recall_at


def test_example_1():
    got = precision_recall_at([1, 0, 1, 1, 0], [0.9, 0.8, 0.3, 0.7, 0.1], 0.5)
    want = (2 / 3, 2 / 3)
    assert all(math.isclose(g, w) for g, w in zip(got, want, strict=True)), (
        f"precision_recall_at on five rows returned {got}, expected {want}"
    )


def test_example_2():
    got = precision_recall_at([0, 1, 1, 0], [0.2, 0.95, 0.6, 0.4], 0.5)
    assert got == (1.0, 1.0), f"a perfect split returned {got}, expected (1.0, 1.0)"
