from solution import reservoir_sample


def test_example_1():
    got = reservoir_sample(["a", "b", "c"], 5, seed=0)
    assert got == ["a", "b", "c"], f"a stream shorter than k is returned whole: got {got}"


def test_example_2():
    got = reservoir_sample(range(1000), 10, seed=42)
    assert len(got) == 10, f"expected 10 items, got {len(got)}"
    assert len(set(got)) == 10, f"the sample repeats an item: {got}"
    assert all(0 <= x < 1000 for x in got), f"the sample holds items not in the stream: {got}"
