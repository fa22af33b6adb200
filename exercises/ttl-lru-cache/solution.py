from collections import OrderedDict
from collections.abc import Callable
from typing import Any


class TTLCache:
    """An LRU cache whose entries also expire ``ttl`` seconds after they were written."""

    def __init__(self, capacity: int, ttl: float, clock: Callable[[], float]) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._capacity = capacity
        self._ttl = ttl
        self._clock = clock
        self._by_use: OrderedDict[str, Any] = OrderedDict()  # least recently used first
        # With one ttl for all, expiry order is write order: oldest write first.
        self._by_write: OrderedDict[str, float] = OrderedDict()

    def get(self, key: str) -> Any | None:
        """The live value of ``key``, or None; a hit makes the key the most recently used."""
        self._drop_expired()
        if key not in self._by_use:
            return None
        self._by_use.move_to_end(key)
        return self._by_use[key]

    def put(self, key: str, value: Any) -> None:
        """Store ``value``, restarting its time to live; evict the least recently used key if full."""
        self._drop_expired()
        if key not in self._by_use and len(self._by_use) >= self._capacity:
            oldest = next(iter(self._by_use))
            del self._by_use[oldest], self._by_write[oldest]
        self._by_use[key] = value
        self._by_use.move_to_end(key)
        self._by_write[key] = self._clock()
        self._by_write.move_to_end(key)

    def __len__(self) -> int:
        self._drop_expired()
        return len(self._by_use)

    def _drop_expired(self) -> None:
        now = self._clock()
        while self._by_write:
            key, written = next(iter(self._by_write.items()))
            if now - written < self._ttl:
                break
            del self._by_write[key], self._by_use[key]
