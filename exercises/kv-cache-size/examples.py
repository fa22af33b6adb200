from solution import kv_cache_bytes


def test_example_1():
    got = kv_cache_bytes(layers=32, hidden_size=4096, n_heads=32, n_kv_heads=8, seq_len=8192, batch=32)
    assert got == 32 * 2**30, f"a Llama-3-8B-like model at 8,192 tokens x 32 needs 32 GiB; got {got:,} bytes"


def test_example_2():
    got = kv_cache_bytes(layers=32, hidden_size=4096, n_heads=32, n_kv_heads=32, seq_len=4096, batch=1)
    assert got == 2 * 2**30, f"plain multi-head attention, one 4,096-token sequence: 2 GiB; got {got:,} bytes"
