"""Hide: keep what the hook adds to a page out of the way of the HTML parsers that run after it.

Between the page's HTML (``on_page_content``) and its written file (``on_post_page``), other
plugins parse the whole page again: Material's search indexes its text and the minifier rewrites
every tag. The hook adds many tags that neither needs to read: a term link is two tags with three
attributes, a long tooltip among them, and a page of a site with 2,000 glossary terms holds about 90
of them; each answer gets a group of rating buttons, which search leaves out anyway
(``data-search-exclude``). Parsing them cost those plugins ~6 ms a page (``make bench``). So they
wait as numbered comments, which the parsers pass over, and come back once the page is written.
A link's text stays in place between its two markers, so the search index holds the same text,
and the minifier keeps comments that start with ``!`` (it drops the ``!``).
"""

from __future__ import annotations

import re

_MARKER = "hidden:"
# As overrides/partials/glossary/link.html and study/stage-*.html write them (tests/unit/test_hide.py).
# The "<" comes first, outside the alternation, so the regex engine skips from one "<" to the next.
_ADDED = re.compile(
    r'<(?:(?P<link>a href="[^"]*" class="glossary-link" title="[^"]*">)(?P<text>[^<]*)</a>'
    r'|div class="study-(?:rate|toolbar)"[^>]*>.*?</div>)',
    re.S,
)
_HIDDEN = re.compile(rf"<!--!?{_MARKER}(\d+)-->")
_EXCLUDED_OPEN = re.compile(r"<(?P<tag>[a-zA-Z][\w-]*)\b[^>]*\sdata-search-exclude\b[^>]*>")


def hide(html: str) -> tuple[str, list[str]]:
    """``html`` with the term links' tags and the study controls swapped for markers, and what
    each marker stands for, in order. A page that already holds a marker is left as it is.
    """
    if _MARKER in html and _HIDDEN.search(html):
        return html, []
    hidden: list[str] = []

    def marker(fragment: str) -> str:
        hidden.append(fragment)
        return f"<!--!{_MARKER}{len(hidden) - 1}-->"

    def swap(match: re.Match[str]) -> str:
        if match["link"] is None:
            return marker(match.group())
        return marker("<" + match["link"]) + match["text"] + marker("</a>")

    return _ADDED.sub(swap, html), hidden


def hide_excluded(html: str) -> tuple[str, list[str]]:
    """``html`` with each element marked ``data-search-exclude`` that holds an element of its own tag
    swapped for a marker, and what each marker stands for, in order (put back by ``restore``).

    Material's search parser tells elements apart by tag name only: in a ``<div data-search-exclude>``
    the first inner ``</div>`` ends the exclusion, and the rest of it is indexed (the flashcards app's
    buttons and sample card). Hidden whole, none of it is.
    """
    hidden: list[str] = []
    pieces, cursor = [], 0
    for opening in _EXCLUDED_OPEN.finditer(html):
        if opening.start() < cursor:
            continue  # inside an element already hidden
        end = _element_end(html, opening["tag"], opening.end())
        if end is None:
            continue
        element = html[opening.start() : end]
        if re.search(rf"<{opening['tag']}\b", element[len(opening.group()) :], re.I) is None:
            continue  # Material's exclusion holds
        hidden.append(element)
        pieces += [html[cursor : opening.start()], f"<!--!{_MARKER}{len(hidden) - 1}-->"]
        cursor = end
    return "".join(pieces) + html[cursor:], hidden


def _element_end(html: str, tag: str, start: int) -> int | None:
    """Where the element of ``tag`` whose opening tag ends at ``start`` ends (after its closing tag)."""
    depth = 1
    for match in re.finditer(rf"<(/?){tag}\b[^>]*>", html[start:], re.I):
        depth += -1 if match[1] else 1
        if depth == 0:
            return start + match.end()
    return None


def restore(html: str, hidden: list[str]) -> str:
    """Put back what ``hide`` took out, given the list it returned.

    Raises ``ValueError`` if the markers are not each found once, in order: something between the
    two calls dropped or copied part of the page.
    """
    if not hidden:
        return html
    found: list[int] = []

    def put_back(match: re.Match[str]) -> str:
        found.append(int(match[1]))
        return hidden[found[-1]] if found[-1] < len(hidden) else ""

    restored = _HIDDEN.sub(put_back, html)
    if found != list(range(len(hidden))):
        wrong = next((i for i, number in enumerate(found) if number != i), len(found))
        raise ValueError(
            f"{len(hidden)} parts of the page were hidden, but {len(found)} markers came back "
            f"(the first missing or out of place: number {wrong})"
        )
    return restored
