from __future__ import annotations

import io
import zipfile

import pytest
from glossary.offline import OFFLINE_ZIP_PATH, placeholder_zip


@pytest.mark.parametrize(
    ("site_url", "link"),
    [
        ("https://ex.org/guide/", "https://ex.org/guide/mlops-study-guide-offline.zip"),
        ("", "mlops-study-guide-offline.zip"),
    ],
)
def test_placeholder_zip_says_how_to_get_the_real_edition(site_url: str, link: str) -> None:
    data = placeholder_zip(site_url)
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.namelist() == ["README.txt"]
    readme = archive.read("README.txt").decode()
    assert "make offline" in readme
    assert link in readme
    assert OFFLINE_ZIP_PATH in readme


def test_placeholder_zip_is_the_same_every_build() -> None:
    assert placeholder_zip("https://ex.org/") == placeholder_zip("https://ex.org/")
