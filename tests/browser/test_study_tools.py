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
STAGE = "features/importance.md"  # one of the shortest stages: a whole session stays short
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
    page.clock.install()
    page.goto(server + "flashcards/", wait_until="networkidle")
    app = page.locator("#flashcards-app")
    expect(app).to_have_attribute("data-state", "front")
    expect(page.locator("#fc-keys")).to_contain_text("Space")  # every key is shown on screen
    expect(page.locator("#fc-keys")).to_contain_text("4 Easy")

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
    page.keyboard.press("3")  # a grade before the answer is shown does nothing
    expect(page.locator("#fc-position")).to_have_text(f"Card 1 of {len(cards)}")

    # Again, Good, Hard, Easy, Again, Good...: every grade by its key, as in Anki.
    grades = [("1", "2", "3", "4")[(0, 2, 1, 3)[number % 4]] for number in range(len(cards))]
    for number, card in enumerate(cards):
        expect(page.locator("#fc-question")).to_have_text(card["question"])
        expect(page.locator("#fc-answer")).to_be_hidden()
        expect(page.locator("#fc-live")).to_contain_text(f"Question: {card['question']}")
        expect(page.locator("#fc-grade-1")).to_be_disabled()
        page.keyboard.press("Space" if number % 2 else "Enter")
        expect(page.locator("#fc-answer")).to_be_visible()
        expect(page.locator("#fc-live")).to_contain_text("Answer: ")
        expect(app).to_have_attribute("data-state", "back")
        # The buttons say when each grade brings the card back (FSRS's learning steps for a new card).
        expect(page.locator("#fc-wait-1")).to_have_text("(1 min)")
        expect(page.locator("#fc-wait-3")).to_have_text("(10 min)")
        page.keyboard.press(grades[number])
    again = grades.count("1")
    known = len(cards) - again
    expect(app).to_have_attribute("data-state", "done")
    expect(page.locator("#fc-done")).to_contain_text(
        f"Round finished: {known} known, {again} to review again"
    )
    expect(page.locator("#fc-live")).to_contain_text("Round finished")

    # FSRS: a card graded Again is back after one minute; Hard after 6, Good after 10, Easy in days.
    page.clock.fast_forward("02:00")
    tab_to(page, "#fc-again")
    page.keyboard.press("Enter")
    expect(page.locator("#fc-position")).to_have_text(f"Card 1 of {again}")
    expect(page.locator("#fc-question")).to_have_text(cards[0]["question"])
    expect(page.locator("#fc-state")).to_contain_text("learning, due now")

    page.reload(wait_until="networkidle")  # progress lives on
    expect(page.locator(f"#fc-stage option[value='{STAGE}']")).to_contain_text(
        f"({known} of {len(cards)} known)"
    )
    expect(page.locator("#fc-status")).to_contain_text(f"{known} known")
    easy = cards[3]["id"]
    record = page.evaluate("id => window.studyStore.get(id)", easy)
    assert record["state"] == 2, "Easy on a new card skips the learning steps"
    assert record["due"] - record["reviewed"] >= 2 * 864e5


def test_a_card_graded_good_comes_back_when_fsrs_says(page: Page, server: str, site: BuiltSite) -> None:
    total = len(cards_of(site))
    page.clock.install()
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-card").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("3")
    expect(page.locator("#fc-status")).to_have_text(f"{total - 1} of {total} cards due now, 1 known.")
    page.clock.fast_forward("09:00")
    page.reload(wait_until="networkidle")
    expect(page.locator("#fc-status")).to_have_text(f"{total - 1} of {total} cards due now, 1 known.")
    page.clock.fast_forward("01:01")
    page.reload(wait_until="networkidle")
    expect(page.locator("#fc-status")).to_have_text(f"{total} of {total} cards due now, 1 known.")
    expect(page.locator("#fc-state")).to_have_text("· learning, due now")


