"""Search quality with Material's own search worker, index and separator, in the browser.

The worker that Material starts is captured and sent each query exactly as the search box sends a
typed value, so the ranking is the one readers get. Material shows one result per page, listing the
sections that share the page's best score and folding the others under "more on this page"; the
tests read the results the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser, Page
    from sitebuild import BuiltSite

pytestmark = pytest.mark.browser

CAPTURE_WORKER = """
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(...args) {
    super(...args);
    window.__search = this;
    this.addEventListener("message", (event) => { if (event.data.type === 1) window.__searchReady = true; });
  }
};
"""

QUERY = """
(query) => new Promise((resolve) => {
  const worker = window.__search;
  const listen = (event) => {
    if (event.data.type !== 3) return;
    worker.removeEventListener("message", listen);
    // One result per page: its location, then the sections shown without unfolding.
    resolve(event.data.data.items.map((docs) => [
      docs.find((doc) => !doc.location.includes("#"))?.location ?? docs[0].location.split("#")[0],
      ...docs.filter((doc) => doc.score === docs[0].score).map((doc) => doc.location),
    ]));
  };
  worker.addEventListener("message", listen);
  worker.postMessage({ type: 2, data: query });
})
"""


@pytest.fixture(scope="module")
def search(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context()
    context.add_init_script(CAPTURE_WORKER)
    page = context.new_page()
    page.goto(server, wait_until="networkidle")
    page.wait_for_function("window.__searchReady === true")
    yield page
    context.close()


def _results(search: Page, query: str) -> list[list[str]]:
    """The results for ``query``, one per page: its URL, then the sections shown in it."""
    results: list[list[str]] = search.evaluate(QUERY, query)
    return results


def _glossary_terms(site: BuiltSite) -> list[tuple[str, str, set[str]]]:
    """(term, its glossary anchor, the pages whose questions define it) for every entry."""
    glossary = site.html("glossary/")
    terms = []
    for heading in glossary.select("article h3[id]"):
        name = heading.get_text().removesuffix("¶").strip()
        meta = heading.find_next_sibling(class_="glossary-meta")
        assert meta is not None, name
        defined = meta.select_one("li")
        assert defined is not None, name
        pages = {str(a["href"]).removeprefix("../").split("#")[0] for a in defined.select("a[href*='#q-']")}
        terms.append((name, f"glossary/#{heading['id']}", pages))
    return terms


def test_every_glossary_term_finds_its_entry_or_question_in_the_first_three(
    search: Page, site: BuiltSite
) -> None:
    terms = _glossary_terms(site)
    assert len(terms) >= 100
    misses = []
    for name, anchor, pages in terms:
        top = _results(search, name)[:3]
        if not any(anchor in result or result[0] in pages for result in top):
            misses.append(f"{name}: {top}")
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
    top = _results(search, query)[:3]
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
