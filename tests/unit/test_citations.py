"""Sources under answers and card directives: read, checked, reported (glossary/citations.py, harvest)."""

from __future__ import annotations

from datetime import date

import pytest
from glossary.citations import Citation, mark_sources, months_ago, sources_report
from glossary.errors import GlossaryError
from glossary.harvest import harvest_page
from glossary.model import CardHistory, Page

PAGE = Page("stage/page.md", "Stage", 0)
Q = '??? question fundamental concept "What is X?"\n'


def harvest(markdown: str):  # type: ignore[no-untyped-def]
    return harvest_page(markdown, PAGE)


def test_sources_lines_are_read_with_their_month_and_line() -> None:
    (question,) = harvest(
        Q + "    X shipped in 2025.\n\n"
        "    Sources (checked 2026-11): [Docs](https://x.org/a); [Paper, 2024](https://arxiv.org/abs/1)\n"
        "    Sources (checked 2025-10): [Old](https://x.org/b)\n"
    ).questions
    assert question.citations == (
        Citation("Docs", "https://x.org/a", "2026-11", 4),
        Citation("Paper, 2024", "https://arxiv.org/abs/1", "2026-11", 4),
        Citation("Old", "https://x.org/b", "2025-10", 5),
    )


@pytest.mark.parametrize(
    ("answer", "found"),
    [
        ("Released in 2025.", "a year"),
        ("The 1990s approach, from 1998.", "a year"),
        ("Install version 1.6 of it.", "a version"),
        ("Pin mkdocs 1.6.1 exactly.", "a version"),
        ("Since pandas 3 strings differ.", "a version"),
        ("It moved to the BSL.", "a licence"),
        ("Apache 2.0 covers it.", "a licence"),
        ("Check the licence first.", "a licence"),
    ],
)
def test_an_answer_naming_what_goes_stale_needs_sources(answer: str, found: str) -> None:
    with pytest.raises(GlossaryError) as error:
        harvest(Q + f"    Intro.\n\n    {answer}\n")
    assert str(error.value).startswith("stage/page.md:4: ")
    assert f"names {found}" in str(error.value)
    assert "Sources (checked YYYY-MM)" in str(error.value)


@pytest.mark.parametrize(
    "answer",
    [
        "A batch of 2048 rows, 2,025 users, $2019 spent, 20.25 ms, 2030%.",
        "Model version 12 is the champion; release 3 of the pipeline.",
        "```python\nprint(2025, 'pandas 3')\n```",
        "Run `pip install mkdocs==1.6.1` first.",
        "See [the docs](https://example.org/2025/guide).",
    ],
)
def test_numbers_that_are_not_dates_versions_or_licences_need_no_sources(answer: str) -> None:
    body = "\n".join("    " + line for line in answer.splitlines())
    assert harvest(Q + body + "\n").questions[0].citations == ()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Sources: [a](https://x.org)", "cannot read this sources line"),
        ("Sources (checked 2026-13): [a](https://x.org)", "not a past or current month"),
        ("Sources (checked 2099-01): [a](https://x.org)", "not a past or current month"),
        ("Sources (checked 2026-11): a plain name", 'cannot read "a plain name"'),
        ("Sources (checked 2026-11): [a](ftp://x.org)", "link to an http(s) page"),
        ("Sources (checked 2026-11): [a](https://x.org) [b](https://y.org)", "separate sources with ;"),
        ("Sources (checked 2026-11):", "lists no source"),
    ],
)
def test_a_sources_line_that_cannot_be_read_fails_at_its_line(line: str, message: str) -> None:
    with pytest.raises(GlossaryError) as error:
        harvest(Q + f"    Intro.\n\n    {line}\n")
    assert str(error.value).startswith("stage/page.md:4: ")
    assert message in str(error.value)


def test_card_directive_with_the_glossary_one_in_either_order() -> None:
    for first, second in [(0, 1), (1, 0)]:
        lines = [
            '    <!-- glossary: aliases="Y" -->',
            '    <!-- card: was="q-what-was-x, old/page.md#q-x" changed="2026-12-05" change="Now right" -->',
        ]
        (question,) = harvest(Q + lines[first] + "\n" + lines[second] + "\n    X is a thing.\n").questions
        assert question.history == CardHistory(
            was=("stage/page.md#q-what-was-x", "old/page.md#q-x"), changed="2026-12-05", change="Now right"
        )
        assert question.aliases == ("Y",)
        assert question.answer == "X is a thing."


@pytest.mark.parametrize(
    ("directive", "message"),
    [
        ('<!-- card: changed="2026-12-05" -->', "go together"),
        ('<!-- card: change="x" -->', "go together"),
        ('<!-- card: changed="2026-02-30" change="x" -->', "is not a date"),
        ('<!-- card: was="What is x" -->', "is not a card id"),
        ('<!-- card: was="" -->', "is empty"),
        ('<!-- card: id="q-x" -->', "unknown card option id"),
    ],
)
def test_a_card_directive_that_cannot_be_read_fails_at_its_line(directive: str, message: str) -> None:
    with pytest.raises(GlossaryError) as error:
        harvest(Q + f"    {directive}\n    A.\n")
    assert str(error.value).startswith("stage/page.md:2: ")
    assert message in str(error.value)


def test_a_card_directive_outside_an_answer_top_is_refused() -> None:
    with pytest.raises(GlossaryError, match=r"stage/page.md:1: a card directive belongs at the top"):
        harvest('<!-- card: changed="2026-12-05" change="x" -->\n')


def test_the_report_lists_sources_by_month_and_flags_old_ones() -> None:
    cited = [
        ("docs/a.md", Citation("A", "https://a.org", "2026-11", 3)),
        ("docs/b.md", Citation("B", "https://b.org", "2025-06", 9)),
        ("docs/a.md", Citation("C", "https://c.org", "2026-11", 4)),
    ]
    assert sources_report(cited, date(2026, 12, 5)) == [
        "sources: 3 links under answers, by month checked",
        "checked 2026-11: 2",
        "  docs/a.md:3 A <https://a.org>",
        "  docs/a.md:4 C <https://c.org>",
        "checked 2025-06: 1 VERIFY AGAIN: checked 18 months ago",
        "  docs/b.md:9 B <https://b.org>",
    ]
    assert months_ago("2025-12", date(2026, 12, 1)) == 12


def test_rendered_sources_lines_get_their_class() -> None:
    html = "<p>Sources (checked 2026-11): <a href='x'>x</a></p><p>Sources are fine.</p>"
    assert mark_sources(html) == (
        "<p class=\"answer-sources\">Sources (checked 2026-11): <a href='x'>x</a></p><p>Sources are fine.</p>"
    )
