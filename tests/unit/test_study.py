from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
import pytest
from glossary.build import GlossaryBuild
from glossary.model import Page, Question
from study.build import StudyBuild, cheatsheet_anchor
from study.cards import (
    answers_from_html,
    build_cards,
    card_id,
    cards_json,
    insert_after_heading,
    insert_in_questions,
    root_relative,
    script_json,
    stages_of,
    study_index_js,
)

OVERRIDES = Path(__file__).resolve().parents[2] / "overrides" / "partials"
PAGE = Page("ops/monitor.md", "Monitoring", 3)


def question(
    qid: str, text: str = "What is drift?", answer: str = "Drift is *change*.", line: int = 1
) -> Question:
    return Question(PAGE, line, "Monitoring", text, answer, qid, None)


def details(qid: str, body: str) -> str:
    return f'<details class="question" id="{qid}">\n<summary>Q {qid}</summary>\n{body}\n</details>\n'


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (details("q-a", "<p>A.</p>"), {"q-a": "<p>A.</p>"}),
        (
            details("q-a", "<p>A.</p>") + details("q-b", "<p>B</p>\n<ul>\n<li>x</li>\n</ul>"),
            {"q-a": "<p>A.</p>", "q-b": "<p>B</p>\n<ul>\n<li>x</li>\n</ul>"},
        ),
        # A nested, unrelated <details> stays inside the answer.
        (
            details("q-a", '<p>A</p>\n<details class="note"><summary>More</summary><p>n</p></details>'),
            {"q-a": '<p>A</p>\n<details class="note"><summary>More</summary><p>n</p></details>'},
        ),
        # The glossary directive, an HTML comment, is not part of the card.
        (details("q-a", "<p><!-- glossary: none -->\nA.</p>"), {"q-a": "<p>A.</p>"}),
        (details("q-other", "<p>A.</p>"), {}),
        (
            details(
                "q-a",
                '<pre><code><a id="__codelineno-0-1" name="__codelineno-0-1" href="#__codelineno-0-1"></a>x',
            ),
            {"q-a": "<pre><code>x"},
        ),
        ("<p>&amp; ü</p>" + details("q-a", "<p>x &lt; y &amp; ü</p>"), {"q-a": "<p>x &lt; y &amp; ü</p>"}),
        # Tags inside a comment or a script do not end the block.
        (
            details("q-a", '<p>A</p><!-- </details> --><script>s="</details>"</script>'),
            {"q-a": '<p>A</p><script>s="</details>"</script>'},
        ),
    ],
)
def test_answers_from_html(html: str, expected: dict[str, str]) -> None:
    assert answers_from_html(html, ["q-a", "q-b"]) == expected


@pytest.mark.parametrize(
    ("page_url", "html_in", "html_out"),
    [
        ("ops/monitor/", '<a href="../../glossary/#drift">d</a>', '<a href="glossary/#drift">d</a>'),
        ("ops/monitor/", '<a href="#kinds">k</a>', '<a href="ops/monitor/#kinds">k</a>'),
        ("ops/monitor/", '<img alt="x" src="../../assets/d.svg">', '<img alt="x" src="assets/d.svg">'),
        ("ops/monitor.html", '<a href="../glossary.html#a">g</a>', '<a href="glossary.html#a">g</a>'),
        (
            "",
            '<a href="data/a/">a</a> <a href="./">home</a>',
            '<a href="data/a/">a</a> <a href="./">home</a>',
        ),
        (
            "ops/monitor/",
            '<a href="https://x.org/a">w</a> <a href="mailto:a@b">m</a>',
            '<a href="https://x.org/a">w</a> <a href="mailto:a@b">m</a>',
        ),
        ("ops/monitor/", '<a href="../../">home</a>', '<a href="./">home</a>'),
    ],
)
def test_root_relative(page_url: str, html_in: str, html_out: str) -> None:
    assert root_relative(html_in, page_url) == html_out


def test_cards_keep_reading_order_stable_ids_and_root_relative_urls() -> None:
    later = question("q-b", "Why b?", "B.", line=9)
    first = question("q-a", "What is a?", "A **bold** [link](x.md).", line=2)
    answers = {"ops/monitor.md#q-a": '<p>A <a href="../../x/">link</a></p>'}
    cards = build_cards([later, first], answers, {"ops/monitor.md": "ops/monitor/"})
    assert [c.id for c in cards] == ["ops/monitor.md#q-a", "ops/monitor.md#q-b"]
    assert cards[0].answer_html == '<p>A <a href="x/">link</a></p>'
    assert cards[0].answer_text == "A bold link."
    assert cards[0].url == "ops/monitor/#q-a"
    assert (cards[1].answer_html, cards[1].stage_title) == ("", "Monitoring")
    assert card_id(first) == "ops/monitor.md#q-a"


