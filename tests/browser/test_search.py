"""Search quality in the browser, as the reader sees it.

Each query is typed key by key into Material's search box, and the test reads the results list that
Material draws (``.md-search-result``), which overrides/partials/search-worker.js marks aria-busy
until it shows the answer to what is in the box. Material shows one result per page: the page, the
sections that share its best score, and the others folded under "more on this page".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from bs4 import BeautifulSoup
    from playwright.sync_api import Browser, Page
    from sitebuild import BuiltSite

pytestmark = pytest.mark.browser

# Each result drawn, as site-relative locations: the page, then the sections shown without unfolding.
SHOWN = """
(list) => [...list.querySelectorAll(":scope > .md-search-result__item")].map((item) =>
  [...item.querySelectorAll(":scope > a.md-search-result__link")].map((link) => {
    const url = new URL(link.href);
    return url.pathname.slice(new URL(document.baseURI).pathname.length) + url.hash;
  }))
"""
SETTLED = "document.querySelector('[data-md-component=search-result]').getAttribute('aria-busy') === 'false'"


@pytest.fixture(scope="module")
def search(browser: Browser, server: str) -> Iterator[Page]:
    page = browser.new_page()
    page.set_default_timeout(30_000)  # a busy 2-core machine
    page.goto(server, wait_until="load")
    page.keyboard.press("/")
    yield page
    page.close()


def _shown(search: Page, query: str) -> list[list[str]]:
    """Type ``query`` over what the box holds, key by key; the results drawn once they settle."""
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


def test_the_index_loads_on_its_own_once_the_page_is_idle(page: Page, server: str) -> None:
    with page.expect_request(
        lambda request: request.url.endswith("search/search_index.json"), timeout=15_000
    ):
        page.goto(server, wait_until="load")
