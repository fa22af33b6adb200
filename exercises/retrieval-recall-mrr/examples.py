import math

from solution import recall_and_mrr

RESULTS = [
    ["d3", "d7", "d1", "d9", "d4"],
    ["d2", "d5", "d8", "d6", "d0"],
    ["d4", "d9", "d3", "d7", "d5"],
    ["d6", "d1", "d2", "d0", "d3"],
    ["d5", "d0", "d7", "d2", "d9"],
]
RELEVANT = [{"d1"}, {"d2", "d6"}, {"d8"}, {"d1"}, {"d9", "d3"}]


def test_example_1():
    recall, mrr = recall_and_mrr(RESULTS, RELEVANT, k=5)
    assert math.isclose(recall, 0.7), f"recall@5 is {recall}, expected 0.7"
    assert math.isclose(mrr, 0.40666666666666666), f"MRR@5 is {mrr}, expected 0.4067"


def test_example_2():
    recall, mrr = recall_and_mrr(RESULTS, RELEVANT, k=1)
    assert math.isclose(recall, 0.1), f"recall@1 is {recall}, expected 0.1"
    assert math.isclose(mrr, 0.2), f"MRR@1 is {mrr}, expected 0.2"
