from solution import chunk_tokens


def test_example_1():
    tokens = ["the", "refund", "window", "is", "14", "days", "from", "delivery"]
    got = chunk_tokens(tokens, size=4, overlap=1)
    want = [["the", "refund", "window", "is"], ["is", "14", "days", "from"], ["from", "delivery"]]
    assert got == want, f"returned {got}, expected {want}"


def test_example_2():
    got = chunk_tokens(["a", "b", "c"], size=5, overlap=2)
    assert got == [["a", "b", "c"]], f"a document shorter than size is one chunk: got {got}"
