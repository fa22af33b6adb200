from typing import Any


def missing_fields(card: dict[str, Any], required: list[str]) -> list[str]:
    """The required dotted paths (``"training_data.source"``) that the model card leaves missing or empty."""
    missing: list[str] = []
    for path in required:
        keys = path.split(".")
        if not all(keys):
            raise ValueError(f"malformed field path {path!r}")
        if path in missing:
            continue
        node: Any = card
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        if _is_empty(node):
            missing.append(path)
    return missing


def _is_empty(value: Any) -> bool:
    # 0, 0.0 and False are real answers ("false positives: 0"); only absent or blank values are missing.
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict, tuple, set)):
        return len(value) == 0
    return False
