"""The lunr fix applied to Material's own search worker, as installed (glossary/lunr_fix.py)."""

from __future__ import annotations

from pathlib import Path

import material
import pytest
from glossary.lunr_fix import WORKER_GLOB, fix_token_set_keys

WORKERS = sorted(Path(material.__file__).parent.joinpath("templates").glob(WORKER_GLOB))


def test_materials_worker_gets_a_comma_after_each_child_id_and_nothing_else_changes() -> None:
    assert len(WORKERS) == 1
    worker = WORKERS[0].read_text(encoding="utf-8")
    fixed = fix_token_set_keys(worker)
    assert len(fixed) == len(worker) + len('+","')
    start = next(i for i, (a, b) in enumerate(zip(worker, fixed, strict=False)) if a != b)
    assert fixed[start - 5 : start + 4] == '+o.id+","'
    assert fixed[:start] == worker[:start]
    assert fixed[start + 4 :] == worker[start:]


def test_a_worker_fixed_already_is_left_as_it_is() -> None:
    fixed = fix_token_set_keys(WORKERS[0].read_text(encoding="utf-8"))
    assert fix_token_set_keys(fixed) == fixed


@pytest.mark.parametrize("worker", ["", "var x=1;", "e=e+s+o.id}return e};f=f+t+p.id}return f}"])
def test_a_worker_without_the_key_function_once_is_an_error_naming_the_module(worker: str) -> None:
    with pytest.raises(ValueError, match=r"lunr_fix\.py"):
        fix_token_set_keys(worker)
