"""What the hook writes into Material's search index: the glossary's aliases, and every question as
a result of its own, with what only repeats left out of the page's sections."""

from __future__ import annotations

import json
import re

import pytest
from glossary.search_index import (
    QUESTION_BOOST,
    TEASER_LIMIT,
    SearchQuestion,
    add_aliases,
    leave_out_of_sections,
    question_doc,
    rewrite_index,
    search_questions,
)
from material.plugins.search.plugin import Parser

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


# Every question its own result ------------------------------------------------------------------


def search_sections(html: str) -> list[tuple[str | None, str]]:
    """The sections Material's search parser makes of ``html``: id and text."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [
        (section.id, "".join(section.text).strip()) for section in parser.data if not section.is_excluded()
    ]


SEPARATOR = re.compile(r'[\s\-–—,:!?=\[\]()"`/]+|\.(?!\d)|&[lg]t;')
KEY_TERMS = (
    '<h2 id="key-terms">Key terms<a class="headerlink" href="#key-terms">¶</a></h2>\n'
    '<div class="glossary-key-terms glossary-skip">\n<ul>\n'
    '<li><a href="../glossary/#drift">Drift</a>: Drift is a change.</li>\n</ul>\n</div>\n'
    '<div class="study-links">\n<p><strong>Study this stage:</strong> drill it.</p>\n</div>\n'
)
STAGE = (
    '<h1 id="monitoring">Monitoring</h1>\n<p>Models age.</p>\n'
    '<h2 id="drift">Drift<a class="headerlink" href="#drift">¶</a></h2>\n<p>Inputs move.</p>\n'
    '<details class="question" id="q-what-is-drift" data-level="fundamental" data-kind="concept">\n'
    "<summary>What is <code>drift</code>?</summary>\n"
    '<!-- glossary: aliases="shift" -->\n'
    '<p>Drift is a change in the <a class="glossary-link" href="../g/#x" title="A tooltip word">inputs</a> '
    "of a model &amp; its outputs.</p>\n"
    "<pre><code>ks_2samp(reference, current)</code></pre>\n"
    '<div class="admonition"><p>Seasonality mimics it.</p></div>\n'
    "<p>Watch the inputs, the outputs &lt;and&gt; the PSI.</p>\n"
    "</details>\n"
    '<details class="question" id="q-rate-tripled" data-level="advanced" data-kind="scenario">\n'
    "<summary>The flag rate tripled: what now?</summary>\n<table><tr><td>Check the feed.</td></tr></table>\n"
    "</details>\n"
    '<details class="note"><summary>Not a question</summary><p>Ignored.</p></details>\n'
) + KEY_TERMS
QUESTIONS = [("q-what-is-drift", "fundamental", "concept"), ("q-rate-tripled", "advanced", "scenario")]


def test_each_question_block_becomes_a_search_question_with_its_title_lead_and_answer() -> None:
    drift, tripled = search_questions(STAGE, "stage/", QUESTIONS)
    assert drift == SearchQuestion(
        location="stage/#q-what-is-drift",
        title="What is drift?",
        level="fundamental",
        kind="concept",
        answer="Drift is a change in the inputs of a model & its outputs. ks_2samp(reference, current) "
        "Seasonality mimics it. Watch the inputs, the outputs <and> the PSI.",
        lead="Drift is a change in the inputs of a model & its outputs.",
    )
    assert (tripled.title, tripled.lead, tripled.answer) == (
        "The flag rate tripled: what now?",
        "Check the feed.",  # no paragraph: the start of the answer
        "Check the feed.",
    )


def test_a_question_missing_from_the_page_is_left_out() -> None:
    assert search_questions(STAGE, "stage/", [("q-gone", "advanced", "design")]) == []


def test_a_question_document_shows_its_level_kind_and_lead_and_lists_its_other_words_once() -> None:
    (drift, _) = search_questions(STAGE, "stage/", QUESTIONS)
    doc = question_doc(drift, SEPARATOR)
    assert doc == {
        "location": "stage/#q-what-is-drift",
        "title": "What is drift?",
        "text": "Fundamental · concept — Drift is a change in the inputs of a model &amp; its outputs.",
        # Lower case, each once, no stop words ("the", "of", "and"), none already in title or text.
        "answer": "ks_2samp reference current seasonality mimics watch psi",
        "boost": QUESTION_BOOST,
    }


@pytest.mark.parametrize(
    ("lead", "shown"),
    [
        ("Short.", "Short."),
        ("word " * 40, ("word " * (TEASER_LIMIT // 5)).strip() + " …"),  # cut at a space, within the limit
        ("x" * 200, "x" * TEASER_LIMIT + " …"),  # one long word: cut where the limit is
        ("Ends on a comma, " + "y" * 150, "Ends on a comma …"),  # no dangling comma
    ],
)
def test_the_lead_is_shortened_to_about_two_lines(lead: str, shown: str) -> None:
    question = SearchQuestion("p/#q", "Q?", "advanced", "design", answer=lead, lead=lead)
    assert question_doc(question, SEPARATOR)["text"] == "Advanced · design — " + shown


def test_answer_words_are_escaped_as_material_escapes_text() -> None:
    question = SearchQuestion("p/#q", "Q?", "advanced", "design", answer="Lead. Use a<b & R&D.", lead="Lead.")
    assert question_doc(question, SEPARATOR)["answer"] == "use b &amp; r&amp;d"


def test_sections_leave_out_questions_key_terms_and_study_links() -> None:
    marked = leave_out_of_sections(STAGE)
    assert search_sections(marked) == [
        (None, "<p>Models age.</p>"),
        # "Key terms" is gone, heading and all; the note, not a question, stays.
        ("drift", "<p>Inputs move.</p> Not a question<p>Ignored.</p>"),
    ]
    assert marked.count('data-search-exclude="own-result"') == 2
    # Material strips an attribute that has a value once it has indexed the page: the page is unchanged.
    assert re.sub(r"\s?data-search-\w+=\"[^\"]+\"", "", marked) == STAGE


def test_a_details_block_inside_an_answer_ends_materials_exclusion_early() -> None:
    """Material's parser tells elements apart by tag: the known limit leave_out_of_sections states."""
    page = (
        '<h2 id="s">S</h2>\n<details class="question" id="q-a"><summary>A?</summary>'
        "<details><summary>Aside</summary><p>In.</p></details><p>After.</p></details>\n"
    )
    assert search_sections(leave_out_of_sections(page)) == [(None, ""), ("s", "<p>After.</p>")]
    # The question's own document has all of it.
    (question,) = search_questions(page, "p/", [("q-a", "advanced", "concept")])
    assert question.answer == "Aside In. After."


