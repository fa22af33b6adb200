"""Harvest: read one page's Markdown source and collect its Q&A blocks and alias declarations.

The authoring format is plain pymdownx.details Markdown, so a page renders the same without the hook::

    ??? question fundamental concept "What is continuous integration (CI) in MLOps?"
        <!-- glossary: aliases="CI pipeline" -->
        The answer, indented four spaces. Its first sentence is the glossary tooltip.

The two words before the title are the question's level (fundamental, intermediate, advanced) and
kind (concept, scenario, calculation, design), in either order; both are required. The optional
first-line directive takes ``term="..."`` (override the term), ``aliases="a, b"``
(more names for it), ``unless="a, b"`` (phrases in which the term is another word, never linked on
any page) or ``none`` (a "What is" question that defines nothing). Outside a Q&A,
``<!-- glossary: of="pipeline" aliases="ML pipeline" -->`` declares aliases of a term defined elsewhere,
and ``<!-- glossary: of="precision" unless="coarser precision" -->`` phrases in which it is not linked
on that page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .citations import check_stale_facts, read_citations
from .errors import GlossaryError
from .model import KINDS, LEVELS, AliasDeclaration, CardHistory, Harvest, Page, Question
from .terms import slugify, term_from_question

KEY_TERMS_MARKER = "<!-- glossary-key-terms -->"

_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*(?:\{[^}]*\})?\s*#*\s*$")
_DETAILS = re.compile(r"^(?P<indent>\s*)\?\?\?\+?\s+question\b(?P<rest>.*)$")
_TITLE = re.compile(r'^(?P<words>(?:\s+[\w-]+)*)\s*"(?P<title>[^"]*)"\s*$')
_DIRECTIVE = re.compile(r"^\s*<!--\s*glossary:(?P<body>.*?)-->\s*$")
_DIRECTIVE_START = re.compile(r"^\s*<!--\s*(?:glossary|card):")
_CARD = re.compile(r"^\s*<!--\s*card:(?P<body>.*?)-->\s*$")
_CARD_ID = re.compile(r"^(?:[\w./-]+\.md#)?q-[a-z0-9-]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PHRASE = re.compile(r"\s*(?:'([^']*)'|([^,]*))\s*(?:,|$)")
_OPTION = re.compile(r'\s*(?:(?P<key>[a-z]+)="(?P<value>[^"]*)"|(?P<flag>[a-z]+))\s*')

_FORMAT_HINT = (
    'write it as: ??? question fundamental concept "What is X?" with the answer indented 4 spaces below'
)
_CARD_HINT = (
    'write <!-- card: was="q-old-anchor" changed="YYYY-MM-DD" change="what changed, in a line" --> '
    "(every option optional; see CONTRIBUTING.md)"
)
_LEVEL_HINT = f"a level ({', '.join(LEVELS)}) and a kind ({', '.join(KINDS)})"


@dataclass(frozen=True)
class _Directive:
    term: str | None = None
    aliases: tuple[str, ...] = ()
    none: bool = False
    of: str | None = None
    unless: tuple[str, ...] = ()


def harvest_page(markdown: str, page: Page) -> Harvest:
    """Every Q&A block and alias declaration of one page, in source order.

    Raises GlossaryError at ``path:line`` for anything it cannot read, so nothing is dropped.
    """
    lines = markdown.splitlines()
    questions: list[Question] = []
    declarations: list[AliasDeclaration] = []
    key_terms_lines: list[int] = []
    used_ids: set[str] = set()
    section = page.title
    fence: tuple[str, int] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        fence_match = _FENCE.match(line)
        if fence is not None:
            if fence_match and fence_match["fence"].startswith(fence[0]):
                fence = None
            index += 1
            continue
        if fence_match:
            fence = (fence_match["fence"], number)
            index += 1
            continue
        heading = _HEADING.match(line)
        if heading:
            section = heading["text"]
        details = _DETAILS.match(line)
        if details:
            question, index = _read_question(lines, index, page, section, used_ids)
            questions.append(question)
            continue
        if line.strip() == KEY_TERMS_MARKER:
            key_terms_lines.append(number)
        elif _CARD.match(line):
            raise GlossaryError(
                page.path,
                number,
                "a card directive belongs at the top of an answer, right below its question",
            )
        elif _DIRECTIVE_START.match(line):
            declarations.append(_read_declaration(line, page, number))
        index += 1
    if fence is not None:
        raise GlossaryError(
            page.path, fence[1], f"code fence {fence[0]} is never closed; close it with {fence[0]}"
        )
    return Harvest(tuple(questions), tuple(declarations), tuple(key_terms_lines))


def _read_question(
    lines: list[str], start: int, page: Page, section: str, used_ids: set[str]
) -> tuple[Question, int]:
    """One ``??? question`` block starting at ``lines[start]``; returns it and the next index."""
    number = start + 1
    details = _DETAILS.match(lines[start])
    assert details is not None
    title = _TITLE.match(details["rest"])
    if not title or not title["title"].strip():
        raise GlossaryError(
            page.path, number, f"question title must be in double quotes and not empty; {_FORMAT_HINT}"
        )
    question = title["title"].strip()
    level, kind = _level_and_kind(title["words"].split(), question, page, number)
    body_indent = len(details["indent"].expandtabs(4)) + 4
    end = start + 1
    body: list[str] = []
    while end < len(lines):
        line = lines[end].expandtabs(4)
        if line.strip() and len(line) - len(line.lstrip()) < body_indent:
            break
        body.append(line[body_indent:])
        end += 1
    while body and not body[-1].strip():
        body.pop()
    first = start + 2  # the line number of body[0]
    while body and not body[0].strip():
        body.pop(0)
        first += 1

    directive, history, unless_line = _Directive(), CardHistory(), first
    while body and _DIRECTIVE_START.match(body[0]):
        if _CARD.match(body[0]):
            history = _parse_card(body[0], page, first)
        else:
            parsed = _parse_directive(body[0], page, first)
            if parsed.unless and not directive.unless:
                unless_line = first
            directive = _combine(directive, parsed, page, first)
        body = body[1:]
        first += 1
        while body and not body[0].strip():
            body.pop(0)
            first += 1
    if not body:
        raise GlossaryError(page.path, number, f'question "{question}" has no answer; {_FORMAT_HINT}')
    _check_body(body, page, first, question)
    citations = read_citations(body, page.path, first)
    check_stale_facts(body, page.path, first, question, citations)
    if directive.of is not None:
        raise GlossaryError(
            page.path, start + 2, 'of="..." declares aliases outside a question; inside one, use term="..."'
        )
    term, aliases = _term_of(question, directive)
    if directive.unless and term is None:
        raise GlossaryError(
            page.path,
            unless_line,
            f'unless="..." lists phrases in which the term a question defines is another word, and '
            f'"{question}" defines none; name the term with term="...", or write '
            '<!-- glossary: of="term" unless="..." --> outside the question',
        )
    qid = _unique_id("q-" + slugify(question), used_ids)
    return (
        Question(
            page,
            number,
            section,
            question,
            "\n".join(body),
            qid,
            term,
            aliases,
            level,
            kind,
            history,
            citations,
            directive.unless,
        ),
        end,
    )


def _level_and_kind(words: list[str], question: str, page: Page, number: int) -> tuple[str, str]:
    """The level and kind written before a question's title, in either order."""
    levels = [w for w in words if w in LEVELS]
    kinds = [w for w in words if w in KINDS]
    unknown = [w for w in words if w not in LEVELS and w not in KINDS]
    if unknown:
        raise GlossaryError(
            page.path,
            number,
            f'question "{question}": unknown word "{unknown[0]}" before the title; '
            f'write {_LEVEL_HINT}, e.g. ??? question intermediate scenario "..."',
        )
    if len(levels) != 1 or len(kinds) != 1:
        missing = "a level" if not levels else "a kind" if not kinds else "one level and one kind"
        raise GlossaryError(
            page.path,
            number,
            f'question "{question}" needs {missing} before the title: {_LEVEL_HINT}, '
            f'e.g. ??? question fundamental concept "{question}"',
        )
    return levels[0], kinds[0]


