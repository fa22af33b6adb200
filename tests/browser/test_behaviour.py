"""What a reader does: search, switch to dark mode, zoom a diagram, use the keyboard, read tooltips."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

pytestmark = pytest.mark.browser


def test_search_finds_a_term_and_lands_on_its_section(page: Page, server: str) -> None:
    page.goto(server, wait_until="networkidle")
    page.keyboard.press("/")
    search = page.locator(".md-search__input")
    expect(search).to_be_focused()
    search.press_sequentially("kolmogorov")
    expect(page.locator(".md-search-result__meta")).to_contain_text("matching")
    result = (
        page.locator(".md-search-result__link[href*='#']")
        .filter(has_text=re.compile("Kolmogorov", re.I))
        .first
    )
    expect(result).to_be_visible()
    href = result.get_attribute("href")
    assert href is not None
    assert "#" in href
    result.click()
    anchor = href.split("#", 1)[1]
    expect(page).to_have_url(re.compile(f"#{re.escape(anchor)}$"))
    target = page.locator(f"[id='{anchor}']")
    expect(target).to_be_attached()
    expect(target).to_contain_text(re.compile("Kolmogorov", re.I))


def test_search_finds_a_glossary_entry(page: Page, server: str) -> None:
    page.goto(server + "glossary/", wait_until="networkidle")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("feature store")
    first_three = page.locator(".md-search-result__link")
    expect(first_three.first).to_be_visible()
    hrefs = [first_three.nth(i).get_attribute("href") or "" for i in range(3)]
    assert any(href.split("?")[0].endswith("glossary/") or "#feature-store" in href for href in hrefs), hrefs


def test_dark_mode_toggle_works_and_persists_across_pages(page: Page, server: str) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(server, wait_until="networkidle")
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    for _ in range(3):  # automatic -> light -> dark
        if (
            body.get_attribute("data-md-color-scheme") == "slate"
            and body.get_attribute("data-md-color-media") != "(prefers-color-scheme)"
        ):
            break
        page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.locator(".md-tabs a", has_text="Operations").click()  # instant navigation
    expect(page).to_have_url(re.compile("operations/"))
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.goto(server + "glossary/", wait_until="networkidle")  # a full page load
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def test_a_diagram_opens_in_the_lightbox_and_closes_with_escape(page: Page, server: str) -> None:
    page.goto(server, wait_until="networkidle")
    page.locator("article a.glightbox img").first.click()
    lightbox = page.locator(".glightbox-container")
    expect(lightbox).to_be_visible()
    expect(lightbox.locator(".gslide-image img").first).to_be_visible()
    page.keyboard.press("Escape")
    expect(lightbox).to_have_count(0)


def test_questions_open_by_keyboard(page: Page, server: str) -> None:
    page.goto(server + "operations/deployment/", wait_until="networkidle")
    summary = page.locator("details.question summary").first
    summary.focus()
    expect(summary).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("details.question").first).to_have_attribute("open", "")
    page.keyboard.press("Space")
    expect(page.locator("details.question").first).not_to_have_attribute("open", "")


def _shown_tooltip(page: Page, host: Locator, text: str) -> Locator:
    """The tooltip describing ``host``: visible, holding ``text``, named by its aria-describedby."""
    tooltip = page.locator(".md-tooltip2[role=tooltip]").filter(has_text=text[:40])
    expect(tooltip).to_be_visible()
    expect(tooltip).to_have_css("opacity", "1")
    tooltip_id = tooltip.get_attribute("id")
    assert tooltip_id
    expect(host).to_have_attribute("aria-describedby", tooltip_id)
    return tooltip


def test_glossary_link_shows_its_tooltip_and_leads_to_the_entry(page: Page, server: str) -> None:
    page.goto(server + "operations/monitoring/", wait_until="networkidle")
    link = page.locator("article a.glossary-link").first
    title = link.get_attribute("title")
    assert title
    link.hover()
    tooltip = _shown_tooltip(page, link, title)
    expect(tooltip).to_have_text(title)
    # Under the link, as Material draws an inline tooltip.
    link_box, tooltip_box = link.bounding_box(), tooltip.locator(".md-tooltip2__inner").bounding_box()
    assert link_box is not None
    assert tooltip_box is not None
    assert link_box["y"] + link_box["height"] <= tooltip_box["y"] <= link_box["y"] + link_box["height"] + 30
    page.mouse.move(0, 0)
    expect(tooltip).to_have_count(0)
    expect(link).to_have_attribute("title", title)  # the definition is back for screen readers
    expect(link).not_to_have_attribute("aria-describedby", re.compile("."))
    href = link.get_attribute("href")
    assert href is not None
    link.click()
    anchor = href.split("#", 1)[1]
    expect(page).to_have_url(re.compile(f"glossary/#{anchor}$"))
    expect(page.locator(f"h3#{anchor}")).to_be_in_viewport()


def test_glossary_link_shows_its_tooltip_on_keyboard_focus(page: Page, server: str) -> None:
    page.goto(server + "operations/monitoring/", wait_until="networkidle")
    links = page.locator("article a.glossary-link")
    first, second = links.nth(0), links.nth(1)
    first_title, second_title = first.get_attribute("title"), second.get_attribute("title")
    assert first_title
    assert second_title
    first.focus()
    _shown_tooltip(page, first, first_title)
    page.keyboard.press("Tab")  # the next term link follows in the same sentence
    expect(second).to_be_focused()
    _shown_tooltip(page, second, second_title)
    expect(page.locator(".md-tooltip2")).to_have_count(1)
    expect(first).to_have_attribute("title", first_title)


def test_tooltips_work_on_code_buttons_and_after_instant_navigation(page: Page, server: str) -> None:
    page.goto(server + "operations/deployment/", wait_until="networkidle")
    page.evaluate("window.__same_document = true")
    page.locator("nav.md-nav a[href$='monitoring/']").first.click()
    expect(page).to_have_url(re.compile("operations/monitoring/$"))
    expect(page.locator("article h1")).to_contain_text("onitoring")
    assert page.evaluate("window.__same_document") is True, "instant navigation, not a page load"
    link = page.locator("article a.glossary-link").first
    title = link.get_attribute("title")
    assert title
    link.hover()
    _shown_tooltip(page, link, title)
    # content.lazy gives a code block its buttons once the block is in view: open its answer, scroll.
    code = page.locator("article pre > code").first
    page.evaluate("document.querySelector('article pre').closest('details')?.setAttribute('open', '')")
    code.scroll_into_view_if_needed()
    copy = page.locator("article .md-code__button[data-clipboard-target]").first
    copy.hover()
    _shown_tooltip(page, copy, "Copy to clipboard")
    # A header button's tooltip is drawn above the header and the tabs, not hidden under them.
    toggle = page.locator("form[data-md-component=palette] label:visible").first
    toggle_title = toggle.get_attribute("title")
    assert toggle_title
    toggle.hover()
    tooltip = _shown_tooltip(page, toggle, toggle_title)
    box = tooltip.locator(".md-tooltip2__inner").bounding_box()
    assert box is not None
    # The tooltip lets the pointer through (pointer-events: none); hit-test it for this one check.
    on_top = """([x, y]) => {
        document.querySelector('.md-tooltip2').style.pointerEvents = 'auto';
        return document.elementFromPoint(x, y)?.closest('.md-tooltip2') !== null;
    }"""
    assert page.evaluate(on_top, [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])


@pytest.mark.parametrize("viewport", [{"width": 412, "height": 823}, {"width": 1280, "height": 900}])
def test_a_link_into_the_glossary_lands_on_its_entry_and_its_link_lists(
    browser: Browser, server: str, viewport: dict[str, int]
) -> None:
    """Entries far down the page, whose link lists above were never drawn (content-visibility)."""
    page = browser.new_page(viewport=viewport)  # type: ignore[arg-type]

    def assert_at_the_top(heading: Locator) -> None:
        expect(page).to_have_url(re.compile(f"#{heading.get_attribute('id')}$"))
        box = heading.bounding_box()
        assert box is not None
        # Under the header (and tabs): not merely somewhere on the screen.
        assert 0 < box["y"] <= viewport["height"] / 4, box

    try:
        page.goto(server + "glossary/", wait_until="networkidle")
        page.locator("article .glossary-az a").nth(-3).click()
        assert_at_the_top(page.locator("article h2").nth(-3))
        entry = page.locator("article h3").nth(-2)
        page.goto(f"{server}glossary/#{entry.get_attribute('id')}", wait_until="networkidle")
        assert_at_the_top(entry)
        links = entry.locator("xpath=following-sibling::div[1][@class='glossary-meta']").get_by_role("link")
        expect(links.first).to_be_in_viewport()
    finally:
        page.close()


def test_404_page_leads_home(page: Page, server: str) -> None:
    page.goto(server + "404.html")
    page.get_by_role("link", name="Go to the home page").click()
    expect(page).to_have_url(server)
