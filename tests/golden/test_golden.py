"""Golden files: sample pages in, the glossary's Markdown and the build report out.

Each case in ``cases/`` holds a description, then ``=== page PATH: TITLE ===`` sections, then the
expected ``=== glossary.md ===`` and ``=== log ===``. Adding a case is adding a file. After a deliberate
change of output, rewrite the expectations with ``UPDATE_GOLDEN=1 make test-unit`` and review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import markdown
import pytest
from glossary.build import GlossaryBuild
from glossary.model import Page
from sitebuild import ROOT

CASES = Path(__file__).parent / "cases"
TEMPLATES = ROOT / "overrides" / "partials" / "glossary"
SECTION = re.compile(r"^=== (?P<name>.+?) ===\n", re.M)
PAGE = re.compile(r"page (?P<path>\S+): (?P<title>.+)")
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "pymdownx.details", "pymdownx.superfences"]


def _sections(text: str) -> tuple[str, list[tuple[str, str]]]:
    parts = SECTION.split(text)
    return parts[0], list(zip(parts[1::2], parts[2::2], strict=True))


def _run(sections: list[tuple[str, str]]) -> tuple[str, str]:
    sources: list[tuple[Page, str]] = []
    for name, body in sections:
        if match := PAGE.fullmatch(name):
            sources.append((Page(match["path"], match["title"], len(sources)), body))
    build = GlossaryBuild.from_sources(sources, TEMPLATES)
    for page, source in sources:
        html = markdown.markdown(build.page_markdown(page.path, source), extensions=EXTENSIONS)
        build.page_html(page.path, html, "glossary.md")
    return build.glossary_markdown(), "\n".join(build.report()) + "\n"


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_golden(case: Path) -> None:
    description, sections = _sections(case.read_text(encoding="utf-8"))
    glossary, log = _run(sections)
    expected = dict(sections)
    if os.environ.get("UPDATE_GOLDEN"):
        pages = "".join(f"=== {name} ===\n{body}" for name, body in sections if PAGE.fullmatch(name))
        case.write_text(
            f"{description}{pages}=== glossary.md ===\n{glossary}=== log ===\n{log}", encoding="utf-8"
        )
        return
    assert glossary == expected["glossary.md"]
    assert log == expected["log"]
