def chunk_tokens(tokens: list[str], size: int, overlap: int) -> list[list[str]]:
    """Windows of ``size`` tokens, each starting ``size - overlap`` tokens after the previous one.

    Stops at the first chunk that reaches the end. Raises ValueError for size < 1 or an overlap
    outside [0, size).
    """
    raise NotImplementedError
