"""The coding round in real builds: a page per exercise with its editor and links, zips that pytest grades
as they are, the stage pages' lists, the mock interview's option, and a bad exercise stopping the build."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from coding.load import load_exercises
from htmlcheck import ids, resolve
from mkdocs.exceptions import Abort, PluginError
from sitebuild import SMALL_SITE_CONFIG, build_site

if TYPE_CHECKING:
    from coding.model import Exercise
    from sitebuild import BuiltSite

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
FIXTURES = ROOT / "tests" / "fixtures" / "exercises"


def _exercises(site: BuiltSite) -> list[Exercise]:
    """The exercises of the built site, read as the hook reads them (every card id it may practise)."""
    return load_exercises(EXERCISES, "exercises", _stage_paths(), set(_card_ids(site)))


def _stage_paths() -> list[str]:
    return sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))


def _card_ids(site: BuiltSite) -> list[str]:
    return [card["id"] for card in json.loads((site.path / "cards.json").read_text())["cards"]]


def test_every_exercise_has_a_page_with_its_editor_and_links(site: BuiltSite) -> None:
    exercises = _exercises(site)
    assert exercises, "exercises/ holds the coding round's exercises"
    cache: dict[Path, set[str]] = {}
    for exercise in exercises:
        page = site.html(f"coding/{exercise.slug}/")
        article = page.select_one("article")
        assert article is not None
        assert article.h1 is not None
        assert article.h1.get_text().removesuffix("¶") == exercise.title
        meta = article.select_one(".coding-meta")
        assert meta is not None
        assert f"{exercise.level} · about {exercise.minutes} minutes · stage:" in meta.get_text()
        app = article.select_one("#coding-app")
        assert app is not None
        assert app["data-archive"] == f"../{exercise.slug}.zip"
        assert app["data-pyodide"] == "../../javascripts/vendor/pyodide/"
        assert app["data-worker"] == "../../javascripts/coding/runner.min.js"
        textarea = app.select_one("textarea#cx-code")
        assert textarea is not None
        assert textarea.get_text().strip() == exercise.starter.strip()
        scripts = [str(s["src"]) for s in page.select("article script[src]")]
        assert scripts == [f"../../javascripts/coding/{name}.min.js" for name in ("status", "exercise")]
        # The editor loads at the reader's first move, not with the page.
        assert app["data-editor-scripts"] == (
            "../../javascripts/vendor/codemirror.js ../../javascripts/coding/editor.min.js"
        )
        assert len(article.select("#cx-hints > li[hidden]")) == len(exercise.hints)
        solution = article.select_one("#cx-solution")
        assert solution is not None
        assert solution.has_attr("hidden")
        assert exercise.function in solution.get_text()
        # Every link of the page resolves: the stage, each practised question, the zip.
        file = site.path / "coding" / exercise.slug / "index.html"
        hrefs = {str(a["href"]) for a in article.select("a[href]") if not str(a["href"]).startswith("#")}
        for card in exercise.practises:
            stage, anchor = card.split("#")
            assert f"../../{stage.removesuffix('.md')}/#{anchor}" in hrefs
        assert f"../{exercise.slug}.zip" in hrefs
        for href in hrefs:
            target = resolve(site.path, file, href)
            assert target is not None, href
            assert target[0].exists(), href
            assert not target[1] or target[1] in ids(target[0], cache), href


def test_no_page_but_an_exercise_loads_the_editor_and_none_loads_python(site: BuiltSite) -> None:
    for page in site.pages():
        html = page.read_text(encoding="utf-8")
        is_exercise = page.parent.parent.name == "coding" and page.parent.name != "coding"
        assert ("codemirror.js" in html) == is_exercise, page
        assert "pyodide" not in html.replace('data-pyodide="../../javascripts/vendor/pyodide/"', "").replace(
            "data-pyodide=../../javascripts/vendor/pyodide/", ""
        ), page


def test_python_is_vendored_for_the_standard_library_only(site: BuiltSite) -> None:
    folder = site.path / "javascripts" / "vendor" / "pyodide"
    assert sorted(p.name for p in folder.iterdir()) == [
        "LICENSE",
        "pyodide-lock.json",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "pyodide.mjs",
        "python_stdlib.zip",
    ]
    assert "Mozilla Public License Version 2.0" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert (site.path / "javascripts" / "coding" / "harness.py").read_text(encoding="utf-8") == (
        ROOT / "hooks" / "coding" / "harness.py"
    ).read_text(encoding="utf-8")
    assert (site.path / "javascripts" / "coding" / "runner.min.js").is_file()
    assert "@codemirror/view" in (site.path / "javascripts" / "vendor" / "codemirror.LICENSE.txt").read_text()


def test_the_index_lists_every_exercise_by_stage_and_the_nav_only_the_index(site: BuiltSite) -> None:
    exercises = _exercises(site)
    index = site.html("coding/")
    rows = index.select("article table tbody tr")
    assert len(rows) == len(exercises)
    links = {str(row.a["href"]) for row in rows if row.a is not None}
    assert links == {f"{e.slug}/" for e in exercises}
    assert all(row.select_one("[data-coding-status]") is not None for row in rows)
    nav = {str(a["href"]) for a in site.html("").select(".md-nav a[href]")}
    assert "coding/" in nav
    assert not {f"coding/{e.slug}/" for e in exercises} & nav  # on the index, not on every page


def test_each_stage_page_lists_its_exercises(site: BuiltSite) -> None:
    exercises = _exercises(site)
    for stage in {e.stage for e in exercises}:
        url = stage.removesuffix(".md") + "/"
        box = site.html(url).select_one(".coding-links")
        assert box is not None, stage
        listed = [str(a["href"]) for a in box.select("a")]
        depth = "../" * url.count("/")
        assert sorted(listed) == sorted(f"{depth}coding/{e.slug}/" for e in exercises if e.stage == stage)
    stages = {e.stage for e in exercises}
    for page in ("", "glossary/", "flashcards/"):
        assert site.html(page).select_one(".coding-links") is None
    assert all(site.html(s.removesuffix(".md") + "/").select_one(".coding-links") for s in stages)


def test_the_mock_interview_can_end_with_an_exercise(site: BuiltSite) -> None:
    page = site.html("mock-interview/")
    option = page.select_one("#iv-coding")
    assert option is not None
    assert not option.has_attr("disabled")
    pool = page.select(".interview__exercises > li")
    assert {str(li["data-slug"]) for li in pool} == {e.slug for e in _exercises(site)}
    for li in pool:
        assert str(li["data-url"]).startswith("../coding/")
        assert li.select_one(".interview__exercise-statement p") is not None
        assert int(str(li["data-minutes"])) > 0
    assert page.select_one("#iv-exercise") is not None


def _extract(site: BuiltSite, slug: str, tmp_path: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO((site.path / "coding" / f"{slug}.zip").read_bytes())) as archive:
        archive.extractall(tmp_path)
    return tmp_path / slug


def _pytest(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_every_zip_is_graded_by_pytest_as_it_is(site: BuiltSite, tmp_path: Path) -> None:
    """Unzipped, pytest fails on the starter; with the reference solution in solution.py, it passes."""
    for exercise in _exercises(site):
        folder = _extract(site, exercise.slug, tmp_path / exercise.slug)
        assert sorted(p.name for p in folder.iterdir()) == sorted(
            ["README.md", "solution.py", "test_examples.py", f"test_{exercise.slug}.py"]
        )
        assert (folder / "solution.py").read_text(encoding="utf-8") == exercise.starter
        assert exercise.title in (folder / "README.md").read_text(encoding="utf-8")
        (folder / "solution.py").write_text(exercise.solution, encoding="utf-8")
        solved = _pytest(folder)
        assert solved.returncode == 0, solved.stdout
        assert " passed" in solved.stdout
    starter = _pytest(_extract(site, exercise.slug, tmp_path / "starter"))
    assert starter.returncode == 1
    assert "NotImplementedError" in starter.stdout


# Small sites: what the hook does with a good and a bad exercise --------------------------------------

STAGE = """# Validation

