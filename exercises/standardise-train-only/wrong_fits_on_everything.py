"""Fits the means and stds on train and test together: the test distribution leaks into training."""

import math


def standardise(
    train: list[list[float]], test: list[list[float]]
) -> tuple[list[list[float]], list[list[float]]]:
    if not train:
        raise ValueError("train must have at least one row")
    width = len(train[0])
    if any(len(row) != width for row in (*train, *test)):
        raise ValueError("every row must have the same number of columns")
    rows = train + test
    n = len(rows)
    means = [sum(row[j] for row in rows) / n for j in range(width)]
    stds = [math.sqrt(sum((row[j] - means[j]) ** 2 for row in rows) / n) for j in range(width)]

    def scale(part: list[list[float]]) -> list[list[float]]:
        return [
            [(x - m) / s if s > 0 else 0.0 for x, m, s in zip(row, means, stds, strict=True)] for row in part
        ]

    return scale(train), scale(test)
