from __future__ import annotations

import pytest
from glossary.errors import GlossaryError
from glossary.harvest import harvest_page
from glossary.model import Page

PAGE = Page("stage/page.md", "Stage", 0)


def harvest(markdown: str):  # type: ignore[no-untyped-def]
    return harvest_page(markdown, PAGE)


def test_question_with_its_page_line_section_and_answer() -> None:
    result = harvest(
        "# Stage\n\n## Drift\n\n"
        '??? question fundamental concept "What is data drift?"\n'
        "    Data drift is a change in inputs.\n\n"
        "    - a list item\n\n"
        "        indented code\n\n"
        "After the block.\n"
    )
    (question,) = result.questions
    assert (question.line, question.section, question.question) == (5, "Drift", "What is data drift?")
    assert question.answer == "Data drift is a change in inputs.\n\n- a list item\n\n    indented code"
    assert (question.term, question.aliases, question.qid) == ("data drift", (), "q-what-is-data-drift")
    assert question.location == "stage/page.md:5"


@pytest.mark.parametrize(
    ("directive", "term", "aliases"),
    [
        ("", "continuous integration", ("CI",)),
        (
            '<!-- glossary: aliases="CI pipeline, integration" -->',
            "continuous integration",
            ("CI", "CI pipeline", "integration"),
        ),
        ('<!-- glossary: term="CI" -->', "CI", ("CI",)),
        ("<!-- glossary: none -->", None, ()),
        ('<!--glossary:term="x"   aliases="y"-->', "x", ("CI", "y")),
    ],
)
def test_directive_overrides_the_term(directive: str, term: str | None, aliases: tuple[str, ...]) -> None:
    lines = ['??? question fundamental concept "What is continuous integration (CI) in MLOps?"']
    if directive:
        lines.append("    " + directive)
    lines.append("    The answer.")
    (question,) = harvest("\n".join(lines)).questions
    assert (question.term, question.aliases) == (term, aliases)
    assert question.answer == "The answer."


def test_how_question_defines_a_term_only_when_told() -> None:
    result = harvest(
        '??? question fundamental concept "How do you detect drift?"\n    Compare distributions.\n\n'
        '???+ question intermediate concept "Why monitor?"\n'
        '    <!-- glossary: term="monitoring" -->\n    Because.\n'
    )
    assert [q.term for q in result.questions] == [None, "monitoring"]


def test_fenced_code_is_not_harvested_and_duplicate_questions_get_distinct_ids() -> None:
    result = harvest(
        '```markdown\n??? question fundamental concept "What is hidden?"\n    no\n```\n'
        '??? question fundamental concept "What is X?"\n    One.\n\n'
        '??? question fundamental concept "What is X?"\n    Two.\n'
    )
    assert [q.qid for q in result.questions] == ["q-what-is-x", "q-what-is-x-2"]


def test_questions_nested_in_tabs_keep_their_indentation() -> None:
    result = harvest(
        '=== "Tab"\n\n    ??? question fundamental concept "What is Y?"\n        Y is y.\n\n    Tab text.\n'
    )
    (question,) = result.questions
    assert question.answer == "Y is y."


def test_alias_declaration_outside_questions() -> None:
    result = harvest('<!-- glossary: of="pipeline" aliases="ML pipeline, flow" -->\n')
    (declaration,) = result.alias_declarations
    assert (declaration.target, declaration.aliases, declaration.line) == (
        "pipeline",
        ("ML pipeline", "flow"),
        1,
    )


@pytest.mark.parametrize(
    ("words", "level", "kind"),
    [
        ("fundamental concept", "fundamental", "concept"),
        ("scenario intermediate", "intermediate", "scenario"),
        ("advanced   calculation", "advanced", "calculation"),
        ("intermediate design", "intermediate", "design"),
    ],
)
def test_level_and_kind_come_before_the_title_in_either_order(words: str, level: str, kind: str) -> None:
    (question,) = harvest(f'??? question {words} "How would you design X?"\n    Like this.\n').questions
    assert (question.level, question.kind, question.question) == (level, kind, "How would you design X?")


def test_directive_in_running_text_is_not_a_declaration() -> None:
    assert harvest("Write `<!-- glossary: none -->` as the first line.\n").alias_declarations == ()


