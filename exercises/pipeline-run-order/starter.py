def run_order(steps: dict[str, list[str]]) -> list[str]:
    """An order in which every step runs after its dependencies; among ready steps, alphabetical first.

    Raises ValueError for a dependency that is not a step, or for a cycle.
    """
    raise NotImplementedError
