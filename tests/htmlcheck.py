"""Read a built site's HTML: links, anchors and the resources a page loads."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

if TYPE_CHECKING:
    from pathlib import Path

QUESTION_LINE = re.compile(r'^\s*\?\?\?\+?\s+question(?P<words>(?:\s+[\w-]+)*)\s+"(?P<title>[^"]*)"')
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def source_questions(markdown: str) -> list[str]:
    """Question titles of a Markdown page, skipping fenced code: a scan independent of the hook."""
    return [title for title, _ in source_question_lines(markdown)]


def source_question_lines(markdown: str) -> list[tuple[str, frozenset[str]]]:
    """Each question's title and the words before it (its level and kind), skipping fenced code."""
    found, fence = [], None
    for line in markdown.splitlines():
        match = FENCE.match(line)
        if fence:
            if match and match[1].startswith(fence):
                fence = None
        elif match:
            fence = match[1]
        elif q := QUESTION_LINE.match(line):
            found.append((q["title"], frozenset(q["words"].split())))
    return found


def resolve(site: Path, page: Path, url: str) -> tuple[Path, str] | None:
    """The file and fragment a same-site URL on ``page`` points to; None for other origins."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("mailto:", "javascript:", "data:")):
        return None
    path = unquote(parts.path)
    target = page if not path else (page.parent / path)
    if path.startswith("/"):
        target = site / path.lstrip("/")
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target.resolve(), parts.fragment


def ids(html_file: Path, cache: dict[Path, set[str]]) -> set[str]:
    if html_file not in cache:
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        cache[html_file] = {str(tag["id"]) for tag in soup.find_all(id=True)}
    return cache[html_file]
