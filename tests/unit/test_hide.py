from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import htmlmin
import pytest
from glossary.hide import hide, hide_excluded, restore
from glossary.render import Renderer
from material.plugins.search.plugin import Parser

if TYPE_CHECKING:
    from collections.abc import Callable

PARTIALS = Path(__file__).resolve().parents[2] / "overrides" / "partials"
RENDERER = Renderer.from_directory(PARTIALS / "glossary")
DRIFT = RENDERER.link("../glossary/#data-drift", 'When "inputs" <shift> & more.', "data drift")
RND = RENDERER.link("../glossary/#r-d", "Research.", "R&amp;D")
RATE = (
    Renderer.from_directory(PARTIALS / "study")
    .html_env.get_template("stage-rate.html")
    .render(card="c1", question="What is <data drift>?")
)
PAGE = (
    '<h2 id="why">Why <a class="headerlink" href="#why">¶</a></h2>\n'
    f'<details class="question" id="q1"><summary>Q?</summary><p>Watch for {DRIFT}\n  and  '
    f'<em>{RND}</em>; see <a href="x/">the docs</a>.</p>\n{RATE}\n</details>\n'
)


def search_sections(html: str) -> list[tuple[str | None, str]]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(section.id, "".join(section.text)) for section in parser.data]


def test_hidden_parts_leave_no_tag_but_the_same_text_for_search() -> None:
    hidden, parts = hide(PAGE)
    assert parts == [DRIFT.split(">", 1)[0] + ">", "</a>", RND.split(">", 1)[0] + ">", "</a>", RATE]
    for gone in ("glossary-link", "study-rate", "<button"):
        assert gone not in hidden
    assert '<a class="headerlink" href="#why">' in hidden
    assert '<a href="x/">the docs</a>' in hidden
    assert search_sections(hidden) == search_sections(PAGE)


@pytest.mark.parametrize("minify", [False, True])
def test_hidden_parts_come_back_after_the_minifier(minify: bool) -> None:
    hidden, parts = hide(PAGE)
    written = htmlmin.minify(hidden, remove_comments=True) if minify else hidden
    restored = restore(written, parts)
    assert "hidden:" not in restored
    assert restored.count(DRIFT) == restored.count(RND) == restored.count(RATE) == 1
    if not minify:
        assert restored == PAGE


def test_a_page_that_already_holds_a_marker_is_left_as_it_is() -> None:
    page = "<!--!hidden:0--> " + PAGE
    assert hide(page) == (page, [])
    assert restore(page, []) == page


@pytest.mark.parametrize(
    "damage",
    [
        lambda html: html.replace("<!--!hidden:1-->", ""),
        lambda html: html + "<!--!hidden:0-->",
        lambda html: html.replace("<!--!hidden:2-->", "<!--!hidden:7-->"),
        lambda html: html.replace("<!--!hidden:4-->", ""),
    ],
)
def test_markers_that_do_not_come_back_in_order_are_an_error(damage: Callable[[str], str]) -> None:
    hidden, parts = hide(PAGE)
    with pytest.raises(ValueError, match="5 parts of the page were hidden"):
        restore(damage(hidden), parts)


def test_an_excluded_element_holding_its_own_tag_is_hidden_from_search_whole() -> None:
    """Material's parser ends ``<div data-search-exclude>`` at its first inner ``</div>``."""
    app = '<div class="app" data-search-exclude><div class="card"><p>Card 1</p></div><p>Show answer</p></div>'
    meta = '<span class="m" data-search-exclude>level</span>'
    page = f'<h2 id="s">S</h2>\n<p>Intro.</p>{app}\n<p>{meta} Outro.</p>\n'
    assert search_sections(page)[1] == ("s", " <p>Intro.</p><p>Show answer</p> <p> Outro.</p> ")
    hidden, parts = hide_excluded(page)
    assert parts == [app]  # the span holds no span: Material's exclusion holds, so it stays
    assert search_sections(hidden)[1] == ("s", " <p>Intro.</p> <p> Outro.</p> ")
    assert restore(hidden, parts) == page
