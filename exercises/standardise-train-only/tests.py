# ruff: noqa: PT011
import math

import pytest
from solution import standardise


def close(got, want):
    return all(
        math.isclose(g, w, abs_tol=1e-12)
        for gr, wr in zip(got, want, strict=True)
        for g, w in zip(gr, wr, strict=True)
    )


def test_test_rows_do_not_change_the_statistics():
    train = [[1.0, 10.0], [3.0, 30.0]]
    _, far = standardise(train, [[1000.0, -1000.0]])
    scaled_train, _ = standardise(train, [[1000.0, -1000.0], [2000.0, 5.0]])
    assert scaled_train == [[-1.0, -1.0], [1.0, 1.0]], (
        f"the training output changed with the test rows: {scaled_train}"
    )
    assert far == [[998.0, -102.0]], f"the test row must be scaled with the training statistics: {far}"


def test_population_standard_deviation():
    scaled, test = standardise([[0.0], [2.0]], [[4.0]])
    assert scaled == [[-1.0], [1.0]], f"std of [0, 2] is 1 (divide by n): got {scaled}"
    assert test == [[3.0]], f"4 is three stds above the mean 1: got {test}"


def test_constant_training_column_becomes_zero():
    scaled, test = standardise([[1.0, 7.0], [2.0, 7.0], [3.0, 7.0]], [[2.0, 8.0]])
    assert [row[1] for row in scaled] == [0.0, 0.0, 0.0], f"a constant column must be 0.0: got {scaled}"
    assert test == [[0.0, 0.0]], f"the test value 8.0 of a constant column must be 0.0 too: got {test}"


def test_single_training_row():
    got = standardise([[5.0, 1.0]], [[6.0, 0.0]])
    assert got == ([[0.0, 0.0]], [[0.0, 0.0]]), f"one training row has std 0 everywhere: got {got}"


def test_several_columns():
    scaled, test = standardise([[1.0, 2.0], [3.0, 4.0], [5.0, 9.0]], [[3.0, 3.0], [7.0, 5.0]])
    want_train = [
        [-1.224744871391589, -1.0190493307301363],
        [0.0, -0.3396831102433787],
        [1.224744871391589, 1.3587324409735149],
    ]
    want_test = [[0.0, -0.6793662204867574], [2.449489742783178, 0.0]]
    assert close(scaled, want_train), f"scaled train {scaled}, expected {want_train}"
    assert close(test, want_test), f"scaled test {test}, expected {want_test}"


def test_inputs_are_not_modified():
    train, test = [[1.0, 2.0], [3.0, 6.0]], [[2.0, 2.0]]
    standardise(train, test)
    assert (train, test) == ([[1.0, 2.0], [3.0, 6.0]], [[2.0, 2.0]]), "the inputs were modified"


def test_many_rows():
    train = [[float(i % 10), float(i % 7) * 3.0 + 1.0] for i in range(10_000)]
    scaled, _ = standardise(train, [])
    for j in range(2):
        column = [row[j] for row in scaled]
        mean = sum(column) / len(column)
        var = sum((x - mean) ** 2 for x in column) / len(column)
        assert math.isclose(mean, 0.0, abs_tol=1e-9), f"column {j} has mean {mean} after scaling"
        assert math.isclose(var, 1.0), f"column {j} has variance {var} after scaling"


def test_invalid_shapes():
    with pytest.raises(ValueError):
        standardise([], [[1.0]])
    with pytest.raises(ValueError):
        standardise([[1.0, 2.0], [3.0]], [])
    with pytest.raises(ValueError):
        standardise([[1.0, 2.0], [3.0, 4.0]], [[1.0]])
