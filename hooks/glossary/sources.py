"""Page titles and reading order, from the nav configuration and the page sources."""

from __future__ import annotations

import re
from typing import Any

_H1 = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$", re.M)


def nav_titles(nav: list[Any]) -> dict[str, tuple[int, str]]:
    """``{"data/preparation.md": (3, "Data preparation")}`` from a mkdocs.yml ``nav`` list."""
    titles: dict[str, tuple[int, str]] = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, str):
                titles.setdefault(item, (len(titles), item))
            elif isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, str):
                        titles.setdefault(value, (len(titles), title))
                    elif isinstance(value, list):
                        walk(value)

    walk(nav)
    return titles


def page_title(markdown: str, path: str) -> str:
    """The first ``# heading`` of a page, or its file name when it has none."""
    match = _H1.search(markdown)
    if match:
        return match["title"]
    return path.rsplit("/", 1)[-1].removesuffix(".md").replace("-", " ").capitalize()
