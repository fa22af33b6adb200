"""The coding round as a reader uses it, in Chromium: Python (Pyodide) starts only when code first runs;
a correct solution passes and counts as solved, a wrong one fails with its message, an endless loop is
stopped while the page stays usable; the whole exercise by keyboard alone; axe clean in both schemes;
the mock interview ending with an exercise; and, opened from disk, the page points to the local way.

Pyodide's start in headless Chromium takes seconds, more on a busy machine: the waits are generous.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from axecheck import axe_violations
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sitebuild import build_site

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
PYTHON_STARTS = 150_000  # ms: Pyodide's first start, on a machine other jobs keep busy
RUN = 30_000  # ms: a run once Python is up (the page stops one after 10 s)
EDITOR = "#coding-app .cm-content"

# window.studyStore.coding as storage.js documents it (get / record), for a storage.js that does not
# have it yet: the page is then tested against the same contract. The real one, when there, is used.
CODING_STORE = """
(() => {
  let store;
  const KEY = "test:coding";
  const stub = {
    get: (slug) => (JSON.parse(localStorage.getItem(KEY) || "{}"))[slug] || null,
    record(slug, { passed, code }) {
      const all = JSON.parse(localStorage.getItem(KEY) || "{}");
      const previous = all[slug] || { status: "attempted", attempts: 0 };
      all[slug] = { status: passed || previous.status === "solved" ? "solved" : "attempted",
        attempts: previous.attempts + 1, code,
        solvedAt: previous.solvedAt || (passed ? Date.now() : undefined) };
      localStorage.setItem(KEY, JSON.stringify(all));
      return all[slug];
    },
  };
  Object.defineProperty(window, "studyStore", {
    configurable: true,
    get: () => store,
    set: (value) => { store = value; if (value && !value.coding) value.coding = stub; },
  });
})();
"""


def _exercise() -> tuple[str, dict[str, object], Path]:
    """An exercise of exercises/: PSI when it is there, else the first; its config and folder."""
    folders = sorted(p for p in EXERCISES.iterdir() if (p / "exercise.toml").is_file())
    folder = next((p for p in folders if p.name == "psi-fixed-bins"), folders[0])
    return folder.name, tomllib.loads((folder / "exercise.toml").read_text(encoding="utf-8")), folder


SLUG, CONFIG, FOLDER = _exercise()
DIVIDES_BY_ZERO = (
    f"def {CONFIG['function']}(*args, **kwargs):\n    return helper()\n\n\ndef helper():\n    return 1 / 0\n"
)


@pytest.fixture
def coding_page(context: BrowserContext, server: str) -> Iterator[Page]:
    context.add_init_script(CODING_STORE)
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{server}coding/{SLUG}/", wait_until="networkidle")
    expect(page.locator("#coding-app")).to_have_attribute("data-state", "ready")
    yield page
    assert errors == []


def _paste(page: Page, code: str) -> None:
    """Replace the editor's text, as a paste does (no auto-indentation of typed lines). The page's
    first pointer move loads CodeMirror in place of the text area."""
    page.mouse.move(10, 10)
    page.locator(EDITOR).click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(code)


def _source(name: str) -> str:
    return (FOLDER / name).read_text(encoding="utf-8")


def test_python_loads_only_when_the_reader_first_runs_code(coding_page: Page, server: str) -> None:
    page = coding_page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for url in ("", "operations/monitoring/", "coding/", "mock-interview/", f"coding/{SLUG}/"):
        page.goto(server + url, wait_until="networkidle")
        loaded = page.evaluate("performance.getEntriesByType('resource').map((e) => e.name)")
        assert not [u for u in loaded if "pyodide" in u or "runner" in u], url
        assert not [u for u in loaded if "codemirror" in u], url  # not even the editor, yet
    assert not [u for u in requested if "pyodide" in u]
    # The reader's first move brings the editor, which takes the text area's place and text.
    starter = page.locator("#cx-code").input_value()
    expect(page.locator("#cx-code")).to_be_visible()
    page.mouse.move(200, 200)
    expect(page.locator(EDITOR)).to_be_visible()
    expect(page.locator("#cx-code")).to_be_hidden()
    lines = [line for line in page.locator(EDITOR).inner_text().splitlines() if line.strip()]
    assert lines == [line for line in starter.splitlines() if line.strip()]
    assert page.locator("#coding-app").get_attribute("data-editor") == "codemirror"
    expect(page.locator("#cx-status")).to_contain_text("Python loads the first time you run your code")
    page.click("#cx-run")
    expect(page.locator("#cx-summary")).not_to_be_empty(timeout=PYTHON_STARTS)
    assert [u for u in requested if u.endswith("pyodide.asm.wasm")]
    assert [u for u in requested if u.endswith("python_stdlib.zip")]
    assert all(u.startswith(server) for u in requested)  # Python comes from the site itself
    timings = page.evaluate("window.codingTimings")
    assert timings["start"] > 0
    assert timings["firstRun"] > 0


def test_a_correct_solution_passes_and_a_wrong_one_fails_with_its_message(coding_page: Page) -> None:
    page = coding_page
    summary = page.locator("#cx-summary")
    _paste(page, _source("solution.py"))
    page.click("#cx-run")
    expect(summary).to_have_text("Both examples pass. Submit to run the hidden tests.", timeout=PYTHON_STARTS)
    expect(page.locator("#cx-tests .coding__test--passed")).to_have_count(2)
    page.click("#cx-submit")
    expect(summary).to_have_text(re.compile(r"^All \d+ tests passed: solved\.$"), timeout=RUN)
    expect(page.locator(".coding-meta [data-coding-status]")).to_have_text("solved (1 submission)")
    record = page.evaluate(f"window.studyStore.coding.get({SLUG!r})")
    assert (record["status"], record["attempts"]) == ("solved", 1)
    assert record["code"] == _source("solution.py")

    wrong = sorted(FOLDER.glob("wrong_*.py"))[0]
    _paste(page, wrong.read_text(encoding="utf-8"))
    page.click("#cx-submit")
    expect(summary).to_have_text(re.compile(r"^\d+ of \d+ tests passed, "), timeout=RUN)
    problems = page.locator("#cx-tests .coding__test--failed, #cx-tests .coding__test--error")
    assert problems.count() >= 1
    first = problems.first.inner_text()
    assert re.search(r"(failed|error) (example|hidden test) test_\w+", first)
    failed = page.locator("#cx-tests .coding__test--failed")
    if failed.count():  # an assertion's own readable message, as the exercise wrote it
        assert re.search(r": .*(returned|expected|raise|should|got)", failed.first.inner_text(), re.I)
    # Solved stays solved; the attempt is counted.
    expect(page.locator(".coding-meta [data-coding-status]")).to_have_text("solved (2 submissions)")

    # An error shows the traceback's frames in the reader's code.
    _paste(page, DIVIDES_BY_ZERO)
    page.click("#cx-run")
    traceback = page.locator("#cx-tests .coding__traceback").first
    expect(traceback).to_contain_text('File "solution.py", line 6, in helper', timeout=RUN)
    expect(traceback).to_contain_text("ZeroDivisionError: division by zero")
    assert "harness" not in traceback.inner_text()


def test_an_endless_loop_is_stopped_and_the_page_stays_usable(coding_page: Page) -> None:
    page = coding_page
    _paste(page, f"def {CONFIG['function']}(*args, **kwargs):\n    while True:\n        pass\n")
    page.click("#cx-run")
    expect(page.locator("#cx-status")).to_contain_text("Running the examples", timeout=PYTHON_STARTS)
    # While the loop runs in the worker, the page answers: a hint opens.
    page.click("#cx-hint")
    expect(page.locator("#cx-hints li").first).to_be_visible()
    expect(page.locator("#cx-summary")).to_have_text(
        re.compile(r"^Stopped: your code ran for more than 10 seconds"), timeout=RUN
    )
    assert page.locator("#coding-app").get_attribute("data-outcome") == "stopped"
    # A fresh Python runs the next attempt.
    _paste(page, _source("solution.py"))
    page.click("#cx-run")
    expect(page.locator("#cx-summary")).to_have_text(
        "Both examples pass. Submit to run the hidden tests.", timeout=PYTHON_STARTS
    )


def _tab_to(page: Page, selector: str, limit: int = 40, key: str = "Tab") -> None:
    for _ in range(limit):
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press(key)
    raise AssertionError(f"Tab never reached {selector}")


def test_an_exercise_by_keyboard_alone(coding_page: Page) -> None:
    page = coding_page
    _tab_to(page, f"#cx-code, {EDITOR}", limit=80)  # the text area, until CodeMirror replaces it
    expect(page.locator(EDITOR)).to_be_focused()  # the keys pressed so far loaded it; it took the focus
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    before = page.locator("#coding-app .cm-line").last.inner_text().strip("\n")  # an empty line is a <br>
    page.keyboard.press("Tab")  # Tab indents: the focus stays in the editor
    expect(page.locator(EDITOR)).to_be_focused()
    assert page.locator("#coding-app .cm-line").last.inner_text() == before + "    "
    page.keyboard.press("Control+A")
    page.keyboard.type(f"def {CONFIG['function']}(*args, **kwargs):\n")
    page.keyboard.type("return None")  # the editor indented the body itself
    expect(page.locator(EDITOR)).to_contain_text("    return None")
    # Escape, then Tab, leaves the editor for the next control.
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    expect(page.locator("#cx-run")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#cx-summary")).to_contain_text("0 of 2 examples passed", timeout=PYTHON_STARTS)
    page.keyboard.press("Tab")
    expect(page.locator("#cx-submit")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#cx-summary")).to_contain_text("tests passed", timeout=RUN)
    # The hints, one at a time, each read out as it takes the focus.
    hints = page.locator("#cx-hints li")
    for number in range(hints.count()):
        _tab_to(page, "#cx-hint")
        page.keyboard.press("Enter")
        expect(hints.nth(number)).to_be_visible()
        expect(hints.nth(number)).to_be_focused()
    expect(page.locator("#cx-hint")).to_be_hidden()
    # After a run, the reference solution is one button away.
    _tab_to(page, "#cx-reveal")
    expect(page.locator("#cx-reveal")).to_have_text("Show the reference solution")
    page.keyboard.press("Enter")
    expect(page.locator("#cx-solution")).to_be_visible()
    expect(page.locator("#cx-solution")).to_be_focused()
    # Back (Shift+Tab) to the editor's buttons: the starter code returns by keyboard.
    _tab_to(page, "#cx-reset", key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.locator(EDITOR)).to_contain_text("raise NotImplementedError")


def test_the_solution_stays_hidden_until_a_run_or_giving_up(coding_page: Page) -> None:
    page = coding_page
    expect(page.locator("#cx-solution")).to_be_hidden()
    expect(page.locator("#cx-reveal")).to_have_text("Give up and show the solution")
    page.click("#cx-reveal")
    expect(page.locator("#cx-solution")).to_be_visible()
    expect(page.locator("#cx-solution")).to_contain_text(str(CONFIG["function"]))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_the_coding_pages(browser: Browser, server: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(server + "coding/", wait_until="networkidle")
        assert axe_violations(page) == []
        page.goto(f"{server}coding/{SLUG}/", wait_until="networkidle")
        expect(page.locator("#coding-app")).to_have_attribute("data-state", "ready")
        assert axe_violations(page) == []  # as it loads: the editor and its colours, nothing run yet
        _paste(page, DIVIDES_BY_ZERO)
        page.click("#cx-run")
        expect(page.locator("#cx-summary")).not_to_be_empty(timeout=PYTHON_STARTS)
        page.click("#cx-hint")
        page.click("#cx-reveal")
        expect(page.locator("#cx-solution")).to_be_visible()
        page.locator(EDITOR).focus()  # the editor's focus ring, active line and selection drawn
        assert axe_violations(page) == []
    finally:
        context.close()


def test_the_mock_interview_ends_with_a_timed_exercise(context: BrowserContext, server: str) -> None:
    page = context.new_page()
    page.goto(server + "mock-interview/", wait_until="networkidle")
    page.select_option("#iv-count", "3")
    page.check("#iv-coding")
    page.click("#iv-start")
    for _ in range(3):
        page.click("#iv-reveal")
        page.click("#iv-next")
    app = page.locator("#interview-app")
    expect(app).to_have_attribute("data-state", "exercise")
    expect(page.locator("#iv-exercise-heading")).to_be_focused()
    expect(page.locator("#iv-exercise-meta")).to_have_text(re.compile(r" · about \d+ minutes$"))
    minutes = int(re.findall(r"about (\d+) minutes", page.locator("#iv-exercise-meta").inner_text())[0])
    expect(page.locator("#iv-exercise-timer")).to_have_text(
        re.compile(rf"^({minutes}:00|{minutes - 1}:5\d)$")
    )
    expect(page.locator("#iv-exercise-body p").first).to_be_visible()
    link = page.locator("#iv-exercise-link")
    href = link.get_attribute("href") or ""
    assert re.fullmatch(r"\.\./coding/[a-z0-9-]+/", href)
    title = page.locator("#iv-exercise-title").inner_text()
    page.click("#iv-exercise-done")
    expect(app).to_have_attribute("data-state", "summary")
    rows = page.locator("#iv-rows tr")
    expect(rows).to_have_count(4)
    expect(rows.nth(3).locator("td").nth(0)).to_have_text(f"Coding: {title}")
    expect(rows.nth(3).locator("td").nth(3)).to_have_text("not submitted")
    expect(page.locator("#iv-total")).to_contain_text("3 questions;")
    # The link opens the exercise's page.
    page.goto(server + href.removeprefix("../"))
    expect(page.locator("article h1")).to_contain_text(title)


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline edition, built as ``make offline`` does (OFFLINE=true)."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("OFFLINE", "true")
        env.delenv("OFFLINE_ZIP", raising=False)
        built = build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("offline") / "offline")
    return built.path


def test_from_disk_the_page_says_python_cannot_start_and_points_to_the_zip(
    browser: Browser, offline_site: Path
) -> None:
    assert not (offline_site / "javascripts" / "vendor" / "pyodide").exists()  # it could not start there
    assert (offline_site / "coding" / f"{SLUG}.zip").is_file()
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto((offline_site / "coding" / f"{SLUG}.html").as_uri())
        expect(page.locator("#coding-app")).to_have_attribute("data-state", "ready")
        status = page.locator("#cx-status")
        expect(status).to_contain_text("Python cannot start in a page opened from disk")
        expect(status).to_contain_text("download the exercise's zip")
        page.click("#cx-run")
        expect(status).to_contain_text("run pytest in its folder")
        zip_link = page.locator(f'article a[href="{SLUG}.zip"]')
        expect(zip_link).to_have_count(1)
    finally:
        context.close()
