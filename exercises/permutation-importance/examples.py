from solution import permutation_importance


def accuracy(y_true, y_pred):
    return sum(t == p for t, p in zip(y_true, y_pred, strict=True)) / len(y_true)


def first_column_model(rows):
    return [row[0] for row in rows]  # predicts the label from column 0 and ignores column 1


X = [[i % 2, (i * 7) % 5] for i in range(100)]
Y = [i % 2 for i in range(100)]


def test_example_1():
    got = permutation_importance(first_column_model, X, Y, accuracy, n_repeats=5, seed=0)
    assert len(got) == 2, f"one importance per column expected, got {got}"
    assert got[1] == 0.0, f"the model ignores column 1, so its importance must be 0.0: got {got[1]}"


def test_example_2():
    got = permutation_importance(first_column_model, X, Y, accuracy, n_repeats=5, seed=0)
    assert 0.3 < got[0] < 0.7, f"shuffling column 0 turns accuracy 1.0 into a coin flip: got {got[0]}"
