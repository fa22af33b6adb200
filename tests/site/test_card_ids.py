"""The real site's card ids are all in published-cards.txt, so the next rewording is caught."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sitebuild import ROOT
from study.identity import PUBLISHED_PATH, read_published

if TYPE_CHECKING:
    from sitebuild import BuiltSite


def test_every_card_of_the_site_is_published(site: BuiltSite) -> None:
    cards = json.loads((site.path / "cards.json").read_text(encoding="utf-8"))["cards"]
    listed = {p.id for p in read_published((ROOT / PUBLISHED_PATH).read_text(encoding="utf-8"))}
    missing = [card["id"] for card in cards if card["id"] not in listed]
    assert not missing, f"run make cards: {PUBLISHED_PATH} does not list {missing[:5]}"
