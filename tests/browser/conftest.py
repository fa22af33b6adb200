"""Playwright driving Debian's Chromium (or Playwright's own when that is missing)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

DEBIAN_CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DOCS = Path(__file__).resolve().parents[2] / "docs"


def site_urls() -> list[str]:
    """Every page of the site, as URLs relative to its root: the docs plus the generated pages."""
    urls = []
    for md in sorted(DOCS.rglob("*.md")):
        relative = md.relative_to(DOCS).with_suffix("")
        urls.append("" if relative.name == "index" else f"{relative.as_posix()}/")
    return [*urls, "glossary/", "flashcards/", "cheatsheet/"]


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = DEBIAN_CHROMIUM if os.path.exists(DEBIAN_CHROMIUM) else None
    browser = playwright.chromium.launch(executable_path=executable, args=FLAGS)
    yield browser
    browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, server: str) -> Page:
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page
