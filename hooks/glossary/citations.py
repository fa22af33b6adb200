"""Sources under an answer, and the check that an answer naming something that goes stale has them.

An author ends an answer that states a tool's status, licence, default or version, a date, a
regulation or a published figure with a line of its own::

    Sources (checked 2026-12): [scikit-learn: RFECV](https://scikit-learn.org/...); [Elkan 2001](https://...)

An answer may have several such lines (sources checked in different months). The line is ordinary
Markdown, so the links show under the answer on its page, in its glossary entry, on its flashcard and
in the Anki deck; the build reads it to list sources by the month they were checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .errors import GlossaryError

if TYPE_CHECKING:
    from collections.abc import Iterable

SOURCES_HINT = (
    "write it as a line of its own: Sources (checked YYYY-MM): [what it is](https://primary.source/page); "
    "[another](https://...) (CONTRIBUTING.md, Sources)"
)
_SOURCES = re.compile(r"^\s*Sources \(checked (?P<year>\d{4})-(?P<month>\d{2})\):\s*(?P<links>.*?)\s*$")
_SOURCES_LIKE = re.compile(r"^\s*Sources?\s*(?:\(|:)", re.I)
_LINK = re.compile(r"\[(?P<label>[^\]]+)\]\((?P<url>https?://[^\s)]+)\)")
_SEPARATOR = re.compile(r"\s*;\s*")

# What goes stale, in an answer's prose (code and link targets left out first).
_YEAR = re.compile(r"(?<![\w.,/$#-])(?:19[89]\d|20[0-3]\d)(?![\w,%]|\.\d)")
_VERSION = re.compile(
    r"\b\d+\.\d+\.\d+\b"
    r"|\bv\d+(?:\.\d+)+\b"
    r"|\b(?:version|release)\s+\d+\.\d+(?:\.\d+)*\b"
    r"|\b(?:Python|pandas|NumPy|SciPy|scikit-learn|sklearn|Optuna|Hyperopt|PyTorch|TensorFlow|Keras|JAX"
    r"|MLflow|Spark|Kubernetes|Airflow|Kubeflow|Feast|Evidently|MkDocs|Material|Ray|XGBoost|LightGBM"
    r"|CatBoost|SHAP|shap|vLLM|SGLang|CUDA|ONNX|Triton|KServe|BentoML|Seldon Core|Polars|Dask|DVC"
    r"|Great Expectations|Transformers|Docker|Java|Node\.js)\s+v?\d+(?:\.\d+)*\b",
    re.I,
)
_LICENCE = re.compile(
    r"\blicen[cs](?:e|es|ed|ing)\b|\bApache[- ]2\.0\b|\bMIT licen"
    r"|\b(?:BSD|A?GPL(?:v\d)?|LGPL|BUSL|BSL|SSPL)\b",
    re.I,
)
# What, its pattern, and whether it holds a digit (a line without one skips the costly patterns).
_STALE_KINDS = (("a year", _YEAR, True), ("a version", _VERSION, True), ("a licence", _LICENCE, False))
_DIGIT = re.compile(r"\d")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"`+[^`]*`+")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_COMMENT = re.compile(r"<!--.*?-->")
_RENDERED_SOURCES = re.compile(r"<p>(Sources \(checked \d{4}-\d{2}\):)")


@dataclass(frozen=True)
class Citation:
    """One source link under an answer, with the month it was checked (``2026-12``)."""

    label: str
    url: str
    checked: str
    line: int


def read_citations(body: list[str], path: str, first: int, today: date | None = None) -> tuple[Citation, ...]:
    """The sources lines of an answer's ``body`` (``first`` is the line number of ``body[0]``).

    Raises GlossaryError at the line of a sources line it cannot read, so none is dropped.
    """
    today = today or date.today()
    found: list[Citation] = []
    for offset, line in _prose_lines(body):
        if not _SOURCES_LIKE.match(line):
            continue
        number = first + offset
        match = _SOURCES.match(line)
        if not match:
            raise GlossaryError(path, number, f"cannot read this sources line; {SOURCES_HINT}")
        year, month = int(match["year"]), int(match["month"])
        if not 1 <= month <= 12 or (year, month) > (today.year, today.month):
            raise GlossaryError(
                path,
                number,
                f"checked {match['year']}-{match['month']} is not a past or current month (YYYY-MM)",
            )
        links = _split_links(match["links"], path, number)
        checked = f"{year:04d}-{month:02d}"
        found += [Citation(label, url, checked, number) for label, url in links]
    return tuple(found)


def check_stale_facts(
    body: list[str], path: str, first: int, question: str, citations: tuple[Citation, ...]
) -> None:
    """Raise at the first line that names a year, a version or a licence when the answer has no sources."""
    if citations:
        return
    for offset, line in _prose_lines(body):
        prose = _LINK_TARGET.sub("]", _INLINE_CODE.sub("", _COMMENT.sub("", line)))
        has_digit = _DIGIT.search(prose) is not None
        for what, pattern, needs_digit in _STALE_KINDS:
            hit = pattern.search(prose) if has_digit or not needs_digit else None
            if hit:
                raise GlossaryError(
                    path,
                    first + offset,
                    f'the answer to "{question}" names {what} ("{hit.group()}") but cites no source; '
                    f"check it against a primary source and end the answer with its sources; {SOURCES_HINT}",
                )


STALE_AFTER_MONTHS = 12


def sources_report(cited: Iterable[tuple[str, Citation]], today: date) -> list[str]:
    """The build report's sources part: by month checked, newest first, each source with the
    ``path:line`` citing it (``cited``); a month 12 or more months old is flagged to verify again."""
    by_month: dict[str, list[tuple[str, Citation]]] = {}
    for path, citation in cited:
        by_month.setdefault(citation.checked, []).append((path, citation))
    if not by_month:
        return []
    lines = [f"sources: {sum(len(v) for v in by_month.values())} links under answers, by month checked"]
    for month in sorted(by_month, reverse=True):
        age = months_ago(month, today)
        flag = f" VERIFY AGAIN: checked {age} months ago" if age >= STALE_AFTER_MONTHS else ""
        lines.append(f"checked {month}: {len(by_month[month])}{flag}")
        lines += [f"  {path}:{c.line} {c.label} <{c.url}>" for path, c in by_month[month]]
    return lines


def mark_sources(html: str) -> str:
    """Rendered sources lines get a class, so the sources read as a footnote to the answer."""
    return _RENDERED_SOURCES.sub(r'<p class="answer-sources">\1', html)


def months_ago(checked: str, today: date) -> int:
    """Whole months between a ``YYYY-MM`` month and ``today``'s month."""
    year, month = (int(part) for part in checked.split("-"))
    return (today.year - year) * 12 + today.month - month


def _split_links(text: str, path: str, number: int) -> list[tuple[str, str]]:
    links, position = [], 0
    while position < len(text):
        link = _LINK.match(text, position)
        if not link:
            raise GlossaryError(
                path,
                number,
                f'cannot read "{text[position:][:60]}" as a source; each source is a link to an http(s) '
                f"page, sources separated by ; ({SOURCES_HINT})",
            )
        links.append((link["label"].strip(), link["url"]))
        position = link.end()
        separator = _SEPARATOR.match(text, position)
        if position < len(text) and not (separator and separator.end() > position):
            raise GlossaryError(path, number, f"separate sources with ; ({SOURCES_HINT})")
        position = separator.end() if separator else position
    if not links:
        raise GlossaryError(path, number, f"the sources line lists no source; {SOURCES_HINT}")
    return links


def _prose_lines(body: list[str]) -> list[tuple[int, str]]:
    """``(offset, line)`` of the lines of ``body`` outside fenced code."""
    lines, fence = [], None
    for offset, line in enumerate(body):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening[1].startswith(fence):
                fence = None
            continue
        if opening:
            fence = opening[1]
            continue
        lines.append((offset, line))
    return lines
