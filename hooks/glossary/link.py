"""Link: find glossary terms in a page's HTML text and link their first mention to the glossary.

One Aho-Corasick automaton holds every surface form of every term, so the cost grows with the text,
not with text times terms. Only text nodes are touched: never code, headings, existing links,
attributes (so image alt text is safe), or the Q&A block that defines the term.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import ahocorasick

from .terms import matches_as_written, number_forms

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from .model import Entry

ID_ATTRIBUTE = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""")
_SKIP_CLASS = re.compile(r"""\bclass\s*=\s*["'][^"']*\bglossary-skip\b""")
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# Elements whose text is never linked: code, headings (and table header cells, the headings of a
# table's columns), links, and things that are not running text.
_NO_LINK = frozenset(
    {
        "a",
        "code",
        "pre",
        "kbd",
        "samp",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "th",
        "summary",
        "button",
        "script",
        "style",
        "svg",
        "textarea",
        "select",
        "option",
        "label",
        "title",
    }
)
# Elements kept verbatim: their content is not HTML text at all.
_RAW = frozenset({"script", "style", "textarea"})
# The only tags linking has to look at: comments, Q&A blocks (<details>), elements whose text is not
# linked, and any element of class glossary-skip. Other tags only need stepping over (_in_tag).
# Searched in the page lowered, so without re.IGNORECASE, and with "<" outside the alternation: the
# regex engine then skips from one "<" to the next and tests each name by its first letter.
_STRUCTURE = re.compile(
    r"<(?:!--.*?-->"
    rf"|(?P<close>/?)(?P<name>details|{'|'.join(sorted(_NO_LINK))})(?=[\s/>])(?P<attrs>[^>]*?)(?P<self>/?)>"
    rf"|(?P<other>[a-z][a-z0-9-]*)(?=\s)(?=[^>]*{_SKIP_CLASS.pattern})[^>]*?(?P<other_self>/?)>)",
    re.S,
)


@dataclass(frozen=True)
class Matcher:
    """The compiled automaton for a glossary; build it once per build."""

    automaton: ahocorasick.Automaton


@dataclass(frozen=True)
class _Form:
    """A way of writing a term: ``as_written`` forms match only in their own case."""

    key: str
    form: str
    as_written: bool


@dataclass(frozen=True)
class _Phrase:
    """A phrase in which the term ``key`` is another word: on page ``scope``, or every page if empty.
    ``phrase`` is the phrase as declared (the automaton also holds it with its last word's other number)."""

    key: str
    scope: str
    phrase: str


@dataclass(frozen=True)
class _Word:
    """What one lower-cased string in the automaton stands for."""

    length: int
    forms: tuple[_Form, ...]
    phrases: tuple[_Phrase, ...]


def compile_matcher(
    entries: Iterable[Entry], unless_on_page: Mapping[str, Mapping[str, Iterable[str]]] | None = None
) -> Matcher:
    """Every name, alias and regular plural of every term, in one automaton, with the phrases in
    which a term is not linked (``Entry.unless`` on every page; ``unless_on_page[path][key]`` on one).

    A form written with a capital letter (``ZeRO``, ``CI``, ``KV cache``) matches only as written;
    a form in lower case matches in any case. Where two terms share a string, the one written in
    that exact case wins, then the first.
    """
    forms: dict[str, list[_Form]] = {}
    phrases: dict[str, list[_Phrase]] = {}
    for entry in entries:
        for form in surface_forms(entry):
            if len(form.lower()) == len(form):
                forms.setdefault(form.lower(), []).append(_Form(entry.key, form, matches_as_written(form)))
        for phrase in entry.unless:
            _add_phrase(phrases, phrase, _Phrase(entry.key, "", phrase))
    for path, by_key in sorted((unless_on_page or {}).items()):
        for key, page_phrases in sorted(by_key.items()):
            for phrase in page_phrases:
                _add_phrase(phrases, phrase, _Phrase(key, path, phrase))
    automaton = ahocorasick.Automaton()
    for lowered in sorted(forms.keys() | phrases.keys()):
        automaton.add_word(
            lowered, _Word(len(lowered), _readings(forms.get(lowered, [])), tuple(phrases.get(lowered, ())))
        )
    if len(automaton):
        automaton.make_automaton()
    return Matcher(automaton)


