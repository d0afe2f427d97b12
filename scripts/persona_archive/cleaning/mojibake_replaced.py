"""Bytes a codec did not define, written as U+FFFD: what is left of the character is read.

A converter that decodes UTF-8 with a legacy code page and ``errors="replace"`` writes each byte
the code page leaves undefined as one U+FFFD, so a Hebrew "ל" (D7 9C) read as cp1255 becomes
"׳�" and a Russian "И" (D0 98) read as cp1251 "Р�" (or "Р?" where a CMS wrote the byte as
"?": a "?" counts so only inside a word, right before more of the codec's damage, as in
"Р?РґРµСЏ" for "Идея"). The lead byte survived and the U+FFFD says
how many bytes were lost and where; the lost byte was one the codec does not define. So the
sequence is the lead, its surviving continuation bytes and, in each U+FFFD's place, one of the
codec's undefined bytes: restored when one character fits ("Р�" is "И": cp1251 leaves only 98
undefined), else one U+FFFD for the whole character (the lead is not left beside it), settled by
the document's own words when exactly one reading makes a word written elsewhere in it.

Only the codecs that repaired text within a line's reach are read this way: a U+FFFD after a
correct letter ("Ä�" on a page with no damage of that codec near it) stays as written.

>>> from persona_archive.cleaning.mojibake import fix_mojibake
>>> fix_mojibake("Р�горь пишет: Р�нтересно, как РґРµР»Р°?")
'Игорь пишет: Интересно, как дела?'
>>> fix_mojibake("Р?РґРµСЏ С…РѕСЂРѕС€Р°СЏ? Да.")
'Идея хорошая? Да.'
"""

from __future__ import annotations

import contextlib
import functools
import re
from bisect import bisect_left
from itertools import product

from persona_archive.cleaning.mojibake_core import (
    Repair,
    add_taken,
    is_consistent,
    is_plausible,
    overlaps,
    restored_starts,
    script_letter,
    script_of,
    seq_len,
    settle_by_document,
)
from persona_archive.page import LOST

_REACH = 80  # characters on each side where a repair of the codec makes it the line's


def written_lost(text: str, repairs: list, taken: list[tuple[int, int]], scripts) -> None:
    """Read the sequences whose undefined bytes were written as U+FFFD (see the module
    docstring); ``repairs`` and ``taken`` are the single-byte pass's, extended in place."""
    if LOST not in text and "?" not in text:
        return

    lost: list[int] = []
    for name, c, starts in restored_starts(repairs):
        marks = _marks(text, c.encode)
        for k in sorted(marks):
            i = k - 1
            # back to the lead: surviving continuation bytes and lost ones may stand between
            while i >= 0 and i > k - 4 and (i in marks or 0x80 <= c.encode.get(text[i], 0) <= 0xBF):
                i -= 1
            b = c.encode.get(text[i]) if i >= 0 else None
            if b is None or not 0xC2 <= b <= 0xF4:
                continue
            end = i + seq_len(b)
            at = range(i + 1, end)
            if end > len(text) or k >= end or not _near(starts, i):
                continue
            if not all(n in marks or 0x80 <= c.encode.get(text[n], 0) <= 0xBF for n in at):
                continue
            if overlaps(taken, i, end):
                # the lead (and the bytes before the mark) already read by the script pass: the
                # whole sequence is one character, not the lead's and then each lost byte's
                j = next((n for n, r in enumerate(repairs) if r.offset == i), None)
                if j is None or repairs[j].codec != name or len(repairs[j].after) != 1:
                    continue
                read = i + len(repairs[j].before)
                if read > k:
                    continue
                if any(i < r.offset < end for r in repairs) or overlaps(taken, read, end):
                    continue
                del repairs[j]
                lost[:] = [n - (n > j) for n in lost if n != j]
            slots = [c.dropped_cont if n in marks else (c.encode[text[n]],) for n in at]
            cands = set()
            for tail in product(*slots):
                try:
                    ch = bytes([b, *tail]).decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if is_consistent(ch) and (is_plausible(ch) or script_letter(ch, scripts)):
                    cands.add(ch)
            if not cands:
                continue
            cands = tuple(sorted(cands))
            after, why = (cands[0], "unique") if len(cands) == 1 else (LOST, "unrecoverable")
            if after == LOST:
                lost.append(len(repairs))
            repairs.append(Repair(i, text[i:end], after, name, why, cands))
            add_taken(taken, i, end)
    if lost:
        settle_by_document(text, repairs, lost)


def _marks(text: str, encode) -> set[int]:
    """Where a lost byte was written: each U+FFFD, and a "?" inside a word right before more
    of the codec's damage (a "?" that ends a sentence is punctuation as written). On a page
    where a converter wrote its lost bytes so, twice or more, a "?" that ends a word
    right after a sequence of the codec cut short is one too (Thai "ครับ" read as cp874 is
    "เธ?": E0 B8, and 9A written as "?"); so is one between letters right after such a
    sequence ("Ä?iá»?u" for "Điều" read as cp1258)."""
    out = set()
    ends = []
    for i, ch in enumerate(text):
        if ch == LOST:
            out.add(i)
        elif ch == "?" and i and ord(text[i - 1]) > 0x7F:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if ord(nxt or " ") > 0x7F and nxt in encode:
                out.add(i)
            elif _cut_short_before(text, i, encode):
                # between letters of a word ("Ä?iá»?u" for "Điều") or, on such a page, at its end
                (out.add if nxt.isalpha() else ends.append)(i)
    inside = sum(text[i] == "?" for i in out)
    if inside >= _QMARK_PAGE or (inside and len(ends) >= _QMARK_PAGE):
        out.update(ends)
    return out


