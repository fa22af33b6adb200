"""Treats every falsy value as missing: 0, 0.0 and False are reported as blanks."""

from typing import Any


def missing_fields(card: dict[str, Any], required: list[str]) -> list[str]:
    missing: list[str] = []
    for path in required:
        keys = path.split(".")
        if not all(keys):
            raise ValueError(f"malformed field path {path!r}")
        node: Any = card
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        empty = not node or (isinstance(node, str) and not node.strip())
        if empty and path not in missing:
            missing.append(path)
    return missing
