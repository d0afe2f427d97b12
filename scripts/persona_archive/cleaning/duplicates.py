"""Duplicates stage: remove repeated paragraphs and repeated runs of paragraphs.

Scrapers often capture a page twice (a whole comment thread, then one new reply, then the thread
again) or capture every block twice. Those copies are artefacts: the first copy is kept, later
copies are removed and each removal is recorded as a ``Change`` pointing at the line it copies.

What counts as a copy: two lines are equal when their *keys* are equal. A key is the line after
NFKC normalisation and case folding, keeping only letters and digits, so differences in
whitespace, case, punctuation and straight/curly quotes do not matter. A line with no letters or
digits at all (``***``, an emoji row) keys on its exact text instead.

What is removed (everything else is kept, because short lines legitimately repeat: "Reply",
"Internet:", "Yes.", a speaker label such as "Q:", a chorus line):

* ``duplicate-paragraph``: one line of at least ``LONG_LINE_WORDS`` words that already appeared;
* ``duplicate-run``: a maximal run of consecutive lines that already appeared in the same order,
  when the run is substantial: it contains a long line, or its *distinct* lines total at least
  ``RUN_MIN_WORDS`` words (distinct, so a run of twenty "Reply" lines is not substantial). The
  short lines of such a run (labels, dates) go with it;
* ``duplicate-paragraph`` also: once the document has shown it was captured twice (a paragraph or
  run above was removed), a line of at least ``ADJACENT_MIN_WORDS`` words that immediately
  repeats itself ("every block twice" includes one-line blocks). Labels ending in ":" never go
  this way, and without that evidence an adjacent repeat (a chorus line) is kept.

Cost is linear in the number of lines in practice: lines are hashed (a dict from key to the
positions where it was kept), each position looks at a bounded number of earlier occurrences,
and the comparison of a substantial run is paid for once, because the run is then skipped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from persona_archive.cleaning.model import Change, Line, split_lines

STAGE = "duplicates"

LONG_LINE_WORDS = 12
"""A line this long is a duplicate on its own when it repeats anywhere in the document."""

RUN_MIN_WORDS = 24
"""A run of repeated lines without a long line is a duplicate when its distinct lines total this."""

ADJACENT_MIN_WORDS = 5
"""In a document already shown to be doubled, a line this long repeated right after itself goes."""

MAX_CANDIDATES = 4
"""How many earlier occurrences of a line are tried as the start of a copy (first + most recent)."""

MAX_WEAK_RUN = 16
"""A run not yet substantial after this many lines is given up (bounds work on short lines)."""


@dataclass
class DedupeResult:
    """The lines that remain (in document order) and one ``Change`` per removed line."""

    lines: list[Line]
    changes: list[Change]


_NOT_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(r"\S*[^\W_]\S*")
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc]")


def line_key(text: str) -> str:
    """The comparison key of a line: what must be equal for two lines to be copies.

    >>> line_key("It’s  a Test!") == line_key("its a test")
    True
    >>> line_key("***")
    '\\x00***'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    key = _NOT_ALNUM.sub("", folded)
    return key if key else "\x00" + "".join(folded.split())


def word_count(text: str) -> int:
    """Words in a line: whitespace tokens with a letter or digit; each CJK character is a word.

    >>> word_count("Hello, world — again")
    3
    >>> word_count("日本語の文")
    5
    """
    text = unicodedata.normalize("NFKC", text)
    if not _WIDE.search(text):
        return len(_WORD.findall(text))
    count = 0
    for token in _WORD.findall(text):
        wide = sum(1 for ch in token if _WIDE.match(ch) and ch.isalnum())
        count += wide if wide else 1
    return count


