"""Paragraphs: turn the body's lines into paragraphs, re-flowing transcripts and unwrapping
hard-wrapped text.

It exists because scraped text comes in two line shapes that both need fixing before quotes and
posts can be found: transcripts with one sentence per line (grouped into paragraphs of 3–6
sentences at the best-scoring breaks) and prose hard-wrapped at a width (continuations joined).
``_Para`` is the unit the later passes (quotes, posts) read and edit.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from persona_archive.cleaning.boilerplate import SENTENCE_MARKS
from persona_archive.cleaning.model import PARAGRAPH, Change, Line
from persona_archive.cleaning.structure.text import (
    _ENDS_CLOSED,
    _ENDS_SENTENCE,
    _LIST_ITEM,
    STAGE,
)


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

    A line that does not end like a sentence (a name, a label, leftover chrome) or that is a
    list item ("1. …", "- …": the source set it apart) is never merged: it stays a paragraph of
    its own and the runs on either side are grouped separately.

    Greedy and deterministic: from each paragraph start, every break that leaves a paragraph
    of 3–6 sentences and a tail of 0 or ≥ 2 sentences is scored by :func:`_break_score`
    (size near 4, next sentence opens a new thought, does not lean back on "It/This/But…",
    is a question, follows a gap); the best wins, the earliest on ties. A run of ≤ 6 left over
    stays whole.
    """
    groups: list[list[Line]] = []
    run: list[Line] = []
    for ln in units:
        if _ENDS_SENTENCE.search(ln.text) and not _LIST_ITEM.match(ln.text):
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
WRAP_MAX = 100  # wider lines are paragraphs a page put on one line, not wrapped ones
WRAP_BLOCK_MIN = 60  # a fill column (mail 72, RFCs 72, Usenet 70-78); a web page's top is narrower
WRAPPED_BREAKS = 2  # sentences broken at the width on the page: it was wrapped
UNWRAPPED_LINES = 2  # sentences well past the width on the page: it was not wrapped there
# A wrapper may stop short of the width by a few characters (a goal width under the maximum,
# text wrapped by hand): a line broken though the next word would have fit with this many to
# spare is still a wrapped line; with more room left its writer ended it
FILL_SLACK = 5

# A row of fields ("agree_rate: share of…", "Ort: Bremen"): a label of one word and a colon
_LABEL = re.compile(r"^[^\W\d][\w.-]{0,30}\s?:\s")
# A table's row: its columns set apart by runs of spaces (not the two after a full stop)
_COLUMNS = re.compile(r"(?<![.!?:;])\s{2,}(?=\S)")
_WORDS = re.compile(r"[^\W\d_]+")
# A line of code: an assignment or comparison between spaces, or a line that opens a bracket
# or a block ("x = [", "if a == b:", "function f() {"); code is never wrapped at a width
_CODE = re.compile(r"\s(?:[=!<>+\-*/:]?=|=>)\s|[(\[{]$|[;{}]$")
# A line that ends a sentence or a clause, in any script (Chinese 。, Hindi ।, closing 」)
_CLOSERS = frozenset(SENTENCE_MARKS | set(":,、，：；」』）】》〉"))


# The first word of a line; in a script written without spaces (Han, kana, Hangul, Thai) one
# character is where a line may break
_FIRST_WORD = re.compile(r"[^\s\u0e00-\u0e7f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+")


_ENDS = frozenset(SENTENCE_MARKS | {":"}) - {";", "·"}


TITLE_WORDS_MIN = 3  # words of four letters or more, all capitalised: a heading, not prose


def _title_cased(text: str) -> bool:
    """A heading in title case ("A Header Convention for Disclosing Agent Settings"): every
    word of four letters or more capitalised, three of them at least. Wrapped prose has its
    verbs and adjectives in lower case, in German too.

    >>> _title_cased("A Header Convention for Disclosing Conversational Agent Persona Settings")
    True
    >>> _title_cased("Wir haben im letzten Herbst einen kleinen Versuch gemacht, den ich")
    False
    """
    words = [w for w in _WORDS.findall(text) if len(w) >= 4]
    return len(words) >= TITLE_WORDS_MIN and all(w[0].isupper() for w in words)


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _closed(text: str) -> bool:
    return bool(_ENDS_CLOSED.search(text)) or text[-1:] in _CLOSERS


def _goes_on(text: str, width: int) -> bool:
    """After a wrapped line that ends a sentence, a line that reaches the width itself or ends
    a sentence (or a colon's lead-in) is the paragraph going on; a short line that does
    neither is the author's own break: a sign-off ("Cheers,", "Viele Grüße") under the text.
    """
    return (
        len(text) >= width - WRAP_SLACK or text[-1:] in _ENDS or bool(_ENDS_SENTENCE.search(text))
    )


