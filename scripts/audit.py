"""Audit the built site: Lighthouse scores against the budget, and html-validate over every page.

``make audit`` runs this. It builds the site with ``--strict`` into a temporary folder, serves that
folder on 127.0.0.1 (a free port, a server in this process that it stops itself), and then:

1. Runs html-validate (``.htmlvalidate.mjs``) over every HTML file of the build and lists each error.
2. Runs Lighthouse against Debian's Chromium, in mobile and desktop modes, on the home page, a stage
   page, the glossary and the flashcards page, and prints the four category scores and the bytes
   each page transferred.
3. Checks that no request left the site's origin: the guide must work offline.
4. Prints the size of the search index against the number of questions, what a stage page transfers
   without searching and once the reader has searched (the index loads only then), and, in the
   browser, the time from the first key typed into search to the first result: cold (the index loads
   on first use; the first results come from the quick index, search-worker.js) and warm.
5. The coding round: its index and first exercise page are audited by Lighthouse with the others
   (before Python loads, which only Run or Submit starts); then, in the browser, the time Python
   (Pyodide) takes to start on the first Run, and that first run's, with the bytes it fetched.

It exits 1 when any of these misses the budget: accessibility, best practices and SEO at 100 on
every page and mode; performance at 100 on desktop and at least 95 on mobile.

The server answers like GitHub Pages, where the site is published: text compressed with gzip,
``Cache-Control: max-age=600``, a directory without its slash redirected, and ``404.html`` for a
missing path. A plain ``http.server`` would send every file uncompressed, and Lighthouse would
measure a site nobody is served.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from playwright.sync_api import Browser, Request

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "node_modules" / ".bin"
HTMLVALIDATE_CONFIG = ROOT / ".htmlvalidate.mjs"
DEFAULT_CHROME = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
    " --disable-component-update --disable-sync --no-first-run"
)

# The pages audited (URL paths): the home page, a stage page, the glossary and the flashcards; the
# coding round's index and first exercise are added when the build has them (coding_pages).
PAGES = ("/", "/operations/monitoring/", "/glossary/", "/flashcards/")
MODES = ("mobile", "desktop")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# The budget: the lowest score (0-100) each category may have, per mode.
BUDGET: dict[str, dict[str, int]] = {
    "mobile": {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100},
    "desktop": {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100},
}


class AuditError(Exception):
    """A tool the audit runs failed; the message says which and where."""


# Command line ------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--site-dir", type=Path, help="audit this built site instead of building one")
    parser.add_argument(
        "--runs",
        type=int,
        default=5,
        help="Lighthouse runs per page and mode, the median reported (default 5: on this shared machine one "
        "run of the same build swings 5-10 points, and a median of 3 still moved by 3)",
    )
    parser.add_argument(
        "--pages",
        nargs="+",
        metavar="PATH",
        help="URL paths to audit (default: PAGES and the coding round's index and first exercise)",
    )
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES), help="default: both")
    parser.add_argument(
        "--skip",
        nargs="+",
        default=[],
        choices=["html", "lighthouse", "search", "coding"],
        help="checks to leave out",
    )
    parser.add_argument(
        "--keep",
        metavar="DIR",
        type=Path,
        help="keep the Lighthouse JSON reports (and the build) in this folder",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    missing = [tool for tool in ("lighthouse", "html-validate") if not (NODE_BIN / tool).exists()]
    if missing:
        print(f"audit: {', '.join(missing)} not installed: run `npm ci` in {ROOT}", file=sys.stderr)
        return 2

    with _workdir(args.keep) as workdir:
        try:
            site = args.site_dir or build_site(workdir / "site")
            pages = args.pages or [*PAGES, *coding_pages(site)]
            ok = True
            if "html" not in args.skip:
                ok &= validate_html(site)
            if "lighthouse" not in args.skip:
                ok &= run_lighthouse(site, pages, args.modes, args.runs, workdir)
            if "search" not in args.skip:
                measure_search(site, args.runs)
            if "coding" not in args.skip:
                measure_coding(site, args.runs)
        except (AuditError, subprocess.CalledProcessError) as error:
            print(f"audit: {error}", file=sys.stderr)
            return 2
    print("\naudit: " + ("every check is within budget" if ok else "FAILED: see above"))
    return 0 if ok else 1


@contextlib.contextmanager
def _workdir(keep: Path | None) -> Iterator[Path]:
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    path = Path(tempfile.mkdtemp(prefix="site-audit-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def build_site(site_dir: Path) -> Path:
    """``mkdocs build --strict`` into ``site_dir``; a failed build stops the audit."""
    print(f"audit: building the site into {site_dir}", flush=True)
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", os.fspath(site_dir)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return site_dir


# html-validate -----------------------------------------------------------------------------------


def validate_html(site: Path) -> bool:
    """Run html-validate over every page of ``site``; print each error, return whether there were none."""
    print("\n== html-validate", flush=True)
    result = subprocess.run(
        [
            os.fspath(NODE_BIN / "html-validate"),
            "--config",
            os.fspath(HTMLVALIDATE_CONFIG),
            "--formatter",
            "json",
            os.fspath(site),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        reports: list[dict[str, Any]] = json.loads(result.stdout or "[]")
    except json.JSONDecodeError:
        print(result.stdout + result.stderr, file=sys.stderr)
        return False
    errors = format_html_messages(reports, site)
    for line in errors:
        print(line)
    pages = len(list(site.rglob("*.html")))
    print(f"{len(errors)} error(s) in {pages} HTML files")
    return not errors and result.returncode == 0


def format_html_messages(reports: list[dict[str, Any]], site: Path) -> list[str]:
    """One ``path:line:column: rule: message`` line per error (severity 2), paths relative to ``site``."""
    lines = []
    for report in reports:
        path = Path(report["filePath"])
        shown = path.relative_to(site) if path.is_relative_to(site) else path
        for message in report["messages"]:
            if message.get("severity") == 2:
                lines.append(
                    f"{shown}:{message.get('line', 0)}:{message.get('column', 0)}: "
                    f"{message['ruleId']}: {message['message']}"
                )
    return lines


# A local server that answers like GitHub Pages ---------------------------------------------------


COMPRESSED_TYPES = ("text/", "application/json", "application/javascript", "image/svg+xml", "application/xml")


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip and a short cache, as GitHub Pages serves them."""

    extensions_map: ClassVar[dict[str, str]] = {  # type: ignore[misc]
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".xml": "application/xml",
        ".css": "text/css",
        ".html": "text/html",
    }
    gzipped: ClassVar[dict[Path, bytes]] = {}

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def _answer(self, *, with_body: bool) -> None:
        url_path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        target = Path(self.translate_path(url_path))
        if target.is_dir():
            if not url_path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", url_path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            target = target / "index.html"
        status = 200
        if not target.is_file():
            status, target = 404, Path(self.directory) / "404.html"
        body = target.read_bytes() if target.is_file() else b"Not found"
        content_type = self.guess_type(os.fspath(target))
        self.send_response(status)
        charset = "; charset=utf-8" if content_type.startswith("text/") else ""
        self.send_header("Content-Type", content_type + charset)
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        if content_type.startswith(COMPRESSED_TYPES) and "gzip" in self.headers.get("Accept-Encoding", ""):
            if target not in self.gzipped:
                self.gzipped[target] = gzip.compress(body, compresslevel=6)
            body = self.gzipped[target]
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: Lighthouse's requests would drown the report


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 at a free port for the ``with`` block; yield the base URL."""

    class Handler(PagesHandler):
        gzipped: ClassVar[dict[Path, bytes]] = {}

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=os.fspath(site), **kwargs)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="audit-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# Search ------------------------------------------------------------------------------------------


# Timestamps taken in the page, so that Playwright's own round trips stay out of the figures: each key
# pressed, and the frame after which the results list was drawn and settled (search-worker.js marks it
# aria-busy until it shows the answer to what is in the box), with the index that answered.
SEARCH_CLOCK = """
window.__keys = [];
window.__drawn = [];
window.__full = [];
addEventListener("keydown", () => window.__keys.push(performance.now()), true);
addEventListener("DOMContentLoaded", () => {
  const result = document.querySelector("[data-md-component=search-result]");
  new MutationObserver(() => {
    if (result.getAttribute("aria-busy") === "false" && result.querySelector(".md-search-result__item")) {
      const full = result.dataset.searchIndex !== "quick";  // a build without a quick index: full
      requestAnimationFrame((frame) => { window.__drawn.push(frame); if (full) window.__full.push(frame); });
    }
  }).observe(result, { attributes: true, attributeFilter: ["aria-busy"] });
});
"""
# From the first key to the first results drawn, from the last key to the results of the whole word, and
# from the first key to the first results of the full index (search-worker.js: the quick one answers first).
SEARCH_TIMES = """
() => {
  const first = window.__keys[0], last = window.__keys.at(-1);
  return [
    window.__drawn.find((t) => t > first) - first,
    window.__drawn.find((t) => t > last) - last,
    window.__full.find((t) => t > first) - first,
  ];
}
"""
# The full index answers the list (a build without a quick index: any list of results).
FULL_INDEX = """
(() => {
  const result = document.querySelector("[data-md-component=search-result]");
  const index = result.dataset.searchIndex;
  return index === "full" ||
    (index === undefined && result.getAttribute("aria-busy") === "false" && !!result.querySelector("li"));
})()
"""
# The page whose transfer is measured with and without searching: a stage page.
TRANSFER_PAGE = "/operations/monitoring/"
IDLE_MS = 3000  # long enough for anything a page would fetch once idle


def measure_search(site: Path, runs: int) -> None:
    """Print the index's size against the number of questions, what a page transfers with and without
    searching, and the median times from typing a word to its results, drawn."""
    from playwright.sync_api import sync_playwright

    raw = (site / "search" / "search_index.json").read_bytes()
    docs = json.loads(raw)["docs"]
    questions = sum("#q-" in doc["location"] for doc in docs)
    gzipped = len(gzip.compress(raw))
    per_question = f": {gzipped / questions / 1024:.2f} KiB gzipped per question" if questions else ""
    print(
        f"\n== Search\nsearch/search_index.json: {len(raw) / 1024:.0f} KiB, "
        f"{gzipped / 1024:.0f} KiB gzipped; {len(docs)} documents, {questions} of them questions"
        + per_question
    )
    labels = ("cold (index loads on first use)", "warm")
    timings: dict[str, list[tuple[float, float, float]]] = {label: [] for label in labels}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chrome_path(), args=CHROME_FLAGS.split()[1:])
        without, searching = page_transfer(browser, base + TRANSFER_PAGE)
        print(
            f"{TRANSFER_PAGE} transferred: {without / 1024:.0f} KiB without searching, "
            f"{searching / 1024:.0f} KiB once the reader has searched"
        )
        for _ in range(runs):
            page = browser.new_page()
            page.add_init_script(SEARCH_CLOCK)
            page.goto(base + "/", wait_until="load")
            for label, query in zip(labels, ("drift", "rollback"), strict=True):
                if label == "warm":  # the index fully built
                    page.wait_for_function(FULL_INDEX)
                search = page.locator(".md-search__input")
                search.click()
                search.press("Control+A")
                page.evaluate("window.__keys = []; window.__drawn = []; window.__full = []")
                search.press_sequentially(query)  # as fast as a key can follow a key
                page.wait_for_function("window.__full.some((t) => t > window.__keys.at(-1))")
                timings[label].append(page.evaluate(SEARCH_TIMES))
            page.close()
        browser.close()
    for label, values in timings.items():
        first, last, full = (statistics.median(value[i] for value in values) for i in range(3))
        print(
            f"typing to first result, {label}: {first:.0f} ms; last key to the word's results: "
            f"{last:.0f} ms; to the full index's first results: {full:.0f} ms (medians of {runs})"
        )


def page_transfer(browser: Browser, url: str) -> tuple[int, int]:
    """Bytes over the network (bodies as sent, gzipped, and headers) for ``url`` in a fresh context:
    once it has loaded and stayed idle, and once the reader has then searched."""
    context = browser.new_context()
    page = context.new_page()
    sizes: list[int] = []

    def count(request: Request) -> None:
        size = request.sizes()
        sizes.append(size["responseBodySize"] + size["responseHeadersSize"])

    page.on("requestfinished", count)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(IDLE_MS)
    without = sum(sizes)
    page.keyboard.press("/")
    page.locator(".md-search__input").press_sequentially("drift")
    page.wait_for_function(FULL_INDEX)
    page.wait_for_timeout(IDLE_MS)
    searching = sum(sizes)
    context.close()
    return without, searching


# The coding round --------------------------------------------------------------------------------


def coding_pages(site: Path) -> list[str]:
    """The coding round's index and its first exercise page (URL paths), when the build has them."""
    exercises = sorted(p.parent.name for p in (site / "coding").glob("*/index.html"))
    return ["/coding/", f"/coding/{exercises[0]}/"] if exercises else []


