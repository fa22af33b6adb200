from solution import EarlyStopping


def test_example_1():
    stopper = EarlyStopping(patience=3)
    got = [stopper.step(loss) for loss in [1.0, 0.8, 0.81, 0.82, 0.83]]
    assert got == [False, False, False, False, True], (
        f"three epochs without beating 0.8 stop training: got {got}"
    )
    assert (stopper.best, stopper.best_epoch) == (0.8, 1), (
        f"best is {stopper.best} at epoch {stopper.best_epoch}"
    )


def test_example_2():
    stopper = EarlyStopping(patience=2, mode="max")
    got = [stopper.step(accuracy) for accuracy in [0.5, 0.6, 0.6, 0.6]]
    assert got == [False, False, False, True], f"accuracy stuck at 0.6 for two epochs: got {got}"
