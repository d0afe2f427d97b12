"""Mojibake repair: undo UTF-8 text that was decoded with a wrong single-byte codec.

Damage model
------------
A page's UTF-8 bytes were decoded with a legacy single-byte codec, and the bytes that codec
leaves undefined (plus, for ISO-8859-x, the C1 controls 0x80-0x9F, which scrapers strip) were
DROPPED. "🤣" (F0 9F A4 A3) read as ISO-8859-7 becomes "π€£": F0→π, 9F dropped, A4→€, A3→£.
Where a tool kept the C1 controls (U+0080-U+009F) or mapped undefined bytes to them, they are
read back as the bytes they stand for, losslessly. Pages that mix two codecs (a codec with a
cp1252 fallback for the bytes it does not define, e.g. ``cp874+cp1252``) are codecs of their own.
Ordinary lossless mojibake ("itâ€™s") that this module does not explain is left to ``ftfy``
(encoding fixes only; quotes, ligatures, widths and C1 controls untouched), token by token (or
the pieces of a token the codec repairs left),
accepted only when ftfy read the token as cp1252/cp1250/cp1251/latin-1 and every character
it produced is in the plausible class below, or letters of one script (no MacRoman or partial
"inconsistent UTF-8" fixes).

Method
------
1. For each codec, the maximal runs of characters that the codec produces from bytes >= 0x80
   are mapped back to bytes and cut into UTF-8 sequences: every lead byte (C2-F4) starts a
   sequence and the continuation bytes (80-BF) after it belong to it. A run with an invalid
   byte (C0, C1, F5-FF, too many continuations) is not damage under that codec.
2. Each sequence's missing continuation bytes are re-inserted in every position and with every
   value in the codec's dropped set (at most 3 per sequence); a run that starts with
   continuation bytes gets a dropped lead byte. The *consistent candidates* are the results
   that decode to one assigned character (not Cn, Co, Cs, Cc).
3. Which runs are damage. A sequence is *strong* when at least one continuation byte survived
   and a candidate is in the plausible class (emoji and emoji components, typographic
   punctuation, Latin letters and symbols up to U+024F and U+1E00-U+1EFF, currency signs
   but those in another script's block) -
   except a run that is just an accented Latin letter followed by characters that naturally
   follow a letter ("Ç’", "Ã©"): that is left to ftfy, which has a badness model for Latin
   text. The document's codec is the one whose strong runs cover the most characters
   (in reaction rows a sequence is strong when it has an emoji candidate); ties go to the
   first codec in ``CODECS``. The document is *established* as damaged under it when it has
   strong runs, at most one unparseable run per four strong characters, no more bare lead
   bytes between two letters (other than before a contraction ending) than strong characters,
   and no character the codec cannot produce. In an established document a parseable run is
   damage except the sequences that are characters as written (``_as_written``): those no
   plausible character explains ("é" alone is cp1252 for é, not a lost 遁), and a lone lead
   byte that reads as a letter of its word ("Ärger", unlike "letβs") when nothing else in the
   word decodes (as in "ÄeskÃ½") - mojibake elsewhere never makes a correct letter wrong.
   Elsewhere only strong runs are damage (with a run's other sequences judged the same way),
   plus a lone lead byte that is punctuation-capable and at an unmistakable position: before a
   contraction ending ("letβs"), or - for a non-Latin character (β, π, โ) - an
   opening/closing pair in one line ("βquotedβ"), or a segment of a reaction row. So
   "π ≈ 3.14", "β-blockers" and Greek, Thai, Cyrillic, Hebrew or Arabic prose are left alone.
   Damage of the document's own script (issue 18: a Greek, Russian, Thai or Chinese page with a
   title, quote or comment re-encoded) is told by its shape, not by the plausible class: the
   document's scripts are those of its non-Latin letters as written; a run is damage of them
   when every sequence has its lead byte and can be a letter of them (or plausible), and two
   are complete sequences that decode to such letters ("Р—Р°", "ΞΈΞ­ΞΌΞ±", "ç ”ç©¶"); once
   a document has such a run, one complete sequence is enough ("Рє"), and its lone lead bytes
   ("Ο", ρ that lost its 81) are damage too. Correct text of a script does not read as UTF-8
   of it, and a run of letters of the document's script that decodes only to something else
   (Thai "ยก", the bytes of "¡") stays as written. The codec whose runs explain most
   characters by complete sequences wins (a codec that cuts a word short reads it as lossy).
   Rare letters (archaic Greek, historic Cyrillic, Extension A ideographs) are no reading.
4. Ranking, strongest evidence first: exactly one consistent candidate ("unique"); the same
   context undamaged elsewhere in the corpus ("corpus evidence", see ``Evidence``); U+FE0F or
   ZWJ after an emoji ("emoji sequence"); inside a reaction row (a line of emoji + count pairs)
   the reaction vocabulary ``data/mojibake_reactions.txt``, then the emoji set ("reaction
   vocabulary"/"emoji vocabulary"); a single plausible-class candidate ("emoji vocabulary" or
   "plausible class"); the typographic role of the position among the punctuation candidates
   ("quote position": between letters before a contraction ending → ’, before a word → “,
   after a word → ” when a quote is open else ’, between spaces or at line start before a
   space → —, between digits → –). Otherwise U+FFFD with reason "unrecoverable" and the
   candidates recorded. No popularity prior: two plausible emoji stay unresolved. In damage
   of the document's script a single letter of it is "document script"; then the document
   itself settles what is left: a damaged word whose readings make exactly one word written
   elsewhere in it ("document vocabulary"), and for CJK a character whose readings make
   exactly one pair with a neighbour written elsewhere ("document context").
5. ftfy's reading of a token is also accepted when it is a word of one script (two letters
   or more: "Ð¿Ñ€Ð¸" → "при"), and when the token's quotes or brackets hid it ("«Ð¼Ð°Ð»»").

Per codec: the dropped bytes, and how many consistent candidates a damaged sequence can have:
a bare E2 (both continuation bytes lost: U+2000-U+2FFF, quotes, dashes, ❤ ⚡ ✅ ...), a bare F0
(all three lost: emoji and other supplementary characters; "emoji" = how many of those are
emoji), and the worst case for F0 with one surviving continuation byte. Computed by
``python scripts/bench_mojibake.py --table``::

    codec      dropped bytes                            bare E2   bare F0  F0 +1 cont  emoji
    iso8859_7  80-9F AE D2 FF                              1043      8625        1642    452
    cp1253     81 88 8A 8C-90 98 9A 9C-9F AA D2 FF          224       983         379    114
    cp874      81-84 86-90 98-9F DB-DE FC-FF                507      2032         732    194
    cp1251     98                                             1         1           3      0
    latin_1    80-9F                                        980      7190        1500    440
    cp1252     81 8D 8F-90 9D                                25        39          42      0
    cp1250     81 83 88 90 98                                22        45          43      0
    cp1254     81 8D-90 9D-9E                                49        71          80      0
    cp1257     81 83 88 8A 8C 90 98 9A 9C 9F A1 A5          138       653         258     64
    cp1258     81 8A 8D-90 9A 9D-9E                          81       121         122      0
    cp1255     81 8A 8C-90 9A 9C-9F CA D9-DF FB-FC FF       144       344         219     70
    cp1256     (none)                                         0         0           0      0
    koi8_r     (none)                                         0         0           0      0
    mac_roman  (none)                                         0         0           0      0
    iso8859_2  80-9F                                        980      7190        1500    440
    iso8859_16 80-9F                                        980      7190        1500    440
    koi8_u     (none)                                         0         0           0      0

cp1251, cp1256, KOI8-R/U and Mac Roman lose (almost) nothing: their damage is lossless and always
unique. Mac Roman reads bytes C7-DD as punctuation (« » … – — “ ” ‘ ’): a two-byte sequence with
such a lead is punctuation as written, never damage (Greek «π is not Mac Roman's ǹ).
ISO-8859-2 and cp1250 read most bytes alike; where both explain a page equally, the reading
whose letters fit their words wins (``_misfits``: no capital after a small letter, no symbol
between letters: "szĂŠp" is "szép", not cp1250's "szÊp"), then the reading whose letters the
page writes elsewhere (``_written_fit``: "teĹź" is "też" on a page that writes "żeby"), then
the codec whose dropped bytes explain the bare capitals left after small letters (``_lost_fit``).
A lead byte that a codec reads as a script's own punctuation is a letter's byte, not a mark as
written: cp1255 reads D7, the lead of every Hebrew letter, as the geresh ׳, and a page damaged
all through shows its script by it. A run of Latin letters that would be a sequence cut short
("câștigat" holds "âș", ISO-8859-16's E2 BA) is no evidence of damage and, inside a word with
nothing else decoding, stays as written; a lone "â" before a contraction ending is no
apostrophe on a page that writes "â" inside words ("râs"), "’m" follows only "I"
(Vietnamese "tâm") and "’t" only "n" (Romanian "cât", "atât").

Beyond one single-byte codec (after the steps above):

6. Double mojibake: a repaired run that reads as damage once more ("Ã¢â‚¬â„¢" -> "â€™" ->
   "’") is undone one layer at a time (``_twice_damaged``); where a converter wrote the lost
   bytes as "?", a "?" is a lost byte only where the page says so (``mojibake_layers``).
7. CJK text read as GBK or Shift_JIS ("鎴戝悓鎰" for "我同意"): its characters encoded back give
   UTF-8 of CJK letters; dropped bytes leave one U+FFFD each (``_repair_double_byte``). Big5
   misreadings keep too few bytes to repair and are left as they are; Korean read as cp949 is
   ``mojibake_cjk``'s (``_repair_korean``).
8. Latin-1 pages whose C1 bytes a CMS wrote as "?" ("wasnâ??t"): marked lost, not guessed.
   Bytes any codec leaves undefined, written as U+FFFD, or as "?" inside a word before more of
   its damage ("׳�" is one of א ך ל ם מ ן, "Р?" is "И"), are read with their lead
   (``mojibake_replaced``); bare leads and sequences cut short inside words beside damage of
   their codec are read or marked (``mojibake_leads``): through a whole line once a word of
   it is damage, or where three capitals glued after small letters show it; a letter and a
   sign ("á»™") ending a word where the page restored sequences of the same bytes; a pair of
   bare E2 leads around words as the page's quotation marks.
9. Inline code (between backticks) is quoted as written: an article about encodings shows
   damage on purpose. The
mixed ``X+cp1252`` codecs drop only what both leave undefined (81 8D 8F 90 9D at most).
10. A second code page's damage of the page's own script (a KOI8-R line on a cp1251 page) is
   read by its shape, line by line; a bare lead glued by punctuation to such damage ("Ο,Ο„ΞΉ")
   is a lost letter. A lost letter is settled by the page's words (not a two-letter word whose
   language may have either reading: "ע?" is "על" or "עם"), else by its alphabet: the one
   reading it writes, three times or more, on a page of 400 letters or more.

The codec tables, the characters a damaged sequence can be, the character classes, the
``Repair`` record and settling by the document's words are ``mojibake_core``'s, which this
module and its satellites (``mojibake_leads``, ``mojibake_replaced``, ``mojibake_layers``) share.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise, product
from pathlib import Path

import ftfy

from persona_archive.cleaning.language import detect_language
from persona_archive.cleaning.mojibake_cjk import korean_spans, replaced_reading
from persona_archive.cleaning.mojibake_core import (
    CODECS,
    EMOJI,
    EXTENDED_B_LETTERS,
    PUNCT,
    Codec,
    Repair,
    Seg,
    add_taken,
    codec_table,
    is_consistent,
    is_emoji,
    is_plausible,
    overlaps,
    parse_run,
    script_letter,
    script_of,
    seq_len,
    sequence_candidates,
    settle_by_document,
    settle_by_letters,
)
from persona_archive.cleaning.mojibake_layers import (
    OUTER,
    foreign_controls,
    no_word,
    two_codec_spans,
    undo_two_codecs,
)
from persona_archive.cleaning.mojibake_leads import (
    cut_short,
    initial_leads,
    letter_and_sign,
    lone_leads,
    lone_letter_words,
    quote_pairs,
    spaced_leads,
)
from persona_archive.cleaning.mojibake_replaced import lost_leads, written_lost
from persona_archive.page import LOST

__all__ = ["CODECS", "Evidence", "Repair", "RepairResult", "fix_mojibake", "repair"]


_MAX_CANDIDATES = 200  # recorded per unrecoverable sequence (the narrowest plausible set)


# ----------------------------------------------------------------------------- vocabularies


def _load_reactions() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "mojibake_reactions.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            out.update(tok.replace("\ufe0f", "") for tok in line.split())
    return frozenset(out)


_REACTIONS = _load_reactions()
# characters that naturally follow a letter in genuine text
_FOLLOWERS = frozenset("’”»…™®©°¹²³\u00a0·ªº")
_CONTRACTIONS = frozenset(["s", "t", "d", "m", "re", "ve", "ll"])


_NOT_SCRIPTS = frozenset({None, "LATIN", "COMBINING", "MODIFIER"})


def _sign_script(ch: str) -> str | None:
    """The script of a punctuation mark of a script's own block (the Hebrew geresh ׳ and
    maqaf, the Arabic comma): cp1255 reads the lead of every Hebrew letter as ׳, so a page
    damaged all through shows its script by it.

    >>> _sign_script("׳"), _sign_script("،"), _sign_script("—")
    ('HEBREW', 'ARABIC', None)
    """
    if not 0x0370 <= ord(ch) < 0x2000 or unicodedata.category(ch)[0] != "P":
        return None
    return unicodedata.name(ch, "").partition(" ")[0] or None


# ----------------------------------------------------------------------------- public types


@dataclass
class RepairResult:
    """The repaired text and what was done to it.

    >>> r = repair("letβs go")
    >>> r.text, r.encoding_repairs, r.unrecoverable_chars
    ('let’s go', 1, 0)
    """

    text: str
    repairs: list[Repair] = field(default_factory=list)

    @property
    def encoding_repairs(self) -> int:
        """Repairs that restored a character."""
        return sum(1 for r in self.repairs if r.after != LOST)

    @property
    def unrecoverable_chars(self) -> int:
        """Repairs that emitted U+FFFD."""
        return sum(1 for r in self.repairs if r.after == LOST)


_WORD_BEFORE = re.compile(r"([A-Za-z0-9]*)([ ]?)$")
_WORD_AFTER = re.compile(r"([ ]?)([A-Za-z0-9]*)")


def _context(text: str, start: int, end: int) -> tuple[str, str, str, str]:
    m = _WORD_BEFORE.search(text[max(0, start - 32) : start])
    n = _WORD_AFTER.match(text, end, min(len(text), end + 32))
    lw, lsep = (m.group(1).lower(), m.group(2)) if m else ("", "")
    rsep, rw = (n.group(1), n.group(2).lower()) if n else ("", "")
    return lw, lsep, rsep, rw


# The characters whose contexts are evidence, found by scanning for any non-ASCII character (or
# ASCII target, should there be one) and looking it up: a regex class of their ~1,450 characters,
# most beyond the BMP, is tried entry by entry at every character of a text (~180 times slower).
_TARGETS = frozenset("".join(EMOJI | PUNCT))
_MAYBE_TARGET = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(_TARGETS) if c.isascii()) + "\x80-\U0010ffff]"
)
# Non-ASCII runs with at least one character that is not undamaged punctuation or emoji.
_SUSPECT = re.compile(
    "[^\\x00-\\x7f]*[^\\x00-\\x7f"
    + "".join(re.escape(c) for c in sorted(EMOJI | PUNCT))
    + "][^\\x00-\\x7f]*"
)


class Evidence:
    """Corpus-level knowledge: contexts in which emoji and punctuation occur undamaged.

    A context is the ASCII word before and after the character and whether a space separates
    them. A damaged sequence whose candidates include exactly one character seen in the same
    context (both sides, else one side with a word of three or more letters) is resolved to it.

    >>> ev = Evidence.from_texts(["🎤 Speaker list"])
    >>> repair("๐ค Speaker list", ev).text
    '🎤 Speaker list'
    """

    def __init__(self, full: Mapping[tuple[str, ...], int] | None = None):
        self._full: dict[tuple[str, ...], int] = dict(full or {})
        self._index: tuple[dict, dict, dict] | None = None
        self._left: dict[tuple[str, ...], int] = {}
        self._right: dict[tuple[str, ...], int] = {}
        for (lw, lsep, ch, rsep, rw), n in self._full.items():
            if len(lw) >= 3:
                key = (lw, lsep, ch)
                self._left[key] = self._left.get(key, 0) + n
            if len(rw) >= 3:
                key = (ch, rsep, rw)
                self._right[key] = self._right.get(key, 0) + n

    @staticmethod
    def contexts(text: str) -> dict[tuple[str, ...], int]:
        """The undamaged contexts of emoji and typographic punctuation in one text (what one
        source contributes to the corpus evidence; ingest caches it by the source's hash).

        >>> Evidence.contexts("it’s")
        {('it', '', '’', '', 's'): 1}
        """
        found: dict[tuple[str, ...], int] = {}
        if text.isascii():
            return found
        for m in _MAYBE_TARGET.finditer(text):
            if m.group() not in _TARGETS:
                continue
            s, e = m.span()
            if (s and not text[s - 1].isascii()) or (e < len(text) and not text[e].isascii()):
                continue
            lw, lsep, rsep, rw = _context(text, s, e)
            if lw or rw:
                key = (lw, lsep, m.group(), rsep, rw)
                found[key] = found.get(key, 0) + 1
        return found

    @classmethod
    def merge(cls, parts: Iterable[Mapping[tuple[str, ...], int]]) -> Evidence:
        """Evidence from the contexts of many texts (see ``contexts``)."""
        full: dict[tuple[str, ...], int] = {}
        for part in parts:
            for key, n in part.items():
                full[key] = full.get(key, 0) + n
        return cls(full)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Evidence:
        """Collect the undamaged contexts of emoji and typographic punctuation in ``texts``.

        >>> len(Evidence.from_texts(["it’s", "plain ascii"]))
        1
        """
        return cls.merge(cls.contexts(text) for text in texts)

    def relevant_to(self, text: str) -> Evidence:
        """The part of the evidence that can decide this text's repairs: for the context of each
        non-ASCII run that is not undamaged punctuation or emoji (and of its ends, where the run
        holds several sequences), the contexts ``choose`` looks up, plus one witness for each
        character seen on one side of it. Its size depends on this text, never on the size of
        the archive; a clean text gets empty evidence, so its cache key does not change when
        others arrive.

        >>> ev = Evidence.from_texts(["it’s", "x — y"])
        >>> ev.relevant_to("itβs").digest() == Evidence.from_texts(["it’s"]).digest()
        True
        >>> len(ev.relevant_to("b “c”"))
        0
        """
        if text.isascii() or not self._full:
            return Evidence()
        queries: set[tuple[str, str, str, str]] = set()
        for m in _SUSPECT.finditer(text):
            lw, lsep, rsep, rw = _context(text, *m.span())
            queries |= {(lw, lsep, rsep, rw), (lw, lsep, "", ""), ("", "", rsep, rw)}
        exact, left, right = self._indexes()
        keys: set[tuple[str, ...]] = set()
        for lw, lsep, rsep, rw in queries:
            keys.update(exact.get((lw, lsep, rsep, rw), ()))
            if len(lw) >= 3:
                keys.update(left.get((lw, lsep), {}).values())
            if len(rw) >= 3:
                keys.update(right.get((rsep, rw), {}).values())
        return Evidence({k: self._full[k] for k in keys})

    def _indexes(self) -> tuple[dict, dict, dict]:
        """Full keys by context; and by one side, one witness (the least key) per character."""
        if self._index is None:
            exact: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
            left: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
            right: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
            for key in sorted(self._full):
                lw, lsep, ch, rsep, rw = key
                exact.setdefault((lw, lsep, rsep, rw), []).append(key)
                left.setdefault((lw, lsep), {}).setdefault(ch, key)
                right.setdefault((rsep, rw), {}).setdefault(ch, key)
            self._index = (exact, left, right)
        return self._index

    def digest(self) -> str:
        """A stable hash of the content.

        >>> Evidence().digest() == Evidence.from_texts([]).digest()
        True
        """
        blob = json.dumps(sorted(self._full.items()), ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def __len__(self) -> int:
        return len(self._full)

    def choose(self, text: str, start: int, end: int, cands: Iterable[str]) -> str | None:
        if not self._full:
            return None
        lw, lsep, rsep, rw = _context(text, start, end)
        cands = tuple(cands)
        hits = [c for c in cands if (lw, lsep, c, rsep, rw) in self._full]
        if len(hits) == 1:
            return hits[0]
        if hits:
            return None
        one_side = [c for c in cands if (lw, lsep, c) in self._left or (c, rsep, rw) in self._right]
        return one_side[0] if len(one_side) == 1 else None


# ----------------------------------------------------------------------------- analysis

_REACTION_ROW = re.compile(
    r"^[ \t]*(?:[^\x00-\x7f\s]+[ \t]*\d[\d.,]*[KkMm]?[ \t]*){2,}$", re.MULTILINE
)


@dataclass
class _Run:
    start: int
    end: int
    segs: tuple[Seg, ...]
    reaction: bool
    scripts: frozenset[str] = frozenset()  # set when the run is damage of the document's script


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


class _Doc:
    """Per-document facts shared by the codec analyses."""

    def __init__(self, text: str):
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.reaction_spans = [
            m.span() for m in _REACTION_ROW.finditer(text) if not m.group().isascii()
        ]
        self.chars = frozenset(text)
        # the non-Latin scripts of the letters as written: what a damaged word may decode to
        self.scripts = (
            frozenset(script_of(ch) or _sign_script(ch) for ch in self.chars if ord(ch) > 0x24F)
            - _NOT_SCRIPTS
        )
        # A codec's runs are non-ASCII (checked in ``build_codec``): counting them in the
        # document's non-ASCII stretches alone gives the same counts, ~20 codecs times faster.
        self.non_ascii = "\n".join(_NON_ASCII_RUN.findall(text))

    def line_of(self, pos: int) -> int:
        return bisect_right(self.line_starts, pos) - 1

    def in_reaction_row(self, pos: int) -> bool:
        i = bisect_right(self.reaction_spans, (pos, 1 << 62)) - 1
        return i >= 0 and self.reaction_spans[i][0] <= pos < self.reaction_spans[i][1]


def _lead_char(codec: Codec, seg: Seg) -> str | None:
    return None if seg.lead is None else codec.table[seg.lead - 0x80]


def _is_latin_letter(ch: str | None) -> bool:
    return ch is not None and ord(ch) < 0x250 and ch.isalpha()


def _strong(codec: Codec, seg: Seg, run: str, reaction: bool) -> bool:
    k = _classes(codec.name, seg.lead, seg.surv)
    if reaction:
        return bool(k.emojis)
    if not seg.surv or seg.lead is None or not k.plausible:
        return False
    if _lossy_letters(seg, run):
        return False
    tail = run[seg.start + 1 : seg.end]
    return not (
        len(run) == seg.end - seg.start
        and seg.lead < 0xF0
        and _is_latin_letter(_lead_char(codec, seg))
        and all(c in _FOLLOWERS for c in tail)
    )


@functools.lru_cache(maxsize=1 << 16)
def _strong_part(name: str, run: str) -> int:
    """The characters of a run's whole strong sequences when the run as a whole is not strong:
    ISO-8859-16's "ĂźÈ" ("î" and the bare lead of "ț") explains "Ăź" as surely as cp1250's
    run "Ăź" (È is no cp1250 character), which is cut short there."""
    c = codec_table(name)
    return sum(
        g.end - g.start
        for g in _run_info(name, run).segs or ()
        if g.lead is not None and len(g.surv) == seq_len(g.lead) - 1 and _strong(c, g, run, False)
    )


def _lossy_letters(seg: Seg, run: str) -> bool:
    """Whether a sequence lost a byte and its run is nothing but Latin letters: Romanian
    "câștigat" holds "âș", which ISO-8859-16 reads as E2 BA, a "›" or "₺" that lost a byte. A
    word's letters as written are likelier than a character cut short, so such a run is no
    evidence of damage (a lossless one, "Ĺź" for "ż", still is)."""
    return (
        seg.lead is not None
        and len(seg.surv) < seq_len(seg.lead) - 1
        and all(_is_latin_letter(c) for c in run)
    )


def _contraction(prev: str, ending: str) -> bool:
    """Whether ``ending`` after the letter ``prev`` ends an English contraction: "’m" follows
    only "I" (Vietnamese "tâm" is no "t’m") and "’t" only "n" (don’t, can’t: Romanian "cât",
    "atât", "decât" are no "c’t", "at’t").

    >>> [_contraction(*pair) for pair in (("n", "t"), ("t", "t"), ("I", "m"), ("r", "s"))]
    [True, False, True, True]
    """
    if ending == "m":
        return prev == "I"
    if ending == "t":
        return prev in ("n", "N")
    return ending in _CONTRACTIONS


def _role(prev: str, nxt: str, after: str) -> str | None:
    """The typographic role of a punctuation mark between ``prev`` and ``nxt``."""
    if prev.isalnum() and nxt.isalnum():
        if prev.isdigit() and nxt.isdigit():
            return "range"
        word = re.match(r"[^\W\d_]*", after).group().lower()  # the letters after the mark
        return "apostrophe" if _contraction(prev, word) else None
    if prev in ("", "\n", " ", "\t", "(", "[", "{", "\u00a0") and nxt.isalnum():
        return "open"
    if (prev.isalnum() or prev in ".,!?;:)]") and nxt in (
        "",
        "\n",
        " ",
        "\t",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        ")",
        "]",
    ):
        return "close"
    if prev in ("", "\n", " ", "\t") and nxt in (" ", "\t"):
        return "dash"
    return None


def _neighbours(text: str, start: int, end: int) -> tuple[str, str, str]:
    prev = text[start - 1] if start else ""
    nxt = text[end] if end < len(text) else ""
    return prev, nxt, text[end : end + 5]


@dataclass(frozen=True)
class _RunInfo:
    """What a run's text alone says under one codec (cached per distinct run text)."""

    segs: tuple[Seg, ...] | None
    strong: bool  # every sequence strong (outside reaction rows)
    lossless: bool
    bare_punct: bool  # one bare lead byte with punctuation among its candidates
    shaped: bool = False  # a word of another script that lost bytes (``_script_shaped``)


@functools.lru_cache(maxsize=1 << 16)
def _run_info(name: str, run: str) -> _RunInfo:
    c = codec_table(name)
    segs = parse_run(name, run)
    if segs is None:
        return _RunInfo(None, False, False, False)
    strong = all(_strong(c, g, run, False) for g in segs)
    lossless = all(g.lead is not None and len(g.surv) == seq_len(g.lead) - 1 for g in segs)
    bare = len(segs) == 1 and segs[0].lead is not None and not segs[0].surv
    punct = bare and any(x in PUNCT for x in sequence_candidates(name, segs[0].lead, ()))
    return _RunInfo(segs, strong, lossless, punct, not strong and _script_shaped(name, segs))


def _script_shaped(name: str, segs) -> bool:
    """Whether a run is a word of one non-Latin script whose letters partly lost their byte:
    two whole sequences or more read as letters of that script, and every other sequence is
    a bare two-byte lead all of whose characters are its letters. Russian read as latin-1 with
    the C1 controls stripped ("Ð°ÑÑÐ¸ÑÑÐµÐ½Ñ", "ассистент": "Ñ" is any of "р" to "я") is
    damage by its shape as a whole run is; no Latin word holds "°" and "¸" between letters.

    >>> _script_shaped("latin_1", parse_run("latin_1", "Ð°ÑÑÐ¸")), _script_shaped(
    ...     "latin_1", parse_run("latin_1", "Ð°Ñ"))
    (True, False)
    """
    if name != "latin_1":  # the codec that leaves every C1 byte lost, a scraper's stripping
        return False
    scripts: set[str | None] = set()
    whole = 0
    for g in segs:
        if g.lead is None:
            return False
        if len(g.surv) == seq_len(g.lead) - 1:
            try:
                ch = bytes([g.lead, *g.surv]).decode("utf-8")
            except UnicodeDecodeError:
                return False
            if not ch.isalpha():
                return False
            scripts.add(script_of(ch))
            whole += 1
        elif g.surv or not 0xC2 <= g.lead <= 0xDF:
            return False
        else:
            cands = [x for x in sequence_candidates(name, g.lead, ()) if is_consistent(x)]
            if not cands or not all(x.isalpha() for x in cands):
                return False
            scripts.update(script_of(x) for x in cands)
    # a bare lead inside the run: at its end it may be cut by a character of another code page
    # ("Ð¿Ñ" of cp1252's "Ð¿Ñ€", whose "€" latin-1 does not read)
    inside = any(g.lead is not None and not g.surv for g in segs[:-1])
    return inside and whole >= 2 and len(scripts) == 1 and not scripts & {None, "LATIN"}


@functools.lru_cache(maxsize=1 << 16)
def _script_run(name: str, run: str, scripts: frozenset[str]) -> int:
    """How many complete sequences of a run (no byte lost) decode to a letter of ``scripts``,
    the document's scripts, when every sequence of the run has a lead byte and can be such a
    letter or a plausible character; 0 otherwise. Two make the run damage by its shape
    ("Р—Р°", "Ξ±Ο…", "Ð¿Ñ€"): correct text of a script does not read as UTF-8 of it.
    """
    segs = _run_info(name, run).segs
    if segs is None or not scripts:
        return 0
    if len(segs) > 1 and all(g.lead is not None and not g.surv for g in segs):
        # bare leads side by side that read as no letter ("׳׳", cp1255's geresh twice for
        # "לא"): no word as written; damage once the document has damage of its script
        c = codec_table(name)
        signs = all(not c.table[g.lead - 0x80].isalpha() for g in segs)
        fit = all(_classes(name, g.lead, (), scripts).plausible for g in segs)
        return int(signs and fit)
    n = 0
    for g in segs:
        if g.lead is None:
            return 0
        k = _classes(name, g.lead, g.surv, scripts)
        if not k.plausible:
            return 0
        if len(g.surv) == seq_len(g.lead) - 1 and script_letter(k.plausible[0], scripts):
            n += 1
    return n


@functools.lru_cache(maxsize=1 << 16)
def _in_scripts(run: str, scripts: frozenset[str]) -> bool:
    """Whether every character of a run is a letter of a non-Latin script of the document
    (Thai "รายการ" holds "ยก", which cp874 reads as the bytes of "¡")."""
    return all(script_of(ch) in scripts for ch in run)


class _Analysis:
    """One codec's reading of a document: scores from run texts, positions only on demand."""

    def __init__(self, doc: _Doc, name: str):
        self.doc = doc
        self.codec = c = codec_table(name)
        self.counts = Counter(c.run.findall(doc.non_ascii))
        self.failures = self.strong = self.bare_punct = 0
        # a shaped run counts where the codec reads every character of the page: latin-1 does
        # not read cp1252's "Š" of "ÑŠ" ("ъ"), whose page's dropped 81 leaves a bare "Ñ" too
        self.covers = all(ch.isascii() or ch in c.encode or ch == LOST for ch in doc.chars)
        bare: list[str] = []
        for run, n in self.counts.items():
            info = _run_info(name, run)
            if info.segs is None:
                self.failures += n
            elif info.strong or (info.shaped and self.covers):
                self.strong += n * len(run)
            elif len(info.segs) > 1:
                self.strong += n * _strong_part(name, run)
            elif len(info.segs) == 1 and info.segs[0].lead is not None and not info.segs[0].surv:
                bare.append(run)
                self.bare_punct += n * info.bare_punct
        for s, e in doc.reaction_spans:  # reaction rows: sequences need an emoji candidate
            for m in c.run.finditer(doc.text, s, e):
                info = _run_info(name, m.group())
                if info.segs is None:
                    continue
                if info.strong:
                    self.strong -= len(m.group())
                if all(_strong(c, g, m.group(), True) for g in info.segs):
                    self.strong += len(m.group())
        self.weak_inword = 0
        if bare:
            alt = "|".join(re.escape(r) for r in sorted(bare, key=len, reverse=True))
            inword = re.compile(
                rf"(?<=[^\W\d_])(?:{alt})(?=[^\W\d_])(?!(?:s|t|d|m|re|ve|ll)(?![^\W\d_]))"
            )
            self.weak_inword = sum(1 for _ in inword.finditer(doc.text))
        # runs that are damage of the document's script by their shape: the characters of
        # their complete sequences, less a lossy sequence cut short by a character the codec
        # does not have (latin-1 reads cp1252's "Ñ€" as "Ñ" that lost a byte, then "€")
        self.script_strong = 0
        if doc.scripts and any(_script_run(name, r, doc.scripts) >= 2 for r in self.counts):
            text = doc.non_ascii
            for m in c.run.finditer(text):
                run = m.group()
                if _script_run(name, run, doc.scripts) < 2:
                    continue
                segs = _run_info(name, run).segs or ()
                score = sum(
                    g.end - g.start for g in segs if len(g.surv) == seq_len(g.lead or 0xC2) - 1
                )
                last = segs[-1]
                cut = m.end() < len(text) and text[m.end()] != "\n"
                if cut and len(last.surv) < seq_len(last.lead or 0xC2) - 1:
                    score -= last.end - last.start
                self.script_strong += max(1, score)

    def runs(self, only: frozenset[str] | None = None) -> list[_Run]:
        doc, out, name = self.doc, [], self.codec.name
        rows = bool(doc.reaction_spans)
        for m in self.codec.run.finditer(doc.text):
            run = m.group()
            if only is not None and run not in only:
                continue
            segs = _run_info(name, run).segs
            if segs is not None:
                s = m.start()
                out.append(_Run(s, m.end(), segs, rows and doc.in_reaction_row(s)))
        return out

    @property
    def established(self) -> bool:
        return (
            self.strong > 0
            and self.failures * 4 <= self.strong
            and self.weak_inword <= self.strong
            and self.covers
        )


@dataclass(frozen=True)
class _Classes:
    cands: tuple[str, ...]
    emojis: tuple[str, ...]
    reactions: tuple[str, ...]
    plausible: tuple[str, ...]
    punct: tuple[str, ...]
    letters: bool  # every plausible candidate is a letter


# Zero-width (non-)joiners are part of words in Persian, Urdu and the Indic scripts ("می‌کنم"):
# in a document of such a script, a sequence that decodes to one belongs to the word's damage.
_JOINERS = frozenset("\u200c\u200d")


def _script_sign(ch: str, scripts: frozenset[str]) -> bool:
    """Whether ``ch`` is a joiner, or punctuation of one of the document's ``scripts``: the
    Arabic comma and question mark, the Devanagari danda belong to damaged words of theirs.

    >>> s = frozenset({"ARABIC"})
    >>> [_script_sign(c, s) for c in "\u200c،؟।x"]
    [True, True, True, False, False]
    """
    if ch in _JOINERS:
        return True
    if unicodedata.category(ch)[0] != "P":
        return False
    return unicodedata.name(ch, "").partition(" ")[0] in scripts


@functools.lru_cache(maxsize=1 << 16)
def _classes(
    codec: str, lead: int | None, surv: tuple[int, ...], scripts: frozenset[str] = frozenset()
) -> _Classes:
    """A sequence's candidates by class; with ``scripts``, a letter of one of them is plausible."""
    cands = sequence_candidates(codec, lead, surv)
    emojis = tuple(c for c in cands if is_emoji(c))
    plausible = tuple(
        c
        for c in cands
        if is_plausible(c) or (scripts and (script_letter(c, scripts) or _script_sign(c, scripts)))
    )
    return _Classes(
        cands,
        emojis,
        tuple(c for c in emojis if c in _REACTIONS),
        plausible,
        tuple(c for c in plausible if c in PUNCT),
        all(c.isalpha() for c in plausible),
    )


@dataclass
class _Scan:
    """One codec's pass over a document: what choosing a replacement reads, and the state carried
    from one damaged sequence to the next.

    ``quotes`` holds the opening quotes chosen so far on line ``line`` and not yet closed,
    innermost last; ``prev_emoji`` says whether the previous sequence of the current run became,
    or could only have been, an emoji. :func:`_resolve` reads both and replaces ``quotes`` when it
    opens or closes a quote; :func:`_repair_codec` moves ``line`` (emptying ``quotes``) and sets
    ``prev_emoji``.
    """

    text: str
    codec: Codec
    evidence: Evidence | None
    marks: frozenset[str] = frozenset()  # quotes and dashes written as such in the document
    line: int = -1
    quotes: tuple[str, ...] = ()
    prev_emoji: bool = False
    established: bool = True  # a Latin lead's quote style may follow English usage
    style: tuple[str | None, str | None, str | None] | bool | None = False  # False: not read yet


def _full_width(ch: str) -> bool:
    return "\uff00" <= ch <= "\uffef"


def _full_width_sibling(one: str, cands: tuple[str, ...]) -> bool:
    """Whether the one plausible reading is a full-width currency sign among other full-width
    forms: "ï¼" that lost its third byte is any of "！＂＃＄％…", and only "＄" counts as
    plausible; the forms are CJK text's punctuation, no likelier than each other.

    >>> fix_mojibake("Price: ï¼12")
    'Price: \ufffd12'
    """
    return _full_width(one) and any(_full_width(c) and c != one for c in cands)


def _resolve(scan: _Scan, run: _Run, i: int) -> tuple[str, str, tuple[str, ...]]:
    """Choose the replacement for the damaged sequence ``run.segs[i]``: (char, reason,
    candidates). A quote chosen by its position opens or closes one in ``scan.quotes``."""
    text, codec, seg = scan.text, scan.codec, run.segs[i]
    next_seg = run.segs[i + 1] if i + 1 < len(run.segs) else None
    k = _classes(codec.name, seg.lead, seg.surv, run.scripts)
    cands = k.cands
    start, end = run.start + seg.start, run.start + seg.end
    if len(cands) == 1:
        return cands[0], "unique", cands
    if scan.evidence is not None:
        hit = scan.evidence.choose(text, start, end, cands)
        if hit is not None:
            return hit, "corpus evidence", cands
    emojis = k.emojis
    nxt = _classes(codec.name, next_seg.lead, next_seg.surv) if next_seg else None
    if scan.prev_emoji:
        if "\ufe0f" in cands:
            return "\ufe0f", "emoji sequence", cands
        if "\u200d" in cands and nxt is not None and nxt.emojis:
            return "\u200d", "emoji sequence", cands
    if nxt is not None and "\ufe0f" in nxt.cands and len(emojis) == 1:
        return emojis[0], "emoji sequence", cands
    if run.reaction:
        vocab = k.reactions
        if len(vocab) == 1:
            return vocab[0], "reaction vocabulary", cands
        if not vocab and len(emojis) == 1:
            return emojis[0], "emoji vocabulary", cands
        return LOST, "unrecoverable", vocab or emojis or cands
    plausible, punct = k.plausible, k.punct
    if len(plausible) == 1:
        one = plausible[0]
        if _full_width_sibling(one, cands):
            return LOST, "unrecoverable", cands
        why = "plausible class" if is_plausible(one) else "document script"
        return one, "emoji vocabulary" if is_emoji(one) else why, cands
    if punct and len(seg.surv) < 2 and seg.start == 0 and seg.end == run.end - run.start:
        prev, nxt_ch, after = _neighbours(text, start, end)
        role = _role(prev, nxt_ch, after)
        if role == "close" and scan.quotes and scan.quotes[-1] == LOST:
            scan.quotes = scan.quotes[:-1]
            return LOST, "unrecoverable", punct
        lead = _lead_char(codec, seg)
        if (
            role == "open"
            and not scan.established
            and _is_latin_letter(lead)
            and lead.islower()
            and nxt_ch.isupper()
            and not scan.marks & _QUOTE_MARKS
        ):
            # a small letter glued to a capital opens a quote of a page not established as
            # damaged, its style written nowhere ("âDiacriticeleâ" on a Romanian page is
            # „…”, on an English one “…”): the pair is lost, not guessed
            scan.quotes = (*scan.quotes, LOST)
            return LOST, "unrecoverable", punct
        differ = _styles_differ(role, punct, scan.quotes)
        style = _page_style(scan) if differ else _ENGLISH
        choice, quotes = _by_role(role, punct, scan.quotes, scan.marks, style)
        if choice:
            scan.quotes = quotes
            return choice, "quote position", cands
        if role == "open" and differ:
            scan.quotes = (*scan.quotes, LOST)  # its closing quote is lost with it
            return LOST, "unrecoverable", punct
    money = [c for c in plausible if unicodedata.category(c) == "Sc"]
    if len(money) == 1 and _next_to_number(text, start, end):
        return money[0], "currency position", cands
    return LOST, "unrecoverable", plausible or cands


def _next_to_number(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start].rstrip(" ")
    after = text[end : end + 2].lstrip(" ")
    return bool(before[-1:].isdigit() or after[:1].isdigit())


_STYLE_MARKS = "“”‘„–—"
_QUOTE_MARKS = frozenset("“”‘„")


def _written_marks(doc: _Doc, codec: Codec) -> frozenset[str]:
    """The quotes and dashes of a document that are written as such: those the codec cannot
    have produced from a damaged byte, or that stand once where no damaged sequence can hold
    them (ISO-8859-7 reads byte A1 as ‘: the ‘ of "β‘" is damage, that of " ‘word" is not)."""
    text, enc = doc.text, codec.encode
    return frozenset(
        ch
        for ch in _STYLE_MARKS
        if ch in doc.chars
        and (ch not in enc or any(i == 0 or text[i - 1] not in enc for i in _positions(text, ch)))
    )


def _positions(text: str, ch: str) -> Iterable[int]:
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + 1)


