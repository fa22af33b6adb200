# ruff: noqa: PT011
import pytest
from solution import run_order


def test_smallest_ready_step_first():
    got = run_order({"b": [], "a": ["c"], "c": []})
    assert got == ["b", "c", "a"], f"'b' and 'c' are ready first, 'a' only after 'c': got {got}"


def test_ready_set_is_reconsidered_after_each_step():
    got = run_order({"a": ["z"], "z": [], "b": ["y"], "y": ["x"], "x": []})
    assert got == ["x", "y", "b", "z", "a"], f"after 'x', 'y' is the smallest ready step: got {got}"


def test_every_step_after_its_dependencies():
    steps = {f"s{i}": [f"s{j}" for j in range(i) if (i * j) % 3 == 1] for i in range(30)}
    got = run_order(steps)
    position = {name: k for k, name in enumerate(got)}
    assert sorted(got) == sorted(steps), "every step must appear exactly once"
    late = [(n, d) for n, deps in steps.items() for d in deps if position[d] > position[n]]
    assert not late, f"steps scheduled before a dependency: {late[:3]}"


def test_a_dependency_listed_twice():
    got = run_order({"train": ["data", "data"], "data": []})
    assert got == ["data", "train"], f"a repeated dependency is still one dependency: got {got}"


def test_cycles_raise():
    with pytest.raises(ValueError):
        run_order({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
    with pytest.raises(ValueError):
        run_order({"a": ["a"]})


def test_unknown_dependency_raises():
    with pytest.raises(ValueError):
        run_order({"train": ["features"]})


def test_empty_pipeline():
    assert run_order({}) == [], "no steps must give []"


def test_long_chain_without_recursion():
    n = 5000
    steps = {f"s{i:05d}": [f"s{i + 1:05d}"] if i + 1 < n else [] for i in range(n)}
    got = run_order(steps)
    assert got[0] == "s04999", f"the chain starts at s04999, got {got[0]}"
    assert got[-1] == "s00000", f"the chain ends at s00000, got {got[-1]}"


def test_steps_are_not_modified():
    steps = {"b": ["a", "a"], "a": []}
    run_order(steps)
    assert steps == {"b": ["a", "a"], "a": []}, f"the input was modified: {steps}"
