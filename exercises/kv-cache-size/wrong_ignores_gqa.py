"""Caches every query head (n_heads) instead of the shared KV heads: GQA's saving disappears."""


def kv_cache_bytes(
    *,
    layers: int,
    hidden_size: int,
    n_heads: int,
    n_kv_heads: int,
    seq_len: int,
    batch: int,
    bytes_per_value: int = 2,
) -> int:
    if min(layers, hidden_size, n_heads, n_kv_heads, seq_len, batch, bytes_per_value) < 1:
        raise ValueError("every size must be a positive integer")
    if hidden_size % n_heads or n_heads % n_kv_heads:
        raise ValueError("heads must divide evenly")
    return 2 * layers * n_heads * (hidden_size // n_heads) * bytes_per_value * seq_len * batch
