"""Indexes the metrics directly: a missing metric raises KeyError instead of failing the gate."""

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
    if candidate[primary] - champion[primary] < min_gain:
        failures.append(f"primary:{primary}")
    for metric, allowed_drop in guardrails.items():
        if candidate[metric] < champion[metric] - allowed_drop:
            failures.append(f"guardrail:{metric}")
    if failures:
        return None, sorted(failures)
    parts = [int(p) for p in match.groups()]
    i = ("schema", "retrain", "config").index(change)
    parts = [*parts[:i], parts[i] + 1, *[0] * (2 - i)]
    return ".".join(map(str, parts)), []