def test_the_desired_retention_is_kept_and_shortens_the_waits(page: Page, server: str) -> None:
    page.goto(server + "flashcards/", wait_until="networkidle")
    retention = page.locator("#fc-retention")
    expect(retention).to_have_value("0.90")
    page.locator("#fc-card").focus()
    page.keyboard.press("Enter")
    default_easy = page.locator("#fc-wait-4").inner_text()
    retention.fill("0.97")
    retention.press("Tab")
    expect(page.locator("#fc-live")).to_contain_text("Desired retention 97 %")
    page.reload(wait_until="networkidle")
    expect(page.locator("#fc-retention")).to_have_value("0.97")
    page.locator("#fc-card").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#fc-wait-4")).not_to_have_text(default_easy)
    waits = page.evaluate(
        "() => [0.9, 0.97].map((r) => window.studyScheduler.preview(null, Date.UTC(2030, 0, 1), r)[4])"
    )
    assert waits[1] < waits[0], "a higher retention brings an Easy card back sooner"


def test_a_leitner_era_state_is_migrated_on_first_load(page: Page, server: str, site: BuiltSite) -> None:
    """Progress saved by the Leitner version (store version 1) before the page loads becomes FSRS
    records: boxes 2-5 in review with their wait as stability, box 1 learning; due dates kept."""
    ids = [card["id"] for card in cards_of(site, STAGE)]
    day, later = 864e5, 4102444800000
    leitner = {
        "version": 1,
        "cards": {
            ids[0]: {"box": 1, "known": False, "due": 1, "reviewed": 1},
            ids[1]: {"box": 3, "known": True, "due": later, "reviewed": later - 3 * day},
            ids[2]: {"box": 5, "known": True, "due": later, "reviewed": later - 14 * day},
        },
    }
    # Before any script of the page runs, once per tab (a reload must not put it back).
    page.add_init_script(
        "if (!sessionStorage.getItem('seeded')) {"
        f" localStorage.setItem('mlops-study-guide:progress', {json.dumps(json.dumps(leitner))});"
        " sessionStorage.setItem('seeded', '1'); }"
    )
    page.goto(server + "flashcards/", wait_until="networkidle")
    saved = page.evaluate("JSON.parse(localStorage.getItem('mlops-study-guide:progress'))")
    assert saved["version"] == 2
    first, third, fifth = (saved["cards"][i] for i in ids[:3])
    assert (first["state"], first["known"], first["due"]) == (1, False, 1)
    assert (third["state"], third["stability"], third["due"]) == (2, 3, later)
    assert (fifth["state"], fifth["stability"], fifth["known"]) == (2, 14, True)
    backup = page.evaluate("JSON.parse(localStorage.getItem('mlops-study-guide:progress:leitner-backup'))")
    assert backup == leitner, "the Leitner data is kept beside the migrated copy"
    page.locator("#fc-stage").select_option(STAGE)
    expect(page.locator(f"#fc-stage option[value='{STAGE}']")).to_contain_text(f"(2 of {len(ids)} known)")
    expect(page.locator("#fc-position")).to_have_text(f"Card 1 of {len(ids) - 2}")  # boxes 3 and 5 wait
    page.locator("#fc-card").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("3")  # the migrated box-1 card is scheduled by FSRS from there
    page.reload(wait_until="networkidle")
    assert page.evaluate("id => window.studyStore.get(id).reps", ids[0]) == 2


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
        # Links into the guide resolve on this site; an answer's sources link to their primary source.
        for href in page.locator("#fc-answer a:not(.answer-sources a)").evaluate_all(
            "l => l.map(a => a.href)"
        )
    )


def test_a_stage_answers_load_only_when_one_of_its_cards_shows(
    page: Page, server: str, site: BuiltSite
) -> None:
    answers: list[str] = []
    page.on("request", lambda request: answers.append(request.url) if "/answers/" in request.url else None)
    first = cards_of(site)[0]
    assert first["stage"] != STAGE
    page.goto(server + "flashcards/", wait_until="networkidle")
    expect(page.locator("#fc-question")).to_have_text(first["question"])
    # The first card's stage alone, fetched while it shows its question; the others wait.
    assert answers == [server + "answers/" + first["stage"].removesuffix(".md") + ".js"]

    page.locator("#fc-stage").select_option(STAGE)
    card = cards_of(site, STAGE)[0]
    expect(page.locator("#fc-question")).to_have_text(card["question"])
    page.locator("#fc-flip").click()
    rendered = page.evaluate(
        "html => { const d = document.createElement('div'); d.innerHTML = html; return d.textContent }",
        card["answer_html"],
    )
    expect(page.locator("#fc-answer")).to_have_text(rendered)
    assert answers[1:] == [server + "answers/" + STAGE.removesuffix(".md") + ".js"]


