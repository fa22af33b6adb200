from __future__ import annotations

import math

import pytest
from glossary.related import most_mentioned, related_scores, related_terms, share_of_slots, specificity

# Nine entries: "pipeline" is mentioned by five of them (a common term), "zero" by one.
MENTIONS: dict[str, set[str]] = {
    "distributed training": {"pipeline", "accuracy", "zero"},
    "zero": {"distributed training"},
    "mixed precision": set(),
    "data versioning": {"pipeline", "data lake"},
    "data lake": {"pipeline"},
    "feature store": {"pipeline"},
    "pipeline": set(),
    "accuracy": set(),
    "rollback": {"pipeline", "accuracy"},
}
SECTIONS: dict[str, set[tuple[str, str]]] = {
    "distributed training": {("training.md", "Scale")},
    "zero": {("training.md", "Scale")},
    "mixed precision": {("training.md", "Scale")},
    "data versioning": {("data.md", "Storage")},
    "data lake": {("data.md", "Lakes")},
    "feature store": {("features.md", "Stores")},
    "pipeline": {("foundations.md", "Pipelines")},
    "accuracy": {("validation.md", "Metrics")},
    "rollback": {("deployment.md", "Rollout")},
}
NAMES = {key: key for key in MENTIONS}


def test_specificity_is_an_idf_between_0_and_1() -> None:
    weight = specificity(MENTIONS)
    assert weight["mixed precision"] == 1.0  # nobody mentions it
    assert weight["zero"] == 1.0  # one entry does
    assert weight["pipeline"] == pytest.approx(math.log(9 / 5) / math.log(9))
    assert weight["pipeline"] < weight["accuracy"] < weight["data lake"]
    assert specificity({"only": set()}) == {"only": 1.0}


def test_the_specific_and_the_defined_together_come_before_the_common() -> None:
    related = related_terms(MENTIONS, SECTIONS, NAMES)
    # ZeRO: mentioned both ways and in the same section. Accuracy, mentioned by two of nine, is specific
    # enough to weigh more than a neighbour in the section (mixed precision). A passing mention of the
    # common pipeline relates nothing.
    assert related["distributed training"] == ["zero", "accuracy", "mixed precision"]
    assert related["data versioning"] == ["data lake"]


def test_a_common_term_lists_the_entries_that_mention_it() -> None:
    # What mentions pipeline is related to pipeline, weakly and all alike: ties go by name.
    assert related_terms(MENTIONS, SECTIONS, NAMES)["pipeline"] == [
        "data lake",
        "data versioning",
        "distributed training",
        "feature store",
        "rollback",
    ]


def test_a_passing_mention_of_a_common_term_counts_when_mutual_or_side_by_side() -> None:
    mentions = {**MENTIONS, "pipeline": {"feature store"}}
    sections = {**SECTIONS, "data lake": {("data.md", "Storage")}, "pipeline": {("data.md", "Storage")}}
    scores = related_scores(mentions, sections)
    assert "pipeline" in scores["feature store"]  # it mentions feature store back
    assert "pipeline" in scores["data versioning"]  # defined in the same section
    assert "pipeline" not in scores["rollback"]


def test_the_same_page_only_strengthens_a_relation() -> None:
    sections = {**SECTIONS, "data lake": {("data.md", "Lakes")}, "rollback": {("data.md", "Rollout")}}
    scores = related_scores(MENTIONS, sections)
    assert "rollback" not in scores["data versioning"]
    assert scores["data versioning"]["data lake"] == pytest.approx(
        related_scores(MENTIONS, {**sections, "data lake": {("other.md", "Lakes")}})["data versioning"][
            "data lake"
        ]
        + 0.25
    )


def test_the_limit_keeps_the_highest_scores() -> None:
    assert related_terms(MENTIONS, SECTIONS, NAMES, limit=1)["distributed training"] == ["zero"]


def test_most_mentioned_and_the_share_of_slots() -> None:
    assert most_mentioned(MENTIONS, 2) == [("pipeline", 5), ("accuracy", 2)]
    related = {"a": ["pipeline", "zero"], "b": ["pipeline"], "c": []}
    assert share_of_slots(related, {"pipeline"}) == pytest.approx(2 / 3)
    assert share_of_slots({}, {"pipeline"}) == 0.0
