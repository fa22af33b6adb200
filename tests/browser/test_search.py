"""Search in the browser, as the reader sees it.

Each query is typed key by key into Material's search box, and the test reads the results list that
Material draws (``.md-search-result``), which overrides/partials/search-worker.js marks aria-busy
until it shows the answer to what is in the box, and data-search-index "full" once the full index
(answers' words included) answers. Material shows one result per page: the page, the sections and
questions that share its best score, and the others folded under "more on this page".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import expect

if TYPE_CHECKING:
    from collections.abc import Iterator

    from bs4 import BeautifulSoup
    from playwright.sync_api import Browser, ConsoleMessage, Page
    from sitebuild import BuiltSite

pytestmark = pytest.mark.browser
QUERIES = Path(__file__).with_name("search_queries.json")

# Each result drawn, as site-relative locations: the page, then the sections shown without unfolding.
SHOWN = """
(list) => [...list.querySelectorAll(":scope > .md-search-result__item")].map((item) =>
  [...item.querySelectorAll(":scope > a.md-search-result__link")].map((link) => {
    const url = new URL(link.href);
    return url.pathname.slice(new URL(document.baseURI).pathname.length) + url.hash;
  }))
"""
SETTLED = """(() => {
  const result = document.querySelector("[data-md-component=search-result]");
  return result.getAttribute("aria-busy") === "false" && result.dataset.searchIndex === "full";
})()"""


@pytest.fixture(scope="module")
def search(browser: Browser, server: str) -> Iterator[Page]:
    page = browser.new_page()
    page.set_default_timeout(30_000)  # a busy 2-core machine
    page.goto(server, wait_until="load")
    page.keyboard.press("/")
    yield page
    page.close()


def _shown(search: Page, query: str) -> list[list[str]]:
    """Type ``query`` over what the box holds, key by key; the results drawn once the full index's
    answer has settled."""
    box = search.locator(".md-search__input")
    box.focus()
    box.press("ControlOrMeta+a")  # the first key typed replaces it, as a reader retypes
    box.press_sequentially(query, delay=5)
    search.wait_for_function(SETTLED)
    assert box.input_value() == query
    shown: list[list[str]] = search.locator(".md-search-result__list").evaluate(SHOWN)
    return shown


@dataclass(frozen=True)
class Term:
    name: str
    aliases: tuple[str, ...]
    entry: str  # its glossary section, glossary/#slug
    questions: frozenset[str]  # the sections that hold its defining questions, page/#heading


def _glossary_terms(site: BuiltSite) -> list[Term]:
    """Every entry of the built glossary, with its aliases and where its questions are."""
    glossary = site.html("glossary/")
    pages: dict[str, BeautifulSoup] = {}
    terms = []
    for heading in glossary.select("article h3[id]"):
        name = heading.get_text().removesuffix("¶").strip()
        following = heading.find_next_sibling()
        also = following.select("a[id]") if following is not None and following.name == "p" else []
        meta = heading.find_next_sibling(class_="glossary-meta")
        assert meta is not None, name
        defined = meta.select_one("li")
        assert defined is not None, name
        questions = set()
        for link in defined.select("a[href*='#q-']"):
            url, qid = str(link["href"]).removeprefix("../").split("#")
            question = pages.setdefault(url, site.html(url)).find(id=qid)
            assert question is not None, f"{name}: {url}#{qid}"
            section = question.find_previous(["h1", "h2", "h3", "h4", "h5", "h6"], id=True)
            questions.add(f"{url}#{section['id']}" if section is not None else url)
        entry = f"glossary/#{heading['id']}"
        terms.append(Term(name, tuple(a.get_text() for a in also), entry, frozenset(questions)))
    return terms


def test_every_glossary_term_and_alias_typed_shows_its_entry_or_question_first(
    search: Page, site: BuiltSite
) -> None:
    terms = _glossary_terms(site)
    assert len(terms) >= 100
    assert sum(len(term.aliases) for term in terms) >= 30
    misses = []
    for term in terms:
        for query in (term.name, *term.aliases):
            shown = _shown(search, query)
            assert shown, query
            # What the reader sees first: the first result's best section (or the page, if none).
            first = next((location for location in shown[0] if "#" in location), shown[0][0])
            if first != term.entry and first not in term.questions:
                misses.append(f"{query}: {first}, wanted {term.entry} or one of {sorted(term.questions)}")
    assert misses == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("CI/CD", "glossary/#ci-cd-pipeline"),
        ("CI", "operations/cicd/"),
        ("MLflow", "glossary/#mlflow"),
        ("A/B testing", "glossary/#a-b-testing"),
        ("blue-green", "glossary/#blue-green-deployment"),
        ("blue green deployment", "glossary/#blue-green-deployment"),
        ("Kolmogorov-Smirnov", "glossary/#kolmogorov-smirnov-test"),
        ("Smirnov", "glossary/#kolmogorov-smirnov-test"),
        ("K-fold", "glossary/#k-fold-cross-validation"),
        ("ROC-AUC", "glossary/#roc-auc"),
        ("AUC", "glossary/#roc-auc"),
    ],
)
def test_compound_terms_are_found_whole_and_by_their_parts(search: Page, query: str, expected: str) -> None:
    top = _shown(search, query)[:3]
    assert any(location.startswith(expected) for result in top for location in result), top


def test_the_index_loads_when_the_reader_reaches_for_search_not_as_the_page_starts(
    page: Page, server: str
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server + "models/training/", wait_until="load")
    assert not [url for url in requested if url.endswith("search_index.json")]
    with page.expect_request(lambda request: request.url.endswith("search/search_index.json")):
        page.keyboard.press("/")
    page.locator(".md-search__input").press_sequentially("overfitting")
    page.locator(".md-search-result__item").first.wait_for()


def test_a_reader_who_never_searches_never_downloads_the_index(page: Page, server: str) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server + "operations/monitoring/", wait_until="networkidle")
    page.wait_for_timeout(3000)  # idle: no prefetch
    page.locator("a.md-footer__link--next").click()  # instant navigation to the next page
    # Under load Material's section tracking may write the old scroll position's anchor in: any is fine.
    page.wait_for_url(re.compile(r"/systems/design/(#[\w-]*)?$"))
    page.wait_for_timeout(1000)
    assert not [url for url in requested if "search_index" in url]


@pytest.mark.parametrize("query", ["?q=drift", "?h=drift"])
def test_a_page_opened_with_a_query_or_from_a_search_result_loads_the_index(
    page: Page, server: str, query: str
) -> None:
    with page.expect_request(lambda request: request.url.endswith("search/search_index.json")):
        page.goto(server + "operations/monitoring/" + query, wait_until="load")


def test_a_press_on_the_search_button_loads_the_index_before_the_click_ends(page: Page, server: str) -> None:
    page.set_viewport_size({"width": 400, "height": 800})  # the search box folds into a button
    page.goto(server + "models/training/", wait_until="load")
    with page.expect_request(lambda request: request.url.endswith("search/search_index.json")):
        page.locator("label.md-header__button[for='__search']").dispatch_event("pointerdown")


# Every question its own result ------------------------------------------------------------------


def _first_three(shown: list[list[str]]) -> list[str]:
    """The first three results the reader sees: each page's shown sections and questions (the page
    itself when it shows none)."""
    return [location for result in shown for location in (result[1:] or result[:1])][:3]


def test_a_question_typed_as_a_candidate_types_it_is_among_the_first_three_results(
    search: Page, site: BuiltSite
) -> None:
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]
    assert len(queries) >= 60
    questions = {doc["location"] for doc in site.search_index()["docs"] if "#q-" in doc["location"]}
    stages = {location.split("#")[0] for location in questions}
    assert {query["question"].split("#")[0] for query in queries} == stages, "a query from every stage"
    misses = []
    for query in queries:
        assert 2 <= len(query["query"].split()) <= 4, query
        assert query["question"] in questions, (
            f"{query['question']} is no longer a question: reword the query"
        )
        first = _first_three(_shown(search, query["query"]))
        if query["question"] not in first:
            misses.append(f"{query['query']}: {first}, wanted {query['question']}")
    assert misses == []


@pytest.mark.parametrize("query", ["4", "400", "2026", "area under"])
def test_numbers_and_words_after_them_find_results_lunr_does_not_lose_them(search: Page, query: str) -> None:
    """lunr 2.3.9 merged trie nodes whose keys collided where words hold digits, and then threw on any
    query starting such a word: "No matching documents" for "400" (glossary/lunr_fix.py)."""
    logged: list[str] = []

    def listener(message: ConsoleMessage) -> None:
        logged.append(message.text)

    search.on("console", listener)
    try:
        assert _shown(search, query), query
    finally:
        search.remove_listener("console", listener)
    assert not [text for text in logged if "Invalid query" in text]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Words only their answers hold: the quick index finds none of them.
        ("blameless postmortem", "operations/monitoring/#q-walk-through-an-incident-the-fraud-model"),
        ("parallelise fixtures", "operations/cicd/#q-ci-takes-50-minutes-and-engineers-skip-it"),
        ("prune reachable", "models/tuning/#q-a-nightly-tuning-job-uses-400-gpu-hours"),
    ],
)
def test_a_question_is_found_by_words_of_its_answer(search: Page, query: str, expected: str) -> None:
    first = _first_three(_shown(search, query))
    assert first[0].startswith(expected), first


def test_the_first_results_come_from_the_quick_index_and_the_full_index_then_answers_the_box(
    page: Page, server: str
) -> None:
    """Typed before the full index is in, a word only an answer holds finds nothing, then its question;
    whichever answered first, the full index answers last, with no more keys typed."""
    page.add_init_script(
        """addEventListener("DOMContentLoaded", () => {
             const result = document.querySelector("[data-md-component=search-result]");
             window.__answeredBy = [];
             new MutationObserver(() => window.__answeredBy.push(result.dataset.searchIndex))
               .observe(result, { attributes: true, attributeFilter: ["data-search-index"] });
           });"""
    )
    page.goto(server + "models/training/", wait_until="load")
    page.keyboard.press("/")
    page.locator(".md-search__input").press_sequentially("postmortem")  # no more keys after this
    page.wait_for_function(SETTLED)
    links = page.locator(".md-search-result__link[href*='#q-walk-through-an-incident']")
    expect(links.first).to_be_attached()
    answered_by = page.evaluate("window.__answeredBy")
    assert answered_by[-1] == "full"
    assert "quick" not in answered_by[answered_by.index("full") :], "the quick index never answers again"


QUESTION = (
    "q-how-much-gpu-memory-does-training-a-7b-parameter-model-with-adam-in-mixed-precision-need-and-what-"
    "does-zero-3-over-8-gpus-leave-per-gpu"
)
OPENED = """(id) => {
  const block = document.getElementById(id);
  const marks = [...block.querySelectorAll(":scope > :not(summary) mark[data-md-highlight]")];
  return { open: block.open, marked: marks.map((mark) => mark.textContent.toLowerCase()) };
}"""


def _choose_result(page: Page, query: str, qid: str) -> None:
    page.keyboard.press("/")
    page.locator(".md-search__input").press_sequentially(query)
    page.wait_for_function(SETTLED)
    result = page.locator(f".md-search-result__link[href*='#{qid}']").first
    expect(result.locator("h2")).not_to_be_empty()  # the question, as its title
    expect(result).to_contain_text(re.compile(r"(Fundamental|Intermediate|Advanced) · \w+ — "))
    page.evaluate("window.__beforeTheResult = true")  # gone if the result loads a new document
    result.click()
    page.wait_for_function(f"location.hash === '#{qid}'")


def _landed(page: Page, qid: str) -> None:
    """The question is on screen with its answer open and the words typed marked in the answer."""
    expect(page.locator(f"[id='{qid}']")).to_have_attribute("open", "")
    expect(page.locator(f"[id='{qid}'] > :not(summary) mark[data-md-highlight]").first).to_be_visible()
    state = page.evaluate(OPENED, qid)
    assert {"gpu", "memory", "adam", "7b"} & set(state["marked"]), state


@pytest.mark.parametrize("start", ["", "models/training/"], ids=["another page", "the same page"])
def test_a_question_result_lands_on_the_question_open_with_the_words_marked(
    page: Page, server: str, start: str
) -> None:
    page.goto(server + start, wait_until="load")
    _choose_result(page, "GPU memory Adam 7B", QUESTION)
    assert page.evaluate("window.__beforeTheResult === true"), "instant navigation, not a page load"
    _landed(page, QUESTION)


def test_a_question_result_lands_open_and_marked_in_the_offline_edition(
    browser: Browser, offline_site: Path
) -> None:
    page = browser.new_page()
    try:
        page.goto((offline_site / "index.html").as_uri())
        _choose_result(page, "GPU memory Adam 7B", QUESTION)
        assert page.url.startswith("file:")
        assert "models/training.html?h=" in page.url
        _landed(page, QUESTION)
    finally:
        page.close()
