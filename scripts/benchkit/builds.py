"""Builds in child processes: each variant in a fresh Python process, timed, profiled or dumped."""

from __future__ import annotations

import cProfile
import functools
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchkit import BENCH_SCRIPT, GLOSSARY_HOOK

if TYPE_CHECKING:
    from collections.abc import Callable

    from mkdocs.plugins import PluginCollection


# Builds in child processes -----------------------------------------------------------------------


@dataclass(frozen=True)
class BuildRun:
    wall: float
    cpu: float
    peak_mib: float
    warnings: int
    in_hook: dict[str, float]  # CPU seconds inside the glossary hook's event functions, by event
    generated: dict[str, float]  # CPU seconds on each page the hook generates, its events included


def run_builds(configs: dict[str, Path], out: Path, repeat: int) -> dict[str, list[BuildRun]]:
    """Every config built ``repeat`` times, in turns, each in a fresh process."""
    results: dict[str, list[BuildRun]] = {name: [] for name in configs}
    names = list(configs)
    for round_ in range(repeat):
        # Rotate the order so that no variant always runs first (cold caches) or last.
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            results[name].append(run_child(configs[name], out / f"{configs[name].stem}-{round_}"))
    return results


def run_child(
    config: Path, site_dir: Path, profile: Path | None = None, dump: Path | None = None
) -> BuildRun:
    command = [
        sys.executable,
        os.fspath(BENCH_SCRIPT),
        "--child-build",
        os.fspath(config),
        os.fspath(site_dir),
    ]
    if profile is not None:
        command += ["--child-profile", os.fspath(profile)]
    if dump is not None:
        command += ["--child-dump", os.fspath(dump)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=config.parent, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build of {config} failed:\n{done.stderr[-4000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    shutil.rmtree(site_dir, ignore_errors=True)
    return BuildRun(
        data["wall"],
        data["cpu"],
        data["peak_kib"] / 1024,
        data["warnings"],
        data["hook"],
        data["generated"],
    )


class _CountWarnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def child_build(config_file: Path, site_dir: Path, profile_to: str | None, dump_to: str | None) -> int:
    """One build, in this process; prints its times and peak memory as JSON on the last line."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands import build as build_module
    from mkdocs.config import load_config

    counter = _CountWarnings()
    logging.getLogger("mkdocs").addHandler(counter)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    profiler = cProfile.Profile() if profile_to else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    # Not strict: a site without the hook has links to the glossary page that it does not build.
    config = load_config(os.fspath(config_file), site_dir=os.fspath(site_dir), strict=False)
    clocks = _Clocks()
    clocks.wrap_hook_events(config.plugins)
    if dump_to:
        _dump_generated_files(config.plugins, Path(dump_to))
    for name in ("_populate_page", "_build_page"):
        setattr(build_module, name, clocks.timed_page_step(getattr(build_module, name)))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build_module.build(config)
    finally:
        config.plugins.on_shutdown()
    if profiler:
        profiler.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profiler and profile_to:
        profiler.dump_stats(profile_to)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(
        json.dumps(
            {
                "wall": wall,
                "cpu": cpu,
                "peak_kib": peak_kib,
                "warnings": counter.count,
                "hook": clocks.hook_events,
                "generated": clocks.generated_pages,
            }
        )
    )
    return 0


class _Clocks:
    """CPU seconds spent in the glossary hook's events, and on the pages that the hook generates."""

    def __init__(self) -> None:
        self.hook_events: dict[str, float] = {}
        self.generated_pages: dict[str, float] = {}

    def wrap_hook_events(self, plugins: PluginCollection) -> None:
        """Time the hook's event functions."""
        _wrap_hook_events(plugins, self._timed_event)

    def _timed_event(self, event: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.hook_events[event] = self.hook_events.get(event, 0.0) + time.process_time() - start

        return wrapper

    def timed_page_step(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """Wrap ``_populate_page`` or ``_build_page``: time the pages whose file the hook generated."""

        @functools.wraps(function)
        def wrapper(page: Any, *args: Any, **kwargs: Any) -> Any:
            if not _generated_by_hook(page.file):
                return function(page, *args, **kwargs)
            start = time.process_time()
            try:
                return function(page, *args, **kwargs)
            finally:
                uri = page.file.src_uri
                self.generated_pages[uri] = self.generated_pages.get(uri, 0.0) + time.process_time() - start

        return wrapper


def _dump_generated_files(plugins: PluginCollection, docs: Path) -> None:
    """Write every file the hook generates into ``docs``: each page's Markdown as the hook gives it,
    and the data files (flashcards, Anki deck, offline edition) as they are once every page is read."""

    def write(uri: str, content: bytes) -> None:
        (docs / uri).parent.mkdir(parents=True, exist_ok=True)
        (docs / uri).write_bytes(content)

    def record(event: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = function(*args, **kwargs)
            if event == "page_markdown" and _generated_by_hook(kwargs["page"].file):
                write(kwargs["page"].file.src_uri, result.encode("utf-8"))
            if event == "env":  # MkDocs has read every page and not yet written any file
                for file in kwargs["files"]:
                    if _generated_by_hook(file) and not file.is_documentation_page():
                        write(file.src_uri, file.content_bytes)
            return result

        return wrapper

    _wrap_hook_events(plugins, record)


def _generated_by_hook(file: Any) -> bool:
    """Whether the glossary hook generated this MkDocs File (File.generated_by names the hook)."""
    return GLOSSARY_HOOK in str(file.generated_by or "")


def _wrap_hook_events(
    plugins: PluginCollection, wrap: Callable[[str, Callable[..., Any]], Callable[..., Any]]
) -> None:
    """Replace each glossary hook event function by ``wrap(event, function)``.

    MkDocs names a hook module after its path in ``hooks:``, and records which plugin each event
    function came from (File.generated_by): the wrapper keeps that origin.
    """
    origins: dict[Callable[..., Any], str] = getattr(plugins, "_event_origins", {})
    for event, functions in plugins.events.items():
        for index, function in enumerate(functions):
            if GLOSSARY_HOOK in str(getattr(function, "__module__", "")):
                functions[index] = wrap(event, function)
                if function in origins:
                    origins[functions[index]] = origins[function]
