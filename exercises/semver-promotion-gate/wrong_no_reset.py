"""Bumps one part without resetting the parts after it: 1.4.2 retrained becomes 1.5.2."""

import re


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
    match = re.fullmatch(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)", champion_version)
    if match is None or change not in ("schema", "retrain", "config"):
        raise ValueError("bad version or change")
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
    parts[("schema", "retrain", "config").index(change)] += 1
    return ".".join(map(str, parts)), []