??? question fundamental concept "What are precision@k and recall@k?"
    Precision@k is the share of the top k results that are relevant.

## Key terms

<!-- glossary-key-terms -->
"""
ENGINEERING = """# Feature engineering

??? question intermediate concept "What is feature hashing?"
    Feature hashing maps values to a fixed number of buckets with a hash function.
"""


def _small_site(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "models").mkdir(parents=True)
    (tmp_path / "docs" / "features").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "docs" / "models" / "validation.md").write_text(STAGE, encoding="utf-8")
    (tmp_path / "docs" / "features" / "engineering.md").write_text(ENGINEERING, encoding="utf-8")
    shutil.copytree(FIXTURES, tmp_path / "exercises")
    config = tmp_path / "mkdocs.yml"
    config.write_text(SMALL_SITE_CONFIG, encoding="utf-8")
    return config


def test_a_small_site_gets_the_exercise_pages_and_zips(tmp_path: Path) -> None:
    site = build_site(_small_site(tmp_path), tmp_path / "site")
    page = site.html("coding/precision-at-k/")
    link = page.select_one('article a[href*="#q-what-are-precision-k-and-recall-k"]')
    assert link is not None
    assert link["href"] == "../../models/validation/#q-what-are-precision-k-and-recall-k"
    assert (site.path / "coding" / "precision-at-k.zip").is_file()
    assert (site.path / "coding" / "hash-bucket.zip").is_file()
    stage = site.html("models/validation/").select_one(".coding-links a")
    assert stage is not None
    assert stage["href"] == "../../coding/precision-at-k/"


@pytest.mark.parametrize(
    ("file", "old", "new", "error"),
    [
        (
            "exercise.toml",
            'level = "fundamental"',
            'level = "easy"',
            "coding: exercises/precision-at-k/exercise.toml:4: level is 'easy'",
        ),
        (
            "exercise.toml",
            "#q-what-are-precision-k-and-recall-k",
            "#q-what-is-recall",
            "coding: exercises/precision-at-k/exercise.toml:7: practises "
            "'models/validation.md#q-what-is-recall', which is no question of the guide",
        ),
        (
            "tests.py",
            "def test_nothing_relevant():",
            "def test_nothing_relevant(:",
            "coding: exercises/precision-at-k/tests.py:12: not valid Python",
        ),
    ],
)
def test_a_bad_exercise_stops_the_build_at_its_file_and_line(
    tmp_path: Path, file: str, old: str, new: str, error: str
) -> None:
    config = _small_site(tmp_path)
    path = tmp_path / "exercises" / "precision-at-k" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises((PluginError, Abort)) as caught:
        build_site(config, tmp_path / "site")
    assert error in f"{caught.value} {caught.value.__context__}"  # MkDocs aborts with ours as context


def test_a_docs_file_at_a_generated_coding_path_is_refused(tmp_path: Path) -> None:
    config = _small_site(tmp_path)
    (tmp_path / "docs" / "coding").mkdir()
    (tmp_path / "docs" / "coding" / "precision-at-k.md").write_text("# Mine\n", encoding="utf-8")
    with pytest.raises((PluginError, Abort)) as caught:
        build_site(config, tmp_path / "site")
    assert "docs/coding/precision-at-k.md is generated" in f"{caught.value} {caught.value.__context__}"