def _add_phrase(phrases: dict[str, list[_Phrase]], phrase: str, reading: _Phrase) -> None:
    for form in number_forms(phrase):
        if len(form.lower()) == len(form) and reading not in phrases.setdefault(form.lower(), []):
            phrases[form.lower()].append(reading)


def _readings(forms: list[_Form]) -> tuple[_Form, ...]:
    """The forms that share one lower-cased string, in the order they are tried: those that match
    only as written first, then the first term to claim the string in any case (no later one could
    win)."""
    exact = list(dict.fromkeys(f for f in forms if f.as_written))
    loose = [f for f in forms if not f.as_written][:1]
    return tuple(exact + loose)


def surface_forms(entry: Entry) -> list[str]:
    """Each name as written, plus its other number ("feature store" and "feature stores")."""
    return [form for name in (entry.written or entry.name, *entry.aliases) for form in number_forms(name)]


@dataclass
class PageLinks:
    """What linking found on one page: the terms it mentions, and those each Q&A's answer mentions."""

    mentioned: set[str] = field(default_factory=set)
    mentioned_by_question: dict[str, set[str]] = field(default_factory=dict)
    unless_met: set[tuple[str, str]] = field(default_factory=set)
    """The (term key, phrase) pairs of the ``unless`` phrases found on the page."""


def link_terms(
    html: str,
    matcher: Matcher,
    render_link: Callable[[str, str], str],
    defined_by: dict[str, str],
    per_section: bool = False,
    page: str = "",
) -> tuple[str, PageLinks]:
    """Link the first mention of each term in ``html``; returns the new HTML and what was found.

    ``render_link(term_key, text_html)`` makes the link; ``defined_by`` maps the id of each Q&A
    block on this page to the key of the term it defines, which is never linked inside it. ``page``
    (the page's path) selects the phrases declared for this page in which a term is another word.
    """
    found = PageLinks()
    out: list[str] = []
    stack: list[str | None] = []  # the open <details> around the text: the Q&A block's id, or None
    linked: set[str] = set()
    lowered = _lowered(html)
    # One pass of the automaton over the whole page; each text node then takes the matches inside it.
    phrases: list[tuple[int, str, str]] = []
    matches = _matches(html, lowered, matcher, page, phrases) if len(matcher.automaton) else []
    phrases.sort()
    next_match = next_phrase = 0
    position = 0

    def text_until(end: int) -> None:
        nonlocal next_match, next_phrase
        while next_phrase < len(phrases) and phrases[next_phrase][0] < end:
            at, key, phrase = phrases[next_phrase]
            if at >= position and not _in_tag(html, position, at):
                found.unless_met.add((key, phrase))
            next_phrase += 1
        first = next_match
        while next_match < len(matches) and matches[next_match][0] < end:
            next_match += 1
        inside = [
            m for m in matches[first:next_match] if m[0] >= position and not _in_tag(html, position, m[0])
        ]
        if not inside:
            out.append(html[position:end])
            return
        blocks = [block_id for block_id in stack if block_id]
        cursor = position
        for start, stop, key in inside:
            if _link_match(key, linked, blocks, defined_by, found):
                out.append(html[cursor:start])
                out.append(render_link(key, html[start:stop]))
                cursor = stop
        out.append(html[cursor:end])

    while tag := _STRUCTURE.search(lowered, position):
        text_until(tag.start())
        out.append(html[tag.start() : tag.end()])
        position = tag.end()
        name = tag["name"] or tag["other"]
        if not name or tag["self"] or tag["other_self"] or name in _VOID:
            continue  # a comment, or an element with no content
        if tag["close"]:
            if name == "details" and stack:
                stack.pop()
            continue
        if tag["other"] and not _SKIP_CLASS.search(html, tag.start(), position):
            continue  # "Glossary-Skip": class names are case-sensitive
        if name == "details":
            attrs = html[tag.start("attrs") : tag.end("attrs")]
            id_match = ID_ATTRIBUTE.search(attrs)
            stack.append(id_match[1] if id_match else None)
            if not _SKIP_CLASS.search(attrs):
                continue
        if per_section and name == "h2":
            linked.clear()
        # Nothing inside is linked: copy it whole, up to its own end tag (processed next).
        end = _end_of_element(lowered, name, position)
        out.append(html[position:end])
        position = end
    text_until(len(html))
    return "".join(out), found


