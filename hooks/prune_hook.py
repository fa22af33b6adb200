"""MkDocs events that trim the published site to what a reader's browser needs, found by ``make audit``.

Listed under ``hooks:`` in mkdocs.yml, after the glossary hook. Each event is glue around a plain
function below that imports nothing from MkDocs:

- ``on_page_content``: every local image gets the ``width`` and ``height`` of its file, so the
  browser reserves its box before it loads (no layout shift; Lighthouse "unsized-images").
- ``on_post_page``: the lightbox plugin puts its script and stylesheet in ``<head>``, where they
  block the first paint of every page; they move to the end of ``<body>``, before the script that
  starts the lightbox.
- ``on_post_build``: source maps (a megabyte nobody reading the guide downloads) and the search
  languages that the search index does not use are deleted from the site, and the palette
  stylesheet loses the one rule that made every page load restyle the whole page twice.
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.prune")

# Events ------------------------------------------------------------------------------------------


# After the glossary hook and the lightbox plugin (priority 0) have put every <img> in the page.
@event_priority(-50)
def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    sources = {file.url: Path(file.abs_src_path) for file in files.media_files() if file.abs_src_path}
    return size_images(html, page.url, sources)


# After the lightbox plugin has injected its tags and after the minifier: the HTML is final here.
@event_priority(-100)
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return move_lightbox_to_body_end(output)


def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    prune_site(site)
    for path in drop_switching_rule(site):
        log.warning(
            "%s has no [data-md-color-switching] * rule to drop: Material changed it; "
            "see drop_switching_rule in hooks/prune_hook.py and check make audit",
            path.relative_to(site).as_posix(),
        )


# Image sizes -------------------------------------------------------------------------------------


IMG_TAG = re.compile(r"<img\b[^>]*>")
SRC_ATTR = re.compile(r"""\ssrc=(["'])(?P<src>[^"']+)\1""")
SIZE_ATTR = re.compile(r"""\s(?:width|height)=""")
SVG_ROOT = re.compile(r"<svg\b[^>]*>", re.DOTALL)
SVG_LENGTH = r"""\s{name}=["']\s*([0-9.]+)\s*(?:px)?\s*["']"""
SVG_VIEWBOX = re.compile(r"""\sviewBox=["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']""")


def size_images(html: str, page_url: str, sources: dict[str, Path]) -> str:
    """Add ``width`` and ``height`` to each ``<img>`` that has neither and whose file is in ``sources``.

    ``sources`` maps a site URL (``assets/diagrams/x.svg``) to the file it is built from; an image
    elsewhere, or one whose size cannot be read, is left as it is.
    """

    def sized(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = SRC_ATTR.search(tag)
        if src is None or SIZE_ATTR.search(tag):
            return tag
        url = posixpath.normpath(posixpath.join(posixpath.dirname("/" + page_url), src.group("src")))
        path = sources.get(url.lstrip("/"))
        size = image_size(path) if path else None
        if size is None:
            return tag
        end = -2 if tag.endswith("/>") else -1
        return f'{tag[:end].rstrip()} width="{size[0]}" height="{size[1]}"{tag[end:]}'

    return IMG_TAG.sub(sized, html)


def image_size(path: Path) -> tuple[int, int] | None:
    """The intrinsic size of an SVG (its width and height, else its viewBox) or a PNG, if readable."""
    if path.suffix.lower() == ".svg":
        root = SVG_ROOT.search(path.read_text(encoding="utf-8", errors="replace"))
        if root is None:
            return None
        tag = root.group(0)
        width = re.search(SVG_LENGTH.format(name="width"), tag)
        height = re.search(SVG_LENGTH.format(name="height"), tag)
        if width and height:
            return round(float(width.group(1))), round(float(height.group(1)))
        box = SVG_VIEWBOX.search(tag)
        return (round(float(box.group(1))), round(float(box.group(2)))) if box else None
    if path.suffix.lower() == ".png":
        header = path.read_bytes()[:24]
        if header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR":
            width, height = struct.unpack(">II", header[16:24])
            return width, height
    return None


# The lightbox's tags -----------------------------------------------------------------------------


LIGHTBOX_TAGS = re.compile(
    r"""<link\b[^>]*\bhref=["']?[^"'\s>]*assets/stylesheets/glightbox\.min\.css["']?[^>]*>"""
    r"""|<script\b[^>]*\bsrc=["']?[^"'\s>]*assets/javascripts/glightbox\.min\.js["']?[^>]*>\s*</script>"""
)
LIGHTBOX_INIT = re.compile(r"""<script\b[^>]*\bid=["']?init-glightbox\b""")


def move_lightbox_to_body_end(html: str) -> str:
    """Move the lightbox's ``<link>`` and ``<script>`` from ``<head>`` to just before its init script.

    A stylesheet or script in ``<head>`` holds up the first paint; at the end of ``<body>`` they load
    once the page is drawn, and the lightbox is only needed when a reader clicks a diagram. A page
    without the init script (the lightbox is off there) is returned as it is.
    """
    init = LIGHTBOX_INIT.search(html)
    head_end = html.find("</head>")
    if init is None or head_end < 0:
        return html
    tags = list(LIGHTBOX_TAGS.finditer(html, 0, head_end))
    if not tags:
        return html
    moved = "".join(m.group(0) for m in tags)
    start = init.start()
    pieces, last = [], 0
    for m in tags:
        pieces.append(html[last : m.start()])
        last = m.end()
    pieces.append(html[last:start])
    return "".join(pieces) + moved + html[start:]


# Pruning -----------------------------------------------------------------------------------------


LUNR_DIR = Path("assets/javascripts/lunr")
SOURCE_MAP_COMMENT = re.compile(rb"\n?(?://# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^*]*\*/)\s*$")


def prune_site(site: Path) -> list[Path]:
    """Delete source maps and unused search-language files from the built ``site``; return what went."""
    removed = remove_source_maps(site)
    langs = search_languages(site / "search" / "search_index.json")
    lunr = site / LUNR_DIR
    if langs is not None and lunr.is_dir():
        keep = {lunr / name for name in lunr_files(langs)}
        for path in sorted(lunr.rglob("*.js")):
            if path not in keep:
                path.unlink()
                removed.append(path)
        for folder in sorted((p for p in lunr.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
        if not any(lunr.iterdir()):
            lunr.rmdir()
    return removed


def remove_source_maps(site: Path) -> list[Path]:
    """Delete every ``*.map`` file, and the ``sourceMappingURL`` comments that point at them."""
    maps = sorted(site.rglob("*.map"))
    for path in maps:
        path.unlink()
    for path in [*site.rglob("*.js"), *site.rglob("*.css")]:
        data = path.read_bytes()
        stripped = SOURCE_MAP_COMMENT.sub(b"", data)
        if stripped != data:
            path.write_bytes(stripped)
    return maps


def search_languages(index: Path) -> list[str] | None:
    """The languages the search index was built for, or None when there is no index to read."""
    if not index.is_file():
        return None
    langs = json.loads(index.read_text(encoding="utf-8")).get("config", {}).get("lang")
    return [str(lang) for lang in langs] if isinstance(langs, list) else None


def lunr_files(langs: list[str]) -> set[str]:
    """The files under ``lunr/`` that Material's search worker imports for ``langs``.

    Mirrors the worker: English needs none; any other language needs its stemmer and the shared
    stemmer support; more than one needs ``lunr.multi``; Japanese its segmenter, Hindi and Thai theirs.
    """
    needed = {f"min/lunr.{lang}.min.js" for lang in langs if lang != "en"}
    if "ja" in langs:
        needed.add("tinyseg.js")
    if "hi" in langs or "th" in langs:
        needed.add("wordcut.js")
    if len(langs) > 1:
        needed.add("min/lunr.multi.min.js")
    if needed:
        needed.add("min/lunr.stemmer.support.min.js")
    return needed


# The palette's whole-page restyle ----------------------------------------------------------------


PALETTE_CSS = "assets/stylesheets/palette.*.min.css"
SWITCHING_RULE = re.compile(r"\[data-md-color-switching\] \*[^{}]*\{[^{}]*\}")


def drop_switching_rule(site: Path) -> list[Path]:
    """Drop the ``[data-md-color-switching] *`` rule from Material's palette stylesheet.

    Material sets that attribute on ``<body>`` and removes it again on every page load (and on each
    change of colour scheme), so that no transition runs during the switch. Because the rule matches
    every element, each of the two changes restyles the whole page: on the glossary, about 300 ms of
    a phone's main thread (make audit). Without the rule, a change of scheme fades colours in a
    fraction of a second instead of snapping. Returns the palette stylesheets that had no such
    rule, for the caller to report: Material has changed, and this needs a look.
    """
    missing = []
    for path in sorted(site.glob(PALETTE_CSS)):
        css = path.read_text(encoding="utf-8")
        trimmed = SWITCHING_RULE.sub("", css)
        if trimmed == css:
            missing.append(path)
        else:
            path.write_text(trimmed, encoding="utf-8")
    return missing
