class ErrorRateAlert:
    """Fires when the error rate over the last ``window`` seconds exceeds ``threshold`` on enough requests."""

    def __init__(self, window: float, threshold: float, min_count: int) -> None:
        raise NotImplementedError

    def record(self, timestamp: float, is_error: bool) -> None:
        raise NotImplementedError

    def firing(self, now: float) -> bool:
        raise NotImplementedError