def test_cards_json_and_study_index_carry_stages_and_ids() -> None:
    cards = build_cards([question("q-a")], {}, {"ops/monitor.md": "ops/monitor/"})
    other = Page("index.md", "Home", 0)
    stages = stages_of([question("q-a")], [PAGE, other], {"ops/monitor.md": "ops/monitor/", "index.md": ""})
    data = json.loads(cards_json(cards, stages))
    assert data["version"] == 1
    assert data["stages"] == [
        {
            "path": "ops/monitor.md",
            "title": "Monitoring",
            "url": "ops/monitor/",
            "ids": ["ops/monitor.md#q-a"],
        }
    ]
    assert data["cards"][0]["question"] == "What is drift?"
    script = study_index_js(stages, "flashcards/")
    assert script.startswith("// Generated")
    assert '"ids":["ops/monitor.md#q-a"]' in script
    assert '"flashcards":"flashcards/"' in script


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- x -->", "a & b", "ü ✨"])
def test_script_json_cannot_close_its_script_and_reads_back_the_same(text: str) -> None:
    encoded = script_json(json.dumps({"t": text}, ensure_ascii=False))
    assert not {"<", ">"} & set(encoded)
    assert json.loads(encoded) == {"t": text}


def small_build() -> StudyBuild:
    monitor = (
        "# Monitoring\n\n"
        '??? question fundamental concept "What is data drift?"\n'
        "    Data drift is a change in inputs. More | here.\n\n"
        '??? question fundamental concept "Why monitor?"\n    Because models decay.\n\n'
        "<!-- glossary-key-terms -->\n"
    )
    home = "# Home\n\nNo questions.\n"
    tuning = '# Tuning\n\n??? question fundamental concept "How to tune?"\n    Search.\n'
    sources = [(Page("index.md", "Home", 0), home), (PAGE, monitor), (Page("tuning.md", "Tuning", 4), tuning)]
    glossary = GlossaryBuild.from_sources(sources, OVERRIDES / "glossary")
    urls = {"index.md": "", "ops/monitor.md": "ops/monitor/", "tuning.md": "tuning/"}
    return StudyBuild.create(glossary, OVERRIDES / "study", urls)


def test_cheat_sheet_has_a_section_per_stage_with_every_term_and_its_tooltip() -> None:
    study = small_build()
    html = markdown.markdown(study.cheatsheet_markdown(), extensions=["attr_list", "md_in_html", "tables"])
    assert '<h2 class="cheatsheet-stage" id="sheet-monitoring">Monitoring</h2>' in html
    assert '<a href="glossary.md#data-drift">Data drift</a>' in html
    assert "Data drift is a change in inputs." in html
    assert '<h2 class="cheatsheet-stage" id="sheet-tuning">Tuning</h2>' in html
    assert "defines no glossary terms" in html
    assert "Home" not in html
    assert cheatsheet_anchor(PAGE) == "sheet-monitoring"


def test_stage_links_point_to_the_flashcards_and_the_stage_cheat_sheet() -> None:
    study = small_build()
    assert "[flashcards](../flashcards.md)" in study.stage_links("ops/monitor.md")
    assert "(../cheatsheet.md#sheet-monitoring)" in study.stage_links("ops/monitor.md")
    assert study.stage_links("index.md") == ""


@pytest.mark.parametrize(
    ("flashcards_url", "src"), [("flashcards/", "../cards.js"), ("flashcards.html", "cards.js")]
)
def test_flashcards_load_the_cards_from_cards_js_and_each_stage_answers_apart(
    flashcards_url: str, src: str
) -> None:
    study = small_build()
    study.page_urls["flashcards.md"] = flashcards_url
    study.collect("ops/monitor.md", details("q-what-is-data-drift", "<p>Drift &lt;/script&gt;</p>"))
    scripts = ["javascripts/vendor/ts-fsrs.min.js", "javascripts/study/flashcards.min.js"]
    page = study.flashcards_html("<h1>Flashcards</h1>\n<!-- study:flashcards-app -->", scripts)
    # The scheduler, then the app, then the cards; deferred, so that storage.js has run before them.
    loaded = re.findall(r'<script src="([^"]+)" defer></script>', page)
    prefix = src.removesuffix("cards.js")
    assert loaded == [prefix + scripts[0], prefix + scripts[1], src]
    script = study.cards_script()
    assert "</" not in script
    cards = json.loads(script.split("window.studyCards = ", 1)[1].split(";\n", 1)[0])
    assert script.endswith('document.dispatchEvent(new Event("studycards"));\n')
    assert [c["id"] for c in cards] == [
        "ops/monitor.md#q-what-is-data-drift",
        "ops/monitor.md#q-why-monitor",
        "tuning.md#q-how-to-tune",
    ]
    assert "answer" not in cards[0], "answers come a stage at a time"
    scripts_by_path = study.answer_scripts()
    assert list(scripts_by_path) == study.answer_paths() == ["answers/ops/monitor.js", "answers/tuning.js"]
    monitor = scripts_by_path["answers/ops/monitor.js"]
    assert "</" not in monitor
    added = re.fullmatch(r"//[^\n]*\nwindow\.studyAnswers\.add\((.*?), (\{.*\})\);\n", monitor)
    assert added, monitor
    assert json.loads(added[1]) == "ops/monitor.md"
    assert json.loads(added[2]) == {
        "ops/monitor.md#q-what-is-data-drift": "<p>Drift &lt;/script&gt;</p>",
        "ops/monitor.md#q-why-monitor": "",
    }
    # Laid out as a first visit shows it, so that flashcards.js moves nothing when it fills it in.
    assert '<option value="ops/monitor.md">Monitoring (0 of 2 known)</option>' in page
    assert '<p class="flashcards__status" id="fc-status">3 of 3 cards due now, 0 known.</p>' in page
    assert '<p class="flashcards__question" id="fc-question">What is data drift?</p>' in page
    assert '<span id="fc-stage-name">· Monitoring</span>' in page
    assert "data-search-exclude" in page
    assert "3 cards from 2 stages" in study.flashcards_markdown()


