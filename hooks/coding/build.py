"""One build of the coding round: its pages, its zips, its links from the stage pages and the mock interview.

Made in ``on_files`` from the exercise folders, next to the glossary build whose harvest says which
stage pages and questions exist. The MkDocs hook calls, in order: ``stage_links`` while a stage
page's Markdown is prepared, ``page_markdown`` and ``page_html`` for the generated pages
(``page_html`` also keeps each exercise's statement as rendered), and ``interview_html`` for the
mock interview page, which renders after them.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from glossary.model import LEVELS
from glossary.render import EXTERNAL_URL, Renderer, Trusted
from glossary.terms import plain_text
from markupsafe import Markup  # a statement is HTML that MkDocs rendered from the author's Markdown
from study.cards import URL_ATTRIBUTE, card_id, root_relative

from .load import load_exercises
from .model import INDEX_PATH, Exercise
from .package import exercise_zip

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from glossary.build import GlossaryBuild

APP_MARKER = "<!-- coding:app -->"
STATEMENT_START = "<!-- coding:statement -->"
STATEMENT_END = "<!-- /coding:statement -->"
INTERVIEW_OPTION_MARKER = "<!-- coding:interview-option -->"
INTERVIEW_POOL_MARKER = "<!-- coding:interview-pool -->"
HARNESS_PATH = "javascripts/coding/harness.py"
"""Where the site serves ``coding.harness`` to the browser's Python."""
PYODIDE_PATH = "javascripts/vendor/pyodide/"
LEVEL_ORDER = {level: number for number, level in enumerate(LEVELS)}


@dataclass(frozen=True)
class Assets:
    """Where an exercise page finds its scripts, the worker and Python, as paths from the site root."""

    scripts: Sequence[str]
    worker: str
    editor: Sequence[str] = ()
    """The editor's scripts, which the page loads at the reader's first move, not as it loads."""
    pyodide: str = PYODIDE_PATH
    harness: str = HARNESS_PATH


