import math

from solution import wilson_interval


def test_example_1():
    got = wilson_interval(352, 400)
    want = (0.8444860470597602, 0.9082846092461745)
    assert all(math.isclose(g, w, rel_tol=1e-9) for g, w in zip(got, want, strict=True)), (
        f"wilson_interval(352, 400) returned {got}, expected {want}"
    )


def test_example_2():
    got = wilson_interval(1, 10)
    want = (0.017876213095072896, 0.40415002679523837)
    assert all(math.isclose(g, w, rel_tol=1e-9) for g, w in zip(got, want, strict=True)), (
        f"wilson_interval(1, 10) returned {got}, expected {want}"
    )
