"""A learner's progress is never lost: unreadable, newer or unsavable data, two tabs, reworded
questions, corrected answers and imports, in a real browser. Every test checks the bytes left in
storage afterwards, not only what the page says."""

from __future__ import annotations

import json
import re
import shutil
from typing import TYPE_CHECKING, Any

import pytest
from axecheck import axe_violations
from playwright.sync_api import Browser, Page, expect
from sitebuild import ROOT, BuiltSite, build_site, listening_socket, serve, url_of

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.browser
KEY = "mlops-study-guide:progress"
STAGE = "features/importance.md"
DAY_MS = 86_400_000


def stored(page: Page, key: str = KEY) -> str | None:
    value: str | None = page.evaluate("key => localStorage.getItem(key)", key)
    return value


def keys(page: Page) -> list[str]:
    found: list[str] = page.evaluate("Object.keys(localStorage)")
    return sorted(found)


def put(page: Page, value: str, key: str = KEY) -> None:
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [key, value])


def grade_first_card(page: Page, grade: str = "3") -> None:
    page.locator("#fc-card").focus()
    page.keyboard.press("Enter")
    page.keyboard.press(grade)


def fsrs_record(reviewed: int, **extra: Any) -> dict[str, Any]:
    """A card reviewed at ``reviewed`` (ms), due a year later: as the scheduler writes one."""
    return {
        "due": reviewed + 365 * DAY_MS,
        "stability": 30.0,
        "difficulty": 5.0,
        "state": 2,
        "step": 0,
        "reps": 3,
        "lapses": 0,
        "lastReview": reviewed,
        "scheduledDays": 365,
        "known": True,
        "grade": 3,
        "reviewed": reviewed,
        "history": [[reviewed, 3]],
        **extra,
    }


def first_ids(site: BuiltSite, count: int) -> list[str]:
    cards = json.loads((site.path / "cards.json").read_text(encoding="utf-8"))["cards"]
    return [card["id"] for card in cards if card["stage"] == STAGE][:count]


