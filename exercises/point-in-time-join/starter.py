def point_in_time_join(
    events: list[tuple[str, int]], features: list[tuple[str, int, float]], max_age: int | None = None
) -> list[float | None]:
    """For each (entity, time) event, the entity's latest feature value recorded at or before that time.

    None when there is no such value or it is older than max_age. Raises ValueError for max_age < 0.
    """
    raise NotImplementedError
