import hashlib


def assign_variant(user_id: str, experiment: str, weights: dict[str, float]) -> str:
    """The variant of ``experiment`` a user sees: deterministic, salted by the experiment, weighted."""
    if not weights:
        raise ValueError("weights must name at least one variant")
    if any(w < 0 for w in weights.values()):
        raise ValueError("weights must be non-negative")
    total = sum(weights.values())
    if total <= 0:
        raise ValueError("at least one weight must be positive")
    digest = hashlib.sha256(f"{experiment}:{user_id}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64  # uniform in [0, 1)
    cumulative = 0.0
    for name, weight in weights.items():
        cumulative += weight
        if weight > 0 and point < cumulative / total:
            return name
    # Rounding can leave the last boundary a hair below 1.0: the point belongs to the last live variant.
    return [name for name, weight in weights.items() if weight > 0][-1]
