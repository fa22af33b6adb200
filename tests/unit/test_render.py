from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import markdown
import pytest
from glossary.render import (
    Renderer,
    Trusted,
    escape_markdown,
    join_url,
    permalinks_without_tooltips,
    rebase_links,
)

TEMPLATES = Path(__file__).resolve().parents[2] / "overrides" / "partials" / "glossary"


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "a & b",
        "col | col",
        "`tick`",
        "*not bold*",
        "[not](link)",
        "Ünïcode ✨",
        "1. not a list",
        "# not a heading",
        "C:\\path\\_x_",
    ],
)
def test_escaped_author_text_renders_exactly_as_written(text: str) -> None:
    html = markdown.markdown(escape_markdown(text), extensions=["tables"])
    assert html == "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"


def test_trusted_text_is_left_alone() -> None:
    assert escape_markdown(Trusted("**bold**")) == "**bold**"


@pytest.mark.parametrize(
    ("source", "target", "markdown_in", "markdown_out"),
    [
        ("ops/deploy.md", "glossary.md", "[m](monitor.md#x)", "[m](ops/monitor.md#x)"),
        ("ops/deploy.md", "glossary.md", "![d](../assets/d.svg)", "![d](assets/d.svg)"),
        ("ops/deploy.md", "glossary.md", "[here](#canary)", "[here](ops/deploy.md#canary)"),
        ("index.md", "sub/glossary.md", "[a](data/a.md)", "[a](../data/a.md)"),
        (
            "ops/deploy.md",
            "glossary.md",
            "[w](https://x.org/a.md) [m](mailto:a@b)",
            "[w](https://x.org/a.md) [m](mailto:a@b)",
        ),
        ("ops/deploy.md", "glossary.md", '[t](a.md "title")', '[t](ops/a.md "title")'),
    ],
)
def test_rebase_links(source: str, target: str, markdown_in: str, markdown_out: str) -> None:
    assert rebase_links(markdown_in, source, target) == markdown_out


def test_link_template_escapes_the_tooltip_and_keeps_the_text_html() -> None:
    renderer = Renderer.from_directory(TEMPLATES)
    html = renderer.link("../glossary/#a-b", 'Say "hi" <b>', "A&amp;B")
    assert (
        html
        == '<a href="../glossary/#a-b" class="glossary-link" title="Say &#34;hi&#34; &lt;b&gt;">A&amp;B</a>'
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            '<h3>X<a class="headerlink" href="#x" title="Permanent link to this section">¶</a></h3>',
            '<h3>X<a class="headerlink" href="#x" aria-label="Permanent link to this section">¶</a></h3>',
        ),
        ('<a href="#x" title="Other">x</a>', '<a href="#x" title="Other">x</a>'),
    ],
)
def test_permalinks_are_named_without_a_tooltip(html: str, expected: str) -> None:
    assert permalinks_without_tooltips(html) == expected


@pytest.mark.parametrize("base", ["https://x.org/site/a/b/", "https://x.org/site/a/b.html", "/a/b/"])
@pytest.mark.parametrize(
    "url",
    [
        "",
        "#drift",
        "../glossary/#drift",
        "../../glossary/",
        "c/?q=1#f",
        "/root#x",
        "https://y.org/p#z",
        "./#",
    ],
)
def test_join_url_is_urljoin(base: str, url: str) -> None:
    assert join_url(base, url) == urljoin(base, url)
