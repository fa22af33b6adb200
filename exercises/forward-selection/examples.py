from solution import forward_select

# A validation score for each feature subset (order does not matter to this model).
SCORES = {
    (): 0.50,
    ("a",): 0.60,
    ("b",): 0.55,
    ("c",): 0.50,
    ("a", "b"): 0.62,
    ("a", "c"): 0.70,
    ("b", "c"): 0.90,
    ("a", "b", "c"): 0.71,
}


def score(subset):
    return SCORES[tuple(sorted(subset))]


def test_example_1():
    got = forward_select(["a", "b", "c"], score, max_features=1)
    assert got == ["a"], f"'a' alone scores best (0.60): got {got}"


def test_example_2():
    got = forward_select(["a", "b", "c"], score, min_gain=0.05)
    assert got == ["a", "c"], f"'a', then 'c' (0.70); adding 'b' gains only 0.01: got {got}"
