"""One build of the glossary, from page sources to linked HTML, with no MkDocs in sight.

A ``GlossaryBuild`` is made fresh for every build (``mkdocs serve`` keeps hook modules alive
between rebuilds, so nothing may be kept at module level). The MkDocs hook calls, in order:
``from_sources`` with every page, ``page_markdown`` and ``page_html`` for each page, then
``glossary_markdown`` and ``report``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from . import hide
from .citations import mark_sources, sources_report
from .errors import GlossaryError
from .harvest import KEY_TERMS_MARKER, harvest_page
from .link import Matcher, PageLinks, add_question_ids, compile_matcher, link_terms
from .merge import merge_harvests
from .related import most_mentioned, related_terms, share_of_slots
from .render import Renderer, escape_markdown
from .search_index import SearchQuestion, leave_out_of_sections, search_questions

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from .model import Entry, Glossary, Harvest, Page

# The report measures how much of "See also" goes to this many of the terms most entries mention.
GENERIC_TERMS = 5
_QUESTION_TITLE = re.compile(
    r'^(?P<head>\s*\?\?\?\+?\s+question)(?:\s+[\w-]+)*\s+"(?P<title>[^"]*)(?P<tail>"\s*)$', re.M
)
_CODE = re.compile(r"^\s*(`{3,}|~{3,}).*?^\s*\1|`+[^`]*`+", re.S | re.M)
# Markdown writes an HTML comment that stands alone in the source as a line of its own.
_KEY_TERMS_BLOCK = re.compile(rf"^{re.escape(KEY_TERMS_MARKER)}$", re.M)
_SCRIPT = re.compile(r"<\s*(?:script|style|iframe)\b", re.IGNORECASE)


@dataclass
class GlossaryBuild:
    glossary: Glossary
    harvests: dict[str, Harvest]
    pages: dict[str, Page]
    glossary_path: str
    renderer: Renderer
    matcher: Matcher
    links: dict[str, PageLinks] = field(default_factory=dict)
    search: dict[str, list[SearchQuestion]] = field(default_factory=dict)
    """Per page URL, its questions as search documents of their own (``search_index.rewrite_index``)."""
    _links: dict[tuple[str, str, str], str] = field(default_factory=dict, repr=False)
    _hidden: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _excluded: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_sources(
        cls, sources: Iterable[tuple[Page, str]], templates: Path, glossary_path: str = "glossary.md"
    ) -> GlossaryBuild:
        """Harvest every page and merge the glossary; raises GlossaryError on bad input."""
        harvests: dict[str, Harvest] = {}
        pages: dict[str, Page] = {}
        for page, markdown in sources:
            harvest = harvest_page(markdown, page)
            for question in harvest.questions:
                _reject_scripts(question.answer, question.location)
            harvests[page.path] = harvest
            pages[page.path] = page
        glossary = merge_harvests(harvests.values())
        return cls(
            glossary,
            harvests,
            pages,
            glossary_path,
            Renderer.from_directory(templates),
            compile_matcher(glossary.entries, glossary.unless_on_page),
        )

    @property
    def question_count(self) -> int:
        return sum(len(h.questions) for h in self.harvests.values())

    def page_markdown(self, path: str, markdown: str) -> str:
        """A stage page's Markdown with its question titles made literal and their level and kind
        taken out (``page_html`` puts them back as attributes, so every block is ``class="question"``).

        Only the lines the harvest found are touched, so examples inside code stay as written.
        """
        lines = markdown.splitlines(keepends=True)
        for question in self.harvests[path].questions:
            lines[question.line - 1] = _QUESTION_TITLE.sub(
                lambda m: m["head"] + ' "' + escape_markdown(m["title"]) + m["tail"], lines[question.line - 1]
            )
        return "".join(lines)

    def page_html(self, path: str, html: str, glossary_url: str, per_section: bool = False) -> str:
        """A stage page's HTML with ids on its Q&A blocks and its first term mentions linked.

        ``glossary_url`` is the glossary page's URL relative to this page; links go to its anchors.
        """
        questions = self.harvests[path].questions
        html, rendered = add_question_ids(mark_sources(html), [(q.qid, q.level, q.kind) for q in questions])
        if rendered != len(questions):
            line = questions[min(rendered, len(questions) - 1)].line if questions else 1
            raise GlossaryError(
                path,
                line,
                f"{len(questions)} question blocks in the source but {rendered} rendered; "
                "check that each ??? question line starts a block and its answer is indented 4 spaces",
            )
        defined_by = self._page_index[1].get(path, {})
        html, found = link_terms(
            html,
            self.matcher,
            lambda key, text: self._link(glossary_url, key, text),
            defined_by,
            per_section,
            page=path,
        )
        self.links[path] = found
        return self._key_terms(path, html, glossary_url)

    def _key_terms(self, path: str, html: str, glossary_url: str) -> str:
        """``html`` with the list of the terms the page defines at each key-terms marker."""
        marker_lines = self.harvests[path].key_terms_lines
        if not marker_lines:
            return html
        pieces = _KEY_TERMS_BLOCK.split(html)
        if len(pieces) - 1 != len(marker_lines):
            raise GlossaryError(
                path,
                marker_lines[0],
                f"{KEY_TERMS_MARKER} did not reach the page as a comment of its own (indented by 4 "
                "spaces, Markdown shows it as code); put it alone on a line, not indented",
            )
        key_terms = self.renderer.key_terms(self.defined_on(path), glossary_url)
        return key_terms.join(pieces)

    def index_questions(self, path: str, url: str, html: str) -> str:
        """Keep page ``path``'s questions, the page being at ``url``, as search documents of their own;
        return its ``html`` with them, and what repeats an entry, left out of its sections' search text.
        """
        questions = [(q.qid, q.level, q.kind) for q in self.harvests[path].questions]
        self.search[url] = search_questions(html, url, questions)
        return leave_out_of_sections(html)

    def hide_added(self, path: str, html: str) -> str:
        """Page ``path``'s final HTML with what the hook added hidden from later parsers (``hide``)."""
        html, self._hidden[path] = hide.hide(html)
        return html

    def hide_excluded(self, path: str, html: str) -> str:
        """Page ``path``'s final HTML with what it keeps out of search hidden from Material's parser,
        which would read part of it (``hide.hide_excluded``), until ``restore_excluded``."""
        html, self._excluded[path] = hide.hide_excluded(html)
        return html

    def restore_excluded(self, path: str, html: str) -> str:
        """Page ``path`` with what ``hide_excluded`` hid put back, once search has indexed it."""
        return hide.restore(html, self._excluded.pop(path, []))

    def restore_added(self, path: str, html: str) -> str:
        """The written page ``path`` with what ``hide_added`` hid put back."""
        return hide.restore(html, self._hidden.pop(path, []))

    def _link(self, glossary_url: str, key: str, text: str) -> str:
        """A term link, rendered once per glossary URL, term and text: pages at one depth share them."""
        cache_key = (glossary_url, key, text)
        if cache_key not in self._links:
            entry = self.glossary.by_key[key]
            self._links[cache_key] = self.renderer.link(f"{glossary_url}#{entry.slug}", entry.tooltip, text)
        return self._links[cache_key]

    def defined_on(self, path: str) -> list[Entry]:
        """The entries that a question on page ``path`` defines, in glossary order."""
        return self._page_index[0].get(path, [])

    @cached_property
    def _page_index(self) -> tuple[dict[str, list[Entry]], dict[str, dict[str, str]]]:
        """Per page, the entries its questions define and the term key of each question id.

        Made once per build: scanning every entry for every page made big sites quadratic.
        """
        entries: dict[str, list[Entry]] = {}
        keys: dict[str, dict[str, str]] = {}
        for entry in self.glossary.entries:
            for question in entry.questions:
                keys.setdefault(question.page.path, {})[question.qid] = entry.key
                on_page = entries.setdefault(question.page.path, [])
                if not on_page or on_page[-1] is not entry:
                    on_page.append(entry)
        return entries, keys

    def glossary_markdown(self) -> str:
        """The glossary page; call it after ``page_html`` has seen every other page."""
        missing = sorted(set(self.pages) - set(self.links))
        if missing:
            raise RuntimeError(f"glossary rendered before these pages were linked: {missing}")
        return self.renderer.glossary_page(
            self.glossary, self.glossary_path, self._mentioned_in(), self._see_also()
        )

    def report(self, today: date | None = None) -> list[str]:
        """The build report: counts, names that look alike but were not merged, then the sources
        under answers by the month they were checked."""
        lines = [
            f"{_count(len(self.glossary.entries), 'glossary term')} from "
            f"{_count(self.question_count, 'question')} on {_count(len(self.pages), 'page')}",
        ]
        for pair in self.glossary.similar:
            lines.append(
                f'look-alike terms: "{pair.first.name}" ({pair.first.questions[0].location}) and '
                f'"{pair.second.name}" ({pair.second.questions[0].location}); if they are the same '
                f'concept, add aliases="{pair.second.name}" to the first'
            )
        cited = [
            (f"docs/{q.page.path}", c)
            for h in self.harvests.values()
            for q in h.questions
            for c in q.citations
        ]
        linked = len(self.links) == len(self.pages)
        after_linking = self._see_also_report() + self._unless_report() if linked else []
        return lines + after_linking + sources_report(cited, today or date.today())

    def _unless_report(self) -> list[str]:
        """The unless= phrases that no page holds any more: the prose changed, so they no longer work."""
        met_anywhere = {pair for found in self.links.values() for pair in found.unless_met}
        missing = []
        for entry in self.glossary.entries:
            for question in entry.questions:
                missing += [
                    (f"docs/{question.location}", phrase, entry.name)
                    for phrase in question.unless
                    if (entry.key, phrase) not in met_anywhere
                ]
        for path, harvest in sorted(self.harvests.items(), key=lambda item: self.pages[item[0]].order):
            on_page = self.glossary.unless_on_page.get(path, {})
            met = self.links[path].unless_met
            for declaration in harvest.alias_declarations:
                for phrase in declaration.unless:
                    keys = [key for key, phrases in on_page.items() if phrase in phrases]
                    if not any((key, phrase) in met for key in keys):
                        term = self.glossary.by_key[keys[0]].name if keys else declaration.target
                        missing.append((f"docs/{declaration.location}", phrase, term))
        return [
            f'unless phrase not found: {location}: unless="{phrase}" ({term}) is in no page\'s text any '
            "more; remove it, or write it as the text now reads"
            for location, phrase, term in missing
        ]

    def _mentioned_in(self) -> dict[str, list[Page]]:
        mentioned: dict[str, list[Page]] = {e.key: [] for e in self.glossary.entries}
        for path, found in sorted(self.links.items(), key=lambda item: self.pages[item[0]].order):
            for key in found.mentioned:
                mentioned[key].append(self.pages[path])
        return mentioned

    def see_also(self) -> dict[str, list[Entry]]:
        """Per entry key, the related terms its "See also" lists; call it once every page is linked
        (the study quiz draws its distractors from them)."""
        return self._see_also()

    def _see_also(self) -> dict[str, list[Entry]]:
        """Up to ``SEE_ALSO_LIMIT`` related terms per entry, the most specific relations (``related``),
        listed by name."""
        names = {entry.key: entry.name for entry in self.glossary.entries}
        related = related_terms(self._mentions, self._sections, names)
        return {
            key: sorted((self.glossary.by_key[other] for other in others), key=lambda e: e.name.casefold())
            for key, others in related.items()
        }

    @cached_property
    def _mentions(self) -> dict[str, set[str]]:
        """Per entry key, the terms its answers mention: every mention in running text, not only the
        first one a page links, and not in a phrase where the term is another word."""
        mentions: dict[str, set[str]] = {}
        for entry in self.glossary.entries:
            found: set[str] = set()
            for question in entry.questions:
                found.update(self.links[question.page.path].mentioned_by_question.get(question.qid, ()))
            found.discard(entry.key)
            mentions[entry.key] = found
        return mentions

    @property
    def _sections(self) -> dict[str, set[tuple[str, str]]]:
        return {e.key: {(q.page.path, q.section) for q in e.questions} for e in self.glossary.entries}

    def _see_also_report(self) -> list[str]:
        """How much of "See also" the terms that most entries mention take: the less, the more specific."""
        see_also = self._see_also()
        slots = sum(len(others) for others in see_also.values())
        common = most_mentioned(self._mentions, GENERIC_TERMS)
        share = share_of_slots(
            {key: [e.key for e in others] for key, others in see_also.items()}, {key for key, _ in common}
        )
        listed = ", ".join(f"{self.glossary.by_key[key].name} {count}" for key, count in common)
        entries = sum(bool(others) for others in see_also.values())
        line = f"see also: {_count(slots, 'link')} in {_count(entries, 'entry', 'entries')}"
        if common:
            line += f", {100 * share:.1f} % of them to the {len(common)} terms most entries mention: {listed}"
        return [line]


def _count(number: int, noun: str, nouns: str = "") -> str:
    return f"{number} {noun if number == 1 else nouns or noun + 's'}"


def _reject_scripts(answer: str, location: str) -> None:
    # Code is cut out only from the rare answer that names such a tag at all: cutting it from every
    # answer cost more than the rest of the harvest.
    if _SCRIPT.search(answer) and _SCRIPT.search(_CODE.sub("", answer)):
        path, _, line = location.rpartition(":")
        raise GlossaryError(
            path,
            int(line),
            "an answer contains a <script>, <style> or <iframe> tag; to show it as text, "
            "put it in backticks: `<script>`",
        )