# Unreadable, newer and unsavable data ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ('{"version":2,"cards":{"features/importance.md#q-what', "not valid JSON"),
        ('{"version":2,"cards":[1,2,3]}', "has no cards"),
        ('"just a string"', "not a progress record"),
    ],
    ids=["cut-short", "cards-not-an-object", "not-a-record"],
)
def test_unreadable_progress_is_kept_aside_byte_for_byte_and_the_reader_told(
    page: Page, server: str, tmp_path: Path, raw: str, why: str
) -> None:
    page.goto(server)
    put(page, raw)
    page.goto(server + "flashcards/", wait_until="networkidle")
    notice = page.locator("#study-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("could not be read")
    expect(notice).to_contain_text(why)
    kept = [k for k in keys(page) if k.startswith(KEY + ":unreadable:")]
    assert len(kept) == 1
    assert stored(page, kept[0]) == raw
    with page.expect_download() as download:
        notice.get_by_role("button", name="Download a copy").click()
    saved = tmp_path / "copy.json"
    download.value.save_as(saved)
    assert saved.read_text(encoding="utf-8") == raw
    # The app carries on: a grade is saved, and the kept copy is untouched by it.
    grade_first_card(page)
    expect(page.locator("#fc-status")).to_contain_text("1 known")
    assert len(json.loads(stored(page) or "{}")["cards"]) == 1
    assert stored(page, kept[0]) == raw
    # Every page says so until the reader dismisses it; the copy stays after that.
    page.goto(server + STAGE.removesuffix(".md") + "/", wait_until="networkidle")
    expect(page.locator("#study-notice")).to_be_visible()
    page.get_by_role("button", name="Dismiss").click()
    expect(page.locator("#study-notice")).to_be_hidden()
    page.reload(wait_until="networkidle")
    expect(page.locator("#study-notice")).to_be_hidden()
    assert stored(page, kept[0]) == raw


def test_progress_from_a_newer_version_is_never_touched(page: Page, server: str, site: BuiltSite) -> None:
    newer = json.dumps({"version": 99, "cards": {first_ids(site, 1)[0]: {"whatever": "a later format"}}})
    page.goto(server)
    put(page, newer)
    page.goto(server + "flashcards/", wait_until="networkidle")
    expect(page.locator("#study-notice")).to_contain_text("newer version of this guide (format 99)")
    grade_first_card(page)  # works for this tab, in memory
    expect(page.locator("#fc-status")).to_contain_text("1 known")
    page.reload(wait_until="networkidle")
    assert stored(page) == newer
    assert [k for k in keys(page) if k.startswith(KEY)] == [KEY]


def test_a_full_storage_keeps_the_session_in_memory_and_says_so(
    page: Page, server: str, site: BuiltSite, tmp_path: Path
) -> None:
    before = json.dumps({"version": 2, "cards": {first_ids(site, 2)[1]: fsrs_record(1_700_000_000_000)}})
    page.goto(server)
    put(page, before)
    # From now on the browser refuses every write of progress, as a full quota does.
    page.add_init_script(
        "const set = Storage.prototype.setItem;"
        "Storage.prototype.setItem = function (key, value) {"
        "  if (String(key).startsWith('mlops-study-guide:progress'))"
        "    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');"
        "  return set.call(this, key, value); };"
    )
    page.goto(server + "flashcards/", wait_until="networkidle")
    expect(page.locator("#study-notice")).to_be_hidden()  # nothing failed yet
    page.locator("#fc-due").uncheck()
    grade_first_card(page, "4")
    notice = page.locator("#study-notice")
    expect(notice).to_contain_text("not being saved")
    expect(notice).to_contain_text("QuotaExceededError")
    expect(page.locator("#fc-status")).to_contain_text("2 known")  # the session goes on in memory
    with page.expect_download() as download:
        notice.get_by_role("button", name="Download a copy").click()
    saved = tmp_path / "export.json"
    download.value.save_as(saved)
    assert len(json.loads(saved.read_text(encoding="utf-8"))["cards"]) == 2
    assert stored(page) == before


def test_blocked_storage_raises_nothing_and_the_tools_work_in_memory(page: Page, server: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(
        "for (const name of ['localStorage', 'sessionStorage'])"
        "  Object.defineProperty(window, name, { get() {"
        "    throw new DOMException('The operation is insecure.', 'SecurityError'); } });"
    )
    page.goto(server + "flashcards/", wait_until="networkidle")
    expect(page.locator("#study-notice")).to_contain_text("not being saved")
    grade_first_card(page)
    expect(page.locator("#fc-status")).to_contain_text("1 known")
    page.goto(server + STAGE.removesuffix(".md") + "/", wait_until="networkidle")
    expect(page.locator("#study-notice")).to_be_visible()
    assert [e for e in errors if "localStorage" in e or "sessionStorage" in e or "insecure" in e] == []


def test_two_tabs_grading_at_once_keep_both_grades(context: BrowserContext, server: str) -> None:
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        tab.goto(server + "flashcards/", wait_until="networkidle")
    second.locator("#fc-next").click()  # the other tab is on another card
    grade_first_card(first)
    second.locator("#fc-card").focus()
    second.keyboard.press("Enter")
    second.keyboard.press("1")
    saved = json.loads(stored(first) or "{}")["cards"]
    assert sorted(record["grade"] for record in saved.values()) == [1, 3]


# Imports -------------------------------------------------------------------------------------------


def import_file(page: Page, path: Path) -> str:
    page.locator("#fc-import-file").set_input_files(path)
    status = page.locator("#fc-import-status")
    expect(status).not_to_be_empty()
    return status.inner_text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"app":"mlops-study-guide","version":2,"cards":{', "not valid JSON"),
        ('{"app":"mlops-study-guide","version":7,"cards":{}}', "newer version of this guide (format 7"),
        ('{"app":"someone-else","version":2,"cards":{}}', "another application"),
        ('{"app":"mlops-study-guide","version":2,"cards":{"a.md#q-x":{"box":9}}}', "cannot be read"),
        ('{"app":"mlops-study-guide","version":2}', "has no cards"),
    ],
    ids=["damaged", "newer", "foreign", "bad-record", "no-cards"],
)
def test_an_import_that_cannot_be_read_changes_nothing_and_says_why(
    page: Page, server: str, site: BuiltSite, tmp_path: Path, content: str, message: str
) -> None:
    before = json.dumps({"version": 2, "cards": {first_ids(site, 1)[0]: fsrs_record(1_700_000_000_000)}})
    page.goto(server)
    put(page, before)
    page.goto(server + "flashcards/", wait_until="networkidle")
    path = tmp_path / "progress.json"
    path.write_text(content, encoding="utf-8")
    text = import_file(page, path)
    assert message in text
    assert "nothing was imported" in text
    assert stored(page) == before


def test_a_very_large_import_is_refused_whole(
    page: Page, server: str, site: BuiltSite, tmp_path: Path
) -> None:
    ids = first_ids(site, 1)
    padding = {f"future/page.md#q-{n}": fsrs_record(1_700_000_000_000) for n in range(90_000)}
    path = tmp_path / "huge.json"
    path.write_text(
        json.dumps({"app": "mlops-study-guide", "version": 2, "cards": {ids[0]: fsrs_record(1), **padding}}),
        encoding="utf-8",
    )
    assert path.stat().st_size > 20 * 1024 * 1024
    page.goto(server + "flashcards/", wait_until="networkidle")
    before = stored(page)
    text = import_file(page, path)
    assert "larger than any progress file" in text
    assert "nothing was imported" in text
    assert stored(page) == before


def test_an_import_keeps_unknown_cards_and_twice_changes_nothing(
    page: Page, server: str, site: BuiltSite, tmp_path: Path
) -> None:
    ids = first_ids(site, 2)
    exported = {
        "app": "mlops-study-guide",
        "version": 2,
        "cards": {
            ids[0]: fsrs_record(1_700_000_000_000),
            ids[1]: fsrs_record(1_700_000_100_000),
            "a/page/from/a/later/guide.md#q-new": fsrs_record(1_700_000_200_000),
        },
        "coding": {
            "psi": {"status": "solved", "attempts": 2, "solvedAt": 1_700_000_300_000, "at": 1_700_000_300_000}
        },
        "notes": {ids[0]: "from the other laptop"},
        "quiz": {"version": 1, "stages": {STAGE: {"right": 4, "asked": 5}}, "items": {}},
    }
    path = tmp_path / "progress.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    page.goto(server)
    put(page, json.dumps({ids[0]: "written here"}), "mlops-study-guide:interview-notes")
    page.goto(server + "flashcards/", wait_until="networkidle")
    text = import_file(page, path)
    assert re.search(r"Imported progress for 3 cards: .*1 for questions this version .* does not have", text)
    notes = stored(page, "mlops-study-guide:interview-notes")
    assert json.loads(notes or "{}") == {ids[0]: "written here\n\nfrom the other laptop"}
    assert json.loads(stored(page, "mlops-study-guide:quiz") or "{}")["stages"] == {
        STAGE: {"right": 4, "asked": 5}
    }
    once = stored(page)
    saved = json.loads(once or "{}")
    assert saved["cards"] == exported["cards"]
    assert saved["coding"] == exported["coding"]
    page.locator("#fc-import-status").evaluate("node => { node.textContent = ''; }")
    import_file(page, path)
    assert stored(page) == once
    assert stored(page, "mlops-study-guide:interview-notes") == notes


# Reworded questions and corrected answers ----------------------------------------------------------


QUESTION = re.compile(r'^(?P<head>\?\?\? question [a-z]+ [a-z]+ ")(?P<title>[^"]+)"\n', re.M)


@pytest.fixture(scope="module")
def reworded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """The real site, with the last question of the stage reworded and its answer marked as changed;
    served on its own port. Yields its URL and the old and new card ids."""
    project = tmp_path_factory.mktemp("reworded")
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / folder, project / folder)
    for name in ("mkdocs.yml", "published-cards.txt"):
        shutil.copy(ROOT / name, project / name)
    page_file = project / "docs" / STAGE
    text = page_file.read_text(encoding="utf-8")
    last = list(QUESTION.finditer(text))[-1]
    title = last["title"]
    new_title = title.rstrip("?") + ", once more?"
    directive = (
        '    <!-- card: was="{old}" changed="2026-12-01" change="The verdict now weighs both methods" -->\n'
    )
    old_anchor = "q-" + re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    text = (
        text[: last.start()]
        + f'{last["head"]}{new_title}"\n'
        + directive.format(old=old_anchor)
        + text[last.end() :]
    )
    page_file.write_text(text, encoding="utf-8")
    sock = listening_socket()
    site = build_site(project / "mkdocs.yml", project / "site", site_url=url_of(sock))
    cards = json.loads((site.path / "cards.json").read_text(encoding="utf-8"))["cards"]
    new = next(card for card in cards if card["question"] == new_title)
    ids = {
        "old": f"{STAGE}#{old_anchor}",
        "new": new["id"],
        "guid": new["guid"],
        "change": new["change"],
        "title": new_title,
    }
    with serve(site.path, sock) as url:
        yield url, ids
    sock.close()


