"""Shared fixtures: the real site built once into a temporary folder and served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import threading
from typing import TYPE_CHECKING

import pytest
from sitebuild import ROOT, BuiltSite, build_site

if TYPE_CHECKING:
    from collections.abc import Iterator


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Pure-Python tests first, the browser tests last."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def _listening_socket() -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    yield sock
    sock.close()


@pytest.fixture(scope="session")
def base_url(_listening_socket: socket.socket) -> str:
    return f"http://127.0.0.1:{_listening_socket.getsockname()[1]}/"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, base_url: str) -> BuiltSite:
    """The real site, built once with --strict, its site_url set to the test server."""
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"), site_url=base_url)


@pytest.fixture(scope="session")
def server(site: BuiltSite, _listening_socket: socket.socket, base_url: str) -> Iterator[str]:
    """The built site served on 127.0.0.1 on a free port, stopped when the session ends."""
    handler = functools.partial(_QuietHandler, directory=os.fspath(site.path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler, bind_and_activate=False)
    httpd.socket.close()
    httpd.socket = _listening_socket
    httpd.server_activate()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base_url
    httpd.shutdown()
    thread.join()
