"""make cards: append the ids of new questions to published-cards.txt (hooks/study/identity.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from glossary.harvest import harvest_page  # noqa: E402
from glossary.model import Page  # noqa: E402
from study.identity import PUBLISHED_PATH, read_published, unpublished, with_new_ids  # noqa: E402


def main() -> None:
    docs = ROOT / "docs"
    questions = [
        question
        for order, path in enumerate(sorted(docs.rglob("*.md")))
        for question in harvest_page(
            path.read_text(encoding="utf-8"), Page(path.relative_to(docs).as_posix(), path.stem, order)
        ).questions
    ]
    target = ROOT / PUBLISHED_PATH
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    new = unpublished(read_published(text), questions)
    target.write_text(with_new_ids(text, questions), encoding="utf-8")
    print(f"{PUBLISHED_PATH}: {len(new)} new card id(s) added" + "".join(f"\n  {i}" for i in new[:20]))


if __name__ == "__main__":
    main()
