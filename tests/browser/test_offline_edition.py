"""The offline edition (``make offline``): opened straight from disk with the network cut off, search,
flashcards and self-test work; the web site publishes it as a zip linked from the home page."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Route, expect
from sitebuild import build_site

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
ZIP_NAME = "mlops-study-guide-offline.zip"


def test_the_offline_edition_works_from_disk_without_any_network(
    browser: Browser, offline_site: Path
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []

    def only_disk(route: Route) -> None:
        requests.append(route.request.url)
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", only_disk)
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto((offline_site / "index.html").as_uri())
        page.keyboard.press("/")
        page.locator(".md-search__input").press_sequentially("drift")
        expect(page.locator(".md-search-result__meta")).to_contain_text("matching")
        result = page.locator(".md-search-result__link").first
        expect(result).to_have_attribute("href", re.compile(r"\.html"))  # files, not directory URLs

        page.goto((offline_site / "flashcards.html").as_uri())
        expect(page.locator("#flashcards-app")).to_have_attribute("data-state", "front")
        page.keyboard.press("Space")
        # The answer's own paragraphs, from its stage's answer script loaded from disk.
        expect(page.locator("#fc-answer p").first).to_be_visible()
        page.keyboard.press("3")  # Good: FSRS, from the vendored ts-fsrs file, schedules it
        expect(page.locator("#fc-status")).to_contain_text("1 known")

        page.goto((offline_site / "quiz.html").as_uri())
        page.get_by_role("button", name="Start a quiz").click()
        page.keyboard.press("1")
        page.keyboard.press("Enter")
        expect(page.locator(".quiz__item:visible .quiz__feedback")).to_be_visible()

        page.goto((offline_site / "data" / "understanding.html").as_uri())
        expect(page.locator(".study-toolbar")).to_be_visible()
        page.locator("a.md-footer__link--next").click()  # plain links between files
        expect(page).to_have_url(re.compile(r"^file:.*data/preparation\.html"))
        expect(page.locator(".study-toolbar")).to_be_visible()
        assert [url for url in requests if not url.startswith(("file:", "data:", "blob:"))] == []
        assert errors == []
    finally:
        context.close()


def test_the_offline_edition_has_no_cdn_shim_and_no_directory_urls(offline_site: Path) -> None:
    index = (offline_site / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in index
    assert "iframe-worker-shim.js" in index
    assert (offline_site / "search" / "search_index.js").is_file()
    assert (offline_site / "flashcards.html").is_file()


def test_the_web_site_publishes_the_offline_zip_linked_from_the_home_page(
    offline_site: Path, tmp_path: Path, server: str, browser: Browser
) -> None:
    archive = tmp_path / ZIP_NAME
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in sorted(offline_site.rglob("*")):
            zipped.write(file, file.relative_to(offline_site.parent).as_posix())
    with pytest.MonkeyPatch.context() as env:
        env.setenv("OFFLINE_ZIP", str(archive))
        site = build_site(ROOT / "mkdocs.yml", tmp_path / "site")
    published = site.path / ZIP_NAME
    assert published.read_bytes() == archive.read_bytes()
    assert "mlops-study-guide-offline/index.html" in zipfile.ZipFile(published).namelist()

    # The served test site (built without OFFLINE_ZIP) links the same file; there it says how to get it.
    page = browser.new_page()
    try:
        page.goto(server, wait_until="networkidle")
        link = page.get_by_role("link", name="download the offline edition")
        expect(link).to_have_attribute("href", re.compile(f"(^|/){re.escape(ZIP_NAME)}$"))
        with page.expect_download() as download:
            link.click()
        saved = tmp_path / "placeholder.zip"
        download.value.save_as(saved)
        assert "make offline" in zipfile.ZipFile(saved).read("README.txt").decode()
    finally:
        page.close()