def _end_of_element(lowered: str, name: str, start: int) -> int:
    """Where the end tag of the ``name`` element whose content begins at ``start`` starts (or the end),
    in the page lowered."""
    if name in _RAW:
        match = _same_name_tags(name, closing_only=True).search(lowered, start)
        return match.start() if match else len(lowered)
    # Mostly, as for <code> or <a>, the first end tag of that name ends it, with no comment or start
    # tag of that name before it: two finds instead of walking the tags.
    close = lowered.find(f"</{name}", start)
    after = close + len(name) + 2
    if (
        close >= 0
        and after < len(lowered)
        and lowered[after] in _TAG_NAME_END
        and lowered.find(f"<{name}", start, close) < 0
        and lowered.find("<!--", start, close) < 0
    ):
        return close
    depth = 1
    for match in _same_name_tags(name).finditer(lowered, start):
        if match["close"] is None:
            continue  # a comment
        depth += -1 if match["close"] else 1
        if depth == 0:
            return match.start()
    return len(lowered)


_TAG_NAME_END = frozenset(" \t\n\r\f/>")


@functools.cache
def _same_name_tags(name: str, closing_only: bool = False) -> re.Pattern[str]:
    """Start and end tags of ``name`` and comments; or, for raw text (a script), its end tag only."""
    if closing_only:
        return re.compile(rf"</{name}\s*>")
    return re.compile(rf"<(?:!--.*?-->|(?P<close>/?){name}(?=[\s/>])[^>]*>)", re.S)


def _in_tag(html: str, text_start: int, at: int) -> bool:
    """Whether ``at`` lies inside a tag (an attribute) rather than in text, looking back no further
    than ``text_start``, where a stretch of text and ordinary tags begins."""
    return html.rfind("<", text_start, at) > html.rfind(">", text_start, at)


def _link_match(
    key: str, linked: set[str], blocks: list[str], defined_by: dict[str, str], found: PageLinks
) -> bool:
    """Record a mention of ``key`` inside the Q&A ``blocks``; whether it is the one to link."""
    if any(defined_by.get(block) == key for block in blocks):
        return False  # a term's own definition neither links it nor counts as using it
    found.mentioned.add(key)
    for block in blocks:
        found.mentioned_by_question.setdefault(block, set()).add(key)
    if key in linked:
        return False
    linked.add(key)
    return True


def _lowered(html: str) -> str:
    """``html`` in lower case with line breaks and tabs made spaces, each character where it was."""
    lowered = _spaced(html).lower()
    if len(lowered) != len(html):  # a character whose lower case is longer: keep it as it is
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in _spaced(html))
    return lowered


