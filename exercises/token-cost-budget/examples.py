from decimal import Decimal

from solution import TokenBudget

PRICES = {"large": ("2.50", "10.00"), "small": ("0.15", "0.60")}


def test_example_1():
    budget = TokenBudget("1.00", PRICES)
    assert budget.charge("large", 1_000, 500) is True, "a 0.0075 call fits in a 1.00 budget"
    assert budget.spent == Decimal("0.0075"), f"spent is {budget.spent}, expected Decimal('0.0075')"
    assert budget.remaining == Decimal("0.9925"), (
        f"remaining is {budget.remaining}, expected Decimal('0.9925')"
    )


def test_example_2():
    budget = TokenBudget("0.01", PRICES)
    assert budget.charge("large", 1_000, 1_000) is False, "a 0.0125 call does not fit in a 0.01 budget"
    assert budget.spent == Decimal(0), f"a refused call must spend nothing, spent is {budget.spent}"
