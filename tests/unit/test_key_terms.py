"""The key-terms list: HTML in place of the marker; a marker that Markdown turned into code fails."""

from __future__ import annotations

import markdown
import pytest
from glossary.build import GlossaryBuild
from glossary.errors import GlossaryError
from glossary.model import Page
from sitebuild import ROOT

TEMPLATES = ROOT / "overrides" / "partials" / "glossary"
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "pymdownx.details", "pymdownx.superfences"]
QUESTIONS = (
    '??? question fundamental concept "What is data drift?"\n'
    "\n    A change in the *inputs* <b>& their</b> mix.\n\n"
    '??? question fundamental concept "What is a feature store?"\n\n    Where features live.\n\n'
)


def page_html(source: str) -> str:
    build = GlossaryBuild.from_sources([(Page("ops/drift.md", "Drift", 0), source)], TEMPLATES)
    html = markdown.markdown(build.page_markdown("ops/drift.md", source), extensions=EXTENSIONS)
    return build.page_html("ops/drift.md", html, "../../glossary/")


def test_the_marker_becomes_the_list_of_the_terms_the_page_defines() -> None:
    html = page_html(f"# Drift\n\n{QUESTIONS}## Key terms\n\n<!-- glossary-key-terms -->\n\nAfter.\n")
    assert "<!-- glossary-key-terms -->" not in html
    drift = "Data drift</a>: A change in the inputs &amp; their mix."
    assert (
        '<div class="glossary-key-terms glossary-skip">\n<ul>\n'
        f'<li><a href="../../glossary/#data-drift">{drift}</li>\n'
        '<li><a href="../../glossary/#feature-store">Feature store</a>: Where features live.</li>\n'
        "</ul>\n</div>\n\n<p>After.</p>"
    ) in html


def test_a_page_that_defines_nothing_says_so() -> None:
    html = page_html("# Notes\n\n<!-- glossary-key-terms -->\n")
    assert (
        '<div class="glossary-key-terms glossary-skip">\n<p><em>This page defines no glossary terms.</em></p>'
        in html
    )


@pytest.mark.parametrize("before", ["Text right above.\n", ""])
def test_the_marker_may_touch_a_paragraph(before: str) -> None:
    html = page_html(f"# Drift\n\n{QUESTIONS}{before}<!-- glossary-key-terms -->\nText right below.\n")
    assert html.count("#data-drift") == 1


def test_a_marker_that_markdown_made_code_is_an_error_at_its_line() -> None:
    source = f"# Drift\n\n{QUESTIONS}Para.\n\n    <!-- glossary-key-terms -->\n"
    with pytest.raises(GlossaryError, match=r"^ops/drift\.md:13: <!-- glossary-key-terms --> did not reach"):
        page_html(source)