def _wrap_width(lines: list[Line]) -> int:
    """The width hard-wrapped lines among ``lines`` are wrapped at: the length that the most
    lines reach (within ``WRAP_SLACK``) without going past it, if ``WRAPPED_LINES`` or more do;
    else 0, no wrapping seen. The densest width, not the longest line: a longer line left on
    the page (an address, a rule, a line of chrome) is no width the text was wrapped at; nor
    are a list's items, a line each (ten items of ~55 characters hid a paragraph wrapped at 44
    above them, whose lines then stayed apart and one read as a headline the second time).

    >>> from persona_archive.cleaning.model import split_lines
    >>> wrapped = split_lines(
    ...     "Text that was wrapped at a width of about\\n"
    ...     "forty-five characters has its lines reach\\n"
    ...     "it, every one of them but the last one of\\n"
    ...     "a paragraph.\\n"
    ...     "gopher://tilde.example.club/0/~wren/phlog/2026-03-07.txt"
    ... )
    >>> _wrap_width(wrapped), _wrap_width(split_lines("one item\\nanother item\\na third"))
    (41, 0)
    """
    lengths = sorted(
        len(ln.text) for ln in lines if len(ln.text) <= WRAP_MAX and not _LIST_ITEM.match(ln.text)
    )
    best, width = 0, 0
    for n in sorted({n for n in lengths if n >= WRAP_MIN}):
        reach = bisect_right(lengths, n) - bisect_left(lengths, n - WRAP_SLACK)
        if reach > best:
            best, width = reach, n
    if width < WRAP_MIN or best < WRAPPED_LINES:
        return 0
    # sentences left well past the width: the page put its paragraphs on one line each, and
    # its short lines are a list's items written without marks, not a paragraph's wrapped lines
    longer = sum(
        len(ln.text) > width + WRAP_SLACK
        and " " in ln.text
        and not ln.text.startswith(">")
        and bool(_ENDS_SENTENCE.search(ln.text))
        for ln in lines
    )
    # ... unless more sentences are broken at the width, going on in lower case on the next
    # line, than are left past it (a letter wrapped at 44 with two longer notes under it)
    broken = sum(
        width - WRAP_SLACK <= len(a.text) <= width
        and not _closed(a.text)
        and b.text[:1].islower()
        and broken_at(a.text, b.text, width)
        for a, b in pairwise(lines)
        if b.no == a.no + 1
    )
    return 0 if longer >= UNWRAPPED_LINES and longer > broken else width


def _own_line(text: str, above: str) -> bool:
    """A line that starts something of its own though the line above may be wrapped: a list
    item, a quoted line, a line without letters (a rule, a signature's separator) or under
    one, a row of fields under another one, a table's row or the line under one, the line under
    a heading in title case, a line of code or the line under one."""
    return bool(
        _LIST_ITEM.match(text)
        or text.startswith(">")
        or not _has_letters(text)
        or not _has_letters(above)
        or (_LABEL.match(text) and _LABEL.match(above))
        or _title_cased(above)
        or _CODE.search(text)
        or _CODE.search(above)
        or _COLUMNS.search(text)
        or _COLUMNS.search(above)
    )


def broken_at(line: str, following: str, width: int) -> bool:
    """Whether ``line`` was broken at ``width``, the fill column: it does not go past it, and
    the next line's first word would not have fit on it (a wrapper breaks a line only there,
    give or take ``FILL_SLACK``). A line with room left for that word ends where its writer
    ended it (a name, a post's header, a paragraph's last line); a longer one was never wrapped
    at that width. A first word
    longer than an ordinary word (an address) counts only under a line that comes within
    ``WRAP_SLACK`` of the width: a short label over a long address is no wrapped line.

    >>> broken_at("a line filled up to the", "width of the text", 26)
    True
    >>> broken_at("grey_tram", "ha, a reply", 26), broken_at("x " * 20, "y", 26)
    (False, False)
    """
    if not width or len(line) > width:
        return False
    first = _FIRST_WORD.match(following)
    word = len(first.group(0)) if first else 1
    if len(line) + 1 + word <= width - FILL_SLACK:
        return False
    return word <= 2 * WRAP_SLACK or len(line) >= width - WRAP_SLACK


def _wrapped_blocks(lines: list[Line], width: int) -> set[int]:
    """The line numbers of the lines in hard-wrapped blocks: a block is a run of lines with no
    blank line between them (the page parts its paragraphs with blank lines), none wider than
    the width, most of them but the last reaching it, where a line that comes within
    ``WRAP_SLACK`` of the width ends in the middle of a sentence and the next one goes on. The
    width is a fill column's (``WRAP_BLOCK_MIN`` or more) and the page breaks
    ``WRAPPED_BREAKS`` sentences so: a web page's lines at its top (a headline, a tagline, a
    menu) are no such text. In such a block a wrapped line that ends a sentence is not the end
    of the paragraph either: the next line goes on with it (``_paragraphs``). A block whose
    lines all end a sentence is one sentence a line, as a scraped page puts them."""
    if width < WRAP_BLOCK_MIN:
        return set()
    blocks: list[list[Line]] = []
    for ln in lines:
        if blocks and blocks[-1][-1].no == ln.no - 1:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    found: set[int] = set()
    breaks = 0
    for block in blocks:
        if len(block) < 2 or any(len(ln.text) > width for ln in block):
            continue
        reach = sum(len(ln.text) >= width - WRAP_SLACK for ln in block[:-1])
        if 2 * reach <= len(block) - 1:
            continue  # lines of many lengths: a page's rows, not a paragraph filled to a width
        inside = sum(
            not _closed(a.text)
            and not a.text.startswith(">")
            and len(a.text) >= width - WRAP_SLACK
            and broken_at(a.text, b.text, width)
            and not _own_line(b.text, a.text)
            for a, b in pairwise(block)
        )
        if inside:
            breaks += inside
            found.update(ln.no for ln in block)
    return found if breaks >= WRAPPED_BREAKS else set()


