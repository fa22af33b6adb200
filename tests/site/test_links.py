"""The real site, built once: term links and "See also" mean what they say.

A name written with a capital (ZeRO, MLflow, KV cache) is linked only as written; a term is not linked
inside a phrase its unless= lists; See also favours specific relations over common terms.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from glossary.harvest import harvest_page
from glossary.link import surface_forms
from glossary.merge import merge_harvests
from glossary.model import Glossary, Page
from glossary.terms import matches_as_written
from sitebuild import ROOT

if TYPE_CHECKING:
    from bs4 import Tag
    from sitebuild import BuiltSite

DOCS = ROOT / "docs"
SOURCES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
# The five terms that took 18 % of all See-also links when See also counted mentions of common words.
GENERIC = ("pipeline", "validation", "recall", "accuracy", "precision")
GENERIC_SHARE_LIMIT = 0.09


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return merge_harvests(
        harvest_page((DOCS / src).read_text(encoding="utf-8"), Page(src, src, order))
        for order, src in enumerate(SOURCES)
    )


def _url(src: str) -> str:
    stem = src.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index") + "/"


def _links(site: BuiltSite) -> list[tuple[str, Tag]]:
    """Every term link on the docs pages, with the page's source path."""
    found = []
    for src in SOURCES:
        article = site.html(_url(src)).select_one("article.md-content__inner")
        assert article is not None, src
        found += [(src, link) for link in article.select("a.glossary-link")]
    assert len(found) > 200
    return found


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text().split())


def test_a_name_written_with_a_capital_is_linked_only_as_written(site: BuiltSite, glossary: Glossary) -> None:
    by_slug = {entry.slug: entry for entry in glossary.entries}
    wrong = []
    for src, link in _links(site):
        entry = by_slug[str(link["href"]).split("#")[1]]
        text = _text(link)
        forms = surface_forms(entry)
        if not any(
            f == text or (not matches_as_written(f) and f.casefold() == text.casefold()) for f in forms
        ):
            wrong.append(f"{src}: {text!r} links to {entry.name} ({', '.join(forms)})")
    assert wrong == []


def test_zero_is_not_zero(site: BuiltSite, glossary: Glossary) -> None:
    (zero,) = [entry for entry in glossary.entries if entry.key == "zero"]
    texts = [(src, _text(link)) for src, link in _links(site) if str(link["href"]).endswith(f"#{zero.slug}")]
    assert ("models/training.md", "ZeRO") in texts
    assert [(src, text) for src, text in texts if text != "ZeRO"] == []


def test_no_link_sits_in_a_phrase_where_its_term_is_another_word(site: BuiltSite, glossary: Glossary) -> None:
    by_slug = {entry.slug: entry for entry in glossary.entries}
    declared = sum(len(e.unless) for e in glossary.entries)
    declared += sum(len(p) for on_page in glossary.unless_on_page.values() for p in on_page.values())
    assert declared >= 10, "docs/ declares the senses terms do not take"
    wrong = []
    for src, link in _links(site):
        entry = by_slug[str(link["href"]).split("#")[1]]
        phrases = entry.unless + glossary.unless_on_page.get(src, {}).get(entry.key, ())
        if not phrases or link.parent is None:
            continue
        marker = "\x00"
        link.insert_before(marker)
        link.insert_after(marker)
        context = " ".join(link.parent.get_text().split()).casefold()
        start, end = context.index(marker), context.rindex(marker) - 1
        context = context.replace(marker, "")
        for phrase in phrases:
            for match in re.finditer(re.escape(phrase.casefold()), context):
                if match.start() <= start and end <= match.end():
                    wrong.append(f'{src}: "{_text(link)}" links to {entry.name} inside "{phrase}"')
    assert wrong == []


def _see_also(site: BuiltSite) -> dict[str, list[str]]:
    article = site.html("glossary/").select_one("article.md-content__inner")
    assert article is not None
    see_also = {}
    for heading in article.select("h3[id]"):
        meta = heading.find_next_sibling("div", class_="glossary-meta")
        item = (
            next((li for li in meta.select("li") if li.get_text().startswith("See also")), None)
            if meta
            else None
        )
        see_also[str(heading["id"])] = [str(a["href"]).lstrip("#") for a in item.select("a")] if item else []
    assert len(see_also) >= 100
    return see_also


def test_see_also_lists_the_specific_relations(site: BuiltSite) -> None:
    see_also = _see_also(site)
    assert {"zero", "mixed-precision-training", "activation-checkpointing"} <= set(
        see_also["distributed-training"]
    )
    assert "accuracy" not in see_also["distributed-training"]
    for slug in ("data-versioning", "lasso", "blue-green-deployment", "summary-statistics"):
        assert "zero" not in see_also[slug], slug
    assert "pipeline" not in see_also["data-versioning"]


def test_common_terms_take_a_small_share_of_see_also(site: BuiltSite) -> None:
    slots = [slug for others in _see_also(site).values() for slug in others]
    share = sum(slug in GENERIC for slug in slots) / len(slots)
    assert share < GENERIC_SHARE_LIMIT, f"{share:.1%} of See also goes to {', '.join(GENERIC)}"
    report = (site.path / "glossary-report.txt").read_text(encoding="utf-8")
    reported = re.search(
        r"^see also: \d+ links in \d+ entries, ([\d.]+) % of them to the 5 terms", report, re.M
    )
    assert reported is not None, report
    assert float(reported[1]) < 100 * GENERIC_SHARE_LIMIT