def measure_coding(site: Path, runs: int) -> None:
    """Print what Python costs the reader: the vendored bytes, and the median times, measured in the
    page (exercise.js's window.codingTimings), from the first Run to Python started and to the run's
    results, each in a fresh browser context (nothing cached)."""
    from playwright.sync_api import sync_playwright

    pages = coding_pages(site)
    if not pages:
        print("\n== Coding round: no exercise in the build")
        return
    pyodide = site / "javascripts" / "vendor" / "pyodide"
    raw = sum(f.stat().st_size for f in pyodide.iterdir())
    packed = sum(len(gzip.compress(f.read_bytes(), compresslevel=6)) for f in pyodide.iterdir())
    print(f"\n== Coding round\nPyodide as vendored: {raw / 1024:,.0f} KiB, {packed / 1024:,.0f} KiB gzipped")
    starts: list[float] = []
    first_runs: list[float] = []
    fetched: list[int] = []
    sizes: list[int] = []  # bytes of each response of the current run, the worker's too
    ready = "window.codingTimings && window.codingTimings.firstRun > 0"
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chrome_path(), args=CHROME_FLAGS.split()[1:])
        for _ in range(runs):
            context = browser.new_context()
            page = context.new_page()
            sizes.clear()
            page.on("response", lambda response: sizes.append(int(response.headers.get("content-length", 0))))
            page.goto(base + pages[1], wait_until="networkidle")
            before = sum(sizes)
            page.click("#cx-run")
            page.wait_for_function(ready, timeout=180_000)
            timings = page.evaluate("window.codingTimings")
            starts.append(timings["start"])
            first_runs.append(timings["firstRun"])
            fetched.append(sum(sizes) - before)
            context.close()
        browser.close()
    print(
        f"{pages[1]}: Python started in {statistics.median(starts) / 1000:.1f} s after the first Run "
        f"(fetching {statistics.median(fetched) / 1024:,.0f} KiB); the first run took "
        f"{statistics.median(first_runs):.0f} ms (medians of {runs})"
    )


