"""MkDocs events for the glossary: thin glue around the plain ``glossary`` package.

Listed under ``hooks:`` in mkdocs.yml. MkDocs does not reload hooks between ``mkdocs serve``
rebuilds, so its one piece of state, ``_study`` (which holds the glossary build), is made anew in
``on_files`` of every build.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from coding import harness
from coding.build import HARNESS_PATH, PYODIDE_PATH, Assets, CodingBuild
from coding.model import INDEX_PATH as CODING_INDEX_PATH
from glossary.build import GlossaryBuild
from glossary.citations import mark_sources
from glossary.errors import GlossaryError
from glossary.lunr_fix import WORKER_GLOB, fix_token_set_keys
from glossary.model import Page as SourcePage
from glossary.offline import OFFLINE_ZIP_PATH, ZIP_ENV, placeholder_zip
from glossary.render import permalinks_without_tooltips
from glossary.search_index import rewrite_index
from glossary.sources import nav_titles, page_title
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url
from study.build import (
    ANKI_PATH,
    CARDS_PATH,
    CARDS_SCRIPT_PATH,
    CHANGES_PATH,
    CHEATSHEET_PATH,
    FLASHCARDS_PATH,
    INTERVIEW_PATH,
    QUIZ_PATH,
    STUDY_INDEX_PATH,
    StudyBuild,
)
from study.identity import PUBLISHED_PATH

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page
    from mkdocs.utils.templates import TemplateContext

log = logging.getLogger("mkdocs.plugins.glossary")

GLOSSARY_PATH = "glossary.md"
REPORT_PATH = "glossary-report.txt"
GLOSSARY_SEARCH_BOOST = 3
TEMPLATES = Path(__file__).parent.parent / "overrides" / "partials" / "glossary"
STUDY_TEMPLATES = TEMPLATES.parent / "study"
WORKER_SHIM = "javascripts/vendor/iframe-worker-shim.js"
STUDY_PAGES = (FLASHCARDS_PATH, QUIZ_PATH, INTERVIEW_PATH, CHEATSHEET_PATH, CHANGES_PATH)
STUDY_FILES = (CARDS_PATH, CARDS_SCRIPT_PATH, ANKI_PATH, STUDY_INDEX_PATH)
# Only the flashcards page needs the scheduler (ts-fsrs, ~30 kB) and its app: loaded there, in order.
FLASHCARDS_SCRIPTS = (
    "javascripts/vendor/ts-fsrs.js",
    "javascripts/study/answers.js",
    "javascripts/study/scheduler.js",
    "javascripts/study/flashcards.js",
    "javascripts/study/charts.js",
)
QUIZ_SCRIPTS = ("javascripts/study/quiz.js",)
INTERVIEW_SCRIPTS = ("javascripts/study/answers.js", "javascripts/study/interview.js")
# The coding round (hooks/coding/): exercise folders beside mkdocs.yml (extra: coding_exercises), the
# editor on exercise pages only (loaded at the reader's first move), and the worker that starts Python
# when the reader first runs code.
CODING_TEMPLATES = TEMPLATES.parent / "coding"
EXERCISES = "exercises"
EXERCISE_SCRIPTS = ("javascripts/coding/status.js", "javascripts/coding/exercise.js")
EDITOR_SCRIPTS = ("javascripts/vendor/codemirror.js", "javascripts/coding/editor.js")
CODING_INDEX_SCRIPTS = ("javascripts/coding/status.js",)
CODING_WORKER = "javascripts/coding/runner.js"
IN_NAV, NOT_IN_NAV = InclusionLevel.UNDEFINED, InclusionLevel.NOT_IN_NAV

T = TypeVar("T")

_study: StudyBuild | None = None
_coding: CodingBuild | None = None


# Events ------------------------------------------------------------------------------------------


def on_config(config: MkDocsConfig) -> None:
    global _study, _coding
    _study = None
    _coding = None
    if _offline(config):
        # Instant navigation fetches pages, which a browser refuses on file://: Material then never
        # emits document$ and scripts that wait for it never run. Plain links work from disk.
        config.theme["features"] = [
            f for f in config.theme["features"] if not f.startswith("navigation.instant")
        ]
        # The plugin loads its Web Worker shim (search from file://) from a CDN: use our copy.
        polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
        config.extra["polyfills"] = [*polyfills, WORKER_SHIM]


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    global _study, _coding
    _refuse_authored(files, (GLOSSARY_PATH, *STUDY_PAGES, *STUDY_FILES, OFFLINE_ZIP_PATH))
    titles = nav_titles(config.nav or [])
    sources = []
    for order, file in enumerate(sorted(files.documentation_pages(), key=lambda f: _nav_order(f, titles))):
        markdown = file.content_string
        title = titles.get(file.src_uri, (order, page_title(markdown, file.src_uri)))[1]
        sources.append((SourcePage(file.src_uri, title, order), markdown))
    build = _guard(lambda: GlossaryBuild.from_sources(sources, TEMPLATES, GLOSSARY_PATH))
    # Generated last, so that MkDocs renders it after every page it links to has been linked.
    files.append(File.generated(config, GLOSSARY_PATH, content=""))
    # The coding pages come before the mock interview, which shows their statements as rendered.
    _coding = _coding_build(config, build, files)
    # The study pages and files read every stage page's rendered answers, so they come after it too.
    study_pages = [File.generated(config, path, content="") for path in STUDY_PAGES]
    urls = {f.src_uri: f.url for f in [*files.documentation_pages(), *study_pages]}
    _coding.page_urls.update(urls)
    for path, archive in _coding.zips().items():
        files.append(File.generated(config, path, content=archive))
    _study = StudyBuild.create(build, STUDY_TEMPLATES, urls)
    published = Path(config.config_file_path).parent / PUBLISHED_PATH
    if published.is_file():
        study = _study
        _guard(lambda: study.check_published(published.read_text(encoding="utf-8"), PUBLISHED_PATH))
    answer_paths = _study.answer_paths()
    _refuse_authored(files, answer_paths)
    for file in study_pages:
        files.append(file)
    files.append(File.generated(config, STUDY_INDEX_PATH, content=_study.study_index()))
    for path in (CARDS_PATH, CARDS_SCRIPT_PATH, ANKI_PATH, *answer_paths):
        files.append(File.generated(config, path, content=""))  # written in on_env
    files.append(_offline_zip(config))
    return files


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    build = _current()
    if page.file.src_uri == GLOSSARY_PATH:
        # A term's own entry should outrank pages that merely use the term (tests/browser/test_search.py).
        page.meta["search"] = {"boost": GLOSSARY_SEARCH_BOOST}
        return _guard(build.glossary_markdown)
    study = _current_study()
    coding = _current_coding()
    if page.file.src_uri in coding.page_paths:
        return coding.page_markdown(page.file.src_uri)
    if page.file.src_uri == FLASHCARDS_PATH:
        return study.flashcards_markdown()
    if page.file.src_uri == INTERVIEW_PATH:
        page.meta["search"] = {"exclude": True}  # every question and checklist is on its stage page
        return study.interview_markdown()
    if page.file.src_uri == QUIZ_PATH:
        page.meta["search"] = {"exclude": True}  # its prompts are the glossary's one-liners again
        return study.quiz_markdown()
    if page.file.src_uri == CHEATSHEET_PATH:
        # Its one-liners repeat the glossary's: leave them out of search, so the glossary ranks first.
        page.meta["search"] = {"exclude": True}
        return study.cheatsheet_markdown()
    if page.file.src_uri == CHANGES_PATH:
        page.meta["search"] = {"exclude": True}  # one line per change, each linking its question
        return study.changes_markdown()
    markdown = _guard(lambda: build.page_markdown(page.file.src_uri, markdown))
    return markdown + study.stage_links(page.file.src_uri) + coding.stage_links(page.file.src_uri)


@event_priority(50)  # before the lightbox (0) and image sizing (-50) rewrite the HTML that Markdown made
def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    build = _current()
    coding = _current_coding()
    if page.file.src_uri in coding.page_paths:
        return coding.page_html(page.file.src_uri, html, _coding_assets(page.file.src_uri, config))
    if page.file.src_uri == FLASHCARDS_PATH:
        scripts = [_served_as(path, config) for path in FLASHCARDS_SCRIPTS]
        return build.hide_excluded(page.file.src_uri, _current_study().flashcards_html(html, scripts))
    if page.file.src_uri == INTERVIEW_PATH:
        scripts = [_served_as(path, config) for path in INTERVIEW_SCRIPTS]
        return coding.interview_html(_current_study().interview_html(html, scripts), INTERVIEW_PATH)
    if page.file.src_uri == QUIZ_PATH:
        scripts = [_served_as(path, config) for path in QUIZ_SCRIPTS]
        return _current_study().quiz_html(html, scripts)
    if page.file.src_uri == GLOSSARY_PATH:
        return mark_sources(permalinks_without_tooltips(html))
    if page.file.src_uri in (CHEATSHEET_PATH, CHANGES_PATH):
        return html
    glossary = files.get_file_from_path(GLOSSARY_PATH)
    assert glossary is not None
    html = _guard(
        lambda: build.page_html(
            page.file.src_uri,
            html,
            get_relative_url(glossary.url, page.url),
            per_section=_links_per_section(page, config),
        )
    )
    if page.present_anchor_ids is not None:
        page.present_anchor_ids.update(q.qid for q in build.harvests[page.file.src_uri].questions)
    study = _current_study()
    study.collect(page.file.src_uri, html)  # the answers as written, before the controls go in
    html = build.index_questions(page.file.src_uri, page.url, html)  # each question a search result
    # Search and the minifier parse the page next: they pass over what is hidden (glossary/hide.py).
    return build.hide_added(page.file.src_uri, study.stage_html(page.file.src_uri, html))


@event_priority(-50)  # after Material's search plugin (0) has indexed the page
def on_page_context(context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation) -> None:
    if page.file.src_uri == FLASHCARDS_PATH:  # what search was to pass over, back for the minifier
        page.content = _current().restore_excluded(page.file.src_uri, page.content or "")
    if page.file.src_uri == GLOSSARY_PATH:
        # The sidebar lists the letters, not every term: the A-Z bar and search lead to terms, and a
        # table of contents of every entry doubled the page's elements (make audit).
        for title in page.toc:
            for letter in title.children:
                letter.children = []


@event_priority(-50)  # after the minifier (0)
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    try:
        return _current().restore_added(page.file.src_uri, output)
    except ValueError as error:
        raise PluginError(f"glossary: docs/{page.file.src_uri}: {error}") from None


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Every page is rendered: write the card data, before MkDocs copies the files to the site."""
    study = _current_study()
    contents = {
        CARDS_PATH: study.cards_json(),
        CARDS_SCRIPT_PATH: study.cards_script(),
        ANKI_PATH: study.anki_deck(config.site_url or ""),
        **study.answer_scripts(),
    }
    for path, content in contents.items():
        file = files.get_file_from_path(path)
        assert file is not None
        file.content_string = content
    return env


