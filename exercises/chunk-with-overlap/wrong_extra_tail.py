"""Starts a chunk at every step up to the end: trailing chunks hold only tokens the previous one has."""


def chunk_tokens(tokens: list[str], size: int, overlap: int) -> list[list[str]]:
    if size < 1 or not 0 <= overlap < size:
        raise ValueError("size must be at least 1 and overlap in [0, size)")
    step = size - overlap
    return [tokens[start : start + size] for start in range(0, len(tokens), step)]