@dataclass
class CodingBuild:
    exercises: list[Exercise]
    renderer: Renderer
    stages: dict[str, str]
    """Title of each stage page by its docs path, in reading order."""
    questions: dict[str, str]
    """The question of each card id, as plain text."""
    page_urls: dict[str, str]
    """Site URL of every page by its docs path; the coding pages' too."""
    site_url: str = ""
    statements: dict[str, str] = field(default_factory=dict)
    """Each exercise's statement as its page rendered it, links from the site root, by slug."""

    @classmethod
    def create(
        cls,
        folder: Path,
        shown_as: str,
        templates: Path,
        stages: Mapping[str, str],
        questions: Mapping[str, str],
        site_url: str = "",
    ) -> CodingBuild:
        """Read and check every exercise of ``folder`` (``shown_as`` names it in errors)."""
        exercises = load_exercises(folder, shown_as, stages, questions)
        order = {path: number for number, path in enumerate(stages)}
        exercises.sort(key=lambda e: (order[e.stage], LEVEL_ORDER[e.level], e.minutes, e.slug))
        return cls(exercises, Renderer.from_directory(templates), dict(stages), dict(questions), {}, site_url)

    @classmethod
    def from_glossary(
        cls, glossary: GlossaryBuild, folder: Path, shown_as: str, templates: Path, site_url: str = ""
    ) -> CodingBuild:
        """The exercises of ``folder``, checked against the stage pages and questions of ``glossary``."""
        pages = sorted(glossary.pages.values(), key=lambda page: page.order)
        stages = {page.path: page.title for page in pages if glossary.harvests[page.path].questions}
        questions = {
            card_id(question): plain_text(question.question)
            for harvest in glossary.harvests.values()
            for question in harvest.questions
        }
        return cls.create(folder, shown_as, templates, stages, questions, site_url)

    @property
    def page_paths(self) -> list[str]:
        """The generated pages: the index, then one per exercise."""
        return [INDEX_PATH, *(exercise.page_path for exercise in self.exercises)]

    @property
    def zip_paths(self) -> list[str]:
        return [exercise.zip_path for exercise in self.exercises]

    def by_page(self, path: str) -> Exercise | None:
        return next((e for e in self.exercises if e.page_path == path), None)

    def zips(self) -> dict[str, bytes]:
        """Every exercise's zip by its path from the site root."""
        return {e.zip_path: exercise_zip(e, self.readme(e)) for e in self.exercises}

    def readme(self, exercise: Exercise) -> str:
        template = self.renderer.markdown_env.get_template("readme.md.html")
        url = self.site_url + self.page_urls.get(exercise.page_path, "") if self.site_url else ""
        return template.render(exercise=exercise, stage=self.stages[exercise.stage], url=url)

    # Markdown ----------------------------------------------------------------------------------

    def stage_links(self, path: str) -> str:
        """Markdown appended to a stage page: its coding exercises, when it has any."""
        exercises = [e for e in self.exercises if e.stage == path]
        if not exercises:
            return ""
        template = self.renderer.markdown_env.get_template("stage-links.md.html")
        return template.render(exercises=exercises, link=lambda e: _trusted(_docs_link(e.page_path, path)))

    def page_markdown(self, path: str) -> str:
        if path == INDEX_PATH:
            template = self.renderer.markdown_env.get_template("index.md.html")
            return template.render(
                stages=[
                    (title, [e for e in self.exercises if e.stage == stage])
                    for stage, title in self.stages.items()
                    if any(e.stage == stage for e in self.exercises)
                ],
                count=len(self.exercises),
                link=lambda e: _trusted(_docs_link(e.page_path, INDEX_PATH)),
                stage_link=lambda stage: _trusted(_docs_link(stage, INDEX_PATH)),
            )
        exercise = self._exercise(path)
        template = self.renderer.markdown_env.get_template("exercise.md.html")
        return template.render(
            exercise=exercise,
            stage=self.stages[exercise.stage],
            stage_link=_trusted(_docs_link(exercise.stage, path)),
            practises=[
                (self.questions[card], _trusted(_card_link(card, path))) for card in exercise.practises
            ],
            archive=_trusted(posixpath.basename(exercise.zip_path)),
            code=_trusted,
            fence=lambda code: _trusted("`" * max(4, _longest_backticks(code) + 1)),
        )

    # HTML --------------------------------------------------------------------------------------

    def page_html(self, path: str, html: str, assets: Assets) -> str:
        """A coding page's HTML: the exercise's editor in place of its marker, its scripts loaded;
        the statement is kept for the mock interview."""
        page = self.page_urls[path]
        scripts = [_url_from(page, src) for src in assets.scripts]
        if path == INDEX_PATH:
            template = self.renderer.html_env.get_template("index-scripts.html")
            return html + template.render(scripts=scripts)
        exercise = self._exercise(path)
        start, end = html.find(STATEMENT_START), html.find(STATEMENT_END)
        if 0 <= start < end:
            statement = html[start + len(STATEMENT_START) : end].strip()
            self.statements[exercise.slug] = root_relative(_without_ids(statement), page)
        template = self.renderer.html_env.get_template("exercise-app.html")
        app = template.render(
            exercise=exercise,
            rows=max(8, exercise.starter.count("\n") + 2),
            scripts=scripts,
            worker=_url_from(page, assets.worker),
            pyodide=_url_from(page, assets.pyodide),
            harness=_url_from(page, assets.harness),
            archive=_url_from(page, exercise.zip_path),
            editor_scripts=[_url_from(page, src) for src in assets.editor],
        )
        return html.replace(APP_MARKER, app, 1)

    def interview_html(self, html: str, interview_path: str) -> str:
        """The mock interview's HTML with the coding option and every exercise, to end a session with."""
        page = self.page_urls[interview_path]
        env = self.renderer.html_env
        option = env.get_template("interview-option.html").render(available=bool(self.exercises))
        pool = env.get_template("interview-pool.html").render(
            exercises=[
                {
                    "exercise": exercise,
                    "stage": self.stages[exercise.stage],
                    "url": _url_from(page, self.page_urls[exercise.page_path]),
                    "statement": Markup(_from_root(self.statements.get(exercise.slug, ""), page)),
                }
                for exercise in self.exercises
            ]
        )
        return html.replace(INTERVIEW_OPTION_MARKER, option, 1).replace(INTERVIEW_POOL_MARKER, pool, 1)

    def _exercise(self, path: str) -> Exercise:
        exercise = self.by_page(path)
        if exercise is None:
            raise KeyError(f"{path} is no coding page")
        return exercise


def _trusted(value: str) -> Trusted:
    """A value the Markdown templates print as it is (a URL, or code we place in a fence)."""
    return Trusted(value)


def _card_link(card: str, source: str) -> str:
    page, _, anchor = card.partition("#")
    return f"{_docs_link(page, source)}#{anchor}"


def _docs_link(target: str, source: str) -> str:
    """The docs file ``target`` as a Markdown link from the docs file ``source``."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def _longest_backticks(code: str) -> int:
    return max((len(run) for run in re.findall(r"`+", code)), default=0)


def _url_from(page_url: str, target: str) -> str:
    """``target`` (a path from the site root) relative to the page at ``page_url``."""
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    relative = posixpath.relpath(target, base or ".")
    return relative + "/" if target.endswith("/") and not relative.endswith("/") else relative


def _from_root(html: str, page_url: str) -> str:
    """HTML whose relative links start at the site root, made relative to the page at ``page_url``."""

    def rebase(match: re.Match[str]) -> str:
        url = match["url"]
        if not url or EXTERNAL_URL.match(url) or url.startswith(("/", "#")):
            return match.group()
        path, hash, fragment = url.partition("#")
        return f'{match["attr"]}="{_url_from(page_url, path or "./")}{hash}{fragment}"'

    return URL_ATTRIBUTE.sub(rebase, html)


_LINE_ANCHOR = re.compile(r'<a id="__codelineno-[^"]*"[^>]*></a>')
_ID = re.compile(r'\sid="[^"]*"')


def _without_ids(html: str) -> str:
    """A statement without its ids, which would clash on the mock interview page, where every
    exercise's statement is (a code block's line anchors are numbered alike on every page)."""
    return _ID.sub("", _LINE_ANCHOR.sub("", html))
