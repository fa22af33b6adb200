"""Card identity across rewording: the published list, successors and Anki GUIDs (study/identity.py)."""

from __future__ import annotations

import pytest
from glossary.errors import GlossaryError
from glossary.model import CardHistory, Page, Question
from study.identity import HEADER, anki_guids, check_published, read_published, successors, with_new_ids

PAGE = Page("ops/page.md", "Ops", 0)


def question(qid: str, line: int, was: tuple[str, ...] = ()) -> Question:
    return Question(PAGE, line, "S", qid, "A.", qid, None, history=CardHistory(was=was))


def published(*ids: str) -> str:
    return HEADER + "\n".join(ids) + "\n"


def test_a_published_id_that_went_missing_fails_at_its_line() -> None:
    text = published("ops/page.md#q-a", "ops/page.md#q-gone")
    with pytest.raises(GlossaryError) as error:
        check_published(read_published(text), [question("q-a", 3)])
    assert str(error.value).startswith("published-cards.txt:7: card ops/page.md#q-gone was published")
    assert '<!-- card: was="ops/page.md#q-gone" -->' in str(error.value)
    assert "retired: why" in str(error.value)


def test_a_mapped_or_retired_id_passes() -> None:
    text = published(
        "ops/page.md#q-a", "ops/page.md#q-old", "ops/page.md#q-dropped  retired: merged into q-a"
    )
    questions = [question("q-a", 3), question("q-new", 9, was=("ops/page.md#q-old",))]
    check_published(read_published(text), questions)
    assert successors(questions) == {"ops/page.md#q-old": ["ops/page.md#q-new"]}


@pytest.mark.parametrize(
    ("ids", "questions", "message"),
    [
        (("ops/page.md#q-a",), [question("q-b", 5, was=("ops/page.md#q-typo",))], "ops/page.md:5: was="),
        (
            ("ops/page.md#q-a",),
            [question("q-a", 2), question("q-b", 5, was=("ops/page.md#q-a",))],
            "still exists",
        ),
        (
            ("ops/page.md#q-a  retired: x",),
            [question("q-a", 2)],
            "published-cards.txt:6: ops/page.md#q-a is marked",
        ),
        (
            ("ops/page.md#q-a  retired: x",),
            [question("q-b", 2, was=("ops/page.md#q-a",))],
            "names it as its past",
        ),
    ],
)
def test_inconsistent_histories_fail(ids: tuple[str, ...], questions: list[Question], message: str) -> None:
    with pytest.raises(GlossaryError, match=message.replace("(", r"\(")):
        check_published(read_published(published(*ids)), questions)


@pytest.mark.parametrize(
    ("line", "message"),
    [("not an id", "write a card id"), ("ops/page.md#q-a\nops/page.md#q-a", "listed already at line 6")],
)
def test_a_published_list_that_cannot_be_read_fails_at_its_line(line: str, message: str) -> None:
    with pytest.raises(GlossaryError, match=message):
        read_published(published(line))


def test_make_cards_appends_only_new_ids() -> None:
    text = published("ops/page.md#q-a")
    updated = with_new_ids(text, [question("q-a", 1), question("q-b", 2)])
    assert updated == published("ops/page.md#q-a", "ops/page.md#q-b")
    assert with_new_ids(updated, [question("q-a", 1), question("q-b", 2)]) == updated
    assert with_new_ids("", [question("q-a", 1)]) == published("ops/page.md#q-a")


def test_anki_guids_keep_the_oldest_id_and_a_split_gives_it_to_the_first() -> None:
    questions = [
        question("q-new", 1, was=("ops/page.md#q-oldest", "ops/page.md#q-old")),
        question("q-split-a", 2, was=("ops/page.md#q-whole",)),
        question("q-split-b", 3, was=("ops/page.md#q-whole",)),
        question("q-plain", 4),
    ]
    assert anki_guids(questions) == {
        "ops/page.md#q-new": "ops/page.md#q-oldest",
        "ops/page.md#q-split-a": "ops/page.md#q-whole",
        "ops/page.md#q-split-b": "ops/page.md#q-split-b",
        "ops/page.md#q-plain": "ops/page.md#q-plain",
    }
