"""Uses the sample standard deviation (n - 1) instead of the population one (n) that StandardScaler uses."""

import statistics


def standardise(
    train: list[list[float]], test: list[list[float]]
) -> tuple[list[list[float]], list[list[float]]]:
    if not train:
        raise ValueError("train must have at least one row")
    width = len(train[0])
    if any(len(row) != width for row in (*train, *test)):
        raise ValueError("every row must have the same number of columns")
    columns = list(zip(*train, strict=True))
    means = [statistics.fmean(c) for c in columns]
    stds = [statistics.stdev(c) if len(c) > 1 else 0.0 for c in columns]

    def scale(part: list[list[float]]) -> list[list[float]]:
        return [
            [(x - m) / s if s > 0 else 0.0 for x, m, s in zip(row, means, stds, strict=True)] for row in part
        ]

    return scale(train), scale(test)
