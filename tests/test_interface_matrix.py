"""The interface list's coverage of common concepts across languages (``tests/data/
interface_matrix.yml``): a page in any of the archive's languages prints "Reply", "Report",
"Sort by", "Member since", "Show more"… in its own words, and the list must know them. A cell
the list lacks fails with its concept and language: add the string to the list's data."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from persona_archive.cleaning.boilerplate import strip_boilerplate
from persona_archive.cleaning.boilerplate.interface import (
    interface_key,
    match_interface,
    repo_interface_strings,
)
from persona_archive.cleaning.model import split_lines

MATRIX = yaml.safe_load(
    (Path(__file__).parent / "data" / "interface_matrix.yml").read_text(encoding="utf-8")
)
PROSE = "The assistant answered the question about bread, and then it apologised twice."
CELLS = [
    pytest.param(concept, spec["ctx"], text, id=f"{concept}-{lang}-{text}")
    for concept, spec in MATRIX.items()
    for lang, texts in spec.items()
    if lang != "ctx"
    for text in texts
]


def _kept(*lines: str) -> list[str]:
    return [line.text for line in strip_boilerplate(split_lines("\n".join(lines))).lines]


@pytest.mark.parametrize("concept, context, text", CELLS)
def test_the_list_knows_each_cell(concept, context, text):
    """Known as a whole line (a text or a regex); where the matrix says "row", a row of them
    between sentences goes. The context the list gives a cell (a common word needs chrome
    beside it) is the list's to choose."""
    strings = repo_interface_strings()
    known = strings.lookup(interface_key(text)) or match_interface(text, strings)
    assert known is not None, f"{concept}: the list lacks {text!r}"
    if context == "row":
        assert _kept(PROSE, f"{text} · {text} · {text}", PROSE) == [PROSE, PROSE]


@pytest.mark.parametrize("concept", list(MATRIX))
def test_a_sentence_that_holds_a_cell_stays(concept):
    """Whole lines only: the first string of each concept inside a sentence is the text's."""
    word = MATRIX[concept]["en"][0]
    sentence = f"The guide says that {word.lower()} is the button most people never press."
    assert _kept(PROSE, sentence, PROSE) == [PROSE, sentence, PROSE]
