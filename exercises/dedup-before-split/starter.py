from typing import Any


def dedup_split(
    records: list[dict[str, Any]], key: str, test_fraction: float, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Keep the last record of each key, then split the keys (not the rows) into train and test.

    Both lists are sorted by key. Raises ValueError for a record without ``key`` or a test_fraction
    outside (0, 1).
    """
    raise NotImplementedError
