import math
import random
from typing import Any


def dedup_split(
    records: list[dict[str, Any]], key: str, test_fraction: float, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Keep the last record of each key, then split the keys (not the rows) into train and test."""
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be strictly between 0 and 1")
    latest: dict[Any, dict[str, Any]] = {}
    for record in records:
        if key not in record:
            raise ValueError(f"a record has no {key!r} field")
        latest[record[key]] = record  # a later duplicate replaces the earlier one
    keys = sorted(latest)
    shuffled = keys[:]
    random.Random(seed).shuffle(shuffled)
    test_keys = set(shuffled[: math.floor(len(keys) * test_fraction + 0.5)])
    train = [latest[k] for k in keys if k not in test_keys]
    test = [latest[k] for k in keys if k in test_keys]
    return train, test
