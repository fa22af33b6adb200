"""Small sites written into tmp_path and really built: author text, linking rules and author mistakes."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

import pytest
from mkdocs.exceptions import Abort, PluginError
from sitebuild import build_site, write_small_site

if TYPE_CHECKING:
    from pathlib import Path

    from sitebuild import BuiltSite


STAGE = """# Stage

??? question fundamental concept "What is a feature store?"
    <!-- glossary: aliases="FS" -->
    A feature store keeps features & serves them; it is not a `<script>` tag. Emoji: 🚀, accents: café,
    a pipe | inside.

    It protects against data drift.

??? question fundamental concept "What is data drift?"
    Data drift is a change in the input distribution.

??? question fundamental concept "What is model drift?"
    Model drift is a drop in quality; data drift is one cause.

??? question fundamental concept "What is a shell `<b>` tag & a | pipe?"
    <!-- glossary: term="Tag <b> & | pipe" -->
    Only the title and the term hold the specials here.

??? question scenario advanced "Why does drift matter?"
    Because models decay. This study question defines no term.
"""

USES = """# Uses

We compare data drift and model drift before the feature store, then drift alone.

A feature-store-like word and a featurestore are not the term; `data drift` in code is not linked.

## Data drift in a heading

Link to [the data drift docs](stage.md) stays as it is. ![data drift chart](chart.svg)

