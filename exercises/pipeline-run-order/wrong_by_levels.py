"""Sorts level by level (all steps at depth 0, then depth 1, ...): valid, but not smallest-ready-first."""


def run_order(steps: dict[str, list[str]]) -> list[str]:
    waiting_on = {}
    downstream: dict[str, list[str]] = {name: [] for name in steps}
    for name, dependencies in steps.items():
        for dependency in set(dependencies):
            if dependency not in steps:
                raise ValueError(f"step {name!r} depends on an unknown step {dependency!r}")
            downstream[dependency].append(name)
        waiting_on[name] = len(set(dependencies))
    level = sorted(name for name, count in waiting_on.items() if count == 0)
    order: list[str] = []
    while level:
        order.extend(level)
        next_level = []
        for name in level:
            for child in downstream[name]:
                waiting_on[child] -= 1
                if waiting_on[child] == 0:
                    next_level.append(child)
        level = sorted(next_level)
    if len(order) < len(steps):
        raise ValueError("the pipeline has a cycle")
    return order
