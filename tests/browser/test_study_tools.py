"""The study features as a reader uses them: flashcards by keyboard alone, the self-test on stage pages,
progress that survives instant navigation and reloads, export and import, the Anki deck, print."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import TYPE_CHECKING, Any

import pytest
from axecheck import axe_violations
from playwright.sync_api import Browser, Page, expect

if TYPE_CHECKING:
    from pathlib import Path

    from sitebuild import BuiltSite

pytestmark = pytest.mark.browser
STAGE = "features/importance.md"  # ten questions: a whole session stays short
STAGE_URL = "features/importance/"


def cards_of(site: BuiltSite, stage: str | None = None) -> list[dict[str, Any]]:
    cards: list[dict[str, Any]] = json.loads((site.path / "cards.json").read_text(encoding="utf-8"))["cards"]
    return [card for card in cards if stage is None or card["stage"] == stage]


def stage_count(site: BuiltSite) -> int:
    """How many stages the build has (other helpers add stages: never a number written here)."""
    return len(json.loads((site.path / "cards.json").read_text(encoding="utf-8"))["stages"])


def tab_to(page: Page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching ``selector`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def focus_is_visible(page: Page) -> bool:
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth] })()"
    )
    return bool(style[0] != "none" and style[1] not in ("0px", ""))


def test_a_whole_flashcard_session_by_keyboard_alone(page: Page, server: str, site: BuiltSite) -> None:
    cards = cards_of(site, STAGE)
    page.goto(server + "flashcards/", wait_until="networkidle")
    app = page.locator("#flashcards-app")
    expect(app).to_have_attribute("data-state", "front")
    expect(page.locator("#fc-keys")).to_contain_text("Space")  # every key is shown on screen

    tab_to(page, "#fc-stage")
    assert focus_is_visible(page)
    for _ in range(30):  # arrow keys on the closed list pick the next stage
        if page.locator("#fc-stage").input_value() == STAGE:
            break
        page.keyboard.press("ArrowDown")
    expect(page.locator("#fc-position")).to_have_text(f"Card 1 of {len(cards)}")

    tab_to(page, "#fc-card")
    assert focus_is_visible(page)
    page.keyboard.press("ArrowRight")
    expect(page.locator("#fc-position")).to_have_text(f"Card 2 of {len(cards)}")
    expect(page.locator("#fc-question")).to_have_text(cards[1]["question"])
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#fc-position")).to_have_text(f"Card 1 of {len(cards)}")

    for number, card in enumerate(cards):
        expect(page.locator("#fc-question")).to_have_text(card["question"])
        expect(page.locator("#fc-answer")).to_be_hidden()
        expect(page.locator("#fc-live")).to_contain_text(f"Question: {card['question']}")
        page.keyboard.press("Space" if number % 2 else "Enter")
        expect(page.locator("#fc-answer")).to_be_visible()
        expect(page.locator("#fc-live")).to_contain_text("Answer: ")
        expect(app).to_have_attribute("data-state", "back")
        page.keyboard.press("k" if number % 2 == 0 else "r")
    known, review = (len(cards) + 1) // 2, len(cards) // 2
    expect(app).to_have_attribute("data-state", "done")
    expect(page.locator("#fc-done")).to_contain_text(
        f"Round finished: {known} known, {review} to review again"
    )
    expect(page.locator("#fc-live")).to_contain_text("Round finished")

    # Leitner: the cards to review again are due at once; the known ones wait a day or more.
    tab_to(page, "#fc-again")
    page.keyboard.press("Enter")
    expect(page.locator("#fc-position")).to_have_text(f"Card 1 of {review}")
    expect(page.locator("#fc-question")).to_have_text(cards[1]["question"])
    expect(page.locator("#fc-box")).to_contain_text("box 1")

    page.reload(wait_until="networkidle")  # progress lives on
    expect(page.locator(f"#fc-stage option[value='{STAGE}']")).to_contain_text(
        f"({known} of {len(cards)} known)"
    )
    expect(page.locator("#fc-status")).to_contain_text(f"{known} known")


def test_leitner_boxes_space_out_known_cards_and_reset_forgotten_ones(page: Page, server: str) -> None:
    page.goto(server + "flashcards/", wait_until="networkidle")
    result = page.evaluate(
        """() => {
          const store = window.studyStore, t0 = Date.UTC(2030, 0, 1), day = 864e5;
          const boxes = [], waits = [];
          for (let i = 0; i < 6; i += 1) {
            const r = store.rate("x.md#q-x", true, t0);
            boxes.push(r.box);
            waits.push((r.due - t0) / day);
          }
          const dueTomorrow = store.isDue("x.md#q-x", t0 + day);
          const dueIn14 = store.isDue("x.md#q-x", t0 + 14 * day);
          const again = store.rate("x.md#q-x", false, t0);
          return { boxes, waits, dueTomorrow, dueIn14, again: [again.box, again.due - t0, again.known],
                   fresh: store.isDue("never-seen.md#q-y", t0) };
        }"""
    )
    assert result["boxes"] == [2, 3, 4, 5, 5, 5]
    assert result["waits"] == [1, 3, 7, 14, 14, 14]
    assert (result["dueTomorrow"], result["dueIn14"]) == (False, True)
    assert result["again"] == [1, 0, False]
    assert result["fresh"] is True


def test_a_known_card_comes_back_when_its_box_is_due(page: Page, server: str, site: BuiltSite) -> None:
    total = len(cards_of(site))
    page.clock.install()
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-card").focus()
    page.keyboard.press("k")
    expect(page.locator("#fc-status")).to_have_text(f"{total - 1} of {total} cards due now, 1 known.")
    page.clock.fast_forward("24:00:01")
    page.reload(wait_until="networkidle")
    expect(page.locator("#fc-status")).to_have_text(f"{total} of {total} cards due now, 1 known.")
    expect(page.locator("#fc-box")).to_have_text("· box 2 of 5")


def test_filter_shuffle_and_buttons_work_too(page: Page, server: str, site: BuiltSite) -> None:
    cards = cards_of(site, STAGE)
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-stage").select_option(STAGE)
    page.get_by_role("button", name="Shuffle").click()
    seen = set()
    for _ in cards:
        seen.add(page.locator("#fc-question").inner_text())
        page.locator("#fc-next").click() if page.locator("#fc-next").is_enabled() else None
    assert seen == {card["question"] for card in cards}
    page.locator("#fc-flip").click()
    expect(page.locator("#fc-answer")).to_be_visible()
    link = page.locator("#fc-source")
    card = next(c for c in cards if c["question"] == page.locator("#fc-question").inner_text())
    assert (link.get_attribute("href") or "").endswith(card["url"])
    assert all(
        (href or "").startswith(server)
        for href in page.locator("#fc-answer a").evaluate_all("l => l.map(a => a.href)")
    )


def test_progress_exports_resets_and_imports_as_a_file(page: Page, server: str, tmp_path: Path) -> None:
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-card").focus()
    page.keyboard.press("k")
    page.keyboard.press("k")
    page.keyboard.press("r")
    expect(page.locator("#fc-status")).to_contain_text("2 known")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    saved = tmp_path / "progress.json"
    download.value.save_as(saved)
    exported = json.loads(saved.read_text(encoding="utf-8"))
    assert sorted(record["known"] for record in exported["cards"].values()) == [False, True, True]

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset progress").click()
    expect(page.locator("#fc-status")).to_contain_text("0 known")
    expect(page.locator("#fc-live")).to_contain_text("Progress reset")

    page.locator("#fc-import-file").set_input_files(saved)
    expect(page.locator("#fc-live")).to_contain_text("Imported progress for 3 cards")
    expect(page.locator("#fc-status")).to_contain_text("2 known")


def test_self_test_mode_and_ratings_persist_across_instant_navigation_and_reloads(
    page: Page, server: str, site: BuiltSite
) -> None:
    total = len(cards_of(site, STAGE))
    page.goto(server + STAGE_URL, wait_until="networkidle")
    blocks = page.locator("article details.question")
    toggle = page.get_by_role("button", name="Show all answers")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    expect(page.locator("article details.question[open]")).to_have_count(0)
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-pressed", "true")
    expect(page.locator("article details.question[open]")).to_have_count(blocks.count())

    progress = page.locator(".study-progress")
    expect(progress).to_have_text(f"0 of {total} known")
    for index, name in ((0, "I knew it"), (1, "I knew it"), (2, "Review again")):
        button = blocks.nth(index).get_by_role("button", name=name)
        button.focus()
        page.keyboard.press("Enter")
        expect(button).to_have_attribute("aria-pressed", "true")
    expect(progress).to_have_text(f"2 of {total} known")

    page.evaluate("window.__sameDocument = true")
    page.locator("nav.md-nav--primary a.md-nav__link[href$='selection/']:visible").first.click()
    expect(page).to_have_url(re.compile(r"features/selection/(#[\w-]+)?$"))  # tracking adds a section
    expect(page.locator("article h1")).to_have_text(re.compile("Feature selection"))
    assert page.evaluate("window.__sameDocument === true"), "Material's instant navigation swapped the page"
    expect(page.locator(".study-toolbar")).to_have_count(1)
    expect(page.get_by_role("button", name="Show all answers")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("article details.question:not([open])")).to_have_count(0)
    badge = page.locator("a.md-nav__link[href$='importance/'] .study-badge").first
    expect(badge).to_have_text(f"2/{total} known")

    page.reload(wait_until="networkidle")
    expect(page.locator("a.md-nav__link[href$='importance/'] .study-badge").first).to_have_text(
        f"2/{total} known"
    )
    page.goto(server + STAGE_URL, wait_until="networkidle")
    expect(page.locator(".study-progress")).to_have_text(f"2 of {total} known")
    expect(blocks.nth(2).get_by_role("button", name="Review again")).to_have_attribute("aria-pressed", "true")

    page.get_by_role("link", name="Drill this stage as flashcards").click()
    expect(page.locator("#fc-stage")).to_have_value(STAGE)
    expect(page.locator("#fc-position")).to_have_text(f"Card 1 of {total - 2}")  # the two known wait

    page.goto(server, wait_until="networkidle")
    home = page.locator("article table a[href$='importance/'] .study-badge")
    expect(home).to_have_text(f"2/{total} known")
    expect(page.locator("article table .study-badge")).to_have_count(stage_count(site))


def test_flashcards_page_links_the_anki_deck_and_it_reads_back_as_one_note_per_card(
    page: Page, server: str, site: BuiltSite, tmp_path: Path
) -> None:
    cards = cards_of(site)
    page.goto(server + "flashcards/", wait_until="networkidle")
    with page.expect_download() as download:
        page.get_by_role("link", name="Anki deck").click()
    deck = tmp_path / "deck.txt"
    download.value.save_as(deck)
    text = deck.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#") and ":" in line][:5]
    assert {"#separator:tab", "#html:true", "#tags column:3"} <= set(header)
    body = text.split("\n", len(header))[len(header)]
    rows = list(csv.reader(io.StringIO(body), delimiter="\t"))
    assert len(rows) == len(cards)
    assert all(len(row) == 4 for row in rows)
    by_id = {row[3]: row for row in rows}
    assert set(by_id) == {card["id"] for card in cards}
    coded = next(card for card in cards if "<pre" in card["answer_html"])
    _front, back, tags, _ = by_id[coded["id"]]
    assert "\n" in back
    assert "\t" not in back
    assert tags.startswith("mlops::")
    assert re.search(r'href="https?://', back)


def test_printing_a_stage_page_shows_every_answer_and_no_chrome(page: Page, server: str) -> None:
    page.set_viewport_size({"width": 794, "height": 1123})  # an A4 sheet at 96 dpi
    page.goto(server + "operations/monitoring/", wait_until="networkidle")
    page.emulate_media(media="print")
    answers = page.locator("article details.question > p:first-of-type")
    assert answers.count() >= 10
    for index in range(answers.count()):
        expect(answers.nth(index)).to_be_visible()
    for chrome in (
        ".md-header",
        ".md-tabs",
        ".md-sidebar--primary",
        ".md-sidebar--secondary",
        ".md-footer",
        ".study-toolbar",
        ".study-rate",
        ".study-links",
    ):
        expect(page.locator(chrome).first).to_be_hidden()
    diagram = page.locator("article img[src$='.svg']").first
    box = diagram.bounding_box()
    article = page.locator("article").bounding_box()
    assert box is not None
    assert article is not None
    assert box["width"] >= 0.8 * article["width"] - 40, "a diagram fills the printed column"


def test_cheat_sheet_lists_each_stage_terms_and_prints_one_stage_per_sheet(
    page: Page, server: str, site: BuiltSite
) -> None:
    page.goto(server + "operations/monitoring/", wait_until="networkidle")
    # The key terms list is "Term: one-line definition" for every term the page defines.
    key_terms = [item.split(": ", 1) for item in page.locator(".glossary-key-terms li").all_inner_texts()]
    assert len(key_terms) >= 4
    page.locator(".study-links").get_by_role("link", name="cheat sheet").click()
    # The stage's own sheet, not the section of the page the link was on (docs/javascripts/navigation.js).
    page.wait_for_function("document.querySelector('h2#sheet-monitoring-and-drift') !== null")
    expect(page).to_have_url(server + "cheatsheet/#sheet-monitoring-and-drift")
    expect(page.locator("h2#sheet-monitoring-and-drift")).to_be_in_viewport()
    rows = page.locator("h2#sheet-monitoring-and-drift + .cheatsheet tbody tr")
    sheet = [[cell.strip() for cell in row.split("\t")] for row in rows.all_inner_texts()]
    assert sheet == key_terms
    page.emulate_media(media="print")
    breaks = page.locator("h2.cheatsheet-stage").evaluate_all(
        "hs => hs.map(h => getComputedStyle(h).breakBefore)"
    )
    assert len(breaks) == stage_count(site)
    assert breaks[0] != "page"
    assert set(breaks[1:]) == {"page"}
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_study_controls_in_use(
    browser: Browser, server: str, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(server + "flashcards/", wait_until="networkidle")
        page.locator("#fc-card").focus()
        page.keyboard.press("k")
        page.keyboard.press("Enter")  # the answer side, with its links, code and tables
        expect(page.locator("#fc-answer")).to_be_visible()
        assert axe_violations(page) == []
        page.locator("#fc-stage").select_option(STAGE)
        for _ in range(12):
            page.keyboard.press("r")
        expect(page.locator("#flashcards-app")).to_have_attribute("data-state", "done")
        assert axe_violations(page) == []

        page.goto(server + STAGE_URL, wait_until="networkidle")
        page.get_by_role("button", name="Show all answers").click()
        page.locator("article details.question").first.get_by_role("button", name="I knew it").click()
        expect(page.locator(".study-progress")).to_contain_text("1 of")
        assert axe_violations(page) == []
    finally:
        context.close()


def test_progress_is_keyed_by_stable_ids_so_a_new_build_keeps_it(
    page: Page, server: str, site: BuiltSite
) -> None:
    """Saved by an older build: one card that still exists, one whose question has since gone."""
    first = cards_of(site, "foundations.md")[0]["id"]
    record = {"box": 3, "known": True, "due": 4102444800000, "reviewed": 1}
    saved = {"version": 1, "cards": {first: record, "gone.md#q-an-old-question": record}}
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.evaluate("data => localStorage.setItem('mlops-study-guide:progress', JSON.stringify(data))", saved)
    page.reload(wait_until="networkidle")
    total = len(cards_of(site, "foundations.md"))
    expect(page.locator("#fc-stage option[value='foundations.md']")).to_contain_text(f"(1 of {total} known)")
    page.goto(server + "foundations/", wait_until="networkidle")
    expect(page.locator(".study-progress")).to_have_text(f"1 of {total} known")
    kept = page.evaluate("JSON.parse(localStorage.getItem('mlops-study-guide:progress')).cards")
    assert set(kept) == {first, "gone.md#q-an-old-question"}, "records of other builds are kept, not dropped"


LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve(total), 500);
})"""