_CLOSER = {"“": "”", "‘": "’", "„": "“", "‚": "‘"}


def _quotes_after(ch: str, quotes: tuple[str, ...]) -> tuple[str, ...]:
    """The open quotes of a line after a quote that a repair restored for sure: a closing quote
    pops the one it closes, an opening quote is pushed (a „ or ‚ restored whole settles which
    closing quote a lost one is: “ or ‘). ’ is an apostrophe as often as a quote: it only
    closes.

    >>> _quotes_after("“", ()), _quotes_after("”", ("“",)), _quotes_after("’", ())
    (('“',), (), ())
    """
    if quotes and _CLOSER.get(quotes[-1]) == ch:  # a lost opener (U+FFFD) closes with a lost one
        return quotes[:-1]
    if ch in _CLOSER:
        return (*quotes, ch)
    return quotes


def _by_role(
    role: str | None,
    punct: tuple[str, ...],
    quotes: tuple[str, ...],
    marks: frozenset[str] = frozenset(),
    style: tuple[str | None, str | None, str | None] | None = None,
) -> tuple[str | None, tuple[str, ...]]:
    """The punctuation mark for a typographic ``role`` (or None), and the open quotes after it:
    an opening quote is pushed, a closing quote pops the one it closes.

    Where the damage left too few bytes to tell “ from ‘ or „, or — from –, the style the
    document writes elsewhere (``marks``, undamaged) settles it: a page that writes ‘ and no “
    opens its damaged quotes with ‘, one with – and no — has en dashes. Without such evidence
    the page's language's ``style`` (opening quote, closing quote, dash between spaces:
    ``_page_style``) does: “ and — on an English page, „ “ and – on a German one. A language
    whose usage varies (or an unknown one) settles nothing: the mark is lost (None), never a
    guess. On an English page a closing mark that may be ’ or ” with no quote open before it
    is ’ (“reviewers’ notes”): a ” would close nothing, while ’ is the apostrophe or the close
    of a ‘…’; with … among its readings, or in another language (German closes „ with “,
    perhaps on an earlier line), it stays lost.

    >>> _by_role("open", ("“", "”"), ())
    ('“', ('“',))
    >>> _by_role("close", ("’", "”"), ("“",))
    ('”', ())
    >>> _by_role("open", ("‘", "“", "„"), (), frozenset("‘"))
    ('‘', ('‘',))
    >>> _by_role("dash", ("–", "—"), (), frozenset("–"))
    ('–', ())
    >>> _by_role("open", ("‘", "“", "„"), (), style=_ENGLISH)
    ('“', ('“',))
    >>> _by_role("open", ("‘", "“", "„"), (), style=("„", "“", "–"))
    ('„', ('„',))
    >>> _by_role("close", ("’", "“", "”"), ("„",), style=("„", "”", "–"))
    ('”', ())
    >>> _by_role("close", ("’", "”"), (), style=_ENGLISH), _by_role("close", ("’", "”"), ())
    (('’', ()), (None, ()))
    >>> _by_role("close", ("’", "”", "…"), (), style=_ENGLISH)
    (None, ())
    >>> _by_role("dash", ("–", "—"), ())
    (None, ())
    """
    if role == "apostrophe" and "’" in punct:
        return "’", quotes
    if role == "range" and "–" in punct:
        return "–", quotes
    if role == "dash":
        dashes = [d for d in ("—", "–") if d in punct]
        written = [d for d in dashes if d in marks]
        if len(written) == 1:
            return written[0], quotes
        if len(dashes) == 1 or (style and style[2] in dashes):
            return dashes[0] if len(dashes) == 1 else style[2], quotes
    if role == "open":
        styles = [q for q in ("“", "‘", "„") if q in punct]
        written = [
            q for q in styles if q in marks or (q == "“" and "”" in marks and "„" not in marks)
        ]
        if len(written) == 1:
            styles = written
        elif len(styles) > 1:
            styles = [style[0]] if style and style[0] in styles else []
        if styles:
            return styles[0], (*quotes, styles[0])
    if role == "close":
        closer = _CLOSER.get(quotes[-1]) if quotes else None
        if quotes and quotes[-1] == "„" and style and style[0] == "„":
            closer = style[1]  # „…” (Polish, Romanian, Hungarian) or „…“ (German, Czech)
        if closer and closer in punct:
            return closer, quotes[:-1]
        ends = [q for q in ("’", "”", "…") if q in punct]
        if len(ends) == 1:
            return ends[0], quotes
        if not quotes and style == _ENGLISH and ends == ["’", "”"]:
            return "’", quotes  # no quote open: ” closes nothing, ’ is an apostrophe or ‘…’
    return None, quotes


