import math

from solution import reciprocal_rank_fusion


def test_example_1():
    bm25 = ["doc_refund_policy", "doc_shipping_times", "doc_returns_form", "doc_warranty"]
    dense = ["doc_returns_form", "doc_refund_policy", "doc_exchange_rules", "doc_shipping_times"]
    got = reciprocal_rank_fusion([bm25, dense])
    order = [doc for doc, _ in got]
    want = [
        "doc_refund_policy",
        "doc_returns_form",
        "doc_shipping_times",
        "doc_exchange_rules",
        "doc_warranty",
    ]
    assert order == want, f"fused order {order}, expected {want}"
    assert math.isclose(got[0][1], 1 / 61 + 1 / 62), (
        f"doc_refund_policy scored {got[0][1]}, expected 1/61 + 1/62"
    )


def test_example_2():
    got = reciprocal_rank_fusion([["a", "b"]], k=60)
    want = [("a", 1 / 61), ("b", 1 / 62)]
    assert got == want, f"one list keeps its order: got {got}, expected {want}"
