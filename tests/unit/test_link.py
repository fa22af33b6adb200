from __future__ import annotations

from dataclasses import replace

import pytest
from glossary.link import add_question_ids, compile_matcher, link_terms
from glossary.model import Definition, Entry
from glossary.terms import display_name


def entry(written: str, *aliases: str, unless: tuple[str, ...] = ()) -> Entry:
    """An entry whose question writes its name as ``written``."""
    key = written.lower()
    return Entry(
        key,
        display_name(written),
        key.replace(" ", "-"),
        aliases,
        (Definition("x", ()),),
        f"About {written}.",
        written=written,
        unless=unless,
    )


MATCHER = compile_matcher(
    [
        entry("drift"),
        entry("model drift"),
        entry("data drift", "covariate shift"),
        entry("continuous integration", "CI"),
        entry("feature store"),
        entry("rollback"),
        entry("amp"),
    ]
)


def link(html: str, defined_by: dict[str, str] | None = None, per_section: bool = False) -> str:
    out, _ = link_terms(html, MATCHER, lambda key, text: f"[{key}|{text}]", defined_by or {}, per_section)
    return out


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Model drift is not drift.</p>", "<p>[model drift|Model drift] is not [drift|drift].</p>"),
        (
            "<p>Feature stores and a feature store.</p>",
            "<p>[feature store|Feature stores] and a feature store.</p>",
        ),
        (
            "<p>CI runs; ci does not; CIs neither.</p>",
            "<p>[continuous integration|CI] runs; ci does not; CIs neither.</p>",
        ),
        ("<p>Drifting and adrift.</p>", "<p>Drifting and adrift.</p>"),
        ("<p>rollback_plan, rollback-plan</p>", "<p>rollback_plan, [rollback|rollback]-plan</p>"),
        ("<p>Covariate shift</p>", "<p>[data drift|Covariate shift]</p>"),
        ("<h2>Drift</h2><p>Drift.</p>", "<h2>Drift</h2><p>[drift|Drift].</p>"),
        (
            "<p><code>drift</code> <a href='x'>drift</a></p>",
            "<p><code>drift</code> <a href='x'>drift</a></p>",
        ),
        ("<pre><code>drift</code></pre><p>x</p>", "<pre><code>drift</code></pre><p>x</p>"),
        ('<p><img alt="drift" src="d.svg"> drift</p>', '<p><img alt="drift" src="d.svg"> [drift|drift]</p>'),
        ("<p>a &amp; b</p>", "<p>a &amp; b</p>"),
        ("<p>drift—then model drift…</p>", "<p>[drift|drift]—then [model drift|model drift]…</p>"),
        ("<p>driftés, ädrift, drift_x</p>", "<p>driftés, ädrift, drift_x</p>"),
        # Ordinary tags are stepped over, not read: a term in one of their attributes is not text.
        (
            '<p><span title="drift">x</span> <em class="a">drift</em></p>',
            '<p><span title="drift">x</span> <em class="a">[drift|drift]</em></p>',
        ),
        (
            '<p><img class="glossary-skip" alt="x"> drift</p>',
            '<p><img class="glossary-skip" alt="x"> [drift|drift]</p>',
        ),
        ("<PRE><Code>drift</CODE></pre><P>drift</P>", "<PRE><Code>drift</CODE></pre><P>[drift|drift]</P>"),
        (
            '<p><span class="Glossary-Skip">drift</span></p>',
            '<p><span class="Glossary-Skip">[drift|drift]</span></p>',
        ),
        (
            "<p><code>a<code>drift</code>drift</code> <abbr>drift</abbr></p>",
            "<p><code>a<code>drift</code>drift</code> <abbr>[drift|drift]</abbr></p>",
        ),
        (
            '<p><span class="x glossary-skip">drift</span> drift</p>',
            '<p><span class="x glossary-skip">drift</span> [drift|drift]</p>',
        ),
        ("<p>A <span>drift<br>drift</span></p>", "<p>A <span>[drift|drift]<br>drift</span></p>"),
        ("<script>var drift;</script><p>drift</p>", "<script>var drift;</script><p>[drift|drift]</p>"),
        # A skipped element runs to its own end tag: nested ones of its name, or comments, do not end it.
        (
            "<script>s = '<p>drift'</script><p>drift</p>",
            "<script>s = '<p>drift'</script><p>[drift|drift]</p>",
        ),
        (
            '<div class="glossary-skip"><div>drift</div><!-- </div> -->drift</div><p>drift</p>',
            '<div class="glossary-skip"><div>drift</div><!-- </div> -->drift</div><p>[drift|drift]</p>',
        ),
        ("<!-- drift --><p>Ünïcode drift</p>", "<!-- drift --><p>Ünïcode [drift|drift]</p>"),
        (
            "<details class='question'><summary>What is drift?</summary><p>t</p></details>",
            "<details class='question'><summary>What is drift?</summary><p>t</p></details>",
        ),
    ],
)
def test_link_first_mentions(html: str, expected: str) -> None:
    assert link(html) == expected


def test_never_links_a_term_inside_the_question_that_defines_it() -> None:
    html = (
        '<details class="question" id="q-drift"><summary>What is drift?</summary>'
        "<p>Drift differs from model drift.</p></details><p>Later, drift.</p>"
    )
    out, found = link_terms(html, MATCHER, lambda k, t: f"[{k}|{t}]", {"q-drift": "drift"})
    assert out == (
        '<details class="question" id="q-drift"><summary>What is drift?</summary>'
        "<p>Drift differs from [model drift|model drift].</p></details><p>Later, [drift|drift].</p>"
    )
    assert found.mentioned == {"drift", "model drift"}
    assert found.mentioned_by_question == {"q-drift": {"model drift"}}


def test_a_block_nested_in_the_defining_question_is_still_inside_it() -> None:
    html = (
        '<details class="question" id="q-drift"><summary>What is drift?</summary>'
        '<details class="note"><summary>Note</summary><p>drift</p></details><p>drift</p></details>'
        "<p>drift</p>"
    )
    out, found = link_terms(html, MATCHER, lambda k, t: f"[{k}|{t}]", {"q-drift": "drift"})
    assert out == html.removesuffix("<p>drift</p>") + "<p>[drift|drift]</p>"
    assert found.mentioned_by_question == {}


def test_a_term_used_only_in_its_own_definition_is_not_mentioned_on_the_page() -> None:
    html = (
        '<details class="question" id="q-drift"><summary>What is drift?</summary>'
        "<p>Drift is change.</p></details>"
    )
    out, found = link_terms(html, MATCHER, lambda k, t: f"[{k}|{t}]", {"q-drift": "drift"})
    assert out == html
    assert found.mentioned == set()


def test_forms_that_differ_only_in_punctuation_link_to_their_own_terms() -> None:
    matcher = compile_matcher([entry("A/B testing"), entry("A-B testing")])
    out, _ = link_terms(
        "<p>A-B testing, A/B testing, A B testing</p>", matcher, lambda k, t: f"[{k}|{t}]", {}
    )
    assert out == "<p>[a-b testing|A-B testing], [a/b testing|A/B testing], A B testing</p>"


def test_per_section_links_again_after_each_h2() -> None:
    html = "<p>drift</p><h2>Next</h2><p>drift</p>"
    assert link(html) == "<p>[drift|drift]</p><h2>Next</h2><p>drift</p>"
    assert link(html, per_section=True) == "<p>[drift|drift]</p><h2>Next</h2><p>[drift|drift]</p>"


def test_an_empty_glossary_links_nothing() -> None:
    out, found = link_terms("<p>drift</p>", compile_matcher([]), lambda k, t: t, {})
    assert (out, found.mentioned) == ("<p>drift</p>", set())


def test_question_blocks_get_their_ids_in_order() -> None:
    html = '<details class="question"><summary>A</summary></details><details class="question" open="open">'
    out, count = add_question_ids(html, [("q-a", "fundamental", "concept"), ("q-b", "advanced", "design")])
    assert count == 2
    assert out == (
        '<details class="question" id="q-a" data-level="fundamental" data-kind="concept">'
        "<summary>A</summary></details>"
        '<details class="question" id="q-b" data-level="advanced" data-kind="design" open="open">'
    )


# Names written with a capital match only as written; unless= phrases --------------------------------

SENSES = compile_matcher(
    [
        entry("ZeRO", "Zero Redundancy Optimizer"),
        entry("KV cache"),
        entry("MLflow"),
        entry("precision", unless=("coarser precision", "full-precision")),
        entry("mixed precision"),
        entry("validation", unless=("data validation",)),
        entry("data quality"),
        entry("pipeline"),
    ],
    {"stage.md": {"pipeline": ("pipeline parallel",)}},
)


