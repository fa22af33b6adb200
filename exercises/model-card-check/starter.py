from typing import Any


def missing_fields(card: dict[str, Any], required: list[str]) -> list[str]:
    """The required dotted paths (``"training_data.source"``) that the model card leaves missing or empty.

    0, 0.0 and False count as present. Raises ValueError for a malformed path.
    """
    raise NotImplementedError
