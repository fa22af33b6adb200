"""Package: an exercise as the zip a reader downloads and solves locally with pytest.

The zip holds one folder, ``<slug>/``: ``solution.py`` (the starter, which the reader completes),
``test_examples.py`` (the two examples of the page), ``test_<slug>.py`` (the hidden tests the page's
Submit runs) and ``README.md``. pytest, run in that folder, finds both test files and they import
``solution`` from beside them. The browser's runner reads its tests from this same zip
(``harness.run_archive``), so the page and the reader's machine grade the same tests.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Exercise

# A fixed timestamp: the same exercise makes the same bytes in every build.
_DATE = (2024, 1, 1, 0, 0, 0)


def archive_files(exercise: Exercise, readme: str) -> dict[str, str]:
    """The zip's files by their name inside its folder, in the order they are written."""
    return {
        "README.md": readme,
        "solution.py": exercise.starter,
        "test_examples.py": exercise.examples,
        exercise.tests_file: exercise.tests,
    }


def exercise_zip(exercise: Exercise, readme: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in archive_files(exercise, readme).items():
            info = zipfile.ZipInfo(f"{exercise.slug}/{name}", date_time=_DATE)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return buffer.getvalue()
