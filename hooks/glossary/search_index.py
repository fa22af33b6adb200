"""The glossary's aliases in Material's search index.

Material indexes a glossary entry's heading as its title (weighted 1,000 times its text) and its
"Also called" line as ordinary text, so a reader typing an alias ("machine learning pipeline") got
every section with those words in its title first ("Automated machine learning") and the entry far
below. Each entry's section gets an ``aliases`` field, which mkdocs.yml weights like a title, and
which overrides/partials/search-worker.js reads to put the entry first when the query is exactly one
of its names (tests/browser/test_search.py).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

ALIASES_FIELD = "aliases"


def add_aliases(index_json: str, glossary_url: str, entries: Iterable[tuple[str, tuple[str, ...]]]) -> str:
    """``index_json`` with each ``(slug, aliases)`` entry's aliases on its section of the glossary.

    Raises ValueError when an entry has no section in the index, which would leave its aliases out
    of search without a word.
    """
    index = json.loads(index_json)
    by_location = {doc["location"]: doc for doc in index["docs"]}
    for slug, aliases in entries:
        if not aliases:
            continue
        location = f"{glossary_url}#{slug}"
        doc = by_location.get(location)
        if doc is None:
            raise ValueError(
                f"the search index has no section {location} for the aliases {', '.join(aliases)}"
            )
        doc[ALIASES_FIELD] = list(aliases)
    # As Material's search plugin writes it: compact, ASCII only.
    return json.dumps(index, separators=(",", ":"))
