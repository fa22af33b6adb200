"""The mock interview as a candidate uses it: a whole timed session by keyboard alone, notes kept over
a reload, the model answer with its checklist, a printable summary, and no axe violation."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

if TYPE_CHECKING:
    from sitebuild import BuiltSite

pytestmark = pytest.mark.browser
AXE = Axe()


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_a_whole_mock_interview_by_keyboard_alone(page: Page, server: str, site: BuiltSite) -> None:
    page.clock.install()
    page.goto(server + "mock-interview/", wait_until="networkidle")
    app = page.locator("#interview-app")
    expect(app).to_have_attribute("data-state", "setup")
    tab_to(page, "#iv-count")
    page.keyboard.press("ArrowUp")  # 5 -> 3 questions
    expect(page.locator("#iv-count")).to_have_value("3")
    tab_to(page, "#iv-minutes")
    page.keyboard.press("ArrowUp")  # 3 -> 2 minutes
    tab_to(page, "#iv-start")
    page.keyboard.press("Enter")

    asked, levels = [], set()
    for number in range(3):
        expect(app).to_have_attribute("data-state", "asking")
        expect(page.locator("#iv-heading")).to_have_text(f"Question {number + 1} of 3")
        expect(page.locator("#iv-heading")).to_be_focused()
        expect(page.locator("#iv-timer")).to_have_text("2:00")
        asked.append(page.locator("#iv-prompt").inner_text())
        levels.add(page.locator("#iv-meta").inner_text().split(" · ")[1])
        tab_to(page, "#iv-notes")
        page.keyboard.type(f"notes {number}")
        page.clock.fast_forward("01:05")
        expect(page.locator("#iv-live")).to_have_text("One minute left.")
        page.clock.fast_forward("01:00")
        expect(page.locator("#iv-timer")).to_have_text("+0:05")  # overtime counts on
        expect(page.locator("#iv-live")).to_contain_text("Time is up")
        if number == 0:  # the notes are saved as they are typed
            saved = page.evaluate("JSON.parse(localStorage.getItem('mlops-study-guide:interview-notes'))")
            assert list(saved.values()) == ["notes 0"]
        tab_to(page, "#iv-reveal")
        page.keyboard.press("Enter")
        expect(app).to_have_attribute("data-state", "answer")
        expect(page.locator("#iv-answer-body")).not_to_be_empty()
        points = page.locator("#iv-points input")
        assert points.count() >= 1, "every model answer has a checklist"
        tab_to(page, "#iv-point-1")
        page.keyboard.press("Space")
        expect(page.locator("#iv-point-1")).to_be_checked()
        tab_to(page, "#iv-next")
        page.keyboard.press("Enter")
    assert len(set(asked)) == 3
    expect(app).to_have_attribute("data-state", "summary")
    expect(page.locator("#iv-summary-heading")).to_be_focused()
    rows = page.locator("#iv-rows tr")
    expect(rows).to_have_count(3)
    for number, question in enumerate(asked):
        expect(rows.nth(number).locator("td").nth(0)).to_have_text(question)
        expect(rows.nth(number).locator("td").nth(2)).to_have_text("2:05")
        expect(rows.nth(number).locator("td").nth(3)).to_have_text(re.compile(r"^1 of \d+$"))
        expect(rows.nth(number).locator("td").nth(4)).to_have_text(f"notes {number}")
    expect(page.locator("#iv-total")).to_contain_text("3 questions; your answers covered 3 of")
    assert len(levels) == min(3, len({c["level"] for c in _cards(site)})), "one question of each level"

    page.emulate_media(media="print")  # the summary alone is printed
    expect(page.locator("#iv-summary table")).to_be_visible()
    expect(page.locator("#iv-setup")).to_be_hidden()
    expect(page.locator("#iv-print")).to_be_hidden()

    page.emulate_media(media="screen")
    page.reload(wait_until="networkidle")
    notes = page.evaluate("JSON.parse(localStorage.getItem('mlops-study-guide:interview-notes'))")
    assert sorted(notes.values()) == ["notes 0", "notes 1", "notes 2"]


def test_the_filters_choose_the_questions(page: Page, server: str, site: BuiltSite) -> None:
    cards = _cards(site)
    page.goto(server + "mock-interview/", wait_until="networkidle")
    expect(page.locator("#iv-status")).to_have_text(f"{len(cards)} questions match.")
    page.locator("#iv-stage").select_option("features/importance.md")
    page.locator("#iv-level").select_option("fundamental")
    count = sum(c["stage"] == "features/importance.md" and c["level"] == "fundamental" for c in cards)
    expect(page.locator("#iv-status")).to_contain_text(f"{count} question")
    design = page.locator("#iv-design")
    if any(c["kind"] == "design" for c in cards):
        expect(design).to_be_enabled()
    else:  # none written yet: the choice says so rather than doing nothing
        expect(design).to_be_disabled()
        expect(page.locator("#iv-design-none")).to_have_text("(no design question is written yet)")


def test_every_session_mixes_levels_and_kinds(page: Page, server: str, site: BuiltSite) -> None:
    """Sessions are drawn at random: each of many must still mix, or one in twenty would not."""
    cards = _cards(site)
    page.goto(server + "mock-interview/", wait_until="networkidle")
    page.locator("#iv-count").select_option("3")
    for _ in range(12):
        page.locator("#iv-start").click()
        asked = []
        for number in range(3):
            expect(page.locator("#iv-heading")).to_have_text(f"Question {number + 1} of 3")
            asked.append(page.locator("#iv-meta").inner_text().split(" · ")[1:3])
            page.locator("#iv-reveal").click()
            page.locator("#iv-next").click()
        assert len({level for level, _ in asked}) == min(3, len({c["level"] for c in cards})), asked
        assert len({kind for _, kind in asked}) > 1, asked
        page.locator("#iv-restart").click()


def test_a_session_with_a_design_case_ends_with_one(page: Page, server: str, site: BuiltSite) -> None:
    designs = {c["question"] for c in _cards(site) if c["kind"] == "design"}
    assert designs, "the guide has design questions (docs/systems/design.md)"
    page.goto(server + "mock-interview/", wait_until="networkidle")
    page.locator("#iv-count").select_option("3")
    page.locator("#iv-design").check()
    page.locator("#iv-start").click()
    kinds = []
    for number in range(3):
        expect(page.locator("#iv-heading")).to_have_text(f"Question {number + 1} of 3")
        kinds.append(page.locator("#iv-meta").inner_text().split(" · ")[2])
        if number == 2:
            assert page.locator("#iv-prompt").inner_text() in designs
        page.locator("#iv-reveal").click()
        page.locator("#iv-next").click()
    assert kinds[-1] == "design"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_mock_interview(browser: Browser, server: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(server + "mock-interview/", wait_until="networkidle")
        assert _violations(page) == []
        page.locator("#iv-start").click()
        page.locator("#iv-reveal").click()
        expect(page.locator("#iv-answer")).to_be_visible()
        assert _violations(page) == []
    finally:
        context.close()


def _cards(site: BuiltSite) -> list[dict[str, str]]:
    data: list[dict[str, str]] = json.loads((site.path / "cards.json").read_text(encoding="utf-8"))["cards"]
    return data


def _violations(page: Page) -> list[str]:
    page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")
    results = AXE.run(page)
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]]
