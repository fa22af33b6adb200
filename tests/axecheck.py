"""Axe-core over a page in the browser, once the page has settled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from axe_playwright_python.sync_playwright import Axe

if TYPE_CHECKING:
    from playwright.sync_api import Page

AXE = Axe()
# Axe reads colours as they are drawn at that moment. Mid-way through a CSS transition (Material fades
# its tabs in and out as the page scrolls, the search dialog as it opens, and the colour scheme as it
# is applied, since hooks/prune_hook.py lets the scheme fade) an element is drawn in a colour between
# two, with too little contrast: colour-contrast failed one run in a few. So axe waits until the fonts
# are in and every finite animation and transition has ended (document.getAnimations lists both).
SETTLED = """() => document.fonts.status === "loaded" && document.getAnimations().every(
  (a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity)"""


def axe_violations(page: Page) -> list[str]:
    """Axe's violations on the page as drawn once it has settled, one line per rule."""
    page.wait_for_function(SETTLED)
    results = AXE.run(page)
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]]
