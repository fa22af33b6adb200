import re

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_BUMP = {"schema": 0, "retrain": 1, "config": 2}  # which part of MAJOR.MINOR.PATCH a change bumps


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
    """The candidate's version if it passes the gate, else None; and the sorted list of failed checks."""
    match = _VERSION.fullmatch(champion_version)
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {champion_version!r}")
    if change not in _BUMP:
        raise ValueError(f"change must be one of {sorted(_BUMP)}")
    failures = []
    for metric, allowed_drop in [(primary, None), *guardrails.items()]:
        if metric not in champion or metric not in candidate:
            failures.append(f"missing:{metric}")
        elif allowed_drop is None:
            if candidate[metric] - champion[metric] < min_gain:
                failures.append(f"primary:{metric}")
        elif candidate[metric] < champion[metric] - allowed_drop:
            failures.append(f"guardrail:{metric}")
    if failures:
        return None, sorted(failures)
    parts = [int(p) for p in match.groups()]
    i = _BUMP[change]
    parts = [*parts[:i], parts[i] + 1, *[0] * (2 - i)]  # bump one part, reset the ones after it
    return ".".join(map(str, parts)), []