def test_progress_on_a_reworded_question_moves_to_its_new_id(
    reworded: tuple[str, dict[str, str]], page: Page, tmp_path: Path
) -> None:
    url, ids = reworded
    assert ids["new"] != ids["old"]
    assert ids["guid"] == ids["old"]
    record = fsrs_record(1_700_000_000_000)
    page.goto(url)
    put(page, json.dumps({"version": 2, "cards": {ids["old"]: record}}))
    page.goto(url + STAGE.removesuffix(".md") + "/", wait_until="networkidle")
    saved = json.loads(stored(page) or "{}")["cards"]
    assert list(saved) == [ids["new"]]
    assert saved[ids["new"]] == {**record, "movedFrom": ids["old"]}
    # An export made before the rewording is mapped on import too.
    put(page, json.dumps({"version": 2, "cards": {}}))
    path = tmp_path / "old-export.json"
    path.write_text(json.dumps({"app": "mlops-study-guide", "version": 2, "cards": {ids["old"]: record}}))
    page.goto(url + "flashcards/", wait_until="networkidle")
    assert "1 under questions reworded since" in import_file(page, path)
    assert list(json.loads(stored(page) or "{}")["cards"]) == [ids["new"]]


def test_a_card_studied_before_its_answer_changed_is_flagged_and_due(
    reworded: tuple[str, dict[str, str]], page: Page
) -> None:
    url, ids = reworded
    studied = fsrs_record(1_700_000_000_000)  # in 2023, before the change of 2026-12-01; due in 2024
    studied["due"] = 4_102_444_800_000  # not due until 2100, but for the change
    page.goto(url)
    put(page, json.dumps({"version": 2, "cards": {ids["new"]: studied}}))
    page.goto(url + "flashcards/#stage=" + STAGE, wait_until="networkidle")
    assert page.evaluate("id => window.studyStore.isDue(id)", ids["new"])
    page.locator("#fc-stage").select_option(STAGE)
    for _ in range(60):
        if page.locator("#fc-changed").is_visible():
            break
        page.locator("#fc-next").click()
    expect(page.locator("#fc-changed")).to_contain_text(f"Answer updated on 2026-12-01: {ids['change']}")
    # Reviewing it with the new answer clears the flag.
    page.locator("#fc-card").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("3")
    assert not page.evaluate("id => window.studyStore.changedSince(id)", ids["new"])
    page.goto(url + "changes/", wait_until="networkidle")
    entry = page.locator("article li", has=page.get_by_role("link", name=ids["title"]))
    expect(entry).to_contain_text(ids["change"])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_with_the_notice_showing(browser: Browser, server: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(server)
        put(page, "{not json")
        page.goto(server + "flashcards/", wait_until="networkidle")
        expect(page.locator("#study-notice")).to_be_visible()
        assert axe_violations(page) == []
        page.get_by_role("button", name="Dismiss").focus()
        page.keyboard.press("Enter")  # by keyboard too
        expect(page.locator("#study-notice")).to_be_hidden()
    finally:
        context.close()
