"""One build of the study features: flashcards, cards.json, the Anki deck and the cheat sheets.

Made fresh for every build next to the ``GlossaryBuild`` whose harvest and glossary it reads. The
MkDocs hook calls, in order: ``stage_links`` while a stage page's Markdown is prepared, ``collect``
with each stage page's final HTML and ``stage_html`` to put its self-test controls in, then
``flashcards_markdown`` / ``flashcards_html`` and ``cheatsheet_markdown`` for the generated pages
(rendered after every stage page), and last ``cards_json`` and ``anki_deck`` for the data files.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from glossary.model import KINDS, LEVELS
from glossary.render import Renderer, relative_path
from glossary.terms import plain_text, slugify
from markupsafe import Markup  # the Anki back's answer is HTML we rendered

from .anki import anki_deck
from .cards import (
    Card,
    Stage,
    answers_from_html,
    answers_path,
    answers_script,
    build_cards,
    card_id,
    cards_json,
    insert_after_heading,
    insert_in_questions,
    insert_in_summaries,
    script_json,
    stages_of,
    study_index_js,
)
from .identity import anki_guids, check_published, read_published, successors
from .interview import checklist
from .quiz import quiz_items

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from glossary.build import GlossaryBuild
    from glossary.model import Page, Question

    from .quiz import QuizItem

FLASHCARDS_PATH = "flashcards.md"
QUIZ_PATH = "quiz.md"
INTERVIEW_PATH = "mock-interview.md"
INTERVIEW_MARKER = "<!-- study:interview-app -->"
QUIZ_LENGTH = 10
QUIZ_MARKER = "<!-- study:quiz-app -->"
CHEATSHEET_PATH = "cheatsheet.md"
CHANGES_PATH = "changes.md"
CARDS_PATH = "cards.json"
CARDS_SCRIPT_PATH = "cards.js"
ANKI_PATH = "mlops-study-guide-anki.txt"
STUDY_INDEX_PATH = "study-index.js"
APP_MARKER = "<!-- study:flashcards-app -->"
GRADES = ("Again", "Hard", "Good", "Easy")
CHARTS = (
    {
        "id": "forecast",
        "caption": "Reviews due per day, the next 30 days",
        "columns": ("Day", "Cards due"),
        "width": 600,
        "height": 180,
    },
    {
        "id": "stages",
        "caption": "Known, learning and new cards per stage",
        "columns": ("Stage", "Known", "Learning", "New"),
        "width": 600,
        "height": 360,
    },
    {
        "id": "history",
        "caption": "Reviews per day, the last 30 days",
        "columns": ("Day", "Reviews", "Again"),
        "width": 600,
        "height": 180,
    },
)
"""The progress charts on the flashcards page, drawn by charts.js into these frames (sizes in px)."""
"""FSRS's four grades, as Anki names them; keys 1-4 on the flashcards page."""


