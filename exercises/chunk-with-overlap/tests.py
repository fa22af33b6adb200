# ruff: noqa: PT011
from itertools import pairwise

import pytest
from solution import chunk_tokens


def numbered(n):
    return [f"t{i}" for i in range(n)]


def test_no_chunk_made_only_of_overlap():
    got = chunk_tokens(numbered(10), size=4, overlap=2)
    want = [numbered(10)[s : s + 4] for s in (0, 2, 4, 6)]
    assert got == want, f"the chunk starting at 6 reaches the end; nothing may follow it. Got {got}"


def test_the_tail_is_kept():
    got = chunk_tokens(numbered(11), size=4, overlap=1)
    assert got[-1] == ["t9", "t10"], f"the last two tokens must be in a final short chunk: got {got}"
    assert len(got) == 4, f"expected 4 chunks, got {len(got)}"


def test_no_overlap_partitions_the_document():
    got = chunk_tokens(numbered(7), size=3, overlap=0)
    assert got == [["t0", "t1", "t2"], ["t3", "t4", "t5"], ["t6"]], f"got {got}"


def test_exactly_size_tokens():
    got = chunk_tokens(numbered(4), size=4, overlap=2)
    assert got == [numbered(4)], f"a document of exactly size tokens is one chunk: got {got}"


def test_empty_document():
    assert chunk_tokens([], size=4, overlap=1) == [], "an empty document has no chunks"


def test_largest_overlap_moves_one_token_at_a_time():
    got = chunk_tokens(numbered(5), size=3, overlap=2)
    assert got == [["t0", "t1", "t2"], ["t1", "t2", "t3"], ["t2", "t3", "t4"]], f"got {got}"


def test_consecutive_chunks_share_exactly_the_overlap():
    tokens = numbered(1000)
    chunks = chunk_tokens(tokens, size=50, overlap=10)
    for previous, current in pairwise(chunks):
        assert previous[-10:] == current[:10], (
            f"chunk starting {current[0]} does not repeat the last 10 tokens"
        )
    covered = {t for chunk in chunks for t in chunk}
    assert covered == set(tokens), "some tokens are in no chunk"


def test_long_document():
    chunks = chunk_tokens(numbered(100_000), size=512, overlap=64)
    assert len(chunks) == 224, (
        f"100,000 tokens in 512-token chunks with a 448 step make 224 chunks, got {len(chunks)}"
    )
    assert chunks[-1][-1] == "t99999", "the last token must be in the last chunk"


def test_invalid_sizes():
    with pytest.raises(ValueError):
        chunk_tokens(numbered(5), size=0, overlap=0)
    with pytest.raises(ValueError):
        chunk_tokens(numbered(5), size=3, overlap=3)
    with pytest.raises(ValueError):
        chunk_tokens(numbered(5), size=3, overlap=-1)
