# ruff: noqa: PT011
import pytest
from solution import successive_halving


def test_counts_that_are_not_powers_of_eta_round_down():
    got = successive_halving(100, min_resource=1, eta=3)
    want = [(100, 1), (33, 3), (11, 9), (3, 27), (1, 81)]
    assert got == want, f"returned {got}, expected {want}"


def test_max_resource_ends_the_schedule():
    want = [(81, 1), (27, 3), (9, 9), (3, 27)]
    got = successive_halving(81, min_resource=1, eta=3, max_resource=27)
    assert got == want, f"with max_resource=27 the 81-epoch rung is dropped: got {got}"
    got = successive_halving(81, min_resource=1, eta=3, max_resource=50)
    assert got == want, f"81 epochs exceed max_resource=50, so the schedule ends at 27: got {got}"


def test_fewer_configs_than_eta():
    got = successive_halving(2, min_resource=1, eta=3)
    assert got == [(2, 1), (1, 3)], f"floor(2 / 3) is 0, but one configuration always survives: got {got}"


def test_a_single_configuration():
    got = successive_halving(1, min_resource=5, eta=3)
    assert got == [(1, 5)], f"one configuration is one rung: got {got}"


def test_larger_starting_resource():
    got = successive_halving(27, min_resource=2, eta=3)
    assert got == [(27, 2), (9, 6), (3, 18), (1, 54)], f"returned {got}"


def test_big_search():
    got = successive_halving(3**10, min_resource=1, eta=3)
    assert len(got) == 11, f"3^10 configurations need 11 rungs, got {len(got)}"
    assert got[-1] == (1, 3**10), f"the last rung is one configuration at 3^10, got {got[-1]}"
    assert sum(n * r for n, r in got) == 649_539, "11 rungs of 3^10 each cost 649,539"


def test_invalid_arguments():
    for args in [(0, 1, 3), (10, 0, 3), (10, 1, 1)]:
        with pytest.raises(ValueError):
            successive_halving(*args)
    with pytest.raises(ValueError):
        successive_halving(10, 4, 2, max_resource=3)
