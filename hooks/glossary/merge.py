"""Merge: one entry per term key, aliases resolved, identical answers collapsed, look-alikes reported."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from .errors import GlossaryError
from .link import surface_forms
from .model import AliasDeclaration, Definition, Entry, Glossary, Harvest, Question, SimilarNames
from .terms import answer_fingerprint, contains_words, display_name, first_sentence, slugify, term_key

if TYPE_CHECKING:
    from collections.abc import Iterable

# Words that qualify a name without changing the concept: "ML pipeline" and "pipeline" look alike.
_QUALIFIERS = frozenset({"machine", "learning", "model", "mlops"})


def merge_harvests(harvests: Iterable[Harvest]) -> Glossary:
    """The glossary built from every page's harvest, deterministic for the same input."""
    harvests = list(harvests)
    questions = [q for h in harvests for q in h.questions]
    declarations = [d for h in harvests for d in h.alias_declarations]
    defining = [q for q in questions if q.term is not None]
    term_keys = {term_key(q.term) for q in defining if q.term is not None}
    alias_of = _resolve_aliases(defining, declarations, term_keys)

    grouped: dict[str, list[Question]] = defaultdict(list)
    for question in defining:
        assert question.term is not None
        key = term_key(question.term)
        grouped[alias_of.get(key, key)].append(question)

    aliases_by_term: dict[str, dict[str, str]] = defaultdict(dict)
    for question in sorted(defining, key=_reading_order):
        assert question.term is not None
        canonical = alias_of.get(term_key(question.term), term_key(question.term))
        if term_key(question.term) != canonical:
            aliases_by_term[canonical].setdefault(term_key(question.term), question.term)
        for alias in question.aliases:
            aliases_by_term[canonical].setdefault(term_key(alias), alias)
    for declaration in sorted(declarations, key=lambda d: (d.page.order, d.line)):
        target = term_key(declaration.target)
        for alias in declaration.aliases:
            aliases_by_term[alias_of.get(target, target)].setdefault(term_key(alias), alias)

    entries = sorted(
        (_entry(key, sorted(qs, key=_reading_order), aliases_by_term[key]) for key, qs in grouped.items()),
        key=lambda e: (e.name.casefold(), e.key),
    )
    entries = _unique_slugs(entries)
    by_key = {e.key: e for e in entries}
    unless_on_page: dict[str, dict[str, tuple[str, ...]]] = {}
    for declaration in sorted(declarations, key=lambda d: (d.page.order, d.line)):
        if declaration.unless:
            key = alias_of.get(term_key(declaration.target), term_key(declaration.target))
            _check_unless(by_key[key], declaration.unless, declaration.location, on_one_page=True)
            on_page = unless_on_page.setdefault(declaration.page.path, {})
            on_page[key] = tuple(dict.fromkeys(on_page.get(key, ()) + declaration.unless))
    for entry in entries:
        for question in entry.questions:
            _check_unless(entry, question.unless, question.location)
    return Glossary(tuple(entries), by_key, tuple(_similar_names(entries)), unless_on_page)


def _reading_order(question: Question) -> tuple[int, int]:
    return question.page.order, question.line


def _resolve_aliases(
    defining: list[Question], declarations: list[AliasDeclaration], term_keys: set[str]
) -> dict[str, str]:
    """Map every alias key to the key of its term; fail on an alias claimed twice or pointing nowhere."""
    claims: dict[str, tuple[str, str]] = {}

    def claim(alias: str, target: str, location: str) -> None:
        alias_key = term_key(alias)
        if alias_key == target:
            return
        previous = claims.get(alias_key)
        if previous and previous[0] != target:
            raise GlossaryError(
                *_split(location),
                f'alias "{alias}" is claimed by "{target}" here and by "{previous[0]}" at {previous[1]}; '
                "keep it on one term only",
            )
        claims.setdefault(alias_key, (target, location))

    for question in sorted(defining, key=_reading_order):
        assert question.term is not None
        for alias in question.aliases:
            claim(alias, term_key(question.term), question.location)
    for declaration in declarations:
        target = term_key(declaration.target)
        if target not in term_keys:
            raise GlossaryError(
                declaration.page.path,
                declaration.line,
                f'of="{declaration.target}" points to no term; define it with a "What is '
                f'{declaration.target}?" question or fix the spelling',
            )
        for alias in declaration.aliases:
            claim(alias, target, declaration.location)

    resolved: dict[str, str] = {}
    for alias_key, (target, location) in claims.items():
        seen = {alias_key}
        while target in claims:
            if target in seen:
                raise GlossaryError(
                    *_split(location),
                    f'aliases of "{target}" go round in a circle; '
                    "make one of these names the term and the others its aliases",
                )
            seen.add(target)
            target = claims[target][0]
        resolved[alias_key] = target
    return resolved


