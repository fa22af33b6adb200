# ruff: noqa: PT011
import pytest
from solution import point_in_time_join

FEATURES = [("u1", 1, 10.0), ("u1", 5, 20.0)]


def test_never_uses_a_value_from_the_future():
    got = point_in_time_join([("u1", 0), ("u1", 4), ("u1", 9)], FEATURES)
    assert got == [None, 10.0, 20.0], f"returned {got}, expected [None, 10.0, 20.0]"


def test_value_written_at_the_event_time_counts():
    got = point_in_time_join([("u1", 1), ("u1", 5)], FEATURES)
    assert got == [10.0, 20.0], f"feature_time == event_time counts: returned {got}, expected [10.0, 20.0]"


def test_unsorted_feature_rows():
    features = [("u1", 9, 3.0), ("u2", 2, 8.0), ("u1", 2, 1.0), ("u1", 6, 2.0)]
    got = point_in_time_join([("u1", 7), ("u1", 2), ("u2", 100), ("u1", 10)], features)
    assert got == [2.0, 1.0, 8.0, 3.0], f"returned {got}, expected [2.0, 1.0, 8.0, 3.0]"


def test_later_row_wins_at_equal_times():
    features = [("u1", 4, 1.0), ("u1", 4, 2.0), ("u1", 1, 0.5)]
    got = point_in_time_join([("u1", 4)], features)
    assert got == [2.0], f"two rows at time 4: the later one wins; returned {got}, expected [2.0]"


def test_max_age_drops_stale_values():
    events = [("u1", 6), ("u1", 7), ("u1", 8)]
    got = point_in_time_join(events, FEATURES, max_age=2)
    assert got == [20.0, 20.0, None], f"age 1 and 2 are fine, 3 is too old: returned {got}"
    got = point_in_time_join([("u1", 5), ("u1", 6)], FEATURES, max_age=0)
    assert got == [20.0, None], f"max_age=0 accepts only a value written at the event time: returned {got}"


def test_events_keep_their_order_and_may_repeat():
    events = [("u1", 9), ("u1", 2), ("u1", 9)]
    got = point_in_time_join(events, FEATURES)
    assert got == [20.0, 10.0, 20.0], f"returned {got}, expected [20.0, 10.0, 20.0]"


def test_empty_inputs():
    assert point_in_time_join([], FEATURES) == [], "no events must give []"
    assert point_in_time_join([("u1", 3)], []) == [None], "no feature rows must give [None]"


def test_large_join():
    features = [(f"e{i % 100}", i, float(i)) for i in range(20_000)]
    events = [(f"e{(t * 3) % 100}", t) for t in range(0, 20_000, 7)]
    got = point_in_time_join(events, features)
    want = []
    for t in range(0, 20_000, 7):
        latest = t - (t - (t * 3) % 100) % 100
        want.append(float(latest) if latest >= 0 else None)
    wrong = sum(g != w for g, w in zip(got, want, strict=True))
    assert got == want, f"{wrong} of {len(want)} events got the wrong value"


def test_negative_max_age():
    with pytest.raises(ValueError):
        point_in_time_join([("u1", 3)], FEATURES, max_age=-1)
