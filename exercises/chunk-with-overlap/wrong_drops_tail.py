"""Only emits full chunks: the end of a document that does not fill a last chunk is lost."""


def chunk_tokens(tokens: list[str], size: int, overlap: int) -> list[list[str]]:
    if size < 1 or not 0 <= overlap < size:
        raise ValueError("size must be at least 1 and overlap in [0, size)")
    if len(tokens) <= size:
        return [tokens[:]] if tokens else []
    step = size - overlap
    return [tokens[start : start + size] for start in range(0, len(tokens) - size + 1, step)]
