"""Tables and ratios printed from the runs."""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from benchkit.builds import BuildRun


def print_table(
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
            f"  {name:<18}{spread([r.wall for r in runs]):>20} {_number(cpu, 2):>7}"
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


def spread(values: Sequence[float]) -> str:
    if len(values) == 1:
        return _number(values[0], 2)
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def _number(value: float, decimals: int) -> str:
    """Decimals for the usual figures, whole thousands for the runaway ones."""
    return f"{value:,.0f}" if value >= 1000 else f"{value:.{decimals}f}"
