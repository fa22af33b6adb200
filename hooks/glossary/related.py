"""Related terms: what an entry's "See also" lists, the most specific relations first.

Two entries are related when the answers of one mention the other, or when they are defined in the
same section of a page. A mention says more the fewer entries make it: answer after answer mentions
pipelines and accuracy, so that "distributed training" mentions accuracy says little, while that it
mentions ZeRO says a lot. So a mention weighs the specificity of the term mentioned, as in IDF:
``log(N / entries mentioning it) / log(N)`` among N entries, 1 for a term only one entry mentions,
near 0 for one that every entry mentions. A term more than √N entries mention (specificity below ½)
is common: a passing mention of it relates nothing, unless it mentions the entry back or is defined
beside it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence, Set

SEE_ALSO_LIMIT = 8
# What a relation adds to the score of a related entry, a mention times the specificity of the term
# mentioned. A mention by the entry's own answers weighs double (it is what the entry leans on), a
# mention both ways adds a bonus, and so does a definition in the same section (the page's author put
# the two side by side) and, less, on the same page.
OWN_MENTION = 2.0
OTHER_MENTION = 1.0
MUTUAL = 0.5
SAME_SECTION = 1.0
SAME_PAGE = 0.25
# A term whose specificity is below this (more than √N entries mention it) is "common".
COMMON = 0.5


def specificity(mentions: Mapping[str, Set[str]]) -> dict[str, float]:
    """Per entry key, how specific a mention of it is (1 when at most one entry mentions it)."""
    count = len(mentions)
    mentioned_by = Counter(other for others in mentions.values() for other in others)
    if count < 2:
        return dict.fromkeys(mentions, 1.0)
    return {key: math.log(count / max(mentioned_by[key], 1)) / math.log(count) for key in mentions}


def related_scores(
    mentions: Mapping[str, Set[str]], sections: Mapping[str, Set[tuple[str, str]]]
) -> dict[str, defaultdict[str, float]]:
    """Per entry key, the score of every entry related to it.

    ``mentions`` gives, per entry key, the keys of the terms its answers mention (itself excluded);
    ``sections`` the (page, section) pairs where its questions stand.
    """
    weight = specificity(mentions)
    in_section = _defined_together(sections, lambda place: place)
    scores: dict[str, defaultdict[str, float]] = {key: defaultdict(float) for key in mentions}
    for key, others in mentions.items():
        for other in sorted(others & scores.keys() - {key}):
            mutual = key in mentions[other]
            if weight[other] >= COMMON or mutual or other in in_section.get(key, ()):
                scores[key][other] += OWN_MENTION * weight[other]
            scores[other][key] += OTHER_MENTION * weight[other]
            if mutual and key < other:  # once per pair
                scores[key][other] += MUTUAL
                scores[other][key] += MUTUAL
    for key, others in in_section.items():
        for other in others:
            scores[key][other] += SAME_SECTION
    # The same page only strengthens a relation found otherwise: a page holds too many terms to
    # relate them all.
    for key, others in _defined_together(sections, lambda place: place[0]).items():
        for other in others & scores[key].keys():
            scores[key][other] += SAME_PAGE
    return scores


def _defined_together(
    sections: Mapping[str, Set[tuple[str, str]]], place: Callable[[tuple[str, str]], object]
) -> dict[str, set[str]]:
    """Per entry key, the other entries defined in the same ``place`` of a (page, section) pair."""
    defined_in: dict[object, set[str]] = {}
    for key, where in sections.items():
        for spot in {place(section) for section in where}:
            defined_in.setdefault(spot, set()).add(key)
    together: dict[str, set[str]] = {}
    for keys in defined_in.values():
        for key in keys:
            together.setdefault(key, set()).update(keys - {key})
    return together


def related_terms(
    mentions: Mapping[str, Set[str]],
    sections: Mapping[str, Set[tuple[str, str]]],
    names: Mapping[str, str],
    limit: int = SEE_ALSO_LIMIT,
) -> dict[str, list[str]]:
    """Per entry key, the keys of up to ``limit`` related entries, most related first, ties by name."""
    related = {}
    for key, score in related_scores(mentions, sections).items():
        ranked = sorted(score, key=lambda other: (-score[other], names[other].casefold(), other))
        related[key] = ranked[:limit]
    return related


def most_mentioned(mentions: Mapping[str, Set[str]], top: int) -> list[tuple[str, int]]:
    """The ``top`` terms that the most entries mention, with how many, ties by key."""
    counts = Counter(other for others in mentions.values() for other in others)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


def share_of_slots(related: Mapping[str, Sequence[str]], targets: Set[str]) -> float:
    """The share (0 to 1) of all "See also" slots that go to ``targets``."""
    slots = [other for others in related.values() for other in others]
    return sum(other in targets for other in slots) / len(slots) if slots else 0.0