# (opening quote, closing quote, dash between spaces) of a language's typography where its
# usage is settled; None where it varies (French, Spanish, Italian and Russian quote with « »
# and a bare E2 may be any inner quote)
_ENGLISH = ("“", "”", "—")
_STYLES: dict[str, tuple[str | None, str | None, str | None]] = {
    "en": _ENGLISH,
    **dict.fromkeys(("de", "cs", "sk", "sl", "lt", "lv", "et", "is"), ("„", "“", "–")),
    **dict.fromkeys(("pl", "ro", "hu", "hr"), ("„", "”", "–")),
    **dict.fromkeys(("sv", "fi"), ("”", "”", "–")),
    **dict.fromkeys(("nl", "da", "nb", "no"), (None, None, "–")),
    "bg": ("„", "“", "—"),
    **dict.fromkeys(("ru", "uk", "be"), (None, None, "—")),
}


def _fits_role(role: str | None, punct: tuple[str, ...]) -> bool:
    """Whether one of the marks ``punct`` can stand in ``role``, whichever it is.

    >>> _fits_role("close", ("’", "”")), _fits_role("dash", ("–", "—")), _fits_role(None, ("’",))
    (True, True, False)
    """
    if role == "close" and any(q in punct for q in "’”…"):
        return True
    return _by_role(role, punct, (), style=_ENGLISH)[0] is not None


def _styles_differ(role: str | None, punct: tuple[str, ...], quotes: tuple[str, ...]) -> bool:
    """Whether the marks a damaged sequence can be hold more than one for its role, so that
    the page's typography must choose (a bare E2 that lost both its bytes: “ ” „ ‘ ’ – —)."""
    if role == "dash":
        return "–" in punct and "—" in punct
    if role == "open":
        return sum(q in punct for q in ("“", "‘", "„")) > 1
    if role == "close":
        return (bool(quotes) and quotes[-1] == "„") or sum(q in punct for q in "’”…") > 1
    return False


def _page_style(scan: _Scan) -> tuple[str | None, str | None, str | None] | None:
    """The typography of the page's language (``_STYLES``), read once a scan needs it from its
    text without the characters the codec's damage is made of (Greek letters are no part of
    an English page damaged as ISO-8859-7); None when the language is not told or its usage
    varies."""
    if scan.style is False:
        enc = scan.codec.encode
        sample = "".join(ch for ch in scan.text[: 2 * _LANGUAGE_SAMPLE] if ch not in enc)
        scan.style = _STYLES.get(detect_language(sample[:_LANGUAGE_SAMPLE]))
    return scan.style


_LANGUAGE_SAMPLE = 3000  # characters: as many as the language stage reads


@functools.lru_cache(maxsize=64)
def _letter_in_words(text: str, ch: str) -> bool:
    """Whether the document writes ``ch`` as a letter inside words, between letters and not
    before a contraction ending ("când", "tâm"): a lone lead that reads as that letter before
    "s" ("râs") is then as likely the letter as a lost apostrophe. A page whose "â"
    is only ever damage ("itâs", "donât", "âquotedâ") does not.

    >>> _letter_in_words("Când? Nu decât.", "â"), _letter_in_words("itâs, donât, Iâm", "â")
    (True, False)
    >>> _letter_in_words("Minh Tâm", "â")
    True
    """
    for m in re.finditer(rf"([^\W\d_]){re.escape(ch)}([^\W\d_]+)", text):
        ending = m.group(2).lower()
        if _contraction(m.group(1), ending):
            continue
        return True
    return False


def _weak_ok(text: str, codec: Codec, runs: list[_Run], established: bool = False) -> set[int]:
    """Starts of lone lead bytes whose position is typographic evidence that they are damage.

    A lone lead byte with punctuation candidates: before a contraction ending, or - when it is
    not a Latin letter, or a small one glued to a capital ("âQuoteâ") - an opening/closing
    pair of the same character in one line. In an
    established document also a Latin letter's pair, and a dash, range or closing position when
    the candidates hold its mark (latin-1 without C1 controls: "itâs", "âquotedâ", "a â b",
    "the reviewersâ notes"); never a lone opening one ("âge").
    """
    ok: set[int] = set()
    opened: dict[tuple[int, str], int] = {}  # (line, char) -> start of an unpaired opener
    line_no, line_end = -1, -1
    for run in runs:
        if run.reaction or run.end - run.start != 1:
            continue
        seg = run.segs[0]
        if seg.lead is None or seg.surv:
            continue
        punct = _classes(codec.name, seg.lead, ()).punct
        if not punct:
            continue
        prev, nxt, after = _neighbours(text, run.start, run.end)
        role = _role(prev, nxt, after)
        latin = _is_latin_letter(_lead_char(codec, seg))
        if role == "apostrophe" and latin and _letter_in_words(text, text[run.start]):
            continue  # "râs" on a page that writes "când": the letter of a word, as written
        typographic = established and role in ("dash", "range", "close")
        if role == "apostrophe" or (typographic and _fits_role(role, punct)):
            ok.add(run.start)
        if role not in ("open", "close"):
            continue
        # a small letter glued to a capital ("âDiacriticele") is no word's start: an opener
        glued = text[run.start].islower() and nxt.isupper()
        if latin and not established and role == "open" and not glued:
            continue
        if run.start >= line_end:
            line_no += 1
            nl = text.find("\n", run.start)
            line_end, opened = (len(text) if nl < 0 else nl), {}
        key = (line_no, text[run.start])
        if role == "open":
            opened[key] = run.start
        elif key in opened:
            ok.update((opened.pop(key), run.start))
    return ok


@functools.lru_cache(maxsize=1 << 12)
def _script(ch: str) -> str | None:
    """The script of a letter, the first word of its Unicode name; None for a non-letter.

    >>> _script("é"), _script("β"), _script("โ"), _script("๐")
    ('LATIN', 'GREEK', 'THAI', None)
    """
    return unicodedata.name(ch, "").partition(" ")[0] or None if ch.isalpha() else None


