"""Load: read every exercise folder and check it against the format, or stop at ``file:line``.

Every mistake raises ``GlossaryError(path, line, message)`` with the path as the author sees it
(``exercises/psi/exercise.toml``), the line of the key or code at fault, and how to fix it: the hook
turns it into a build error. TOML's parser gives no line per key, so a key's line is found by its
``key =`` at the start of a line.
"""

from __future__ import annotations

import ast
import difflib
import re
import tomllib
from typing import TYPE_CHECKING, Any, NoReturn

from glossary.errors import GlossaryError
from glossary.model import LEVELS

from .model import Exercise

if TYPE_CHECKING:
    from collections.abc import Collection
    from pathlib import Path

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CONFIG = "exercise.toml"
CODE_FILES = ("starter.py", "solution.py", "examples.py", "tests.py")
REQUIRED = ("title", "stage", "level", "minutes", "function", "practises", "statement", "hints", "notes")
MAX_MINUTES = 120
MAX_PRACTISES = 3
EXAMPLES = 2
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def load_exercises(
    folder: Path,
    shown_as: str,
    stages: Collection[str],
    cards: Collection[str],
) -> list[Exercise]:
    """Every exercise in ``folder`` (one subfolder each), in the order of their slugs.

    ``shown_as`` is how errors name the folder (``exercises``); ``stages`` are the docs paths an
    exercise may belong to (the pages with questions) and ``cards`` the card ids it may practise.
    A missing folder holds no exercises, and a subfolder is an exercise once it has its exercise.toml:
    one being written does not stop every build of the site (tests/unit/test_exercises.py checks that
    each folder is complete).
    """
    if not folder.is_dir():
        return []
    return [
        load_exercise(path, f"{shown_as}/{path.name}", stages, cards)
        for path in sorted(folder.iterdir())
        if path.is_dir() and not path.name.startswith((".", "_")) and (path / CONFIG).is_file()
    ]


def load_exercise(path: Path, shown_as: str, stages: Collection[str], cards: Collection[str]) -> Exercise:
    """One exercise folder, checked; ``shown_as`` names it in errors."""
    config_name = f"{shown_as}/{CONFIG}"
    if not SLUG.match(path.name):
        raise GlossaryError(
            config_name,
            1,
            f"the folder name {path.name!r} is not a slug: use lowercase letters, digits "
            "and single hyphens (it becomes the page's URL)",
        )
    config_path = path / CONFIG
    if not config_path.is_file():
        raise GlossaryError(config_name, 1, f"missing: every exercise folder needs its {CONFIG}")
    text = config_path.read_text(encoding="utf-8")
    data = _parse_toml(text, config_name)
    config = _Config(data, text, config_name)
    code = {name: _read_code(path / name, f"{shown_as}/{name}") for name in CODE_FILES}

    level = config.string("level")
    if level not in LEVELS:
        config.fail("level", f"level is {level!r}; write one of {', '.join(LEVELS)}")
    stage = config.string("stage")
    if stage not in stages:
        hint = _suggest(stage, stages, "write a page path such as data/preparation.md")
        config.fail("stage", f"stage {stage!r} is no stage page of the guide; {hint}")
    function = config.string("function")
    if not function.isidentifier():
        config.fail("function", f"function {function!r} is not a Python name")
    practises = config.strings("practises", at_least=1, at_most=MAX_PRACTISES)
    for card in practises:
        if card not in cards:
            hint = _suggest(card, cards, "copy it from the question's link on its page")
            config.fail(
                "practises",
                f"practises {card!r}, which is no question of the guide; write the page path, '#' and "
                f"the question's anchor; {hint}",
            )
    for name in ("starter.py", "solution.py"):
        _require_function(code[name], function, f"{shown_as}/{name}")
    _require_tests(code["examples.py"], f"{shown_as}/examples.py", exactly=EXAMPLES)
    _require_tests(code["tests.py"], f"{shown_as}/tests.py")
    return Exercise(
        slug=path.name,
        title=config.string("title"),
        stage=stage,
        level=level,
        minutes=config.minutes(),
        function=function,
        practises=practises,
        statement=config.string("statement"),
        hints=config.strings("hints", at_least=1),
        notes=config.string("notes"),
        starter=code["starter.py"],
        solution=code["solution.py"],
        examples=code["examples.py"],
        tests=code["tests.py"],
        source=shown_as,
    )


class _Config:
    """exercise.toml's values, each checked as it is read, errors pointing at the key's line."""

    def __init__(self, data: dict[str, Any], text: str, name: str) -> None:
        self.data = data
        self.lines = text.splitlines()
        self.name = name
        for key in data:
            if key not in REQUIRED:
                self.fail(key, f"unknown key {key!r}; the keys are {', '.join(REQUIRED)}")
        for key in REQUIRED:
            if key not in data:
                raise GlossaryError(name, 1, f"no {key} = ...; every exercise sets {', '.join(REQUIRED)}")

    def line(self, key: str) -> int:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        return next((number for number, line in enumerate(self.lines, 1) if pattern.match(line)), 1)

    def fail(self, key: str, message: str) -> NoReturn:
        raise GlossaryError(self.name, self.line(key), message)

    def string(self, key: str) -> str:
        value = self.data[key]
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"{key} must be a string that is not empty")
        return str(value).strip()

    def strings(self, key: str, at_least: int, at_most: int | None = None) -> tuple[str, ...]:
        value = self.data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(key, f'{key} must be a list of strings: {key} = ["...", "..."]')
        if len(value) < at_least or (at_most is not None and len(value) > at_most):
            most = f" and at most {at_most}" if at_most is not None else ""
            self.fail(key, f"{key} has {len(value)}; write at least {at_least}{most}")
        return tuple(v.strip() for v in value)

    def minutes(self) -> int:
        value = self.data["minutes"]
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MINUTES:
            self.fail("minutes", f"minutes must be a whole number from 1 to {MAX_MINUTES}, not {value!r}")
        return int(value)


def _parse_toml(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        message = _TOML_LINE.sub("", str(error)).strip()
        raise GlossaryError(name, int(found[1]) if found else 1, f"not valid TOML: {message}") from None


def _read_code(path: Path, name: str) -> str:
    if not path.is_file():
        raise GlossaryError(name, 1, "missing: every exercise folder needs " + ", ".join(CODE_FILES))
    code = path.read_text(encoding="utf-8")
    try:
        ast.parse(code, filename=name)
    except SyntaxError as error:
        raise GlossaryError(name, error.lineno or 1, f"not valid Python: {error.msg}") from None
    return code


def _require_function(code: str, function: str, name: str) -> None:
    tree = ast.parse(code)
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)  # a class is what some tests import
    if not any(isinstance(node, kinds) and node.name == function for node in tree.body):
        raise GlossaryError(name, 1, f"defines no function or class {function} (exercise.toml names it)")


def _require_tests(code: str, name: str, exactly: int | None = None) -> None:
    tests = [
        node
        for node in ast.parse(code).body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test")
    ]
    if not tests or (exactly is not None and len(tests) != exactly):
        wanted = f"exactly {exactly}" if exactly is not None else "at least one"
        raise GlossaryError(name, 1, f"holds {len(tests)} test functions; write {wanted} (def test_...():)")
    for node in tests:
        if node.args.args or node.args.posonlyargs or node.args.kwonlyargs:
            raise GlossaryError(
                name, node.lineno, f"{node.name} takes arguments: the browser's runner has no fixtures"
            )


def _suggest(value: str, known: Collection[str], otherwise: str) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else otherwise
