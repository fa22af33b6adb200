from __future__ import annotations

import pytest
from study.interview import POINT_LIMIT, POINTS, checklist


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # Bold lead-ins win: each point is the lead-in and the first sentence after it.
        (
            "<p>Check in order.</p><ul><li><strong>Data:</strong> schema first. Then ranges.</li>"
            "<li><strong>Drift:</strong> PSI per feature.</li></ul>",
            ["Data: schema first.", "Drift: PSI per feature."],
        ),
        # Without them, the list items, cut to their first sentence; a nested list stays with its item.
        (
            "<p>Three kinds.</p><ol><li>Filter methods. Fast.</li><li>Wrapper <em>methods</em>.</li></ol>",
            ["Filter methods.", "Wrapper methods."],
        ),
        # Without a list, the sentences; code blocks and tables are not points.
        (
            "<p>Drift is change. It hurts models.</p><pre><code>x = 1. y = 2.</code></pre><p>Watch it.</p>",
            ["Drift is change.", "It hurts models.", "Watch it."],
        ),
        ("<p>One &amp; only.</p>", ["One & only."]),
    ],
)
def test_checklist_comes_from_the_answer_structure(answer: str, expected: list[str]) -> None:
    assert checklist(answer) == expected


def test_checklist_points_are_few_and_short() -> None:
    long = "word " * 60
    answer = "<ul>" + "".join(f"<li>{n} {long}</li>" for n in range(10)) + "</ul>"
    points = checklist(answer)
    assert len(points) == POINTS
    assert all(len(point) <= POINT_LIMIT and point.endswith("…") for point in points)
