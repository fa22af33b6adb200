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
import io
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchkit import HOOK_TARGET, REAL_TARGET, ROOT
from benchkit.builds import child_build
from benchkit.parts import bench_real, bench_serve, bench_synthetic, count_site, profile_hook
from benchkit.project import copy_project
from benchkit.synthetic import generate_site

if TYPE_CHECKING:
    from collections.abc import Sequence


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
        return child_build(config, site_dir, args.child_profile, args.child_dump)

    pages = args.pages or (30 if args.quick else 500)
    term_counts: list[int] = args.terms or ([60, 120] if args.quick else [1000, 2000])
    repeat = args.repeat or (1 if args.quick else 3)
    if args.instructions and shutil.which("valgrind") is None:
        raise SystemExit("--instructions counts under valgrind: apt-get install -y valgrind")
    workdir = Path(tempfile.mkdtemp(prefix="glossary-bench-"))
    try:
        _print_header(repeat, args.instructions)
        project = copy_project(args.project, workdir / "project")
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


if __name__ == "__main__":
    sys.exit(main())
