"""Recursive depth-first search: fine on small pipelines, RecursionError on a chain of thousands of steps."""


def run_order(steps: dict[str, list[str]]) -> list[str]:
    order: list[str] = []
    state: dict[str, str] = {}

    def visit(name: str) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "active":
            raise ValueError("the pipeline has a cycle")
        state[name] = "active"
        for dependency in sorted(set(steps[name])):
            if dependency not in steps:
                raise ValueError(f"step {name!r} depends on an unknown step {dependency!r}")
            visit(dependency)
        state[name] = "done"
        order.append(name)

    for name in sorted(steps):
        visit(name)
    return order
