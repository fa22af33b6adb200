"""The mock interview's checklists: what a strong answer to a question covers, for self-scoring.

The authoring format has no checklist of its own, so each is drawn from the model answer as the stage
page rendered it: the bold lead-ins of its list items and paragraphs ("**Hypothesis:** ..."), else
its list items, else its sentences; each point cut to its first sentence and to ``POINT_LIMIT``
characters, at most ``POINTS`` of them, in the answer's order.
"""

from __future__ import annotations

import html
import re

POINTS = 6
POINT_LIMIT = 110
_TAG = re.compile(r"<[^>]+>")
_CODE_BLOCK = re.compile(r"<pre\b.*?</pre>|<table\b.*?</table>", re.S | re.I)
_LEAD_IN = re.compile(
    r"<(?:li|p)\b[^>]*>\s*<strong>(?P<lead>.*?)</strong>(?P<rest>.*?)</(?:li|p)>", re.S | re.I
)
_ITEM = re.compile(r"<li\b[^>]*>(?P<item>.*?)(?=<li\b|</[uo]l>)", re.S | re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])")


def checklist(answer_html: str) -> list[str]:
    """The points a strong answer covers, from the answer's own structure (see the module's text)."""
    body = _CODE_BLOCK.sub(" ", answer_html)
    leads = [_lead_in(m["lead"], m["rest"]) for m in _LEAD_IN.finditer(body)]
    if len(leads) >= 2:
        return _points(leads)
    items = [_text(m["item"]) for m in _ITEM.finditer(body)]
    if len(items) >= 2:
        return _points(items)
    return _points(_SENTENCE.split(_text(body)))


# Helpers -----------------------------------------------------------------------------------------


def _text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split()).replace(" ,", ",").replace(" .", ".")


def _lead_in(lead: str, rest: str) -> str:
    """ "Hypothesis: the label arrives late" from ``<strong>Hypothesis:</strong> the label ...``."""
    lead, rest = _text(lead).rstrip(":.").strip(), _first_sentence(_text(rest)).lstrip(":.-– ").strip()
    return f"{lead}: {rest}" if rest else lead


def _first_sentence(text: str) -> str:
    return _SENTENCE.split(text, maxsplit=1)[0]


def _points(candidates: list[str]) -> list[str]:
    points = []
    for candidate in candidates:
        point = _first_sentence(candidate).strip()
        if len(point) > POINT_LIMIT:
            point = point[: POINT_LIMIT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        if point and point not in points:
            points.append(point)
    return points[:POINTS]
