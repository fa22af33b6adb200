"""Uses bisect_left: a value written at exactly the event time is ignored and an older one is joined."""

from bisect import bisect_left
from collections import defaultdict


def point_in_time_join(
    events: list[tuple[str, int]], features: list[tuple[str, int, float]], max_age: int | None = None
) -> list[float | None]:
    if max_age is not None and max_age < 0:
        raise ValueError("max_age must be non-negative")
    history: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
    for entity, ts, value in features:
        history[entity].append((ts, value))
    for rows in history.values():
        rows.sort(key=lambda row: row[0])
    joined: list[float | None] = []
    for entity, ts in events:
        rows = history.get(entity, [])
        i = bisect_left([t for t, _ in rows], ts) - 1
        if i < 0 or (max_age is not None and ts - rows[i][0] > max_age):
            joined.append(None)
        else:
            joined.append(rows[i][1])
    return joined