def _spaced(html: str) -> str:
    """``html`` with line breaks and tabs made spaces: a name or phrase wrapped in the source is still
    found, as the reader sees it on one line."""
    return html.replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _matches(
    html: str,
    lowered: str,
    matcher: Matcher,
    page: str = "",
    phrases: list[tuple[int, str, str]] | None = None,
) -> list[tuple[int, int, str]]:
    """Leftmost-longest whole-word matches, outside character references, in order, without those
    of a term inside a phrase in which it is another word (``unless``) on this ``page``; the phrases
    found go into ``phrases`` as (start, term key, phrase).

    Matches inside tags are found too; the caller keeps those that fall in text nodes (``_in_tag``).
    No term holds ``<`` or ``>``, so no match runs across a tag. A run of spaces or line breaks
    reads as one space, as a reader sees it: a name wrapped in an indented list item is still found.
    """
    entity_starts, entity_ends = [], []
    for entity in _ENTITY.finditer(html):
        entity_starts.append(entity.start())
        entity_ends.append(entity.end())
    text, where = _one_space(lowered)
    cased = _SPACE_RUN.sub(" ", _spaced(html)) if where else _spaced(html)
    candidates = []
    unless: list[tuple[int, int, str]] = []
    size = len(html)
    word: _Word
    # Most of what the automaton finds is part of a longer word: tested inline, the cheapest way.
    for end_index, word in matcher.automaton.iter(text):
        first = end_index - word.length + 1
        start, end = (where(first), where(end_index) + 1) if where else (first, end_index + 1)
        if start > 0 and (html[start - 1].isalnum() or html[start - 1] == "_"):
            continue
        if end < size and (html[end].isalnum() or html[end] == "_"):
            continue
        last_entity = bisect.bisect_left(entity_starts, end) - 1  # the last one to start before the end
        if last_entity >= 0 and entity_ends[last_entity] > start:
            continue
        for phrase in word.phrases:
            if not phrase.scope or phrase.scope == page:
                unless.append((start, end, phrase.key))
                if phrases is not None:
                    phrases.append((start, phrase.key, phrase.phrase))
        for form in word.forms:
            if not form.as_written or cased.startswith(form.form, first):
                candidates.append((start, -(end - start), end, form.key))
                break
    if unless:
        candidates = [
            c for c in candidates if not any(s <= c[0] and c[2] <= e and key == c[3] for s, e, key in unless)
        ]
    candidates.sort()
    chosen = []
    cursor = 0
    for start, _, end, key in candidates:
        if start >= cursor:
            chosen.append((start, end, key))
            cursor = end
    return chosen


_SPACE_RUN = re.compile(r"  +")


def _one_space(lowered: str) -> tuple[str, Callable[[int], int] | None]:
    """``lowered`` (line breaks already spaces) with each run of spaces made one, and the function
    that gives the position in ``lowered`` of a position in the result (None: nothing was changed)."""
    runs = [(run.start(), run.end()) for run in _SPACE_RUN.finditer(lowered)]
    if not runs:
        return lowered, None
    starts, removed, total = [], [], 0
    for run_start, run_end in runs:
        starts.append(run_start - total)  # where the run's one space stands in the result
        total += run_end - run_start - 1
        removed.append(total)

    def where(position: int) -> int:
        before = bisect.bisect_left(starts, position)  # runs whose space stands before ``position``
        return position + (removed[before - 1] if before else 0)

    return _SPACE_RUN.sub(" ", lowered), where


_QUESTION_BLOCK = re.compile(r'<details class="question"(?P<attrs>[^>]*)>')


def add_question_ids(html: str, blocks: list[tuple[str, str, str]]) -> tuple[str, int]:
    """Give the rendered Q&A blocks, in order, the id, level and kind harvested from the source
    (``id="q-..." data-level="..." data-kind="..."``).

    Returns the HTML and how many blocks it found; the caller compares that with ``len(blocks)``.
    """
    remaining = iter(blocks)
    count = 0

    def add(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        block = next(remaining, None)
        if block is None:
            return match.group()
        qid, level, kind = block
        return (
            f'<details class="question" id="{qid}" data-level="{level}" data-kind="{kind}"{match["attrs"]}>'
        )

    return _QUESTION_BLOCK.sub(add, html), count
