"""A repository's record around a paper's abstract: field labels over their values (issue 18).

Preprint servers, journal platforms (OJS) and institutional repositories print a paper's
record as labels, one a line, each over its value: "Keywords" over the terms, "Subjects" over
the disciplines, "License" over the licence, "How to cite" over the paper's reference. The
paper's text is the abstract (its heading stays); the record is the platform's. Labels of two
kinds or more over values, keywords or subjects among them, make a record (a README's
"License" over "MIT" and its file list's "LICENSE" are no record): then each label goes, with
the lines under it that are values (short, no sentence; under a citation label a reference),
up to the next label or line of prose. A sentence under a label stays.

>>> from persona_archive.cleaning.model import split_lines
>>> page = split_lines("Abstract\\nWe asked people to keep a diary for three weeks of talks.\\n"
...     "Keywords\\nchatbots; personality\\nLicense\\nCC BY 4.0\\n")
>>> removed = {}
>>> record_fields(page, removed, {})
>>> sorted(removed)
[2, 3, 4, 5]
"""

from __future__ import annotations

import re

from persona_archive.cleaning.boilerplate.field_labels import field_labels
from persona_archive.cleaning.boilerplate.interface import interface_key
from persona_archive.cleaning.boilerplate.shapes import is_quoted, sentence_marks
from persona_archive.cleaning.model import Line

RULE = "interface:post-meta"


_MAX_VALUES = 4  # lines under one label ("Social and Behavioral Sciences" / "Psychology" ...)
_MAX_VALUE_WORDS = 12
_REFERENCE = re.compile(r"\(\d{4}[a-z]?\)|\b\d{4}[a-z]?\.\s|,\s*\d+\s*\(\d+\)")
_URL = re.compile(r"(?:https?://|doi:|www\.)\S+", re.IGNORECASE)
_NUMBER_DOT = re.compile(r"(?<=\d)\.(?=\d)")
_SENTENCE_STOP = re.compile(r"[^\W\d_]\.$")
_PROSE_WORDS = 5


def _key(text: str) -> str:
    return interface_key(text).rstrip(":：").rstrip()


def _value(text: str, label: str) -> bool:
    """A line that can be a record's value under ``label``: a URL, or short with no sentence
    (a list of terms keeps its commas and semicolons); under a citation label, a reference."""
    text = text.strip()
    if is_quoted(text) or field_labels().record_field(_key(text)):
        return False
    if _URL.fullmatch(text):
        return True
    if (
        field_labels().record_field(label) == "citation"
        and _REFERENCE.search(text)
        and len(text.split()) <= 60
    ):
        return True
    # words ending in a full stop with no list in them are a sentence, however short ("We
    # meet on Sundays."); a list of terms is none, nor is a version number ("CC BY 4.0.")
    if _SENTENCE_STOP.search(text) and len(text.split()) >= 2 and not re.search(r"[,;]", text):
        return False
    terms = _NUMBER_DOT.sub("", text.rstrip(".").replace(";", ","))
    return len(text.split()) <= _MAX_VALUE_WORDS and not sentence_marks(terms)


def _over_prose(kept: list[Line], removed: dict[int, tuple[str, str]], j: int) -> bool:
    """Whether the next line left under ``kept[j]`` is prose: ``kept[j]`` is then the heading
    of the text ("Abstrak" under the keywords), no value."""
    below = next((k for k in range(j + 1, len(kept)) if k not in removed), None)
    if below is None:
        return False
    text = kept[below].text  # a reference (a citation label's value, "(2025).") is no prose
    return (
        bool(sentence_marks(text))
        and len(text.split()) >= _PROSE_WORDS
        and not (_REFERENCE.search(text))
    )


def record_fields(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Remove a repository record's labels and values (see the module docstring)."""
    fields: list[list[int]] = []  # each label (kept, or removed as chrome) with its values
    for i, line in enumerate(kept):
        label = _key(line.text)
        if not field_labels().record_field(label):
            continue
        lines = [i]
        for j in range(i + 1, min(i + 1 + _MAX_VALUES, len(kept))):
            # a value another rule removed with its label ("License" / "CC BY 4.0") counts
            if not _value(kept[j].text, label) or _over_prose(kept, removed, j):
                break
            lines.append(j)
        if len(lines) > 1:
            fields.append(lines)
    groups = {field_labels().record_field(_key(kept[f[0]].text)) for f in fields}
    if len(groups) < 2 or not groups & {"keywords", "subjects"}:
        return
    for i in (i for f in fields for i in f):
        if i not in removed:
            removed[i] = (RULE, "a repository record's field label and its value")
            anchors[i] = "post-meta"
