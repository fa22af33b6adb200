"""The real site, built once with --strict: links, questions, glossary, tooltips and search index."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import htmlmin
import pytest
from htmlcheck import ids, resolve, source_question_lines, source_questions
from mkdocs.config import load_config
from sitebuild import ROOT

if TYPE_CHECKING:
    from pathlib import Path

    from bs4 import BeautifulSoup, Tag
    from sitebuild import BuiltSite


DOCS = ROOT / "docs"
STAGE_PAGES = sorted(
    p.relative_to(DOCS).as_posix()
    for p in DOCS.rglob("*.md")
    if source_questions(p.read_text(encoding="utf-8"))
)


def _url(src: str) -> str:
    """The site URL of a docs page: ``data/understanding.md`` -> ``data/understanding/``."""
    stem = src.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index") + "/"


def _article(site: BuiltSite, url: str) -> Tag:
    article = site.html(url).select_one("article.md-content__inner")
    assert article is not None, url
    return article


def test_every_internal_link_and_anchor_resolves(site: BuiltSite) -> None:
    cache: dict[Path, set[str]] = {}
    broken = []
    checked = 0
    for page in site.pages():
        soup = site.html(page.relative_to(site.path).as_posix())
        for tag in soup.select("a[href], link[href], img[src], script[src]"):
            url = str(tag.get("href") or tag.get("src"))
            if urlsplit(url).netloc == urlsplit(site.base_url).netloc:
                url = urlsplit(url).path  # canonical and sitemap links carry the test server's origin
            target = resolve(site.path, page, url)
            if target is None:
                continue
            checked += 1
            file, fragment = target
            if not file.exists():
                broken.append(f"{page.relative_to(site.path)}: {url} (no file)")
            elif fragment and file.suffix == ".html" and fragment not in ids(file, cache):
                broken.append(f"{page.relative_to(site.path)}: {url} (no anchor)")
    assert checked > 20 * len(site.pages()), "the walk found too few links to be checking anything"
    assert broken == []


@pytest.mark.parametrize("src", STAGE_PAGES)
def test_every_question_of_the_source_is_on_its_page_once_with_an_anchor(site: BuiltSite, src: str) -> None:
    source = source_question_lines((DOCS / src).read_text(encoding="utf-8"))
    blocks = _article(site, _url(src)).select("details.question")
    shown = []
    for block in blocks:
        assert block.summary is not None
        meta = block.summary.select_one(".question-meta")
        assert meta is not None
        words = frozenset(meta.get_text(" ", strip=True).lower().split())
        assert words == {block["data-level"], block["data-kind"]}
        meta.decompose()
        shown.append((block.summary.get_text(" ", strip=True), words))
    assert shown == source
    anchors = [b.get("id") for b in blocks]
    assert all(isinstance(a, str) and a.startswith("q-") for a in anchors)
    assert len(set(anchors)) == len(anchors)


def test_every_defining_question_is_linked_from_exactly_one_glossary_entry(site: BuiltSite) -> None:
    glossary = _article(site, "glossary/")
    defined_in = Counter(
        urlsplit(str(a["href"]))._replace(scheme="", netloc="").geturl().removeprefix("../")
        for meta in glossary.select(".glossary-meta li:first-child")
        for a in meta.select("a[href*='#q-']")
    )
    assert max(defined_in.values()) == 1
    on_pages = {
        f"{_url(src)}#{block['id']}"
        for src in STAGE_PAGES
        for block in _article(site, _url(src)).select("details.question")
    }
    assert set(defined_in) <= on_pages
    # "What is/are ..." questions define a term unless marked <!-- glossary: none -->.
    what_is = sum(
        1
        for src in STAGE_PAGES
        for block in _article(site, _url(src)).select("details.question")
        if re.match(r"What (is|are) ", block.summary.get_text() if block.summary else "")
    )
    assert len(defined_in) >= what_is * 0.8
    assert len(defined_in) == int(re.search(r"defined by (\d+) questions", glossary.get_text(" "))[1])  # type: ignore[index]


def test_glossary_has_a_to_z_bar_and_one_permalinked_heading_per_term(site: BuiltSite) -> None:
    glossary = _article(site, "glossary/")
    letters = [a.get_text() for a in glossary.select("nav.glossary-az a")]
    assert letters == sorted(letters)
    assert len(letters) >= 15
    for letter in glossary.select("nav.glossary-az a"):
        assert glossary.select_one(f"h2[id='{str(letter['href'])[1:]}']") is not None
    terms = glossary.select("h3[id]")
    assert len(terms) >= 100
    assert all(term.select_one("a.headerlink") is not None for term in terms)
    slugs = {str(t["id"]) for t in terms}
    assert {"feature-store", "data-drift", "model-drift", "rollback", "hyperparameter"} <= slugs
    assert "continuous-integration" in slugs
    assert glossary.select_one("[id='ci']") is not None


def test_repeated_terms_are_merged_and_keep_every_distinct_answer(site: BuiltSite) -> None:
    glossary = _article(site, "glossary/")
    heading = glossary.select_one("h3#hyperparameter")
    assert heading is not None
    entry = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h2", "h3"):
            break
        entry.append(sibling)
    sources = [a for part in entry for a in part.select(".glossary-meta li:first-child a, li:first-child a")]
    pages = {str(a["href"]).split("#")[0] for a in sources}
    assert len(pages) >= 2, "hyperparameter is asked on Training and on Tuning"
    quotes = [part for part in entry if "admonition" in (part.get("class") or [])]
    assert len(quotes) >= 2, "their two different answers are both kept"


@pytest.mark.parametrize("src", STAGE_PAGES)
def test_term_links_carry_plain_tooltips_and_stay_out_of_code_headings_and_links(
    site: BuiltSite, src: str
) -> None:
    article = _article(site, _url(src))
    links = article.select("a.glossary-link")
    assert links, f"{src} links no glossary term"
    for link in links:
        assert link.get("title")
        assert "<" not in str(link["title"])
        assert "**" not in str(link["title"])
        assert str(link["href"]).split("#")[0].endswith("glossary/")
        assert link.find_parent(["code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "summary"]) is None
        assert link.find_parent("a") is None
    targets = Counter(str(link["href"]) for link in links)
    assert max(targets.values()) == 1, "only the first mention of a term on a page is linked"
    written = (site.path / _url(src) / "index.html").read_text(encoding="utf-8")
    assert "hidden:" not in "".join(re.findall(r"<!--.*?-->", written, re.S)), "a part left hidden"


def test_a_term_is_not_linked_inside_the_question_that_defines_it(site: BuiltSite) -> None:
    article = _article(site, "operations/monitoring/")
    block = article.select_one("details.question[id^='q-what-is-data-drift']")
    assert block is not None
    assert not [a for a in block.select("a.glossary-link") if str(a["href"]).endswith("#data-drift")]


def test_key_terms_list_every_term_the_page_defines(site: BuiltSite) -> None:
    article = _article(site, "operations/monitoring/")
    key_terms = {str(a["href"]).split("#")[1] for a in article.select(".glossary-key-terms a")}
    assert {"data-drift", "concept-drift", "model-drift", "model-monitoring"} <= key_terms


def test_search_index_is_clean_and_has_one_entry_per_glossary_term(site: BuiltSite) -> None:
    docs = site.search_index()["docs"]
    text = "\n".join(d["title"] + d["text"] for d in docs)
    for leftover in ("<!--", "{ #", "\x00"):
        assert leftover not in text
    stages = "\n".join(
        d["text"] for d in docs if d["location"].split("#")[0] in {_url(s) for s in STAGE_PAGES}
    )
    for leftover in ("glossary-key-terms", "glossary:", "??? question", "glossary-link"):
        assert leftover not in stages
    locations = {d["location"] for d in docs}
    glossary = _article(site, "glossary/")
    for term in glossary.select("h3[id]"):
        assert f"glossary/#{term['id']}" in locations
    assert any(loc.startswith("operations/monitoring/#q-") for loc in locations) or any(
        "Kolmogorov" in d["text"] for d in docs if d["location"].startswith("operations/monitoring/")
    )


def test_build_report_lists_look_alike_names_in_the_site_and_the_log(site: BuiltSite) -> None:
    report = (site.path / "glossary-report.txt").read_text(encoding="utf-8").splitlines()
    assert re.match(r"\d+ glossary terms from \d+ questions on \d+ pages", report[0])
    logged = [r.getMessage() for r in site.logs if r.name == "mkdocs.plugins.glossary"]
    assert logged == report
    assert all(r.levelname == "INFO" for r in site.logs if r.name == "mkdocs.plugins.glossary")


def test_no_page_loads_anything_from_another_origin(site: BuiltSite) -> None:
    foreign = []
    for page in site.pages():
        soup: BeautifulSoup = site.html(page.relative_to(site.path).as_posix())
        for tag in soup.select("link[href], script[src], img[src], iframe[src], source[src]"):
            url = str(tag.get("href") or tag.get("src"))
            rel = tag.get_attribute_list("rel")
            if "canonical" in rel or "alternate" in rel:
                continue
            if urlsplit(url).netloc not in ("", urlsplit(site.base_url).netloc):
                foreign.append(f"{page.name}: {url}")
    assert foreign == []
    css = "\n".join(p.read_text(errors="replace") for p in site.path.rglob("*.css"))
    assert "fonts.googleapis" not in css
    assert "fonts.gstatic" not in css


def test_the_glossary_sidebar_lists_letters_not_every_term(site: BuiltSite) -> None:
    toc = site.html("glossary/").select(".md-sidebar--secondary a.md-nav__link")
    letters = [a.get_text(strip=True) for a in toc]
    assert len(letters) >= 15
    assert all(len(letter) == 1 for letter in letters), letters


def test_the_palette_keeps_its_schemes_without_the_rule_that_restyles_every_element(site: BuiltSite) -> None:
    """Material's ``[data-md-color-switching] *`` made every page load restyle the page twice (make audit)."""
    (palette,) = site.path.glob("assets/stylesheets/palette.*.min.css")
    css = palette.read_text(encoding="utf-8")
    assert "data-md-color-switching" not in css
    assert "[data-md-color-scheme=slate]" in css
    assert not [r for r in site.logs if r.name == "mkdocs.plugins.prune"]


# An ampersand that starts no character reference: html-validate's unrecognized-char-ref (make audit).
BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);)(?=[A-Za-z0-9#])")
SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1>", re.DOTALL | re.IGNORECASE)


def test_an_ampersand_in_a_link_stays_a_character_reference_through_the_minifier() -> None:
    options = dict(load_config(str(ROOT / "mkdocs.yml")).plugins["minify"].config["htmlmin_opts"])
    html = '<p><a href="https://example.org/read?issue=4&amp;article_id=7836">a &amp; b</a></p>'
    assert BARE_AMPERSAND.findall(htmlmin.minify(html, **options)) == []


def test_every_ampersand_on_every_page_is_a_character_reference(site: BuiltSite) -> None:
    bare = []
    for page in site.pages():
        html = SCRIPT_OR_STYLE.sub("", page.read_text(encoding="utf-8"))
        bare += [
            f"{page.relative_to(site.path)}: {html[m.start() : m.start() + 40]}"
            for m in BARE_AMPERSAND.finditer(html)
        ]
    assert bare == []
