"""The glossary's aliases written into Material's search index."""

from __future__ import annotations

import json

import pytest
from glossary.search_index import add_aliases

INDEX = json.dumps(
    {
        "config": {"lang": ["en"]},
        "docs": [
            {"location": "glossary/", "title": "Glossary", "text": ""},
            {
                "location": "glossary/#ml-pipeline",
                "title": "ML pipeline",
                "text": "Also called: model pipeline",
            },
            {"location": "glossary/#drift", "title": "Drift", "text": "Drift is..."},
        ],
    },
    separators=(",", ":"),
)


def test_each_entry_with_aliases_gets_them_on_its_section_and_nothing_else_changes() -> None:
    out = json.loads(add_aliases(INDEX, "glossary/", [("ml-pipeline", ("model pipeline",)), ("drift", ())]))
    docs = {doc["location"]: doc for doc in out["docs"]}
    assert docs["glossary/#ml-pipeline"]["aliases"] == ["model pipeline"]
    assert "aliases" not in docs["glossary/#drift"]
    assert "aliases" not in docs["glossary/"]
    out["docs"][1].pop("aliases")
    assert out == json.loads(INDEX)


def test_an_entry_missing_from_the_index_is_an_error_not_a_silent_drop() -> None:
    with pytest.raises(ValueError, match=r"glossary/#gone for the aliases old name"):
        add_aliases(INDEX, "glossary/", [("gone", ("old name",))])