class _RunIndex:
    """One codec's parseable runs in a document, looked up by position; and the scripts of the
    letters as written anywhere in it (``_letter_as_written``), a quick no for ``_as_written``."""

    def __init__(self, runs: list[_Run], doc: _Doc, analysis: _Analysis):
        self.runs = runs
        self.starts = [r.start for r in runs]
        c = analysis.codec
        scripts = {"LATIN"} if _ASCII_LETTER.search(doc.text) else set()
        scripts.update(_script(ch) for ch in doc.chars if ch not in c.encode and not ch.isascii())
        for run in analysis.counts:
            segs = _run_info(c.name, run).segs
            for g in segs or (Seg(0, len(run), None, ()),):
                if segs is None or not _classes(c.name, g.lead, g.surv).plausible:
                    scripts.update(_script(ch) for ch in run[g.start : g.end])
        self.scripts = frozenset(scripts - {None})

    def seg_at(self, pos: int) -> Seg | None:
        i = bisect_right(self.starts, pos) - 1
        if i < 0 or pos >= self.runs[i].end:
            return None
        run = self.runs[i]
        return next(g for g in run.segs if run.start + g.start <= pos < run.start + g.end)

    def within(self, lo: int, hi: int) -> Iterable[_Run]:
        i = max(0, bisect_right(self.starts, lo) - 1)
        while i < len(self.runs) and self.runs[i].start < hi:
            if self.runs[i].end > lo:
                yield self.runs[i]
            i += 1


def _letter_as_written(text: str, codec: Codec, index: _RunIndex, pos: int) -> bool:
    """A letter outside the parseable runs, or one no plausible character explains."""
    ch = text[pos]
    if ch.isascii() or not ch.isalpha():  # runs hold no ASCII character
        return ch.isalpha()
    seg = index.seg_at(pos)
    return seg is None or not _classes(codec.name, seg.lead, seg.surv).plausible


def _nearby_scripts(text: str, codec: Codec, index: _RunIndex, pos: int) -> set[str]:
    """Scripts of the nearest letter as written on each side of ``pos`` in its line (within 40
    characters)."""
    found: set[str] = set()
    for rng in (range(pos - 1, max(-1, pos - 41), -1), range(pos + 1, min(len(text), pos + 41))):
        for p in rng:
            if text[p] == "\n":
                break
            if _letter_as_written(text, codec, index, p):
                found.add(_script(text[p]) or "")
                break
    return found


_WORD_REACH = 64  # characters scanned on each side for the word around a sequence
_ASCII_LETTER = re.compile("[A-Za-z]")


def _has_letter(chars: str) -> bool:
    return any(c.isalpha() for c in chars)


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited word around ``text[start:end]``, within ``_WORD_REACH``."""
    lo, hi = start, end
    while lo > max(0, start - _WORD_REACH) and not text[lo - 1].isspace():
        lo -= 1
    while hi < min(len(text), end + _WORD_REACH) and not text[hi].isspace():
        hi += 1
    return lo, hi


def _as_written(text: str, codec: Codec, index: _RunIndex, run: _Run, seg: Seg) -> bool:
    """Whether a sequence stays as written, a character and not damage, where its run is damage
    only because the document is established or because another of its sequences is strong.

    Damage elsewhere does not make a correct character wrong. A sequence stays when no
    plausible character gives its bytes; and a lone lead byte that reads as a letter stays when
    it is a letter of the word around it (Latin "é", "Ä" in a Latin word, unlike "β" or "โ"
    there) and nothing else in that word decodes (as "Ã©" or "Å¡" do), or when it stands alone
    among words of its script and every candidate is a letter too (Portuguese "É", where a lost
    emoji or quote would stand alone just as well). A mark's position is ``_weak_ok``'s business.

    >>> fix_mojibake("Sparkles âœ¨ and a café, É and Ärger.")
    'Sparkles ✨ and a café, É and Ärger.'
    >>> fix_mojibake("Sparkles âœ¨ and a ÄeskÃ½ word.")  # č lost its 8D: one of ā č ď Đ ĝ
    'Sparkles ✨ and a �eský word.'
    """
    k = _classes(codec.name, seg.lead, seg.surv)
    if not k.plausible or _letter_and_space(codec, seg, k.plausible):
        return True
    if (
        seg.surv
        and not run.reaction
        and _lossy_letters(seg, text[run.start : run.end])
        and _has_letter(text[run.start - 1 : run.start] + text[run.end : run.end + 1])
    ):
        # letters of a word that read as a character cut short ("câștigat"): as written unless
        # another sequence of the word decodes ("āØ" alone is a sparkle that lost a byte)
        lo, hi = _word_span(text, run.start, run.end)
        return not any(
            g.surv
            and g.lead is not None
            and not _lossy_letters(g, text[o.start : o.end])
            and _classes(codec.name, g.lead, g.surv).plausible
            for o in index.within(lo, hi)
            for g in o.segs
        )
    if run.reaction or seg.lead is None or seg.surv:
        return False
    pos = run.start + seg.start
    script = _script(text[pos])
    if script is None or (script not in index.scripts and not k.letters):
        return False
    lo, hi = pos, pos + 1
    while lo > max(0, pos - _WORD_REACH) and not text[lo - 1].isspace():
        lo -= 1
    while hi < min(len(text), pos + _WORD_REACH) and not text[hi].isspace():
        hi += 1
    word = {_script(text[p]) for p in range(lo, hi) if _letter_as_written(text, codec, index, p)}
    if not word:  # the letter stands alone: among words of another script it is damage
        if not k.letters:
            return False
        nearby = _nearby_scripts(text, codec, index, pos)
        return not nearby or script in nearby
    if script not in word:
        return False
    for other in index.within(lo, hi):
        for g in other.segs:
            if g.surv and g.lead is not None and _classes(codec.name, g.lead, g.surv).plausible:
                return False
    return True


def _letter_and_space(codec: Codec, seg: Seg, plausible: tuple[str, ...]) -> bool:
    """Whether a sequence is a letter and a no-break space (its one continuation byte A0) that
    reads as a Latin letter no living orthography writes: Italian "È\\xa0vero" (C8 A0 would be
    Ƞ) is as written; "Å\\xa0" (Š), "Ã\\xa0" (à), Vietnamese "Æ\\xa0" (Ơ) and Greek "Î\\xa0" (Π)
    are damage.

    >>> c = codec_table("latin_1")
    >>> [_letter_and_space(c, Seg(0, 2, b, (0xA0,)), (x,)) for b, x in ((0xC8, "Ƞ"), (0xC5, "Š"))]
    [True, False]
    """
    if seg.lead is None or seg.surv != (0xA0,) or codec.table[0xA0 - 0x80] != "\xa0":
        return False
    return all(0x180 <= ord(x) < 0x300 and x not in EXTENDED_B_LETTERS for x in plausible)


# ----------------------------------------------------------------------------- ftfy

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)
_FTFY_CODECS = {
    "sloppy-windows-1252": "cp1252",
    "sloppy-windows-1250": "cp1250",
    "sloppy-windows-1251": "cp1251",
    "latin-1": "latin_1",
}


@functools.lru_cache(maxsize=1 << 14)
def _ftfy_token(token: str) -> tuple[str, str]:
    fixed, steps = ftfy.fix_and_explain(token, config=_FTFY)
    encs = [_FTFY_CODECS.get(arg, arg) for op, arg in steps or () if op == "encode"]
    return fixed, (encs[0] if encs else "unknown") + "+ftfy"


# ftfy readings accepted: the codecs of the damage model (not MacRoman, not partial fixes)
_FTFY_ACCEPTED = frozenset(f"{c}+ftfy" for c in _FTFY_CODECS.values())
_TOKEN = re.compile(r"(?<!\S)\S*[^\x00-\x7f]\S*")  # from a token's start: linear
_OPENERS = "«“‘„‚‹\"'([{¿¡"
_CLOSERS = "»”’›\"'.,;:!?)]}"


# ----------------------------------------------------------------------------- entry points


def repair(
    text: str,
    evidence: Evidence | None = None,
    corrections: Mapping[int, str] | None = None,
) -> RepairResult:
    """Repair mojibake in ``text``; ``corrections`` settles sequences by input offset.

    >>> r = repair("π€£12π10β€1")
    >>> r.text
    '🤣12\ufffd10❤1'
    >>> [(x.offset, x.reason) for x in r.repairs]
    [(0, 'reaction vocabulary'), (5, 'unrecoverable'), (8, 'reaction vocabulary')]
    >>> repair("π€£12π10β€1", corrections={5: "😂"}).text
    '🤣12😂10❤1'
    """
    if text.isascii():
        return RepairResult(text, [])
    result = _repair_once(text, evidence, corrections)
    for _ in range(_MAX_PASSES - 1):
        again = _repair_once(result.text, evidence, None) if result.repairs else None
        if again is None or again.text == result.text:
            break
        result = _composed(text, result, again)
    return result


#: Passes of repair at most: the damage a pass leaves is read again until none is left (a
#: second layer that only shows once the first is undone: "liÃ„ï¿½nosti" -> "liÄï¿½nosti"
#: -> "li\ufffdnosti"), so cleaning the cleaned text changes nothing.
_MAX_PASSES = 4


def _composed(text: str, first: RepairResult, second: RepairResult) -> RepairResult:
    """One result from a pass over ``text`` and a pass over its output: each repair of the
    second pass, widened to the first pass's repairs it meets, becomes one repair of ``text``.
    A manual correction or a mark (U+FFFD) of the first pass is not read again, nor is a word
    the second pass would leave in two alphabets (``_mixed_word``).

    >>> r = repair("Pozdrav, imam pitanje o liÃ„ï¿½nosti.")
    >>> r.text, [(x.offset, x.before, x.after) for x in r.repairs]
    ('Pozdrav, imam pitanje o li\ufffdnosti.', [(26, 'Ã„ï¿½', '\ufffd')])
    """
    segs = []  # (start in first.text, end in first.text, repair of text)
    shift = 0
    for r in first.repairs:
        start = r.offset + shift
        segs.append((start, start + len(r.after), r))
        shift += len(r.after) - len(r.before)
    starts = [s for s, _, _ in segs]
    ends = [e for _, e, _ in segs]

    def met(s: int, e: int) -> list[int]:
        """The first pass's repairs that the span ``s``-``e`` of its output meets."""
        return [i for i in range(bisect_right(ends, s), bisect_left(starts, e)) if ends[i] > s]

    def in_text(pos: int) -> int:
        """A position of the first pass's output that no repair spans, in ``text``."""
        i = bisect_right(ends, pos)
        if not i:
            return pos
        _, e, r = segs[i - 1]
        return r.offset + len(r.before) + pos - e

    groups: list[list] = []  # [start, end, first-pass indices, second-pass repairs]
    for r2 in second.repairs:
        s, e = r2.offset, r2.offset + len(r2.before)
        idx = met(s, e)
        if any(segs[i][2].reason == "manual" for i in idx):
            continue
        lo = min([s] + [segs[i][0] for i in idx])
        hi = max([e] + [segs[i][1] for i in idx])
        if groups and lo < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], hi)
            groups[-1][2].update(idx)
            groups[-1][3].append(r2)
        else:
            groups.append([lo, hi, set(idx), [r2]])
    kept_groups = []
    for lo, hi, idx, done in groups:
        after, pos = [], lo
        for r2 in done:
            after.append(first.text[pos : r2.offset])
            after.append(r2.after)
            pos = r2.offset + len(r2.before)
        after.append(first.text[pos:hi])
        marked = any(LOST in segs[i][2].after for i in idx)  # lost: not read again
        if not marked and not _mixed_word(first.text, lo, hi, "".join(after)):
            kept_groups.append((lo, hi, idx, done, after))
    out = [r for i, (_, _, r) in enumerate(segs) if not any(i in g[2] for g in kept_groups)]
    for lo, hi, idx, done, after in kept_groups:
        o_lo = min([in_text(lo)] + [segs[i][2].offset for i in idx])
        o_hi = max([in_text(hi)] + [segs[i][2].offset + len(segs[i][2].before) for i in idx])
        last = done[-1]
        out.append(
            Repair(o_lo, text[o_lo:o_hi], "".join(after), last.codec, last.reason, last.candidates)
        )
    out.sort(key=lambda r: r.offset)
    parts, pos = [], 0
    for r in out:
        parts += [text[pos : r.offset], r.after]
        pos = r.offset + len(r.before)
    return RepairResult("".join(parts) + text[pos:], out)


def _mixed_word(text: str, lo: int, hi: int, after: str) -> bool:
    """Whether the word that ``after`` makes in place of ``text[lo:hi]`` holds letters of two
    alphabets: a later pass read what an earlier one left half-read ("Ã¾ÑÑ‚" in a Russian word
    as "þ"), a wrong letter, so that pass's reading is not taken.

    >>> _mixed_word("x Ã¾Ñт y", 2, 4, "þ"), _mixed_word("x Ä‘e y", 2, 4, "đ")
    (True, False)
    """
    start, end = lo, hi
    while start and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    word = text[start:lo] + after + text[hi:end]
    return len({unicodedata.name(ch, "?").split()[0] for ch in word if ch.isalpha()}) > 1


def _repair_once(
    text: str, evidence: Evidence | None, corrections: Mapping[int, str] | None
) -> RepairResult:
    """One pass of ``repair``."""
    doc = _Doc(text)
    repairs = _single_byte(doc, evidence)
    # A page damaged all through in its own script has no letter of it as written: once the
    # sure repairs show the script ("à¸ªà¸§" -> "สว"), the page is read again as that script's,
    # so its words that lost a byte are damage of it too (marked, or settled by the document).
    gained = _repaired_scripts(repairs) - doc.scripts
    if gained:
        doc.scripts = doc.scripts | gained
        repairs = _single_byte(doc, evidence)
    repairs = _twice_damaged(text, repairs)
    _repair_double_byte(doc, repairs)
    _repair_korean(text, repairs)
    _damaged_marks(text, repairs)
    repairs = _outside_code(text, repairs)
    if corrections:
        repairs = [
            Repair(r.offset, r.before, corrections[r.offset], r.codec, "manual", r.candidates)
            if r.offset in corrections
            else r
            for r in repairs
        ]
    repairs.sort(key=lambda r: r.offset)
    out, pos = [], 0
    for r in repairs:
        out.append(text[pos : r.offset])
        out.append(r.after)
        pos = r.offset + len(r.before)
    out.append(text[pos:])
    return RepairResult("".join(out), repairs)


def _repaired_scripts(repairs: list[Repair]) -> frozenset[str]:
    """The non-Latin scripts of the letters that sure repairs (unique, ftfy) restored."""
    return (
        frozenset(
            script_of(ch)
            for r in repairs
            if r.reason in ("unique", "ftfy")
            for ch in r.after
            if ord(ch) > 0x24F
        )
        - _NOT_SCRIPTS
    )


def _single_byte(doc: _Doc, evidence: Evidence | None) -> list[Repair]:
    """Every repair of single-byte damage (steps 1-5 and the marks of lost C1 bytes)."""
    text = doc.text
    analyses = [_Analysis(doc, name) for name in CODECS]

    def score(i: int) -> tuple[int, int]:
        return analyses[i].strong + analyses[i].script_strong, analyses[i].bare_punct

    top = max(score(i) for i in range(len(analyses)))
    # codecs that explain as many characters: the letters they make decide before the bare
    # leads that could be punctuation ("Ăźmi" is "îmi" on a Romanian page, whatever cp1250's
    # reading of its bare "Ä" as quotes)
    tied = [
        i for i in range(len(analyses)) if score(i)[0] == top[0] and (top[0] or score(i) == top)
    ]
    fit: dict[int, tuple] = {}  # the page's evidence for each tied codec (``_page_fit``)
    if len(tied) > 1 and top[0]:
        for i in tied:
            a = analyses[i]
            fit[i] = (_misfits(doc, a.codec), -_written_fit(doc, a.codec), -_lost_fit(a))
        tied.sort(key=lambda i: (*fit[i][:2], -analyses[i].bare_punct, fit[i][2], i))
    best = tied[0]
    repairs: list[Repair] = []
    questions = _question_spans(text)
    taken: list[tuple[int, int]] = list(questions)
    primary = analyses[best]
    if primary.strong or primary.bare_punct or primary.script_strong:
        _repair_codec(doc, primary, evidence, repairs, taken, True, questions=questions)
        # codecs the page's evidence does not tell from the primary one
        rivals = [analyses[i].codec for i in tied[1:] if fit and fit[i] == fit[best]]
        _codecs_disagree(repairs, rivals)
        # a page damaged in its own script is read again by the code pages of its script alone
        by_script = primary.script_strong > 0
        others = [
            a
            for i, a in enumerate(analyses)
            if i != best and (a.script_strong if by_script else a.strong)
        ]
        taken = _lines_of_rivals(doc, others, evidence, repairs, taken, questions)
    # other code pages' damage, the one explaining most of the page's script first (KOI8-U
    # before KOI8-R on a Ukrainian line: KOI8-R cuts its words at "і")
    for i in sorted(range(len(analyses)), key=lambda i: -analyses[i].script_strong):
        a = analyses[i]
        if i != best and (
            a.script_strong > 0
            or any(
                len(r) >= 2
                and _run_info(a.codec.name, r).strong
                and _run_info(a.codec.name, r).lossless
                for r in a.counts
            )
        ):
            _repair_codec(doc, a, evidence, repairs, taken, False, questions=questions)
    _spaced_a_grave(text, repairs, taken)
    page = primary.codec if repairs else None
    _repair_ftfy(text, repairs, taken, page)
    read = len(repairs)
    _lost_continuations(text, repairs, taken)
    _written_lost(text, repairs, taken, doc.scripts, questions)
    spaced_leads(text, repairs, taken)
    lost_leads(text, repairs, taken, doc.scripts)
    lone_leads(text, repairs, taken)
    lone_letter_words(text, repairs, taken)
    letter_and_sign(text, repairs, taken)
    quote_pairs(text, repairs, taken)
    if cut_short(text, repairs, taken):
        lone_leads(text, repairs, taken)  # the bare leads of words it marked
    if initial_leads(text, repairs, taken):
        lone_leads(text, repairs, taken)  # the bare leads of the words beside those it read
    if questions:
        _question_marked(text, questions, repairs, taken)
        _lost_with_question(text, repairs, taken)
    if "?" in text:
        _short_before_question(text, repairs, taken)
    if len(repairs) > read:
        # a bare lead read since splits its token: ftfy reads what is left of it ("Č™coalÄ"
        # is no cp1250 text to ftfy, "Č™coal" before the lost "ă" is "școal")
        ends = sorted({x for r in repairs[read:] for x in (r.offset, r.offset + len(r.before))})
        _repair_ftfy(text, repairs, taken, page, ends)
    settle_by_letters(text, repairs)
    return repairs


