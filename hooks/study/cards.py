"""Study data: every harvested Q&A as a flashcard, with the answer HTML the stage page rendered.

The cards come from the same harvest as the glossary (no second Markdown parser): the question and
its stable anchor from ``Question``, the answer from the HTML MkDocs rendered for the stage page,
cut out of its ``<details class="question" id="q-...">`` block. Every URL in a card is relative to the
site root, where ``cards.json`` lives, so the data reads the same from any page that loads it.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from glossary.link import ID_ATTRIBUTE
from glossary.render import EXTERNAL_URL, join_url
from glossary.terms import plain_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from glossary.model import Page, Question

_ROOT = "http://root.invalid/"
ANSWERS_DIR = "answers"
URL_ATTRIBUTE = re.compile(r'(?P<attr>\s(?:href|src))="(?P<url>[^"]*)"')
_COMMENT = re.compile(r"<!--.*?-->\n?", re.S)
# Empty per-line anchors of code blocks (pymdownx.highlight anchor_linenums): on a card they would be
# a Tab stop per line of code, pointing back into the stage page.
_LINE_ANCHOR = re.compile(r'<a id="__codelineno-[^"]*"[^>]*></a>')


@dataclass(frozen=True)
class Card:
    """One flashcard; ``id`` (page path + anchor) is what progress is stored under."""

    id: str
    stage: str
    stage_title: str
    level: str
    kind: str
    question: str
    answer_html: str
    answer_text: str
    url: str
    guid: str = ""
    """The Anki note's GUID: the oldest id the card had (``identity.anki_guids``)."""
    changed: str | None = None
    """The day its answer last changed in substance (``YYYY-MM-DD``), as its author declared."""
    change: str | None = None
    """What changed, in a line."""


@dataclass(frozen=True)
class Stage:
    """A stage page with questions, in reading order, and the ids of its cards."""

    path: str
    title: str
    url: str
    ids: tuple[str, ...]


def card_id(question: Question) -> str:
    """``operations/monitoring.md#q-what-is-data-drift``: stable while the page and question are."""
    return f"{question.page.path}#{question.qid}"


def answers_from_html(html: str, qids: Iterable[str]) -> dict[str, str]:
    """The inner HTML of each ``<details id=qid>`` block after its ``<summary>``, by qid.

    HTML comments (the glossary directive) and code-line anchors are dropped: they are for authors
    and the stage page, not for cards.
    """
    return {qid: _clean(html[start:end]) for qid, (start, end) in question_spans(html, qids).items()}


def insert_in_questions(html: str, markup: Mapping[str, str]) -> str:
    """``html`` with ``markup[qid]`` as the last child of each ``<details id=qid>`` block.

    Inside the block it is painted only once the reader opens the answer, so it moves nothing.
    """
    pieces, cursor = [], 0
    for qid, (_, end) in sorted(question_spans(html, markup).items(), key=lambda item: item[1]):
        pieces += [html[cursor:end], markup[qid], "\n"]
        cursor = end
    return "".join(pieces) + html[cursor:]


def insert_in_summaries(html: str, markup: Mapping[str, str]) -> str:
    """``html`` with ``markup[qid]`` at the end of each ``<details id=qid>`` block's ``<summary>``."""
    pieces, cursor = [], 0
    for qid, (start, _) in sorted(question_spans(html, markup).items(), key=lambda item: item[1]):
        close = html.rfind("</summary", cursor, start)
        if close < 0:
            continue
        pieces += [html[cursor:close], markup[qid]]
        cursor = close
    return "".join(pieces) + html[cursor:]


# The tags that delimit a Q&A block; comments and scripts are matched whole so nothing in them counts.
_BLOCK_TAG = re.compile(  # "<" first, outside the alternation: the engine skips from "<" to "<"
    r"<(?:!--.*?-->|script\b.*?</script\s*>|(?P<close>/?)(?P<name>details|summary)\b(?P<attrs>[^>]*)>)",
    re.S | re.I,
)