def test_an_answer_that_fails_to_load_says_so_and_loads_on_the_next_try(page: Page, server: str) -> None:
    page.route("**/answers/**", lambda route: route.abort())
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-flip").click()
    expect(page.locator("#fc-answer")).to_have_text(re.compile("could not be loaded"))
    page.unroute("**/answers/**")
    page.locator("#fc-next").click()
    page.locator("#fc-flip").click()
    expect(page.locator("#fc-answer p").first).to_be_visible()


def test_a_card_shows_its_own_answer_after_another_card_failed_to_load(
    page: Page, server: str, site: BuiltSite
) -> None:
    first = cards_of(site)[0]
    assert first["stage"] != STAGE
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-flip").click()
    expect(page.locator("#fc-answer p").first).to_be_visible()
    page.route("**/answers/**", lambda route: route.abort())
    page.locator("#fc-stage").select_option(STAGE)
    page.locator("#fc-flip").click()
    expect(page.locator("#fc-answer")).to_have_text(re.compile("could not be loaded"))
    page.locator("#fc-stage").select_option("")  # back to the first card, whose answer had loaded
    expect(page.locator("#fc-question")).to_have_text(first["question"])
    page.locator("#fc-flip").click()
    expect(page.locator("#fc-answer p").first).to_be_visible()


def test_progress_exports_resets_and_imports_as_a_file(page: Page, server: str, tmp_path: Path) -> None:
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-card").focus()
    for key in ("3", "4", "1"):
        page.keyboard.press("Enter")
        page.keyboard.press(key)
    expect(page.locator("#fc-status")).to_contain_text("2 known")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    saved = tmp_path / "progress.json"
    download.value.save_as(saved)
    exported = json.loads(saved.read_text(encoding="utf-8"))
    assert (exported["app"], exported["version"], exported["settings"]) == (
        "mlops-study-guide",
        2,
        {"retention": 0.9},
    )
    assert sorted(record["known"] for record in exported["cards"].values()) == [False, True, True]
    assert sorted(record["grade"] for record in exported["cards"].values()) == [1, 3, 4]

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset progress").click()
    expect(page.locator("#fc-status")).to_contain_text("0 known")
    expect(page.locator("#fc-live")).to_contain_text("Progress reset")

    page.locator("#fc-import-file").set_input_files(saved)
    expect(page.locator("#fc-import-status")).to_contain_text("Imported progress for 3 cards")
    expect(page.locator("#fc-status")).to_contain_text("2 known")
    assert page.evaluate("window.studyStore.all()") == exported["cards"]


