"""The project copy and the configs each benchmark variant builds with."""

from __future__ import annotations

import json
import os
import re
import shutil
from typing import TYPE_CHECKING

from benchkit import GLOSSARY_HOOK, PROJECT_PARTS
from benchkit.builds import run_child

if TYPE_CHECKING:
    from pathlib import Path

    pass


# The project copy and its configs ----------------------------------------------------------------


def copy_project(source: Path, target: Path) -> Path:
    """A snapshot of the project (others may edit it meanwhile) with a no-hook config beside it."""
    target.mkdir(parents=True)
    for part in PROJECT_PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source / part, target / part)
    blocks = yaml_blocks((target / "mkdocs.yml").read_text(encoding="utf-8"))
    blocks["hooks"] = without_glossary_hook(blocks.get("hooks", ""))
    # Without the hook, glossary.md is missing from the nav and from links: warnings, not errors.
    blocks["strict"] = "strict: false\n"
    (target / "mkdocs-nohook.yml").write_text("".join(blocks.values()), encoding="utf-8")
    return target


def without_glossary_hook(hooks_block: str) -> str:
    """The ``hooks:`` entry without the glossary hook; other hooks stay, so only it is measured."""
    kept = [line for line in hooks_block.splitlines(keepends=True) if GLOSSARY_HOOK not in line]
    return "".join(kept) if any(re.match(r"\s*- ", line) for line in kept) else ""


_TOP_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):")


def yaml_blocks(text: str) -> dict[str, str]:
    """A YAML mapping's top-level entries as text, keyed by name (comments go with the entry above).

    Text, not parsed YAML: the config holds ``!!python/name`` tags that only MkDocs should resolve.
    """
    blocks: dict[str, str] = {"": ""}
    key = ""
    for line in text.splitlines(keepends=True):
        match = _TOP_KEY.match(line)
        if match:
            key = match["key"]
            blocks[key] = ""
        blocks[key] += line
    return blocks


def synthetic_configs(site: Path, project: Path) -> dict[str, str]:
    """The real config with a generated name and no nav, in its variants."""
    blocks = yaml_blocks((project / "mkdocs.yml").read_text(encoding="utf-8"))
    blocks.pop("nav", None)
    blocks["site_name"] = "site_name: Glossary benchmark\n"
    hook = blocks.get("hooks", "")
    blocks["hooks"] = without_glossary_hook(hook)
    plain = "".join(blocks.values())
    extensions = blocks.get("markdown_extensions", "markdown_extensions:\n")
    item = re.search(r"^(?P<indent>[ \t]*)- ", extensions, re.M)
    indent = item["indent"] if item else "  "
    configs = {"plain": plain, "hook": "".join({**blocks, "hooks": hook}.values())}
    for name, file in (("abbr", "abbreviations.md"), ("abbr-spaced", "abbreviations-spaced.md")):
        snippets = (
            f"{indent}- pymdownx.snippets:\n"
            f"{indent}    base_path: [{json.dumps(os.fspath(site / 'includes'))}]\n"
            f"{indent}    auto_append: [{file}]\n"
            f"{indent}    check_paths: true\n"
        )
        if not re.search(r"^\s*- abbr\s*$", extensions, re.M):
            snippets = f"{indent}- abbr\n" + snippets
        with_snippets = extensions.rstrip("\n") + "\n" + snippets
        configs[name] = "".join({**blocks, "markdown_extensions": with_snippets}.values())
    return configs


def freeze_generated_pages(hook_config: Path, nohook_config: Path) -> Path:
    """A config without the hook whose docs hold the pages and files the hook generates, as it wrote them.

    One (untimed) build with the hook records them; the copy of docs/ gets those files.
    """
    project = hook_config.parent
    frozen_docs = project / "docs-frozen"
    if not frozen_docs.exists():
        shutil.copytree(project / "docs", frozen_docs)
        run_child(hook_config, project / "frozen-site", dump=frozen_docs)
    blocks = yaml_blocks(nohook_config.read_text(encoding="utf-8"))
    blocks["docs_dir"] = "docs_dir: docs-frozen\n"
    # Its links to answers name ids that only the hook adds: do not log a warning for each.
    validation = re.sub(r"(?m)^    anchors:.*\n", "", blocks.get("validation", "validation:\n"))
    if "\n  links:\n" not in validation:
        validation += "  links:\n"
    blocks["validation"] = validation.replace("\n  links:\n", "\n  links:\n    anchors: ignore\n", 1)
    frozen = project / f"{nohook_config.stem}-frozen.yml"
    frozen.write_text("".join(blocks.values()), encoding="utf-8")
    return frozen
