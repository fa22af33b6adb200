from __future__ import annotations

import pytest
from glossary.errors import GlossaryError
from glossary.harvest import harvest_page
from glossary.merge import merge_harvests
from glossary.model import Glossary, Page


def merge(*pages: str) -> Glossary:
    return merge_harvests(
        harvest_page(markdown, Page(f"p{index}.md", f"Page {index}", index))
        for index, markdown in enumerate(pages)
    )


def qa(question: str, answer: str, directive: str = "") -> str:
    return (
        f'??? question fundamental concept "{question}"\n'
        + (f"    {directive}\n" if directive else "")
        + f"    {answer}\n\n"
    )


def test_one_entry_per_key_with_distinct_answers_kept_and_identical_ones_collapsed() -> None:
    glossary = merge(
        qa("What is rollback?", "Rollback restores the previous model."),
        qa("What is rollback in MLOps?", "Rollback restores the previous model!")
        + qa("What is a rollback?", "Rollback means switching traffic back."),
    )
    (entry,) = glossary.entries
    assert (entry.key, entry.name, entry.slug) == ("rollback", "Rollback", "rollback")
    assert [len(d.sources) for d in entry.definitions] == [2, 1]
    assert [q.location for q in entry.questions] == ["p0.md:1", "p1.md:1", "p1.md:4"]
    assert entry.tooltip == "Rollback restores the previous model."


def test_plural_and_singular_questions_meet() -> None:
    glossary = merge(qa("What is a hyperparameter?", "A."), qa("What are hyperparameters?", "B."))
    assert [e.key for e in glossary.entries] == ["hyperparameter"]


def test_acronym_and_declared_aliases_resolve_to_their_term() -> None:
    glossary = merge(
        qa("What is continuous integration (CI) in MLOps?", "CI merges often."),
        qa("What is CI?", "Same thing, said shorter.")
        + '<!-- glossary: of="continuous integration" aliases="integration pipeline" -->\n',
    )
    (entry,) = glossary.entries
    assert entry.aliases == ("CI", "integration pipeline")
    assert len(entry.definitions) == 2


def test_alias_chain_merges_into_the_final_term() -> None:
    glossary = merge(
        qa("What is a model pipeline?", "A.", '<!-- glossary: aliases="machine learning model pipeline" -->'),
        qa("What is a machine learning model pipeline?", "B."),
    )
    (entry,) = glossary.entries
    assert entry.name == "Model pipeline"
    assert entry.aliases == ("machine learning model pipeline",)


def test_entries_sorted_and_slugs_unique() -> None:
    glossary = merge(qa("What is Zeta?", "Z."), qa("What is a/b?", "1."), qa("What is a-b?", "2."))
    assert [(e.name, e.slug) for e in glossary.entries] == [
        ("A-b", "a-b"),
        ("A/b", "a-b-2"),
        ("Zeta", "zeta"),
    ]


@pytest.mark.parametrize(
    ("pages", "location", "message"),
    [
        (
            (
                qa("What is A?", "a.", '<!-- glossary: aliases="X" -->'),
                qa("What is B?", "b.", '<!-- glossary: aliases="X" -->'),
            ),
            "p1.md:1",
            'alias "X" is claimed by "b" here and by "a" at p0.md:1',
        ),
        (('<!-- glossary: of="nothing" aliases="X" -->\n',), "p0.md:1", 'of="nothing" points to no term'),
        (
            (
                qa("What is A?", "a.", '<!-- glossary: aliases="B" -->')
                + qa("What is B?", "b.", '<!-- glossary: aliases="A" -->'),
            ),
            "p0.md:",
            "go round in a circle",
        ),
    ],
)
def test_alias_mistakes_are_errors(pages: tuple[str, ...], location: str, message: str) -> None:
    with pytest.raises(GlossaryError) as error:
        merge(*pages)
    assert str(error.value).startswith(location)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("first", "second", "similar"),
    [
        ("model pipeline", "ML pipeline", True),
        ("ML pipeline", "machine learning model pipeline", True),
        ("pipeline", "ML pipeline", True),
        ("model monitoring", "model performance monitoring", True),
        ("data drift", "concept drift", False),
        ("drift", "data drift", False),
        ("model deployment", "blue-green deployment", False),
    ],
)
def test_look_alike_names_are_reported_not_merged(first: str, second: str, similar: bool) -> None:
    glossary = merge(qa(f"What is {first}?", "One."), qa(f"What is {second}?", "Two."))
    assert len(glossary.entries) == 2
    assert bool(glossary.similar) is similar


def test_merge_is_deterministic_whatever_the_page_order() -> None:
    pages = [qa("What is B?", "b."), qa("What is A?", "a.") + qa("What are Bs?", "other b.")]
    first = merge(*pages)
    again = merge(*pages)
    assert first == again


def test_entries_keep_the_name_as_written_and_the_phrases_of_every_definition() -> None:
    glossary = merge(
        qa("What is precision?", "P.", '<!-- glossary: unless="coarser precision" -->'),
        qa(
            "What is precision in MLOps?",
            "Q.",
            '<!-- glossary: unless="full-precision, coarser precision" -->',
        )
        + qa("What is ZeRO?", "Z."),
    )
    precision, zero = glossary.entries
    assert (precision.name, precision.written, precision.unless) == (
        "Precision",
        "precision",
        ("coarser precision", "full-precision"),
    )
    assert (zero.name, zero.written) == ("ZeRO", "ZeRO")


def test_unless_outside_a_question_applies_to_its_page_and_may_name_an_alias() -> None:
    glossary = merge(
        qa("What is recall?", "R.", '<!-- glossary: aliases="sensitivity" -->'),
        '<!-- glossary: of="recall" unless="metric sensitivity" -->\n'
        '<!-- glossary: of="recall" unless="recall of a memory, metric sensitivity" -->\n',
    )
    assert glossary.entries[0].unless == ()
    assert glossary.unless_on_page == {"p1.md": {"recall": ("metric sensitivity", "recall of a memory")}}


@pytest.mark.parametrize(
    ("pages", "location", "message"),
    [
        (
            (qa("What is precision?", "P.", '<!-- glossary: unless="numeric precisoin" -->'),),
            "p0.md:1",
            'unless="numeric precisoin" does not contain "Precision"',
        ),
        (
            (qa("What is precision?", "P.", '<!-- glossary: unless="precisions" -->'),),
            "p0.md:1",
            "is the term",
        ),
        (
            (qa("What is recall?", "R."), '\n<!-- glossary: of="recall" unless="recalled" -->\n'),
            "p1.md:2",
            "does not contain",
        ),
        (
            ('<!-- glossary: of="nothing" unless="a nothing" -->\n',),
            "p0.md:1",
            'of="nothing" points to no term',
        ),
    ],
)
def test_unless_mistakes_are_errors(pages: tuple[str, ...], location: str, message: str) -> None:
    with pytest.raises(GlossaryError) as error:
        merge(*pages)
    assert str(error.value).startswith(location)
    assert message in str(error.value)


def test_on_one_page_the_term_alone_says_the_page_never_uses_its_sense() -> None:
    glossary = merge(
        qa("What is position bias?", "P."), '<!-- glossary: of="position bias" unless="Position bias" -->\n'
    )
    assert glossary.unless_on_page == {"p1.md": {"position bias": ("Position bias",)}}