# Lighthouse --------------------------------------------------------------------------------------


@dataclass
class Result:
    page: str
    mode: str
    scores: dict[str, int]  # category -> 0..100
    transferred: int  # bytes over the network for the page load
    offsite: list[str] = field(default_factory=list)  # requests that left the site's origin
    failing: dict[str, list[str]] = field(default_factory=dict)  # category -> audits that cost points


def run_lighthouse(site: Path, pages: list[str], modes: list[str], runs: int, workdir: Path) -> bool:
    """Audit each page in each mode; print the table and what missed the budget; return whether all passed."""
    results: list[Result] = []
    with serve(site) as base:
        print(f"\n== Lighthouse ({runs} run(s) each, median reported) on {base}", flush=True)
        for path in pages:
            if not page_exists(site, path):
                print(f"error: {path} is not in the build", file=sys.stderr)
                return False
            for mode in modes:
                reports = []
                for run in range(runs):
                    output = workdir / f"lighthouse-{slug(path)}-{mode}-{run + 1}.json"
                    lighthouse(base + path, mode, output)
                    reports.append(json.loads(output.read_text(encoding="utf-8")))
                result = median_result(path, mode, reports, base)
                scores = " ".join(f"{c}={result.scores[c]}" for c in CATEGORIES)
                print(f"  {path} {mode}: {scores}", flush=True)
                results.append(result)
    print()
    print(format_table(results))
    problems = budget_problems(results)
    for problem in problems:
        print(problem)
    return not problems


