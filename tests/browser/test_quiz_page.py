"""The quiz as a reader uses it: a whole round by keyboard alone, feedback that links the full answer,
scores per stage that survive a reload, filters, and no axe violation in either colour scheme."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page, expect

if TYPE_CHECKING:
    from sitebuild import BuiltSite

pytestmark = pytest.mark.browser
STAGE = "features/importance.md"
AXE = Axe()


def quiz_of(site: BuiltSite, stage: str | None = None) -> dict[str, dict[str, str]]:
    """The built quiz's questions by id: stage, level, kind and the right option's text."""
    soup = BeautifulSoup((site.path / "quiz" / "index.html").read_text(encoding="utf-8"), "html.parser")
    items = {}
    for item in soup.select(".quiz__item"):
        options = [re.sub(r"^\s*\d\s*", "", o.get_text()).strip() for o in item.select(".quiz__option")]
        items[str(item["id"])] = {
            "stage": str(item["data-stage"]),
            "level": str(item["data-level"]),
            "answer": options[int(str(item["data-answer"]))],
            "options": "|".join(options),
            "href": str(item.select_one(".quiz__feedback a")["href"]),  # type: ignore[index]
        }
    return {key: value for key, value in items.items() if stage is None or value["stage"] == stage}


def test_a_whole_quiz_round_by_keyboard_alone(page: Page, server: str, site: BuiltSite) -> None:
    items = quiz_of(site, STAGE)
    rounds = min(10, len(items))
    assert rounds >= 3
    page.goto(server + "quiz/", wait_until="networkidle")
    expect(page.locator("#quiz-app")).to_have_attribute("data-state", "ready")
    page.locator("#qz-stage").focus()
    for _ in range(30):
        if page.locator("#qz-stage").input_value() == STAGE:
            break
        page.keyboard.press("ArrowDown")
    expect(page.locator("#qz-status")).to_have_text(f"{len(items)} questions match.")
    page.keyboard.press("Tab")
    while not page.evaluate("document.activeElement.id === 'qz-start'"):
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    right = 0
    for number in range(rounds):
        shown = page.locator(".quiz__item:visible")
        expect(shown).to_have_count(1)
        expect(shown.locator(".quiz__position")).to_have_text(f"Question {number + 1} of {rounds}.")
        item = items[shown.get_attribute("id") or ""]
        options = item["options"].split("|")
        pick = number % 4 if number % 2 else options.index(item["answer"])  # right every other time
        page.keyboard.press(str(pick + 1))
        page.keyboard.press("Enter")
        feedback = shown.locator(".quiz__feedback")
        expect(feedback).to_be_visible()
        if options[pick] == item["answer"]:
            right += 1
            expect(feedback).to_contain_text(f"Right: {item['answer']}.")
        else:
            expect(feedback).to_contain_text(f"Not quite: the answer is {item['answer']}.")
        expect(page.locator("#qz-live")).to_contain_text(item["answer"])
        link = feedback.get_by_role("link")
        assert link.evaluate("a => a.href") == urljoin(server + "quiz/", item["href"])
        assert item["href"].startswith("../features/importance/#q-")
        page.keyboard.press("Enter")
    expect(page.locator("#qz-done")).to_have_text(re.compile(f"Quiz finished: {right} of {rounds} right"))
    score = page.locator(f".quiz__scores tr[data-stage='{STAGE}'] td")
    expect(score.nth(0)).to_have_text(str(right))
    expect(score.nth(1)).to_have_text(str(rounds))

    page.reload(wait_until="networkidle")  # the scores live on
    expect(page.locator(f".quiz__scores tr[data-stage='{STAGE}'] td").nth(1)).to_have_text(str(rounds))


def test_the_filters_choose_the_questions(page: Page, server: str, site: BuiltSite) -> None:
    items = quiz_of(site)
    page.goto(server + "quiz/", wait_until="networkidle")
    expect(page.locator("#qz-status")).to_have_text(f"{len(items)} questions match.")
    levels = sorted({item["level"] for item in items.values()})
    level = levels[-1]
    page.locator("#qz-level").select_option(level)
    count = sum(item["level"] == level for item in items.values())
    expect(page.locator("#qz-status")).to_contain_text(f"{count} question")
    page.locator("#qz-level").select_option("")
    # Only terms whose flashcard is due: one graded Easy on the flashcards page drops out.
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-card").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("4")
    page.goto(server + "quiz/", wait_until="networkidle")
    page.locator("#qz-due").check()
    expect(page.locator("#qz-status")).to_have_text(f"{len(items) - 1} questions match.")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_quiz_in_use(browser: Browser, server: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(server + "quiz/", wait_until="networkidle")
        assert _violations(page) == []
        page.get_by_role("button", name=re.compile("Start a quiz")).click()
        page.keyboard.press("2")
        page.keyboard.press("Enter")
        expect(page.locator(".quiz__item:visible .quiz__feedback")).to_be_visible()
        assert _violations(page) == []
    finally:
        context.close()


def _violations(page: Page) -> list[str]:
    page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")
    results = AXE.run(page)
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]]