@pytest.mark.parametrize(
    ("html", "markup", "expected"),
    [
        (details("q-a", "<p>A.</p>"), {"q-a": "<X>"}, details("q-a", "<p>A.</p>\n<X>")),
        (
            details("q-a", "<p>A.</p>") + details("q-b", "<p>B.</p>"),
            {"q-a": "<X>", "q-b": "<Y>"},
            details("q-a", "<p>A.</p>\n<X>") + details("q-b", "<p>B.</p>\n<Y>"),
        ),
        # After a nested, unrelated <details>, at the end of the question's own block.
        (
            details("q-a", '<details class="note"><summary>n</summary><p>n</p></details>'),
            {"q-a": "<X>"},
            details("q-a", '<details class="note"><summary>n</summary><p>n</p></details>\n<X>'),
        ),
        (details("q-other", "<p>A.</p>"), {"q-a": "<X>"}, details("q-other", "<p>A.</p>")),
    ],
)
def test_insert_in_questions(html: str, markup: dict[str, str], expected: str) -> None:
    assert insert_in_questions(html, markup) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<h1 id="t">T</h1>\n<p>x</p><h1>U</h1>', '<h1 id="t">T</h1>\n<X>\n<p>x</p><h1>U</h1>'),
        ("<p>x</p>", "<X>\n<p>x</p>"),
    ],
)
def test_insert_after_heading(html: str, expected: str) -> None:
    assert insert_after_heading(html, "<X>") == expected


@pytest.mark.parametrize(
    ("urls", "drill"),
    [
        ({"ops/monitor.md": "ops/monitor/", "flashcards.md": "flashcards/"}, "../../flashcards/"),
        ({"ops/monitor.md": "ops/monitor.html", "flashcards.md": "flashcards.html"}, "../flashcards.html"),
    ],
)
def test_stage_html_renders_the_self_test_controls_so_the_script_moves_nothing(
    urls: dict[str, str], drill: str
) -> None:
    study = small_build()
    study.page_urls.update(urls)
    html = (
        "<h1>Monitoring</h1>\n<p>Intro.</p>\n"
        + details("q-what-is-data-drift", "<p>Drift.</p>")
        + details("q-why-monitor", "<p>Decay.</p>")
    )
    study.collect("ops/monitor.md", html)
    page = study.stage_html("ops/monitor.md", html)
    toolbar = page.split("</h1>\n", 1)[1].split("<p>Intro.</p>", 1)[0]
    assert '<div class="study-toolbar" role="group" aria-label="Self-test" data-search-exclude>' in toolbar
    assert f'<a class="study-drill" href="{drill}" data-stage="ops/monitor.md">' in toolbar
    assert (
        '<p class="study-progress" aria-live="polite" data-stage="ops/monitor.md">0 of 2 known</p>' in toolbar
    )
    assert 'aria-pressed="false">Show all answers</button>' in toolbar
    for qid, question in (("q-what-is-data-drift", "What is data drift?"), ("q-why-monitor", "Why monitor?")):
        block = page.split(f'id="{qid}">', 1)[1].split("</details>", 1)[0]
        assert f'aria-label="How did you do: {question}" data-card="ops/monitor.md#{qid}"' in block
        assert block.count("<button") == 2
    # The cards keep the answer as written, without the controls.
    assert study.answers == {
        "ops/monitor.md#q-what-is-data-drift": "<p>Drift.</p>",
        "ops/monitor.md#q-why-monitor": "<p>Decay.</p>",
    }
    assert study.stage_html("index.md", "<h1>Home</h1>") == "<h1>Home</h1>"


def test_stage_html_escapes_the_question_in_its_label() -> None:
    source = "# Q\n\n??? question fundamental concept \"Is `a<b` & 'c' the same?\"\n    No.\n"
    page = Page("q.md", "Q", 0)
    glossary = GlossaryBuild.from_sources([(page, source)], OVERRIDES / "glossary")
    study = StudyBuild.create(glossary, OVERRIDES / "study", {"q.md": "q/", "flashcards.md": "flashcards/"})
    qid = glossary.harvests["q.md"].questions[0].qid
    html = study.stage_html("q.md", details(qid, "<p>No.</p>"))
    assert 'aria-label="How did you do: Is a&lt;b &amp; &#39;c&#39; the same?"' in html
