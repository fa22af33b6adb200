"""``mkdocs serve``: editing a page updates the glossary and the links on the next rebuild."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from typing import TYPE_CHECKING

from sitebuild import write_small_site

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

PAGE = """# Stage

??? question fundamental concept "What is data drift?"
    Data drift is a change in the input distribution.

Watch for data drift every week.
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_for(url: str, condition: Callable[[str], bool], timeout: float = 30) -> str:
    """The page at ``url`` once ``condition`` holds for it; the serve log is in the test's tmp_path."""
    deadline = time.monotonic() + timeout
    body = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                body = str(response.read().decode())
            if condition(body):
                return body
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} never met the condition; last body had {len(body)} characters")


def test_an_edited_page_rebuilds_the_glossary_and_its_links(tmp_path: Path) -> None:
    write_small_site(tmp_path, {"index.md": "# Home\n\nData drift matters.\n", "stage.md": PAGE})
    page = tmp_path / "docs" / "stage.md"
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload"],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(base + "glossary/", lambda html: 'id="data-drift"' in html)
        page.write_text(
            PAGE.replace("data drift", "concept drift").replace("Data drift", "Concept drift")
            + '\n??? question fundamental concept "What is a feature store?"\n'
            + "    A feature store serves features.\n",
            encoding="utf-8",
        )
        glossary = _wait_for(base + "glossary/", lambda html: 'id="feature-store"' in html)
        assert 'id="concept-drift"' in glossary
        assert 'id="data-drift"' not in glossary, "nothing of the previous build survives"
        home = _wait_for(base, lambda html: "glossary-link" not in html)
        assert "Data drift matters." in home
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
