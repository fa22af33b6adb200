"""Looks each dotted path up as one top-level key: nested fields are never found."""

from typing import Any


def missing_fields(card: dict[str, Any], required: list[str]) -> list[str]:
    missing: list[str] = []
    for path in required:
        if not all(path.split(".")):
            raise ValueError(f"malformed field path {path!r}")
        value = card.get(path)
        empty = value is None or (isinstance(value, (str, list, dict)) and not str(value).strip("[]{} "))
        if empty and path not in missing:
            missing.append(path)
    return missing
