"""A card's identity across rewording: the list of every card id ever published, and the successors.

A card id is the question's page and anchor (``operations/monitoring.md#q-what-is-data-drift``), and
the anchor comes from the wording, so rewording a question gives it a new id. Learners' progress and
Anki notes are stored under ids, so an id, once published, never just disappears: the question that
took its place names it (``<!-- card: was="q-old-anchor" -->``), or ``published-cards.txt`` marks it
retired. The browser moves progress from an old id to its successors on load (storage.js), and the
Anki deck keeps the note's GUID of the oldest id, so a re-import updates the note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from glossary.errors import GlossaryError

from .cards import card_id

if TYPE_CHECKING:
    from collections.abc import Iterable

    from glossary.model import Question

PUBLISHED_PATH = "published-cards.txt"
HEADER = """\
# Every flashcard id this guide has published, one a line (page path#question anchor). Learners'
# progress and Anki notes are stored under these ids, so none may silently disappear:
# - a reworded or moved question names its old ids, oldest first: <!-- card: was="q-old-anchor" -->
# - a question removed on purpose keeps its line, marked:  page.md#q-anchor  retired: why
# make cards appends the ids of new questions; the build fails on an id that went missing.
"""
_LINE = re.compile(r"^(?P<id>[\w./-]+\.md#q-[a-z0-9-]+)(?:\s+retired:\s*(?P<why>\S.*?))?\s*$")


@dataclass(frozen=True)
class Published:
    """One line of ``published-cards.txt``."""

    id: str
    line: int
    retired: str | None = None


def read_published(text: str, path: str = PUBLISHED_PATH) -> list[Published]:
    """The ids of ``published-cards.txt``; raises GlossaryError at a line it cannot read or a repeat."""
    published: list[Published] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line.strip())
        if not match:
            raise GlossaryError(
                path, number, "write a card id (page.md#q-anchor), optionally followed by '  retired: why'"
            )
        if match["id"] in seen:
            raise GlossaryError(path, number, f"{match['id']} is listed already at line {seen[match['id']]}")
        seen[match["id"]] = number
        published.append(Published(match["id"], number, match["why"]))
    return published


def successors(questions: Iterable[Question]) -> dict[str, list[str]]:
    """Each old id named by a ``was`` to the current ids that took its place (a split has several)."""
    renamed: dict[str, list[str]] = {}
    for question in questions:
        for old in question.history.was:
            renamed.setdefault(old, []).append(card_id(question))
    return renamed


def check_published(
    published: list[Published], questions: list[Question], path: str = PUBLISHED_PATH
) -> None:
    """Raise GlossaryError unless every published id is current, named by a successor, or retired."""
    current = {card_id(q): q for q in questions}
    listed = {p.id: p for p in published}
    for question in questions:
        for old in question.history.was:
            if old in current:
                raise GlossaryError(
                    question.page.path,
                    question.line,
                    f'was="{old}" is the id of a question that still exists ({current[old].location}); '
                    "name only ids no question has any more",
                )
            if old not in listed:
                raise GlossaryError(
                    question.page.path,
                    question.line,
                    f'was="{old}" names an id that was never published (not in {path}); check the old '
                    "anchor on the published site or in that file",
                )
            if listed[old].retired is not None:
                raise GlossaryError(
                    path,
                    listed[old].line,
                    f"{old} is marked retired, but {question.location} names it as its past: drop one",
                )
    renamed = successors(questions)
    for entry in published:
        if entry.id in current:
            if entry.retired is not None:
                raise GlossaryError(
                    path,
                    entry.line,
                    f"{entry.id} is marked retired, but {current[entry.id].location} has that id; "
                    "remove 'retired:' from the line",
                )
            continue
        if entry.retired is None and entry.id not in renamed:
            raise GlossaryError(
                path,
                entry.line,
                f"card {entry.id} was published, but no question has that id any more, so learners' "
                "progress on it would be lost. If the question was reworded or moved, add "
                f'<!-- card: was="{entry.id}" --> at the top of its answer (same page: the anchor alone); '
                f"if it was removed on purpose, end this line with '  retired: why'",
            )


def unpublished(published: list[Published], questions: Iterable[Question]) -> list[str]:
    """Current card ids that ``published-cards.txt`` does not list yet, in reading order."""
    listed = {p.id for p in published}
    return [card_id(q) for q in questions if card_id(q) not in listed]


def with_new_ids(text: str, questions: Iterable[Question]) -> str:
    """``published-cards.txt`` with the current ids it misses appended (``make cards``)."""
    new = unpublished(read_published(text), questions)
    body = text if text.strip() else HEADER
    if new:
        body = body.rstrip("\n") + "\n" + "\n".join(new) + "\n"
    return body


def anki_guids(questions: Iterable[Question]) -> dict[str, str]:
    """Each card's Anki GUID by card id: the oldest id it had, so re-importing the deck after a
    rewording updates the note. Of a split question's successors, the first keeps the old GUID."""
    guids: dict[str, str] = {}
    taken: set[str] = set()
    for question in questions:
        identifier = card_id(question)
        oldest = question.history.was[0] if question.history.was else identifier
        guids[identifier] = oldest if oldest not in taken else identifier
        taken.add(guids[identifier])
    return guids
