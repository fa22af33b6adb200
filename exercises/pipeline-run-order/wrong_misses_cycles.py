"""Never checks that every step was emitted: the steps of a cycle silently vanish from the run."""

import heapq


def run_order(steps: dict[str, list[str]]) -> list[str]:
    waiting_on = {}
    downstream: dict[str, list[str]] = {name: [] for name in steps}
    for name, dependencies in steps.items():
        for dependency in set(dependencies):
            if dependency not in steps:
                raise ValueError(f"step {name!r} depends on an unknown step {dependency!r}")
            downstream[dependency].append(name)
        waiting_on[name] = len(set(dependencies))
    ready = sorted(name for name, count in waiting_on.items() if count == 0)
    order = []
    while ready:
        name = heapq.heappop(ready)
        order.append(name)
        for child in downstream[name]:
            waiting_on[child] -= 1
            if waiting_on[child] == 0:
                heapq.heappush(ready, child)
    return order
