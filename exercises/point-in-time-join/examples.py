from solution import point_in_time_join

FEATURES = [("u1", 1, 10.0), ("u1", 5, 20.0), ("u2", 3, 7.5)]


def test_example_1():
    got = point_in_time_join([("u1", 3), ("u1", 8), ("u2", 4)], FEATURES)
    assert got == [10.0, 20.0, 7.5], f"returned {got}, expected [10.0, 20.0, 7.5]"


def test_example_2():
    got = point_in_time_join([("u1", 0), ("u3", 9)], FEATURES)
    assert got == [None, None], f"no value yet, and an unknown entity: returned {got}, expected [None, None]"