def _misfit_letters(text: str, repairs: list[Repair]) -> int:
    """How many of ``repairs`` (in ``text``) made a capital between two small letters of its
    word ("ΡυγΡνική"): no word is spelled so, a reading of the wrong code page."""
    out = []
    pos = at = 0
    made: list[int] = []
    for r in sorted(repairs, key=lambda r: r.offset):
        out.append(text[pos : r.offset])
        at += r.offset - pos
        out.append(r.after)
        if len(r.after) == 1 and r.after.isupper():
            made.append(at)
        at += len(r.after)
        pos = r.offset + len(r.before)
    out.append(text[pos:])
    read = "".join(out)
    return sum(
        0 < i < len(read) - 1 and read[i - 1].islower() and read[i + 1].islower() for i in made
    )


def _lines_of_rivals(
    doc: _Doc,
    others: list[_Analysis],
    evidence: Evidence | None,
    repairs: list[Repair],
    taken: list[tuple[int, int]],
    questions: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Read again with another code page the lines whose reading by the page's codec makes
    capitals between small letters, where that code page reads them with none: a Greek page
    damaged partly as cp1253 and partly as ISO-8859-7, whose "Ξ΅" (ε, CE B5 as ISO-8859-7) is
    cp1253's "Ρ" (CE A1), gives "ΡυγΡνική" under cp1253 and "ευγενική" under ISO-8859-7.
    Returns ``taken`` with the lines' spans read so; ``repairs`` is updated in place. (Their
    lost letters stay marked: the page's words are not searched for them again, which on a page
    of many such lines would cost as much as the first reading.)

    >>> fix_mojibake("ΞΈΞ\\xadΞΌΞ± ΞΊΞ±ΞΉ Ξ»Ξ\\xadΞΎΞµΞΉΟ‚\\nΞ΅ΞΉΞ»ΞΉΞΊΟΞΉΞ½Ξ¬ Ξ΅ΟΞ³Ξ΅Ξ½ΞΉΞΊΞ")
    'θέμα και λέξεις\\nειλικ\\ufffdινά ε\\ufffdγενικ\\ufffd'
    """
    text = doc.text
    by_line: dict[int, list[int]] = {}
    for k, r in enumerate(repairs):
        by_line.setdefault(doc.line_of(r.offset), []).append(k)
    bad = {n: ks for n, ks in by_line.items() if _misfit_letters(text, [repairs[k] for k in ks])}
    if not bad or not others:
        return taken
    spans = {n: _line_span(doc, n) for n in bad}
    drop: set[int] = set()
    moved: dict[int, list[tuple[int, int]]] = {}  # a line read again: its spans read so
    for a in others:
        runs = frozenset(
            m.group() for ls, le in spans.values() for m in a.codec.run.finditer(text, ls, le)
        )
        got: list[Repair] = []
        got_taken: list[tuple[int, int]] = list(questions)
        _repair_codec(doc, a, evidence, got, got_taken, True, runs, questions, settle=False)
        got_by_line: dict[int, list[Repair]] = {}
        for r in got:
            got_by_line.setdefault(doc.line_of(r.offset), []).append(r)
        taken_by_line: dict[int, list[tuple[int, int]]] = {}
        for t in got_taken:
            taken_by_line.setdefault(doc.line_of(t[0]), []).append(t)
        for n in list(bad):
            mine = got_by_line.get(n, [])
            if not mine or _misfit_letters(text, mine):
                continue
            if sum(len(r.before) for r in mine) < sum(len(repairs[k].before) for k in bad[n]):
                continue  # it leaves characters the page's codec read unread
            drop.update(bad.pop(n))
            repairs.extend(mine)
            moved[n] = taken_by_line.get(n, [])
        if not bad:
            break
    if not drop:
        return taken
    repairs[:] = [r for k, r in enumerate(repairs) if k not in drop]
    kept = [t for t in taken if doc.line_of(t[0]) not in moved]
    return sorted(kept + [t for spans_of in moved.values() for t in spans_of])


def _line_span(doc: _Doc, n: int) -> tuple[int, int]:
    """The start and end of line ``n`` of the document."""
    ls = doc.line_starts[n]
    le = doc.line_starts[n + 1] - 1 if n + 1 < len(doc.line_starts) else len(doc.text)
    return ls, le


def _written_lost(
    text: str,
    repairs: list[Repair],
    taken: list[tuple[int, int]],
    scripts: frozenset[str],
    questions: list[tuple[int, int]],
) -> None:
    """``written_lost`` with the question-marked spans no pass read yet open to it: a lead and
    the "?" of its lost byte are one sequence of any code page ("pÄ?rerea" is Romanian "ă"
    read as cp1250), not only latin-1's; what it leaves stays for ``_question_marked``."""
    held = [
        q
        for q in questions
        if not any(r.offset < q[1] and q[0] < r.offset + len(r.before) for r in repairs)
    ]
    for q in held:
        taken.remove(q)
    written_lost(text, repairs, taken, scripts)
    for s, e in held:
        if not overlaps(taken, s, e):
            add_taken(taken, s, e)


def _codecs_disagree(repairs: list[Repair], rivals: list[Codec]) -> None:
    """Mark lost (U+FFFD) each letter the primary codec restored that a rival reads as another
    plausible letter: two readings and nothing on the page to choose, so no guess. A rival
    explains as many characters and fits the page as well - as many misfits (``_misfits``),
    as many letters the page writes (``_written_fit``), its bare capitals after small letters
    explained as well (``_lost_fit``: "WolÄ" is ISO-8859-2's ę that lost its 99; cp1250 would
    have kept "Ä™") - so that only the order of ``CODECS`` or a bare lead read as punctuation
    put it after; and it can have written all of the damage (ISO-8859-2 cannot have written
    the "®" of cp1250's "Ă®", "î": on such a page "Ĺž" is cp1250's "Ş", not "ž"). Spanish
    "rĂĄpido" damaged as ISO-8859-2 is "rápido" there and "råpido" in cp1250, and a short page
    shows no more ("ó" of "Ăł" reads alike in both and stays restored). The page's alphabet
    may settle the mark later (``settle_by_letters``).
    """
    damage = {ch for r in repairs for ch in r.before}
    rivals = [c for c in rivals if all(ch in c.encode for ch in damage)]
    if not rivals:
        return
    for k, r in enumerate(repairs):
        if not r.after.isalpha() or len(r.after) != 1 or r.reason == "document script":
            continue
        readings = {r.after}
        for c in rivals:
            other = _whole_reading(c, r.before)
            if other is not None and other.isalpha() and is_plausible(other):
                readings.add(other)
        if len(readings) > 1:
            repairs[k] = Repair(
                r.offset, r.before, LOST, r.codec, "codecs disagree", tuple(sorted(readings))
            )


def _whole_reading(codec: Codec, run: str) -> str | None:
    """The character a run is as one whole UTF-8 sequence under ``codec``, else None."""
    data = bytearray()
    for ch in run:
        b = codec.encode.get(ch)
        if b is None:
            return None
        data.append(b)
    try:
        out = bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return out if len(out) == 1 else None


def _letters_in_word(text: str, codec: Codec, run: _Run) -> bool:
    """Whether a run is letters of a word that lost bytes and could only be marked lost: every
    character a letter, a letter beside it, every sequence cut short with more than one
    candidate and all of them letters. Czech "nedokážu" read as ISO-8859-16 is "áž", the start
    of 32 letters U+1E00-U+1E1F ("dáš" as ISO-8859-2 32 others): a page not established as
    damaged keeps it as written.
    """
    if run.reaction:
        return False
    before = text[run.start - 1] if run.start else ""
    after = text[run.end] if run.end < len(text) else ""
    if not (before.isalpha() or after.isalpha()):
        return False
    if not text[run.start : run.end].isalpha():
        return False
    for g in run.segs:
        if g.lead is None or len(g.surv) == seq_len(g.lead) - 1:
            return False
        k = _classes(codec.name, g.lead, g.surv)
        if len(k.plausible) < 2 or not k.letters:
            return False
    return True


def _misfits(doc: _Doc, codec: Codec) -> int:
    """How many of the characters a codec's whole sequences decode to do not fit where they
    stand: a capital after a small letter, a symbol between letters. Codecs that explain the
    same runs (ISO-8859-2 and cp1250 differ in a few continuation bytes: "szĂŠp" is "szép" in
    one, "szÊp" in the other) are told apart by it.

    >>> doc = _Doc("GyĹzĹ ĂŠs a kert szĂŠp, tĂźkĂśr.")
    >>> _misfits(doc, codec_table("iso8859_2")), _misfits(doc, codec_table("cp1250"))
    (0, 2)
    """
    text, n = doc.text, 0
    for m in codec.run.finditer(text):
        segs = _run_info(codec.name, m.group()).segs
        if not segs:
            continue
        prev = text[m.start() - 1] if m.start() else ""
        for g in segs:
            if g.lead is None or len(g.surv) != seq_len(g.lead) - 1:
                prev = ""
                continue
            ch = bytes([g.lead, *g.surv]).decode("utf-8")
            nxt = text[m.start() + g.end] if m.start() + g.end < len(text) else ""
            capital = ch.isupper() and prev.islower()
            symbol = unicodedata.category(ch)[0] == "S" and prev.isalpha() and nxt.isalpha()
            n += capital or symbol
            prev = ch
    return n


def _written_fit(doc: _Doc, codec: Codec) -> int:
    """How many of the letters a codec's whole sequences decode to the document also writes as
    such: ISO-8859-2 reads "teĹź" as "też", cp1250 as "teş", and a Polish page that writes
    "żeby" elsewhere says which. Codecs that explain the same runs are told apart by it.

    >>> doc = _Doc("Ustawiłam, żeby. MĂłj teĹź.")
    >>> _written_fit(doc, codec_table("iso8859_2")), _written_fit(doc, codec_table("cp1250"))
    (1, 0)
    """
    text, n = doc.text, 0
    for m in codec.run.finditer(text):
        for g in _run_info(codec.name, m.group()).segs or ():
            if g.lead is not None and len(g.surv) == seq_len(g.lead) - 1:
                ch = bytes([g.lead, *g.surv]).decode("utf-8")
                n += ch.isalpha() and ch in doc.chars
    return n


def _lost_fit(a: _Analysis) -> float:
    """How well a codec explains the lead bytes left bare as capitals after a small letter (no
    letter as written stands there) on a page whose whole sequences it reads as letters only:
    each lost one continuation byte of the codec's dropped set, so a codec that drops 32 of
    them (ISO-8859-2's C1 bytes) explains "WolÄ" (ę, C4 99) far better than one that drops
    five (cp1250 reads 99 as ™ and would have left "Ä™"). Where a whole sequence reads as
    punctuation or a symbol ("â€”"), that reading is the page's evidence and this is none.

    >>> doc = _Doc("WolÄ ton, grzÄdce, teĹź.")
    >>> _lost_fit(_Analysis(doc, "iso8859_2")) > _lost_fit(_Analysis(doc, "cp1250"))
    True
    """
    dropped = len(a.codec.dropped_cont)
    if not dropped or not _covers_damaged_lines(a):
        return 0.0
    text, name, n = a.doc.text, a.codec.name, 0
    for m in a.codec.run.finditer(text):
        segs = _run_info(name, m.group()).segs or ()
        for g in segs:
            whole = g.lead is not None and len(g.surv) == seq_len(g.lead) - 1
            if whole and not bytes([g.lead, *g.surv]).decode("utf-8").isalpha():
                return 0.0
        s = m.start()
        if m.end() - s == 1 and s and text[s - 1].islower() and m.group().isupper():
            n += bool(segs) and segs[0].lead is not None and not segs[0].surv
    return n * math.log(dropped)


def _covers_damaged_lines(a: _Analysis) -> bool:
    """Whether the codec can have written every character of the lines its damage stands in
    (a line holding a whole sequence of it): a mail's quoted lines read as latin-1 beside the
    reply's correct Lithuanian ("č", which latin-1 cannot write) are latin-1's all the same.

    >>> doc = _Doc("> kai Ä¯ nekeiÄia\\nUždavėme klausimus.")
    >>> _covers_damaged_lines(_Analysis(doc, "latin_1")), _Analysis(doc, "latin_1").covers
    (True, False)
    """
    if a.covers:
        return True
    name, enc = a.codec.name, a.codec.encode
    foreign = {ch for ch in a.doc.chars if not (ch.isascii() or ch in enc or ch == LOST)}
    seen = False
    for line in a.doc.text.split("\n"):
        if line.isascii():
            continue
        whole = any(
            g.lead is not None and len(g.surv) == seq_len(g.lead) - 1
            for m in a.codec.run.finditer(line)
            for g in (_run_info(name, m.group()).segs or ())
        )
        if whole and not foreign.isdisjoint(line):
            return False
        seen = seen or whole
    return seen


_NONE, _FIRST = frozenset(), frozenset([0])


def _repair_codec(
    doc: _Doc,
    analysis: _Analysis,
    evidence: Evidence | None,
    repairs: list[Repair],
    taken: list[tuple[int, int]],
    primary: bool,
    only: frozenset[str] | None = None,
    questions: list[tuple[int, int]] | None = None,
    settle: bool = True,
) -> None:
    text, codec = doc.text, analysis.codec
    established = primary and analysis.established
    runs = analysis.runs(only)
    index = _RunIndex(runs, doc, analysis)
    damage: list[tuple[_Run, frozenset[int]]] = []  # a run, and its sequences left as written
    weak = _weak_ok(text, codec, runs) if primary and not established else set()
    by_script = analysis.script_strong > 0
    lines = _second_script_lines(doc, codec, runs) if by_script and not primary else set()
    for run in runs:
        runtext = text[run.start : run.end]
        if (
            by_script
            and not run.reaction
            and _script_run(codec.name, runtext, doc.scripts)
            and (primary or doc.line_of(run.start) in lines)
            and (
                primary
                or _run_info(codec.name, runtext).lossless
                or _script_run(codec.name, runtext, doc.scripts) >= 2
            )
            and not _lone_letter_as_written(doc, run)
        ):
            # damage of the document's script: a run of two complete sequences that decode to
            # its letters, or - once the document has one - a run with one; under a second
            # code page (a KOI8-R line on a cp1251-damaged page), only whole runs of two or more
            # in a line it shows lossless damage in, where a word that lost a byte to it
            # ("Ξ΄ΟΞΏΞΌΞΏΞ»ΟΞ³ΞΉΞ±": cp1253 dropped the 81 of "ρ") is its damage too when two of its
            # sequences are whole
            damage.append((_Run(run.start, run.end, run.segs, False, doc.scripts), _NONE))
            continue
        if by_script and primary and _lead_glued_to_damage(doc, codec, index, run):
            damage.append((_Run(run.start, run.end, run.segs, False, doc.scripts), _NONE))
            continue
        info = _run_info(codec.name, runtext)
        if not primary and not (info.strong and info.lossless and len(runtext) >= 2):
            continue  # another codec of a mixed page: only lossless, fully strong runs
        if (
            (not established or by_script)
            and run.start not in weak
            and doc.scripts
            and _in_scripts(runtext, doc.scripts)
            and not _emoji_plane(run)
        ):
            # letters of the document's script that do not decode to it: as written, also on
            # a page damaged all through in its script (Thai "รก", "ยก" are no "á", "¡")
            continue
        if primary and not established and _letters_in_word(text, codec, run):
            continue  # nothing but a mark to gain for letters that may be correct ("nedokážu")
        strong = (
            all(_strong(codec, g, runtext, True) for g in run.segs)
            if run.reaction
            else info.strong or (info.shaped and analysis.covers)
        )
        if primary and not (
            established
            or strong
            or run.start in weak
            or any(_strong(codec, g, runtext, run.reaction) for g in run.segs)
        ):
            continue
        keep = _NONE
        if len(run.segs) == 1 and not (strong or run.start in weak):
            keep = _FIRST if _as_written(text, codec, index, run, run.segs[0]) else _NONE
        elif not (strong or run.start in weak):  # some sequences may be characters as written
            keep = frozenset(
                i for i, g in enumerate(run.segs) if _as_written(text, codec, index, run, g)
            )
        damage.append((run, keep))
    if established:  # a letter as written at a typographic position is a mark after all
        marks = _weak_ok(text, codec, [r for r, k in damage if k and len(r.segs) == 1], True)
        if marks:
            damage = [(r, _NONE if r.start in marks else k) for r, k in damage]
    scan = _Scan(text, codec, evidence, _written_marks(doc, codec), established=established)
    script_lost: list[int] = []  # repairs of the document's script left unrecoverable
    for run, keep in damage:
        if len(keep) == len(run.segs):
            continue
        held = _NONE
        if overlaps(taken, run.start, run.end):
            held = _held_by_questions(run, taken, questions)
            if held is None:
                continue
            keep = keep | held
        line = doc.line_of(run.start)
        if line != scan.line:
            if not _wrapped_between(doc, scan.line, line):
                scan.quotes = ()
            scan.line = line
        scan.prev_emoji = False
        for i, seg in enumerate(run.segs):
            if i in keep:
                scan.prev_emoji = False
                continue
            ch, reason, cands = _resolve(scan, run, i)
            if reason != "quote position":
                scan.quotes = _quotes_after(ch, scan.quotes)
            k = _classes(codec.name, seg.lead, seg.surv)
            scan.prev_emoji = is_emoji(ch) or (ch == LOST and bool(k.emojis))
            s, e = run.start + seg.start, run.start + seg.end
            if ch == LOST:
                cands = cands[:_MAX_CANDIDATES]
                if run.scripts:
                    script_lost.append(len(repairs))
            repairs.append(Repair(s, text[s:e], ch, codec.name, reason, cands))
            if held:
                add_taken(taken, s, e)
        if not held:
            add_taken(taken, run.start, run.end)
    if script_lost and settle:
        settle_by_document(text, repairs, script_lost)


