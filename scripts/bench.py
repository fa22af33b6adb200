"""Benchmark the glossary hook: print build times, their ratios and peak memory. Never asserts.

``make bench`` runs, each build in its own Python process so that no two share state:

1. A synthetic site (500 pages of about 1,500 words, with 1,000 and then 2,000 glossary terms
   defined as ``??? question`` blocks) built four ways: plain (no hook); with the hook off but the
   pages and files it generates (glossary, flashcards, cheat sheets; card data, Anki deck) written
   into docs/ as it wrote them, the cost of the same site kept by hand; with the glossary hook; and
   with Material's tooltip pattern instead (``abbr`` plus ``pymdownx.snippets`` auto-appending
   ``*[term]: definition`` lines).
2. The real site (``mkdocs.yml``) the same three ways: hook off, its pages as files, hook on.
3. ``mkdocs serve`` on a copy of the project: the time from editing one page to the rebuilt page.

The machine is shared and noisy, so every build runs several times, interleaved with the other
variants, and what matters is the ratio within one run, not the seconds. CPU figures are the least
of those runs: other jobs on the machine only ever add time (a cache or a core shared), so the least
is the closest to the code's own cost; the same build's median moved by a quarter. The targets (the hook
adds at most 10% to the synthetic build, 5% to the real one) are judged on CPU time (or on
instructions, with ``--instructions``) against the
pages-as-files build: what the hook itself costs (harvest, merge, link, render), apart from MkDocs
rendering the pages it adds, which a hand-kept glossary would cost as well. Both ratios are printed.
``--quick`` runs a small site once, to try it out; ``--profile`` prints where the hook spends its time.
``--instructions`` counts instead of timing: each build once, under valgrind's callgrind, which
gives the same count whatever else the machine runs (~50x slower: minutes for this site, about 55
for a 500-page one), so that a target of a few percent can be settled on a noisy machine.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import io
import json
import logging
import os
import platform
import pstats
import queue
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from mkdocs.plugins import PluginCollection

ROOT = Path(__file__).resolve().parent.parent
HOOK_TARGET = 0.10  # the hook may add at most 10% to a big synthetic site's build
REAL_TARGET = 0.05  # and at most 5% to the real site's
EDITED_PAGE = "operations/monitoring.md"  # the page ``mkdocs serve`` sees edited
# What a benchmark copies of the project: the config and everything it refers to.
PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "hooks")

GLOSSARY_HOOK = "glossary_hook.py"
PLAIN, HOOK, ABBR = "plain", "glossary hook", "abbr + snippets"
# The hook off, but the pages and files it generates written into docs/ as the hook made them: what
# building the same site costs when someone maintains the glossary by hand. The hook's own cost is
# judged against it.
FROZEN = "its pages as files"
ABBR_SPACED = "abbr, spaced file"  # the same definitions, a blank line between them


# Command line ------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "--quick", action="store_true", help="a small site, one run each (well under a minute)"
    )
    parser.add_argument("--pages", type=int, help="synthetic pages (default 500; 30 with --quick)")
    parser.add_argument(
        "--terms", type=int, nargs="+", help="glossary term counts (default 1000 2000; 60 120 with --quick)"
    )
    parser.add_argument("--words", type=int, default=1500, help="words per synthetic page (default 1500)")
    parser.add_argument("--repeat", type=int, help="runs of each build, median reported (default 3; 1 quick)")
    parser.add_argument(
        "--abbr-pages",
        type=int,
        default=1,
        help="build the abbr variant on this many pages and extrapolate (default 1; every page costs "
        "alike); 0 leaves it out, the page count builds it all",
    )
    parser.add_argument(
        "--skip",
        nargs="+",
        default=[],
        choices=["synthetic", "abbr", "real", "serve"],
        help="parts to leave out",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile one hook build of the largest synthetic site (cProfile)",
    )
    parser.add_argument(
        "--project",
        type=Path,
        default=ROOT,
        help="the project to measure, such as another checkout (default: this one)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count the instructions of one build of each variant under callgrind instead of timing "
        "(repeatable on a busy machine; ~50x slower, so no abbr or serve part)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    parser.add_argument("--child-build", nargs=2, metavar=("CONFIG", "SITE_DIR"), help=argparse.SUPPRESS)
    parser.add_argument("--child-profile", metavar="STATS_FILE", help=argparse.SUPPRESS)
    parser.add_argument("--child-dump", metavar="DOCS_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # show each figure as it comes, even through make
    if args.child_build:
        config, site_dir = (Path(arg) for arg in args.child_build)
        return _child_build(config, site_dir, args.child_profile, args.child_dump)

    pages = args.pages or (30 if args.quick else 500)
    term_counts: list[int] = args.terms or ([60, 120] if args.quick else [1000, 2000])
    repeat = args.repeat or (1 if args.quick else 3)
    if args.instructions and shutil.which("valgrind") is None:
        raise SystemExit("--instructions counts under valgrind: apt-get install -y valgrind")
    workdir = Path(tempfile.mkdtemp(prefix="glossary-bench-"))
    try:
        _print_header(repeat, args.instructions)
        project = _copy_project(args.project, workdir / "project")
        if "synthetic" not in args.skip:
            synthetic_sites = [
                generate_site(workdir / f"synthetic-{terms}", project, pages, terms, args.words)
                for terms in term_counts
            ]
            abbr = "abbr" not in args.skip
            if args.instructions:
                for site in synthetic_sites:
                    print(f"\nSynthetic site: {site.pages} pages, {site.terms:,} terms")
                    count_site(
                        site.root / "mkdocs-hook.yml", site.root / "mkdocs-plain.yml", workdir, HOOK_TARGET
                    )
            else:
                bench_synthetic(synthetic_sites, workdir, repeat, abbr, args.abbr_pages)
            if args.profile:
                profile_hook(synthetic_sites[-1], workdir)
        if "real" not in args.skip and args.instructions:
            print(f"\nReal site: {args.project / 'mkdocs.yml'}")
            count_site(project / "mkdocs.yml", project / "mkdocs-nohook.yml", workdir, REAL_TARGET)
        elif "real" not in args.skip:
            bench_real(project, args.project, workdir, repeat)
        if "serve" not in args.skip and not args.instructions:
            bench_serve(project, repeat, both=not args.quick)
        print(f"\nDone; load average now {os.getloadavg()[0]:.2f}.")
    finally:
        if args.keep:
            print(f"\nKept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _print_header(repeat: int, instructions: bool) -> None:
    print(
        f"Glossary hook benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} CPUs, "
        f"load {os.getloadavg()[0]:.2f}, Python {platform.python_version()}"
    )
    if instructions:
        print(
            "Each build runs once, in a fresh process under valgrind's callgrind: the instructions it "
            "executed,\nwhich other jobs on the machine do not change. The targets are judged on them."
        )
        return
    print(
        f"Every build runs in a fresh process, {repeat}x, the variants taking turns. wall: median seconds "
        "(min-max); cpu: the least CPU seconds\n(other jobs only add to them), on which the targets are "
        "judged; in hook: CPU seconds inside the glossary hook's\nevent functions, the least; peak: the "
        "build process's maximum resident memory."
    )


# The three parts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyntheticSite:
    root: Path
    pages: int
    terms: int
    words: int


def bench_synthetic(
    sites: list[SyntheticSite], workdir: Path, repeat: int, abbr: bool, abbr_pages: int
) -> None:
    for site in sites:
        print(
            f"\nSynthetic site: {site.pages} pages of ~{site.words:,} words "
            f"(median {_median_words(site):,}), {site.terms:,} terms defined as Q&A"
        )
        configs = {
            PLAIN: site.root / "mkdocs-plain.yml",
            FROZEN: freeze_generated_pages(site.root / "mkdocs-hook.yml", site.root / "mkdocs-plain.yml"),
            HOOK: site.root / "mkdocs-hook.yml",
        }
        if abbr:
            configs[ABBR_SPACED] = site.root / "mkdocs-abbr-spaced.yml"
        sampled = abbr and 0 < abbr_pages < site.pages
        if abbr and abbr_pages >= site.pages:
            configs[ABBR] = site.root / "mkdocs-abbr.yml"
        results = run_builds(configs, workdir / "out", repeat)
        note = ""
        if sampled:
            results[ABBR], note = _estimate_abbr(site, results[PLAIN], workdir / "out", abbr_pages)
        _print_table(results, PLAIN, FROZEN, HOOK, HOOK_TARGET)
        if abbr:
            print(
                f"{'':<4}abbr: Material's tooltip pattern, pymdownx.snippets appending a file of "
                "*[term]: definition lines to every page\n"
                f"{'':<4}(name, plural and acronym of each term); {ABBR_SPACED}: the same file with a "
                "blank line between definitions"
            )
        if note:
            print(note)


def _estimate_abbr(
    site: SyntheticSite, plain: list[BuildRun], out: Path, pages: int
) -> tuple[list[BuildRun], str]:
    """The abbr build of the whole site, extrapolated from the first ``pages`` pages.

    Python-Markdown re-reads the rest of a block of ``*[term]:`` lines after each one, so the
    appended file costs every page time quadratic in the number of terms: hours at full size.
    """
    sample = sample_site(site, pages)
    runs = run_builds({PLAIN: sample / "mkdocs-plain.yml", ABBR: sample / "mkdocs-abbr.yml"}, out, 1)
    small_plain, small_abbr = runs[PLAIN][0], runs[ABBR][0]
    scale = site.pages / pages
    base_wall = statistics.median(r.wall for r in plain)
    base_cpu = min(r.cpu for r in plain)
    cpu = base_cpu + (small_abbr.cpu - small_plain.cpu) * scale
    estimate = BuildRun(
        base_wall * cpu / base_cpu,  # one wall time of a single page is mostly noise: scale by cpu
        cpu,
        small_abbr.peak_mib,
        small_abbr.warnings,
        {},
        {},
    )
    note = (
        f"{'':<4}{ABBR} is estimated: one build each of the first {pages} page(s), abbr "
        f"{small_abbr.cpu:.2f} s cpu, plain {small_plain.cpu:.2f} s; the difference x {scale:g} added to the "
        f"whole plain build\n{'':<4}(abbr definitions are parsed again on every page, in time quadratic in "
        f"their number; --abbr-pages {site.pages} builds it all)"
    )
    return [estimate], note


def bench_real(project: Path, source: Path, workdir: Path, repeat: int) -> None:
    pages = len(list((project / "docs").rglob("*.md")))
    runs = repeat * 3  # its builds take seconds, and its target is 5% of them: more runs, to find the least
    print(f"\nReal site: {source / 'mkdocs.yml'} ({pages} Markdown pages), full build, {runs}x each")
    configs = {
        "hook off": project / "mkdocs-nohook.yml",
        FROZEN: freeze_generated_pages(project / "mkdocs.yml", project / "mkdocs-nohook.yml"),
        HOOK: project / "mkdocs.yml",
    }
    results = run_builds(configs, workdir / "out", runs)
    _print_table(results, "hook off", FROZEN, HOOK, REAL_TARGET)


def count_site(hook_config: Path, nohook_config: Path, workdir: Path, target: float) -> None:
    """Print the instructions of the hook build and of the pages-as-files build, and the verdict."""
    frozen = freeze_generated_pages(hook_config, nohook_config)
    counts = count_instructions({FROZEN: frozen, HOOK: hook_config}, workdir / "out")
    for name, count in counts.items():
        print(f"  {name:<18}{count / 1e9:>8.3f} G instructions {count / counts[FROZEN]:>7.3f}")
    extra = counts[HOOK] / counts[FROZEN] - 1
    verdict = "OK" if extra <= target else "OVER TARGET"
    print(f"{'':<4}instructions {extra:+.2%} vs {FROZEN} (target <= +{target:.0%}): {verdict}")


def count_instructions(configs: dict[str, Path], out: Path) -> dict[str, int]:
    """Each config built once under callgrind, all at the same time: the instructions each executed.

    The hooks are compiled first, so that no count includes compiling them.
    """
    for folder in sorted({config.parent for config in configs.values()}):
        subprocess.run([sys.executable, "-m", "compileall", "-q", os.fspath(folder / "hooks")], check=True)
    running = {}
    for name, config in configs.items():
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
        command += [os.fspath(Path(__file__).resolve()), "--child-build", os.fspath(config)]
        command += [os.fspath(out / f"{config.stem}-counted")]
        running[name] = subprocess.Popen(
            command, cwd=config.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
    counts = {}
    for name, process in running.items():
        _, stderr = process.communicate()
        collected = re.search(r"Collected : (\d+)", stderr)
        if process.returncode != 0 or collected is None:
            raise SystemExit(f"the callgrind build of {configs[name]} failed:\n{stderr[-4000:]}")
        counts[name] = int(collected[1])
    return counts


def bench_serve(project: Path, repeat: int, both: bool) -> None:
    print(f"\nmkdocs serve on a copy of the project: edit docs/{EDITED_PAGE}, wait for the rebuilt page")
    print(f"  {'config':<16}{'first build s':>14}{'rebuild s':>22}{'MkDocs says s':>15}{'page served s':>15}")
    measured: dict[str, float] = {}
    variants = [(HOOK, project / "mkdocs.yml")]
    if both:
        variants.append(("hook off", project / "mkdocs-nohook.yml"))
    for name, config in variants:
        try:
            result = serve_rebuilds(project, config, repeat)
        except RuntimeError as error:
            print(f"  {name:<16}failed: {error}")
            continue
        measured[name] = statistics.median(result.rebuilds)
        print(
            f"  {name:<16}{result.first_build:>14.2f}{_spread(result.rebuilds):>22}"
            f"{statistics.median(result.reported):>15.2f}{statistics.median(result.served):>15.2f}"
        )
    if len(measured) == 2:
        print(f"  rebuild ratio hook/off: {measured[HOOK] / measured['hook off']:.3f}")
    print(
        "  rebuild = edit to the log line 'Documentation built in'; page served = edit to the changed "
        "text in the served page (includes the watcher's delay)"
    )


def profile_hook(site: SyntheticSite, workdir: Path) -> None:
    stats_file = workdir / "hook.prof"
    _run_child(site.root / "mkdocs-hook.yml", workdir / "out" / "profile", profile=stats_file)
    stats = pstats.Stats(str(stats_file))
    print(
        f"\nProfile of one hook build ({site.pages} pages, {site.terms:,} terms): the hook's functions, "
        "by cumulative time"
    )
    print(f"  {'cumulative s':>12}{'own s':>9}{'calls':>10}  function")
    rows = []
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if f"{os.sep}hooks{os.sep}" in filename:
            rows.append((cumulative, own, calls, f"{Path(filename).name}:{line}({function})"))
    for cumulative, own, calls, where in sorted(rows, reverse=True)[:25]:
        print(f"  {cumulative:>12.3f}{own:>9.3f}{calls:>10}  {where}")


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
            results[name].append(_run_child(configs[name], out / f"{configs[name].stem}-{round_}"))
    return results


def _run_child(
    config: Path, site_dir: Path, profile: Path | None = None, dump: Path | None = None
) -> BuildRun:
    command = [
        sys.executable,
        os.fspath(Path(__file__).resolve()),
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


def _child_build(config_file: Path, site_dir: Path, profile_to: str | None, dump_to: str | None) -> int:
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


def freeze_generated_pages(hook_config: Path, nohook_config: Path) -> Path:
    """A config without the hook whose docs hold the pages and files the hook generates, as it wrote them.

    One (untimed) build with the hook records them; the copy of docs/ gets those files.
    """
    project = hook_config.parent
    frozen_docs = project / "docs-frozen"
    if not frozen_docs.exists():
        shutil.copytree(project / "docs", frozen_docs)
        _run_child(hook_config, project / "frozen-site", dump=frozen_docs)
    blocks = yaml_blocks(nohook_config.read_text(encoding="utf-8"))
    blocks["docs_dir"] = "docs_dir: docs-frozen\n"
    # Its links to answers name ids that only the hook adds: do not log a warning for each.
    validation = re.sub(r"(?m)^    anchors:.*\n", "", blocks.get("validation", "validation:\n"))
    if "\n  links:\n" not in validation:
        validation += "  links:\n"
    blocks["validation"] = validation.replace("\n  links:\n", "\n  links:\n    anchors: ignore\n", 1)
    frozen = project / f"{nohook_config.stem}-frozen.yml"
    frozen.write_text("".join(blocks.values()), encoding="utf-8")
    return frozen


def _print_table(
    results: dict[str, list[BuildRun]], baseline: str, judged_on: str, measured: str, target: float
) -> None:
    """The figures of every variant, then the verdict on ``measured`` against ``judged_on``."""
    base_wall = statistics.median(r.wall for r in results[baseline])
    base_cpu = min(r.cpu for r in results[baseline])
    print(
        f"  {'variant':<18}{'wall s':>20}{'cpu s':>8}{'in hook s':>10}{'peak MiB':>9}{'warnings':>9}"
        f"{'wall ratio':>11}{'cpu ratio':>10}"
    )
    for name, runs in results.items():
        wall = statistics.median(r.wall for r in runs)
        cpu = min(r.cpu for r in runs)
        peak = max(r.peak_mib for r in runs)
        in_hook = min(sum(r.in_hook.values()) for r in runs)
        line = (
            f"  {name:<18}{_spread([r.wall for r in runs]):>20} {_number(cpu, 2):>7}"
            f"{(f'{in_hook:.2f}' if in_hook else '-'):>10}{peak:>9.0f}"
            f"{max(r.warnings for r in runs):>9} {_number(wall / base_wall, 3):>10}"
            f" {_number(cpu / base_cpu, 3):>9}"
        )
        print(line)
    _print_overhead(results[measured], results[baseline], results[judged_on], judged_on, target)


def _print_overhead(
    runs: list[BuildRun], plain: list[BuildRun], frozen: list[BuildRun], frozen_name: str, target: float
) -> None:
    """Where the extra CPU time goes, and the verdict on the hook's own part of it."""
    cpu = min(r.cpu for r in runs)
    plain_cpu, frozen_cpu = min(r.cpu for r in plain), min(r.cpu for r in frozen)
    events = {event: min(r.in_hook.get(event, 0.0) for r in runs) for event in runs[0].in_hook}
    in_hook = min(sum(r.in_hook.values()) for r in runs)
    pages = {uri: min(r.generated.get(uri, 0.0) for r in runs) for uri in runs[0].generated}
    print(
        f"{'':<4}cpu {cpu / plain_cpu - 1:+.1%} vs the site without the hook's {len(pages)} pages; rendering "
        "them, hook events included: "
        + ", ".join(f"{uri} {t:.2f} s" for uri, t in sorted(pages.items(), key=lambda i: -i[1]))
    )
    extra = cpu - frozen_cpu
    verdict = "OK" if extra / frozen_cpu <= target else "OVER TARGET"
    print(
        f"{'':<4}cpu {extra / frozen_cpu:+.1%} vs {frozen_name} (target <= +{target:.0%}): {verdict}; "
        f"the extra {extra:.2f} s: {in_hook:.2f} s in the hook's events ("
        + ", ".join(f"on_{e} {t:.2f}" for e, t in sorted(events.items(), key=lambda i: -i[1]) if t >= 0.005)
        + f"),\n{'':<6}{extra - in_hook:.2f} s elsewhere (linked pages are bigger to index and minify, noise)"
    )


