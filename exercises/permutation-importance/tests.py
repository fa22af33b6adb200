# ruff: noqa: PT011
import pytest
from solution import permutation_importance


def accuracy(y_true, y_pred):
    return sum(t == p for t, p in zip(y_true, y_pred, strict=True)) / len(y_true)


def negative_mse(y_true, y_pred):
    return -sum((t - p) ** 2 for t, p in zip(y_true, y_pred, strict=True)) / len(y_true)


def first_column_model(rows):
    return [row[0] for row in rows]


X = [[i % 2, (i * 7) % 5, (i * 3) % 4] for i in range(200)]
Y = [i % 2 for i in range(200)]


def test_ignored_columns_score_exactly_zero():
    got = permutation_importance(first_column_model, X, Y, accuracy, n_repeats=3, seed=1)
    assert got[1:] == [0.0, 0.0], f"columns 1 and 2 are ignored by the model: got {got}"


def test_the_used_column_is_important_and_positive():
    got = permutation_importance(first_column_model, X, Y, accuracy, n_repeats=3, seed=1)
    assert got[0] > 0.3, f"shuffling the only useful column must cost accuracy: importance {got[0]}"


def test_each_column_is_shuffled_alone():
    def sum_model(rows):
        return [row[1] + row[2] for row in rows]

    y = sum_model(X)
    got = permutation_importance(sum_model, X, y, negative_mse, n_repeats=4, seed=2)
    assert got[0] == 0.0, f"column 0 is unused by this model: got {got[0]}"
    assert got[1] > 0, f"column 1 is used: got {got[1]}"
    assert got[2] > 0, f"column 2 is used: got {got[2]}"


def test_x_is_not_modified():
    rows = [list(row) for row in X]
    permutation_importance(first_column_model, rows, Y, accuracy, n_repeats=2, seed=0)
    assert rows == X, "the caller's X was modified"


def test_predict_is_called_on_whole_matrices():
    calls = []

    def counting_model(rows):
        calls.append(len(rows))
        return first_column_model(rows)

    permutation_importance(counting_model, X, Y, accuracy, n_repeats=4, seed=0)
    assert len(calls) == 1 + 3 * 4, (
        f"expected 13 calls to predict (1 baseline + 3 columns x 4 repeats), got {len(calls)}"
    )
    assert set(calls) == {200}, f"predict must get all 200 rows each time, got sizes {sorted(set(calls))}"


def test_seed_makes_it_reproducible():
    first = permutation_importance(first_column_model, X, Y, accuracy, n_repeats=3, seed=7)
    again = permutation_importance(first_column_model, X, Y, accuracy, n_repeats=3, seed=7)
    other = permutation_importance(first_column_model, X, Y, accuracy, n_repeats=3, seed=8)
    assert first == again, "the same seed must give the same importances"
    assert first != other, "seeds 7 and 8 gave identical importances: is the seed used?"


def test_a_constant_column_has_no_importance():
    rows = [[1.0, float(i % 2)] for i in range(50)]

    def uses_both(batch):
        return [row[0] * row[1] for row in batch]

    got = permutation_importance(uses_both, rows, uses_both(rows), negative_mse, n_repeats=3, seed=0)
    assert got[0] == 0.0, f"shuffling a constant column changes nothing: got {got[0]}"


def test_invalid_input():
    with pytest.raises(ValueError):
        permutation_importance(first_column_model, [], [], accuracy, n_repeats=1, seed=0)
    with pytest.raises(ValueError):
        permutation_importance(first_column_model, X, Y[:-1], accuracy, n_repeats=1, seed=0)
    with pytest.raises(ValueError):
        permutation_importance(first_column_model, [[1, 2], [3]], [1, 0], accuracy, n_repeats=1, seed=0)
    with pytest.raises(ValueError):
        permutation_importance(first_column_model, X, Y, accuracy, n_repeats=0, seed=0)
