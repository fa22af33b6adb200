"""Calls .get on whatever it finds: a string where a section should be raises AttributeError."""

from typing import Any


def missing_fields(card: dict[str, Any], required: list[str]) -> list[str]:
    missing: list[str] = []
    for path in required:
        keys = path.split(".")
        if not all(keys):
            raise ValueError(f"malformed field path {path!r}")
        node: Any = card
        for key in keys:
            if node is None:
                break
            node = node.get(key)
        empty = node is None or (isinstance(node, str) and not node.strip()) or node in ([], {})
        if empty and path not in missing:
            missing.append(path)
    return missing
