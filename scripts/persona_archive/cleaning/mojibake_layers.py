"""Mojibake of two different code pages, one on top of the other (double mojibake).

A Russian page whose UTF-8 bytes were read as cp1251, saved as UTF-8 and read again as cp1252
("при" -> "РїСЂРё" -> "Ð¿Ñ€Ð¸"): repairing one layer leaves text that is damage once more, and
cleaning the cleaned text a second time would repair it further (not idempotent). Both layers
are undone in one step here, from the text as the scrape saved it:

1. the run's characters, read back as the *outer* codec's bytes, are UTF-8 of the first layer:
   each sequence gives one character of it, a sequence that lost bytes (bytes the outer codec
   does not define, dropped or written as U+FFFD) any character it can be whose bytes would
   have been lost so - and that the *inner* codec produces (the first layer is the inner
   codec's text: "Ð" with a lost 8F is "Џ", not "Ѝ"), or U+FFFD ("ï¿½"), which the first
   reading wrote for a byte it did not define;
2. each reading of the first layer, read back as the inner codec's bytes, is UTF-8 of the text;
   a sequence of it that lost a byte (cp1251 drops 98: "И" is "Р" alone, or "Р�") is any
   character it can be;
3. a reading counts when every character is a letter of one non-Latin script (not a rare one)
   or of the plausible class (punctuation, Latin letters), with at least one sequence in each
   layer that kept a continuation byte (a bare lead is a correct letter, not damage) and at
   least half the first layer's sequences whole ("é’" is one layer, not a cut "騒"). All the
   readings of all inner codecs agree on the length, or nothing is done; where they differ in a
   character it is marked lost (U+FFFD), never chosen.

>>> from persona_archive.cleaning.mojibake import fix_mojibake
>>> fix_mojibake("Ð\\xa0ÑŸÐ¡Ð‚Ð\\xa0Ñ‘Ð\\xa0Ð†Ð\\xa0ÂµÐ¡â€š, Ð¡Ð Ð\\xa0Ò‘Ð\\xa0Ñ•Ð\\xa0Ñ˜Ð\\xa0Â°.")
'Привет, я дома.'
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from bisect import bisect_left, insort
from collections.abc import Iterable
from itertools import product

from persona_archive.cleaning.decoding import latin_alphabets
from persona_archive.cleaning.mojibake_core import (
    EXTENDED_B_LETTERS,
    codec_table,
    is_plausible,
    parse_run,
    script_letter,
    script_of,
    seq_len,
    sequence_candidates,
)
from persona_archive.page import LOST

#: Codecs that read a page a second time (the outer layer) and the codecs of the first reading
#: tried under them, in order. A Central European page is read again by its own code pages as
#: often as by cp1252: Serbian "ž" -> "Å¾" (cp1252) -> "Ă…Âľ" (cp1250), which the first pass
#: alone reads as "Å¾" and a second cleaning as "ž" (not idempotent).
OUTER = ("cp1252", "latin_1", "cp1250", "iso8859_2")
INNER = (
    "cp1251",
    "cp1250",
    "iso8859_2",
    "cp1253",
    "cp1254",
    "cp1256",
    "cp1257",
    "cp1255",
    "koi8_r",
)
_MAX_READINGS = 64  # readings of one layer tried per run
_MIN_RUN = 3  # characters: one Cyrillic letter that lost a byte is three ("Ð¡Ð")


@functools.cache
def _run_with_lost(outer: str) -> re.Pattern[str]:
    """The outer codec's runs, U+FFFD (a byte it did not define, written so) included."""
    pattern = codec_table(outer).run.pattern
    return re.compile(pattern[:-2] + "\ufffd]+")


def _sequence_options(codec: str, segs, keep) -> list[list[str]] | None:
    """Per sequence, the characters it can be that ``keep`` accepts; None if one has none."""
    out = []
    for g in segs:
        if g.lead is not None and len(g.surv) == seq_len(g.lead) - 1:
            try:
                cands: Iterable[str] = (bytes([g.lead, *g.surv]).decode("utf-8"),)
            except UnicodeDecodeError:
                return None
        else:
            cands = sequence_candidates(codec, g.lead, g.surv)
        kept = [ch for ch in cands if keep(ch)]
        if not kept:
            return None
        out.append(kept)
    return out


