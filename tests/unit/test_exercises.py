"""The coding exercises are honest: complete, linked to real questions, and graded by their own tests.

For every folder in exercises/: exercise.toml has every field with a valid value; the reference
solution passes its visible examples and hidden tests; each wrong_*.py fails at least one hidden test;
the starter fails with NotImplementedError. A candidate runs the way the browser and a downloaded zip
run it: imported as the module ``solution``, then the test file executed and each ``test_*`` called.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import random
import re
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from glossary.harvest import harvest_page
from glossary.model import LEVELS, Page

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
DOCS = ROOT / "docs"

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FIELDS = {
    "title": str,
    "stage": str,
    "level": str,
    "minutes": int,
    "function": str,
    "practises": list,
    "statement": str,
    "hints": list,
    "notes": str,
}
MINUTES = range(10, 46)
HIDDEN_TESTS = range(6, 16)
# What a test file may import besides the standard library: the reader's code and pytest.raises.
TEST_IMPORTS = {"solution", "pytest"}


def _slugs() -> list[str]:
    return sorted(p.name for p in EXERCISES.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def _wrong_solutions() -> list[tuple[str, str]]:
    return [(slug, p.name) for slug in _slugs() for p in sorted((EXERCISES / slug).glob("wrong_*.py"))]


@cache
def _card_ids(stage: str) -> frozenset[str]:
    """Every card id of a stage page, from its Markdown source as the build harvests it."""
    harvest = harvest_page((DOCS / stage).read_text(encoding="utf-8"), Page(stage, stage, 0))
    return frozenset(f"{stage}#{q.qid}" for q in harvest.questions)


def _exercise(slug: str) -> dict[str, Any]:
    with (EXERCISES / slug / "exercise.toml").open("rb") as f:
        return tomllib.load(f)


def _load_solution(path: Path) -> Any:
    """Import ``path`` as a fresh module named ``solution``, as the graders do."""
    sys.modules.pop("solution", None)
    spec = importlib.util.spec_from_file_location("solution", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["solution"] = module
    spec.loader.exec_module(module)
    return module


def _test_functions(test_file: Path) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": f"exercise_{test_file.parent.name}_{test_file.stem}"}
    exec(compile(test_file.read_text(encoding="utf-8"), str(test_file), "exec"), namespace)
    return {name: f for name, f in namespace.items() if name.startswith("test_") and callable(f)}


def _run(candidate: Path, test_file: Path) -> dict[str, BaseException]:
    """The failures of ``test_file`` against ``candidate``: test name -> what it raised."""
    failures: dict[str, BaseException] = {}
    state = random.getstate()  # a candidate may seed or draw from the global generator: leave it as found
    try:
        _load_solution(candidate)
        tests = _test_functions(test_file)
        for name, test in tests.items():
            try:
                test()
            except (Exception, pytest.fail.Exception) as error:
                failures[name] = error
    finally:
        sys.modules.pop("solution", None)
        random.setstate(state)
    return failures


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def _test_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]


def _signature(path: Path, function: str) -> str:
    """The signature as text: two modules' TypeVars are distinct objects that print the same."""
    try:
        return str(inspect.signature(getattr(_load_solution(path), function)))
    finally:
        sys.modules.pop("solution", None)


def test_exercises_exist() -> None:
    assert len(_slugs()) >= 32


@pytest.mark.parametrize("slug", _slugs())
def test_exercise_toml_is_complete(slug: str) -> None:
    folder = EXERCISES / slug
    assert SLUG.match(slug), f"{slug}: a slug is lowercase words joined by hyphens"
    exercise = _exercise(slug)
    assert set(exercise) == set(FIELDS), f"{slug}: fields {sorted(exercise)}, expected {sorted(FIELDS)}"
    for field, kind in FIELDS.items():
        assert isinstance(exercise[field], kind), f"{slug}: {field} must be a {kind.__name__}"
    for field in ("title", "statement", "notes"):
        assert exercise[field].strip(), f"{slug}: {field} is empty"
    assert (DOCS / exercise["stage"]).is_file(), f"{slug}: stage {exercise['stage']} is not a docs/ page"
    assert exercise["level"] in LEVELS
    assert exercise["minutes"] in MINUTES, f"{slug}: minutes {exercise['minutes']} outside 10-45"
    hints = exercise["hints"]
    assert len(hints) == 3, f"{slug}: three hints"
    assert all(isinstance(h, str) and h.strip() for h in hints), f"{slug}: a hint is empty"
    practises = exercise["practises"]
    assert 1 <= len(practises) <= 3, f"{slug}: 1-3 card ids in practises"
    assert len(set(practises)) == len(practises), f"{slug}: a card id is repeated"
    unknown = set(practises) - _card_ids(exercise["stage"])
    assert not unknown, f"{slug}: no such question on {exercise['stage']}: {sorted(unknown)}"
    for name in ("starter.py", "solution.py", "examples.py", "tests.py"):
        assert (folder / name).is_file(), f"{slug}: {name} is missing"
    assert list(folder.glob("wrong_*.py")), f"{slug}: no wrong_*.py"


@pytest.mark.parametrize("slug", _slugs())
def test_files_follow_the_format(slug: str) -> None:
    folder = EXERCISES / slug
    function = _exercise(slug)["function"]
    assert _test_names(folder / "examples.py") == ["test_example_1", "test_example_2"]
    hidden = _test_names(folder / "tests.py")
    assert len(set(hidden)) == len(hidden), f"{slug}: two hidden tests share a name"
    assert len(hidden) in HIDDEN_TESTS, f"{slug}: {len(hidden)} hidden tests, expected 6-15"
    for name in ("starter.py", "solution.py", *(p.name for p in folder.glob("wrong_*.py"))):
        extra = _imports(folder / name) - sys.stdlib_module_names
        assert not extra, f"{slug}/{name} imports {sorted(extra)}: the standard library only"
    for name in ("examples.py", "tests.py"):
        extra = _imports(folder / name) - sys.stdlib_module_names - TEST_IMPORTS
        assert not extra, f"{slug}/{name} imports {sorted(extra)}"
    for path in folder.glob("wrong_*.py"):
        assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), f"{path}: say what is wrong"
    reference = _signature(folder / "solution.py", function)
    assert _signature(folder / "starter.py", function) == reference, f"{slug}: starter and solution differ"


@pytest.mark.parametrize("slug", _slugs())
def test_reference_solution_passes(slug: str) -> None:
    folder = EXERCISES / slug
    for test_file in ("examples.py", "tests.py"):
        failures = _run(folder / "solution.py", folder / test_file)
        assert not failures, f"{slug}/{test_file}: {failures}"


@pytest.mark.parametrize(("slug", "wrong"), _wrong_solutions())
def test_wrong_solution_fails_a_hidden_test(slug: str, wrong: str) -> None:
    folder = EXERCISES / slug
    assert _run(folder / wrong, folder / "tests.py"), f"{slug}/{wrong} passes every hidden test"


@pytest.mark.parametrize("slug", _slugs())
def test_starter_raises_not_implemented(slug: str) -> None:
    failures = _run(EXERCISES / slug / "starter.py", EXERCISES / slug / "examples.py")
    assert set(failures) == {"test_example_1", "test_example_2"}
    assert all(isinstance(error, NotImplementedError) for error in failures.values()), failures
