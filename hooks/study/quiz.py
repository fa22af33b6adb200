"""The quiz: "which term matches this definition?", one multiple-choice question per glossary term.

Made at build time from the glossary: the prompt is the entry's one-line definition with the term's
own name and aliases masked; the three wrong options are the terms most plausible to confuse with
it: those its "See also" lists and that are defined on the same stage, then the rest of that stage,
then the related terms of other stages, then any term. The order of the options is shuffled by a
generator seeded with the term, so a build gives every reader, and every later build, the same quiz.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cards import card_id

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from glossary.model import Entry, Question

OPTIONS = 4
MASK = "…"


@dataclass(frozen=True)
class QuizItem:
    """One generated question; ``card`` is the flashcard id of the question that defines the term."""

    id: str
    card: str
    stage: str
    level: str
    kind: str
    prompt: str
    options: tuple[str, ...]
    answer: int
    """Index in ``options`` of the right term."""
    term: str
    question: Question


def masked(text: str, names: Iterable[str]) -> str:
    """``text`` with every whole-word mention of ``names``, plurals too, as ``MASK``: of two names that
    start at the same place the longer, of two that overlap the one that starts first."""
    forms = [
        rf"{re.escape(name[:-1])}(?:y|ies)" if name.endswith("y") else rf"{re.escape(name)}(?:e?s)?"
        for name in sorted(set(names), key=len, reverse=True)
        if name
    ]
    if not forms:
        return text
    return re.sub(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", MASK, text, flags=re.IGNORECASE)


def stage_of(entry: Entry) -> Question:
    """The question that defines the entry first in reading order: its stage and its full answer."""
    return min(entry.questions, key=lambda q: (q.page.order, q.line))


def stage_paths(entries: Iterable[Entry]) -> dict[str, str]:
    """Each entry's key -> the page of the question that defines it first (``stage_of``)."""
    return {e.key: stage_of(e).page.path for e in entries}


def distractors(
    entry: Entry,
    entries: Sequence[Entry],
    see_also: Mapping[str, Sequence[Entry]],
    stages: Mapping[str, str] | None = None,
) -> list[Entry]:
    """The ``OPTIONS - 1`` wrong options for ``entry``, most plausible first (see the module's text).
    ``stages``: ``stage_paths`` of ``entries`` and of the related entries, computed once for many calls."""
    stages = stages if stages is not None else stage_paths([entry, *entries, *see_also.get(entry.key, ())])
    stage = stages[entry.key]
    related = [e for e in see_also.get(entry.key, ()) if e.key != entry.key]
    same_stage = [e for e in entries if e.key != entry.key and stages[e.key] == stage]
    tiers = (
        [e for e in related if stages[e.key] == stage],
        same_stage,
        related,
        [e for e in entries if e.key != entry.key],
    )
    chosen: list[Entry] = []
    rng = _rng(entry.key, "distractors")
    for tier in tiers:
        pool = [e for e in tier if e not in chosen and not _alike(e, entry)]
        rng.shuffle(pool)
        chosen += pool[: OPTIONS - 1 - len(chosen)]
        if len(chosen) == OPTIONS - 1:
            break
    return chosen


def quiz_items(entries: Sequence[Entry], see_also: Mapping[str, Sequence[Entry]]) -> list[QuizItem]:
    """Every entry with enough other terms to choose from, in reading order of its defining question."""
    items = []
    stages = stage_paths([*entries, *(e for related in see_also.values() for e in related)])
    for entry in entries:
        wrong = distractors(entry, entries, see_also, stages)
        if len(wrong) < OPTIONS - 1:
            continue
        options = [entry.name, *(e.name for e in wrong)]
        _rng(entry.key, "options").shuffle(options)
        question = stage_of(entry)
        items.append(
            QuizItem(
                id=f"quiz-{entry.slug}",
                card=card_id(question),
                stage=question.page.path,
                level=question.level,
                kind=question.kind,
                prompt=masked(entry.tooltip, [entry.name, *entry.aliases]),
                options=tuple(options),
                answer=options.index(entry.name),
                term=entry.name,
                question=question,
            )
        )
    return sorted(items, key=lambda item: (item.question.page.order, item.question.line))


# Helpers -----------------------------------------------------------------------------------------


def _rng(key: str, purpose: str) -> random.Random:
    digest = hashlib.sha256(f"{purpose}:{key}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _alike(a: Entry, b: Entry) -> bool:
    """Two names one of which contains the other ("Drift", "Data drift"): both would be right-ish."""
    x, y = a.name.casefold(), b.name.casefold()
    return x in y or y in x
