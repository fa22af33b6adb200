"""Splits the rows first and de-duplicates each side afterwards: one key's copies land on both sides."""

import math
import random
from typing import Any


def dedup_split(
    records: list[dict[str, Any]], key: str, test_fraction: float, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if not 0 < test_fraction < 1:
        raise ValueError("test_fraction must be strictly between 0 and 1")
    if any(key not in record for record in records):
        raise ValueError(f"a record has no {key!r} field")
    rows = list(range(len(records)))
    random.Random(seed).shuffle(rows)
    n_test = math.floor(len(rows) * test_fraction + 0.5)

    def dedup(side: list[int]) -> list[dict[str, Any]]:
        latest = {}
        for i in sorted(side):
            latest[records[i][key]] = records[i]
        return [latest[k] for k in sorted(latest)]

    return dedup(rows[n_test:]), dedup(rows[:n_test])
