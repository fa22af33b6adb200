"""Build a real MkDocs site into a folder and read what it produced."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import logging
import os
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parent.parent
GENERATED_PAGES = ("glossary/", "flashcards/", "cheatsheet/", "changes/")


def site_urls() -> list[str]:
    """Every page of the site, as URLs relative to its root: the docs plus the generated pages."""
    urls = []
    for md in sorted((ROOT / "docs").rglob("*.md")):
        relative = md.relative_to(ROOT / "docs").with_suffix("")
        urls.append("" if relative.name == "index" else f"{relative.as_posix()}/")
    return [*urls, *GENERATED_PAGES]


@dataclass
class BuiltSite:
    path: Path
    base_url: str = ""
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
    result = BuiltSite(site_dir, str(overrides.get("site_url", "")))
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


SMALL_SITE_CONFIG = f"""
site_name: Small
site_url: https://example.org/
theme:
  name: material
  custom_dir: {ROOT / "overrides"}
  features: [content.tooltips]
hooks:
  - {ROOT / "hooks" / "glossary_hook.py"}
plugins:
  - search
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - pymdownx.details
  - pymdownx.superfences
  - toc:
      permalink: true
"""


def write_small_site(folder: Path, pages: dict[str, str]) -> Path:
    """A site with our hook and theme overrides, and only ``pages`` in docs/; returns its mkdocs.yml."""
    (folder / "docs").mkdir(parents=True)
    (folder / "mkdocs.yml").write_text(SMALL_SITE_CONFIG, encoding="utf-8")
    for name, text in pages.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    return folder / "mkdocs.yml"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def listening_socket() -> socket.socket:
    """A socket bound to a free port on 127.0.0.1, so a site can be built for its URL first."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def url_of(sock: socket.socket) -> str:
    return f"http://127.0.0.1:{sock.getsockname()[1]}/"


@contextlib.contextmanager
def serve(directory: Path, sock: socket.socket) -> Iterator[str]:
    """``directory`` served on ``sock`` until the block ends; yields its URL."""
    handler = functools.partial(_QuietHandler, directory=os.fspath(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler, bind_and_activate=False)
    httpd.socket.close()
    httpd.socket = sock
    httpd.server_activate()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield url_of(sock)
    finally:
        httpd.shutdown()
        thread.join()