def _held_by_questions(
    run: _Run, taken: list[tuple[int, int]], questions: list[tuple[int, int]] | None
) -> frozenset[int] | None:
    """The sequences of ``run`` that a character whose C1 bytes became "?" holds (its lead:
    "Ñ" of "Ð°Ñ?Ð¸", read by ``_question_marked``), when nothing else of the run is read yet:
    the run's other sequences are damage of their own ("Ð°" is "а"). None when another
    pass read part of the run, or the questions hold all of it.

    >>> fix_mojibake("Ð°Ñ?Ñ?Ð¸Ñ?Ñ?ÐµÐ½Ñ? Ð¿Ñ?Ð¾Ð¼ÐµÐ½Ñ? Ð¿Ñ?ÐµÐ´")
    'а\ufffd\ufffdи\ufffd\ufffdен\ufffd п\ufffdомен\ufffd п\ufffdед'
    """
    if not questions:
        return None
    held = []
    for i, g in enumerate(run.segs):
        s, e = run.start + g.start, run.start + g.end
        if overlaps(taken, s, e):
            if not overlaps(questions, s, e):
                return None
            held.append(i)
    return frozenset(held) if len(held) < len(run.segs) else None


_QUOTE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*")
_WRAP_WIDTH = 40  # characters a hard-wrapped line holds at the least
_WRAP_LINES = 8  # lines a quotation runs over at the most


def _wrapped_between(doc: _Doc, first: int, last: int) -> bool:
    """Whether lines ``first`` to ``last`` are one hard-wrapped paragraph (mail, Usenet, a
    plain-text letter): each line before ``last`` is long, none is blank and all have the same
    quoting prefix ("> "), so a quotation opened on one closes on another ("âno, not\\n> todayâ"
    is “no, not … today”).

    >>> doc = _Doc("> " + "a" * 50 + " âno\\n> todayâ.\\n\\n> âthen")
    >>> _wrapped_between(doc, 0, 1), _wrapped_between(doc, 1, 3), _wrapped_between(doc, -1, 0)
    (True, False, False)
    """
    if first < 0 or not 0 < last - first <= _WRAP_LINES:
        return False
    starts, text = doc.line_starts, doc.text
    lines = [
        text[starts[n] : (starts[n + 1] - 1 if n + 1 < len(starts) else len(text))]
        for n in range(first, last + 1)
    ]
    prefix = _QUOTE_PREFIX.match(lines[0]).group().strip()
    return all(
        _QUOTE_PREFIX.match(line).group().strip() == prefix
        and line[len(prefix) :].strip()
        and (n == len(lines) - 1 or len(line) >= _WRAP_WIDTH)
        for n, line in enumerate(lines)
    )


# the basic letters of the alphabets two-byte sequences encode: Greek and Cyrillic to "я"
# (not "ѐ" on, the historic and minority languages' letters), Hebrew, Arabic to "ي"
_BASIC_LETTERS = ((0x0370, 0x045F), (0x05D0, 0x05EA), (0x0620, 0x064A))


def _basic_letter(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _BASIC_LETTERS)


_SENTENCE_OPENERS = frozenset(".!?:;…—–-«„“\"'(")


def _lone_letter_as_written(doc: _Doc, run: _Run) -> bool:
    """Whether a run is one whole sequence standing as a word of its own that correct text
    may hold as written: correct words of two letters ("пі", "сє", "рё" read as KOI8-U or
    KOI8-R are "Ц", "Ӥ", "ң"). Such damage is a word of one letter: of an alphabet, a basic
    letter or one the page writes elsewhere (no "ң" on a Russian page; a Korean "수" need not
    be), and a capital only where a sentence opens ("В мене",
    "І ще"); inside one it is small ("Рє", cp1251's bytes of "к", is read).
    """
    text = doc.text
    if len(run.segs) != 1 or (run.end < len(text) and text[run.end].isalnum()):
        return False
    g = run.segs[0]
    if g.lead is None or len(g.surv) != seq_len(g.lead) - 1:
        return False
    before = text[: run.start].rstrip(" \t")
    if run.start and len(before) == run.start:
        return False  # glued to what precedes it
    ch = bytes([g.lead, *g.surv]).decode("utf-8")
    if g.lead < 0xE0 and ch not in doc.chars and not _basic_letter(ch):
        return True  # an alphabet's rarer letter (a syllable or ideograph need not be written)
    opens = not before or before[-1] == "\n" or before[-1] in _SENTENCE_OPENERS
    return ch.isupper() and not opens


def _lead_glued_to_damage(doc: _Doc, codec: Codec, index: _RunIndex, run: _Run) -> bool:
    """Whether a run is one bare lead byte that can only be a letter of the document's script,
    glued by punctuation to damage of that script in one token: Greek "ό,τι" read as cp1253
    is "Ο,Ο„ΞΉ", where "Ο" lost its byte; the article "Ο" before a word stands apart.
    """
    if run.reaction or len(run.segs) != 1:
        return False
    seg = run.segs[0]
    if seg.lead is None or seg.surv:
        return False
    k = _classes(codec.name, seg.lead, (), doc.scripts)
    if not k.plausible or not all(script_letter(c, doc.scripts) for c in k.plausible):
        return False
    lo, hi = _word_span(doc.text, run.start, run.end)
    return any(
        o is not run
        and o.start != run.start
        and _script_run(codec.name, doc.text[o.start : o.end], doc.scripts)
        for o in index.within(lo, hi)
    )


def _emoji_plane(run: _Run) -> bool:
    """Whether a run holds the lead F0 and the continuation 9F of the emoji's plane (U+1F000-
    U+1FFFF) and one more of its bytes: cp1251 reads "😀" (F0 9F 98 80, the 98 dropped) as
    "рџЂ", letters of a Cyrillic page, but no word of any language is those bytes.

    >>> from persona_archive.cleaning.mojibake_core import Seg
    >>> _emoji_plane(_Run(0, 3, (Seg(0, 3, 0xF0, (0x9F, 0x80)),), False))
    True
    >>> _emoji_plane(_Run(0, 2, (Seg(0, 2, 0xD0, (0x9F,)),), False))
    False
    """
    return any(g.lead == 0xF0 and len(g.surv) >= 2 and g.surv[0] == 0x9F for g in run.segs)


def _second_script_lines(doc: _Doc, codec: Codec, runs: list[_Run]) -> set[int]:
    """The lines where a code page other than the document's shows damage of the document's
    script by its shape: a lossless run of two complete sequences or more that decode to its
    letters (a KOI8-R line, "п я─п╦я┌п╦п╨п╦", on a page whose other damage is cp1251). In
    such a line the code page's lossless runs of one ("п╦" for "и") are that damage too.

    >>> doc = _Doc("Это текст. п╦ п╨п╟п╨ п╦ я┌п╬я┌.\\nА тут ╦ ok.")
    >>> a = _Analysis(doc, "koi8_r")
    >>> sorted(_second_script_lines(doc, a.codec, a.runs()))
    [0]
    """
    return {
        doc.line_of(run.start)
        for run in runs
        if _script_run(codec.name, doc.text[run.start : run.end], doc.scripts) >= 2
        and _run_info(codec.name, doc.text[run.start : run.end]).lossless
    }


# UTF-8 lead bytes as latin-1 reads them, whose continuation bytes (0x80-0x9F) it reads as C1
# controls, which a scrape drops: "’" (E2 80 99) is left as a bare "â"
_LATIN1_LEADS = frozenset("ÂÃâ")
_LEAD_CANDIDATES = {"â": tuple("’‘“”–—…•"), "Ã": tuple("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß")}


def _lost_continuations(text: str, repairs: list[Repair], taken: list[tuple[int, int]]) -> None:
    """Mark lost a UTF-8 lead byte left alone by latin-1 ("câest" for "c’est": its other two
    bytes were C1 controls, dropped) in a line where the codec repaired latin-1 damage and every
    other non-ASCII character was part of that damage. A correct "â" in such a line would have
    been damaged too ("Ã¢"), so a bare one is what is left of a character whose bytes are lost;
    which one is not known (an apostrophe, a quotation mark, a dash...): U+FFFD, never a guess.
    A line with a correct accented letter of its own is partly damaged: it is left alone.

    >>> repair("Pour moi, un caractÃ¨re, câest quand on peut Ãªtre dÃ©Ã§u.").text
    'Pour moi, un caractère, c\ufffdest quand on peut être déçu.'
    >>> repair("Er sagte „ja“ – gut.\\nSie sagte âneinâ â schade, dass Ã¼ber euch.").text[21:]
    'Sie sagte \ufffdnein\ufffd \ufffd schade, dass über euch.'
    >>> repair("Le château est beau, et Ã©tÃ©.").text  # a correct â of its own: left alone
    'Le château est beau, et été.'
    """
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        latin = [r for r in repairs if start <= r.offset < end and r.codec == "latin_1"]
        if latin:
            covered = {r.offset + k for r in repairs for k in range(len(r.before))}
            bare = [
                i
                for i in range(start, end)
                if text[i] in _LATIN1_LEADS
                and i not in covered
                and not overlaps(taken, i, i + 1)
                # "â" lost both bytes wherever it stands (a closing quote, a dash between
                # spaces); "Ã " may be "à" whose A0 became a space: only before a letter
                and (text[i] == "â" or (i + 1 < end and not text[i + 1].isspace()))
            ]
            own = [
                i
                for i in range(start, end)
                if not text[i].isascii() and i not in covered and text[i] not in _LATIN1_LEADS
            ]
            if bare and not own:
                for i in bare:
                    cands = _LEAD_CANDIDATES.get(text[i], ())
                    repairs.append(Repair(i, text[i], LOST, "latin_1", "unrecoverable", cands))
                    add_taken(taken, i, i + 1)
        start = end + 1


# A UTF-8 character read as latin-1 whose C1 bytes (80-9F) a CMS wrote as "?": "â??" (’ “ ” – —),
# "â?¦" (…), "Ã?a" (Ça), "Å?uvre" (Œuvre)
_QUESTION_MARKED = re.compile(r"â\?(?:\?|[\xa0-\xbf])(?!\?)|[\xc2-\xdf]\?(?=[^\W\d_])")


def _question_spans(text: str) -> list[tuple[int, int]]:
    if "?" not in text:
        return []
    return [m.span() for m in _QUESTION_MARKED.finditer(text)]


@functools.lru_cache(maxsize=1 << 10)
def _question_candidates(seq: str) -> tuple[str, ...]:
    """The plausible characters whose UTF-8 bytes latin-1 reads as ``seq``, each "?" a C1 byte.

    >>> _question_candidates("â?¦"), len(_question_candidates("â??"))
    (('…', '₦', '☦', '♦'), 103)
    """
    options = [range(0x80, 0xA0) if ch == "?" else (ord(ch),) for ch in seq]
    out = []
    for combo in product(*options):
        try:
            ch = bytes(combo).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if is_consistent(ch) and is_plausible(ch):
            out.append(ch)
    return tuple(out)


def _question_marked(
    text: str, spans: list[tuple[int, int]], repairs: list[Repair], taken: list[tuple[int, int]]
) -> None:
    """Repair or mark lost what latin-1 leaves of a character whose C1 bytes were written as
    "?" (``spans``, kept from the codecs' passes): restored when one plausible character fits
    ("Å?" is Œ, Ł, Ő ...: lost), else U+FFFD, never a guess by position. Evidence is the pattern
    twice in the document, or once beside other latin-1 or cp1252 damage: a correct "â"
    before two question marks is a rare word end.

    >>> fix_mojibake("It wasnâ??t open â?? the cafÃ© said so.")
    'It wasn\ufffdt open \ufffd the café said so.'
    >>> fix_mojibake("Câ??est lâ??Ã©tÃ© Ã\u00a0 BesanÃ§on : Â« Ã?a va ? Â» â?? trÃ¨s bienâ?¦")
    'C\ufffdest l\ufffdété à Besançon : « \ufffda va ? » \ufffd très bien\ufffd'
    >>> fix_mojibake("Câ??est ça ? Oui.")  # once, and no other damage: as written
    'Câ??est ça ? Oui.'
    """
    western = any(r.codec.split("+")[0] in ("latin_1", "cp1252") for r in repairs)
    if len(spans) < 2 and not western:
        return
    for s, e in spans:
        if any(r.offset < e and s < r.offset + len(r.before) for r in repairs):
            continue
        cands = _question_candidates(text[s:e])
        after, why = (cands[0], "unique") if len(cands) == 1 else (LOST, "unrecoverable")
        repairs.append(Repair(s, text[s:e], after, "latin_1", why, cands))
        add_taken(taken, s, e)


def _lost_with_question(text: str, repairs: list[Repair], taken: list[tuple[int, int]]) -> None:
    """On a page whose converter wrote lost bytes as "?" (``_question_spans`` found some), a
    lone lead marked lost right before a "?" and a space lost that byte: the "?" is its, not
    a question's ("Ã? mon avis" is "À mon avis", "Ð? Ð´Ð¾Ð¼Ðµ" is "В доме").

    >>> fix_mojibake("Câ??est lâ??Ã©tÃ©. Ã? mon avis, Ã§a va.")
    'C\ufffdest l\ufffdété. \ufffd mon avis, ça va.'
    """
    for k, r in enumerate(repairs):
        end = r.offset + len(r.before)
        if (
            r.after == LOST
            and len(r.before) == 1
            and text[end : end + 1] == "?"
            and text[end + 1 : end + 2] in (" ", "\t")
            and not overlaps(taken, end, end + 1)
        ):
            repairs[k] = Repair(r.offset, r.before + "?", LOST, r.codec, r.reason, r.candidates)
            add_taken(taken, end, end + 1)


def _short_before_question(text: str, repairs: list[Repair], taken: list[tuple[int, int]]) -> None:
    """A sequence that lost its last byte right before a "?", twice or more on a page and
    never without one, lost it to a converter that wrote it as "?": the "?" is the
    sequence's, not a question's (cp1252 leaves 9D undefined: ” is "â€?" wherever it stands).

    >>> fix_mojibake("He said â€œnoâ€? and â€œyesâ€? too.")
    'He said “no” and “yes” too.'
    >>> fix_mojibake("Is it â€œnoâ€? Or â€œyesâ€ then.")  # one "â€" without: no converter's
    'Is it “no”? Or “yes” then.'
    """
    short: list[tuple[int, bool]] = []  # (repair index, a "?" after it)
    for k, r in enumerate(repairs):
        name = r.codec.split("+")[0]
        if name not in CODECS or len(r.before) < 2:
            continue
        if not all(ch in codec_table(name).encode for ch in r.before):
            continue
        segs = parse_run(name, r.before)
        if not segs or len(segs) != 1 or segs[0].lead is None:
            continue
        if seq_len(segs[0].lead) - 1 - len(segs[0].surv) != 1:
            continue
        end = r.offset + len(r.before)
        short.append((k, text[end : end + 1] == "?" and not overlaps(taken, end, end + 1)))
    if len(short) < _QUESTION_SHORT or not all(q for _, q in short):
        return
    for k, _ in short:
        r = repairs[k]
        repairs[k] = Repair(r.offset, r.before + "?", r.after, r.codec, r.reason, r.candidates)
        add_taken(taken, r.offset + len(r.before), r.offset + len(r.before) + 1)


_QUESTION_SHORT = 2  # sequences cut short before a "?" that show a converter's page


