"""Render: the glossary page, the key-terms list and the term links, from Jinja templates.

Templates live in ``overrides/partials/glossary/``. The page templates produce Markdown, so MkDocs
still validates every link in them; every value they print is escaped for Markdown unless it is
author Markdown meant to render (an answer) or a value we built ourselves (a slug, a URL).
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import jinja2
from markupsafe import Markup

from .terms import lead_paragraph, slugify

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .model import Entry, Glossary, Page, Question

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
# A URL with a scheme (https:, mailto:) or a protocol-relative one: never rewritten as relative.
EXTERNAL_URL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
_INLINE_LINK = re.compile(r"(?P<prefix>!?\[[^\]]*\]\()(?P<target>[^)\s]+)(?P<rest>[^)]*\))")


class Trusted(str):
    """A string the page template prints as it is: author Markdown, or a value we generated."""


def escape_markdown(value: object) -> str:
    """Author text made literal in Markdown: HTML specials as entities, Markdown specials escaped."""
    if isinstance(value, Trusted) or value is None:
        return "" if value is None else str(value)
    return _MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(str(value), quote=False))


def _compiled_templates(kind: str) -> jinja2.BytecodeCache:
    """Jinja's cache of compiled templates, in its own folder of the system's temporary directory.

    Compiling the templates cost about 30 ms of every build. The cache is keyed by each template's
    path and source, so an edited template is compiled again; ``kind`` keeps the Markdown and HTML
    environments, which compile the same source differently, apart.
    """
    return jinja2.FileSystemBytecodeCache(pattern=f"__mlops_glossary_{kind}_%s.cache")


@dataclass(frozen=True)
class Renderer:
    """The three templates, loaded once per build."""

    markdown_env: jinja2.Environment
    html_env: jinja2.Environment

    @classmethod
    def from_directory(cls, directory: Path) -> Renderer:
        loader = jinja2.FileSystemLoader(str(directory))
        markdown_env = jinja2.Environment(
            loader=loader,
            autoescape=False,
            finalize=escape_markdown,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
            auto_reload=False,  # a Renderer lives for one build: no need to stat templates on every use
            bytecode_cache=_compiled_templates("markdown"),
        )
        markdown_env.filters["trusted"] = Trusted
        markdown_env.filters["letter_anchor"] = lambda letter: Trusted(letter_anchor(letter))
        markdown_env.filters["indent_block"] = lambda text, width=4: Trusted(_indent(text, width))
        html_env = jinja2.Environment(
            loader=loader,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            auto_reload=False,
            bytecode_cache=_compiled_templates("html"),
        )
        return cls(markdown_env, html_env)

    def glossary_page(
        self,
        glossary: Glossary,
        glossary_path: str,
        mentioned_in: dict[str, list[Page]],
        see_also: dict[str, list[Entry]],
    ) -> str:
        """The glossary page's Markdown."""
        letters: dict[str, list[Entry]] = {}
        for entry in glossary.entries:
            letters.setdefault(_letter(entry.name), []).append(entry)
        template = self.markdown_env.get_template("page.html")
        return template.render(
            letters=letters,
            terms=len(glossary.entries),
            alias_anchor=_alias_anchors(glossary, letters),
            questions=sum(len(e.questions) for e in glossary.entries),
            lead=lambda q: Trusted(rebase_links(lead_paragraph(q.answer), q.page.path, glossary_path)),
            link=lambda path, anchor="": Trusted(
                relative_path(path, glossary_path) + (f"#{anchor}" if anchor else "")
            ),
            by_stage=_by_stage,
            mentioned_in=mentioned_in,
            see_also=see_also,
        )

    def key_terms(self, entries: Iterable[Entry], glossary_url: str) -> str:
        """The HTML list that takes the place of a page's ``<!-- glossary-key-terms -->`` marker.

        HTML, not Markdown: as a Markdown list, MkDocs spent ~20 ms of this site's build on it.
        """
        template = self.html_env.get_template("key-terms.html")
        return template.render(entries=list(entries), glossary=glossary_url)

    def link(self, href: str, tooltip: str, text_html: str) -> str:
        """One term link in a page's HTML; ``text_html`` is already HTML, the rest is escaped."""
        template = self.html_env.get_template("link.html")
        return template.render(href=href, tooltip=tooltip, text=Markup(text_html))


_PERMALINK_TITLE = re.compile(r'(<a class="headerlink" href="#[^"]+") title=("[^"]*")>')


def permalinks_without_tooltips(html: str) -> str:
    """Heading permalinks named by ``aria-label`` instead of ``title``.

    Material mounts a tooltip on every element with a title; the glossary has a permalink per term,
    and setting up those tooltips was a tenth of its blocking time on a phone (make audit).
    """
    return _PERMALINK_TITLE.sub(r"\1 aria-label=\2>", html)


def letter_anchor(letter: str) -> str:
    return "letter-" + ("symbols" if letter == "#" else letter.lower())


def _alias_anchors(glossary: Glossary, letters: Iterable[str]) -> dict[tuple[str, str], str]:
    """An anchor per alias (``#ci``), unique against term slugs and letter anchors."""
    used = {e.slug for e in glossary.entries} | {letter_anchor(letter) for letter in letters}
    anchors = {}
    for entry in glossary.entries:
        for alias in entry.aliases:
            base = slugify(alias)
            anchor, counter = base, 2
            while anchor in used:
                anchor, counter = f"{base}-{counter}", counter + 1
            used.add(anchor)
            anchors[(entry.key, alias)] = anchor
    return anchors


def _letter(name: str) -> str:
    first = name[:1].upper()
    return first if first.isalpha() and first.isascii() else "#"


def _by_stage(questions: Iterable[Question]) -> list[tuple[Page, list[Question]]]:
    stages: dict[Page, list[Question]] = {}
    for question in sorted(questions, key=lambda q: (q.page.order, q.line)):
        stages.setdefault(question.page, []).append(question)
    return list(stages.items())


def _indent(text: str, width: int) -> str:
    pad = " " * width
    return "\n".join(pad + line if line.strip() else "" for line in text.splitlines())


def join_url(base: str, url: str) -> str:
    """``urljoin(base, url)``, with the part before ``#`` resolved once per base: the links of a
    page's answers mostly differ by their fragment (``../glossary/#drift``), and urljoin is slow."""
    path, _, fragment = url.partition("#")
    return _join_path(base, path) + ("#" + fragment if fragment else "")  # urljoin drops a bare "#"


@functools.lru_cache(maxsize=4096)
def _join_path(base: str, path: str) -> str:
    return urljoin(base, path)


@functools.lru_cache(maxsize=4096)  # the glossary page asks again for every link to the same page
def relative_path(target: str, source: str) -> str:
    """The path of docs file ``target`` relative to the folder of docs file ``source``."""
    source_dir = PurePosixPath(source).parent
    target_path = PurePosixPath(target)
    depth = len(source_dir.parts)
    return str(PurePosixPath(*([".."] * depth), target_path)) if depth else str(target_path)


def rebase_links(markdown: str, from_path: str, to_path: str) -> str:
    """Relative links of Markdown written in ``from_path``, rewritten to work from ``to_path``."""

    def rebase(match: re.Match[str]) -> str:
        target = match["target"]
        if EXTERNAL_URL.match(target) or target.startswith("/"):
            return match.group()
        if target.startswith("#"):
            resolved = from_path + target
        else:
            resolved = str(PurePosixPath(from_path).parent / target)
        return match["prefix"] + relative_path(_normalise(resolved), to_path) + match["rest"]

    return _INLINE_LINK.sub(rebase, markdown)


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)
