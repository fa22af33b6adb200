"""Keeps money in floats: 0.1 + 0.1 + 0.1 > 0.3 refuses a call that fits, and many tiny charges drift."""

from decimal import Decimal


class TokenBudget:
    def __init__(self, limit: str, prices: dict[str, tuple[str, str]]) -> None:
        self._limit = float(limit)
        self._prices = {model: (float(i), float(o)) for model, (i, o) in prices.items()}
        if self._limit < 0 or any(p < 0 for pair in self._prices.values() for p in pair):
            raise ValueError("the limit and prices must be non-negative")
        self._spent = 0.0

    def charge(self, model: str, input_tokens: int, output_tokens: int) -> bool:
        if model not in self._prices:
            raise ValueError(f"no price for model {model!r}")
        if input_tokens < 0 or output_tokens < 0:
            raise ValueError("token counts must be non-negative")
        price_in, price_out = self._prices[model]
        cost = (input_tokens * price_in + output_tokens * price_out) / 1_000_000
        if self._spent + cost > self._limit:
            return False
        self._spent += cost
        return True

    @property
    def spent(self) -> Decimal:
        return Decimal(repr(self._spent))

    @property
    def remaining(self) -> Decimal:
        return Decimal(repr(self._limit - self._spent))
