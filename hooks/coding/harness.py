"""The test runner of the coding round, run by the browser's Python (Pyodide) and by the unit tests.

The hook serves this file as ``javascripts/coding/harness.py``; the worker
(``docs/javascripts/coding/runner.js``) imports it and calls ``run_file`` with the exercise's zip
(the same one a reader downloads), the reader's code and which suites to run. The reader's code
becomes the module ``solution``, which the tests import; each ``test_*`` function of a suite runs in
the order written, and comes back passed, failed (its assertion's message) or error (the exception,
with the traceback's last frames in the reader's code). Pyodide has no pytest, so a minimal
``pytest`` module stands in while the tests run: ``raises``, ``approx`` and ``fail``, all the
exercises may use (CONTRIBUTING.md).

Standard library only, and no state kept between runs: each run imports the reader's code afresh.
A run that never ends is the worker's to stop (the page terminates it after a time limit).
"""

from __future__ import annotations

import contextlib
import io
import json
import linecache
import math
import re
import sys
import traceback
import types
import zipfile
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

SOLUTION = "solution.py"
EXAMPLES = "test_examples.py"
OUTPUT_LIMIT = 4000
"""Characters of printed output kept per test: a print in a loop must not flood the page."""
FRAMES = 3
"""Frames of the reader's code shown in a traceback, the innermost."""


# The stand-in for pytest ---------------------------------------------------------------------------


class Failed(AssertionError):
    """``pytest.fail`` or a ``pytest.raises`` block that did not raise: the test failed."""


class ExceptionInfo:
    """What ``pytest.raises`` caught: ``.value``, ``.type`` and ``.match(pattern)``, as in pytest."""

    def __init__(self) -> None:
        self.value: BaseException | None = None

    @property
    def type(self) -> type[BaseException] | None:
        return type(self.value) if self.value is not None else None

    def match(self, pattern: str) -> bool:
        if not re.search(pattern, str(self.value)):
            raise Failed(f"Regex pattern {pattern!r} did not match {str(self.value)!r}")
        return True


class _Raises:
    def __init__(self, expected: type[BaseException] | tuple[type[BaseException], ...], match: str | None):
        self.expected = expected
        self.pattern = match
        self.info = ExceptionInfo()

    def __enter__(self) -> ExceptionInfo:
        return self.info

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: object) -> bool:
        if value is None:
            raise Failed(f"DID NOT RAISE {_names(self.expected)}")
        if not isinstance(value, self.expected):
            return False  # the unexpected exception goes on: the test errors with it
        self.info.value = value
        if self.pattern is not None:
            self.info.match(self.pattern)
        return True


def raises(
    expected: type[BaseException] | tuple[type[BaseException], ...],
    *args: Any,
    match: str | None = None,
    **kwargs: Any,
) -> Any:
    """``with pytest.raises(ValueError, match="empty"):``, or ``pytest.raises(E, func, *args)``."""
    context = _Raises(expected, match)
    if not args:
        return context
    with context as info:
        args[0](*args[1:], **kwargs)
    return info


class Approx:
    """A number (or a list, tuple or dict of numbers) equal to another within a tolerance."""

    def __init__(self, expected: Any, rel: float | None, abs: float | None, nan_ok: bool) -> None:
        self.expected = expected
        self.rel = 1e-6 if rel is None else rel
        self.abs = 1e-12 if abs is None else abs
        self.nan_ok = nan_ok

    def _close(self, actual: Any, expected: Any) -> bool:
        if isinstance(expected, dict):
            return (
                isinstance(actual, dict)
                and actual.keys() == expected.keys()
                and all(self._close(actual[k], expected[k]) for k in expected)
            )
        if isinstance(expected, (list, tuple)):
            return (
                isinstance(actual, (list, tuple))
                and len(actual) == len(expected)
                and all(self._close(a, e) for a, e in zip(actual, expected, strict=True))
            )
        try:
            if math.isnan(expected) or math.isnan(actual):
                return self.nan_ok and math.isnan(expected) and math.isnan(actual)
            return bool(math.isclose(actual, expected, rel_tol=self.rel, abs_tol=self.abs))
        except TypeError:
            return bool(actual == expected)

    def __eq__(self, actual: object) -> bool:
        return self._close(actual, self.expected)

    def __ne__(self, actual: object) -> bool:
        return not self == actual

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"approx({self.expected!r})"


def approx(expected: Any, rel: float | None = None, abs: float | None = None, nan_ok: bool = False) -> Approx:
    return Approx(expected, rel, abs, nan_ok)


def fail(reason: str = "") -> None:
    raise Failed(reason)


def pytest_module() -> types.ModuleType:
    """The stand-in, as a module the tests can import."""
    module = types.ModuleType("pytest", "The coding round's stand-in for pytest: raises, approx, fail.")
    names = {"raises": raises, "approx": approx, "fail": fail, "ExceptionInfo": ExceptionInfo}
    for name, value in names.items():
        setattr(module, name, value)
    return module


# Running ------------------------------------------------------------------------------------------


