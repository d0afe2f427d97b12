"""Cleaning cases as data: ``tests/cases/<stage>/<name>.raw.txt`` -> ``<name>.expected.txt``.

Adding a case is adding two files. Each stage directory is mapped to the text-in/text-out
function that stage exposes; the expected file holds the exact output (UTF-8, trailing
newline included).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"

# stage directory -> "module:function" taking and returning str
STAGES = {
    "mojibake": "persona_archive.cleaning.mojibake:fix_mojibake",
    "boilerplate": "persona_archive.cleaning.boilerplate:strip_boilerplate_text",
    "duplicates": "persona_archive.cleaning.duplicates:dedupe_text",
    "structure": "persona_archive.cleaning.structure:structure_text",
    "pipeline": "persona_archive.cleaning.pipeline:clean_text",
}


def _cases():
    for raw in sorted(CASES.glob("*/*.raw.txt")):
        yield pytest.param(raw, id=f"{raw.parent.name}/{raw.name.removesuffix('.raw.txt')}")


def _stage_function(stage: str):
    module, _, name = STAGES[stage].partition(":")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("raw", list(_cases()))
def test_case(raw: Path):
    expected = raw.with_name(raw.name.replace(".raw.txt", ".expected.txt"))
    assert expected.exists(), f"{raw} has no {expected.name}"
    fix = _stage_function(raw.parent.name)
    got = fix(raw.read_text(encoding="utf-8"))
    assert got == expected.read_text(encoding="utf-8")


def test_every_case_directory_is_a_known_stage():
    for d in CASES.iterdir():
        if d.is_dir():
            assert d.name in STAGES, f"tests/cases/{d.name} maps to no stage function"
