"""The benchmark's parts: the synthetic sites, the real site, instruction counts and serve."""

from __future__ import annotations

import os
import pstats
import re
import statistics
import subprocess
import sys
from pathlib import Path

from benchkit import (
    ABBR,
    ABBR_SPACED,
    BENCH_SCRIPT,
    EDITED_PAGE,
    FROZEN,
    HOOK,
    HOOK_TARGET,
    PLAIN,
    REAL_TARGET,
)
from benchkit.builds import BuildRun, run_builds, run_child
from benchkit.project import freeze_generated_pages
from benchkit.report import print_table, spread
from benchkit.serve import serve_rebuilds
from benchkit.synthetic import SyntheticSite, median_words, sample_site


def bench_synthetic(
    sites: list[SyntheticSite], workdir: Path, repeat: int, abbr: bool, abbr_pages: int
) -> None:
    for site in sites:
        print(
            f"\nSynthetic site: {site.pages} pages of ~{site.words:,} words "
            f"(median {median_words(site):,}), {site.terms:,} terms defined as Q&A"
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
        print_table(results, PLAIN, FROZEN, HOOK, HOOK_TARGET)
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
    print_table(results, "hook off", FROZEN, HOOK, REAL_TARGET)


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
        command += [os.fspath(BENCH_SCRIPT), "--child-build", os.fspath(config)]
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
            f"  {name:<16}{result.first_build:>14.2f}{spread(result.rebuilds):>22}"
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
    run_child(site.root / "mkdocs-hook.yml", workdir / "out" / "profile", profile=stats_file)
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