def _text_ok(chars: str) -> bool:
    """Letters of at most one non-Latin script (none rare) and plausible characters."""
    scripts = {script_of(ch) for ch in chars if not is_plausible(ch)}
    if len(scripts) != 1 or None in scripts:
        return all(is_plausible(ch) for ch in chars)
    return all(is_plausible(ch) or script_letter(ch, frozenset(scripts)) for ch in chars)


def _not_rare(ch: str) -> bool:
    """A character the text may hold: no rare letter of a script (archaic Greek "Ϙ", "ϐ"), which
    would only multiply the readings of a Greek letter that lost its byte (ρ ψ ϊ ό ύ ώ)."""
    script = script_of(ch)
    return script is None or is_plausible(ch) or script_letter(ch, frozenset({script}))


def no_word(chars: str) -> bool:
    """Whether a reading that all the first layers agree on is no text: a mark that follows no
    letter of its script, or a letter of Latin Extended-B or IPA that no widely written
    language uses. A Romanian "Ş«" read as cp1250 is whole text, no first layer of the Thaana
    vowel sign "ޫ" (cp1254's DE AB), nor is "ă”" (its 83 lost) one of "Ɣ"."""
    for i, ch in enumerate(chars):
        if unicodedata.category(ch)[0] == "M" and (
            not i or script_of(chars[i - 1]) != script_of(ch)
        ):
            return True
        if 0x0180 <= ord(ch) <= 0x02AF and ch not in EXTENDED_B_LETTERS:
            return True
    return False


def _some_survived(segs) -> bool:
    return any(g.surv for g in segs) and all(g.lead is not None for g in segs)


def _readings(run: str, outer: str, inner: str, bare: bool = False) -> set[str]:
    """Every text that ``run`` can be as ``inner`` damage read again as ``outer``; with
    ``bare``, only a first layer of bare two-byte leads alone ("РР", whose 98 cp1251 dropped),
    which is a reading only where words read through both layers stand around it."""
    ic = codec_table(inner)
    if foreign_controls(run, outer):
        return set()
    segs = parse_run(outer, run.replace(LOST, ""))
    if not segs or not _some_survived(segs):
        return set()
    first = _sequence_options(
        outer, segs, lambda ch: ch == LOST or (ch in ic.encode and ord(ch) >= 0xA0)
    )
    if first is None or math.prod(map(len, first)) > _MAX_READINGS:
        return set()
    out: set[str] = set()
    for combo in product(*first):
        layer = "".join(combo).replace(LOST, "")  # a byte the inner codec did not define
        inner_segs = parse_run(inner, layer)
        if bare:
            if not inner_segs or not all(_bare_two_byte(g) for g in inner_segs):
                continue
        elif not inner_segs or not _some_survived(inner_segs):
            continue
        elif 2 * sum(len(g.surv) == seq_len(g.lead) - 1 for g in inner_segs) < len(inner_segs):
            continue  # mostly cut sequences: "é’" is one layer of damage, not a lost "騒"
        second = _sequence_options(inner, inner_segs, _not_rare)
        if second is None or math.prod(map(len, second)) > _MAX_READINGS:
            continue
        out.update(t for t in map("".join, product(*second)) if _text_ok(t))
        if len(out) > _MAX_READINGS:
            return set()
    return out


def foreign_controls(run: str, codec: str) -> bool:
    """Whether ``run`` keeps a C1 control whose byte ``codec`` reads as a character: that code
    page wrote no such control ("Ă\x85ÂĄ" is ISO-8859-2's reading, cp1250 reads 85 as "…").

    >>> foreign_controls("Ă\x85ÂĄ", "cp1250"), foreign_controls("Ă\x85ÂĄ", "iso8859_2")
    (True, False)
    """
    table = codec_table(codec).table
    return any("\x80" <= ch <= "\x9f" and table[ord(ch) - 0x80] is not None for ch in run)


def _line(text: str, s: int) -> str:
    """The line of ``s``."""
    start = text.rfind("\n", 0, s) + 1
    end = text.find("\n", s)
    return text[start : end if end >= 0 else len(text)]


def _may_have_read(line: str, codec: str) -> bool:
    """Whether ``codec`` can have written ``line``: every character is ASCII, a lost byte or
    one of its characters, and no C1 control stands for a byte it reads as a character. A
    line with "â€“" was not read as latin-1, nor one with "Ă\x85" as cp1250.

    >>> _may_have_read("Ð¡Ð â€“", "latin_1"), _may_have_read("Ð¡Ð â€“", "cp1252")
    (False, True)
    """
    enc = codec_table(codec).encode
    return not foreign_controls(line, codec) and all(
        ch.isascii() or ch == LOST or ch in enc for ch in line
    )


