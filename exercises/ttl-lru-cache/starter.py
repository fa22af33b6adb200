from collections.abc import Callable
from typing import Any


class TTLCache:
    """An LRU cache whose entries also expire ``ttl`` seconds after they were written."""

    def __init__(self, capacity: int, ttl: float, clock: Callable[[], float]) -> None:
        raise NotImplementedError

    def get(self, key: str) -> Any | None:
        """The live value of ``key``, or None; a hit makes the key the most recently used."""
        raise NotImplementedError

    def put(self, key: str, value: Any) -> None:
        """Store ``value``, restarting its time to live; evict the least recently used key if full."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError
