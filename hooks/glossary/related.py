"""Related terms: what an entry's "See also" lists, the most specific relations first.

Two entries are related when the answers of one mention the other, or when they are defined in the
same section of a page. A mention says more the fewer entries make it: every answer about metrics
mentions precision, so that "distributed training" mentions accuracy says little, while that it
mentions ZeRO says a lot. So a mention weighs the specificity of the term mentioned, as in IDF:
``log(N / entries mentioning it) / log(N)`` among N entries, 1 for a term only one entry mentions,
near 0 for one that every entry mentions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence, Set

SEE_ALSO_LIMIT = 8
# What a relation adds to the score of a related entry. A mention by the entry's own answers weighs
# double (it is what the entry leans on), a mention both ways adds a bonus, and so does a definition in
# the same section: the page's author put the two side by side.
OWN_MENTION = 2.0
OTHER_MENTION = 1.0
MUTUAL = 0.5
SAME_SECTION = 1.0


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
    scores: dict[str, defaultdict[str, float]] = {key: defaultdict(float) for key in mentions}
    for key, others in mentions.items():
        for other in others:
            if other == key or other not in scores:
                continue
            scores[key][other] += OWN_MENTION * weight[other]
            scores[other][key] += OTHER_MENTION * weight[other]
            if key in mentions.get(other, ()) and key < other:  # once per pair
                scores[key][other] += MUTUAL
                scores[other][key] += MUTUAL
    defined_in: dict[tuple[str, str], list[str]] = {}
    for key in mentions:
        for section in sorted(sections.get(key, ())):
            defined_in.setdefault(section, []).append(key)
    for keys in defined_in.values():
        for key in keys:
            for other in keys:
                if other != key:
                    scores[key][other] += SAME_SECTION
    return scores


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