def _check_body(body: list[str], page: Page, first: int, question: str) -> None:
    """Reject what the answer cannot hold; ``first`` is the line number of ``body[0]``."""
    fence: tuple[str, int] | None = None
    for offset, line in enumerate(body):
        fence_match = _FENCE.match(line)
        if fence is not None:
            if fence_match and fence_match["fence"].startswith(fence[0]):
                fence = None
            continue
        if fence_match:
            fence = (fence_match["fence"], first + offset)
        elif _DETAILS.match(line):
            raise GlossaryError(
                page.path,
                first + offset,
                f'question "{question}" contains another question block; '
                "questions cannot be nested, move it out to its own block",
            )
        elif _DIRECTIVE_START.match(line):
            raise GlossaryError(
                page.path,
                first + offset,
                "a glossary or card directive must be at the top of the answer, right below the question",
            )
    if fence is not None:
        raise GlossaryError(
            page.path,
            fence[1],
            f'code fence {fence[0]} in the answer to "{question}" is never closed; '
            f"close it with {fence[0]}, indented like the answer",
        )


def _term_of(question: str, directive: _Directive) -> tuple[str | None, tuple[str, ...]]:
    if directive.none:
        return None, ()
    found = term_from_question(question)
    term, aliases = found if found else (None, ())
    if directive.term is not None:
        term = directive.term
    return term, tuple(dict.fromkeys(aliases + directive.aliases))


