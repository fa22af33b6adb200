from __future__ import annotations

import pytest
from glossary.terms import (
    answer_fingerprint,
    contains_words,
    display_name,
    first_sentence,
    lead_paragraph,
    matches_as_written,
    number_forms,
    plain_text,
    plural,
    singular,
    slugify,
    term_from_question,
    term_key,
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is MLOps?", ("MLOps", ())),
        ("What is a feature store?", ("feature store", ())),
        ("What is an endpoint in MLOps?", ("endpoint", ())),
        ("What are SHAP values?", ("SHAP values", ())),
        ("What is continuous integration (CI) in MLOps?", ("continuous integration", ("CI",))),
        ("What is automated machine learning (AutoML)?", ("automated machine learning", ("AutoML",))),
        ("What is data understanding in the ML lifecycle?", ("data understanding", ())),
        ("what is THE rollback", ("rollback", ())),
        ("What is the difference between DevOps and MLOps?", None),
        ("What is the role of security in MLOps?", None),
        ("Why is MLOps important?", None),
        ("How do you handle missing values?", None),
    ],
)
def test_term_from_question(question: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert term_from_question(question) == expected


@pytest.mark.parametrize(
    ("names", "same"),
    [
        (("Rollback", "rollback", "the rollback", "rollback in MLOps"), True),
        (("hyperparameter", "Hyperparameters", "a hyperparameter"), True),
        (("feature store", "feature stores", "Feature  Store"), True),
        (("blue-green deployment", "blue green deployment"), True),
        (("data bias", "data bia"), False),
        (("model drift", "data drift"), False),
        (("MLOps", "MLOp"), False),
        (("category", "categories"), True),
        (("class", "classes"), True),
    ],
)
def test_term_key(names: tuple[str, ...], same: bool) -> None:
    keys = {term_key(name) for name in names}
    assert (len(keys) == 1) is same


@pytest.mark.parametrize(
    ("word", "singular_form"),
    [
        ("pipelines", "pipeline"),
        ("metrics", "metric"),
        ("bias", "bias"),
        ("analysis", "analysis"),
        ("kubernetes", "kubernetes"),
        ("batches", "batch"),
        ("categories", "category"),
        ("loss", "loss"),
        ("status", "status"),
        ("gas", "gas"),
        ("ci", "ci"),
    ],
)
def test_singular_and_plural_round_trip(word: str, singular_form: str) -> None:
    assert singular(word) == singular_form
    if singular_form != word:
        assert plural(singular_form) == word


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("A/B testing", "a-b-testing"),
        ("CI/CD pipeline", "ci-cd-pipeline"),
        ("Feature store", "feature-store"),
        ("Kolmogorov–Smirnov test", "kolmogorov-smirnov-test"),
        ("Café ☕", "cafe"),
        ("???", "term"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("feature store", "Feature store"),
        ("MLOps", "MLOps"),
        ("t-SNE", "t-SNE"),
        ("A/B testing", "A/B testing"),
    ],
)
def test_display_name(name: str, shown: str) -> None:
    assert display_name(name) == shown


@pytest.mark.parametrize(
    ("markdown", "sentence"),
    [
        ("Data drift is a change in inputs. It matters because...", "Data drift is a change in inputs."),
        (
            "A **registry** stores [models](x.md) and `metadata`.\n\nMore.",
            "A registry stores models and metadata.",
        ),
        (
            "Accuracy is 0.9 here, e.g. on 1.5 million rows. Then",
            "Accuracy is 0.9 here, e.g. on 1.5 million rows.",
        ),
        ("No full stop at all", "No full stop at all"),
    ],
)
def test_first_sentence(markdown: str, sentence: str) -> None:
    assert first_sentence(markdown) == sentence


@pytest.mark.parametrize(
    ("markdown", "lead"),
    [
        ("One paragraph only.", "One paragraph only."),
        ("\nDefinition, over\ntwo lines.\n\nThe rest.\n\n- a list", "Definition, over\ntwo lines."),
        ("A **bold** [link](x.md).\n\n```python\nx = 1\n```", "A **bold** [link](x.md)."),
    ],
)
def test_lead_paragraph_is_the_answer_up_to_its_first_blank_line(markdown: str, lead: str) -> None:
    assert lead_paragraph(markdown) == lead


def test_first_sentence_is_cut_at_a_word_with_an_ellipsis() -> None:
    text = first_sentence("word " * 100, limit=50)
    assert len(text) <= 50
    assert text.endswith("…")


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("**Bold** and _it_ with ![alt](img.svg) {: .x }", "Bold and it with alt"),
        ("a [link](page.md#x) and <b>tags</b>", "a link and tags"),
        ("it is not a `<script>` tag", "it is not a <script> tag"),
        ("set ``max_depth`` or `*args`", "set max_depth or *args"),
        ("snake_case_name stays, _emphasis_ goes", "snake_case_name stays, emphasis goes"),
        ("spread\nover   lines", "spread over lines"),
    ],
)
def test_plain_text_drops_markup_but_keeps_words_and_code(markdown: str, text: str) -> None:
    assert plain_text(markdown) == text


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Rollback reverts a model.", "rollback  reverts a model", True),
        ("Rollback reverts a model.", "Rollback -- reverts, a model!", True),
        ("Rollback reverts a model.", "Rollback restores the previous model.", False),
    ],
)
def test_answer_fingerprint(a: str, b: str, same: bool) -> None:
    assert (answer_fingerprint(a) == answer_fingerprint(b)) is same


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("feature store", ("feature store", "feature stores")),
        ("SHAP values", ("SHAP values", "SHAP value")),
        ("ZeRO", ("ZeRO",)),
        ("CI", ("CI",)),
        ("coarser precision", ("coarser precision", "coarser precisions")),
    ],
)
def test_number_forms(name: str, forms: tuple[str, ...]) -> None:
    assert number_forms(name) == forms


@pytest.mark.parametrize(
    ("form", "as_written"),
    [
        ("data drift", False),
        ("k8s", False),
        ("ZeRO", True),
        ("MLflow", True),
        ("KV cache", True),
        ("Evidently", True),
    ],
)
def test_a_name_with_a_capital_matches_as_written(form: str, as_written: bool) -> None:
    assert matches_as_written(form) is as_written


@pytest.mark.parametrize(
    ("text", "words", "found"),
    [
        ("Coarser Precision", "precision", True),
        ("numerical-precision", "precision", True),
        ("imprecision", "precision", False),
        ("precision@k", "precision", True),
        ("precisions", "precision", False),
    ],
)
def test_contains_words(text: str, words: str, found: bool) -> None:
    assert contains_words(text, words) is found
