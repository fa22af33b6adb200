from __future__ import annotations

import csv
import io

import pytest
from study.anki import HEADER, absolute_urls, anki_deck, anki_field, anki_tag
from study.cards import Card


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ("plain", "plain"),
        ("a\tb", "a&#9;b"),
        ("line one\nline two", '"line one\nline two"'),
        ('<a href="x">y</a>', '"<a href=""x"">y</a>"'),
        ("#not a header", "&#35;not a header"),
        ("", ""),
    ],
)
def test_anki_field(value: str, field: str) -> None:
    assert anki_field(value) == field


@pytest.mark.parametrize(
    ("path", "tag"),
    [
        ("foundations.md", "mlops::foundations"),
        ("operations/monitoring.md", "mlops::operations::monitoring"),
        ("data/index.md", "mlops::data"),
        ("odd name/CI CD.md", "mlops::odd-name::CI-CD"),
    ],
)
def test_anki_tag(path: str, tag: str) -> None:
    assert anki_tag(path) == tag


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ('<a href="glossary/#drift">d</a>', '<a href="https://ex.org/g/glossary/#drift">d</a>'),
        ('<img src="assets/d.svg" alt="">', '<img src="https://ex.org/g/assets/d.svg" alt="">'),
        ('<a href="https://other.org/">o</a>', '<a href="https://other.org/">o</a>'),
    ],
)
def test_absolute_urls(fragment: str, expected: str) -> None:
    assert absolute_urls(fragment, "https://ex.org/g/") == expected


def card(question: str, answer: str, stage: str = "ops/monitor.md", level: str = "advanced") -> Card:
    return Card(
        f"{stage}#q-x",
        stage,
        "Monitoring & drift",
        level,
        "scenario",
        question,
        answer,
        "",
        "ops/monitor/#q-x",
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is drift?", "<p>Drift is change.</p>"),
        ('What is a <script> "tag"?', "<pre><code>a\tb\n  c</code></pre>\n<p>x &amp; y</p>"),
        ("Tabs\tin question?", '<p class="a">"quoted"</p>'),
    ],
)
def test_a_deck_reads_back_as_one_note_per_card_with_fields_intact(question: str, answer: str) -> None:
    deck = anki_deck(
        [card(question, answer), card("Second?", "<p>2</p>", "foundations.md", "fundamental")],
        "https://ex.org/g/",
        lambda a, source, stage: f"{a}|{source}|{stage}",
    )
    lines = deck.split("\n")
    assert tuple(lines[: len(HEADER)]) == HEADER
    assert {"#separator:tab", "#html:true", "#tags column:3"} <= set(HEADER)
    body = "\n".join(lines[len(HEADER) :])
    rows = list(csv.reader(io.StringIO(body), delimiter="\t", quotechar='"'))
    assert [len(row) for row in rows] == [4, 4]
    front, back, tags, guid = rows[0]
    assert front == question.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&quot;"
    ).replace("\t", "&#9;")
    assert "\t" not in front + back
    assert back.startswith(answer.replace("\t", "&#9;"))
    assert back.endswith("|https://ex.org/g/ops/monitor/#q-x|Monitoring & drift")
    assert (tags, guid) == ("mlops::ops::monitor level::advanced kind::scenario", "ops/monitor.md#q-x")
    assert rows[1][2] == "mlops::foundations level::fundamental kind::scenario"
