from decimal import Decimal


class TokenBudget:
    """A spending cap for LLM calls, priced per million input and output tokens, in exact decimals."""

    def __init__(self, limit: str, prices: dict[str, tuple[str, str]]) -> None:
        self._limit = Decimal(limit)
        if self._limit < 0:
            raise ValueError("the limit must be non-negative")
        self._prices = {model: (Decimal(i), Decimal(o)) for model, (i, o) in prices.items()}
        if any(p < 0 for pair in self._prices.values() for p in pair):
            raise ValueError("prices must be non-negative")
        self._spent = Decimal(0)

    def charge(self, model: str, input_tokens: int, output_tokens: int) -> bool:
        """Spend the call's cost and return True, or return False and spend nothing if it would not fit."""
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
        return self._spent

    @property
    def remaining(self) -> Decimal:
        return self._limit - self._spent