def link_senses(html: str, page: str = "stage.md") -> str:
    out, _ = link_terms(html, SENSES, lambda key, text: f"[{key}|{text}]", {}, page=page)
    return out


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<p>B starts at zero; Zero; ZERO; then ZeRO.</p>",
            "<p>B starts at zero; Zero; ZERO; then [zero|ZeRO].</p>",
        ),
        (
            "<p>the zero redundancy optimizer, the Zero Redundancy Optimizer</p>",
            "<p>the zero redundancy optimizer, the [zero|Zero Redundancy Optimizer]</p>",
        ),
        (
            "<p>a kv cache, a KV Cache, a KV cache, KV caches</p>",
            "<p>a kv cache, a KV Cache, a [kv cache|KV cache], KV caches</p>",
        ),
        ("<p>mlflow and MLFlow are not MLflow</p>", "<p>mlflow and MLFlow are not [mlflow|MLflow]</p>"),
        # A name written in lower case is an ordinary word: any case.
        ("<p>Precision first.</p>", "<p>[precision|Precision] first.</p>"),
        ("<p>PIPELINE</p>", "<p>[pipeline|PIPELINE]</p>"),
        # In a phrase of its unless=, the term is another word: the next mention is the first.
        (
            "<p>bf16 has coarser precision; report precision.</p>",
            "<p>bf16 has coarser precision; report [precision|precision].</p>",
        ),
        (
            "<p>Coarser Precision. Merge into the full-precision base.</p>",
            "<p>Coarser Precision. Merge into the full-precision base.</p>",
        ),
        ("<p>data validations, then validation</p>", "<p>data validations, then [validation|validation]</p>"),
        # A phrase stops only its own term: another term inside it is still found.
        ("<p>data validation of data quality</p>", "<p>data validation of [data quality|data quality]</p>"),
        # A longer term that holds the word is not the phrase.
        ("<p>mixed precision</p>", "<p>[mixed precision|mixed precision]</p>"),
        # A name or phrase wrapped over lines, even indented, reads as the reader sees it.
        (
            "<p>coarser\n      precision, KV\n   cache</p>",
            "<p>coarser\n      precision, [kv cache|KV\n   cache]</p>",
        ),
        # A table's header cells are headings: not linked.
        (
            "<table><tr><th>Precision</th></tr><tr><td>precision</td></tr></table>",
            "<table><tr><th>Precision</th></tr><tr><td>[precision|precision]</td></tr></table>",
        ),
    ],
)
def test_names_with_capitals_match_as_written_and_unless_phrases_are_other_words(
    html: str, expected: str
) -> None:
    assert link_senses(html) == expected


def test_a_page_level_phrase_applies_on_its_page_only() -> None:
    html = "<p>pipeline parallel across nodes</p>"
    assert link_senses(html, page="stage.md") == html
    assert link_senses(html, page="other.md") == "<p>[pipeline|pipeline] parallel across nodes</p>"


def test_a_term_in_an_unless_phrase_is_not_a_mention_and_the_phrase_is_recorded() -> None:
    html = '<details class="question" id="q-bf16"><summary>Q</summary><p>coarser precision</p></details>'
    _, found = link_terms(html, SENSES, lambda key, text: text, {}, page="stage.md")
    assert found.mentioned == set()
    assert found.mentioned_by_question == {}
    assert found.unless_met == {("precision", "coarser precision")}


def test_where_two_terms_share_a_string_the_case_decides() -> None:
    matcher = compile_matcher([replace(entry("zero"), key="number zero"), entry("ZeRO")])
    out, _ = link_terms("<p>ZeRO and zero and Zero</p>", matcher, lambda k, t: f"[{k}|{t}]", {})
    assert out == "<p>[zero|ZeRO] and [number zero|zero] and Zero</p>"


def test_a_page_that_never_uses_a_terms_sense_links_none_of_its_mentions() -> None:
    matcher = compile_matcher([entry("position bias")], {"judge.md": {"position bias": ("position bias",)}})
    html = "<table><tr><td>Position bias</td></tr></table><p>position biases</p>"
    out, found = link_terms(html, matcher, lambda k, t: f"[{k}|{t}]", {}, page="judge.md")
    assert (out, found.mentioned) == (html, set())