def wrapped_lines(lines: list[Line]) -> set[int]:
    """The numbers of the lines that stand in a hard-wrapped block (``_wrapped_blocks``): none
    of them is a line of its own (a title, a name), whatever its case or punctuation.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines(
    ...     "Doch, zumindest teilweise. Wir haben im letzten Herbst einen kleinen\\n"
    ...     "Versuch gemacht, den ich hier kurz beschreibe, weil er auf der Liste\\n"
    ...     "noch nicht vorkam.\\n\\n"
    ...     "Wir haben dem Modell zwanzig Aussagen vorgelegt, von denen zehn sachlich\\n"
    ...     "falsch waren, und jede falsche Aussage mit wachsendem Nachdruck\\n"
    ...     "wiederholt.\\n\\nViele Grüße"
    ... )
    >>> sorted(wrapped_lines(page))
    [1, 2, 3, 5, 6, 7]
    """
    return _wrapped_blocks(lines, _wrap_width(lines))


def _continues(
    prev: _Para, above: str, ln: Line, width: int, block: bool, unwrap: bool, in_list: bool = True
) -> bool:
    """Whether ``ln`` goes on with paragraph ``prev``, whose last line ``above`` is the line
    right above it: ``above`` reaches the ``width`` the text is wrapped at, neither is quoted
    and ``ln`` starts nothing of its own (``_own_line``); then either both lie in a hard-wrapped
    ``block`` (``_wrapped_blocks``) and, if ``above`` ends a sentence, ``ln`` is no sign-off
    (``_goes_on``) and, if ``prev`` is a list item, another item follows (``in_list``: not the
    text after the list), or (``unwrap``) ``above`` does not end a sentence and ``ln`` goes on
    in lower case."""
    if not width or prev.kind != PARAGRAPH or prev.lines[-1] != ln.no - 1:
        return False
    if above.startswith(">") or _own_line(ln.text, above) or not broken_at(above, ln.text, width):
        return False
    if block:
        if _closed(above) and _LIST_ITEM.match(prev.text) and not in_list:
            return False  # the list's last item, ended: the text goes on below it
        return not _closed(above) or _goes_on(ln.text, width)
    return (
        unwrap
        and len(above) >= width - WRAP_SLACK
        and not _ENDS_SENTENCE.search(above)
        and above[-1:] not in _ENDS
        and ln.text[:1].islower()
    )


# an item's wrapped rest, between it and the next item, is this many lines at most; more is a
# paragraph between two lists
ITEM_REST_LINES = 2


def _above_items(run: list[Line]) -> set[int]:
    """The numbers of the lines right above a list item (``ITEM_REST_LINES`` of them at most,
    no blank line between): a line there that goes on from an item is more of the item, not
    the text after the list.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = "1. One.\\nmore\\n2. Two.\\na\\nb\\nc\\n3. Three."
    >>> sorted(_above_items(split_lines(page)))
    [1, 2, 5, 6]
    """
    out: set[int] = set()
    item_at = None  # the number of the nearest list item below
    for ln in reversed(run):
        if item_at is not None and ln.no >= item_at - ITEM_REST_LINES:
            out.add(ln.no)
        if _LIST_ITEM.match(ln.text):
            item_at = ln.no
    return out


def _paragraphs(units: list[Line | _Para], reflow: bool, unwrap: bool) -> tuple[list[_Para], list]:
    """Turn lines (between ready-made headings) into paragraphs; return them and the changes.

    Unwrapping joins a line to the one above only where that one looks wrapped at a width
    (``_continues``): it reaches the width the run's lines are wrapped at (``_wrap_width``:
    several lines reach it), and either the two lie in a block of hard-wrapped lines parted
    from the next by a blank line (``_wrapped_blocks``: mail, Usenet, plain-text letters, in
    any kind of page), or (``unwrap``) the line above does not end a sentence and the line
    goes on in lower case. List items, quoted lines, a signature and rows of fields stay lines
    of their own. Scraped pages put one paragraph, name, list item or row on each line; those
    lines are not all of one width, and stay apart."""
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
            above = ""
            width = _wrap_width(run)
            blocks = _wrapped_blocks(run, width)
            items = _above_items(run)
            for ln in run:
                prev = paras[-1] if paras else None
                block = ln.no in blocks and ln.no - 1 in blocks
                on = ln.no in items
                if prev is not None and _continues(prev, above, ln, width, block, unwrap, on):
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
                above = ln.text
        run.clear()

    for unit in units:
        if isinstance(unit, _Para):
            flush()
            paras.append(unit)
        else:
            run.append(unit)
    flush()
    return paras, changes