```python
data_drift = "data drift"
```
"""

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>chart</title></svg>'


def build(tmp_path: Path, pages: dict[str, str]) -> BuiltSite:
    return build_site(write_small_site(tmp_path, pages), tmp_path / "site")


@pytest.fixture
def small(tmp_path: Path) -> BuiltSite:
    return build(tmp_path, {"index.md": "# Home\n", "stage.md": STAGE, "uses.md": USES, "chart.svg": SVG})


def test_author_specials_are_shown_as_written_and_never_executed(small: BuiltSite) -> None:
    glossary = small.html("glossary/")
    assert glossary.select("article script") == []
    assert glossary.select("article b") == []
    headings = [h.get_text().removesuffix("¶") for h in glossary.select("article h3")]
    assert "Tag <b> & | pipe" in headings
    heading = glossary.select_one("h3#feature-store")
    assert heading is not None
    answer = heading.find_next_sibling("p")
    while answer is not None and answer.em is not None:  # skip the "Also called" line
        answer = answer.find_next_sibling("p")
    assert answer is not None
    assert "keeps features & serves them" in answer.get_text()
    code = answer.select_one("code")
    assert code is not None
    assert code.get_text() == "<script>"
    text = glossary.get_text()
    assert "🚀" in text
    assert "café" in text
    assert "a pipe | inside" in text
    stage = small.html("stage/")
    for meta in stage.select("details.question .question-meta"):
        meta.decompose()
    summaries = [s.get_text() for s in stage.select("details.question summary")]
    assert "What is a shell `<b>` tag & a | pipe?" in summaries


def test_each_question_shows_its_level_and_kind_on_the_page_in_cards_and_anki_tags(small: BuiltSite) -> None:
    stage = small.html("stage/")
    block = stage.select_one("details.question#q-why-does-drift-matter")
    assert block is not None
    assert (block["data-level"], block["data-kind"]) == ("advanced", "scenario")
    meta = block.select_one("summary .question-meta")
    assert meta is not None
    assert meta.get_text(" ", strip=True) == "Advanced scenario"
    assert meta.has_attr("data-search-exclude")
    # In search, the level and kind are the question's own result's, not its section's text.
    docs = {doc["location"]: doc["text"] for doc in small.search_index()["docs"]}
    assert docs["stage/#q-why-does-drift-matter"].startswith("Advanced · scenario — ")
    assert not [text for location, text in docs.items() if "#q-" not in location and "Advanced" in text]
    cards = json.loads((small.path / "cards.json").read_text(encoding="utf-8"))["cards"]
    assert {(c["question"], c["level"], c["kind"]) for c in cards} >= {
        ("Why does drift matter?", "advanced", "scenario"),
        ("What is data drift?", "fundamental", "concept"),
    }
    deck = (small.path / "mlops-study-guide-anki.txt").read_text(encoding="utf-8")
    assert "\tmlops::stage level::advanced kind::scenario\tstage.md#q-why-does-drift-matter" in deck


def test_first_mention_is_linked_with_a_tooltip_and_the_longest_term_wins(small: BuiltSite) -> None:
    article = small.html("uses/").select_one("article")
    assert article is not None
    links = [(a.get_text(), str(a["href"]), a.get("title")) for a in article.select("a.glossary-link")]
    assert links == [
        ("data drift", "../glossary/#data-drift", "Data drift is a change in the input distribution."),
        (
            "model drift",
            "../glossary/#model-drift",
            "Model drift is a drop in quality; data drift is one cause.",
        ),
        (
            "feature store",
            "../glossary/#feature-store",
            "A feature store keeps features & serves them; it is not a <script> tag.",
        ),
    ]
    assert article.select("h2 a.glossary-link, code a, img[alt] ~ a.glossary-link") == []
    assert article.select_one("img")["alt"] == "data drift chart"  # type: ignore[index]


def test_glossary_entry_links_back_to_definitions_mentions_and_related_terms(small: BuiltSite) -> None:
    glossary = small.html("glossary/")
    meta = glossary.select_one("h3#data-drift ~ .glossary-meta")
    assert meta is not None
    hrefs = [str(a["href"]) for a in meta.select("a")]
    assert hrefs[0] == "../stage/#q-what-is-data-drift"
    assert "../uses/" in hrefs
    feature_meta = glossary.select_one("h3#feature-store ~ .glossary-meta")
    assert feature_meta is not None
    assert "#data-drift" in [str(a["href"]) for a in feature_meta.select("a")], "See also: data drift"
    assert glossary.select_one("[id='fs']") is not None, "aliases get their own anchor"
    assert "drift" not in {h["id"] for h in glossary.select("h3")}, "a study question defines no term"


def test_every_term_is_its_own_search_result(small: BuiltSite) -> None:
    docs = {d["location"]: d["text"] for d in small.search_index()["docs"]}
    assert {"glossary/#feature-store", "glossary/#data-drift", "glossary/#model-drift"} <= set(docs)
    # Its definition is searchable; the links under it (page titles, question titles) are not.
    assert "distribution" in docs["glossary/#data-drift"]
    entries = [text for location, text in docs.items() if location.startswith("glossary/#")]
    assert not any("Mentioned in" in text or "Defined in" in text for text in entries)


def test_two_builds_of_the_same_sources_are_byte_identical(tmp_path: Path) -> None:
    pages = {"index.md": "# Home\n", "stage.md": STAGE, "uses.md": USES, "chart.svg": SVG}

    def digest(site: BuiltSite) -> dict[str, str]:
        return {
            p.relative_to(site.path).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.path.rglob("*"))
            if p.is_file() and p.suffix != ".gz"
        }

    first = digest(build(tmp_path / "one", pages))
    second = digest(build(tmp_path / "two", pages))
    assert first == second


@pytest.mark.parametrize(
    ("page", "location", "hint"),
    [
        ('??? question fundamental concept "What is X?"\n\nText after.\n', "stage.md:1", "has no answer"),
        ("??? question What is X?\n    Answer.\n", "stage.md:1", "double quotes"),
        ('??? question "What is X?"\n    Answer.\n', "stage.md:1", "needs a level"),
        (
            '??? question fundamental concept "What is X?"\n    ```python\n    x = 1\n',
            "stage.md:2",
            "never closed",
        ),
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: term="" -->\n    Answer.\n',
            "stage.md:2",
            'term="" is empty',
        ),
        (
            '??? question fundamental concept "What is X?"\n'
            '    <!-- glossary: colour="red" -->\n    Answer.\n',
            "stage.md:2",
            "unknown glossary option",
        ),
        ('<!-- glossary: of="nothing" aliases="N" -->\n', "stage.md:1", "nothing"),
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: aliases="Z" -->\n    A.\n\n'
            '??? question fundamental concept "What is Y?"\n    <!-- glossary: aliases="Z" -->\n    B.\n',
            "stage.md:5",
            "Z",
        ),
        (
            '??? question fundamental concept "What is X?"\n    Uses <script>alert(1)</script> raw.\n',
            "stage.md:1",
            "backticks",
        ),
        (
            '??? question fundamental concept "What is X?"\n    X is a tool.\n\n'
            "    It was released in 2025.\n",
            "stage.md:4",
            'names a year ("2025") but cites no source',
        ),
        (
            '??? question fundamental concept "What is X?"\n    X is a tool.\n\n    Sources: the docs\n',
            "stage.md:4",
            "cannot read this sources line",
        ),
        (
            '??? question fundamental concept "What is X?"\n'
            '    <!-- card: changed="yesterday" change="x" -->\n    X.\n',
            "stage.md:2",
            "is not a date",
        ),
    ],
)
def test_author_mistakes_stop_the_build_at_file_and_line(
    tmp_path: Path, page: str, location: str, hint: str
) -> None:
    with pytest.raises((PluginError, Abort)) as raised:
        build(tmp_path, {"index.md": "# Home\n", "stage.md": "# Stage\n\n" + page})
    message = f"{raised.value} {raised.value.__context__}"  # MkDocs aborts with our PluginError as context
    line = int(location.split(":")[1]) + 2  # the "# Stage" heading and a blank line come first
    assert f"docs/stage.md:{line}:" in message
    assert hint in message


SECTIONS = """{front}# Sections

