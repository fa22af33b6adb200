"""The real site's search index: every question a result of its own, sections that do not repeat
them, no key-terms lists, and pages that carry nothing of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary.search_index import STOP_WORDS
from sitebuild import ROOT

if TYPE_CHECKING:
    from typing import Any

    from bs4 import Tag
    from sitebuild import BuiltSite

DOCS = ROOT / "docs"
LEVEL_KIND = re.compile(r"^(Fundamental|Intermediate|Advanced) · (concept|scenario|calculation|design) — \S")


def _docs(site: BuiltSite) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = site.search_index()["docs"]
    return docs


def _questions(site: BuiltSite) -> dict[str, Tag]:
    """Every question block of the site, by its location as the index names it (``page/#q-...``)."""
    found = {}
    for page in site.pages():
        url = page.relative_to(site.path).parent.as_posix() + "/"
        for block in site.html(url if url != "./" else "").select("article details.question[id]"):
            found[f"{url if url != './' else ''}#{block['id']}"] = block
    return found


def _summary(block: Tag) -> str:
    summary = block.select_one("summary")
    assert summary is not None
    for meta in summary.select(".question-meta"):
        meta.decompose()
    return " ".join(summary.get_text().split())


def test_search_has_a_result_per_question_titled_by_it_with_level_kind_and_lead(site: BuiltSite) -> None:
    questions = _questions(site)
    assert len(questions) >= 400
    docs = {doc["location"]: doc for doc in _docs(site) if "#q-" in doc["location"]}
    assert set(docs) == set(questions)
    for location, block in questions.items():
        doc = docs[location]
        assert doc["title"] == _summary(block).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        level, kind = str(block["data-level"]).capitalize(), str(block["data-kind"])
        assert LEVEL_KIND.match(doc["text"]), doc["text"]
        assert doc["text"].startswith(f"{level} · {kind} — "), location
        assert len(doc["text"]) < 220, "the result shows the start of the answer, not all of it"


def test_search_finds_a_question_by_any_word_of_its_answer(site: BuiltSite) -> None:
    config = site.search_index()["config"]
    separator = re.compile(config["separator"])
    assert config["fields"]["answer"] == {"boost": 1}
    docs = {doc["location"]: doc for doc in _docs(site)}
    for location, block in _questions(site).items():
        for extra in block.select(".question-meta, .study-rate, script"):
            extra.decompose()
        doc = docs[location]
        indexed = set(separator.split(" ".join([doc["title"], doc["text"], doc["answer"]]).lower()))
        # Material's parser escapes &, < and > in what it indexes; so is the index here.
        words = block.get_text(" ").lower().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        # The words a reader types; a code token may be cut apart where the page's markup splits it.
        words_typed = {w for w in separator.split(words) if re.fullmatch(r"[a-z][a-z0-9_']*", w)}
        missing = words_typed - indexed - STOP_WORDS
        assert not missing, f"{location}: {sorted(missing)[:10]}"
        assert len(doc["answer"].split()) == len(set(doc["answer"].split())), "each word once"


def test_search_sections_do_not_repeat_questions_key_terms_or_study_controls(site: BuiltSite) -> None:
    sections = [doc for doc in _docs(site) if "#q-" not in doc["location"]]
    titles = {doc["title"] for doc in _docs(site) if "#q-" in doc["location"]}
    # The stage pages, and the flashcards page, whose app shows a card (hidden from search whole).
    pages = {doc["location"].split("#")[0] for doc in _docs(site) if "#q-" in doc["location"]}
    stage_sections = [doc for doc in sections if doc["location"].split("#")[0] in {*pages, "flashcards/"}]
    assert len({doc["location"].split("#")[0] for doc in stage_sections}) >= 15
    text = "\n".join(doc["text"] for doc in stage_sections)
    repeated = [title for title in titles if title in text]
    assert repeated == []
    assert not [doc["location"] for doc in sections if doc["title"] == "Key terms"]
    # The app's controls ("Export progress" is not among them: the page's prose names that button).
    for control in ("Study this stage", "Show answer", "Card 1 of", "I knew it"):
        assert control not in text
    for doc in stage_sections:  # the level and kind of a question (Material dropped its exclusion early)
        assert not re.search(r"\? (concept|scenario|calculation|design)\b", doc["text"]), doc["location"]


def test_search_markers_do_not_reach_the_pages(site: BuiltSite) -> None:
    for page in site.pages():
        html = page.read_text(encoding="utf-8")
        assert "own-result" not in html, page
        assert 'data-search-exclude="repeats"' not in html, page


def test_search_index_is_smaller_per_question_than_the_answers_it_finds(site: BuiltSite) -> None:
    """The index carries each question's words once, not its answers as written (tables, code, repeats)."""
    index = (site.path / "search" / "search_index.json").stat().st_size
    answers = sum(len(str(block)) for block in _questions(site).values())
    assert index < answers
