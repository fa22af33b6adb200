"""The coding round's data model: one frozen dataclass per exercise, read once per build."""

from __future__ import annotations

from dataclasses import dataclass

CODING_FOLDER = "coding"
"""Where the exercise pages and zips are in the site: ``coding/<slug>.md``, ``coding/<slug>.zip``."""
INDEX_PATH = f"{CODING_FOLDER}/index.md"


@dataclass(frozen=True)
class Exercise:
    """An exercise as its folder holds it (CONTRIBUTING.md, "Add a coding exercise")."""

    slug: str
    title: str
    stage: str
    """The docs path of the stage page it belongs to (``operations/monitoring.md``)."""
    level: str
    minutes: int
    function: str
    practises: tuple[str, ...]
    """Card ids (page path + ``#`` + question anchor) of the questions it practises."""
    statement: str
    hints: tuple[str, ...]
    notes: str
    starter: str
    solution: str
    examples: str
    tests: str
    source: str
    """Its folder as the build names it in errors (``exercises/psi``)."""

    @property
    def page_path(self) -> str:
        return f"{CODING_FOLDER}/{self.slug}.md"

    @property
    def zip_path(self) -> str:
        return f"{CODING_FOLDER}/{self.slug}.zip"

    @property
    def tests_file(self) -> str:
        """The hidden tests' file name in the zip, which pytest collects (``test_<slug>.py``)."""
        return f"test_{self.slug}.py"
