"""The building blocks every mojibake pass shares: which codecs are tried and how each maps bytes
to characters, which characters a damaged UTF-8 sequence can have been, the character classes
that judge a reading, the ``Repair`` record and the bookkeeping of the spans already read.

``mojibake`` (the codec pass, quotes, ftfy, double mojibake) and its satellites
(``mojibake_leads``, ``mojibake_replaced``, ``mojibake_layers``) all read damage through these;
they live here, below all of them, so that each imports them at module level and ``mojibake``
can import the satellites without an import cycle.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations, product

import emoji

from persona_archive.page import LOST

_BASE = (
    "iso8859_7",
    "cp1253",
    "cp874",
    "cp1251",
    "latin_1",
    "cp1252",
    "cp1250",
    "cp1254",
    "cp1257",
    "cp1258",
    "cp1255",
    "cp1256",
    "koi8_r",
    "mac_roman",
    "iso8859_2",
    "iso8859_16",
    "koi8_u",
)
_ISO = frozenset(
    {"iso8859_7", "latin_1", "iso8859_2", "iso8859_16"}
)  # C1 bytes decode to controls, which get stripped
_MIXED_WITH_CP1252 = (
    "iso8859_7",
    "cp1253",
    "cp874",
    "cp1251",
    "cp1250",
    "cp1254",
    "cp1257",
    "cp1258",
    "cp1255",
)
#: Codecs tried, in tie-break order; "a+b" decodes with a, falling back to b where a has no char.
CODECS = _BASE + tuple(f"{c}+cp1252" for c in _MIXED_WITH_CP1252)


# ----------------------------------------------------------------------------- character classes


EMOJI = frozenset(
    k.replace("\ufe0f", "") for k in emoji.EMOJI_DATA if len(k.replace("\ufe0f", "")) == 1
)
EMOJI_PARTS = frozenset(
    ["\ufe0f", "\u200d", "\u20e3"]
    + [chr(c) for c in range(0x1F3FB, 0x1F400)]
    + [chr(c) for c in range(0x1F1E6, 0x1F200)]
    + [chr(c) for c in range(0xE0020, 0xE0080)]
)
PUNCT = frozenset(
    "\u00a0\u2002\u2003\u2009\u200a\u202f"  # spaces
    "‐‑‒–—―‘’‚‛“”„‟†‡•…‰′″‹›⁄‼⁇⁈⁉¡¿«»·§¶©®™°№"
)


def is_emoji(ch: str) -> bool:
    return ch in EMOJI or ch in EMOJI_PARTS


def is_plausible(ch: str) -> bool:
    """The plausible class: what damaged English-language web text is made of. A currency sign
    of another script's block (Armenian ֏, Arabic ؋, Thai ฿) is no likelier than its letters:
    "Ö" cut short in cp1252 is not a dram sign.

    >>> is_plausible("€"), is_plausible("₹"), is_plausible("֏")
    (True, True, False)
    """
    if ch in EMOJI or ch in EMOJI_PARTS or ch in PUNCT:
        return True
    cp = ord(ch)
    cat = unicodedata.category(ch)
    if cat == "Sc":
        return cp <= 0x24F or 0x20A0 <= cp <= 0x20CF or 0xFF00 <= cp <= 0xFFEF
    return (0xA0 <= cp <= 0x24F or 0x1E00 <= cp <= 0x1EFF) and cat[0] in "LNPS"


_CJK_NAMES = frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "IDEOGRAPHIC"})


@functools.lru_cache(maxsize=1 << 14)
def script_of(ch: str) -> str | None:
    """The script a character is written in, for letters and marks (the first word of its
    name); CJK punctuation and full-width forms count as CJK, as do kana. None otherwise.

    >>> script_of("ж"), script_of("ั"), script_of("研"), script_of("："), script_of("1")
    ('CYRILLIC', 'THAI', 'CJK', 'CJK', None)
    """
    cp = ord(ch)
    if 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF:
        return "CJK"
    if unicodedata.category(ch)[0] not in "LM":
        return None
    name = unicodedata.name(ch, "").partition(" ")[0]
    return "CJK" if name in _CJK_NAMES else name or None


# Letters of a script that a damaged word of it is no likelier to hold than its other readings:
# archaic and symbol Greek, historic Cyrillic and the Cyrillic Supplement's letters of minority
# languages (Ukrainian "ті" is KOI8-U's bytes of "Ԧ"), Hebrew cantillation and Arabic honorific
# signs (no running text's marks: Arabic "ت" read as cp1253 reads back as "ؐ"), rare and
# compatibility ideographs, beyond the BMP
_RARE_LETTERS = (
    (0x03CF, 0x03FF),
    (0x0460, 0x048F),
    (0x0500, 0x052F),
    (0x0591, 0x05AF),
    (0x0610, 0x061A),
    (0x3400, 0x4DBF),
    (0xF900, 0xFAFF),
)
#: The letters of Latin Extended-B that widely written languages use: Vietnamese ơ ư, pinyin's
#: ǎ ǐ ǒ ǔ ǖ-ǜ, Romanian ș ț, the Croatian digraphs; a reading to another one (Ʃ, Ʈ, Ɂ, Ɣ) is a
#: code page's accident
EXTENDED_B_LETTERS = frozenset("ƠơƯư" + "".join(map(chr, range(0x01C4, 0x01DD))) + "ȘșȚț")
_SCRIPT_MARKS = frozenset("ʼʹ")  # the Ukrainian and Belarusian apostrophes, a soft sign


def script_letter(ch: str, scripts: frozenset[str]) -> bool:
    """Whether ``ch`` is a letter (or mark) of one of the document's ``scripts`` that a word
    of it may hold.

    >>> s = frozenset({"GREEK", "CJK", "CYRILLIC"})
    >>> [script_letter(c, s) for c in "σϐこ㐓жԦ"]
    [True, False, True, False, True, False]
    """
    cp = ord(ch)
    if cp > 0xFFFF or any(lo <= cp <= hi for lo, hi in _RARE_LETTERS):
        return False
    return ch in _SCRIPT_MARKS or script_of(ch) in scripts


def is_consistent(ch: str) -> bool:
    return len(ch) == 1 and unicodedata.category(ch) not in ("Cn", "Co", "Cs", "Cc")


# ----------------------------------------------------------------------------- codec tables


def decode_byte(codec: str, b: int) -> str | None:
    if codec in _ISO and 0x80 <= b <= 0x9F:
        return None
    try:
        return bytes([b]).decode(codec)
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class Codec:
    name: str
    table: tuple[str | None, ...]  # byte -> char for 0x80-0xFF (index b - 0x80)
    encode: Mapping[str, int]
    dropped: frozenset[int]
    dropped_cont: tuple[int, ...]
    dropped_leads: tuple[int, ...]
    run: re.Pattern[str]


def build_codec(name: str) -> Codec:
    parts = name.split("+")
    table: list[str | None] = []
    for b in range(0x80, 0x100):
        ch = None
        for p in parts:
            ch = decode_byte(p, b)
            if ch is not None:
                break
        table.append(ch)
    encode: dict[str, int] = {}
    for i, ch in enumerate(table):
        if ch is not None:
            encode.setdefault(ch, 0x80 + i)
    for b in range(0x80, 0xA0):  # C1 controls kept in the text stand for their byte
        encode.setdefault(chr(b), b)
    dropped = frozenset(0x80 + i for i, ch in enumerate(table) if ch is None)
    if any(ch.isascii() for ch in encode):  # _Doc.non_ascii counts runs in non-ASCII text only
        raise ValueError(f"codec {name}: a byte above 0x7f reads as an ASCII character")
    cls = "".join(re.escape(c) for c in sorted(encode))
    return Codec(
        name=name,
        table=tuple(table),
        encode=encode,
        dropped=dropped,
        dropped_cont=tuple(sorted(b for b in dropped if b <= 0xBF)),
        dropped_leads=tuple(sorted(b for b in dropped if 0xC2 <= b <= 0xF4)),
        run=re.compile(f"[{cls}]+"),
    )


@functools.cache
def codec_table(name: str) -> Codec:
    return build_codec(name)


def _punctuation(ch: str | None) -> bool:
    """Typographic punctuation or a space (Mac Roman's « … “ ’), not a script's own sign: the
    Hebrew geresh ׳ that cp1255 reads D7 as, the lead of every Hebrew letter, is a letter's
    byte far more often than a written geresh, which follows a letter of its word anyway.

    >>> _punctuation("«"), _punctuation("׳"), _punctuation("a")
    (True, False, False)
    """
    return ch is not None and unicodedata.category(ch)[0] in "PZ" and not 0x0370 <= ord(ch) < 0x2000


def seq_len(lead: int) -> int:
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


@functools.lru_cache(maxsize=1 << 16)
def sequence_candidates(codec: str, lead: int | None, surv: tuple[int, ...]) -> tuple[str, ...]:
    """Every consistent character whose UTF-8 bytes, damaged by ``codec``, leave ``surv``."""
    c = codec_table(codec)
    out: set[str] = set()
    for lb in (lead,) if lead is not None else c.dropped_leads:
        slots = seq_len(lb) - 1
        missing = slots - len(surv)
        if missing < 0 or (missing and not c.dropped_cont):
            continue
        for pos in combinations(range(slots), len(surv)):
            for fill in product(c.dropped_cont, repeat=missing):
                seq, it_s, it_f = [lb], iter(surv), iter(fill)
                seq += [next(it_s) if i in pos else next(it_f) for i in range(slots)]
                try:
                    ch = bytes(seq).decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if is_consistent(ch):
                    out.add(ch)
    return tuple(sorted(out))


@dataclass(frozen=True)
class Seg:
    start: int  # offsets relative to the run
    end: int
    lead: int | None
    surv: tuple[int, ...]


@functools.lru_cache(maxsize=1 << 16)
def parse_run(codec: str, run: str) -> tuple[Seg, ...] | None:
    """Cut a run into damaged UTF-8 sequences, or None when it cannot be UTF-8 under ``codec``.

    A two-byte lead that the codec reads as punctuation (Mac Roman's « » … – — “ ” ‘ ’) is
    punctuation as written: Greek «πάνω» is not Mac Roman damage of "ǹάνω" (C7 B9 is U+01F9).

    >>> parse_run("mac_roman", "«π") is None, len(parse_run("mac_roman", "√©"))
    (True, 1)
    """
    c = codec_table(codec)
    bs = [c.encode[ch] for ch in run]
    segs: list[Seg] = []
    i = 0
    while i < len(bs):
        b = bs[i]
        if b <= 0xDF and _punctuation(c.table[b - 0x80]):
            return None
        if 0xC2 <= b <= 0xF4:
            lead, j, limit = b, i + 1, seq_len(b) - 1
        elif 0x80 <= b <= 0xBF and c.dropped_leads:
            lead, j, limit = None, i, 3
        else:
            return None
        k = j
        while k < len(bs) and 0x80 <= bs[k] <= 0xBF and k - j < limit:
            k += 1
        surv = tuple(bs[j:k])
        if not sequence_candidates(codec, lead, surv):
            return None
        segs.append(Seg(i, k, lead, surv))
        i = k
    return tuple(segs)


# ----------------------------------------------------------------------------- repairs


@dataclass(frozen=True)
class Repair:
    """One repaired or unrecoverable sequence (``after`` is U+FFFD when unrecoverable)."""

    offset: int
    before: str
    after: str
    codec: str
    reason: str
    candidates: tuple[str, ...] = ()


def overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether ``s``-``e`` meets a span already read (``taken`` is sorted): a pass never reads
    damage another pass already repaired."""
    i = bisect_right(taken, (s, 1 << 62))
    return (i > 0 and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e)


def add_taken(taken: list[tuple[int, int]], s: int, e: int) -> None:
    """Record ``s``-``e`` as read, keeping ``taken`` sorted."""
    taken.insert(bisect_right(taken, (s, e)), (s, e))


def restored_starts(repairs: Iterable[Repair]) -> list[tuple[str, Codec, list[int]]]:
    """Per codec that drops continuation bytes, in the order of its first repair: its name, its
    table and the sorted offsets of its repairs that restored a character - where damage of
    the codec stands, for the passes that read what is left of a sequence only beside it.

    >>> rs = [Repair(9, "Ă©", "é", "cp1250", "unique"), Repair(2, "Ă", LOST, "cp1250", "lost")]
    >>> rs += [Repair(4, "Ø¹", "ع", "cp1256", "unique"), Repair(0, "Ä™", "ę", "cp1250", "unique")]
    >>> [(name, starts) for name, _, starts in restored_starts(rs)]  # cp1256 drops no byte
    [('cp1250', [0, 9])]
    """
    starts_by: dict[str, list[int]] = {}
    for r in repairs:
        if r.codec in CODECS and r.after != LOST:
            starts_by.setdefault(r.codec, []).append(r.offset)
    return [
        (name, codec_table(name), sorted(starts))
        for name, starts in starts_by.items()
        if codec_table(name).dropped_cont
    ]


# ----------------------------------------------------------------------------- document words


_MAX_WORD_READINGS = 4096
# A word of two letters that lost one is no evidence: a language has many such words, and the
# one the page happens to write elsewhere is no likelier (Hebrew "ע?" is "על" or "עם") - unless
# one reading alone is made of letters the page writes (Romanian "s?" is "să": ā ą č ... are
# no letters of it).
_MIN_WORD = 3


def written_text(text: str, repairs: list[Repair]) -> str:
    """The text of a document outside its damage, and what its repairs restored: the letters it
    writes (ISO-8859-16 damage shows "ą" in "Ăą", no letter of a Romanian page).

    >>> sorted(set(written_text("sÄ casă Ăą", [Repair(8, "Ăą", "â", "iso8859_16", "unique")])))
    [' ', 'a', 'c', 's', 'Ä', 'â', 'ă']
    """
    spans = sorted((r.offset, r.offset + len(r.before)) for r in repairs)
    out, pos = [], 0
    for s, e in spans:
        out.append(text[pos:s])
        pos = max(pos, e)
    out.append(text[pos:])
    out += (r.after for r in repairs if r.after != LOST)
    return "".join(out)


def _read_text(text: str, repairs: list[Repair]) -> str:
    """``text`` with its repairs made: the words a page writes are read from it, never from
    its damage (ISO-8859-2's "cĂ˘nd" holds no word "cĂ", it is "când").

    >>> _read_text("cĂ˘nd e", [Repair(1, "Ă˘", "â", "iso8859_2", "unique")])
    'când e'
    """
    out, pos = [], 0
    for r in sorted(repairs, key=lambda r: r.offset):
        if r.offset < pos:
            continue
        out += (text[pos : r.offset], r.after)
        pos = r.offset + len(r.before)
    out.append(text[pos:])
    return "".join(out)


def _one_reading_of_its_letters(options: list[tuple[str, ...]], chars: frozenset[str]) -> bool:
    """Whether exactly one reading of a short word's lost letters uses only characters the
    document holds.

    >>> _one_reading_of_its_letters([tuple("āăąč")], frozenset("casă"))
    True
    >>> _one_reading_of_its_letters([tuple("אךלםמן")], frozenset("על עם אחד"))
    False
    """
    return sum(all(c in chars for c in combo) for combo in product(*options)) == 1


def settle_by_document(text: str, repairs: list[Repair], lost: list[int]) -> None:
    """Settle unrecoverable letters of the document's script by the document itself: a damaged
    word whose candidates make exactly one word written elsewhere in it ("ΟΟΞ½" -> "των"), else
    - for CJK, written without spaces - a character whose candidates make exactly one pair with
    its neighbour that is written elsewhere in it ("é“æ­‰" -> "道歉"). A word of two letters
    settles nothing where more than one reading is made of the page's letters: "על" written on
    the page does not make "׳¢׳�" "על" rather than "עם".

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> fix_mojibake("των λέξεων και ΟΟΞ½ Ξ»Ξ­ΞΎΞ΅ΟΞ½")
    'των λέξεων και των λέξεων'
    """
    by_start = {r.offset: i for i, r in enumerate(repairs)}
    by_end = {r.offset + len(r.before): i for i, r in enumerate(repairs)}

    def unit_before(pos: int) -> tuple[int, str, int] | None:  # (start, char, repair index)
        if pos in by_end:
            i = by_end[pos]
            return repairs[i].offset, repairs[i].after, i
        return (pos - 1, text[pos - 1], -1) if pos > 0 else None

    def unit_at(pos: int) -> tuple[int, str, int] | None:  # (end, char, repair index)
        if pos in by_start:
            i = by_start[pos]
            return pos + len(repairs[i].before), repairs[i].after, i
        return (pos + 1, text[pos], -1) if pos < len(text) else None

    def letter(ch: str) -> bool:  # a word's characters: letters, digits, marks (Thai vowels)
        return ch == LOST or ch.isalnum() or (len(ch) == 1 and unicodedata.category(ch)[0] == "M")

    chars = frozenset(written_text(text, repairs))
    words, word = set(), []
    for ch in _read_text(text, repairs):
        if letter(ch):
            word.append(ch)
        elif word:
            words.add("".join(word))
            word = []
    words.add("".join(word))
    pairs: set[str] | None = None
    done: set[int] = set()
    pending = set(lost)
    for i in lost:
        if i in done:
            continue
        r = repairs[i]
        units: list[tuple[str, int]] = []  # the word around the repair: (char, repair index)
        pos, left = r.offset, []
        while (u := unit_before(pos)) is not None and letter(u[1]):
            left.append((u[1], u[2]))
            pos = u[0]
        opening = _opens_sentence(text, pos)
        pos = r.offset
        while (u := unit_at(pos)) is not None and letter(u[1]):
            units.append((u[1], u[2]))
            pos = u[0]
        units = left[::-1] + units
        slots = [j for ch, j in units if ch == LOST]
        if not all(j >= 0 and j in pending for j in slots):
            continue
        if len(slots) == len(units):  # no letter of the word survived: nothing to go by
            continue
        done.update(slots)
        options = [repairs[j].candidates for j in slots]
        readings = math.prod(map(len, options))
        found: set[tuple[str, ...]] = set()
        if readings <= _MAX_WORD_READINGS and (
            len(units) >= _MIN_WORD or _one_reading_of_its_letters(options, chars)
        ):
            fixed = [ch for ch, _ in units]
            at = [n for n, (ch, _) in enumerate(units) if ch == LOST]
            # a sentence's first word whose first letter was lost is no word of the page's
            # written in small letters ("Äak" is no "čak"; its case says nothing of "Čak" either:
            # "Ξταν" is "Ήταν" on a page that writes "όταν")
            first = opening and at[0] == 0
            for combo in product(*options):
                for n, c in zip(at, combo, strict=True):
                    fixed[n] = c
                w = "".join(fixed)
                if w in words and not (first and w[0].islower()):
                    found.add(combo)
                    if len(found) > 1:
                        break
        if len(found) == 1:
            for j, c in zip(slots, found.pop(), strict=True):
                repairs[j] = _settled(repairs[j], c, "document vocabulary")
            continue
        for n, (ch, j) in enumerate(units):  # CJK: one character, by its neighbours
            if ch != LOST or not all(script_of(c) == "CJK" for c in repairs[j].candidates):
                continue
            if pairs is None:
                pairs = {text[k : k + 2] for k in range(len(text) - 1) if ord(text[k]) > 0x2FFF}
            prev = units[n - 1][0] if n else ""
            nxt = units[n + 1][0] if n + 1 < len(units) else ""
            hits = [
                c
                for c in repairs[j].candidates
                if (prev and prev != LOST and prev + c in pairs)
                or (nxt and nxt != LOST and c + nxt in pairs)
            ]
            if len(hits) == 1:
                repairs[j] = _settled(repairs[j], hits[0], "document context")
                units[n] = (hits[0], j)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether a word starting at ``pos`` opens a sentence: the page's words in small letters
    do not settle its lost first letter ("Äak i ja" is no "čak").

    >>> [_opens_sentence(t, 4) for t in ("Da. Äak", "da, Äak", "\\n\\n  Äak")]
    [True, False, True]
    """
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


_LETTER_USES = 3  # how often the page writes the one letter of a lost one's readings
_MAX_LETTERS = 64  # a lost letter of more readings is read by nothing so vague
ALPHABET_LETTERS = 400  # letters a page writes (outside its damage) to show its alphabet


def settle_by_letters(text: str, repairs: list[Repair]) -> None:
    """Settle a lost letter that its words did not settle by the page's alphabet: when one of
    its readings is a letter the page writes (outside its damage) three times or more and
    none of the others is written at all, on a page that writes 400 letters or more (a few
    lines show no alphabet: a short Greek one may lack "ρ"). A Romanian page's "cercetÄtorii"
    lost the byte of one of ā ă ą ć č ď ę ě ğ ...; the page writes "ă" and none of the rest.
    A Czech page that writes "č" and "ě" keeps the mark.

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> written = "Când plouă, spune că e bună și că ține. " * 14
    >>> fix_mojibake(written + "CercetÄtorii grÄdinii spun cÄ ĂźncÄ plouă.")[len(written) :]
    'Cercetătorii grădinii spun că încă plouă.'
    >>> written = "Čeká, že věří, a děkuje. " * 22
    >>> fix_mojibake(written + "Oni si to chvĂĄlĂ\\xad, klidnÄ a nÄco.")[len(written) :]
    'Oni si to chválí, klidn\\ufffd a n\\ufffdco.'
    """
    counts: Counter | None = None
    for i, r in enumerate(repairs):
        if r.after != LOST or not 0 < len(r.candidates) <= _MAX_LETTERS:
            continue
        if not all(c.isalpha() for c in r.candidates):
            continue
        if counts is None:
            counts = Counter(written_text(text, repairs))
            if sum(n for c, n in counts.items() if c.isalpha()) < ALPHABET_LETTERS:
                return  # too little text to show an alphabet
        written = [c for c in r.candidates if counts[c]]
        if len(written) == 1 and counts[written[0]] >= _LETTER_USES:
            ch = written[0]
            if ch.islower() and ch.upper() in r.candidates and _opens_sentence(text, r.offset):
                ch = ch.upper()  # a sentence's first letter: "Åszintén" is "Őszintén"
            repairs[i] = _settled(r, ch, "document letters")
        elif (ch := _by_small_letter(text, r, counts)) is not None:
            repairs[i] = _settled(r, ch, "document letters")


def _by_small_letter(text: str, r: Repair, counts: Counter) -> str | None:
    """A lost letter's reading by the page's alphabet in either case: the page writes one of its
    readings' letters (small or capital) three times or more and none of the others. A page
    writes a capital seldom ("Ő" opens a sentence or two), so Hungarian "ő" written all through
    settles a sentence's first letter "Å" (C5 90 in cp1252, which drops 90) as "Ő". Where both
    cases are readings, the place decides: a sentence's start is a capital, a word of one letter
    between small words a small letter; elsewhere (a name may open a word) it stays marked.

    >>> r = Repair(0, "Å", LOST, "cp1252", "unrecoverable", tuple("ŁōŏŐŝ"))
    >>> _by_small_letter("Åszintén", r, Counter("ő" * 3))
    'Ő'
    >>> r = Repair(5, "Ĺ", LOST, "iso8859_2", "unrecoverable", tuple("ŁłŐőŘř"))
    >>> [_by_small_letter(t, r, Counter("ő" * 3)) for t in ("hogy Ĺ mind", "Anna Ĺrs")]
    ['ő', None]
    """
    letters = {c.lower() for c in r.candidates if counts[c.lower()] or counts[c.upper()]}
    if len(letters) != 1:
        return None
    small = letters.pop()
    if counts[small] + counts[small.upper()] < _LETTER_USES:
        return None
    cases = [c for c in r.candidates if c.lower() == small]
    if len(cases) == 1:
        return cases[0]
    before = text[: r.offset].rstrip(" ")
    after = text[r.offset + len(r.before) :]
    if not before or before[-1] in ".!?\n":
        return small.upper()
    lone = before[-1:].islower() and after[:1] == " " and after[1:2].islower()
    return small if lone else None


def _settled(r: Repair, ch: str, reason: str) -> Repair:
    return Repair(r.offset, r.before, ch, r.codec, reason, r.candidates)