def remove_duplicates(lines: list[Line]) -> DedupeResult:
    """Remove later copies of repeated paragraphs and runs, keeping the first copy and the order.

    Repeated until nothing more is removed, so the result is a fixed point (running the stage
    again changes nothing) even when a removal makes two earlier-separated copies adjacent.

    >>> doc = split_lines("Intro line.\\nA reply.\\nIntro line.\\nYes.\\nYes.")
    >>> [line.text for line in remove_duplicates(doc).lines]
    ['Intro line.', 'A reply.', 'Intro line.', 'Yes.', 'Yes.']
    >>> long = "This paragraph is long enough to count as a copy when it shows up again later."
    >>> result = remove_duplicates(split_lines(f"{long}\\nBetween.\\n{long}"))
    >>> len(result.lines), result.changes[0].rule, result.changes[0].detail
    (2, 'duplicate-paragraph', 'copy of line 1')
    """
    keys = [line_key(line.text) for line in lines]
    words = [word_count(line.text) for line in lines]
    alive = list(range(len(lines)))  # indices into ``lines`` still in the document
    removed: dict[int, tuple[int, str]] = {}  # index -> (index of the line it copies, rule)
    doubled = False  # has this document shown scrape doubling (a removed paragraph or run)?
    while True:
        copies = _one_pass([keys[i] for i in alive], [words[i] for i in alive])
        if copies:
            doubled = True
        elif doubled:
            copies = _adjacent_copies(
                [keys[i] for i in alive], [words[i] for i in alive], [lines[i] for i in alive]
            )
        if not copies:
            break
        for position, (original, rule) in copies.items():
            removed[alive[position]] = (alive[original], rule)
        alive = [index for position, index in enumerate(alive) if position not in copies]
    changes: list[Change] = []
    for index, (original, rule) in sorted(removed.items()):
        while original in removed:  # a later pass removed the original: point at the kept copy
            original = removed[original][0]
        line = lines[index]
        detail = f"copy of line {lines[original].no}"
        changes.append(Change(STAGE, rule, line.no, line.text, detail=detail))
    return DedupeResult([lines[i] for i in alive], changes)


def dedupe_text(text: str) -> str:
    """Text in, text out (for ``tests/cases/duplicates``): remaining lines joined by newlines.

    >>> dedupe_text("Q:\\nA:\\nQ:\\nA:\\n")
    'Q:\\nA:\\nQ:\\nA:\\n'
    """
    remaining = remove_duplicates(split_lines(text)).lines
    return "".join(line.text + "\n" for line in remaining)


def _one_pass(keys: list[str], words: list[int]) -> dict[int, tuple[int, str]]:
    """Later copies in one left-to-right scan: position -> (position of the kept original, rule)."""
    seen: dict[str, list[int]] = {}  # key -> positions of kept lines with that key
    copies: dict[int, tuple[int, str]] = {}
    n = len(keys)
    i = 0
    while i < n:
        length, start = _longest_copy(keys, words, seen, i)
        if length:
            rule = "duplicate-paragraph" if length == 1 else "duplicate-run"
            for k in range(length):
                original = start + k
                while original in copies:  # the run copied a copy: point at the kept line
                    original = copies[original][0]
                copies[i + k] = (original, rule)
            i += length
        else:
            seen.setdefault(keys[i], []).append(i)
            i += 1
    return copies


def _adjacent_copies(
    keys: list[str], words: list[int], lines: list[Line]
) -> dict[int, tuple[int, str]]:
    """In a doubled document: a line of ``ADJACENT_MIN_WORDS`` or more right after its copy."""
    copies: dict[int, tuple[int, str]] = {}
    for p in range(1, len(keys)):
        if (
            keys[p] == keys[p - 1]
            and words[p] >= ADJACENT_MIN_WORDS
            and not lines[p].text.endswith(":")
        ):
            original = copies[p - 1][0] if p - 1 in copies else p - 1
            copies[p] = (original, "duplicate-paragraph")
    return copies


def _longest_copy(
    keys: list[str], words: list[int], seen: dict[str, list[int]], i: int
) -> tuple[int, int]:
    """Length and source of the longest substantial copy starting at ``i`` (0 when none)."""
    occurrences = seen.get(keys[i])
    if not occurrences:
        return 0, -1
    candidates = occurrences[-MAX_CANDIDATES:]
    if candidates[0] != occurrences[0]:
        candidates = [occurrences[0], *candidates]
    best_length, best_start = 0, -1
    n = len(keys)
    for j in candidates:  # increasing order: on equal length the earliest copy wins
        length, distinct_words, has_long = 0, 0, False
        distinct: set[str] = set()
        substantial_at = 0
        # the copy may not overlap its original: j + length stays before i
        while i + length < n and j + length < i and keys[j + length] == keys[i + length]:
            key = keys[i + length]
            if words[i + length] >= LONG_LINE_WORDS:
                has_long = True
            if key not in distinct:
                distinct.add(key)
                distinct_words += words[i + length]
            length += 1
            if has_long or distinct_words >= RUN_MIN_WORDS:
                substantial_at = length
            elif length >= MAX_WEAK_RUN:
                break
        if substantial_at and length > best_length:
            best_length, best_start = length, j
    return best_length, best_start