@pytest.mark.parametrize(
    ("markdown", "line", "message"),
    [
        ('??? question fundamental concept "What is X?"\n\nNot indented.\n', 1, "has no answer"),
        ('??? question fundamental concept "What is X?"\n    <!-- glossary: none -->\n', 1, "has no answer"),
        ("??? question What is X?\n    Answer.\n", 1, "double quotes"),
        ('??? question fundamental concept "What is X?\n    Answer.\n', 1, "double quotes"),
        ('??? question fundamental concept ""\n    Answer.\n', 1, "double quotes"),
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: term="" -->\n    A.\n',
            2,
            'term="" is empty',
        ),
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: aliases="" -->\n    A.\n',
            2,
            'aliases="" is empty',
        ),
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: colour="red" -->\n    A.\n',
            2,
            "unknown glossary option",
        ),
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: none term="x" -->\n    A.\n',
            2,
            "none means",
        ),
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: term=x -->\n    A.\n',
            2,
            "cannot read",
        ),
        (
            '??? question fundamental concept "What is X?"\n    A.\n    <!-- glossary: none -->\n',
            3,
            "must be at the top of the answer",
        ),
        (
            '??? question fundamental concept "What is X?"\n    A.\n\n'
            '    ??? question fundamental concept "Inner?"\n        B.\n',
            4,
            "cannot be nested",
        ),
        (
            '??? question fundamental concept "What is X?"\n\n    A.\n    <!-- glossary: none -->\n',
            4,
            "must be at the top of the answer",
        ),
        (
            '??? question fundamental concept "What is X?"\n    A.\n\n    ```python\n    x = 1\n\nAfter.\n',
            4,
            "never closed",
        ),
        (
            '??? question fundamental concept "What is X?"\n'
            '    <!-- glossary: of="y" aliases="z" -->\n    A.\n',
            2,
            "outside a question",
        ),
        ('<!-- glossary: aliases="z" -->\n', 1, "declares aliases"),
        ('<!-- glossary: of="y" -->\n', 1, "declares aliases"),
        ("Text\n\n```python\nprint(1)\n", 3, "never closed"),
        ('## S\n\n??? question "What is X?"\n    A.\n', 3, "needs a level before the title"),
        ('??? question advanced "What is X?"\n    A.\n', 1, "needs a kind before the title"),
        ('??? question concept "What is X?"\n    A.\n', 1, "needs a level before the title"),
        ('??? question basic concept "What is X?"\n    A.\n', 1, 'unknown word "basic"'),
        ('??? question advanced fundamental design "What is X?"\n    A.\n', 1, "one level and one kind"),
    ],
)
def test_bad_input_names_file_and_line(markdown: str, line: int, message: str) -> None:
    with pytest.raises(GlossaryError) as error:
        harvest(markdown)
    assert str(error.value).startswith(f"stage/page.md:{line}: ")
    assert message in str(error.value)


def test_a_question_line_inside_an_answers_code_is_an_example_not_a_block() -> None:
    (question,) = harvest(
        '??? question fundamental concept "What is X?"\n    ```\n'
        '    ??? question fundamental concept "In code"\n    ```\n'
    ).questions
    assert question.answer == '```\n??? question fundamental concept "In code"\n```'


@pytest.mark.parametrize(
    ("directives", "term", "aliases", "unless"),
    [
        (
            ['<!-- glossary: unless="coarser precision, full-precision" -->'],
            "x",
            (),
            ("coarser precision", "full-precision"),
        ),
        (["<!-- glossary: unless=\"'Ingestion, x', x rule , \" -->"], "x", (), ("Ingestion, x", "x rule")),
        # Several directives at the top of one answer add up, in either order, beside a card directive.
        (
            [
                '<!-- glossary: aliases="ex" -->',
                '<!-- card: was="q-old" -->',
                '<!-- glossary: unless="x rule" -->',
            ],
            "x",
            ("ex",),
            ("x rule",),
        ),
        (
            ['<!-- glossary: unless="x rule" -->', '<!-- glossary: term="y" aliases="y2" -->'],
            "y",
            ("y2",),
            ("x rule",),
        ),
    ],
)
def test_unless_lists_phrases_and_directives_add_up(
    directives: list[str], term: str, aliases: tuple[str, ...], unless: tuple[str, ...]
) -> None:
    lines = [
        '??? question fundamental concept "What is x?"',
        *(f"    {d}" for d in directives),
        "    The answer.",
    ]
    (question,) = harvest("\n".join(lines)).questions
    assert (question.term, question.aliases, question.unless) == (term, aliases, unless)
    assert question.answer == "The answer."


def test_unless_outside_a_question_is_a_declaration_for_its_page() -> None:
    result = harvest('Text.\n\n<!-- glossary: of="precision" unless="coarser precision" -->\n')
    (declaration,) = result.alias_declarations
    assert (declaration.target, declaration.aliases, declaration.unless, declaration.line) == (
        "precision",
        (),
        ("coarser precision",),
        3,
    )


@pytest.mark.parametrize(
    ("markdown", "line", "message"),
    [
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: unless="" -->\n    A.\n',
            2,
            'unless="" is empty',
        ),
        (
            '??? question fundamental concept "What is X?"\n    <!-- glossary: unless=" , " -->\n    A.\n',
            2,
            "is empty",
        ),
        (
            '??? question fundamental concept "What is X?"\n'
            '    <!-- glossary: none unless="a x" -->\n    A.\n',
            2,
            "takes no term=, aliases= or unless=",
        ),
        (
            '??? question fundamental concept "How do you do X?"\n'
            '    <!-- glossary: aliases="z" -->\n    <!-- glossary: unless="do X well" -->\n    A.\n',
            3,
            "defines none",
        ),
        (
            '??? question fundamental concept "What is X?"\n'
            '    <!-- glossary: none -->\n    <!-- glossary: unless="a x" -->\n    A.\n',
            3,
            "takes no term=, aliases= or unless=",
        ),
        (
            '??? question fundamental concept "What is X?"\n'
            '    <!-- glossary: term="x" -->\n    <!-- glossary: term="y" -->\n    A.\n',
            3,
            "term= is given twice",
        ),
        ('<!-- glossary: unless="coarser precision" -->\n', 1, 'of="term" unless='),
        ('<!-- glossary: of="x" unless="" -->\n', 1, 'unless="" is empty'),
    ],
)
def test_bad_unless_names_file_and_line(markdown: str, line: int, message: str) -> None:
    with pytest.raises(GlossaryError) as error:
        harvest(markdown)
    assert str(error.value).startswith(f"stage/page.md:{line}: ")
    assert message in str(error.value)
