"""The coding round's plain functions: loading and checking exercises, their pages and zips, and the
test runner that the browser's Python runs (hooks/coding/harness.py), here under CPython."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from coding import harness
from coding.build import CodingBuild
from coding.load import load_exercises
from coding.package import exercise_zip
from glossary.errors import GlossaryError

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "exercises"
TEMPLATES = ROOT / "overrides" / "partials" / "coding"
STAGES = {"features/engineering.md": "Feature engineering", "models/validation.md": "Validation"}
QUESTIONS = {
    "models/validation.md#q-what-are-precision-k-and-recall-k": "What are precision@k and recall@k?",
    "features/engineering.md#q-what-is-feature-hashing": "What is feature hashing?",
}


def _folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def _copy(tmp_path: Path, slug: str = "precision-at-k") -> Path:
    target = tmp_path / "exercises" / slug
    shutil.copytree(FIXTURES / slug, target)
    return target


def _build(folder: Path = FIXTURES) -> CodingBuild:
    build = CodingBuild.create(folder, "exercises", TEMPLATES, STAGES, QUESTIONS, "https://ex.org/")
    build.page_urls.update({path: path.removesuffix(".md") + "/" for path in build.page_paths})
    build.page_urls.update({"coding/index.md": "coding/", "mock-interview.md": "mock-interview/"})
    return build


# Loading ------------------------------------------------------------------------------------------


def test_the_fixture_exercises_load_in_stage_order() -> None:
    exercises = load_exercises(FIXTURES, "exercises", STAGES, QUESTIONS)
    assert [e.slug for e in exercises] == ["hash-bucket", "precision-at-k"]
    precision = exercises[1]
    assert precision.function == "precision_at_k"
    assert precision.practises == ("models/validation.md#q-what-are-precision-k-and-recall-k",)
    assert precision.hints[0].startswith("Slice the first")
    assert precision.starter.rstrip().endswith("raise NotImplementedError")
    assert precision.tests_file == "test_precision-at-k.py"
    assert [e.slug for e in _build().exercises] == ["hash-bucket", "precision-at-k"]  # stage order


def test_a_missing_folder_holds_no_exercises(tmp_path: Path) -> None:
    assert load_exercises(tmp_path / "nowhere", "exercises", STAGES, QUESTIONS) == []


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ('level = "fundamental"', 'level = "easy"', 4, "level is 'easy'; write one of"),
        (
            'stage = "models/validation.md"',
            'stage = "models/validaton.md"',
            3,
            "did you mean 'models/validation.md'",
        ),
        ("minutes = 10", "minutes = 0", 5, "minutes must be a whole number"),
        ("minutes = 10", 'minutes = "10"', 5, "minutes must be a whole number"),
        ('function = "precision_at_k"', 'function = "precision-at-k"', 6, "is not a Python name"),
        (
            "#q-what-are-precision-k-and-recall-k",
            "#q-what-is-precision-at-k",
            7,
            "is no question of the guide",
        ),
        ('practises = ["', 'practises = [] # ["', 7, "practises has 0; write at least 1"),
        ('title = "Precision at k"', 'titel = "Precision at k"', 2, "unknown key 'titel'"),
        ('title = "Precision at k"', "", 1, "no title = ..."),
        ('title = "Precision at k"', "title = ", 2, "not valid TOML"),
        ('hints = [\n    "Slice', 'hints = [\n    3, "Slice', 15, "hints must be a list of strings"),
    ],
)
def test_a_mistake_in_exercise_toml_names_its_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    folder = _copy(tmp_path)
    config = folder / "exercise.toml"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        load_exercises(tmp_path / "exercises", "exercises", STAGES, QUESTIONS)
    assert caught.value.path == "exercises/precision-at-k/exercise.toml"
    assert (caught.value.line, message in str(caught.value)) == (line, True), str(caught.value)


@pytest.mark.parametrize(
    ("name", "code", "line", "message"),
    [
        ("starter.py", "def precision_at_k(:\n", 1, "not valid Python"),
        ("solution.py", "x = 1\n\n\ndef f(\n", 4, "not valid Python"),
        ("examples.py", "def test_one():\n    pass\n", 1, "holds 1 test functions; write exactly 2"),
        ("tests.py", "def helper():\n    pass\n", 1, "holds 0 test functions; write at least one"),
        ("tests.py", "def test_a():\n    pass\n\n\ndef test_b(tmp_path):\n    pass\n", 5, "has no fixtures"),
        ("examples.py", None, 1, "missing"),
        (
            "starter.py",
            "def other():\n    raise NotImplementedError\n",
            1,
            "defines no function or class precision_at_k",
        ),
    ],
)
def test_a_mistake_in_the_code_files_names_file_and_line(
    tmp_path: Path, name: str, code: str | None, line: int, message: str
) -> None:
    folder = _copy(tmp_path)
    if code is None:
        (folder / name).unlink()
    else:
        (folder / name).write_text(code, encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        load_exercises(tmp_path / "exercises", "exercises", STAGES, QUESTIONS)
    assert caught.value.path == f"exercises/precision-at-k/{name}"
    assert caught.value.line == line
    assert message in str(caught.value)


@pytest.mark.parametrize("slug", ["Precision", "precision_at_k", "a--b", "-a"])
def test_a_folder_name_must_be_a_slug(tmp_path: Path, slug: str) -> None:
    _copy(tmp_path, "precision-at-k").rename(tmp_path / "exercises" / slug)
    with pytest.raises(GlossaryError, match="is not a slug"):
        load_exercises(tmp_path / "exercises", "exercises", STAGES, QUESTIONS)


def test_a_folder_without_exercise_toml_is_not_an_exercise_yet(tmp_path: Path) -> None:
    _copy(tmp_path)
    (tmp_path / "exercises" / "half-written").mkdir(parents=True)
    (tmp_path / "exercises" / "half-written" / "solution.py").write_text("x = 1\n")
    assert [e.slug for e in load_exercises(tmp_path / "exercises", "exercises", STAGES, QUESTIONS)] == [
        "precision-at-k"
    ]


# Pages, zips, links ---------------------------------------------------------------------------------


def test_an_exercise_page_has_everything_a_reader_needs() -> None:
    build = _build()
    markdown = build.page_markdown("coding/precision-at-k.md")
    assert markdown.startswith("# Precision at k\n")
    assert "**fundamental** · about 10 minutes · stage: [Validation](../models/validation.md)" in markdown
    assert (
        "[What are precision@k and recall@k?](../models/validation.md#q-what-are-precision-k-and-recall-k)"
        in (markdown.replace("\\", ""))
    )
    assert "<!-- coding:statement -->\n\nWrite `precision_at_k(ranked, relevant, k)`" in markdown
    assert '````python title="test_examples.py"\nimport math\n' in markdown
    assert markdown.count("<li markdown hidden>") == 2  # the hints, shown one at a time
    assert (
        '<section class="coding-solution" id="cx-solution" data-search-exclude hidden markdown>' in markdown
    )
    assert '````python title="solution.py"\ndef precision_at_k' in markdown
    assert "[Download precision-at-k.zip](precision-at-k.zip)" in markdown
    assert "<!-- coding:app -->" in markdown


def test_the_editor_replaces_its_marker_with_urls_relative_to_the_page() -> None:
    from coding.build import Assets

    build = _build()
    html = "<h1>Precision at k</h1>\n<!-- coding:statement -->\n"
    html += '<p>Write <a href="../../glossary/#x">it</a>.</p>\n'
    html += "<!-- /coding:statement -->\n<!-- coding:app -->\n"
    scripts, worker = ["javascripts/coding/exercise.min.js"], "javascripts/coding/runner.min.js"
    assets = Assets(scripts, worker, ["javascripts/vendor/cm.js"])
    page = build.page_html("coding/precision-at-k.md", html, assets)
    assert "<!-- coding:app -->" not in page
    assert 'data-worker="../../javascripts/coding/runner.min.js"' in page
    assert 'data-pyodide="../../javascripts/vendor/pyodide/"' in page
    assert 'data-harness="../../javascripts/coding/harness.py"' in page
    assert 'data-archive="../precision-at-k.zip"' in page
    assert 'data-editor-scripts="../../javascripts/vendor/cm.js"' in page
    assert '<script src="../../javascripts/coding/exercise.min.js" defer></script>' in page
    assert "-&gt; float:" in page  # the starter, escaped inside its text area
    # The statement is kept for the mock interview, its links made relative to that page.
    interview = build.interview_html(
        "<!-- coding:interview-option -->\n<!-- coding:interview-pool -->", "mock-interview.md"
    )
    assert '<input type="checkbox" id="iv-coding">' in interview
    assert 'data-url="../coding/precision-at-k/"' in interview
    assert '<a href="../glossary/#x">it</a>' in interview


def test_the_interview_option_is_disabled_without_exercises(tmp_path: Path) -> None:
    build = _build(tmp_path)
    html = build.interview_html("<!-- coding:interview-option -->", "mock-interview.md")
    assert "disabled" in html
    assert "no coding exercise is written yet" in html


def test_stage_pages_list_their_exercises() -> None:
    build = _build()
    links = build.stage_links("models/validation.md")
    assert "**Coding exercises** for this stage:" in links
    assert "- [Precision at k](../coding/precision-at-k.md), fundamental, about 10 minutes" in links
    assert build.stage_links("operations/monitoring.md") == ""


def test_the_index_lists_exercises_by_stage() -> None:
    markdown = _build().page_markdown("coding/index.md")
    assert markdown.index("## Feature engineering") < markdown.index("## Validation")
    assert "| [Precision at k](precision-at-k.md) | fundamental | 10 |" in markdown
    assert 'data-coding-status="precision-at-k">not tried</span>' in markdown


def test_the_zip_holds_the_starter_as_solution_the_tests_and_a_readme() -> None:
    build = _build()
    exercise = build.exercises[1]
    data = build.zips()["coding/precision-at-k.zip"]
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.namelist() == [
        "precision-at-k/README.md",
        "precision-at-k/solution.py",
        "precision-at-k/test_examples.py",
        "precision-at-k/test_precision-at-k.py",
    ]
    assert archive.read("precision-at-k/solution.py").decode() == exercise.starter
    assert archive.read("precision-at-k/test_examples.py").decode() == exercise.examples
    assert archive.read("precision-at-k/test_precision-at-k.py").decode() == exercise.tests
    readme = archive.read("precision-at-k/README.md").decode()
    assert readme.startswith("# Precision at k\n")
    assert "python -m pytest" in readme
    assert "https://ex.org/coding/precision-at-k/" in readme
    assert exercise_zip(exercise, "x") == exercise_zip(exercise, "x")  # the same bytes every build


# The runner ------------------------------------------------------------------------------------


def _run(folder: Path, code: str, suites: tuple[str, ...] = ("examples", "tests")) -> dict[str, Any]:
    exercise = next(e for e in _build(folder.parent).exercises if e.slug == folder.name)
    archive = exercise_zip(exercise, "readme")
    result: dict[str, Any] = json.loads(harness.run_archive(archive, code, list(suites)))
    return result


def test_a_correct_solution_passes_every_test() -> None:
    folder = FIXTURES / "precision-at-k"
    result = _run(folder, (folder / "solution.py").read_text())
    assert result["ok"], result
    assert (result["passed"], result["total"]) == (7, 7)
    assert [s["file"] for s in result["suites"]] == ["test_examples.py", "test_precision-at-k.py"]
    assert [t["name"] for t in result["suites"][0]["tests"]] == ["test_example_1", "test_example_2"]


def test_a_wrong_solution_fails_with_its_assertion_message() -> None:
    folder = FIXTURES / "precision-at-k"
    result = _run(folder, (folder / "wrong_divides_by_returned.py").read_text())
    assert not result["ok"]
    tests = {t["name"]: t for s in result["suites"] for t in s["tests"]}
    assert tests["test_example_1"]["outcome"] == "passed"
    failed = tests["test_fewer_items_than_k_divides_by_k"]
    assert failed["outcome"] == "failed"
    assert failed["message"] == "precision_at_k(['a'], {'a'}, 4) returned 1.0, expected 0.25"
    # An error in the reader's code: its traceback shows the reader's own frames.
    error = tests["test_empty_ranking"]
    assert error["outcome"] == "error"
    assert error["message"] == "ZeroDivisionError: division by zero"
    assert 'File "solution.py", line 6, in precision_at_k' in error["traceback"]
    assert "return sum(1 for item in top if item in relevant) / len(top)" in error["traceback"]
    assert "harness.py" not in error["traceback"]
    # pytest.raises that sees no exception fails the test.
    assert tests["test_k_zero_raises"]["outcome"] == "error"  # ZeroDivisionError, not ValueError
    assert (result["passed"], result["failed"], result["errors"]) == (4, 1, 2)


def test_the_starter_errors_with_not_implemented() -> None:
    folder = FIXTURES / "precision-at-k"
    result = _run(folder, (folder / "starter.py").read_text(), ("examples",))
    outcomes = {t["outcome"] for t in result["suites"][0]["tests"]}
    assert outcomes == {"error"}
    assert result["suites"][0]["tests"][0]["message"] == "NotImplementedError"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("def precision_at_k(ranked, relevant, k)\n    return 0\n", "SyntaxError"),
        ("import no_such_module\n", "ModuleNotFoundError: No module named 'no_such_module'"),
        ("raise SystemExit(3)\n", "SystemExit: 3"),
    ],
)
def test_code_that_does_not_import_is_reported_once(code: str, message: str) -> None:
    result = _run(FIXTURES / "precision-at-k", code)
    assert result["import_error"]["message"].startswith(message)
    assert 'File "solution.py", line 1' in result["import_error"]["traceback"]
    assert result["suites"] == []
    assert not result["ok"]


def test_a_missing_function_is_an_error_of_the_suite() -> None:
    result = _run(FIXTURES / "precision-at-k", "def recall_at_k():\n    return 0\n", ("examples",))
    suite = result["suites"][0]
    assert suite["error"]["message"].startswith("ImportError: cannot import name 'precision_at_k'")
    assert not result["ok"]
    assert result["errors"] == 1


def test_printed_output_is_kept_per_test_and_cut() -> None:
    code = (
        (FIXTURES / "precision-at-k" / "solution.py")
        .read_text()
        .replace('    """The share', '    print("k is", k)\n    print("x" * 10000)\n    """The share')
    )
    result = _run(FIXTURES / "precision-at-k", code, ("examples",))
    output = result["suites"][0]["tests"][0]["output"]
    assert output.startswith("k is 2\nxxx")
    assert output.endswith("… (output cut)")
    assert len(output) < harness.OUTPUT_LIMIT + 50


def test_the_runner_leaves_pytest_and_modules_as_they_were() -> None:
    import sys

    before = sys.modules["pytest"]
    _run(FIXTURES / "precision-at-k", "def precision_at_k(r, s, k):\n    return 0.5\n")
    assert sys.modules["pytest"] is before
    assert "solution" not in sys.modules


def test_the_pytest_stand_in() -> None:
    stand_in = harness.pytest_module()
    with stand_in.raises(ValueError, match="bad") as info:
        raise ValueError("a bad value")
    assert info.type is ValueError
    with pytest.raises(harness.Failed, match="DID NOT RAISE ValueError"), stand_in.raises(ValueError):
        pass
    with pytest.raises(harness.Failed, match="did not match"), stand_in.raises(ValueError, match="^x"):
        raise ValueError("y")
    with pytest.raises(KeyError), stand_in.raises(ValueError):
        raise KeyError("other")  # not the expected kind: it goes on
    assert stand_in.raises(ZeroDivisionError, lambda: 1 / 0).type is ZeroDivisionError
    assert stand_in.approx(0.3) == 0.1 + 0.2
    assert stand_in.approx([0.3, 1.0]) == [0.1 + 0.2, 1.0]
    assert stand_in.approx({"a": 0.3}) == {"a": 0.1 + 0.2}
    assert stand_in.approx(0.3) != 0.31
    assert stand_in.approx(1.0, rel=0.02) == 1.01
    assert float("nan") != stand_in.approx(float("nan"))
    assert float("nan") == stand_in.approx(float("nan"), nan_ok=True)
    with pytest.raises(harness.Failed, match="because"):
        stand_in.fail("because")


def test_run_file_reads_the_zip_from_a_path(tmp_path: Path) -> None:
    exercise = _build().exercises[1]
    path = tmp_path / "exercise.zip"
    path.write_bytes(exercise_zip(exercise, ""))
    result = json.loads(harness.run_file(str(path), exercise.solution, "examples,tests"))
    assert result["ok"]
    with pytest.raises(ValueError, match="no hidden suite"):
        harness.run_file(str(path), exercise.solution, "hidden")


def _real_exercises() -> list[Path]:
    """The exercises of exercises/ that are complete (one being written is left to test_exercises.py)."""
    folder = ROOT / "exercises"
    files = ("exercise.toml", "solution.py", "examples.py", "tests.py")
    return [p for p in _folders(folder) if all((p / f).is_file() for f in files)] if folder.is_dir() else []


@pytest.mark.parametrize("folder", _real_exercises() + _folders(FIXTURES), ids=lambda p: p.name)
def test_the_runner_grades_every_exercise_as_pytest_does(folder: Path) -> None:
    """The reference solution passes in the browser's runner, and every wrong_*.py fails there."""
    tests = {
        "examples.py": (folder / "examples.py").read_text(encoding="utf-8"),
        "tests.py": (folder / "tests.py").read_text(encoding="utf-8"),
    }
    suites = [
        ("examples", "test_examples.py", tests["examples.py"]),
        ("tests", "test_x.py", tests["tests.py"]),
    ]
    solved = harness.run((folder / "solution.py").read_text(encoding="utf-8"), suites)
    assert solved["ok"], json.dumps(solved, indent=1)
    for wrong in sorted(folder.glob("wrong_*.py")):
        result = harness.run(wrong.read_text(encoding="utf-8"), suites)
        assert not result["ok"], wrong.name
        assert result["total"] == solved["total"]
