from decimal import Decimal


class TokenBudget:
    """A spending cap for LLM calls, priced per million input and output tokens, in exact decimals."""

    def __init__(self, limit: str, prices: dict[str, tuple[str, str]]) -> None:
        raise NotImplementedError

    def charge(self, model: str, input_tokens: int, output_tokens: int) -> bool:
        """Spend the call's cost and return True, or return False and spend nothing if it would not fit."""
        raise NotImplementedError

    @property
    def spent(self) -> Decimal:
        raise NotImplementedError

    @property
    def remaining(self) -> Decimal:
        raise NotImplementedError