def _spread(values: Sequence[float]) -> str:
    if len(values) == 1:
        return _number(values[0], 2)
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def _number(value: float, decimals: int) -> str:
    """Decimals for the usual figures, whole thousands for the runaway ones."""
    return f"{value:,.0f}" if value >= 1000 else f"{value:.{decimals}f}"


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


# The project copy and its configs ----------------------------------------------------------------


def _copy_project(source: Path, target: Path) -> Path:
    """A snapshot of the project (others may edit it meanwhile) with a no-hook config beside it."""
    target.mkdir(parents=True)
    for part in PROJECT_PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source / part, target / part)
    blocks = yaml_blocks((target / "mkdocs.yml").read_text(encoding="utf-8"))
    blocks["hooks"] = without_glossary_hook(blocks.get("hooks", ""))
    # Without the hook, glossary.md is missing from the nav and from links: warnings, not errors.
    blocks["strict"] = "strict: false\n"
    (target / "mkdocs-nohook.yml").write_text("".join(blocks.values()), encoding="utf-8")
    return target


def without_glossary_hook(hooks_block: str) -> str:
    """The ``hooks:`` entry without the glossary hook; other hooks stay, so only it is measured."""
    kept = [line for line in hooks_block.splitlines(keepends=True) if GLOSSARY_HOOK not in line]
    return "".join(kept) if any(re.match(r"\s*- ", line) for line in kept) else ""


