"""Hide: keep a page's term links out of the way of the HTML parsers that run after the glossary.

Between the page's HTML (``on_page_content``) and its written file (``on_post_page``), other
plugins parse the whole page again: Material's search indexes its text and the minifier rewrites
every tag. A term link is two tags with three attributes, a long tooltip among them, and a page
with 2,000 glossary terms holds about 90 of them: parsing them cost those plugins ~6 ms a page
(``make bench``). So the links wait as a pair of comments around their text, which the parsers
pass over, and come back once the page is written. The search index sees the same text either way,
and the minifier keeps comments that start with ``!`` (dropping the ``!``).
"""

from __future__ import annotations

import re

LINK_CLASS = "glossary-link"
_LINK = re.compile(rf'(<a\b[^>]*\bclass="{LINK_CLASS}"[^>]*>)([^<]*)</a>')
_MARKER = "term:"
_HIDDEN = re.compile(rf"<!--!?{_MARKER}(?:(?P<index>\d+)|/)-->")


def hide_links(html: str) -> tuple[str, list[str]]:
    """``html`` with each term link's tags swapped for markers, and the start tags in order.

    A page that already holds a marker (an author wrote one) keeps its links as they are.
    """
    if _MARKER in html and _HIDDEN.search(html):
        return html, []
    tags: list[str] = []

    def hide(match: re.Match[str]) -> str:
        tags.append(match[1])
        return f"<!--!{_MARKER}{len(tags) - 1}-->{match[2]}<!--!{_MARKER}/-->"

    return _LINK.sub(hide, html), tags


def restore_links(html: str, tags: list[str]) -> str:
    """Put back the links ``hide_links`` took out, with the start tags it returned.

    Raises ``ValueError`` if the markers do not pair up with ``tags``: something between the
    two calls dropped or copied text, and the page would lose links.
    """
    if not tags:
        return html
    opened: list[int] = []
    closed = 0

    def restore(match: re.Match[str]) -> str:
        nonlocal closed
        if match["index"] is None:
            closed += 1
            return "</a>"
        opened.append(int(match["index"]))
        return tags[opened[-1]] if opened[-1] < len(tags) else ""

    restored = _HIDDEN.sub(restore, html)
    if opened != list(range(len(tags))) or closed != len(tags):
        raise ValueError(
            f"{len(tags)} term links were hidden, but {len(opened)} link and {closed} end markers "
            f"came back ({opened[:5]}...)"
        )
    return restored
