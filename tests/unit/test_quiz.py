from __future__ import annotations

import pytest
from glossary.model import Definition, Entry, Page, Question
from study.quiz import MASK, OPTIONS, distractors, masked, quiz_items

DATA = Page("data.md", "Data", 1)
OPS = Page("ops.md", "Operations", 2)


def entry(name: str, page: Page = DATA, line: int = 1, level: str = "fundamental") -> Entry:
    slug = name.lower().replace(" ", "-")
    question = Question(
        page, line, "S", f"What is {name}?", f"{name} is a thing.", f"q-{slug}", name, (), level
    )
    return Entry(
        name.casefold(), name, slug, (), (Definition(question.answer, (question,)),), f"{name} is x."
    )


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Data drift is a change.", ["Data drift"], f"{MASK} is a change."),
        ("A feature store stores features.", ["Feature store"], f"A {MASK} stores features."),
        ("Canaries and canary releases.", ["Canary"], f"{MASK} and {MASK} releases."),
        # Longest name first: the alias inside it does not leave half a term behind.
        ("A/B testing (A/B test).", ["A/B test", "A/B testing"], f"{MASK} ({MASK})."),
        ("Driftwood is not drift.", ["drift"], f"Driftwood is not {MASK}."),
        # Where a longer name overlaps a shorter one, the one that starts first is hidden whole.
        ("Data drift detection runs.", ["data drift", "drift detection"], f"{MASK} detection runs."),
        ("Nothing to hide.", [], "Nothing to hide."),
        ("Nothing to hide.", [""], "Nothing to hide."),
    ],
)
def test_masked_hides_the_term_and_its_aliases(text: str, names: list[str], expected: str) -> None:
    assert masked(text, names) == expected


def test_distractors_are_related_terms_of_the_same_stage_first() -> None:
    target, related_here, related_there = entry("Drift"), entry("Skew", line=2), entry("Canary", OPS)
    others_here = [entry(f"Term {n}", line=10 + n) for n in range(5)]
    entries = [target, related_here, related_there, *others_here]
    chosen = distractors(target, entries, {target.key: [related_there, related_here]})
    assert len(chosen) == OPTIONS - 1
    assert chosen[0] is related_here, "the related term of the same stage comes first"
    assert related_there not in chosen, "the same stage has enough terms"
    assert all(e.questions[0].page is DATA for e in chosen)


def test_distractors_never_offer_a_name_that_contains_the_answer() -> None:
    target = entry("Drift")
    entries = [
        target,
        entry("Data drift", line=2),
        entry("A", line=3),
        entry("B", line=4),
        entry("C", line=5),
    ]
    assert {e.name for e in distractors(target, entries, {})} == {"A", "B", "C"}


def test_the_quiz_is_the_same_every_build_and_the_answer_is_where_it_says() -> None:
    entries = [entry(name, line=n) for n, name in enumerate(["Drift", "Skew", "Lag", "Bias", "Noise"])]
    first, again = quiz_items(entries, {}), quiz_items(list(entries), {})
    assert first == again
    assert len(first) == len(entries)
    for item in first:
        assert item.options[item.answer] == item.term
        assert len(set(item.options)) == OPTIONS
        assert item.term not in item.prompt
        assert item.card == f"data.md#q-{item.term.lower()}"
    # Seeded by term, the answer is not always in the same place.
    assert len({item.answer for item in first}) > 1


def test_a_term_without_enough_others_gets_no_question() -> None:
    assert quiz_items([entry("Drift"), entry("Skew", line=2)], {}) == []
