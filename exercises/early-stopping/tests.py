# ruff: noqa: PT011
import math

import pytest
from solution import EarlyStopping


def run(values, **settings):
    stopper = EarlyStopping(**settings)
    return [stopper.step(v) for v in values], stopper


def test_compare_with_the_best_not_the_last():
    got, stopper = run([1.0, 0.5, 0.6, 0.55, 0.58], patience=3)
    assert got == [False, False, False, False, True], f"0.55 beats 0.6 but not the best 0.5: got {got}"
    assert (stopper.best, stopper.best_epoch) == (0.5, 1), f"best {stopper.best} at {stopper.best_epoch}"


def test_min_delta_must_be_exceeded():
    got, stopper = run([1.0, 0.875, 0.75, 0.5], patience=2, min_delta=0.25)
    assert got == [False, False, True, True], f"0.75 is exactly min_delta below 1.0, not more: got {got}"
    assert stopper.best == 1.0, f"best must still be 1.0, got {stopper.best}"


def test_improvement_resets_the_counter():
    got, stopper = run([1.0, 1.1, 1.2, 0.9, 1.0, 1.1, 1.2], patience=3)
    assert got == [False, False, False, False, False, False, True], f"got {got}"
    assert stopper.best_epoch == 3, f"the best epoch is 3 (0.9), got {stopper.best_epoch}"


def test_nan_stops_at_once():
    got, stopper = run([1.0, 0.9, math.nan, 0.5], patience=5)
    assert got == [False, False, True, True], f"a NaN loss must stop training immediately: got {got}"
    assert (stopper.best, stopper.best_epoch) == (0.9, 1), "a NaN must not become the best value"


def test_patience_zero():
    got, _ = run([1.0, 0.9, 0.95], patience=0)
    assert got == [False, False, True], (
        f"patience 0 stops at the first epoch that does not improve: got {got}"
    )


def test_max_mode_with_min_delta():
    got, stopper = run([0.70, 0.705, 0.75, 0.752, 0.76], patience=1, min_delta=0.01)
    assert got == [False, True, True, True, True], f"0.705 is not 0.01 above 0.70: got {got}"
    assert stopper.best == 0.70, f"best must be 0.70, got {stopper.best}"


def test_nothing_recorded_yet():
    stopper = EarlyStopping(patience=2)
    assert (stopper.best, stopper.best_epoch) == (None, None), "best and best_epoch start as None"


def test_long_run():
    losses = [1.0 / (epoch + 1) for epoch in range(500)] + [0.5] * 10
    got, stopper = run(losses, patience=10)
    assert got.index(True) == 509, f"training must stop at step 509, stopped at {got.index(True)}"
    assert stopper.best_epoch == 499, f"best epoch is 499, got {stopper.best_epoch}"


def test_invalid_settings():
    with pytest.raises(ValueError):
        EarlyStopping(patience=-1)
    with pytest.raises(ValueError):
        EarlyStopping(patience=3, min_delta=-0.1)
    with pytest.raises(ValueError):
        EarlyStopping(patience=3, mode="mean")