def run_archive(archive: bytes, code: str, suites: Sequence[str]) -> str:
    """Run the reader's ``code`` against the suites of an exercise's zip; the results as JSON.

    ``suites`` holds ``"examples"`` (``test_examples.py``) and/or ``"tests"`` (the hidden tests,
    ``test_<slug>.py``), run in that order.
    """
    files: dict[str, str] = {}
    with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
        for name in zipped.namelist():
            base = name.rsplit("/", 1)[-1]
            if base.startswith("test_") and base.endswith(".py"):
                files[base] = zipped.read(name).decode("utf-8")
    hidden = sorted(name for name in files if name != EXAMPLES)
    chosen: list[tuple[str, str, str]] = []
    for suite in suites:
        names = [EXAMPLES] if suite == "examples" else hidden if suite == "tests" else []
        if not names or any(name not in files for name in names):
            raise ValueError(f"the exercise's zip has no {suite} suite")
        chosen.extend((suite, name, files[name]) for name in names)
    return json.dumps(run(code, chosen))


def run_file(path: str, code: str, suites: str) -> str:
    """``run_archive`` on the zip at ``path``, ``suites`` separated by commas: what the worker calls,
    with plain strings only (no JavaScript objects to convert or free)."""
    with open(path, "rb") as archive:
        return run_archive(archive.read(), code, suites.split(","))


def run(code: str, suites: Sequence[tuple[str, str, str]]) -> dict[str, Any]:
    """Import ``code`` as ``solution``, then run each (suite, file name, source) in turn."""
    with _stand_ins():
        _remember(SOLUTION, code)
        solution = types.ModuleType("solution")
        solution.__file__ = SOLUTION
        sys.modules["solution"] = solution
        output = io.StringIO()
        try:
            with _captured(output):
                exec(compile(code, SOLUTION, "exec"), solution.__dict__)
        except BaseException as error:  # a SystemExit in the reader's code is theirs too
            if isinstance(error, KeyboardInterrupt):
                raise
            problem = {**_describe(error), "output": _cut(output.getvalue())}
            return _summary(problem, [])
        return _summary(None, [_run_suite(*suite) for suite in suites])


def _run_suite(suite: str, name: str, source: str) -> dict[str, Any]:
    _remember(name, source)
    module = types.ModuleType(name.removesuffix(".py"))
    module.__file__ = name
    output = io.StringIO()
    try:
        with _captured(output):
            exec(compile(source, name, "exec"), module.__dict__)
    except Exception as error:
        return {"suite": suite, "file": name, "error": _describe(error), "tests": []}
    tests = [
        (key, value)
        for key, value in vars(module).items()
        if key.startswith("test") and isinstance(value, types.FunctionType)
    ]
    return {"suite": suite, "file": name, "error": None, "tests": [_run_test(k, v) for k, v in tests]}


def _run_test(name: str, test: Callable[[], object]) -> dict[str, Any]:
    output = io.StringIO()
    result: dict[str, Any] = {"name": name, "outcome": "passed", "message": "", "traceback": ""}
    try:
        with _captured(output):
            test()
    except AssertionError as error:
        result.update(outcome="failed", message=_assertion_message(error))
    except BaseException as error:  # anything the reader's code raises is an error
        if isinstance(error, KeyboardInterrupt):
            raise
        result.update(outcome="error", **_describe(error))
    result["output"] = _cut(output.getvalue())
    return result


def _summary(import_error: dict[str, str] | None, suites: list[dict[str, Any]]) -> dict[str, Any]:
    outcomes = [test["outcome"] for suite in suites for test in suite["tests"]]
    broken = sum(1 for suite in suites if suite["error"])
    passed = outcomes.count("passed")
    return {
        "import_error": import_error,
        "suites": suites,
        "passed": passed,
        "failed": outcomes.count("failed"),
        "errors": outcomes.count("error") + broken,
        "total": len(outcomes),
        "ok": import_error is None and not broken and bool(outcomes) and passed == len(outcomes),
    }


def _assertion_message(error: AssertionError) -> str:
    """The assertion's own message, else the ``assert`` line that failed."""
    if str(error):
        return str(error)
    frames = traceback.extract_tb(error.__traceback__)
    last = frames[-1] if frames else None
    if last is None:
        return "assertion failed"
    return f"assertion failed at {last.filename}, line {last.lineno}: {(last.line or '').strip()}"


def _describe(error: BaseException) -> dict[str, str]:
    """The error's one line, and a traceback of its last frames in the reader's code (else its last)."""
    frames = traceback.extract_tb(error.__traceback__)
    own = [frame for frame in frames if frame.filename == SOLUTION]
    shown = own[-FRAMES:] or frames[-1:]
    # A SyntaxError's own lines say where it is (file, line, a caret); its message is the last one.
    described = "".join(traceback.format_exception_only(type(error), error)).rstrip("\n")
    lines = ["Traceback (most recent call last):", *traceback.format_list(shown), described]
    return {
        "message": described.rsplit("\n", 1)[-1],
        "traceback": "\n".join(line.rstrip("\n") for line in lines),
    }


def _remember(name: str, source: str) -> None:
    """Let tracebacks quote the lines of code that was never a file."""
    linecache.cache[name] = (len(source), None, source.splitlines(keepends=True), name)


def _cut(text: str) -> str:
    return text if len(text) <= OUTPUT_LIMIT else text[:OUTPUT_LIMIT] + "\n… (output cut)"


@contextlib.contextmanager
def _captured(output: io.StringIO) -> Iterator[None]:
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        yield


@contextlib.contextmanager
def _stand_ins() -> Iterator[None]:
    """``pytest`` is the stand-in while tests run; ``solution`` and ``pytest`` as they were after."""
    saved = {name: sys.modules.get(name) for name in ("pytest", "solution")}
    sys.modules["pytest"] = pytest_module()
    try:
        yield
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module


def _names(expected: type[BaseException] | tuple[type[BaseException], ...]) -> str:
    kinds = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(kind.__name__ for kind in kinds)
