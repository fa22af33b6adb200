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
    """Bytes of keys and values cached for ``batch`` sequences of ``seq_len`` tokens (GQA-aware).

    Raises ValueError for a size below 1 or heads that do not divide evenly.
    """
    raise NotImplementedError