@pytest.mark.parametrize("viewport", [{"width": 412, "height": 823}, {"width": 1350, "height": 940}])
@pytest.mark.parametrize("path", ["operations/monitoring/", "flashcards/"])
def test_the_study_scripts_move_nothing_on_the_page(
    browser: Browser, server: str, path: str, viewport: Any
) -> None:
    """The controls are in the HTML from the start; the scripts only wire them up (Lighthouse CLS)."""
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.goto(server + path, wait_until="networkidle")
        expect(page.locator(".study-toolbar, #flashcards-app[data-state='front']").first).to_be_visible()
        assert page.evaluate(LAYOUT_SHIFT) < 0.001
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [{"width": 412, "height": 823}, {"width": 1350, "height": 940}])
def test_a_link_to_an_answer_opens_it_without_moving_the_page(
    browser: Browser, server: str, viewport: Any
) -> None:
    """The glossary's "Defined in" links point into closed answers: they are drawn open at once."""
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.goto(server + "operations/monitoring/#q-what-is-data-drift", wait_until="networkidle")
        answer = page.locator("details#q-what-is-data-drift")
        expect(answer).to_have_attribute("open", "")
        expect(answer).to_be_in_viewport()
        assert page.evaluate(LAYOUT_SHIFT) < 0.001
    finally:
        context.close()


def test_without_javascript_the_controls_keep_their_place_and_the_notice_shows(
    browser: Browser, server: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server + STAGE_URL)
        expect(page.locator(".study-toolbar")).to_have_count(1)
        expect(page.get_by_role("link", name="Drill this stage as flashcards")).to_be_visible()
        expect(page.locator(".study-toggle")).to_be_hidden()
        page.goto(server + "flashcards/")
        expect(page.locator("[data-flashcards-noscript]")).to_be_visible()
        expect(page.locator("#fc-flip")).to_be_hidden()
    finally:
        context.close()