# lost bytes written as "?" inside words that make a page a converter's; one does beside as
# many at words' ends ("pÄ?rerea" and "cÄ?", "schimbÄ?" for Romanian "ă" read as cp1250)
_QMARK_PAGE = 2


def _cut_short_before(text: str, i: int, encode) -> bool:
    """Whether the codec's characters right before ``i`` end with a UTF-8 sequence that lacks
    one byte: a lead and one or two continuation bytes, one short of its length."""
    n = 0
    while n < 3 and i - n - 1 >= 0 and 0x80 <= encode.get(text[i - n - 1], 0) <= 0xBF:
        n += 1
    lead = encode.get(text[i - n - 1], 0) if i - n - 1 >= 0 else 0
    return 0xC2 <= lead <= 0xF4 and n == seq_len(lead) - 2


def _near(starts: list[int], pos: int) -> bool:
    i = bisect_left(starts, pos - _REACH)
    return i < len(starts) and starts[i] <= pos + _REACH


# code pages that leave the lead bytes of whole alphabets undefined (ISO-8859-8 all of C2-DE:
# Hebrew, Arabic, Greek, Cyrillic; ISO-8859-3 D0), so that with errors="replace" a letter
# keeps only its continuation byte
_LEADLESS = ("iso8859_8", "iso8859_3", "iso8859_6", "iso8859_11")


@functools.cache
def _leadless(name: str) -> tuple[tuple[int, ...], dict[str, int], re.Pattern[str]]:
    """A code page's undefined two-byte leads, the characters it reads continuation bytes as
    (A0-BF; 80-9F are C1 controls, stripped), and a token made of U+FFFD and those."""
    leads = []
    for b in range(0xC2, 0xE0):
        try:
            bytes([b]).decode(name)
        except UnicodeDecodeError:
            leads.append(b)
    conts = {}
    for b in range(0xA0, 0xC0):
        with contextlib.suppress(UnicodeDecodeError):
            conts[bytes([b]).decode(name)] = b
    chars = "".join(re.escape(ch) for ch in conts)
    token = re.compile(f"(?<!\\S)(?:{LOST}[{chars}]?)+(?=[\\s.,;:!?]|$)")
    return tuple(leads), conts, token


def lost_leads(text: str, repairs: list, taken: list[tuple[int, int]], scripts) -> None:
    """Read the words of a page's script whose lead bytes a code page left undefined and wrote
    as U+FFFD: Hebrew read as ISO-8859-8 with errors="replace" turns "שבת" (D7 A9, D7 91,
    D7 AA) into "\\ufffd©\\ufffd\\ufffd×" - each lead one U+FFFD, the C1 byte 91 stripped. A
    U+FFFD and the continuation byte after it are a letter of the page's scripts when exactly
    one undefined lead makes one ("\\ufffd©" is "ש"); a U+FFFD alone stays the lost letter
    it marks. Only whole words made of such pairs are read, and only where one pair reads
    for sure; correct text holds no U+FFFD.

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> fix_mojibake("תגובות לכתבה\\nאבי\\n\\ufffd©\\ufffd\\ufffd× \\ufffd©\\ufffd\\ufffd\\ufffd")
    'תגובות לכתבה\\nאבי\\nש\\ufffdת ש\\ufffd\\ufffd\\ufffd'
    """
    if LOST not in text or not scripts:
        return
    scripts = _written_scripts(text, scripts)
    if not scripts:
        return
    for name in _LEADLESS:
        leads, conts, token = _leadless(name)
        for m in token.finditer(text):
            if overlaps(taken, m.start(), m.end()):
                continue
            found = _read_leadless(m, leads, conts, scripts, name)
            if found and any(r.after != LOST for r in found):
                for r in found:
                    repairs.append(r)
                    add_taken(taken, r.offset, r.offset + len(r.before))


_WORD = re.compile(r"[^\W\d_]{2,}")


def _written_scripts(text: str, scripts) -> frozenset[str]:
    """The scripts the page writes words in (two letters or more, all of the script): not the
    letters a code page's damage is made of (ISO-8859-8 reads Vietnamese bytes as Hebrew
    letters among its marks)."""
    out = set()
    for m in _WORD.finditer(text):
        found = {script_of(ch) for ch in m.group()}
        if len(found) == 1 and found <= scripts:
            out |= found
    return frozenset(out)


def _read_leadless(m, leads, conts, scripts, name) -> list | None:
    """The repairs of one token of U+FFFD and continuation characters, or None if a pair in it
    reads as no letter of the page's scripts."""
    out = []
    word = m.group()
    for i, ch in enumerate(word):
        if ch == LOST:
            continue
        cands = set()
        for lead in leads:
            try:
                x = bytes([lead, conts[ch]]).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if x.isalpha() and script_letter(x, scripts):
                cands.add(x)
        if not cands:
            return None
        cands = tuple(sorted(cands))
        after, why = (cands[0], "unique") if len(cands) == 1 else (LOST, "unrecoverable")
        out.append(Repair(m.start() + i - 1, word[i - 1 : i + 1], after, name, why, cands))
    return out
