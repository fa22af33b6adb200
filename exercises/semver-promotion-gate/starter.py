def promote(
    champion_version: str,
    champion: dict[str, float],
    candidate: dict[str, float],
    *,
    primary: str,
    min_gain: float,
    guardrails: dict[str, float],
    change: str,
) -> tuple[str | None, list[str]]:
    """The candidate's version if it passes the gate, else None; and the sorted list of failed checks.

    Raises ValueError for a version that is not MAJOR.MINOR.PATCH or a change other than
    "schema", "retrain" or "config".
    """
    raise NotImplementedError
