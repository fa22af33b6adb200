"""The pieces of ``scripts/bench.py`` (``make bench``), one module per concern, and the names and
targets they share."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Child builds run this script again, with --child-build.
BENCH_SCRIPT = Path(__file__).resolve().parent.parent / "bench.py"
HOOK_TARGET = 0.10  # the hook may add at most 10% to a big synthetic site's build
REAL_TARGET = 0.05  # and at most 5% to the real site's
EDITED_PAGE = "operations/monitoring.md"  # the page ``mkdocs serve`` sees edited
# What a benchmark copies of the project: the config and everything it refers to.
PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "hooks")

GLOSSARY_HOOK = "glossary_hook.py"
PLAIN, HOOK, ABBR = "plain", "glossary hook", "abbr + snippets"
# The hook off, but the pages and files it generates written into docs/ as the hook made them: what
# building the same site costs when someone maintains the glossary by hand. The hook's own cost is
# judged against it.
FROZEN = "its pages as files"
ABBR_SPACED = "abbr, spaced file"  # the same definitions, a blank line between them
