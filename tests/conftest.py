"""Shared fixtures: the real site built once into a temporary folder and served on 127.0.0.1."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sitebuild import ROOT, BuiltSite, build_site, listening_socket, serve, url_of

if TYPE_CHECKING:
    import socket
    from collections.abc import Iterator


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Pure-Python tests first, the browser tests last."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def _listening_socket() -> Iterator[socket.socket]:
    sock = listening_socket()
    yield sock
    sock.close()


@pytest.fixture(scope="session")
def base_url(_listening_socket: socket.socket) -> str:
    return url_of(_listening_socket)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, base_url: str) -> BuiltSite:
    """The real site, built once with --strict, its site_url set to the test server."""
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"), site_url=base_url)


@pytest.fixture(scope="session")
def server(site: BuiltSite, _listening_socket: socket.socket, base_url: str) -> Iterator[str]:
    """The built site served on 127.0.0.1 on a free port, stopped when the session ends."""
    with serve(site.path, _listening_socket) as url:
        assert url == base_url
        yield url
