# ruff: noqa: PT011
import pytest
from solution import kv_cache_bytes

LLAMA_8B = {"layers": 32, "hidden_size": 4096, "n_heads": 32}


def test_one_token_of_a_gqa_model():
    got = kv_cache_bytes(**LLAMA_8B, n_kv_heads=8, seq_len=1, batch=1)
    assert got == 131_072, f"one token needs 2 x 32 x 8 x 128 x 2 = 131,072 bytes, got {got:,}"


def test_gqa_divides_by_the_group_size():
    gqa = kv_cache_bytes(**LLAMA_8B, n_kv_heads=8, seq_len=8192, batch=32)
    mha = kv_cache_bytes(**LLAMA_8B, n_kv_heads=32, seq_len=8192, batch=32)
    assert mha == 128 * 2**30, f"without GQA the same batch needs 128 GiB, got {mha:,}"
    assert mha == 4 * gqa, "32 query heads sharing 8 KV heads is a 4x saving"


def test_multi_query_attention():
    got = kv_cache_bytes(**LLAMA_8B, n_kv_heads=1, seq_len=8192, batch=32)
    assert got == 4 * 2**30, f"one shared KV head: 4 GiB, got {got:,}"


def test_fp8_halves_the_cache():
    got = kv_cache_bytes(**LLAMA_8B, n_kv_heads=8, seq_len=8192, batch=32, bytes_per_value=1)
    assert got == 16 * 2**30, f"fp8 (1 byte a value): 16 GiB, got {got:,}"


def test_head_width_comes_from_the_query_heads():
    got = kv_cache_bytes(layers=40, hidden_size=5120, n_heads=40, n_kv_heads=8, seq_len=4096, batch=8)
    assert got == 5_368_709_120, f"head_dim 5120/40 = 128: expected 5,368,709,120 bytes, got {got:,}"


def test_long_context():
    got = kv_cache_bytes(
        layers=80, hidden_size=8192, n_heads=64, n_kv_heads=8, seq_len=128_000, batch=1, bytes_per_value=1
    )
    assert got == 20_971_520_000, f"a 70B-like model at 128k tokens in fp8: 20,971,520,000 bytes, got {got:,}"
    assert isinstance(got, int), f"the result must be an int, got {type(got).__name__}"


def test_heads_must_divide_evenly():
    with pytest.raises(ValueError):
        kv_cache_bytes(**LLAMA_8B, n_kv_heads=6, seq_len=10, batch=1)
    with pytest.raises(ValueError):
        kv_cache_bytes(layers=32, hidden_size=4100, n_heads=32, n_kv_heads=8, seq_len=10, batch=1)
    with pytest.raises(ValueError):
        kv_cache_bytes(**LLAMA_8B, n_kv_heads=64, seq_len=10, batch=1)


def test_sizes_must_be_positive():
    with pytest.raises(ValueError):
        kv_cache_bytes(**LLAMA_8B, n_kv_heads=8, seq_len=0, batch=1)
    with pytest.raises(ValueError):
        kv_cache_bytes(**LLAMA_8B, n_kv_heads=8, seq_len=10, batch=-2)
    with pytest.raises(ValueError):
        kv_cache_bytes(**LLAMA_8B, n_kv_heads=8, seq_len=10, batch=1, bytes_per_value=0)
