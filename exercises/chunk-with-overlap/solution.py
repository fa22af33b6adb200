def chunk_tokens(tokens: list[str], size: int, overlap: int) -> list[list[str]]:
    """Windows of ``size`` tokens, each starting ``size - overlap`` tokens after the previous one."""
    if size < 1:
        raise ValueError("size must be at least 1")
    if not 0 <= overlap < size:
        raise ValueError("overlap must be in [0, size)")
    if not tokens:
        return []
    step = size - overlap
    chunks = []
    start = 0
    while True:
        chunks.append(tokens[start : start + size])
        if start + size >= len(tokens):  # this chunk reached the end: another would only repeat its tail
            return chunks
        start += step
