class EarlyStopping:
    """Stop training after ``patience`` steps without an improvement larger than ``min_delta``."""

    def __init__(self, patience: int, min_delta: float = 0.0, mode: str = "min") -> None:
        raise NotImplementedError

    def step(self, value: float) -> bool:
        """Record one epoch's validation value; True means stop now."""
        raise NotImplementedError

    @property
    def best(self) -> float | None:
        raise NotImplementedError

    @property
    def best_epoch(self) -> int | None:
        raise NotImplementedError
