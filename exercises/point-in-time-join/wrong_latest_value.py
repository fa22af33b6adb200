"""Joins each entity's most recent value, whatever the event time: the training set sees the future."""


def point_in_time_join(
    events: list[tuple[str, int]], features: list[tuple[str, int, float]], max_age: int | None = None
) -> list[float | None]:
    if max_age is not None and max_age < 0:
        raise ValueError("max_age must be non-negative")
    latest: dict[str, tuple[int, float]] = {}
    for entity, ts, value in features:
        if entity not in latest or ts >= latest[entity][0]:
            latest[entity] = (ts, value)
    joined: list[float | None] = []
    for entity, ts in events:
        row = latest.get(entity)
        if row is None or (max_age is not None and ts - row[0] > max_age):
            joined.append(None)
        else:
            joined.append(row[1])
    return joined