# "Ã" then two spaces: "à" (C3 A0) read as cp1252 or latin-1, its A0 (a no-break space) made
# an ordinary space by the scrape; the evidence that the page is so damaged: "Ã" before a
# character cp1252 reads from a continuation byte ("Ã©", "Ã¨")
_SPACED_A_GRAVE = re.compile(r"(?<![A-ZÀ-Þ])Ã(?=  )")
_WESTERN_DAMAGE = re.compile("Ã[\u00a1-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def _spaced_a_grave(text: str, repairs: list[Repair], taken: list[tuple[int, int]]) -> None:
    """Restore "à" whose no-break space became a space ("dÃ©jÃ  vu", "Ã  la carte") on a
    page with other damage of the kind; a capital before it is Portuguese ("IRMÃ  E") and
    stays.

    >>> fix_mojibake("Voilà, cafÃ© Ã  la carte, dÃ©jÃ  vu. NÃO  e IRMÃ  E.")
    'Voilà, café à la carte, déjà vu. NÃO  e IRMÃ  E.'
    """
    if "Ã  " not in text or not _WESTERN_DAMAGE.search(text):
        return
    for m in _SPACED_A_GRAVE.finditer(text):
        s = m.start()
        if not overlaps(taken, s, s + 2):
            repairs.append(Repair(s, "Ã ", "à", "cp1252", "unique", ("à",)))
            add_taken(taken, s, s + 2)


def _repair_ftfy(
    text: str,
    repairs: list[Repair],
    taken: list[tuple[int, int]],
    page: Codec | None = None,
    beside: list[int] | None = None,
) -> None:
    """Offer ftfy each token of what the codec repairs left: a repaired run splits a token
    ("Lâ€™Ã©tÃ©" leaves "tÃ©" once "â€™Ã©" is repaired). ``page`` is the codec the page's
    damage was read with, if any: where it reads a piece as another letter than ftfy's code
    page does, the piece is marked lost (cp1257's "Ć©" is "é", cp1250's "Ʃ"). ``beside``
    (sorted offsets) offers only the tokens that begin or end at one of them."""
    parts, pos = [], 0
    for s, e in taken:
        parts += (text[pos:s], " " * (e - s))
        pos = e
    parts.append(text[pos:])
    for m in _TOKEN.finditer("".join(parts)):
        s, e = m.span()
        if beside is not None:
            i = bisect_right(beside, s - 1)
            if i == len(beside) or beside[i] > e:
                continue
        _ftfy_piece(text, s, e, repairs, taken, page)


def _ftfy_piece(
    text: str,
    s: int,
    e: int,
    repairs: list[Repair],
    taken: list[tuple[int, int]],
    page: Codec | None = None,
) -> None:
    token = text[s:e]
    if token.isascii() or not ftfy.badness.is_bad(token):
        return
    fixed, codec = _ftfy_token(token)
    if fixed == token or codec not in _FTFY_ACCEPTED:
        # the quotes or brackets around a word ftfy would fix can hide it ("«Ð¿Ñ€Ð¸»"): a
        # damaged sequence starts with a letter, and may end with punctuation ("Ð»" is "л")
        lead = len(token) - len(token.lstrip(_OPENERS))
        for cut in range(4):
            end = len(token) - cut
            if end <= lead or (cut and token[end] not in _CLOSERS):
                return
            if not lead and not cut:
                continue
            fixed, codec = _ftfy_token(token[lead:end])
            if fixed != token[lead:end] and codec in _FTFY_ACCEPTED:
                s, e, token = s + lead, s + end, token[lead:end]
                break
        else:
            return
    p = 0
    while p < min(len(token), len(fixed)) and token[p] == fixed[p]:
        p += 1
    q = 0  # keep at least one character on each side: "Â»" -> "»" replaces both
    while q < min(len(token), len(fixed)) - p - 1 and token[-1 - q] == fixed[-1 - q]:
        q += 1
    after = fixed[p : len(fixed) - q]
    if not after or not all(c.isascii() or c == LOST or is_plausible(c) for c in after):
        # a word of one script is a likely reading too ("Ð¿Ñ€Ð¸" -> "при"): two letters or more
        others = [c for c in after if not (c.isascii() or c == LOST or is_plausible(c))]
        scripts = {script_of(c) for c in others}
        if len(others) < 2 or len(scripts) != 1 or not script_letter(others[0], scripts):
            return  # ftfy's reading yields unlikely characters: keep the text as it is
    if _capital_after_small(text[s + p - 1 : s + p] + after) or any(
        0x180 <= ord(ch) <= 0x24F and ch not in EXTENDED_B_LETTERS for ch in after
    ):
        # "rĆ©pond" as cp1250 is "rƩpond": no word is spelled so (cp1257 reads "é"), and
        # "Ć®ncercat" as cp1250 is "Ʈncercat", a letter of no language the page is in
        return
    piece = token[p : len(token) - q]
    if after == LOST and _lead_of_no_letter(text, piece, codec):
        return
    other = _whole_reading(page, piece) if page and len(after) == 1 else None
    if (
        other is not None
        and other != after
        and other.isalpha()
        and is_plausible(other)
        and page.name.partition("+")[0] != codec.partition("+")[0]
    ):
        repairs.append(Repair(s + p, piece, LOST, codec, "codecs disagree", (after, other)))
    else:
        repairs.append(Repair(s + p, piece, after, codec, "ftfy"))
    add_taken(taken, s, e)


def _lead_of_no_letter(text: str, piece: str, codec: str) -> bool:
    """Whether ``piece``, a letter before a U+FFFD that ftfy reads as one lost character, is a
    two-byte lead none of whose characters the page could have lost: "ß" (DF) leads only NKo
    letters, so "Straß\ufffde" keeps its "ß" where "Ä\ufffd" (C4: "ā ą č ...") is one lost
    letter; a Cyrillic page's "Ð\ufffd" is one too.

    >>> _lead_of_no_letter("Straß\ufffde", "ß\ufffd", "cp1252+ftfy")
    True
    >>> _lead_of_no_letter("Pe\ufffdinta", "Ä\ufffd", "cp1252+ftfy")
    False
    """
    if len(piece) != 2 or piece[1] != LOST:
        return False
    try:
        lead = piece[0].encode(codec.partition("+")[0])[0]
    except (UnicodeEncodeError, LookupError):
        return False
    if not 0xC2 <= lead <= 0xDF:
        return False
    scripts = frozenset(script_of(ch) for ch in text if ch.isalpha()) - {None}
    chars = (bytes([lead, b]).decode("utf-8") for b in range(0x80, 0xC0))
    return not any(is_plausible(ch) or script_letter(ch, scripts) for ch in chars)


def _capital_after_small(chars: str) -> bool:
    """Whether a capital letter stands right after a small letter in ``chars`` (a reading
    that puts one inside a word fits no word: ``_misfits``).

    >>> _capital_after_small("rƩ"), _capital_after_small(" Ʃ"), _capital_after_small("é")
    (True, False, False)
    """
    return any(a.islower() and b.isupper() for a, b in pairwise(chars))


_MAX_LAYER_READINGS = 1024


def _twice_damaged(text: str, repairs: list[Repair]) -> list[Repair]:
    """Undo double mojibake: text damaged, saved as UTF-8 and damaged again by the same codec
    ("’" -> "â€™" -> "Ã¢â‚¬â„¢"). A run of the codec's characters that the first pass
    repaired is read back one layer at a time: the run's bytes as UTF-8 give the first layer
    (a sequence that lost a byte in the second damage can only be a character the codec
    produces: "Ã¢â‚¬â€" is "â€”", as ” is the one such character), and the first layer's bytes
    give the text. Each sequence of the first layer must have a continuation byte that survived
    ("é", a bare lead, is a correct letter the first pass made, not damage), and the text must
    be plausible. A character that lost a byte the first time is chosen as the first pass
    chooses (one plausible candidate, else its typographic position), otherwise marked lost.

    >>> fix_mojibake("Itâ€™s fine, itÃ¢â‚¬â„¢s JoaquÃƒÂ­n Ã¢â‚¬â€ and Ã¢â‚¬Å“quotedÃ¢â‚¬ too.")
    'It’s fine, it’s Joaquín — and “quoted” too.'
    """
    by_codec: dict[str, list[Repair]] = {}
    for r in repairs:
        by_codec.setdefault(r.codec.removesuffix("+ftfy"), []).append(r)
    spans: list[tuple[int, int, str, str]] = []  # start, end, text, codec
    ambiguous: list[tuple[int, int, set[str], str]] = []  # readings of several scripts
    for name, done in by_codec.items():
        if name not in CODECS:
            continue
        c = codec_table(name)
        starts = sorted(r.offset for r in done)
        for m in c.run.finditer(text):
            i = bisect_right(starts, m.end() - 1)
            if len(m.group()) < 4 or not i or starts[i - 1] < m.start():
                continue
            if foreign_controls(m.group(), name):
                continue  # "Ä\x82Ä\x84": a C1 control cp1250 would have read as "‚", "„"
            readings = _second_layer(text, m.start(), m.end(), c)
            if len(readings) == 1:
                spans.append((m.start(), m.end(), readings.pop(), name))
            elif readings:
                ambiguous.append((m.start(), m.end(), readings, name))
    if ambiguous:
        _by_page_script(text, repairs, spans, ambiguous)
    spans = [_disagree(text, sp) for sp in spans]
    spans.sort()
    same = [(s, e) for s, e, _, _ in spans]
    for s, e, fixed, names in two_codec_spans(text, ((r.offset, r.codec) for r in repairs)):
        if not overlaps(same, s, e):
            spans.append((s, e, fixed, names))
    if spans:
        known = _DocScripts(text, repairs)
        known.add_words(fixed for _, _, fixed, _ in spans)
        spans = [sp for sp in spans if known.fits(sp[2])]
        spans += _first_layer_leads(text, spans)
    if not spans:
        return repairs
    spans.sort()
    taken = [(s, e) for s, e, _, _ in spans]
    kept = [r for r in repairs if not overlaps(taken, r.offset, r.offset + len(r.before))]
    for s, e, fixed, name in spans:
        reason = "double encoding" if LOST not in fixed else "unrecoverable"
        kept.append(Repair(s, text[s:e], fixed, name if ">" in name else f"{name}>{name}", reason))
    return kept


def _disagree(text: str, span: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A run that one code page read twice, when another code page under it reads the run as
    a text of the same length: the characters the two readings both know and differ in are not
    known, marked lost, never chosen (one the other reading left lost stays as read). Croatian
    "Č" (C4 8C) read as cp1250 and again as ISO-8859-2 is "Ă\x84Ĺ\x9a": ISO-8859-2 twice reads
    that as "Ħ" (its "Ś" is A6), cp1250 under ISO-8859-2 as "Č". Sister code pages put the same
    letters at different bytes (š is 9A in cp1250, B9 in ISO-8859-2), so the page's own letters
    do not settle it either: a Polish page writes both "Ś" and "Ź".

    >>> fix_mojibake("Ă\x84Ĺ\x9aini mi se da Ă\x84â\x80Ąe novi model biti bolji.")
    '\ufffdini mi se da će novi model biti bolji.'
    """
    s, e, fixed, name = span
    if ">" in name or name not in OUTER:
        return span
    if no_word(fixed):  # "Ä†Ä…" read twice as cp1250 is "ƹ", a letter of no page: lost
        return s, e, "".join(LOST if no_word(ch) else ch for ch in fixed), name
    other = undo_two_codecs(text[s:e], name)
    if other is None or len(other[0]) != len(fixed) or other[0] == fixed:
        return span
    merged = "".join(a if b in (a, LOST) else LOST for a, b in zip(fixed, other[0], strict=True))
    return s, e, merged, name


def _first_layer_leads(
    text: str, spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """In a word read through two layers of one codec, a short run whose first layer is a
    bare lead lost its byte the first time: Czech "č" (C4 8D) damaged twice as cp1252 is
    "Ã„" ("Ä", whose 8D cp1252 dropped), beside "Ã„â€º" ("ě") in "Ã„lovÃ„â€ºk". It is read
    as the first pass reads a bare lead: the one letter it can be, else marked lost - not
    left as the "Ä" of its first layer.

    >>> fix_mojibake("Ã„lovÃ„â€ºk a Ã„eskÃƒÂ½")
    '\ufffdlověk a \ufffdeský'
    """
    out: list[tuple[int, int, str, str]] = []
    done = sorted((s, e) for s, e, _, _ in spans)
    for s, e, _, name in spans:
        inners, _, outer = name.rpartition(">")
        c = codec_table(outer)
        lo, hi = s, e
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        for m in c.run.finditer(text, lo, hi):
            if overlaps(done, m.start(), m.end()):
                continue
            readings = {_bare_first_layer(c, m.group(), i) for i in inners.split("|") if i}
            fixed = _bare_first_layer(c, m.group()) if not inners else _one_reading(readings)
            if fixed is not None:
                out.append((m.start(), m.end(), fixed, name))
                add_taken(done, m.start(), m.end())
    # elsewhere on the page, such a run whose first layer is a capital glued after a small
    # letter ("rÃ„spunsurile": "Ä" is no letter inside a word, what is left of Romanian "ă")
    for name in dict.fromkeys(name for _, _, _, name in spans):
        inners, _, outer = name.rpartition(">")
        c = codec_table(outer)
        for m in c.run.finditer(text):
            s, e = m.span()
            if not (s and text[s - 1].islower()) or text[e : e + 1] == "?" or overlaps(done, s, e):
                continue  # (a "?" after it may be its lost byte, the question-mark reading's)
            first = _whole_reading(c, m.group())
            if first is None or not first.isupper():
                continue
            readings = {_bare_first_layer(c, m.group(), i) for i in inners.split("|") if i}
            fixed = _bare_first_layer(c, m.group()) if not inners else _one_reading(readings)
            if fixed is not None:
                out.append((s, e, fixed, name))
                add_taken(done, s, e)
    return out


def _one_reading(readings: set[str | None]) -> str | None:
    """The reading the inner code pages agree on, U+FFFD where they differ, None if none."""
    found = readings - {None}
    if not found:
        return None
    return found.pop() if len(found) == 1 else LOST


def _bare_first_layer(c: Codec, run: str, inner: str | None = None) -> str | None:
    """What a run is when its first layer is one bare two-byte lead of ``c`` (or of ``inner``,
    the first reading's code page, under ``c``): the letter it can be, or U+FFFD; else None.
    Serbian "č" (C4 8D) read as cp1252 drops its 8D; read again as cp1250, "Ä" is "Ă„", in
    a word whose other letters are read through both layers:

    >>> fix_mojibake("SlaĂ…Âľem se, ali tada Ă„eĂ…ÂˇĂ„â€ˇe greĹˇi.")
    'Slažem se, ali tada \ufffdešće greši.'
    """
    ic = codec_table(inner) if inner else c
    try:
        first = bytes(c.encode[ch] for ch in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    lead = ic.encode.get(first) if len(first) == 1 else None
    if lead is None or not 0xC2 <= lead <= 0xDF:
        return None
    cands = [
        ch
        for ch in sequence_candidates(ic.name, lead, ())
        if is_consistent(ch) and is_plausible(ch) and ch.isalpha()
    ]
    if not cands:
        return None
    return cands[0] if len(cands) == 1 else LOST


class _DocScripts:
    """The non-Latin scripts of a page's letters, as written or restored: a reading of double
    damage that makes a letter of another script alone (a Latvian "ņš" twice damaged read as
    Armenian "չ") is no reading; a word of two letters or more of one script is, and makes
    the script the page's (a Ukrainian "і" beside such words is read)."""

    def __init__(self, text: str, repairs: list[Repair]):
        chars = set(text) | {ch for r in repairs for ch in r.after}
        self.scripts = {script_of(ch) for ch in chars if ord(ch) > 0x24F} - _NOT_SCRIPTS

    def add_words(self, readings: Iterable[str]) -> None:
        """The scripts of the readings that are words of two letters or more of one script: a
        page damaged twice all through writes its script nowhere else."""
        for fixed in readings:
            other = {script_of(ch) for ch in fixed if ord(ch) > 0x24F and ch.isalpha()}
            if len(other) == 1 and sum(ch.isalpha() and ord(ch) > 0x24F for ch in fixed) >= 2:
                self.scripts |= other - _NOT_SCRIPTS

    def fits(self, fixed: str) -> bool:
        other = [script_of(ch) for ch in fixed if ord(ch) > 0x24F and ch.isalpha()]
        foreign = [x for x in other if x not in self.scripts and x not in _NOT_SCRIPTS]
        return not foreign or (len(foreign) >= 2 and len(set(foreign)) == 1)


def _layer_options(c: Codec, segs: tuple[Seg, ...]) -> list[list[str]] | None:
    """Per sequence of a run, the characters it can be: decoded when complete, else the
    candidates the codec itself produces (an earlier layer of damage), none -> None."""
    out = []
    for g in segs:
        if g.lead is None:
            return None
        if len(g.surv) == seq_len(g.lead) - 1:
            ch = bytes([g.lead, *g.surv]).decode("utf-8")
            if ch not in c.encode:  # not a character the first damage made
                return None
            out.append([ch])
            continue
        cands = [
            ch
            for ch in sequence_candidates(c.name, g.lead, g.surv)
            if ch in c.encode and ord(ch) >= 0xA0
        ]
        if not cands:
            return None
        out.append(cands)
    return out


def _by_page_script(
    text: str,
    repairs: list[Repair],
    spans: list[tuple[int, int, str, str]],
    ambiguous: list[tuple[int, int, set[str], str]],
) -> None:
    """Settle the twice-damaged runs whose readings are words of different scripts (a lost
    byte of the second damage makes "ÃÂ¾" Cyrillic "о" or the Greek symbol "Ͼ") by the
    scripts of the page: those it writes, restores or reads as whole words elsewhere."""
    known = _DocScripts(text, repairs)
    known.add_words(fixed for _, _, fixed, _ in spans)
    for s, e, readings, name in ambiguous:
        fit = [r for r in readings if all(x in known.scripts for x in _letter_scripts(r))]
        if len(fit) == 1:
            spans.append((s, e, fit[0], name))


# the letters of living alphabets a two-byte sequence encodes (modern Greek, basic Cyrillic,
# Hebrew, Arabic): archaic ones are no reading of double damage
_ALPHABETS = ((0x0386, 0x03CE), (0x0400, 0x045F), (0x05D0, 0x05EA), (0x0620, 0x064A))


def _alphabet_letter(g: Seg) -> bool:
    """Whether a whole two-byte sequence is a letter of a living non-Latin alphabet."""
    if g.lead is None or seq_len(g.lead) != 2 or len(g.surv) != 1:
        return False
    cp = ord(bytes([g.lead, *g.surv]).decode("utf-8"))
    return any(lo <= cp <= hi for lo, hi in _ALPHABETS)


@functools.lru_cache(maxsize=256)
def _bare_letters(name: str, lead: int) -> tuple[str, ...]:
    """The alphabet letters a two-byte lead can be when the codec dropped its second byte."""
    if seq_len(lead) != 2:
        return ()
    out = []
    for ch in sequence_candidates(name, lead, ()):
        cp = ord(ch)
        if any(lo <= cp <= hi for lo, hi in _ALPHABETS):
            out.append(ch)
    return tuple(out)


def _letter_scripts(reading: str) -> set[str]:
    """The scripts of a reading's letters beyond Latin."""
    return {script_of(ch) for ch in reading if ord(ch) > 0x24F and ch.isalpha()}


def _second_layer(text: str, start: int, end: int, c: Codec) -> set[str]:
    """The readings of a twice-damaged run of codec ``c`` (see ``_twice_damaged``): one, or
    none, or several that are words of different scripts. A whole sequence of the first layer
    is a plausible character or a basic letter of an alphabet (Greek, Cyrillic: "ÃÂ¾" is "о"
    damaged twice, its D0 lost to cp1252 the second time), and a reading mixes no scripts."""
    run = text[start:end]
    segs = parse_run(c.name, run)
    if segs is None:
        return set()
    options = _layer_options(c, segs)
    if options is None:
        return set()
    readings = math.prod(map(len, options))
    if readings > _MAX_LAYER_READINGS:
        return set()
    results: set[str] = set()
    for combo in product(*options):
        first = "".join(combo)
        inner = parse_run(c.name, first)
        if inner is None or any(g.lead is None for g in inner):
            continue
        if not all(g.surv for g in inner) and not any(_alphabet_letter(g) for g in inner):
            continue
        chars = []
        for n, g in enumerate(inner):
            k = _classes(c.name, g.lead, g.surv)
            if len(g.surv) == seq_len(g.lead) - 1:
                ch = bytes([g.lead, *g.surv]).decode("utf-8")
                if not (is_plausible(ch) or _alphabet_letter(g)):
                    break
            elif not g.surv:
                # a bare lead among an alphabet's letters lost its byte the first time: one
                # of that alphabet's letters (Cyrillic "с", D1 81, is a bare "Ñ" to cp1252)
                letters = _bare_letters(c.name, g.lead)
                if not letters:
                    break
                ch = letters[0] if len(letters) == 1 else LOST
            elif len(k.plausible) == 1:
                ch = k.plausible[0]
            elif k.punct and n == len(inner) - 1:
                prev, nxt, after = _neighbours(text, start, end)
                ch = _by_role(_role(prev, nxt, after), k.punct, ())[0] or LOST
            elif k.plausible:
                ch = LOST
            else:
                break
            chars.append(ch)
        else:
            reading = "".join(chars)
            if len(_letter_scripts(reading)) <= 1:
                results.add(reading)
    if len({frozenset(_letter_scripts(r)) for r in results}) < len(results):
        return set()  # two readings of one script: the bytes do not tell them apart
    return results


# Double-byte codecs whose misreading of UTF-8 CJK text keeps most bytes (Big5 and EUC-KR drop
# most of them: nothing is left to repair)
_DOUBLE_BYTE = ("gbk", "shift_jis")
_MAX_CUT = 4  # characters on each side of a whole stretch that may be its ends cut short


def _cjk_utf8_byte(b: int) -> bool:
    return 0x80 <= b <= 0xBF or 0xE0 <= b <= 0xEF


_CJK_RUN = re.compile("[^\\x00-\\x7f\\s]*[\u2e80-\uffff][^\\x00-\\x7f\\s]*")
_UTF8_CJK = re.compile(rb"(?:[\xe2-\xef][\x80-\xbf]{2}){2}")
_UTF8_ONE = re.compile(rb"[\xe2-\xef][\x80-\xbf]{2}")
_MAX_GAP = 6  # bytes between two whole characters of one stretch (one or two cut short)


def _lost_gap(gap: bytes) -> bool:
    """Whether the bytes between two whole characters of a stretch are what is left of
    characters that lost a byte: a few bytes (one or two characters cut short), or up to four
    characters cut short when every byte is a CJK character's UTF-8 lead or continuation byte
    (Japanese "い一文" read as Shift_JIS keeps "E3 81 E4 B8 E6 96" of it). Correct Chinese or
    Japanese text has bytes outside those ranges within a few characters.

    >>> _lost_gap(bytes.fromhex("e381e381e4b8e696")), _lost_gap(bytes.fromhex("e381e381cee4b8e6"))
    (True, False)
    """
    return len(gap) <= _MAX_GAP or (
        len(gap) <= 4 * _MAX_GAP // 2 and all(_cjk_utf8_byte(b) for b in gap)
    )


def _lenient_utf8(data: bytes) -> tuple[str, int]:
    """``data`` as UTF-8 with each lost character one U+FFFD (a lead byte cut short, or up to
    two continuation bytes whose lead was lost), and how many bytes decoded."""
    out, good, i = [], 0, 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            good, i = good + 1, i + 1
            continue
        if 0xC2 <= b <= 0xF4:
            n = seq_len(b)
            j = i + 1
            while j < len(data) and j - i < n and 0x80 <= data[j] <= 0xBF:
                j += 1
            if j - i == n:
                try:
                    out.append(data[i:j].decode("utf-8"))
                    good, i = good + n, j
                    continue
                except UnicodeDecodeError:
                    pass
            out.append(LOST)
            i = j
            continue
        j = i
        while j < len(data) and j - i < 2 and 0x80 <= data[j] <= 0xBF:
            j += 1
        out.append(LOST)
        i = max(j, i + 1)
    return "".join(out), good


def _repair_double_byte(doc: _Doc, repairs: list[Repair]) -> None:
    """Repair CJK text that was UTF-8 read as GBK or Shift_JIS ("我同意" -> "鎴戝悓鎰"): the
    run's characters encoded back give UTF-8 bytes of CJK letters. Correct Chinese or Japanese
    text does not: its GBK or Shift_JIS bytes make two whole UTF-8 characters in a row only by
    rare accident, so a stretch counts only from its first two characters, must decode to CJK
    letters (three or more) and keep three fifths of its bytes or more. Bytes the misreading
    dropped leave a lost character (U+FFFD) each; the characters around them are restored.

    >>> fix_mojibake("他说：鍔╂墜鐨勬ф牸寰堟湁鎰忔")
    '他说：助手的\ufffd格很有意\ufffd'
    >>> fix_mojibake("他说：助手的性格很有意思。")  # correct text: left alone
    '他说：助手的性格很有意思。'
    """
    text = doc.text
    # a CJK character (U+FFFD is none: a Russian page's marks beside its "о" are no GBK)
    if not any("\u2e80" <= ch <= "\uffff" and ch != LOST for ch in doc.chars):
        return
    taken = sorted((r.offset, r.offset + len(r.before)) for r in repairs)
    seen: set[str] = set()
    short: list[re.Match[str]] = []
    for m in _CJK_RUN.finditer(text):
        if overlaps(taken, m.start(), m.end()):
            _read_over_single_byte(m, repairs, seen)
            continue
        if LOST in m.group() and _read_replaced(m, repairs):
            seen.add("replaced")
            continue
        if len(m.group()) < 3 or not _read_double_byte(m, _DOUBLE_BYTE, repairs, seen):
            short.append(m)
    # a short reply of two characters ("同感。" is "鍚屾劅銆") on a page whose other text was
    # read so is damage of the same code page too
    for m in short:
        if "replaced" in seen and _read_replaced(m, repairs, fewest=2, whole=True):
            continue
        names = tuple(seen - {"replaced"})
        if len(m.group()) >= 2 and names:
            _read_double_byte(m, names, repairs, seen, letters=2)


def _read_replaced(
    m: re.Match[str], repairs: list[Repair], fewest: int = 3, whole: bool = False
) -> bool:
    """Read a run whose every dropped byte is a U+FFFD by its bytes' alignment, three a
    character (``mojibake_cjk.replaced_reading``): exact where it applies, where reading
    from the first two whole characters leaves the run's start as it was ("鎴戣\ufffd夊緱"
    before "瀹冪殑") and counts a line-final "。" ("銆\ufffd\ufffd") as two."""
    fixed = replaced_reading(m.group(), fewest, whole)
    if fixed is None:
        return False
    why = "unrecoverable" if LOST in fixed else "unique"
    repairs.append(Repair(m.start(), m.group(), fixed, "double-byte", why))
    return True


def _read_over_single_byte(m: re.Match[str], repairs: list[Repair], seen: set[str]) -> None:
    """Read a run as GBK or Shift_JIS damage where a single-byte codec read a piece inside it:
    "ゅ√≠縺" of Japanese read as Shift_JIS holds "√≠", Mac Roman's bytes of "í", which would
    have kept the whole run from being read. The run's reading replaces such pieces when it
    covers them all; a run with a piece at its edge, or that does not read so, keeps them."""
    s, e = m.span()
    inside = [k for k, r in enumerate(repairs) if s < r.offset + len(r.before) and r.offset < e]
    if not all(
        s < r.offset and r.offset + len(r.before) < e and r.codec not in _DOUBLE_BYTE
        for r in (repairs[k] for k in inside)
    ):
        return
    found: list[Repair] = []
    if not _read_double_byte(m, _DOUBLE_BYTE, found, seen):
        return
    new = found[0]
    ns, ne = new.offset, new.offset + len(new.before)
    if not all(ns <= repairs[k].offset and repairs[k].offset < ne for k in inside):
        return
    for k in reversed(inside):
        del repairs[k]
    repairs.append(new)


def _read_double_byte(
    m: re.Match[str],
    names: tuple[str, ...],
    repairs: list[Repair],
    seen: set[str],
    letters: int = 3,
) -> bool:
    """Read the stretch of a run that is UTF-8 read as one of ``names``; whether it did."""
    run = m.group()
    best: tuple[int, int, str, str] | None = None
    for name in names:
        if not _UTF8_CJK.search(run.encode(name, errors="ignore")):
            continue
        found = _double_byte_region(run, name, letters)
        if found and (best is None or found[3].count(LOST) < best[3].count(LOST)):
            best = found
    if best is None:
        return False
    s, e, name, fixed = best
    why = "unrecoverable" if LOST in fixed else "unique"
    repairs.append(Repair(m.start() + s, run[s:e], fixed, name, why))
    seen.add(name)
    return True


def _double_byte_region(run: str, name: str, least: int = 3) -> tuple[int, int, str, str] | None:
    """The stretch of ``run`` (start, end, codec, text) that is UTF-8 read as ``name``."""
    pieces: list[bytes] = []
    for ch in run:
        try:
            pieces.append(ch.encode(name))
        except UnicodeEncodeError:
            pieces.append(b"")
    offsets = [0]
    for piece in pieces:
        offsets.append(offsets[-1] + len(piece))
    data = b"".join(pieces)
    start = next((i for i, o in enumerate(offsets[:-1]) if _UTF8_CJK.match(data, o)), None)
    if start is None:
        return None
    # the stretch's first and last characters, cut short by a dropped byte: a few characters
    # on each side made of UTF-8 bytes of CJK letters (leads E0-EF, continuations 80-BF), the
    # first one a lead
    # (as long as every byte is one of CJK's UTF-8 bytes, "鎵浠ヨ存ā" before "鍨嬫湁")
    back, first = 0, start
    while back < 2 * _MAX_CUT and start - back > 0:
        piece = pieces[start - back - 1]
        if not piece or not all(_cjk_utf8_byte(b) for b in piece):
            break
        back += 1
        if piece[0] >= 0xE0:
            first = start - back
    start = first
    last = offsets[start]
    for m in _UTF8_ONE.finditer(data, offsets[start]):
        if not _lost_gap(data[last : m.start()]):  # the stretch ends where whole characters stop
            break
        last = m.end()
    end = bisect_right(offsets, last - 1)  # the character that holds the stretch's last byte
    for _ in range(_MAX_CUT):
        if end < len(run) and pieces[end] and all(_cjk_utf8_byte(b) for b in pieces[end]):
            end += 1
    region = data[offsets[start] : offsets[end]]
    fixed, good = _lenient_utf8(region)
    letters = [ch for ch in fixed if ch != LOST and not ch.isascii()]
    if (
        len(letters) < least
        or 5 * good < 3 * len(region)
        or not all(script_of(ch) == "CJK" or is_plausible(ch) for ch in letters)
        or sum(script_letter(ch, frozenset({"CJK"})) for ch in letters) < least
    ):
        return None
    return start, end, name, fixed


def _repair_korean(text: str, repairs: list[Repair]) -> None:
    """Korean UTF-8 read as cp949 (``mojibake_cjk``): syllables restored, open ones marked.

    >>> fix_mojibake("답: 愿�由ъ옄 설정")
    '답: \ufffd리자 설정'
    """
    taken = sorted((r.offset, r.offset + len(r.before)) for r in repairs)
    for s, e, fixed, why in korean_spans(text, taken):
        repairs.append(Repair(s, text[s:e], fixed, "cp949", why))


@functools.cache
def _damaged_mark() -> re.Pattern[str]:
    """U+FFFD's UTF-8 bytes (EF BF BD) as each code page reads them: "ï¿½", "ďż˝", "пїЅ"."""
    readings = set()
    for name in CODECS:
        table = codec_table(name).table
        chars = [table[b - 0x80] for b in (0xEF, 0xBF, 0xBD)]
        if all(chars) and all(ord(ch) < 0x300 for ch in chars):  # Latin: no script's letters
            readings.add("".join(chars))
    return re.compile("|".join(map(re.escape, sorted(readings))))


@functools.cache
def _lead_anywhere(ch: str) -> bool:
    """Whether some code page reads a UTF-8 lead byte (C2-F4) as ``ch``, or it is a C1 control
    (a byte a reading kept, a lead's continuation in the next).

    >>> _lead_anywhere("Ä"), _lead_anywhere("ž"), _lead_anywhere("a")
    (True, False, False)
    """
    return 0x80 <= ord(ch) < 0xA0 or any(
        0xC2 <= codec_table(n).encode.get(ch, 0) <= 0xF4 for n in CODECS
    )


def _damaged_marks(text: str, repairs: list[Repair]) -> None:
    """A U+FFFD that was itself damaged is a mark: a converter wrote U+FFFD for a byte it could
    not read, and a later reading of the page turned its three bytes into three characters
    ("ï¿½" under cp1252, "ďż˝" under cp1250). No writer means those three characters, in any
    code page; what was lost is not known, so one U+FFFD stands for it again.

    >>> fix_mojibake("Zdravo ďż˝ svete, zažï¿½ je dobro.")
    'Zdravo \ufffd svete, zaž\ufffd je dobro.'

    After a letter that is a lead byte ("Ä" is C4), the two are one letter whose byte was lost:
    >>> fix_mojibake("Ďakujem za Äï¿½lánok, veľmi pekne.")
    'Ďakujem za \ufffdlánok, veľmi pekne.'
    """
    taken = sorted((r.offset, r.offset + len(r.before)) for r in repairs)
    for m in _damaged_mark().finditer(text):
        s = m.start()
        if s and _lead_anywhere(text[s - 1]):
            if not text[s - 1].isalpha():
                continue  # "Ã„ï¿½": the readings of the layers around it tell
            s -= 1  # "Äï¿½": a lead whose byte was lost, one character with the mark
        if not overlaps(taken, s, m.end()):
            repairs.append(Repair(s, text[s : m.end()], LOST, "utf-8", "unrecoverable"))


_CODE_SPAN = re.compile(r"`[^`\n]+`")


def _outside_code(text: str, repairs: list[Repair]) -> list[Repair]:
    """Leave inline code as written: what a page shows between backticks is quoted, as an
    article about encodings shows damage ("an apostrophe becomes `â€™`").

    >>> fix_mojibake("It’s `â€™` in code, but itâ€™s repaired here.")
    'It’s `â€™` in code, but it’s repaired here.'
    """
    if "`" not in text:
        return repairs
    spans = [m.span() for m in _CODE_SPAN.finditer(text)]
    if not spans:
        return repairs
    return [r for r in repairs if not overlaps(spans, r.offset, r.offset + len(r.before))]


def fix_mojibake(text: str) -> str:
    """The repaired text alone: ``repair(text).text``.

    >>> fix_mojibake("Microsoft: βEquipping LLMs is importantβ")
    'Microsoft: “Equipping LLMs is important”'
    >>> fix_mojibake("Το π ≈ 3.14 and β-blockers")
    'Το π ≈ 3.14 and β-blockers'
    """
    return repair(text).text
