from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import htmlmin
import pytest
from glossary.hide import hide_links, restore_links
from glossary.render import Renderer
from material.plugins.search.plugin import Parser

if TYPE_CHECKING:
    from collections.abc import Callable

TEMPLATES = Path(__file__).resolve().parents[2] / "overrides" / "partials" / "glossary"
RENDERER = Renderer.from_directory(TEMPLATES)
DRIFT = RENDERER.link("../glossary/#data-drift", 'When "inputs" <shift> & more.', "data drift")
RND = RENDERER.link("../glossary/#r-d", "Research.", "R&amp;D")
PAGE = (
    '<h2 id="why">Why <a class="headerlink" href="#why">¶</a></h2>\n'
    f'<p>Watch for {DRIFT}\n  and  <em>{RND}</em>; see <a href="x/">the docs</a>.</p>\n'
)


def search_text(html: str) -> list[str]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return ["".join(section.text) for section in parser.data]


def test_hidden_links_leave_no_tag_but_all_text() -> None:
    hidden, tags = hide_links(PAGE)
    assert tags == [DRIFT.split(">", 1)[0] + ">", RND.split(">", 1)[0] + ">"]
    assert "glossary-link" not in hidden
    assert '<a class="headerlink" href="#why">' in hidden
    assert '<a href="x/">the docs</a>' in hidden
    assert search_text(hidden) == search_text(PAGE)


@pytest.mark.parametrize("minify", [False, True])
def test_links_come_back_after_the_minifier(minify: bool) -> None:
    hidden, tags = hide_links(PAGE)
    written = htmlmin.minify(hidden, remove_comments=True) if minify else hidden
    restored = restore_links(written, tags)
    assert "term:" not in restored
    assert restored.count(DRIFT) == restored.count(RND) == 1
    if not minify:
        assert restored == PAGE


def test_a_page_that_already_holds_a_marker_keeps_its_links() -> None:
    page = "<!--!term:0--> " + PAGE
    assert hide_links(page) == (page, [])
    assert restore_links(page, []) == page


@pytest.mark.parametrize(
    "damage",
    [
        lambda html: html.replace("<!--!term:1-->", ""),
        lambda html: html.replace("<!--!term:/-->", "", 1),
        lambda html: html + "<!--!term:0-->",
        lambda html: html.replace("<!--!term:1-->", "<!--!term:7-->"),
    ],
)
def test_markers_that_do_not_pair_up_are_an_error(damage: Callable[[str], str]) -> None:
    hidden, tags = hide_links(PAGE)
    with pytest.raises(ValueError, match="2 term links were hidden"):
        restore_links(damage(hidden), tags)
