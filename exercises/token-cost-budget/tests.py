# ruff: noqa: PT011
from decimal import Decimal

import pytest
from solution import TokenBudget

PRICES = {"large": ("2.50", "10.00"), "small": ("0.15", "0.60"), "tiny": ("0.10", "0.40")}


def test_landing_exactly_on_the_limit_is_allowed():
    budget = TokenBudget("0.30", PRICES)
    got = [budget.charge("tiny", 1_000_000, 0) for _ in range(4)]
    assert got == [True, True, True, False], f"three 0.10 calls fill a 0.30 budget exactly: got {got}"
    assert budget.spent == Decimal("0.30"), f"spent is {budget.spent}, expected 0.30"
    assert budget.remaining == 0, f"remaining is {budget.remaining}, expected 0"


def test_a_refused_call_spends_nothing():
    budget = TokenBudget("1.00", PRICES)
    assert budget.charge("large", 0, 80_000) is True, "0.80 fits in 1.00"
    assert budget.charge("large", 0, 50_000) is False, "0.50 more does not fit"
    assert budget.charge("large", 0, 20_000) is True, "0.20 more lands exactly on 1.00"
    assert budget.spent == Decimal("1.00"), f"spent is {budget.spent}, expected 1.00"


def test_input_and_output_have_their_own_prices():
    budget = TokenBudget("10", PRICES)
    budget.charge("small", 2_000_000, 1_000_000)
    assert budget.spent == Decimal("0.90"), (
        f"2M input at 0.15 + 1M output at 0.60 = 0.90, spent {budget.spent}"
    )


def test_many_tiny_charges_stay_exact():
    budget = TokenBudget("1", PRICES)
    for _ in range(100_000):
        budget.charge("small", 1, 0)
    assert budget.spent == Decimal("0.015"), (
        f"100,000 tokens at 0.15 per million is 0.015, spent {budget.spent}"
    )


def test_zero_tokens_cost_nothing():
    budget = TokenBudget("0", PRICES)
    assert budget.charge("large", 0, 0) is True, "an empty call fits in any budget"
    assert budget.charge("large", 1, 0) is False, "a zero budget refuses any paid call"


def test_unknown_model():
    with pytest.raises(ValueError):
        TokenBudget("1", PRICES).charge("huge", 10, 10)


def test_negative_tokens():
    budget = TokenBudget("1", PRICES)
    with pytest.raises(ValueError):
        budget.charge("small", -1, 10)
    with pytest.raises(ValueError):
        budget.charge("small", 10, -1)


def test_negative_limit_or_price():
    with pytest.raises(ValueError):
        TokenBudget("-1", PRICES)
    with pytest.raises(ValueError):
        TokenBudget("1", {"odd": ("0.10", "-0.40")})
