"""The data model: frozen dataclasses, built once per build and never mutated."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .citations import Citation


@dataclass(frozen=True)
class Page:
    """A source page: its path under docs/, its title, and its place in the reading order."""

    path: str
    title: str
    order: int


@dataclass(frozen=True)
class CardHistory:
    """What an author declared of a question's past: ``<!-- card: was=... changed=... change=... -->``."""

    was: tuple[str, ...] = ()
    """Card ids the question had before (oldest first), so progress and Anki notes follow it."""
    changed: str | None = None
    """The day (``YYYY-MM-DD``) its answer last changed in substance."""
    change: str | None = None
    """What changed, in a line, for learners who studied the old answer."""


@dataclass(frozen=True)
class Question:
    """One harvested Q&A block."""

    page: Page
    line: int
    section: str
    question: str
    answer: str
    qid: str
    """The block's anchor on its page (``q-what-is-data-drift``), stable while the question is."""
    term: str | None
    """The term it defines, as written, or None for a study question."""
    aliases: tuple[str, ...] = ()
    level: str = "fundamental"
    """How deep the question goes: one of ``LEVELS``."""
    kind: str = "concept"
    """What the question asks for: one of ``KINDS``."""
    history: CardHistory = CardHistory()
    citations: tuple[Citation, ...] = ()
    """The sources listed under the answer, with the month each was checked."""
    unless: tuple[str, ...] = ()
    """Phrases in which the term it defines is another word and is not linked, on every page
    (``unless="..."``)."""

    @property
    def location(self) -> str:
        return f"{self.page.path}:{self.line}"


LEVELS = ("fundamental", "intermediate", "advanced")
KINDS = ("concept", "scenario", "calculation", "design")


@dataclass(frozen=True)
class AliasDeclaration:
    """``<!-- glossary: of="pipeline" aliases="ML pipeline" unless="pipeline parallelism" -->`` outside
    a Q&A: more names for a term (on every page), phrases in which it is not linked (on this page)."""

    page: Page
    line: int
    target: str
    aliases: tuple[str, ...]
    unless: tuple[str, ...] = ()

    @property
    def location(self) -> str:
        return f"{self.page.path}:{self.line}"


@dataclass(frozen=True)
class Harvest:
    """Everything harvested from one page."""

    questions: tuple[Question, ...] = ()
    alias_declarations: tuple[AliasDeclaration, ...] = ()
    key_terms_lines: tuple[int, ...] = ()
    """Lines (1-based) holding the key-terms marker alone, outside code."""


@dataclass(frozen=True)
class Definition:
    """One distinct answer to a term; identical answers share it and list all their sources."""

    answer: str
    sources: tuple[Question, ...]


@dataclass(frozen=True)
class Entry:
    """One glossary entry: a term with every distinct definition an author wrote for it."""

    key: str
    name: str
    slug: str
    aliases: tuple[str, ...]
    definitions: tuple[Definition, ...]
    tooltip: str
    written: str = ""
    """The name as its question writes it (``data drift``, ``ZeRO``; ``name`` when empty): a name
    written with a capital letter matches only as written, one in lower case in any case."""
    unless: tuple[str, ...] = ()
    """Phrases in which the term is another word and is not linked, on every page."""

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for d in self.definitions for q in d.sources)


@dataclass(frozen=True)
class SimilarNames:
    """Two terms whose names look alike but do not share a key: a hint to add an alias."""

    first: Entry
    second: Entry


@dataclass(frozen=True)
class Glossary:
    """The merged glossary, in alphabetical order, with lookups by key and alias."""

    entries: tuple[Entry, ...]
    by_key: dict[str, Entry] = field(hash=False)
    similar: tuple[SimilarNames, ...] = ()
    unless_on_page: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict, hash=False)
    """Per page path, per term key: phrases in which the term is not linked on that page only."""
