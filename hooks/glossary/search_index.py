"""What Material's search index holds: every question as its own result, and aliases on their entries.

Material indexes a page by its headings: each section is one document, its text everything up to the
next heading. A stage page's questions were so many paragraphs of their section's text, so a query
that one question answers found a section of eight, and the reader had to open each to find it.
Here each question becomes a document of its own, at its anchor (``page/#q-...``): its title is the
question, its text its level, kind and the start of its answer (what the result shows), and its
``answer`` field (weighted like text in mkdocs.yml, never shown) holds the answer's other words, each
once, so that the answer's words find it without the result showing, or the index carrying, the
whole answer. The question blocks, and what only repeats an entry or a control (a page's key-terms
list, its study links), are kept out of the sections with Material's ``data-search-exclude``.

Material indexes a glossary entry's heading as its title (weighted 1,000 times its text) and its
"Also called" line as ordinary text, so a reader typing an alias ("machine learning pipeline") got
every section with those words in its title first ("Automated machine learning") and the entry far
below. Each entry's section gets an ``aliases`` field, which mkdocs.yml weights like a title, and
which overrides/partials/search-worker.js reads to put the entry first when the query is exactly one
of its names (tests/browser/test_search.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape, unescape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

ALIASES_FIELD = "aliases"
ANSWER_FIELD = "answer"
QUESTION_BOOST = 1.5
"""A question over the section it is in, when both match alike: the question is what was asked."""
TEASER_LIMIT = 160
"""The start of an answer that its result shows, in characters: about two lines of the results list."""
# lunr's English stop words, which Material's pipeline drops from the index (stopWordFilter).
_LUNR_STOP_WORDS = (
    "a able about across after all almost also am among an and any are as at be because been but by "
    "can cannot could dear did do does either else ever every for from get got had has have he her "
    "hers him his how however i if in into is it its just least let like likely may me might most must "
    "my neither no nor not of off often on only or other our own rather said say says she should since "
    "so some than that the their them then there these they this tis to too twas us wants was we were "
    "what when where which while who whom why will with would yet you your"
)
STOP_WORDS = frozenset(_LUNR_STOP_WORDS.split())

# Material's parser skips an element with this attribute and everything in it. Given a value, the
# attribute is also stripped from the page once the page is indexed; the value says why.
_EXCLUDE = ' data-search-exclude="{}"'
# As glossary/link.py, overrides/partials/glossary/key-terms.html and study/stage-links.md.html write them.
_QUESTION_OPEN = re.compile(r'<details class="question" id="q-[^"]*"')
_REPEATS_OPEN = re.compile(r'<div class="(?:glossary-key-terms|study-links)\b[^"]*"')
_KEY_TERMS = '<div class="glossary-key-terms'
_HEADING = re.compile(r"<(h[1-6])\b[^>]*>.*?</\1>", re.S | re.I)
_BLOCK_TAG = re.compile(
    r"<(?:!--.*?-->|(?P<close>/?)(?P<name>details|summary)\b(?P<attrs>[^>]*)>)", re.S | re.I
)
_ID = re.compile(r'\bid="([^"]*)"')
_UNINDEXED = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.S | re.I)
# A tag between blocks parts words; one inside a line ("<code>drift</code>?") does not.
_BLOCK_TAG_OR_BREAK = re.compile(
    r"</?(?:p|li|[ou]l|d[ldt]|t[dhr]|thead|tbody|table|pre|div|br|hr|h[1-6]|details|summary|blockquote|figure|"
    r"figcaption)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_PARAGRAPH = re.compile(r"<p\b[^>]*>(?P<inner>.*?)</p\s*>", re.S | re.I)


@dataclass(frozen=True)
class SearchQuestion:
    """A question as the page shows it, for its own search document (``question_doc``)."""

    location: str
    """Its page's URL and its anchor, ``page/#q-...``."""
    title: str
    level: str
    kind: str
    answer: str
    """The answer's text on one line, a space at every tag: where Material's tokenizer ends a word."""
    lead: str
    """The answer's first paragraph, or its start when it opens with something else."""


# Page HTML ---------------------------------------------------------------------------------------


def leave_out_of_sections(html: str) -> str:
    """A stage page's ``html`` with what its sections need not hold marked for Material's parser to
    skip: each question block (a document of its own holds it), and the key-terms list and study
    links (the glossary's one-liners again, and controls). A key-terms list right under its heading
    takes the heading with it, so that no "Key terms" result is left with nothing in it.

    Material's parser tells elements apart by tag name only: a ``<details>`` inside a question would
    end the question's exclusion early, and the rest of its answer would be in its section too.
    """
    html = _QUESTION_OPEN.sub(lambda m: m.group() + _EXCLUDE.format("own-result"), html)
    html = _REPEATS_OPEN.sub(lambda m: m.group() + _EXCLUDE.format("repeats"), html)
    key_terms = html.find(_KEY_TERMS)
    headings = list(_HEADING.finditer(html, 0, key_terms)) if key_terms >= 0 else []
    if not headings or html[headings[-1].end() : key_terms].strip():
        return html
    heading = headings[-1]
    at = heading.start() + 1 + len(heading[1])
    return html[:at] + _EXCLUDE.format("repeats") + html[at:]


def search_questions(html: str, url: str, questions: Iterable[tuple[str, str, str]]) -> list[SearchQuestion]:
    """The ``(qid, level, kind)`` question blocks of a page's ``html``, the page being at ``url``."""
    blocks = _question_blocks(html)
    found = []
    for qid, level, kind in questions:
        if qid in blocks:
            summary, answer = blocks[qid]
            paragraph = _PARAGRAPH.search(answer)
            lead = _plain(paragraph["inner"]) if paragraph else _plain(answer)[:TEASER_LIMIT]
            words = _plain(answer, every_tag_parts_words=True)
            found.append(SearchQuestion(f"{url}#{qid}", _plain(summary), level, kind, words, lead))
    return found


