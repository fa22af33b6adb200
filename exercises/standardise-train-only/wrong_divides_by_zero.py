"""Divides by the standard deviation unguarded: a constant training column raises ZeroDivisionError."""

import math


def standardise(
    train: list[list[float]], test: list[list[float]]
) -> tuple[list[list[float]], list[list[float]]]:
    if not train:
        raise ValueError("train must have at least one row")
    width = len(train[0])
    if any(len(row) != width for row in (*train, *test)):
        raise ValueError("every row must have the same number of columns")
    n = len(train)
    means = [sum(row[j] for row in train) / n for j in range(width)]
    stds = [math.sqrt(sum((row[j] - means[j]) ** 2 for row in train) / n) for j in range(width)]
    return (
        [[(x - m) / s for x, m, s in zip(row, means, stds, strict=True)] for row in train],
        [[(x - m) / s for x, m, s in zip(row, means, stds, strict=True)] for row in test],
    )