def _other_outers(
    text: str, s: int, e: int, run: str, outer: str, done: tuple[str, str], abc: frozenset[str]
) -> tuple[str, str]:
    """``done``, the reading of ``run`` under ``outer``, with the characters that a reading under
    another outer code page gives otherwise marked lost: the bytes do not tell which code page
    read the page the second time. Czech "á" read as cp1252, then as ISO-8859-2, is "Ă\x83ÂĄ";
    cp1250 (which leaves 83 undefined) under it reads "å" through cp1254. A code page that
    cannot have written the line is no reading (``_may_have_read``), nor a letter of no
    alphabet of the page (``page_alphabet``).

    >>> _other_outers("vĂ\x83ÂĄm", 1, 5, "Ă\x83ÂĄ", "cp1250", ("å", "cp1254>cp1250"), frozenset())
    ('\ufffd', 'cp1254>cp1250')
    """
    texts = {done[0]}
    if len(same := _readings(run, outer, outer)) == 1:
        texts |= same  # one code page twice: "Ä\x82Ĺ\xa0" is "é" so, "Ê" through cp1250
    line = _line(text, s)
    for other in OUTER:
        if other == outer or not _may_have_read(line, other):
            continue
        if not _run_with_lost(other).fullmatch(run):
            continue
        alt = undo_two_codecs(run, other, abc=abc)
        if alt is not None:
            texts.add(alt[0])
    texts = fitting(texts, abc)
    if len(texts) == 1:
        return texts.pop(), done[1]
    if len({len(t) for t in texts}) != 1:
        return LOST, done[1]
    merged = "".join(col[0] if len(set(col)) == 1 else LOST for col in zip(*texts, strict=True))
    return merged, done[1]


def fitting(texts: set[str], abc: frozenset[str]) -> set[str]:
    """The readings whose Latin letters beyond a-z are all letters of alphabet ``abc`` (a lost
    one, U+FFFD, fits), or all readings when none is so or ``abc`` is empty.

    >>> sorted(fitting({"á", "å"}, frozenset("áčě"))), sorted(fitting({"á", "å"}, frozenset()))
    (['á'], ['á', 'å'])
    """
    fit = {
        t
        for t in texts
        if all(ch.isascii() or ch.lower() in abc or script_of(ch) != "LATIN" for ch in t)
    }
    return fit if abc and fit else texts


@functools.lru_cache(maxsize=4)
def page_alphabet(text: str) -> frozenset[str]:
    """The letters of the alphabets (``data/latin_alphabets.yml``) holding most letters of the
    page's undamaged lines (no two characters beyond ASCII side by side, as damage writes
    them), empty when they write none. A Czech page's "á" read as cp1252, then ISO-8859-2
    ("Ă\x83ÂĄ"), is "á", or "å" through cp1250 and cp1254: "å" is no letter of the page's
    alphabets. Alphabets that hold the page's letters equally well all count ("č š ž" are
    Croatian, Slovene, Czech, Slovak, Latvian and Lithuanian letters).

    >>> sorted(page_alphabet("Đurđa je rekla: već sam poskusio.\\nok ĂÄ"))
    ['ć', 'č', 'đ', 'š', 'ž']
    """
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        if _PAIR.search(line):
            continue
        for ch in line:
            if not ch.isascii() and ch.isalpha():
                counts[ch.lower()] = counts.get(ch.lower(), 0) + 1
    if not counts:
        return frozenset()
    held = [sum(counts.get(ch, 0) for ch in abc) for abc in latin_alphabets()]
    if not max(held):
        return frozenset()
    return frozenset().union(
        *(abc for abc, n in zip(latin_alphabets(), held, strict=True) if n == max(held))
    )


_PAIR = re.compile("[^\\x00-\\x7f]{2}")


def _whole_letter(run: str, outer: str) -> bool:
    """Whether one reading of ``run`` as ``outer`` damage has a whole sequence that is a letter
    of a script other than Latin (Russian "Ð¢Ñ" read as latin-1 is "Т" and a bare lead)."""
    segs = parse_run(outer, run.replace(LOST, "")) or ()
    for g in segs:
        if g.lead is not None and len(g.surv) == seq_len(g.lead) - 1:
            try:
                ch = bytes([g.lead, *g.surv]).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if ch.isalpha() and script_of(ch) not in (None, "LATIN"):
                return True
    return False


