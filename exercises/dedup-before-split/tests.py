# ruff: noqa: PT011
import pytest
from solution import dedup_split


def user_log(n_rows=40, n_users=7):
    return [{"user": f"u{i % n_users}", "n": i} for i in range(n_rows)]


def test_no_key_on_both_sides():
    train, test = dedup_split(user_log(), "user", 0.3, seed=4)
    shared = {r["user"] for r in train} & {r["user"] for r in test}
    assert not shared, f"users {sorted(shared)} are in both train and test"


def test_last_occurrence_is_kept():
    train, test = dedup_split(user_log(), "user", 0.3, seed=4)
    kept = {r["user"]: r["n"] for r in train + test}
    want = {f"u{u}": max(i for i in range(40) if i % 7 == u) for u in range(7)}
    assert kept == want, f"kept versions {kept}, expected the last of each user {want}"


def test_split_sizes_count_keys_not_rows():
    train, test = dedup_split(user_log(), "user", 0.3, seed=4)
    assert (len(train), len(test)) == (5, 2), f"7 users at 0.3 split 5/2, got {len(train)}/{len(test)}"


def test_each_side_sorted_by_key():
    train, test = dedup_split(user_log(50, 12), "user", 0.4, seed=1)
    for name, side in (("train", train), ("test", test)):
        keys = [r["user"] for r in side]
        assert keys == sorted(keys), f"{name} is not sorted by key: {keys}"


def test_same_seed_same_split():
    first = dedup_split(user_log(), "user", 0.5, seed=9)
    assert dedup_split(user_log(), "user", 0.5, seed=9) == first, "the same seed must give the same split"


def test_split_does_not_depend_on_row_order():
    rows = user_log()
    forward = dedup_split(rows, "user", 0.5, seed=9)
    distinct_rows = [r for r in rows if r["n"] >= 33]  # the last version of each user, once
    backward = dedup_split(distinct_rows[::-1], "user", 0.5, seed=9)
    assert forward == backward, "the same distinct keys in another order must split the same way"


def test_large_log():
    rows = [{"doc": f"d{i % 5000:05d}", "rev": i // 5000} for i in range(50_000)]
    train, test = dedup_split(rows, "doc", 0.2, seed=0)
    assert (len(train), len(test)) == (4000, 1000), f"5000 docs at 0.2 split {len(train)}/{len(test)}"
    assert all(r["rev"] == 9 for r in train + test), "every kept document must be its last revision"


def test_records_are_not_modified():
    rows = user_log(10, 3)
    copy = [dict(r) for r in rows]
    dedup_split(rows, "user", 0.5, seed=0)
    assert rows == copy, "the input records were modified"


def test_empty_and_invalid_input():
    assert dedup_split([], "id", 0.2, seed=0) == ([], []), "no records must give ([], [])"
    with pytest.raises(ValueError):
        dedup_split([{"id": "a"}, {"name": "b"}], "id", 0.5, seed=0)
    for fraction in (0.0, 1.0, 1.2):
        with pytest.raises(ValueError):
            dedup_split([{"id": "a"}, {"id": "b"}], "id", fraction, seed=0)