_TOP_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):")


def yaml_blocks(text: str) -> dict[str, str]:
    """A YAML mapping's top-level entries as text, keyed by name (comments go with the entry above).

    Text, not parsed YAML: the config holds ``!!python/name`` tags that only MkDocs should resolve.
    """
    blocks: dict[str, str] = {"": ""}
    key = ""
    for line in text.splitlines(keepends=True):
        match = _TOP_KEY.match(line)
        if match:
            key = match["key"]
            blocks[key] = ""
        blocks[key] += line
    return blocks


def _synthetic_configs(site: Path, project: Path) -> dict[str, str]:
    """The real config with a generated name and no nav, in its variants."""
    blocks = yaml_blocks((project / "mkdocs.yml").read_text(encoding="utf-8"))
    blocks.pop("nav", None)
    blocks["site_name"] = "site_name: Glossary benchmark\n"
    hook = blocks.get("hooks", "")
    blocks["hooks"] = without_glossary_hook(hook)
    plain = "".join(blocks.values())
    extensions = blocks.get("markdown_extensions", "markdown_extensions:\n")
    item = re.search(r"^(?P<indent>[ \t]*)- ", extensions, re.M)
    indent = item["indent"] if item else "  "
    configs = {"plain": plain, "hook": "".join({**blocks, "hooks": hook}.values())}
    for name, file in (("abbr", "abbreviations.md"), ("abbr-spaced", "abbreviations-spaced.md")):
        snippets = (
            f"{indent}- pymdownx.snippets:\n"
            f"{indent}    base_path: [{json.dumps(os.fspath(site / 'includes'))}]\n"
            f"{indent}    auto_append: [{file}]\n"
            f"{indent}    check_paths: true\n"
        )
        if not re.search(r"^\s*- abbr\s*$", extensions, re.M):
            snippets = f"{indent}- abbr\n" + snippets
        with_snippets = extensions.rstrip("\n") + "\n" + snippets
        configs[name] = "".join({**blocks, "markdown_extensions": with_snippets}.values())
    return configs


