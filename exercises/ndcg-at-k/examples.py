import math

from solution import ndcg_at_k


def test_example_1():
    got = ndcg_at_k([3, 2, 3, 0, 1, 2], k=5)
    want = 0.8610441760375027
    assert math.isclose(got, want), f"ndcg_at_k([3, 2, 3, 0, 1, 2], k=5) returned {got}, expected {want}"


def test_example_2():
    got = ndcg_at_k([3, 2, 1, 0], k=4)
    assert math.isclose(got, 1.0), f"a list already in the best order returned {got}, expected 1.0"