def question_spans(html: str, qids: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Where each wanted ``<details id=qid>`` block's content lies: after its ``</summary>``, up to
    its own ``</details>`` (nested ``<details>`` blocks stay inside). One regular-expression pass.
    """
    wanted = set(qids)
    spans: dict[str, tuple[int, int]] = {}
    open_blocks: list[tuple[str | None, int | None]] = []  # per open <details>: wanted qid, content start
    for tag in _BLOCK_TAG.finditer(html):
        name = (tag["name"] or "").lower()
        if name == "details" and not tag["close"]:
            id_match = ID_ATTRIBUTE.search(tag["attrs"])
            qid = id_match[1] if id_match and id_match[1] in wanted else None
            open_blocks.append((qid, None))
        elif name == "summary" and tag["close"] and open_blocks and open_blocks[-1][1] is None:
            open_blocks[-1] = (open_blocks[-1][0], tag.end())
        elif name == "details" and open_blocks:
            qid, start = open_blocks.pop()
            if qid is not None and start is not None:
                spans[qid] = (start, tag.start())
    return spans


def insert_after_heading(html: str, markup: str) -> str:
    """``html`` with ``markup`` right after its first ``<h1>`` (at the start when it has none)."""
    end = html.find("</h1>")
    if end < 0:
        return markup + "\n" + html
    end += len("</h1>")
    return html[:end] + "\n" + markup + html[end:]


def root_relative(html: str, page_url: str) -> str:
    """HTML rendered for the page at ``page_url``, its relative href/src rewritten from the site root."""

    def rebase(match: re.Match[str]) -> str:
        url = match["url"]
        if not url or EXTERNAL_URL.match(url) or url.startswith("/"):
            return match.group()
        resolved = join_url(_ROOT + page_url, url).removeprefix(_ROOT)
        return f'{match["attr"]}="{resolved or "./"}"'

    return URL_ATTRIBUTE.sub(rebase, html)


def build_cards(
    questions: Iterable[Question],
    answers: Mapping[str, str],
    page_urls: Mapping[str, str],
    guids: Mapping[str, str] | None = None,
) -> list[Card]:
    """A card per question, in reading order; ``answers`` and ``guids`` by card id, ``page_urls`` by
    page path (a card without a GUID of its own takes its id)."""
    cards = []
    for question in sorted(questions, key=lambda q: (q.page.order, q.line)):
        identifier = card_id(question)
        page_url = page_urls[question.page.path]
        answer = answers.get(identifier)
        cards.append(
            Card(
                id=identifier,
                stage=question.page.path,
                stage_title=question.page.title,
                level=question.level,
                kind=question.kind,
                question=question.question,
                answer_html=root_relative(answer, page_url) if answer is not None else "",
                answer_text=plain_text(question.answer),
                url=f"{page_url}#{question.qid}",
                guid=(guids or {}).get(identifier, identifier),
                changed=question.history.changed,
                change=question.history.change,
            )
        )
    return cards


def stages_of(
    questions: Iterable[Question], pages: Iterable[Page], page_urls: Mapping[str, str]
) -> list[Stage]:
    """The pages that have questions, in reading order, each with its card ids."""
    ids: dict[str, list[str]] = {}
    for question in sorted(questions, key=lambda q: (q.page.order, q.line)):
        ids.setdefault(question.page.path, []).append(card_id(question))
    return [
        Stage(page.path, page.title, page_urls[page.path], tuple(ids[page.path]))
        for page in sorted(pages, key=lambda p: p.order)
        if page.path in ids
    ]


def cards_json(cards: Iterable[Card], stages: Iterable[Stage]) -> str:
    """``cards.json``: the stages and every card, with a format version for readers."""
    data = {
        "version": 1,
        "stages": [asdict(stage) for stage in stages],
        "cards": [asdict(card) for card in cards],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def script_json(text: str) -> str:
    """JSON made safe inside ``<script type="application/json">``: no ``</script>`` nor ``<!--``."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def answers_path(stage_path: str) -> str:
    """Where a stage's answers are published for the study tools: ``answers/ops/monitor.js``."""
    return f"{ANSWERS_DIR}/{stage_path.removesuffix('.md')}.js"


def answers_script(stage: Stage, cards: Iterable[Card]) -> str:
    """A stage's answer HTML by card id, handed to ``window.studyAnswers`` (answers.js) when loaded.

    The flashcards and the mock interview load a stage's answers the first time one of its cards is
    shown, not every answer up front: all of them are ~1.7 MB, which kept the flashcards page blank
    on a phone until it had arrived (``make audit``).
    """
    answers = {card.id: card.answer_html for card in cards if card.stage == stage.path}
    payload = script_json(json.dumps(answers, ensure_ascii=False, separators=(",", ":")))
    return (
        "// Generated by the glossary hook: this stage's answers for the study tools (answers.js).\n"
        f"window.studyAnswers.add({script_json(json.dumps(stage.path))}, {payload});\n"
    )


def study_index_js(
    stages: Iterable[Stage],
    flashcards_url: str,
    renamed: Mapping[str, list[str]] | None = None,
    changed: Mapping[str, str] | None = None,
) -> str:
    """``study-index.js``: which card ids each stage has, for progress on every page (works on file://),
    and where its answers are (``answers_path``).

    ``flashcards_url`` (from the site root) lets a stage page link its own deck: ``...#stage=path``.
    ``renamed`` (old id to the ids that took its place) lets storage.js move a learner's progress on
    load; ``changed`` (card id to the day its answer last changed) flags cards studied before that.
    """
    data = [
        {"path": s.path, "title": s.title, "url": s.url, "ids": list(s.ids), "answers": answers_path(s.path)}
        for s in stages
    ]
    index = {
        "version": 1,
        "flashcards": flashcards_url,
        "stages": data,
        "renamed": dict(renamed or {}),
        "changed": dict(changed or {}),
    }
    payload = script_json(json.dumps(index, ensure_ascii=False, separators=(",", ":")))
    return (
        "// Generated by the glossary hook: card ids per stage. study.js reads it.\n"
        f"window.studyIndex = {payload};\n"
        "window.studyIndex.root = new URL('.', document.currentScript.src).href;\n"
    )


# Helpers -----------------------------------------------------------------------------------------


def _clean(answer: str) -> str:
    return _LINE_ANCHOR.sub("", _COMMENT.sub("", answer)).strip()
