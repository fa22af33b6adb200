"""Build a real MkDocs site into a folder and read what it produced."""

from __future__ import annotations

import json
import os
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config


@dataclass
class BuiltSite:
    path: Path
    logs: list[logging.LogRecord] = field(default_factory=list)

    def html(self, url: str) -> BeautifulSoup:
        """The parsed page at a site-relative URL such as ``glossary/``."""
        target = self.path / url
        if url == "" or url.endswith("/"):
            target = target / "index.html"
        return BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")

    def pages(self) -> list[Path]:
        return sorted(self.path.rglob("*.html"))

    def search_index(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.path / "search" / "search_index.json").read_text())
        return data


class _Collect(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.DEBUG)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def build_site(config_file: Path, site_dir: Path, **overrides: Any) -> BuiltSite:
    """Build with --strict into ``site_dir``; MkDocs raises if a warning was logged."""
    result = BuiltSite(site_dir)
    handler = _Collect(result.logs)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        config = load_config(os.fspath(config_file), site_dir=os.fspath(site_dir), strict=True, **overrides)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return result
