"""The Anki deck: every flashcard as one line of a tab-separated file that Anki imports as it is.

Anki reads the header lines (``#separator:tab``, ``#html:true``, ``#tags column:3``...) and then one
note per line: front, back, tags, guid. Fields are HTML. A field holding a tab, a newline or a double
quote is put in double quotes with its quotes doubled (Anki's CSV rules); a tab inside HTML becomes
``&#9;`` so nothing but the separators is a raw tab. The guid column is the oldest id the card had
(``identity.anki_guids``), so importing a newer deck, even after a question was reworded, updates the
notes it imported before instead of adding copies.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from glossary.render import EXTERNAL_URL, join_url

from .cards import URL_ATTRIBUTE

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from .cards import Card

DECK_NAME = "MLOps Study Guide"
HEADER = ("#separator:tab", "#html:true", f"#deck:{DECK_NAME}", "#tags column:3", "#guid column:4")
_NEEDS_QUOTES = re.compile(r'[\t\n\r"]')


def anki_field(value: str) -> str:
    """One field of a line: tabs as ``&#9;``, quoted when it holds a newline or a double quote."""
    value = value.replace("\t", "&#9;")
    if value.startswith("#"):
        value = "&#35;" + value[1:]  # a line starting with # would read as a header
    if _NEEDS_QUOTES.search(value):
        return '"' + value.replace('"', '""') + '"'
    return value


def anki_tag(stage_path: str) -> str:
    """A stage as a hierarchical Anki tag: ``ops/monitoring.md`` -> ``mlops::ops::monitoring``."""
    parts = stage_path.removesuffix(".md").removesuffix("/index").split("/")
    return "::".join(["mlops", *(re.sub(r"[^\w-]+", "-", part).strip("-") or "page" for part in parts)])


def absolute_urls(fragment: str, site_url: str) -> str:
    """Root-relative href/src in a card's HTML made absolute, so links work inside Anki."""

    def absolute(match: re.Match[str]) -> str:
        url = match["url"]
        if not url or EXTERNAL_URL.match(url) or url.startswith("#"):
            return match.group()
        return f'{match["attr"]}="{html.escape(join_url(site_url, url), quote=True)}"'

    return URL_ATTRIBUTE.sub(absolute, fragment)


def anki_deck(cards: Iterable[Card], site_url: str, back: Callable[[str, str, str], str]) -> str:
    """The whole deck file; ``site_url`` (ending in /) makes the links absolute.

    ``back(answer_html, source_url, stage_title)`` renders a note's back (a Jinja template).
    """
    lines = list(HEADER)
    for card in cards:
        answer = absolute_urls(card.answer_html, site_url)
        front = html.escape(card.question, quote=True)
        note_back = back(answer, join_url(site_url, card.url), card.stage_title)
        tags = f"{anki_tag(card.stage)} level::{card.level} kind::{card.kind}"
        lines.append("\t".join(anki_field(f) for f in (front, note_back, tags, card.guid or card.id)))
    return "\n".join(lines) + "\n"
