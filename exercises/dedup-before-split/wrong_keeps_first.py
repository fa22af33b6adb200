"""Keeps the first occurrence of each key: in an append-only log that is the oldest, stale version."""

import math
import random
from typing import Any


def dedup_split(
    records: list[dict[str, Any]], key: str, test_fraction: float, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be strictly between 0 and 1")
    first: dict[Any, dict[str, Any]] = {}
    for record in records:
        if key not in record:
            raise ValueError(f"a record has no {key!r} field")
        first.setdefault(record[key], record)
    keys = sorted(first)
    shuffled = keys[:]
    random.Random(seed).shuffle(shuffled)
    test_keys = set(shuffled[: math.floor(len(keys) * test_fraction + 0.5)])
    return [first[k] for k in keys if k not in test_keys], [first[k] for k in keys if k in test_keys]