def test_an_export_of_the_leitner_version_imports(
    page: Page, server: str, site: BuiltSite, tmp_path: Path
) -> None:
    """A file that the Leitner version exported (its format: version 1, box/known/due per card)."""
    ids = [card["id"] for card in cards_of(site, STAGE)][:3]
    old = {
        "version": 1,
        "cards": {
            ids[0]: {"box": 2, "known": True, "due": 4102444800000, "reviewed": 4102358400000},
            ids[1]: {"box": 4, "known": True, "due": 4102444800000, "reviewed": 4101840000000},
            ids[2]: {"box": 1, "known": False, "due": 1700000000000, "reviewed": 1700000000000},
        },
        "app": "mlops-study-guide",
        "exported": "2026-11-30T10:00:00.000Z",
    }
    saved = tmp_path / "mlops-study-progress-2026-11-30.json"
    saved.write_text(json.dumps(old, indent=1), encoding="utf-8")
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-import-file").set_input_files(saved)
    expect(page.locator("#fc-import-status")).to_contain_text("Imported progress for 3 cards")
    page.locator("#fc-stage").select_option(STAGE)
    expect(page.locator("#fc-status")).to_contain_text("2 known")
    records = page.evaluate("ids => ids.map((id) => window.studyStore.get(id))", ids)
    assert [(r["state"], r["stability"]) for r in records[:2]] == [(2, 1), (2, 7)]
    assert records[2]["state"] == 1


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
    # The app starts once cards.js has loaded and run: on a busy machine, when it was every card with
    # its answer (~1.7 MB), that took more than the default 5 s.
    expect(page.locator("#fc-stage")).to_have_value(STAGE, timeout=30_000)
    # FSRS scheduled the three grades given on the stage page: Good waits 10 minutes, Again one.
    expect(page.locator("#fc-position")).to_have_text(f"Card 1 of {total - 3}")

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
    # The guid column holds the oldest id a card had, so a reworded question updates its old note.
    by_guid = {row[3]: row for row in rows}
    assert set(by_guid) == {card.get("guid") or card["id"] for card in cards}
    coded = next(card for card in cards if "<pre" in card["answer_html"])
    _front, back, tags, _ = by_guid[coded.get("guid") or coded["id"]]
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
    browser: Browser, server: str, site: BuiltSite, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(server + "flashcards/", wait_until="networkidle")
        page.locator("#fc-card").focus()
        page.keyboard.press("Enter")
        page.keyboard.press("3")
        page.keyboard.press("Enter")  # the answer side, with its links, code and tables
        expect(page.locator("#fc-answer")).to_be_visible()
        assert axe_violations(page) == []
        page.locator("#fc-stage").select_option(STAGE)
        page.locator("#fc-card").focus()
        for _ in range(len(cards_of(site, STAGE))):
            page.keyboard.press("Enter")
            page.keyboard.press("1")
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


def test_progress_charts_show_the_forecast_stages_and_history_with_tables(
    page: Page, server: str, site: BuiltSite
) -> None:
    total = len(cards_of(site))
    page.clock.install(time="2030-01-01T09:00:00Z")
    page.goto(server + "flashcards/", wait_until="networkidle")
    page.locator("#fc-card").focus()
    for key in ("4", "4", "1", "3"):  # two Easy (due in days), one Again, one Good (due today)
        page.keyboard.press("Enter")
        page.keyboard.press(key)
    for chart in ("forecast", "stages", "history"):
        svg = page.locator(f"#chart-{chart} svg")
        expect(svg).to_have_attribute("role", "img")
        assert svg.locator("title").text_content()
        expect(svg.locator("desc")).not_to_have_text("Nothing to show yet.")
    records = page.evaluate("Object.values(window.studyStore.all())")
    easy_days = sorted({round((r["due"] - r["reviewed"]) / 864e5) for r in records if r["grade"] == 4})
    forecast = page.locator("#chart-forecast tbody tr")
    page.locator("#chart-forecast summary").click()
    expect(forecast.first).to_have_text(re.compile(r"^Today\s*2$"))  # Again and Good fall due today
    assert forecast.count() == 1 + len(easy_days)
    expect(page.locator("#chart-forecast desc")).to_contain_text(
        "4 reviews fall due in the next 30 days: 2 today"
    )
    expect(page.locator("#chart-forecast svg rect")).to_have_count(forecast.count())
    expect(page.locator("#chart-stages desc")).to_have_text(
        f"Of {total} cards, 2 are known (in review), 2 are being learnt and {total - 4} are new."
        " Per stage, the table lists the numbers."
    )
    page.locator("#chart-stages summary").click()
    expect(page.locator("#chart-stages tbody tr").first).to_have_text(
        re.compile(r"^Foundations\s*2\s*2\s*\d+$")
    )
    expect(page.locator("#chart-history desc")).to_have_text(
        "4 reviews in the last 30 days, 1 of them graded Again; 4 today."
    )

    page.clock.fast_forward("02:00")  # the Again card is due again; the Good one waits 10 minutes
    page.goto(server, wait_until="networkidle")  # summarised on the home page
    expect(page.locator(".study-summary")).to_have_text(
        f"Your progress: 3 of {total} cards known, 1 being learnt; 1 due now; 4 reviews in the last 7 days."
    )
