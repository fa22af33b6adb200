"""Every page in a real browser: loads cleanly, stays on its origin, passes axe-core in both schemes."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from axecheck import axe_violations
from sitebuild import site_urls

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("url", site_urls())
def test_page_loads_without_console_errors_or_foreign_requests(page: Page, server: str, url: str) -> None:
    errors: list[str] = []
    foreign: list[str] = []
    origin = urlsplit(server).netloc

    def record(request: Request) -> None:
        if urlsplit(request.url).netloc not in (origin, "") and not request.url.startswith("data:"):
            foreign.append(request.url)

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", record)
    response = page.goto(server + url, wait_until="networkidle")
    assert response is not None
    assert response.ok
    assert page.locator("article h1").count() == 1
    assert errors == []
    assert foreign == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("url", site_urls())
def test_axe_finds_no_violations(browser: Browser, server: str, url: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(server + url, wait_until="networkidle")
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected
        assert axe_violations(page) == []
    finally:
        context.close()


def test_axe_finds_no_violations_with_answers_open_and_search_showing(
    context: BrowserContext, server: str
) -> None:
    page = context.new_page()
    page.goto(server + "operations/monitoring/", wait_until="networkidle")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").press_sequentially("drift")
    page.locator(".md-search-result__item").first.wait_for()
    assert axe_violations(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_with_a_term_tooltip_showing(
    browser: Browser, server: str, scheme: str
) -> None:
    """docs/javascripts/tooltips.js adds the tooltip and points the link's aria-describedby at it."""
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})  # type: ignore[arg-type]
    try:
        page = context.new_page()
        page.goto(server + "operations/monitoring/", wait_until="networkidle")
        link = page.locator("article a.glossary-link").first
        link.focus()
        tooltip = page.locator(".md-tooltip2--active[role=tooltip]")
        tooltip.wait_for()
        page.wait_for_function("getComputedStyle(document.querySelector('.md-tooltip2')).opacity === '1'")
        assert link.get_attribute("aria-describedby") == tooltip.get_attribute("id")
        assert axe_violations(page) == []
    finally:
        context.close()