@dataclass
class StudyBuild:
    glossary: GlossaryBuild
    renderer: Renderer
    page_urls: dict[str, str]
    """Site URL of every page by its docs path (``data/understanding/`` or ``data/understanding.html``)."""
    answers: dict[str, str] = field(default_factory=dict)
    """Rendered answer HTML by card id, as ``collect`` finds it."""
    _cards: tuple[int, list[Card]] | None = field(default=None, repr=False)

    @classmethod
    def create(cls, glossary: GlossaryBuild, templates: Path, page_urls: dict[str, str]) -> StudyBuild:
        return cls(glossary, Renderer.from_directory(templates), dict(page_urls))

    def check_published(self, text: str, path: str) -> None:
        """Every card id in ``published-cards.txt`` (its ``text``) is still a card, named by its
        successor's ``was``, or retired: raises GlossaryError otherwise (``identity.check_published``)."""
        check_published(read_published(text, path), self._questions(), path)

    @property
    def stage_pages(self) -> list[Page]:
        return [self.glossary.pages[p] for p, h in self.glossary.harvests.items() if h.questions]

    def stages(self) -> list[Stage]:
        return stages_of(self._questions(), self.stage_pages, self.page_urls)

    def stage_links(self, path: str) -> str:
        """Markdown appended to a stage page: its flashcards and its cheat sheet."""
        if not self.glossary.harvests[path].questions:
            return ""
        template = self.renderer.markdown_env.get_template("stage-links.md.html")
        return template.render(
            flashcards=relative_path(FLASHCARDS_PATH, path),
            cheatsheet=relative_path(CHEATSHEET_PATH, path)
            + "#"
            + cheatsheet_anchor(self.glossary.pages[path]),
        )

    def collect(self, path: str, html: str) -> None:
        """Keep the rendered answers of a stage page (its HTML with question ids in place)."""
        questions = self.glossary.harvests[path].questions
        found = answers_from_html(html, [q.qid for q in questions])
        for question in questions:
            if question.qid in found:
                self.answers[card_id(question)] = found[question.qid]

    def stage_html(self, path: str, html: str) -> str:
        """A stage page's HTML with its self-test controls in place; call it after ``collect``.

        Rendered here rather than by study.js, so that nothing moves when the script runs: the bar
        under the title and the rating buttons at the end of each (closed) answer. The script only
        wires them up and fills in the numbers. ``data-search-exclude`` keeps them out of search.
        """
        questions = self.glossary.harvests[path].questions
        if not questions:
            return html
        env = self.renderer.html_env
        toolbar = env.get_template("stage-toolbar.html").render(
            stage=path,
            total=len(questions),
            flashcards=_url_from(self.page_urls[path], self.page_urls[FLASHCARDS_PATH]),
        )
        rate = env.get_template("stage-rate.html")
        controls = {q.qid: rate.render(card=card_id(q), question=plain_text(q.question)) for q in questions}
        meta = env.get_template("question-meta.html")
        badges = {q.qid: meta.render(level=q.level, kind=q.kind) for q in questions}
        html = insert_in_summaries(insert_in_questions(html, controls), badges)
        return insert_after_heading(html, toolbar)

    def cards(self) -> list[Card]:
        """Every card, remade only when ``collect`` has found more answers since the last call."""
        if self._cards is None or self._cards[0] != len(self.answers):
            questions = self._questions()
            cards = build_cards(questions, self.answers, self.page_urls, anki_guids(questions))
            self._cards = (len(self.answers), cards)
        return self._cards[1]

    def _questions(self) -> list[Question]:
        return [q for h in self.glossary.harvests.values() for q in h.questions]

    def study_index(self) -> str:
        questions = self._questions()
        changed = {card_id(q): q.history.changed for q in questions if q.history.changed}
        return study_index_js(self.stages(), self.page_urls[FLASHCARDS_PATH], successors(questions), changed)

    def flashcards_markdown(self) -> str:
        template = self.renderer.markdown_env.get_template("flashcards.md.html")
        return template.render(
            count=len(self.cards()),
            stages=self.stages(),
            anki_path=ANKI_PATH,
            cards_path=CARDS_PATH,
            cheatsheet_path=CHEATSHEET_PATH,
            changes_path=CHANGES_PATH,
        )

    def flashcards_html(self, html: str, scripts: Sequence[str] = ()) -> str:
        """The flashcards page's HTML with the app in place of the marker; it loads ``scripts`` (paths
        from the site root: the scheduler and the app, on this page only) and then ``cards.js``.

        A script file, not JSON inline: Material's instant navigation re-creates inline scripts
        without their id or type, and fetch() of cards.json is refused on file://.
        """
        template = self.renderer.html_env.get_template("flashcards-app.html")
        cards_src = _url_from(self.page_urls[FLASHCARDS_PATH], CARDS_SCRIPT_PATH)
        cards = self.cards()
        page = self.page_urls[FLASHCARDS_PATH]
        app = template.render(
            stages=self.stages(),
            cards=cards,
            first=cards[0] if cards else None,
            levels=[level for level in LEVELS if any(card.level == level for card in cards)],
            kinds=[kind for kind in KINDS if any(card.kind == kind for card in cards)],
            grades=GRADES,
            charts=CHARTS,
            scripts=[_url_from(page, src) for src in scripts],
            cards_src=cards_src,
        )
        return html.replace(APP_MARKER, app, 1)

    def quiz_markdown(self) -> str:
        template = self.renderer.markdown_env.get_template("quiz.md.html")
        return template.render(
            count=len(self._quiz_items()), flashcards=relative_path(FLASHCARDS_PATH, QUIZ_PATH)
        )

    def quiz_html(self, html: str, scripts: Sequence[str] = ()) -> str:
        """The quiz page's HTML with the app, every question in it, in place of the marker."""
        page = self.page_urls[QUIZ_PATH]
        items = self._quiz_items()
        template = self.renderer.html_env.get_template("quiz-app.html")
        app = template.render(
            stages=[stage for stage in self.stages() if any(item.stage == stage.path for item in items)],
            levels=[level for level in LEVELS if any(item.level == level for item in items)],
            kinds=[kind for kind in KINDS if any(item.kind == kind for item in items)],
            items=[
                {
                    **item.__dict__,
                    "question": plain_text(item.question.question),
                    "url": _url_from(page, self.page_urls[item.stage]) + "#" + item.question.qid,
                }
                for item in items
            ],
            length=QUIZ_LENGTH,
            scripts=[_url_from(page, src) for src in scripts],
        )
        return html.replace(QUIZ_MARKER, app, 1)

    def _quiz_items(self) -> list[QuizItem]:
        """The generated questions; they need every stage page linked (the glossary's See also)."""
        return quiz_items(self.glossary.glossary.entries, self.glossary.see_also())

    def interview_markdown(self) -> str:
        template = self.renderer.markdown_env.get_template("mock-interview.md.html")
        return template.render(
            count=len(self.cards()), flashcards=relative_path(FLASHCARDS_PATH, INTERVIEW_PATH)
        )

    def interview_html(self, html: str, scripts: Sequence[str] = ()) -> str:
        """The mock interview page's HTML: its setup, every question with the checklist drawn from
        its model answer, and the session's markup; the answers come from ``answer_scripts``."""
        page = self.page_urls[INTERVIEW_PATH]
        cards = self.cards()
        template = self.renderer.html_env.get_template("mock-interview-app.html")
        app = template.render(
            stages=self.stages(),
            levels=[level for level in LEVELS if any(card.level == level for card in cards)],
            kinds=[kind for kind in KINDS if any(card.kind == kind for card in cards)],
            questions=[(card, checklist(card.answer_html)) for card in cards],
            design=any(card.kind == "design" for card in cards),
            scripts=[_url_from(page, src) for src in scripts],
        )
        return html.replace(INTERVIEW_MARKER, app, 1)

    def cards_script(self) -> str:
        """``cards.js``: what the flashcards page needs of every card but its answer, as
        ``window.studyCards``; the answers come a stage at a time (``answer_scripts``)."""
        data = json.dumps(
            [_card_data(card) for card in self.cards()], ensure_ascii=False, separators=(",", ":")
        )
        return (
            "// Generated by the glossary hook from the same cards as cards.json; flashcards.js reads it.\n"
            f"window.studyCards = {script_json(data)};\n"
            'document.dispatchEvent(new Event("studycards"));\n'
        )

    def answer_paths(self) -> list[str]:
        """The answer scripts' paths from the site root, one per stage, known before any page renders."""
        return [answers_path(stage.path) for stage in self.stages()]

    def answer_scripts(self) -> dict[str, str]:
        """Each stage's answers as a script, by its path from the site root (``answers_path``)."""
        cards = self.cards()
        return {answers_path(stage.path): answers_script(stage, cards) for stage in self.stages()}

    def cheatsheet_markdown(self) -> str:
        sheets = [(page, self.glossary.defined_on(page.path)) for page in self.stage_pages]
        template = self.renderer.markdown_env.get_template("cheatsheet.md.html")
        return template.render(
            sheets=sheets,
            terms=sum(len(entries) for _, entries in sheets),
            anchors={page.path: cheatsheet_anchor(page) for page, _ in sheets},
            glossary=relative_path(self.glossary.glossary_path, CHEATSHEET_PATH),
        )

    def changes_markdown(self) -> str:
        """The "What changed" page: every answer changed in substance, newest first, linked."""
        changed = sorted(
            (q for q in self._questions() if q.history.changed),
            key=lambda q: (q.history.changed or "", -q.page.order, -q.line),
            reverse=True,
        )
        changes = [
            {
                "changed": q.history.changed,
                "change": q.history.change,
                "question": plain_text(q.question),
                "stage": q.page.title,
                "link": relative_path(q.page.path, CHANGES_PATH) + "#" + q.qid,
            }
            for q in changed
        ]
        template = self.renderer.markdown_env.get_template("changes.md.html")
        return template.render(changes=changes, flashcards=relative_path(FLASHCARDS_PATH, CHANGES_PATH))

    def cards_json(self) -> str:
        return cards_json(self.cards(), self.stages())

    def anki_deck(self, site_url: str) -> str:
        template = self.renderer.html_env.get_template("anki-back.html")
        return anki_deck(
            self.cards(),
            site_url,
            lambda answer, source, stage: template.render(answer=Markup(answer), source=source, stage=stage),
        )


def _url_from(page_url: str, target: str) -> str:
    """``target`` (a path from the site root) relative to the page at ``page_url``."""
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    relative = posixpath.relpath(target, base or ".")
    # relpath drops a folder's trailing slash, and "flashcards" would cost a redirect.
    return relative + "/" if target.endswith("/") and not relative.endswith("/") else relative


def cheatsheet_anchor(page: Page) -> str:
    return "sheet-" + slugify(page.title)


def _card_data(card: Card) -> dict[str, str]:
    """What the flashcards page needs of a card up front (its stage title is in the stage list, its
    answer in its stage's answer script)."""
    data = {
        "id": card.id,
        "stage": card.stage,
        "level": card.level,
        "kind": card.kind,
        "question": card.question,
        "url": card.url,
    }
    if card.changed and card.change:
        data |= {"changed": card.changed, "change": card.change}
    return data
