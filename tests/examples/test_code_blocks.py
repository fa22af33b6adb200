"""Every Python block on the site runs, on its own, and prints exactly the output the page shows.

A block followed by a ```text title="Output" block must print that text; a block that prints without
one fails, so no number on the site is left unchecked. A block titled "Not run: <reason>" is skipped
with its reason; one titled "On pandas 2: <reason>" runs in .venv-pandas2, for the libraries that have
no pandas 3 release yet (CONTRIBUTING.md, "Code in answers").
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
TITLE = re.compile(r'title="(?P<title>[^"]*)"')
NOT_RUN = "Not run: "
ON_PANDAS_2 = "On pandas 2: "
PANDAS_2_PYTHON = DOCS.parent / ".venv-pandas2" / "bin" / "python"


@dataclass(frozen=True)
class Block:
    path: str
    line: int
    language: str
    title: str
    code: str


def blocks_of(markdown: str, path: str) -> list[Block]:
    """The fenced code blocks of a page, in order, at any indentation (answers are indented)."""
    lines = markdown.splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        indent, fence, info = opening["indent"], opening["fence"], opening["info"]
        body: list[str] = []
        end = index + 1
        while end < len(lines):
            closing = FENCE.match(lines[end])
            if closing and closing["fence"].startswith(fence) and not closing["info"].strip():
                break
            body.append(lines[end][len(indent) :] if lines[end].startswith(indent) else lines[end].lstrip())
            end += 1
        language = info.split()[0].lstrip("{.") if info.split() else ""
        title = TITLE.search(info)
        found.append(Block(path, index + 1, language, title["title"] if title else "", "\n".join(body)))
        index = end + 1
    return found


def _cases() -> list[tuple[Block, Block | None]]:
    cases = []
    for md in sorted(DOCS.rglob("*.md")):
        blocks = blocks_of(md.read_text(encoding="utf-8"), md.relative_to(DOCS).as_posix())
        for position, block in enumerate(blocks):
            if block.language != "python":
                continue
            following = blocks[position + 1] if position + 1 < len(blocks) else None
            output = following if following and following.title == "Output" else None
            cases.append((block, output))
    return cases


CASES = _cases()


def test_the_site_has_python_blocks_and_most_of_them_run() -> None:
    not_run = [block for block, _ in CASES if block.title.startswith(NOT_RUN)]
    assert CASES
    assert len(not_run) * 4 < len(CASES), [f"{b.path}:{b.line} {b.title}" for b in not_run]


# Library deprecations are not the page's to fix, nor MLflow's warnings about its own code; a UserWarning
# from the example itself (a model that did not converge) still fails.
@pytest.mark.filterwarnings(
    "ignore::DeprecationWarning",
    "ignore::FutureWarning",
    "ignore::PendingDeprecationWarning",
    "ignore::UserWarning:mlflow.*",
)
@pytest.mark.parametrize(("block", "output"), CASES, ids=[f"{b.path}:{b.line}" for b, _ in CASES])
def test_block_runs_and_prints_what_the_page_shows(
    block: Block, output: Block | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if block.title.startswith(NOT_RUN):
        reason = block.title.removeprefix(NOT_RUN).strip()
        assert reason, f"docs/{block.path}:{block.line}: say why the block is not run"
        pytest.skip(f"docs/{block.path}:{block.line}: {reason}")
    monkeypatch.chdir(tmp_path)
    # MLflow 3 reports usage to its makers unless told not to: no request leaves this machine.
    monkeypatch.setenv("MLFLOW_DISABLE_TELEMETRY", "true")
    if block.title.startswith(ON_PANDAS_2):
        assert block.title.removeprefix(ON_PANDAS_2).strip(), f"docs/{block.path}:{block.line}: say why"
        printed = _run_on_pandas_2(block, tmp_path)
    else:
        printed = _run_here(block)
    shown = output.code if output else ""
    assert _lines(printed) == _lines(shown), (
        f"docs/{block.path}:{block.line}: the block prints something other than its Output block"
        if output
        else f'docs/{block.path}:{block.line}: the block prints; add a ```text title="Output" block after it'
    )


def _run_here(block: Block) -> str:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(
            compile(textwrap.dedent(block.code), f"docs/{block.path}:{block.line}", "exec"),
            {"__name__": "__main__"},
        )
    return printed.getvalue()


def _run_on_pandas_2(block: Block, folder: Path) -> str:
    """The block in .venv-pandas2 (make setup makes it), with warnings as the in-process run takes them."""
    assert PANDAS_2_PYTHON.exists(), f"{PANDAS_2_PYTHON} is missing: run make setup"
    script = folder / "block.py"
    script.write_text(textwrap.dedent(block.code), encoding="utf-8")
    done = subprocess.run(
        [
            os.fspath(PANDAS_2_PYTHON),
            "-W",
            "ignore::DeprecationWarning",
            "-W",
            "ignore::FutureWarning",
            script.name,
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    sys.stderr.write(done.stderr)
    assert done.returncode == 0, f"docs/{block.path}:{block.line} failed on pandas 2:\n{done.stderr[-2000:]}"
    return done.stdout


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").splitlines()]