def _bare_two_byte(g) -> bool:
    return g.lead is not None and 0xC2 <= g.lead <= 0xDF and not g.surv


def undo_two_codecs(
    run: str,
    outer: str,
    inners: Iterable[str] = INNER,
    bare: bool = False,
    abc: frozenset[str] = frozenset(),
) -> tuple[str, str] | None:
    """The text under ``run`` (damaged by an inner codec, then by ``outer``) and the codecs'
    name ("cp1251>cp1252"), with a lost character where the readings differ; else None.
    Given the page's alphabet ``abc``, a reading with a Latin letter it lacks yields to those
    without one (``fitting``).

    >>> undo_two_codecs("Ð¡Ð", "cp1252")  # "я" (D1 8F): cp1252 dropped the 8F of "Џ"
    ('я', 'cp1251>cp1252')
    >>> undo_two_codecs("Ð\\xa0Ð", "cp1252")  # "Ш" (Р Ё) or "Џ" (Р Џ): marked
    ('\ufffd', 'cp1251>cp1252')
    >>> undo_two_codecs("Ð\\xa0ï¿½Ð\\xa0Ð…", "cp1252")  # "Р�РЅ": the 98 of "И" lost, then "н"
    ('Ин', 'cp1251>cp1252')
    >>> undo_two_codecs("Ã©", "cp1252") is None  # one layer: "é"
    True
    >>> undo_two_codecs("Ã©â€™", "cp1252") is None  # "é’", not cp1250's cut-short E9 92
    True
    """
    found: dict[str, str] = {}
    for inner in inners:
        if inner == outer:
            continue
        for text in _readings(run, outer, inner, bare):
            found.setdefault(text, inner)
    texts = sorted(fitting(set(found), abc))
    if not texts or len({len(t) for t in texts}) != 1:
        return None
    merged = "".join(col[0] if len(set(col)) == 1 else LOST for col in zip(*texts, strict=True))
    if no_word(merged):
        return None
    inner_names = sorted({found[t] for t in texts})
    return merged, f"{'|'.join(inner_names)}>{outer}"


def two_codec_spans(
    text: str, repaired: Iterable[tuple[int, str]]
) -> list[tuple[int, int, str, str]]:
    """Runs of ``text`` that are double mojibake of two codecs: (start, end, text, codecs).
    ``repaired`` gives (offset, codec) of the first pass's repairs: only a run that the first
    pass repaired in part (under whichever codec it chose) is read again.

    >>> two_codec_spans("ok Ð¡Ð‚Ð\\xa0Ñ‘ ok", [(3, "cp1252")])
    [(3, 11, 'ри', 'cp1251>cp1252')]
    """
    starts = sorted(offset for offset, _ in repaired)
    spans: list[tuple[int, int, str, str]] = []
    if not starts:
        return spans
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        """Not read yet, and a whole stretch: a codec's run inside a longer non-ASCII stretch
        ("Ð¡Ñ" of latin-1 in cp1252's "Ð¡ÑŠ") is part of another codec's damage."""
        if (s and not text[s - 1].isascii() and not text[s - 1].isspace()) or (
            e < len(text) and not text[e].isascii() and not text[e].isspace()
        ):
            return False
        i = bisect_left(taken, (e, 0))
        return not (i and taken[i - 1][1] > s)

    def add(s: int, e: int, done: tuple[str, str]) -> None:
        spans.append((s, e, *done))
        insort(taken, (s, e))

    qmark = _question_marked(text)
    abc = page_alphabet(text)
    for outer in OUTER:
        for s, e, run, tail in _runs(text, outer, qmark):
            i = bisect_left(starts, s)
            if len(run) < _MIN_RUN or i == len(starts) or starts[i] >= e:
                continue
            if free(s, e) and (done := undo_two_codecs(run, outer, abc=abc)) is not None:
                if outer == "latin_1" and not done[0].strip(LOST) and _whole_letter(run, outer):
                    continue  # marks alone where one layer reads a letter ("Ð¢Ñ": "Т", lost)
                done = _other_outers(text, s, e, run, outer, done, abc)
                add(s, e, (done[0] + tail, done[1]))
    # a document with double mojibake that restored letters: its other runs of the same two
    # codecs are read too (the first pass may have left them alone as another codec's text)
    found = {tuple(names.split(">")) for _, _, fixed, names in spans if fixed.strip(LOST)}
    for inners, outer in sorted(found):
        for s, e, run, tail in _runs(text, outer, qmark):
            if len(run) < 2 or not free(s, e):
                continue
            done = undo_two_codecs(run, outer, inners.split("|"), abc=abc)
            if done is not None and done[0].strip(LOST):
                add(s, e, (done[0] + tail, done[1]))
        # a word whose first layer is bare leads alone, between two words read so ("что РР
        # иногда" under cp1252: "Ð\xa0Ð\xa0" is "ИИ")
        ends = {e for _, e, _, _ in spans}
        begins = {s for s, _, _, _ in spans}
        for s, e, run, tail in _runs(text, outer, qmark):
            if s - 1 in ends and e + 1 in begins and text[s - 1] == " " and free(s, e):
                done = undo_two_codecs(run, outer, inners.split("|"), bare=True)
                if done is not None and LOST not in done[0] and done[0].isalpha():
                    add(s, e, (done[0] + tail, done[1]))
    return sorted(spans)


