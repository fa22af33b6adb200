"""Playwright driving Debian's Chromium (or Playwright's own when that is missing)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from sitebuild import ROOT, build_site

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

DEBIAN_CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


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


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline edition, built as ``make offline`` does (OFFLINE=true), into a temporary folder."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("OFFLINE", "true")
        env.delenv("OFFLINE_ZIP", raising=False)
        built = build_site(
            ROOT / "mkdocs.yml", tmp_path_factory.mktemp("offline") / "mlops-study-guide-offline"
        )
    return built.path