def on_post_build(*, config: MkDocsConfig) -> None:
    # After Material's search plugin (a plugin, so its on_post_build runs before the hooks') wrote it.
    _rewrite_index(config)
    _fix_search_worker(config)
    report = _current().report()
    for line in report:
        log.info(line)
    Path(config.site_dir, REPORT_PATH).write_text("\n".join(report) + "\n", encoding="utf-8")


# Helpers -----------------------------------------------------------------------------------------


def _refuse_authored(files: Files, paths: Iterable[str]) -> None:
    """A file in docs/ at a path the hook generates would be overwritten: refuse the build."""
    for path in paths:
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"docs/{path} is generated by the glossary hook; delete that file")


def _coding_build(config: MkDocsConfig, build: GlossaryBuild, files: Files) -> CodingBuild:
    """Read the exercises and add their pages and the runner's Python file; the offline edition opens
    from disk, where Python cannot start, so it leaves Pyodide out."""
    shown_as = str(config.extra.get("coding_exercises", EXERCISES))
    folder = Path(config.config_file_path or ".").parent / shown_as
    coding = _guard(
        lambda: CodingBuild.from_glossary(build, folder, shown_as, CODING_TEMPLATES, config.site_url or ""),
        "coding: ",
    )
    _refuse_authored(files, [*coding.page_paths, *coding.zip_paths, HARNESS_PATH])
    # The exercises are listed on the index, not in the navigation: 25 more links on every page.
    pages = [
        File.generated(config, p, content="", inclusion=NOT_IN_NAV if p != CODING_INDEX_PATH else IN_NAV)
        for p in coding.page_paths
    ]
    for file in pages:
        files.append(file)
    coding.page_urls.update({file.src_uri: file.url for file in pages})
    files.append(File.generated(config, HARNESS_PATH, abs_src_path=harness.__file__))
    if _offline(config):
        for file in [f for f in files if f.src_uri.startswith(PYODIDE_PATH)]:
            files.remove(file)
    return coding