def page_exists(site: Path, path: str) -> bool:
    relative = path.strip("/")
    return (site / relative / "index.html").is_file() or (site / relative).is_file()


def slug(path: str) -> str:
    return path.strip("/").replace("/", "-") or "home"


def lighthouse(url: str, mode: str, output: Path) -> None:
    """One Lighthouse run, its JSON report written to ``output``."""
    command = [
        os.fspath(NODE_BIN / "lighthouse"),
        url,
        "--output=json",
        f"--output-path={output}",
        "--quiet",
        "--no-enable-error-reporting",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if mode == "desktop":
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": chrome_path()}
    result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if result.returncode != 0 or not output.is_file():
        raise AuditError(f"Lighthouse failed on {url} ({mode}), exit code {result.returncode}")


def chrome_path() -> str:
    """$CHROME_PATH, else Debian's Chromium, else the one Playwright installed (``make browser``)."""
    if os.environ.get("CHROME_PATH"):
        return os.environ["CHROME_PATH"]
    if os.path.exists(DEFAULT_CHROME):
        return DEFAULT_CHROME
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        return playwright.chromium.executable_path


def median_result(page: str, mode: str, reports: list[dict[str, Any]], base: str) -> Result:
    """The run with the median performance score stands for all (its other scores come with it)."""
    ranked = sorted(reports, key=lambda report: score(report, "performance"))
    report = ranked[(len(ranked) - 1) // 2]
    audits: dict[str, Any] = report["audits"]
    requests = audits.get("network-requests", {}).get("details", {}).get("items", [])
    return Result(
        page=page,
        mode=mode,
        scores={category: score(report, category) for category in CATEGORIES},
        transferred=int(audits["total-byte-weight"]["numericValue"]),
        offsite=offsite_requests([str(item["url"]) for item in requests], base),
        failing={category: losing_audits(report, category) for category in CATEGORIES},
    )


def score(report: dict[str, Any], category: str) -> int:
    value = report["categories"][category]["score"]
    return round(float(value) * 100) if value is not None else 0


def losing_audits(report: dict[str, Any], category: str) -> list[str]:
    """The weighted audits of a category that did not score full marks, with what they measured."""
    audits: dict[str, Any] = report["audits"]
    losing = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
            shown = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
            losing.append(f"{ref['id']} {round(audit['score'] * 100)}{shown}")
    return losing


def offsite_requests(urls: list[str], base: str) -> list[str]:
    """Requests to any origin but the site's own (data: and blob: URLs never leave the page)."""
    origin = urllib.parse.urlsplit(base)
    offsite = []
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme in ("data", "blob"):
            continue
        if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
            offsite.append(url)
    return offsite


def format_table(results: list[Result]) -> str:
    headers = ["page", "mode", *CATEGORIES, "transferred"]
    rows = [
        [r.page, r.mode, *(str(r.scores[c]) for c in CATEGORIES), f"{r.transferred / 1024:,.0f} KiB"]
        for r in results
    ]
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    separator = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([line(headers), separator, *(line(row) for row in rows)])


def budget_problems(results: list[Result]) -> list[str]:
    """A line for each score under its budget (with the audits that cost it) and each offsite request."""
    problems = []
    for r in results:
        for category in CATEGORIES:
            floor = BUDGET[r.mode][category]
            if r.scores[category] < floor:
                problems.append(
                    f"over budget: {r.page} {r.mode} {category} {r.scores[category]} < {floor}: "
                    + ("; ".join(r.failing[category]) or "no single audit named")
                )
        problems.extend(f"offsite request: {r.page} {r.mode} requested {url}" for url in r.offsite)
    return problems


if __name__ == "__main__":
    sys.exit(main())