def test_a_key_terms_list_under_prose_leaves_its_section_in_search() -> None:
    page = '<h2 id="end">The end</h2>\n<p>Last words.</p>\n' + KEY_TERMS.split("\n", 1)[1]
    assert search_sections(leave_out_of_sections(page)) == [(None, ""), ("end", "<p>Last words.</p>")]


def test_a_page_without_questions_or_key_terms_is_left_as_it_is() -> None:
    page = '<h1 id="home">Home</h1>\n<p>Welcome.</p>\n'
    assert leave_out_of_sections(page) == page


def test_questions_go_after_their_page_and_pages_left_out_of_search_are_skipped() -> None:
    index = json.dumps(
        {
            "config": {"separator": SEPARATOR.pattern},
            "docs": [
                {"location": "stage/", "title": "Stage", "text": ""},
                {"location": "stage/#drift", "title": "Drift", "text": "<p>Inputs move.</p>"},
                {"location": "glossary/", "title": "Glossary", "text": ""},
            ],
        }
    )
    drift, tripled = search_questions(STAGE, "stage/", QUESTIONS)
    hidden = SearchQuestion("hidden/#q-x", "X?", "advanced", "design", "Lead.", "Lead.")
    out = json.loads(rewrite_index(index, "glossary/", [], {"stage/": [drift, tripled], "hidden/": [hidden]}))
    assert [doc["location"] for doc in out["docs"]] == [
        "stage/",
        "stage/#drift",
        "stage/#q-what-is-drift",
        "stage/#q-rate-tripled",
        "glossary/",
    ]
    assert out["docs"][2] == question_doc(drift, SEPARATOR)


def test_a_tag_ends_a_word_in_the_answer_as_in_materials_tokenizer_but_not_in_the_title() -> None:
    page = (
        '<details class="question" id="q-x"><summary>Is <code>NY</code>? the same?</summary>'
        "<p>Write <code>New York</code>; not <em>NY</em>s.</p></details>"
    )
    (question,) = search_questions(page, "p/", [("q-x", "intermediate", "scenario")])
    assert question.title == "Is NY? the same?"
    assert question.lead == "Write New York; not NYs."
    assert question.answer == "Write New York ; not NY s."
