"""The study files of the real site: one card per question of the sources, answers rendered, links
that resolve, an Anki deck with one note per card, a cheat sheet per stage, study pages not searched."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from htmlcheck import ids, resolve, source_questions

if TYPE_CHECKING:
    from sitebuild import BuiltSite

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _cards(site: BuiltSite) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site.path / "cards.json").read_text(encoding="utf-8"))
    return data


def test_every_question_of_the_sources_is_one_card_with_its_rendered_answer(site: BuiltSite) -> None:
    data = _cards(site)
    expected = {
        md.relative_to(DOCS).as_posix(): source_questions(md.read_text(encoding="utf-8"))
        for md in sorted(DOCS.rglob("*.md"))
    }
    by_stage: dict[str, list[str]] = {}
    for card in data["cards"]:
        by_stage.setdefault(card["stage"], []).append(card["question"])
        assert card["id"] == f"{card['stage']}#{card['url'].split('#', 1)[1]}"
        assert card["answer_html"].startswith("<")
        assert "<!--" not in card["answer_html"]
        assert card["answer_text"]
    assert by_stage == {stage: titles for stage, titles in expected.items() if titles}
    assert len({card["id"] for card in data["cards"]}) == len(data["cards"])
    assert [stage["path"] for stage in data["stages"]] == list(by_stage)


def test_card_links_resolve_from_the_site_root(site: BuiltSite) -> None:
    cache: dict[Path, set[str]] = {}
    root_page = site.path / "index.html"  # card URLs are relative to the root, like index.html's
    broken = []
    for card in _cards(site)["cards"]:
        target = resolve(site.path, root_page, card["url"])
        assert target is not None
        file, fragment = target
        if not file.exists() or fragment not in ids(file, cache):
            broken.append(card["url"])
    assert broken == []


def test_the_anki_deck_has_one_note_per_card(site: BuiltSite) -> None:
    text = (site.path / "mlops-study-guide-anki.txt").read_text(encoding="utf-8")
    header = [line for line in text.split("\n") if line.startswith("#")]
    assert header[:2] == ["#separator:tab", "#html:true"]
    assert "#tags column:3" in header
    rows = list(csv.reader(io.StringIO(text.split("\n", len(header))[len(header)]), delimiter="\t"))
    # The guid column holds the oldest id a card had, so a reworded question updates its old note.
    cards = _cards(site)["cards"]
    assert [row[3] for row in rows] == [card.get("guid") or card["id"] for card in cards]


def test_cheat_sheet_has_a_section_per_stage_and_is_left_out_of_search(site: BuiltSite) -> None:
    sheet = site.html("cheatsheet/")
    stages = _cards(site)["stages"]
    assert [h.get_text().removesuffix("¶").strip() for h in sheet.select("h2.cheatsheet-stage")] == [
        stage["title"] for stage in stages
    ]
    locations = {doc["location"].split("#")[0] for doc in site.search_index()["docs"]}
    assert "cheatsheet/" not in locations
    assert "flashcards/" in locations


def test_every_stage_page_links_its_flashcards_and_cheat_sheet(site: BuiltSite) -> None:
    for stage in _cards(site)["stages"]:
        links = site.html(stage["url"]).select(".study-links a[href]")
        hrefs = [str(a["href"]) for a in links]
        assert any("flashcards/" in href for href in hrefs), stage["url"]
        assert any("cheatsheet/#sheet-" in href for href in hrefs), stage["url"]
