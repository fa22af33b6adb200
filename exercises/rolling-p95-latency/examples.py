from solution import RollingPercentile


def test_example_1():
    p95 = RollingPercentile(window=100)
    for latency in range(1, 21):
        p95.add(latency)
    got = p95.value()
    assert got == 19, f"the p95 of 1..20 is the 19th value (nearest rank): got {got}"


def test_example_2():
    p95 = RollingPercentile(window=10)
    for latency in [120, 80, 95, 300, 110, 90, 85, 100, 105, 99]:
        p95.add(latency)
    got = p95.value()
    assert got == 300, f"with 10 values the p95 rank is ceil(9.5) = 10, the slowest: got {got}"
