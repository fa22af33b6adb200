from collections import Counter

from solution import stratified_split


def test_example_1():
    labels = ["a"] * 8 + ["b"] * 2
    train, test = stratified_split(labels, 0.5, seed=0)
    assert sorted(train + test) == list(range(10)), f"train {train} and test {test} must cover rows 0-9 once"
    got = Counter(labels[i] for i in test)
    assert got == {"a": 4, "b": 1}, f"the test set holds {dict(got)}, expected 4 'a' and 1 'b'"


def test_example_2():
    labels = ["spam", "ham"] * 5
    train, test = stratified_split(labels, 0.4, seed=7)
    got = Counter(labels[i] for i in test)
    assert got == {"spam": 2, "ham": 2}, f"the test set holds {dict(got)}, expected 2 of each class"
    assert len(train) == 6, f"the training set has {len(train)} rows, expected 6"