Data drift first.

## Later

Data drift again.
"""


@pytest.mark.parametrize(("front", "links"), [("", 1), ("---\nglossary_links: section\n---\n", 2)])
def test_terms_link_once_per_page_or_once_per_section(tmp_path: Path, front: str, links: int) -> None:
    site = build(tmp_path, {"index.md": "# Home\n", "stage.md": STAGE, "s.md": SECTIONS.format(front=front)})
    assert len(site.html("s/").select("article a.glossary-link[href$='#data-drift']")) == links


def test_an_unknown_link_scope_is_an_error(tmp_path: Path) -> None:
    page = SECTIONS.format(front="---\nglossary_links: chapter\n---\n")
    with pytest.raises((PluginError, Abort)) as raised:
        build(tmp_path, {"index.md": "# Home\n", "stage.md": STAGE, "s.md": page})
    assert (
        "docs/s.md: glossary_links is 'chapter'; write page or section"
        in f"{raised.value} {raised.value.__context__}"
    )


CARDS = """# Stage

??? question fundamental concept "What is a feature store, reworded?"
    <!-- card: was="q-what-is-a-feature-store" changed="2026-12-01" change="Now says what it serves" -->
    A feature store keeps features and serves them.

    It was first described in 2017.

    Sources (checked 2026-11): [Uber: Michelangelo](https://www.uber.com/blog/michelangelo-machine-learning-platform/)
"""


def published_cards(tmp_path: Path, *ids: str) -> None:
    (tmp_path / "published-cards.txt").write_text("# ids\n" + "\n".join(ids) + "\n", encoding="utf-8")


def test_a_published_card_that_disappeared_stops_the_build_at_its_line(tmp_path: Path) -> None:
    published_cards(tmp_path, "stage.md#q-what-is-a-feature-store", "stage.md#q-what-is-data-drift")
    with pytest.raises((PluginError, Abort)) as raised:
        build(tmp_path, {"index.md": "# Home\n", "stage.md": CARDS})
    message = f"{raised.value} {raised.value.__context__}"
    assert "glossary: published-cards.txt:3: card stage.md#q-what-is-data-drift was published" in message


def test_a_reworded_card_keeps_its_past_its_sources_and_its_change(tmp_path: Path) -> None:
    published_cards(tmp_path, "stage.md#q-what-is-a-feature-store")
    site = build(tmp_path, {"index.md": "# Home\n", "stage.md": CARDS})
    (card,) = json.loads((site.path / "cards.json").read_text(encoding="utf-8"))["cards"]
    assert (card["id"], card["guid"], card["changed"], card["change"]) == (
        "stage.md#q-what-is-a-feature-store-reworded",
        "stage.md#q-what-is-a-feature-store",
        "2026-12-01",
        "Now says what it serves",
    )
    assert 'class="answer-sources"' in card["answer_html"]
    assert "michelangelo" in card["answer_html"]
    index = (site.path / "study-index.js").read_text(encoding="utf-8")
    assert (
        '"renamed":{"stage.md#q-what-is-a-feature-store":["stage.md#q-what-is-a-feature-store-reworded"]}'
        in index
    )
    assert '"changed":{"stage.md#q-what-is-a-feature-store-reworded":"2026-12-01"}' in index
    deck = (site.path / "mlops-study-guide-anki.txt").read_text(encoding="utf-8").splitlines()[-1]
    assert deck.endswith("\tstage.md#q-what-is-a-feature-store")
    sources = site.html("stage/").select("details#q-what-is-a-feature-store-reworded p.answer-sources a")
    assert [a["href"] for a in sources] == [
        "https://www.uber.com/blog/michelangelo-machine-learning-platform/"
    ]
    entry = site.html("glossary/").select("p.answer-sources a")
    assert [a.get_text() for a in entry] == ["Uber: Michelangelo"]
    changes = site.html("changes/").select("article li")
    assert [li.get_text(" ", strip=True) for li in changes] == [
        "What is a feature store, reworded? (Stage): Now says what it serves"
    ]
    assert [li.a["href"] for li in changes if li.a] == ["../stage/#q-what-is-a-feature-store-reworded"]
    report = (site.path / "glossary-report.txt").read_text(encoding="utf-8")
    assert "checked 2026-11: 1\n  docs/stage.md:9 Uber: Michelangelo" in report
