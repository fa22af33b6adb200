from solution import run_order


def test_example_1():
    steps = {"train": ["features"], "features": ["ingest"], "ingest": []}
    got = run_order(steps)
    assert got == ["ingest", "features", "train"], f"returned {got}, expected ['ingest', 'features', 'train']"


def test_example_2():
    steps = {
        "ingest": [],
        "validate": ["ingest"],
        "features": ["ingest"],
        "train": ["validate", "features"],
        "evaluate": ["train"],
    }
    got = run_order(steps)
    want = ["ingest", "features", "validate", "train", "evaluate"]
    assert got == want, f"returned {got}, expected {want} ('features' and 'validate' are ready together)"