# The synthetic site ------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Term names are a modifier and a head; filler words never appear in a term, so every term mention
# in the text is one we put there.
_MODIFIERS = _words(
    "adaptive asynchronous bayesian blended bounded calibrated canonical cascaded causal centralized "
    "composite conditional contrastive curated decoupled dense derived deterministic differential "
    "distilled dynamic elastic embedded ensemble ephemeral federated frozen gated granular greedy hashed "
    "hierarchical hybrid immutable incremental isolated lagged latent layered lazy leaky masked modular "
    "monotonic nested offline online orthogonal partitioned pooled quantized ranked recurrent regularized "
    "residual robust rolling sampled sharded shadow sparse stateful stochastic stratified streaming "
    "synthetic tiered versioned warm weighted windowed"
)
_HEADS = _words(
    "accumulator adapter aggregator allocator anchor artifact baseline beacon benchmark buffer cache "
    "catalog checkpoint classifier collector controller cursor dashboard detector encoder estimator "
    "evaluator extractor fingerprint gateway heuristic imputer indexer kernel ledger manifest monitor "
    "normalizer optimizer partition profiler projector queue ranker registry replica sampler scheduler "
    "scorer selector sketch snapshot splitter tokenizer tracker validator vectorizer watermark"
)
_FILLER = _words(
    "the a an of to in for on with by from and or but so because when while after before each every "
    "team service request value system production training data job run owner change result number "
    "table row column metric alert label input output step stage release version review cost time "
    "latency error budget signal trend window user customer engineer analyst question answer reason "
    "keeps moves reads writes checks compares records explains reduces raises lowers hides shows "
    "quickly rarely often usually carefully early late small large stable noisy fresh stale useful"
)