def _combine(earlier: _Directive, later: _Directive, page: Page, number: int) -> _Directive:
    """Two glossary directives at the top of one answer, read as one: each line adds its options."""
    if earlier == _Directive():
        return later
    repeated = [
        name
        for name, twice in (
            ("term=", earlier.term is not None and later.term is not None),
            ("none", earlier.none and later.none),
        )
        if twice
    ]
    if repeated:
        raise GlossaryError(page.path, number, f"{repeated[0]} is given twice at the top of this answer")
    combined = _Directive(
        term=later.term if later.term is not None else earlier.term,
        aliases=tuple(dict.fromkeys(earlier.aliases + later.aliases)),
        none=earlier.none or later.none,
        unless=tuple(dict.fromkeys(earlier.unless + later.unless)),
        of=later.of if later.of is not None else earlier.of,
    )
    if combined.none and (combined.term is not None or combined.aliases or combined.unless):
        raise GlossaryError(
            page.path,
            number,
            "none means the question defines no term, so it takes no term=, aliases= or unless=",
        )
    return combined


def _read_declaration(line: str, page: Page, number: int) -> AliasDeclaration:
    directive = _parse_directive(line, page, number)
    declares = directive.aliases or directive.unless
    if directive.of is None or not declares or directive.term or directive.none:
        raise GlossaryError(
            page.path,
            number,
            "outside a question, a glossary directive declares aliases of a term, or phrases in which it "
            'is another word on this page: <!-- glossary: of="term" aliases="other name, ABBR" --> or '
            '<!-- glossary: of="term" unless="phrase, other phrase" -->',
        )
    return AliasDeclaration(page, number, directive.of, directive.aliases, directive.unless)


