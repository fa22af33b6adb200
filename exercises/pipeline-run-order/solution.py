import heapq


def run_order(steps: dict[str, list[str]]) -> list[str]:
    """An order in which every step runs after its dependencies; among ready steps, alphabetical first."""
    waiting_on: dict[str, int] = {}
    downstream: dict[str, list[str]] = {name: [] for name in steps}
    for name, dependencies in steps.items():
        unique = set(dependencies)
        for dependency in unique:
            if dependency not in steps:
                raise ValueError(f"step {name!r} depends on an unknown step {dependency!r}")
            downstream[dependency].append(name)
        waiting_on[name] = len(unique)
    ready = [name for name, count in waiting_on.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        name = heapq.heappop(ready)
        order.append(name)
        for child in downstream[name]:
            waiting_on[child] -= 1
            if waiting_on[child] == 0:
                heapq.heappush(ready, child)
    if len(order) < len(steps):
        stuck = sorted(name for name, count in waiting_on.items() if count > 0)
        raise ValueError(f"the pipeline has a cycle among {stuck}")
    return order
