"""The flashcards' scheduler in the browser (ts-fsrs, vendored) and the Python ``fsrs`` package
(py-fsrs, pinned in requirements.txt), both FSRS-6 with the default parameters and no fuzz, give one
review history the same due dates and stabilities.

One rule differs, and the test applies it to py-fsrs's intervals rather than hide it: for a card in
review, ts-fsrs (like Anki) keeps the Hard, Good and Easy intervals in order, at least a day apart
(hard <= good, good >= hard + 1, easy >= good + 1); py-fsrs works each grade's interval out alone.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser
START = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)
# Grades in order: a new card learnt, recalled, forgotten, relearnt, then hard and easy reviews.
GRADES = [3, 3, 3, 3, 2, 1, 3, 3, 4, 3, 1, 1, 3, 2, 4]
# How long after its due date each review happens (minutes): on time, late, very late.
DELAYS = [0, 0, 60, 0, 24 * 60, 5, 0, 3 * 24 * 60, 30, 0, 0, 2, 0, 12 * 60, 0]


DAY = timedelta(days=1)


def ordered_interval(scheduler: Scheduler, card: Card, grade: int, now: datetime) -> timedelta | None:
    """The wait ts-fsrs gives a card in review for ``grade`` once the intervals are put in order."""
    if card.state != State.Review or grade == Rating.Again:
        return None
    days = {
        rating: (scheduler.review_card(copy.deepcopy(card), rating, review_datetime=now)[0].due - now) / DAY
        for rating in (Rating.Hard, Rating.Good, Rating.Easy)
    }
    hard = min(days[Rating.Hard], days[Rating.Good])
    good = max(days[Rating.Good], hard + 1)
    easy = max(days[Rating.Easy], good + 1)
    return {Rating.Hard: hard, Rating.Good: good, Rating.Easy: easy}[Rating(grade)] * DAY


def python_schedule(retention: float) -> tuple[list[tuple[int, int]], list[dict[str, Any]], int]:
    """The review history (each review some minutes after the card fell due), py-fsrs's states, and
    how many reviews the ordering rule changed."""
    scheduler = Scheduler(desired_retention=retention, enable_fuzzing=False)
    card, now = Card(due=START), START
    history, states, reordered = [], [], 0
    for grade, delay in zip(GRADES, DELAYS, strict=True):
        now = max(now, card.due) + timedelta(minutes=delay)
        ordered = ordered_interval(scheduler, card, grade, now)
        card, _ = scheduler.review_card(card, Rating(grade), review_datetime=now)
        if ordered is not None and now + ordered != card.due:
            card.due, reordered = now + ordered, reordered + 1
        history.append((int(now.timestamp() * 1000), grade))
        states.append({"due": int(card.due.timestamp() * 1000), "stability": card.stability})
    return history, states, reordered


@pytest.mark.parametrize("retention", [0.9, 0.8])
def test_the_site_schedules_a_review_history_as_py_fsrs_does(
    page: Page, server: str, retention: float
) -> None:
    history, expected, _ = python_schedule(retention)
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.wait_for_function("window.studyScheduler !== undefined")
    got = page.evaluate("([h, r]) => window.studyScheduler.replay(h, r)", [history, retention])
    assert len(got) == len(expected)
    for step, (site, python) in enumerate(zip(got, expected, strict=True)):
        assert site["due"] == python["due"], f"review {step + 1}: due dates differ"
        assert site["stability"] == pytest.approx(python["stability"], rel=1e-6), f"review {step + 1}"
    spread = {round((s["due"] - h[0]) / 864e5) for s, h in zip(got, history, strict=True)}
    assert len(spread) >= 5, "the history reaches learning steps and intervals of many lengths"


def test_the_history_is_one_where_the_ordering_rule_matters() -> None:
    """Without a review that the rule changes, the test above would not show that it holds."""
    assert python_schedule(0.9)[2] >= 1


def test_the_site_uses_the_fsrs_6_default_parameters(page: Page, server: str) -> None:
    page.goto(server + "flashcards/", wait_until="networkidle")
    site = page.evaluate("Array.from(window.studyScheduler.parameters)")
    assert site == pytest.approx(list(DEFAULT_PARAMETERS))
    # storage.js migrates Leitner records with a few of them; they must be the same numbers.
    constants = page.evaluate("window.studyStore.W")
    assert {int(i): v for i, v in constants.items()} == {i: DEFAULT_PARAMETERS[i] for i in (0, 2, 4, 5)}
