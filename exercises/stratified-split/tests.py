# ruff: noqa: PT011
import random
from collections import Counter

import pytest
from solution import stratified_split


def test_imbalanced_classes_keep_their_proportion():
    labels = ["neg"] * 90 + ["pos"] * 10
    train, test = stratified_split(labels, 0.2, seed=1)
    assert Counter(labels[i] for i in test) == {"neg": 18, "pos": 2}, "expected 18 neg and 2 pos in test"
    assert Counter(labels[i] for i in train) == {"neg": 72, "pos": 8}, "expected 72 neg and 8 pos in train"


def test_rounds_half_up():
    labels = ["x"] * 5 + ["y"] * 5
    _, test = stratified_split(labels, 0.5, seed=0)
    got = Counter(labels[i] for i in test)
    assert got == {"x": 3, "y": 3}, f"5 rows at 0.5 put 3 in test (2.5 rounds up): got {dict(got)}"
    _, test = stratified_split(["z"] * 5, 0.3, seed=0)
    assert len(test) == 2, f"5 rows at 0.3 put 2 in test (1.5 rounds up): got {len(test)}"


def test_small_classes():
    labels = ["big"] * 20 + ["pair"] * 2 + ["single"]
    train, test = stratified_split(labels, 0.1, seed=3)
    assert Counter(labels[i] for i in test) == {"big": 2, "pair": 1}, "a pair splits 1/1, a single row trains"
    assert 22 in train, "the only 'single' row must be in training"


def test_outputs_are_sorted_and_cover_every_row_once():
    labels = [i % 3 for i in range(31)]
    train, test = stratified_split(labels, 0.25, seed=5)
    assert train == sorted(train), "train must be sorted"
    assert test == sorted(test), "test must be sorted"
    assert sorted(train + test) == list(range(31)), "every row must be in exactly one of train and test"


def test_same_seed_same_split_and_global_random_untouched():
    labels = ["a", "b"] * 50
    random.seed(123)
    before = random.random()
    random.seed(123)
    first = stratified_split(labels, 0.3, seed=42)
    after = random.random()
    second = stratified_split(labels, 0.3, seed=42)
    assert first == second, "the same seed must give the same split"
    assert before == after, "the split must not draw from (or reseed) Python's global random generator"


def test_different_seeds_give_different_splits():
    labels = ["a", "b"] * 50
    first, second = stratified_split(labels, 0.3, seed=1), stratified_split(labels, 0.3, seed=2)
    assert first != second, "seeds 1 and 2 gave the same split"


def test_rows_are_chosen_at_random_within_a_class():
    _, test = stratified_split(["a"] * 100, 0.5, seed=0)
    assert test != list(range(50)), "the test rows are the first 50: the class was not shuffled"


def test_empty_labels():
    assert stratified_split([], 0.2, seed=0) == ([], []), "no rows must give ([], [])"


def test_labels_are_not_modified():
    labels = ["b", "a", "b", "a", "b"]
    stratified_split(labels, 0.4, seed=0)
    assert labels == ["b", "a", "b", "a", "b"], f"labels were modified: {labels}"


def test_invalid_fraction():
    for fraction in (0.0, 1.0, -0.1, 1.5):
        with pytest.raises(ValueError):
            stratified_split(["a", "b", "a", "b"], fraction, seed=0)