def _coding_assets(path: str, config: MkDocsConfig) -> Assets:
    scripts = CODING_INDEX_SCRIPTS if path == CODING_INDEX_PATH else EXERCISE_SCRIPTS
    return Assets(
        [_served_as(src, config) for src in scripts],
        _served_as(CODING_WORKER, config),
        editor=[_served_as(src, config) for src in EDITOR_SCRIPTS],
    )


def _current_coding() -> CodingBuild:
    if _coding is None:
        raise PluginError("the glossary hook ran a page event before on_files")
    return _coding


def _current() -> GlossaryBuild:
    return _current_study().glossary


def _offline_zip(config: MkDocsConfig) -> File:
    zip_path = os.environ.get(ZIP_ENV)
    if zip_path:
        if not os.path.isfile(zip_path):
            raise PluginError(f"{ZIP_ENV}={zip_path} is not a file; run make offline first")
        log.info("publishing the offline edition %s", zip_path)
        return File.generated(config, OFFLINE_ZIP_PATH, abs_src_path=os.path.abspath(zip_path))
    return File.generated(config, OFFLINE_ZIP_PATH, content=placeholder_zip(config.site_url or ""))


def _served_as(path: str, config: MkDocsConfig) -> str:
    """Where a script of ours ends up: the minify plugin renames those it minifies to ``*.min.js``
    (mkdocs.yml lists them) but rewrites only ``extra_javascript``, not a page's own script tags."""
    minify = config.plugins.get("minify")
    options = getattr(minify, "config", {}) if minify is not None else {}
    if options.get("minify_js") and path in (options.get("js_files") or []):
        return path.removesuffix(".js") + ".min.js"
    return path


