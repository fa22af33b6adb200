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
    """Bytes of keys and values cached for ``batch`` sequences of ``seq_len`` tokens (GQA-aware)."""
    values = (layers, hidden_size, n_heads, n_kv_heads, seq_len, batch, bytes_per_value)
    if any(v < 1 for v in values):
        raise ValueError("every size must be a positive integer")
    if hidden_size % n_heads:
        raise ValueError("hidden_size must be a multiple of n_heads")
    if n_heads % n_kv_heads:
        raise ValueError("n_heads must be a multiple of n_kv_heads")
    head_dim = hidden_size // n_heads  # every head, query or key/value, has this width
    # 2: one key and one value vector per layer, per KV head, per token.
    return 2 * layers * n_kv_heads * head_dim * bytes_per_value * seq_len * batch