def _split(location: str) -> tuple[str, int]:
    path, _, line = location.rpartition(":")
    return path, int(line)


def _entry(key: str, questions: list[Question], aliases: dict[str, str]) -> Entry:
    definitions: dict[str, list[Question]] = {}
    for question in questions:
        # A lone answer has nothing to be the same as: no need to fingerprint it.
        fingerprint = answer_fingerprint(question.answer) if len(questions) > 1 else ""
        definitions.setdefault(fingerprint, []).append(question)
    first = questions[0]
    assert first.term is not None
    # The name comes from the first question whose term is the canonical key, not from an alias.
    named = next((q for q in questions if q.term is not None and term_key(q.term) == key), first)
    assert named.term is not None
    alias_names = tuple(
        sorted((name for alias_key, name in aliases.items() if alias_key != key), key=str.casefold)
    )
    return Entry(
        key=key,
        name=display_name(named.term),
        slug=slugify(named.term),
        aliases=alias_names,
        definitions=tuple(Definition(qs[0].answer, tuple(qs)) for qs in definitions.values()),
        tooltip=first_sentence(first.answer),
        written=named.term,
        unless=tuple(dict.fromkeys(phrase for q in questions for phrase in q.unless)),
    )


def _check_unless(entry: Entry, phrases: tuple[str, ...], location: str, on_one_page: bool = False) -> None:
    """Each phrase in which ``entry`` is another word must hold one of its names and more words; on
    one page (outside a question), a name alone says that the page never uses the term's sense."""
    forms = surface_forms(entry)
    for phrase in phrases:
        if not on_one_page and any(phrase.casefold() == form.casefold() for form in forms):
            raise GlossaryError(
                *_split(location),
                f'unless="{phrase}" is the term "{entry.name}" itself, which would then never be linked; '
                'write the words around it that make it another word (unless="coarser precision"), or, on '
                f'a page that never uses its sense, <!-- glossary: of="{entry.name}" unless="{phrase}" -->',
            )
        if not any(contains_words(phrase, form) for form in forms):
            raise GlossaryError(
                *_split(location),
                f'unless="{phrase}" does not contain "{entry.name}" or one of its names, so it would never '
                "apply; write the phrase as the text has it, the term included",
            )


def _unique_slugs(entries: list[Entry]) -> list[Entry]:
    used: set[str] = set()
    unique = []
    for entry in entries:
        slug, counter = entry.slug, 2
        while slug in used:
            slug, counter = f"{entry.slug}-{counter}", counter + 1
        used.add(slug)
        unique.append(entry if slug == entry.slug else replace(entry, slug=slug))
    return unique


def _words(entry: Entry) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", entry.key)
    return frozenset(w for word in words for w in (("machine", "learning") if word == "ml" else (word,)))


def _similar_names(entries: list[Entry]) -> list[SimilarNames]:
    """Pairs of terms that differ only by qualifiers ("ML pipeline", "model pipeline"), or where
    one name is the other plus one word ("model monitoring", "model performance monitoring").

    Word sets are indexed, so the cost grows with the number of terms, not with its square.
    """
    words = [_words(e) for e in entries]
    by_core: dict[frozenset[str], list[int]] = defaultdict(list)
    by_words: dict[frozenset[str], list[int]] = defaultdict(list)
    for index, names in enumerate(words):
        if names - _QUALIFIERS:
            by_core[frozenset(names - _QUALIFIERS)].append(index)
        by_words[frozenset(names)].append(index)
    found: set[tuple[int, int]] = set()
    for group in by_core.values():
        found.update((a, b) for a in group for b in group if a < b)
    for large, names in enumerate(words):
        for word in names:
            for small in by_words.get(frozenset(names - {word}), ()) if len(names) >= 3 else ():
                found.add((min(small, large), max(small, large)))
    return [SimilarNames(entries[a], entries[b]) for a, b in sorted(found)]
