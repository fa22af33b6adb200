from bisect import bisect_right
from collections import defaultdict


def point_in_time_join(
    events: list[tuple[str, int]], features: list[tuple[str, int, float]], max_age: int | None = None
) -> list[float | None]:
    """For each (entity, time) event, the entity's latest feature value recorded at or before that time."""
    if max_age is not None and max_age < 0:
        raise ValueError("max_age must be non-negative")
    history: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
    for entity, ts, value in features:
        history[entity].append((ts, value))
    times: dict[str, list[int]] = {}
    for entity, rows in history.items():
        rows.sort(key=lambda row: row[0])  # stable: of two rows at one time, the later one stays later
        times[entity] = [ts for ts, _ in rows]
    joined: list[float | None] = []
    for entity, ts in events:
        rows = history.get(entity, [])
        i = bisect_right(times.get(entity, []), ts) - 1  # the last row with feature time <= event time
        if i < 0 or (max_age is not None and ts - rows[i][0] > max_age):
            joined.append(None)
        else:
            joined.append(rows[i][1])
    return joined
