"""``mkdocs serve``: the time from editing a page to the rebuilt page being served."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from benchkit import EDITED_PAGE

# mkdocs serve ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServeResult:
    first_build: float
    rebuilds: list[float]  # edit to the "Documentation built in" log line
    reported: list[float]  # the seconds MkDocs prints in that line
    served: list[float]  # edit to the served page showing the change


_BUILT = re.compile(r"Documentation built in (?P<seconds>[\d.]+) seconds")


def serve_rebuilds(project: Path, config: Path, repeat: int, timeout: float = 180) -> ServeResult:
    """Start ``mkdocs serve`` on a free port, edit one page ``repeat`` times, time each rebuild."""
    page = project / "docs" / EDITED_PAGE
    original = page.read_text(encoding="utf-8")
    port = _free_port()
    mkdocs = Path(sys.executable).parent / "mkdocs"
    started = time.perf_counter()
    server = subprocess.Popen(
        [
            os.fspath(mkdocs),
            "serve",
            "-f",
            os.fspath(config),
            "--dev-addr",
            f"127.0.0.1:{port}",
            "--livereload",
        ],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    lines: queue.Queue[tuple[float, str]] = queue.Queue()
    log: list[str] = []
    reader = threading.Thread(target=_read_lines, args=(server, lines), daemon=True)
    reader.start()
    try:
        first_done = _wait_for_line(lines, log, "Serving on", started + timeout, server)
        first_build = first_done - started
        # Served under site_url's path, which the log line gives.
        served_at = re.search(r"Serving on (?P<url>http://\S+?)/?$", log[-1])
        base = served_at["url"] if served_at else f"http://127.0.0.1:{port}"
        url = f"{base}/{EDITED_PAGE.removesuffix('.md')}/"
        _wait_for_page(url, "", started + timeout)
        rebuilds, reported, served = [], [], []
        for round_ in range(repeat):
            marker = f"Benchmark marker {round_} {time.time_ns()}"
            edited = time.perf_counter()
            page.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            built_at = _wait_for_line(lines, log, "Documentation built in", edited + timeout, server)
            rebuilds.append(built_at - edited)
            match = _BUILT.search(log[-1])
            reported.append(float(match["seconds"]) if match else float("nan"))
            served.append(_wait_for_page(url, marker, edited + timeout) - edited)
            time.sleep(0.5)  # let the watcher settle before the next edit
        return ServeResult(first_build, rebuilds, reported, served)
    finally:
        page.write_text(original, encoding="utf-8")
        _stop(server)
        reader.join(timeout=5)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _read_lines(server: subprocess.Popen[str], lines: queue.Queue[tuple[float, str]]) -> None:
    assert server.stderr is not None
    for line in server.stderr:
        lines.put((time.perf_counter(), line.rstrip()))


def _wait_for_line(
    lines: queue.Queue[tuple[float, str]],
    log: list[str],
    text: str,
    deadline: float,
    server: subprocess.Popen[str],
) -> float:
    """When the server logged a line containing ``text``; raises if it exits or time runs out."""
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0 or server.poll() is not None:
            tail = "\n".join(log[-15:])
            raise RuntimeError(f"no '{text}' from mkdocs serve (exit code {server.poll()}):\n{tail}")
        with contextlib.suppress(queue.Empty):
            at, line = lines.get(timeout=min(remaining, 0.5))
            log.append(line)
            if text in line:
                return at


def _wait_for_page(url: str, text: str, deadline: float) -> float:
    """When ``url`` first answered with ``text`` in its body, polled every 20 ms."""
    while time.perf_counter() < deadline:
        with (
            contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError),
            urllib.request.urlopen(url, timeout=5) as response,
        ):
            if text in response.read().decode("utf-8", "replace"):
                return time.perf_counter()
        time.sleep(0.02)
    raise RuntimeError(f"{url} never showed {text!r}")


def _stop(server: subprocess.Popen[str]) -> None:
    """Stop the server this script started, by its own pid."""
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
