import math


def standardise(
    train: list[list[float]], test: list[list[float]]
) -> tuple[list[list[float]], list[list[float]]]:
    """Scale each column to zero mean and unit variance with statistics from ``train`` only."""
    if not train:
        raise ValueError("train must have at least one row")
    width = len(train[0])
    if any(len(row) != width for row in (*train, *test)):
        raise ValueError("every row must have the same number of columns")
    n = len(train)
    means = [sum(row[j] for row in train) / n for j in range(width)]
    stds = [math.sqrt(sum((row[j] - means[j]) ** 2 for row in train) / n) for j in range(width)]

    def scale(rows: list[list[float]]) -> list[list[float]]:
        # A constant training column carries no information: it becomes 0.0, not a division by zero.
        return [
            [(x - m) / s if s > 0 else 0.0 for x, m, s in zip(row, means, stds, strict=True)] for row in rows
        ]

    return scale(train), scale(test)
