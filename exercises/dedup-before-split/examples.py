from solution import dedup_split


def test_example_1():
    records = [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}]
    train, test = dedup_split(records, "id", 0.25, seed=0)
    assert (len(train), len(test)) == (3, 1), f"4 keys at 0.25 must split 3/1, got {len(train)}/{len(test)}"
    assert sorted(r["id"] for r in train + test) == ["a", "b", "c", "d"], "every key must appear once"


def test_example_2():
    records = [{"id": "u1", "v": 1}, {"id": "u2", "v": 1}, {"id": "u1", "v": 2}]
    train, test = dedup_split(records, "id", 0.5, seed=0)
    ids = sorted(r["id"] for r in train + test)
    assert ids == ["u1", "u2"], f"the two distinct ids must each appear once, got {ids}"