def _fix_search_worker(config: MkDocsConfig) -> None:
    """lunr in Material's search worker made unable to lose words (glossary/lunr_fix.py)."""
    for worker in Path(config.site_dir).glob(WORKER_GLOB):
        try:
            worker.write_text(fix_token_set_keys(worker.read_text(encoding="utf-8")), encoding="utf-8")
        except ValueError as error:
            raise PluginError(f"glossary: {worker.name}: {error}") from None


def _rewrite_index(config: MkDocsConfig) -> None:
    index = Path(config.site_dir, "search", "search_index.json")
    if not index.is_file():  # search is off
        return
    glossary_url = File(GLOSSARY_PATH, config.docs_dir, config.site_dir, config.use_directory_urls).url
    build = _current()
    entries = [(entry.slug, entry.aliases) for entry in build.glossary.entries]
    try:
        index.write_text(
            rewrite_index(index.read_text(encoding="utf-8"), glossary_url, entries, build.search),
            encoding="utf-8",
        )
    except ValueError as error:
        raise PluginError(f"glossary: {error}") from None


def _offline(config: MkDocsConfig) -> bool:
    """Whether Material's offline plugin is on (``make offline`` sets OFFLINE=true)."""
    return any(
        name.rsplit("/", 1)[-1] == "offline" and bool(getattr(plugin, "config", {}).get("enabled"))
        for name, plugin in config.plugins.items()
    )


def _current_study() -> StudyBuild:
    if _study is None:
        raise PluginError("the glossary hook ran a page event before on_files")
    return _study


def _guard(make: Callable[[], T], prefix: str = "glossary: ") -> T:
    """Turn an author mistake into a clean build error that names ``file:line``."""
    try:
        return make()
    except GlossaryError as error:
        # Pages are named from docs/; other inputs (published-cards.txt, exercises/) from the repository.
        raise PluginError(f"{prefix}{'docs/' if error.path.endswith('.md') else ''}{error}") from None


def _links_per_section(page: Page, config: MkDocsConfig) -> bool:
    """``glossary_links: section`` (page front matter, or ``extra:`` in mkdocs.yml) links each term
    again after every ``##`` heading; the default, ``page``, links its first mention on the page."""
    scope = page.meta.get("glossary_links", config.extra.get("glossary_links", "page"))
    if scope not in ("page", "section"):
        raise PluginError(
            f"glossary: docs/{page.file.src_uri}: glossary_links is {scope!r}; write page or section"
        )
    return bool(scope == "section")


def _nav_order(file: File, titles: dict[str, tuple[int, str]]) -> tuple[int, str]:
    return titles.get(file.src_uri, (len(titles), ""))[0], file.src_uri
