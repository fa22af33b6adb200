"""Expires with now - written > ttl: an entry is still served at exactly ttl seconds old."""

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
        self._drop_expired()
        if key not in self._entries:
            return None
        self._entries.move_to_end(key)
        return self._entries[key][0]

    def put(self, key: str, value: Any) -> None:
        self._drop_expired()
        if key not in self._entries and len(self._entries) >= self._capacity:
            self._entries.popitem(last=False)
        self._entries[key] = (value, self._clock())
        self._entries.move_to_end(key)

    def __len__(self) -> int:
        self._drop_expired()
        return len(self._entries)

    def _drop_expired(self) -> None:
        now = self._clock()
        for key in [k for k, (_, written) in self._entries.items() if now - written > self._ttl]:
            del self._entries[key]