@dataclass
class _OpenBlock:
    """A ``<details>`` block being read: its id, then where its summary's content and its answer start."""

    qid: str | None
    summary: int = -1
    summary_end: int = -1
    answer: int = -1


def _question_blocks(html: str) -> dict[str, tuple[str, str]]:
    """Per question id, the HTML of its ``<summary>`` and of its answer (what follows the summary,
    nested ``<details>`` included). One pass of a regular expression over the page."""
    blocks: dict[str, tuple[str, str]] = {}
    open_blocks: list[_OpenBlock] = []
    for tag in _BLOCK_TAG.finditer(html):
        name = (tag["name"] or "").lower()
        if name == "details" and not tag["close"]:
            found = _ID.search(tag["attrs"])
            open_blocks.append(_OpenBlock(found[1] if found else None))
        elif name == "summary" and open_blocks:
            block = open_blocks[-1]
            if not tag["close"] and block.summary < 0:
                block.summary = tag.end()
            elif tag["close"] and block.summary >= 0 and block.answer < 0:
                block.summary_end, block.answer = tag.start(), tag.end()
        elif name == "details" and open_blocks:
            block = open_blocks.pop()
            if block.qid is not None and block.answer >= 0:
                blocks[block.qid] = (
                    html[block.summary : block.summary_end],
                    html[block.answer : tag.start()],
                )
    return blocks


def _plain(html: str, *, every_tag_parts_words: bool = False) -> str:
    """The text of an HTML fragment, as the reader sees it, on one line. Material's tokenizer ends a
    word at every tag (``<code>York</code>;`` is "York" and ";"): ``every_tag_parts_words`` does too."""
    html = _UNINDEXED.sub(" ", html)
    html = _TAG.sub(" ", html) if every_tag_parts_words else _TAG.sub("", _BLOCK_TAG_OR_BREAK.sub(" ", html))
    return " ".join(unescape(html).split())


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:—-") + " …"


def _words(escaped: str, separator: re.Pattern[str]) -> Iterable[str]:
    """The words of escaped text that Material's index keeps: lower case, stop words left out."""
    for word in separator.split(escaped.lower()):
        if word and word not in STOP_WORDS:
            yield word


# The index ---------------------------------------------------------------------------------------


def rewrite_index(
    index_json: str,
    glossary_url: str,
    entries: Iterable[tuple[str, tuple[str, ...]]],
    questions: Mapping[str, Sequence[SearchQuestion]],
) -> str:
    """``index_json`` with each glossary ``(slug, aliases)`` entry's aliases on its section, and each
    page's questions (``questions[page_url]``) after that page's sections; a page left out of search
    (``search: exclude`` in its front matter) leaves its questions out too.

    Raises ValueError when an entry has no section in the index, which would leave its aliases out
    of search without a word.
    """
    index = json.loads(index_json)
    _add_aliases(index, glossary_url, entries)
    if any(questions.values()):
        _add_questions(index, questions, re.compile(index["config"]["separator"]))
    # As Material's search plugin writes it: compact, ASCII only.
    return json.dumps(index, separators=(",", ":"))


def add_aliases(index_json: str, glossary_url: str, entries: Iterable[tuple[str, tuple[str, ...]]]) -> str:
    """``index_json`` with each ``(slug, aliases)`` entry's aliases on its section of the glossary."""
    return rewrite_index(index_json, glossary_url, entries, {})


def question_doc(question: SearchQuestion, separator: re.Pattern[str]) -> dict[str, str | float]:
    """A question's search document, its fields escaped as Material's parser escapes text.

    The result shows the title and the text: the question, then its level, kind and the start of its
    answer. The ``answer`` field lists the answer's other words, each once, cut by the search
    plugin's ``separator`` as Material's tokenizer cuts them.
    """
    title = escape(question.title, quote=False)
    text = escape(
        f"{question.level.capitalize()} · {question.kind} — {_shorten(question.lead, TEASER_LIMIT)}",
        quote=False,
    )
    shown = set(_words(title, separator)) | set(_words(text, separator))
    words = dict.fromkeys(
        w for w in _words(escape(question.answer, quote=False), separator) if w not in shown
    )
    return {
        "location": question.location,
        "title": title,
        "text": text,
        ANSWER_FIELD: " ".join(words),
        "boost": QUESTION_BOOST,
    }


def _add_aliases(
    index: dict[str, Any], glossary_url: str, entries: Iterable[tuple[str, tuple[str, ...]]]
) -> None:
    by_location = {doc["location"]: doc for doc in index["docs"]}
    for slug, aliases in entries:
        if not aliases:
            continue
        location = f"{glossary_url}#{slug}"
        doc = by_location.get(location)
        if doc is None:
            raise ValueError(
                f"the search index has no section {location} for the aliases {', '.join(aliases)}"
            )
        doc[ALIASES_FIELD] = list(aliases)


def _add_questions(
    index: dict[str, Any], questions: Mapping[str, Sequence[SearchQuestion]], separator: re.Pattern[str]
) -> None:
    """Each page's questions right after its last section, so that the index reads in page order."""
    pending = {url: list(docs) for url, docs in questions.items() if docs}
    docs: list[dict[str, Any]] = []
    for position, doc in enumerate(index["docs"]):
        docs.append(doc)
        page = doc["location"].split("#", 1)[0]
        following = index["docs"][position + 1]["location"] if position + 1 < len(index["docs"]) else None
        if page in pending and (following is None or following.split("#", 1)[0] != page):
            docs.extend(question_doc(question, separator) for question in pending.pop(page))
    index["docs"] = docs
