"""Checks expiry only when a key is read: a full cache evicts a live entry while expired ones hold slots."""

from collections import OrderedDict
from collections.abc import Callable
from typing import Any


class TTLCache:
    def __init__(self, capacity: int, ttl: float, clock: Callable[[], float]) -> None:
        if capacity < 1 or ttl <= 0:
            raise ValueError("capacity must be at least 1 and ttl positive")
        self._capacity = capacity
        self._ttl = ttl
        self._clock = clock
        self._entries: OrderedDict[str, tuple[Any, float]] = OrderedDict()

    def get(self, key: str) -> Any | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if self._clock() - entry[1] >= self._ttl:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry[0]

    def put(self, key: str, value: Any) -> None:
        if key not in self._entries and len(self._entries) >= self._capacity:
            self._entries.popitem(last=False)
        self._entries[key] = (value, self._clock())
        self._entries.move_to_end(key)

    def __len__(self) -> int:
        now = self._clock()
        return sum(1 for _, written in self._entries.values() if now - written < self._ttl)
