"""The plain functions of hooks/prune_hook.py, on small files written into tmp_path."""

from __future__ import annotations

import json
import struct
import zlib
from typing import TYPE_CHECKING

import pytest
from prune_hook import (
    drop_switching_rule,
    image_size,
    lunr_files,
    move_lightbox_to_body_end,
    prune_site,
    size_images,
)

if TYPE_CHECKING:
    from pathlib import Path

SWITCHING = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}"
)
SLATE = "[data-md-color-scheme=slate]{--md-hue:232}"
PALETTE = "assets/stylesheets/palette.abc123.min.css"


def _png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header + struct.pack(">I", zlib.crc32(b"IHDR" + header))
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# The palette's switching rule ---------------------------------------------------------------------


def test_the_switching_rule_goes_and_every_other_palette_rule_stays(tmp_path: Path) -> None:
    css = _write(tmp_path / PALETTE, f"{SLATE}{SWITCHING}@media print{{x{{y:z}}}}")
    assert drop_switching_rule(tmp_path) == []
    assert css.read_text(encoding="utf-8") == f"{SLATE}@media print{{x{{y:z}}}}"


def test_a_palette_without_the_rule_is_reported_and_left_alone(tmp_path: Path) -> None:
    css = _write(tmp_path / PALETTE, SLATE)
    assert drop_switching_rule(tmp_path) == [css]
    assert css.read_text(encoding="utf-8") == SLATE


def test_a_site_without_a_palette_has_nothing_to_report(tmp_path: Path) -> None:
    _write(tmp_path / "assets/stylesheets/main.abc123.min.css", SWITCHING)
    assert drop_switching_rule(tmp_path) == []
    assert (tmp_path / "assets/stylesheets/main.abc123.min.css").read_text(encoding="utf-8") == SWITCHING


# Image sizes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "size"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80px"></svg>', (120, 80)),
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640.4 360"></svg>', (640, 360)),
        ('<svg xmlns="http://www.w3.org/2000/svg" width="50%"></svg>', None),
        ("not an svg", None),
    ],
)
def test_svg_size_comes_from_width_and_height_else_the_view_box(
    tmp_path: Path, content: str, size: tuple[int, int] | None
) -> None:
    assert image_size(_write(tmp_path / "a.svg", content)) == size


def test_png_size_comes_from_its_header_and_other_files_have_none(tmp_path: Path) -> None:
    assert image_size(_write(tmp_path / "a.png", _png(300, 200))) == (300, 200)
    assert image_size(_write(tmp_path / "b.png", b"not a png at all, but long enough")) is None
    assert image_size(_write(tmp_path / "c.jpg", b"\xff\xd8")) is None


def test_images_get_the_size_of_their_file_relative_to_the_page(tmp_path: Path) -> None:
    sources = {
        "assets/d.svg": _write(tmp_path / "d.svg", '<svg width="10" height="20"></svg>'),
        "assets/p.png": _write(tmp_path / "p.png", _png(3, 4)),
    }
    html = (
        '<img src="../../assets/d.svg" alt="d">'
        '<img src="../../assets/p.png" alt="p"/>'
        '<img src="../../assets/d.svg" width="5" alt="sized by the author">'
        '<img src="https://example.org/x.png" alt="elsewhere">'
    )
    assert size_images(html, "data/understanding/", sources) == (
        '<img src="../../assets/d.svg" alt="d" width="10" height="20">'
        '<img src="../../assets/p.png" alt="p" width="3" height="4"/>'
        '<img src="../../assets/d.svg" width="5" alt="sized by the author">'
        '<img src="https://example.org/x.png" alt="elsewhere">'
    )


# The lightbox's tags -------------------------------------------------------------------------------


LIGHTBOX_HEAD = (
    '<link href="../assets/stylesheets/glightbox.min.css" rel="stylesheet">'
    '<script src="../assets/javascripts/glightbox.min.js"></script>'
)


def test_the_lightbox_tags_move_from_head_to_just_before_its_init_script() -> None:
    init = "<script id=init-glightbox>go()</script>"
    html = f"<head><title>t</title>{LIGHTBOX_HEAD}</head><body><p>x</p>{init}</body>"
    moved = f"<head><title>t</title></head><body><p>x</p>{LIGHTBOX_HEAD}{init}</body>"
    assert move_lightbox_to_body_end(html) == moved


@pytest.mark.parametrize(
    "html",
    [
        f"<head>{LIGHTBOX_HEAD}</head><body><p>no init script: the lightbox is off here</p></body>",
        "<head></head><body><script id=init-glightbox>go()</script></body>",
    ],
)
def test_pages_without_the_init_script_or_the_tags_stay_as_they_are(html: str) -> None:
    assert move_lightbox_to_body_end(html) == html


# Pruning -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("langs", "files"),
    [
        (["en"], set()),
        (["de"], {"min/lunr.de.min.js", "min/lunr.stemmer.support.min.js"}),
        (
            ["en", "ja"],
            {"min/lunr.ja.min.js", "tinyseg.js", "min/lunr.multi.min.js", "min/lunr.stemmer.support.min.js"},
        ),
        (["th"], {"min/lunr.th.min.js", "wordcut.js", "min/lunr.stemmer.support.min.js"}),
    ],
)
def test_search_needs_the_lunr_files_of_its_languages_only(langs: list[str], files: set[str]) -> None:
    assert lunr_files(langs) == files


def test_pruning_drops_source_maps_and_unused_search_languages(tmp_path: Path) -> None:
    _write(tmp_path / "search/search_index.json", json.dumps({"config": {"lang": ["en"]}, "docs": []}))
    assets = tmp_path / "assets"
    bundle = _write(assets / "javascripts/bundle.min.js", "go()\n//# sourceMappingURL=bundle.min.js.map\n")
    css = _write(assets / "stylesheets/main.min.css", "a{b:c}/*# sourceMappingURL=main.min.css.map */")
    maps = [_write(assets / "javascripts/bundle.min.js.map", "{}")]
    lunr = [_write(assets / "javascripts/lunr" / name, "x") for name in ("min/lunr.de.min.js", "tinyseg.js")]

    removed = prune_site(tmp_path)

    assert sorted(removed) == sorted([*maps, *lunr])
    assert not (assets / "javascripts/lunr").exists()
    assert bundle.read_text(encoding="utf-8") == "go()"
    assert css.read_text(encoding="utf-8") == "a{b:c}"
