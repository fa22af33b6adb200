from solution import canary_decision


def test_example_1():
    got = canary_decision(50, 10_000, 12, 2_000)
    assert got == "promote", (
        f"0.6 % against 0.5 % on 2,000 requests (z = 0.57): got {got!r}, expected 'promote'"
    )


def test_example_2():
    got = canary_decision(50, 10_000, 30, 2_000)
    assert got == "rollback", (
        f"1.5 % against 0.5 % on 2,000 requests (z = 5.02): got {got!r}, expected 'rollback'"
    )
