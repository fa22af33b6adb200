"""The coding round: exercises solved in the browser (Pyodide) or locally with pytest.

Each exercise is a folder of ``exercises/`` at the top of the repository (the format:
CONTRIBUTING.md). ``load`` reads and checks them, ``render`` makes their pages from the templates in
``overrides/partials/coding/``, ``package`` makes the zip a reader downloads, and ``harness`` is the
test runner that the browser's Python runs. Like ``glossary`` and ``study``, nothing here imports
MkDocs: ``hooks/glossary_hook.py`` calls ``coding.build.CodingBuild`` from its events.
"""