@dataclass(frozen=True)
class _Term:
    name: str
    plural: str
    acronym: str | None


def generate_site(
    root: Path, project: Path, pages: int, terms: int, words: int, seed: int = 7
) -> SyntheticSite:
    """Write a synthetic site: ``pages`` pages defining ``terms`` terms, and its three configs."""
    rng = random.Random(seed)
    vocabulary = _make_terms(terms, rng)
    docs = root / "docs"
    shutil.copytree(project / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
    for part in ("overrides", "hooks"):
        shutil.copytree(project / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    (docs / "index.md").write_text("# Glossary benchmark\n\nA generated site.\n", encoding="utf-8")
    sections = max(1, min(10, pages // 20))
    for number in range(pages):
        defined = vocabulary[number::pages]  # spread the definitions evenly over the pages
        path = docs / f"section-{number % sections:02d}" / f"page-{number:04d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_page(number, defined, vocabulary, words, rng), encoding="utf-8")
    includes = root / "includes"
    includes.mkdir()
    abbreviations = _abbreviations(vocabulary)
    (includes / "abbreviations.md").write_text(abbreviations, encoding="utf-8")
    spaced = abbreviations.replace("\n", "\n\n")
    (includes / "abbreviations-spaced.md").write_text(spaced, encoding="utf-8")
    for name, text in _synthetic_configs(root, project).items():
        (root / f"mkdocs-{name}.yml").write_text(text, encoding="utf-8")
    return SyntheticSite(root, pages, terms, words)


def sample_site(site: SyntheticSite, pages: int) -> Path:
    """The first ``pages`` pages of a synthetic site (same configs, same abbreviations file)."""
    sample = site.root / f"sample-{pages}"
    if sample.exists():
        return sample
    shutil.copytree(site.root / "docs", sample / "docs", ignore=shutil.ignore_patterns("page-*.md"))
    for page in sorted((site.root / "docs").rglob("page-*.md"))[:pages]:
        target = sample / page.relative_to(site.root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(page, target)
    for part in ("overrides", "hooks"):
        shutil.copytree(site.root / part, sample / part)
    for config in site.root.glob("mkdocs-*.yml"):
        shutil.copy2(config, sample / config.name)
    return sample


def _make_terms(count: int, rng: random.Random) -> list[_Term]:
    pairs = [(m, h) for m in _MODIFIERS for h in _HEADS]
    if count > len(pairs):
        raise SystemExit(f"at most {len(pairs)} synthetic terms")
    rng.shuffle(pairs)
    acronyms: set[str] = set()
    terms = []
    for index, (modifier, head) in enumerate(pairs[:count]):
        acronym = None
        if index % 10 == 0:  # one term in ten also has an acronym, as "What is X (XY)?" gives
            base = (modifier[0] + head[0]).upper()
            acronym = next(base + letter for letter in _letters() if base + letter not in acronyms)
            acronyms.add(acronym)
        plural = head + ("es" if head.endswith(("s", "x", "ch", "sh")) else "s")
        terms.append(_Term(f"{modifier} {head}", f"{modifier} {plural}", acronym))
    return terms


def _letters() -> Iterator[str]:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    yield from alphabet
    yield from (a + b for a in alphabet for b in alphabet)


def _page(number: int, defined: list[_Term], vocabulary: list[_Term], words: int, rng: random.Random) -> str:
    """About ``words`` words: sections of running text that mention terms, Q&A blocks, key terms."""
    out = [f"# Topic {number}: {defined[0].name if defined else 'notes'}\n", _paragraph(rng, vocabulary, 60)]
    count = len(out[1].split())
    questions = list(defined)
    section = 0
    while count < words or questions:
        section += 1
        out.append(f"## Part {section}\n")
        for _ in range(3):
            paragraph = _paragraph(rng, vocabulary, rng.randint(60, 110))
            out.append(paragraph)
            count += len(paragraph.split())
        if section % 3 == 0:
            out.append(_extras(rng, vocabulary))
            count += 40
        if questions:
            term = questions.pop(0)
            title = f"{term.name} ({term.acronym})" if term.acronym else term.name
            definition = _sentence(rng, vocabulary, 14, start=f"{term.name.capitalize()} is a")
            body = _paragraph(rng, vocabulary, 50)
            out.append(f'??? question fundamental concept "What is {title}?"\n    {definition}\n\n    {body}')
            count += len(definition.split()) + len(body.split()) + 3
    out.append("## Key terms\n\n<!-- glossary-key-terms -->\n")
    return "\n\n".join(out)


def _paragraph(rng: random.Random, vocabulary: list[_Term], words: int) -> str:
    sentences, count = [], 0
    while count < words:
        sentence = _sentence(rng, vocabulary, rng.randint(9, 16))
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def _sentence(rng: random.Random, vocabulary: list[_Term], words: int, start: str = "") -> str:
    """Filler words with a term mention in about every other sentence (plural or acronym at times)."""
    tokens = rng.choices(_FILLER, k=words)
    if rng.random() < 0.55 or start:
        term = rng.choice(vocabulary)
        roll = rng.random()
        mention = term.acronym if term.acronym and roll < 0.3 else term.plural if roll < 0.5 else term.name
        tokens.insert(rng.randrange(len(tokens) + 1), mention)
    text = " ".join(([start] if start else []) + tokens)
    return text[:1].upper() + text[1:] + "."


def _extras(rng: random.Random, vocabulary: list[_Term]) -> str:
    """A list, a table and a code block, so the linker meets the usual HTML, not only paragraphs."""
    a, b, c = rng.sample(vocabulary, 3)
    return (
        f"- the {a.name} keeps {b.plural} fresh\n- each {c.name} records the cost\n\n"
        f"| Part | Role |\n| --- | --- |\n| {a.name} | reads rows |\n| `{b.name}` | writes rows |\n\n"
        f"```python\n{c.name.replace(' ', '_')} = load('{a.name}')\n```\n"
    )


def _abbreviations(vocabulary: list[_Term]) -> str:
    """Material's tooltip glossary: ``*[term]: definition`` for each name, plural and acronym."""
    lines = []
    for term in vocabulary:
        tooltip = f"{term.name.capitalize()} is a term defined in this benchmark."
        for form in (term.name, term.plural, term.acronym):
            if form:
                lines.append(f"*[{form}]: {tooltip}")
    return "\n".join(lines) + "\n"


def _median_words(site: SyntheticSite) -> int:
    counts = [len(p.read_text(encoding="utf-8").split()) for p in (site.root / "docs").rglob("page-*.md")]
    return int(statistics.median(counts)) if counts else 0


if __name__ == "__main__":
    sys.exit(main())
