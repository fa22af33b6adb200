"""Adds the cost before checking the limit: a refused call still uses up budget."""

from decimal import Decimal


class TokenBudget:
    def __init__(self, limit: str, prices: dict[str, tuple[str, str]]) -> None:
        self._limit = Decimal(limit)
        self._prices = {model: (Decimal(i), Decimal(o)) for model, (i, o) in prices.items()}
        if self._limit < 0 or any(p < 0 for pair in self._prices.values() for p in pair):
            raise ValueError("the limit and prices must be non-negative")
        self._spent = Decimal(0)

    def charge(self, model: str, input_tokens: int, output_tokens: int) -> bool:
        if model not in self._prices:
            raise ValueError(f"no price for model {model!r}")
        if input_tokens < 0 or output_tokens < 0:
            raise ValueError("token counts must be non-negative")
        price_in, price_out = self._prices[model]
        self._spent += (input_tokens * price_in + output_tokens * price_out) / 1_000_000
        return self._spent <= self._limit

    @property
    def spent(self) -> Decimal:
        return self._spent

    @property
    def remaining(self) -> Decimal:
        return self._limit - self._spent
