"""The site builds the same on ProperDocs, the maintained fork of MkDocs 1.6 that keeps hooks.

MkDocs 1.6.1 is the last of its line (2.0 drops plugins and hooks). Both command lines build the
real site into their own folder; every file must match, but for the generator tag that names the tool
and the sitemap's dates. README's "Versions" section says how to switch.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sitebuild import ROOT

BIN = Path(sys.executable).parent
GENERATOR = re.compile(rb'<meta name=generator content="?[^">]*"?')
LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def _build(tool: str, site_dir: Path) -> dict[str, bytes]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [
        os.fspath(BIN / tool),
        "build",
        "--strict",
        "--quiet",
        "-f",
        "mkdocs.yml",
        "-d",
        os.fspath(site_dir),
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=600)
    return {
        path.relative_to(site_dir).as_posix(): LASTMOD.sub(b"", GENERATOR.sub(b"", path.read_bytes()))
        for path in sorted(site_dir.rglob("*"))
        if path.is_file()
    }


def test_mkdocs_and_properdocs_build_the_same_site(tmp_path: Path) -> None:
    mkdocs = _build("mkdocs", tmp_path / "mkdocs")
    properdocs = _build("properdocs", tmp_path / "properdocs")
    assert sorted(mkdocs) == sorted(properdocs)
    assert [path for path in mkdocs if mkdocs[path] != properdocs[path]] == []
    page = (tmp_path / "properdocs" / "index.html").read_text(encoding="utf-8")
    assert "ProperDocs 1.6.7" in page