def _parse_directive(line: str, page: Page, number: int) -> _Directive:
    match = _DIRECTIVE.match(line)
    if not match:
        raise GlossaryError(page.path, number, "glossary directive must be one line: <!-- glossary: ... -->")
    options, flags = _read_options(match["body"], page, number, "glossary", 'write options as key="value"')
    unknown = (set(options) - {"term", "aliases", "of", "unless"}) | (flags - {"none"})
    if unknown:
        raise GlossaryError(
            page.path,
            number,
            f"unknown glossary option {', '.join(sorted(unknown))}; "
            'use term="...", aliases="...", unless="...", of="..." or none',
        )
    if "term" in options and not options["term"].strip():
        raise GlossaryError(page.path, number, 'term="" is empty; name the term, or write none')
    if "none" in flags and ({"term", "aliases", "unless"} & set(options)):
        raise GlossaryError(
            page.path,
            number,
            "none means the question defines no term, so it takes no term=, aliases= or unless=",
        )
    aliases = _list(options, "aliases")
    if "aliases" in options and not aliases:
        raise GlossaryError(page.path, number, 'aliases="" is empty; list names separated by commas')
    unless = _phrases(options.get("unless", ""))
    if "unless" in options and not unless:
        raise GlossaryError(
            page.path,
            number,
            'unless="" is empty; list the phrases in which the term is another word, separated by commas '
            '(unless="coarser precision, numerical precision")',
        )
    term = options["term"].strip() if "term" in options else None
    of = options["of"].strip() if "of" in options else None
    return _Directive(term=term, aliases=aliases, none="none" in flags, of=of, unless=unless)


def _list(options: dict[str, str], name: str) -> tuple[str, ...]:
    """A comma-separated option's items, stripped, without empty ones."""
    return tuple(item.strip() for item in options.get(name, "").split(",") if item.strip())


def _phrases(value: str) -> tuple[str, ...]:
    """``unless="coarser precision, 'Ingestion, validation'"``: phrases separated by commas, one that
    holds a comma in single quotes."""
    return tuple(
        phrase.strip() for quoted, plain in _PHRASE.findall(value) if (phrase := quoted or plain).strip()
    )


def _read_options(
    body: str, page: Page, number: int, kind: str, hint: str
) -> tuple[dict[str, str], set[str]]:
    """The ``key="value"`` options and bare flags of a directive's ``body``, in one pass."""
    options: dict[str, str] = {}
    flags: set[str] = set()
    position = 0
    while position < len(body):
        option = _OPTION.match(body, position)
        if not option or option.end() == position:
            raise GlossaryError(
                page.path, number, f'cannot read {kind} directive near "{body[position:].strip()}"; {hint}'
            )
        if option["flag"]:
            flags.add(option["flag"])
        else:
            options[option["key"]] = option["value"]
        position = option.end()
    return options, flags


def _parse_card(line: str, page: Page, number: int) -> CardHistory:
    """``<!-- card: was="q-old" changed="2026-12-05" change="what changed" -->`` on an answer's top."""
    match = _CARD.match(line)
    assert match is not None
    options, flags = _read_options(match["body"], page, number, "card", _CARD_HINT)
    options = {key: value.strip() for key, value in options.items()}
    unknown = set(options) - {"was", "changed", "change"} | flags
    if unknown:
        raise GlossaryError(
            page.path, number, f"unknown card option {', '.join(sorted(unknown))}; {_CARD_HINT}"
        )
    if ("changed" in options) != ("change" in options) or options.get("change") == "":
        raise GlossaryError(
            page.path,
            number,
            'changed="YYYY-MM-DD" and change="what changed, in a line" go together; ' + _CARD_HINT,
        )
    changed = options.get("changed")
    if changed is not None and not _valid_date(changed):
        raise GlossaryError(
            page.path, number, f'changed="{changed}" is not a date; write changed="YYYY-MM-DD"'
        )
    was = tuple(w.strip() for w in options.get("was", "").split(",") if w.strip())
    for old in was:
        if not _CARD_ID.match(old):
            raise GlossaryError(
                page.path,
                number,
                f'was="{old}" is not a card id: give the old anchor (q-old-wording) or, for a question moved '
                "from another page, page.md#q-old-wording",
            )
    if "was" in options and not was:
        raise GlossaryError(page.path, number, 'was="" is empty; name the old anchor, or leave was out')
    full = tuple(old if "#" in old else f"{page.path}#{old}" for old in was)
    return CardHistory(was=full, changed=changed, change=options.get("change"))


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _unique_id(base: str, used: set[str]) -> str:
    candidate, counter = base, 2
    while candidate in used:
        candidate, counter = f"{base}-{counter}", counter + 1
    used.add(candidate)
    return candidate
