import math


class EarlyStopping:
    """Stop training after ``patience`` steps without an improvement larger than ``min_delta``."""

    def __init__(self, patience: int, min_delta: float = 0.0, mode: str = "min") -> None:
        if patience < 0:
            raise ValueError("patience must be non-negative")
        if min_delta < 0:
            raise ValueError("min_delta must be non-negative")
        if mode not in ("min", "max"):
            raise ValueError('mode must be "min" or "max"')
        self._patience = patience
        self._min_delta = min_delta
        self._sign = 1.0 if mode == "min" else -1.0  # compare sign * value: lower is always better
        self._best: float | None = None
        self._best_epoch: int | None = None
        self._epoch = -1
        self._waited = 0
        self._stopped = False

    def step(self, value: float) -> bool:
        """Record one epoch's validation value; True means stop now."""
        self._epoch += 1
        if self._stopped:
            return True
        if math.isnan(value):  # a diverged run will not recover: stop at once
            self._stopped = True
            return True
        if self._best is None or self._sign * value < self._sign * self._best - self._min_delta:
            self._best, self._best_epoch, self._waited = value, self._epoch, 0
        else:
            self._waited += 1
            self._stopped = self._waited >= self._patience
        return self._stopped

    @property
    def best(self) -> float | None:
        return self._best

    @property
    def best_epoch(self) -> int | None:
        return self._best_epoch
