"""Paragraphs: turn the body's lines into paragraphs, re-flowing transcripts and unwrapping
hard-wrapped text.

It exists because scraped text comes in two line shapes that both need fixing before quotes and
posts can be found: transcripts with one sentence per line (grouped into paragraphs of 3–6
sentences at the best-scoring breaks) and prose hard-wrapped at a width (continuations joined).
``_Para`` is the unit the later passes (quotes, posts) read and edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from persona_archive.cleaning.model import PARAGRAPH, Change, Line
from persona_archive.cleaning.structure.text import _ENDS_CLOSED, _ENDS_SENTENCE, STAGE


@dataclass
class _Para:
    kind: str
    text: str
    lines: tuple[int, ...]
    level: int = 0
    notes: list[str] = field(default_factory=list)
    reactions: dict[str, int] | None = None


# Sentence openings that usually start a new thought (a reflow break is preferred before them)
# and openings that lean on the previous sentence (a break is avoided before them).
_NEW_THOUGHT = re.compile(
    r"^(?:however|now|so|meanwhile|anyway|overall|ultimately|finally|first(?:ly)?"
    r"|second(?:ly)?|third(?:ly)?|next|in\s+(?:short|summary|this|the\s+end|other\s+words)"
    r"|to\s+(?:summari[sz]e|conclude)|on\s+the\s+other\s+hand|that\s+said|okay|ok|alright"
    r"|well|another|consider|let['’]s|let\s+me|here['’]s|why|what|how|when|if\s+true)\b",
    re.IGNORECASE,
)
_LEANS_BACK = re.compile(
    r"^(?:it|this|that|these|those|they|he|she|also|and|or|which|because|then|thus|hence"
    r"|for\s+(?:example|instance)|e\.g\.|i\.e\.|in\s+fact|indeed|but|yet)\b",
    re.IGNORECASE,
)
_REFLOW_MIN, _REFLOW_MAX, _REFLOW_TARGET = 3, 6, 4


def _break_score(units: list[Line], j: int, size: int) -> float:
    """How good a paragraph break is before ``units[j]`` for a paragraph of ``size`` units."""
    text = units[j].text
    score = -0.25 * abs(size - _REFLOW_TARGET)
    if _NEW_THOUGHT.match(text):
        score += 2
    elif _LEANS_BACK.match(text):
        score -= 1
    if text.endswith("?"):
        score += 0.5
    if units[j].no - units[j - 1].no > 1:
        score += 0.5  # something (a blank line or removed chrome) stood between them
    return score


def _reflow(units: list[Line]) -> list[list[Line]]:
    """Group one-sentence lines into paragraphs of 3–6 sentences at the best-scoring breaks.

    A line that does not end like a sentence (a name, a label, leftover chrome) is never merged:
    it stays a paragraph of its own and the runs on either side are grouped separately.

    Greedy and deterministic: from each paragraph start, every break that leaves a paragraph
    of 3–6 sentences and a tail of 0 or ≥ 2 sentences is scored by :func:`_break_score`
    (size near 4, next sentence opens a new thought, does not lean back on "It/This/But…",
    is a question, follows a gap); the best wins, the earliest on ties. A run of ≤ 6 left over
    stays whole.
    """
    groups: list[list[Line]] = []
    run: list[Line] = []
    for ln in units:
        if _ENDS_SENTENCE.search(ln.text):
            run.append(ln)
            continue
        groups += _group_sentences(run)
        groups.append([ln])
        run = []
    return groups + _group_sentences(run)


def _group_sentences(units: list[Line]) -> list[list[Line]]:
    groups, i, n = [], 0, len(units)
    while i < n:
        if n - i <= _REFLOW_MAX:
            groups.append(units[i:])
            break
        best: tuple[float, int] | None = None
        for size in range(_REFLOW_MIN, _REFLOW_MAX + 1):
            j = i + size
            if j >= n or 0 < n - j < 2:
                continue
            score = _break_score(units, j, size)
            if best is None or score > best[0]:
                best = (score, j)
        j = best[1] if best else n
        groups.append(units[i:j])
        i = j
    return groups


# A line wrapped at a width stops short of it by less than the next word: a line shorter than
# the block's width by more than this is a line of its own (a name, a list item, a row).
WRAP_SLACK = 12
WRAPPED_LINES = 3  # lines that reach the width: the evidence that text was wrapped at one
WRAP_MIN = 40  # narrower "blocks" are lists and rows, not text wrapped at a width


def _wrap_width(lines: list[Line]) -> int:
    """The width hard-wrapped lines among ``lines`` are wrapped at: the longest line up to 100
    characters, if ``WRAPPED_LINES`` lines or more reach it (within ``WRAP_SLACK``); else 0, no
    wrapping seen.

    >>> from persona_archive.cleaning.model import split_lines
    >>> wrapped = split_lines(
    ...     "Text that was wrapped at a width of about\\n"
    ...     "forty-five characters has its lines reach\\n"
    ...     "it, every one of them but the last one of\\n"
    ...     "a paragraph."
    ... )
    >>> _wrap_width(wrapped), _wrap_width(split_lines("one item\\nanother item\\na third"))
    (41, 0)
    """
    lengths = [len(ln.text) for ln in lines if len(ln.text) <= 100]
    width = max(lengths, default=0)
    reach = sum(width - WRAP_SLACK <= n for n in lengths)
    return width if width >= WRAP_MIN and reach >= WRAPPED_LINES else 0


def _paragraphs(units: list[Line | _Para], reflow: bool, unwrap: bool) -> tuple[list[_Para], list]:
    """Turn lines (between ready-made headings) into paragraphs; return them and the changes.

    Unwrapping joins a line to the one above only where that one looks wrapped at a width: it
    does not end a sentence, it reaches the width the run's lines are wrapped at
    (``_wrap_width``: several lines reach it), and the line goes on in lower case. Scraped
    pages put one paragraph, name, list item or row on each line; those lines are not all of
    one width, and stay apart."""
    paras: list[_Para] = []
    changes: list[Change] = []
    run: list[Line] = []

    def flush() -> None:
        if not run:
            return
        if reflow:
            for group in _reflow(run):
                text = " ".join(ln.text for ln in group)
                if len(group) > 1:
                    changes.append(
                        Change(
                            STAGE,
                            "reflow",
                            group[0].no,
                            "\n".join(ln.text for ln in group),
                            text,
                            f"{len(group)} one-sentence lines joined into a paragraph",
                        )
                    )
                paras.append(_Para(PARAGRAPH, text, tuple(ln.no for ln in group)))
        else:
            last_line = ""
            width = _wrap_width(run)
            for ln in run:
                prev = paras[-1] if paras else None
                if (
                    unwrap
                    and prev is not None
                    and prev.kind == PARAGRAPH
                    and prev.lines[-1] == ln.no - 1
                    and not _ENDS_CLOSED.search(prev.text)
                    and width
                    and len(last_line) >= width - WRAP_SLACK  # it reached the width
                    and ln.text[:1].islower()
                    and not prev.text.startswith(">")
                ):
                    joined = f"{prev.text} {ln.text}"
                    changes.append(
                        Change(
                            STAGE,
                            "unwrap",
                            ln.no,
                            ln.text,
                            joined,
                            f"hard-wrapped continuation joined to line {prev.lines[0]}",
                        )
                    )
                    prev.text, prev.lines = joined, (*prev.lines, ln.no)
                else:
                    paras.append(_Para(PARAGRAPH, ln.text, (ln.no,)))
                last_line = ln.text
        run.clear()

    for unit in units:
        if isinstance(unit, _Para):
            flush()
            paras.append(unit)
        else:
            run.append(unit)
    flush()
    return paras, changes