# a "?" between two characters of a word: no writer puts one there, a converter that wrote "?"
# for each byte it did not define does
_MID_WORD_QUESTION = re.compile("[^\\x00-\\x7f\\s]\\?+[^\\x00-\\x7f\\s]")


def _question_marked(text: str) -> bool:
    """The page may have its lost bytes written as "?" (a CMS saving a legacy page): it has a
    "?" and no byte written as U+FFFD."""
    return LOST not in text and "?" in text


def _runs(text: str, outer: str, qmark: bool) -> list[tuple[int, int, str, str]]:
    """The outer codec's runs: (start, end, run with its lost bytes as U+FFFD, what follows the
    repair). Where lost bytes may have become "?", the "?" right after a run that its last
    sequence lacks is a lost byte when the page says so - a "?" inside a word elsewhere
    ("Ð¡Ð?" is "я" with its 8F lost, no question mark; "Ð¡Ð??" is "я?") - and a question
    mark when the page has a sequence that lost a byte with no "?" after it. Otherwise which
    it is is not known: the letter is read and the "?" marked lost (U+FFFD), never guessed.

    >>> [r[2:] for r in _runs("Ð¡Ð?, Ð¡Ð?Ð\xa0", "cp1252", True)]
    [('Ð¡Ð\ufffd', ''), ('Ð¡Ð\ufffdÐ\xa0', '')]
    >>> [r[2:] for r in _runs("Ð¡Ð?, Ð¡Ð.", "cp1252", True)]
    [('Ð¡Ð', ''), ('Ð¡Ð', '')]
    >>> [r[2:] for r in _runs("Ð¡Ð?, ok.", "cp1252", True)]
    [('Ð¡Ð\ufffd', '\ufffd')]
    """
    if not qmark:
        return [(m.start(), m.end(), m.group(), "") for m in _run_with_lost(outer).finditer(text)]

    pattern = _run_with_lost(outer).pattern[:-2] + "?]+"
    found = []  # (start, core end, end, missing)
    without = False
    for m in re.finditer(pattern, text):
        s, e = m.span()
        while s < e and text[s] == "?":
            s += 1
        core_end = e
        while core_end > s and text[core_end - 1] == "?":
            core_end -= 1
        if core_end == s:
            continue
        missing = 0
        pieces = text[s:core_end].replace(LOST, "").split("?")
        for n, piece in enumerate(pieces):
            segs = parse_run(outer, piece) or ()
            short = [
                k
                for k, g in enumerate(segs)
                if g.lead is not None and len(g.surv) < seq_len(g.lead) - 1
            ]
            # a sequence short of a byte with no "?" after it: bytes were dropped, not "?"
            without = without or any(k < len(segs) - 1 for k in short)
            if n == len(pieces) - 1 and short and short[-1] == len(segs) - 1:
                g = segs[-1]
                missing = seq_len(g.lead) - 1 - len(g.surv)
        found.append((s, core_end, e, missing))
    inside = bool(_MID_WORD_QUESTION.search(text))
    without = without or any(missing and core_end == e for _, core_end, e, missing in found)
    out = []
    for s, core_end, e, missing in found:
        end = min(e, core_end + missing)
        if end == core_end or inside:
            out.append((s, end, text[s:end].replace("?", LOST), ""))
        elif without:
            out.append((s, core_end, text[s:core_end].replace("?", LOST), ""))
        else:
            out.append((s, end, text[s:end].replace("?", LOST), LOST * (end - core_end)))
    return out
