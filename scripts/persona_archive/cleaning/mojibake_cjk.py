"""Korean UTF-8 read as cp949 (EUC-KR/UHC): restored where the damage leaves one reading.

Chinese and Japanese UTF-8 read with those code pages: marked (``_repair_wide``).

Damage model
------------
A page's UTF-8 bytes were decoded with Python's cp949 decoder. It reads a byte 81-FE and the
next one as one character when the pair is defined, and otherwise gives up on the first byte
alone: with ``errors="ignore"`` that byte is dropped, with ``errors="replace"`` it becomes one
U+FFFD (browsers decode ``euc-kr`` with the same table). "요즘" (EC 9A 94 EC A6 98) becomes
"슂利": EC 9A is no pair (EC is dropped), 9A 94 is 슂, EC A6 is 利, and 98 before the space is
dropped. Nothing else is lost, so every surviving byte is in the text and in order.

Method
------
A run of characters cp949 writes in two bytes (Hangul, hanja, the symbols of KS X 1001) is
encoded back to its bytes and the bytes the decoder dropped are searched for: the original
must be UTF-8 of Hangul syllables (U+AC00-U+D7A3; a dropped byte is a lead EA-ED or a
continuation 80-BF), each syllable keeps at least one surviving byte, and decoding the
original again with cp949 must drop exactly the inserted bytes and give the run back (with the
byte after the run: a lead before a space is dropped, before a letter it could pair). Where a
page has U+FFFD in such a run, each U+FFFD is exactly one dropped byte and no other byte was.
Every reading is kept (as the set of syllables each position can be), so a syllable is
restored only when every reading agrees on it; a position with several is one U+FFFD.

A run counts as damage only when it holds a character correct Korean rarely has among its
syllables (a hanja, a symbol or kana of KS X 1001, or one of the 8,822 syllables KS X 1001
lacks; damage always shows one: a lead EA-ED before a byte A1-BF reads as hanja, a byte 81-A0
before a continuation as such a syllable) and has a reading of two syllables or more. Correct
Korean does not read as UTF-8 of Hangul: a correct syllable's lead B0-C8 is a continuation
byte or a two-byte lead, and a dropped lead must stand before a continuation 80-A0, with which
no EA-ED lead pairs; hanja, kana and Chinese text encode to leads that start no Hangul
syllable. On a page with such damage and U+FFFD, a run of one syllable next to a U+FFFD
("한" -> "\ufffd븳") is read too.

Where bytes were dropped silently (``errors="ignore"``, no U+FFFD on the page) how many is not
known: a run counts only when a reading drops at most one byte per syllable, and every
syllable is marked (U+FFFD; the readings almost never agree on one). A whole syllable can even
vanish (EB 8C 80, "대": EB 8C and 8C 80 are no pairs, 80 is no lead), which is not searched
for: such a word reads one syllable short. With ``errors="replace"`` the U+FFFD say where
and how many bytes were lost, and most syllables are restored.

A marked run is settled by the page itself when exactly one word written elsewhere on it,
damaged the same way, gives the run back ("document vocabulary", as in ``mojibake``) - not
the rest of a damaged line, whose characters were marked one each without a reading: how
many syllables they were is not known, and a one-syllable page word that fits is a guess.

Strict EUC-KR (Python's ``euc_kr``, iconv's EUC-KR: KS X 1001 alone) pairs only bytes A1-FE
and drops every byte 80-A0 on its own, so a run is searched with both decoders and a syllable
is restored only when the readings of both agree. Its damage is made of common syllables,
hanja and symbols alone; where each dropped byte is a U+FFFD, a run beside them on a page
with such damage is read even when what is left reads as common syllables.

Chinese or Japanese UTF-8 (three bytes a character, leads E3-E9 and EF) read as cp949 or
EUC-KR shows Hangul glued to hanja, kana or symbols, syllables KS X 1001 lacks (kana's
"E3 81 xx" loses E3 and "81 xx" is such a syllable) or KS X 1001's symbols (rows A1-AC)
glued to ideographs; correct text of those languages has no Hangul, and correct Korean
writes hanja apart or as words of their own. Such a run, whose bytes back are all UTF-8
bytes of those characters, is marked one U+FFFD a character: where each dropped byte is a
U+FFFD the characters are exactly a third of the bytes, every lead at a character's start,
and one that kept its three bytes is restored; where bytes were dropped silently, the count
is the fewest the bytes left allow (a character that lost all three, as a line-final "。"
does, is not counted).
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator

from persona_archive.page import LOST

__all__ = ["korean_spans", "replaced_reading"]

_LEADS = range(0xEA, 0xEE)
_CONTS = range(0x80, 0xC0)
_FIRST, _LAST = 0xAC00, 0xD7A3
_MAX_RUN = 48  # characters; longer runs are searched in pieces cut at a whole syllable

# a byte no UTF-8 Hangul syllable has (a run holding one is no damage: checked before searching)
_NOT_HANGUL_UTF8 = re.compile(rb"[^\x80-\xbf\xea-\xed]")
# a run: characters cp949 writes in two bytes (and U+FFFD, a byte the decoder replaced)
_RUN = re.compile("[\u00a1-\uffff]+")


@functools.lru_cache(maxsize=8192)
def _cp949(ch: str) -> bytes | None:
    """The two bytes cp949 writes ``ch`` with; b"" for U+FFFD. A hanja that text
    normalization (NFC) turned from cp949's compatibility ideograph into the unified one
    (留 U+F9CD -> U+7559) gets its bytes back when exactly one such ideograph has bytes of
    UTF-8 Hangul."""
    if ch == LOST:
        return b""
    try:
        data = ch.encode("cp949")
    except UnicodeEncodeError:
        return None
    if len(data) != 2:
        return None
    if _NOT_HANGUL_UTF8.search(data):
        alike = [b for b in _compatibility().get(ch, ()) if not _NOT_HANGUL_UTF8.search(b)]
        if len(alike) == 1:
            return alike[0]
    return data


@functools.cache
def _compatibility() -> dict[str, tuple[bytes, ...]]:
    """Unified ideograph -> the cp949 bytes of the compatibility ideographs NFC maps to it."""
    out: dict[str, list[bytes]] = {}
    for cp in range(0xF900, 0xFB00):
        ch = chr(cp)
        unified = unicodedata.normalize("NFC", ch)
        if unified != ch:
            with contextlib.suppress(UnicodeEncodeError):
                out.setdefault(unified, []).append(ch.encode("cp949"))
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _pairs(codec: str = "cp949") -> frozenset[int]:
    """Every (lead << 8 | trail) ``codec`` decodes to one character."""
    out = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x41, 0xFF):
            try:
                if len(bytes((lead, trail)).decode(codec)) == 1:
                    out.add(lead << 8 | trail)
            except UnicodeDecodeError:
                pass
    return frozenset(out)


def _pair(lead: int, trail: int | None, codec: str = "cp949") -> bool:
    return trail is not None and (lead << 8 | trail) in _pairs(codec)


# the decoders Korean UTF-8 may have been read with, and the first byte of a pair in each:
# cp949 (UHC, what browsers use for "euc-kr") and strict EUC-KR (KS X 1001 alone), which
# drops every byte 80-A0
_DECODERS = {"cp949": 0x81, "euc_kr": 0xA1}


def _syllable(b0: int, b1: int, b2: int) -> str | None:
    cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F)
    return chr(cp) if _FIRST <= cp <= _LAST else None


def _cjk_char(b0: int, b1: int, b2: int) -> str | None:
    """A Chinese or Japanese character of three UTF-8 bytes: an ideograph of the unified
    block, kana, CJK punctuation or a full-width form (Extension A is too rare to be a
    reading)."""
    cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F)
    if not (
        0x3001 <= cp <= 0x30FF or 0x4E00 <= cp <= 0x9FFF or 0xFF01 <= cp <= 0xFF5E
    ) or unicodedata.category(chr(cp)) in ("Cn", "Co"):
        return None
    return chr(cp)


_CJK_LEADS = frozenset((0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF))
# Chinese or Japanese UTF-8 read as a Korean code page: cp949 (UHC), or strict EUC-KR, which
# pairs only bytes A1-FE and so drops every byte 80-A0
_WIDE = ("cp949", "euc_kr")
# a byte no UTF-8 of those characters has
_NOT_CJK_UTF8 = re.compile(rb"[^\x80-\xbf\xe3-\xe9\xef]")


def _common_syllable(data: bytes) -> bool:
    """One of the 2,350 Hangul syllables of KS X 1001 (lead B0-C8, trail A1-FE)."""
    return 0xB0 <= data[0] <= 0xC8 and data[1] >= 0xA1


_HANGUL_OR_HANJA = re.compile("[\uac00-\ud7a3\u4e00-\u9fff\uf900-\ufaff]")
_HOLE = -1  # a byte the decoder replaced with U+FFFD


class _Search:
    """Every reading of one run: positions -> the syllables each can be (see module doc)."""

    def __init__(self, items: tuple[int, ...], after: int | None, free: bool, codec: str = "cp949"):
        self.codec = codec
        self.items = items  # the run's surviving bytes, and _HOLE for each U+FFFD
        self.after = after  # the byte after the run (ASCII), None at a line's end
        self.free = free  # bytes may have been dropped anywhere (no U+FFFD on the page)
        self.memo: dict[tuple, dict[tuple[int, int], tuple[frozenset[str], ...]]] = {}
        # a dropped byte waiting at a syllable's end matters only by what it would pair with
        # (the next syllable's lead EA-ED, or the byte after the run): one stands for all alike
        alike: dict[tuple[bool, ...], int] = {}
        self.canon = {}
        for b in _CONTS:
            sig = (
                *(_pair(b, y, codec) for y in _LEADS),
                after is not None and _pair(b, after, codec),
            )
            self.canon[b] = alike.setdefault(sig, b)

    def readings(self) -> dict[tuple[int, int], tuple[frozenset[str], ...]]:
        """(syllables, dropped bytes) -> per position the syllables it can be."""
        return self._from(0, None)

    def _feed(self, pending: tuple[int, bool] | None, byte: int, dropped: bool):
        """The decoder after one more byte: ``(state,)``, or None if it would not give the
        run back. The state is the byte waiting for its successor (value, dropped?)."""
        if pending is not None:
            lead, lead_dropped = pending
            if _pair(lead, byte, self.codec):
                return None if lead_dropped or dropped else (None,)
            if not lead_dropped:
                return None
        if byte < 0x80:
            return None if dropped else (None,)
        if _DECODERS[self.codec] <= byte <= 0xFE:
            return ((byte, dropped),)
        return (None,) if dropped else None

    def _pairs_after(self, lead: int) -> bool:
        return self.after is not None and _pair(lead, self.after, self.codec)

    def _options(self, i: int, kind: range) -> Iterator[tuple[int, int, bool]]:
        """(byte, next item, dropped?) for the next byte of a syllable."""
        here = self.items[i] if i < len(self.items) else None
        if here == _HOLE:
            for b in kind:
                yield b, i + 1, True
            return
        if here is not None and here in kind:
            yield here, i + 1, False
        if self.free:
            for b in kind:
                yield b, i, True

    def _from(self, i: int, pending) -> dict[tuple[int, int], tuple[frozenset[str], ...]]:
        key = (i, pending)
        if key in self.memo:
            return self.memo[key]
        out: dict[tuple[int, int], list[set[str]]] = {}
        # at the run's end a waiting byte must have been dropped (no pair with what follows)
        end = i == len(self.items)
        if end and (pending is None or (pending[1] and not self._pairs_after(pending[0]))):
            out[(0, 0)] = []
        seen = set()
        for syl, j, state, drops in self._syllables(i, pending):
            if self.free:  # only how many syllables matters (every one is marked)
                if (j, state) in seen:
                    continue
                seen.add((j, state))
                for n, d in self._from(j, state):
                    out.setdefault((n + 1, d + drops), [])
                continue
            for (n, d), sets in self._from(j, state).items():
                merged = out.setdefault((n + 1, d + drops), [set() for _ in range(n + 1)])
                merged[0].add(syl)
                for acc, more in zip(merged[1:], sets, strict=True):
                    acc.update(more)
        result = {k: tuple(frozenset(s) for s in v) for k, v in out.items()}
        self.memo[key] = result
        return result

    def _syllables(self, i: int, pending):
        """One more syllable: (char, next item, decoder state, bytes dropped)."""
        for b0, i0, d0 in self._options(i, _LEADS):
            s0 = self._feed(pending, b0, d0)
            if s0 is None:
                continue
            for b1, i1, d1 in self._options(i0, _CONTS):
                s1 = self._feed(s0[0], b1, d1)
                if s1 is None:
                    continue
                for b2, i2, d2 in self._options(i1, _CONTS):
                    # a syllable that kept no byte is not searched for (see the module doc)
                    if d0 and d1 and d2 and self.free:
                        continue
                    syl = _syllable(b0, b1, b2)
                    s2 = self._feed(s1[0], b2, d2) if syl else None
                    if s2 is not None:
                        state = s2[0]
                        if state is not None and state[1]:
                            state = (self.canon[state[0]], True)
                        yield syl, i2, state, d0 + d1 + d2


@functools.lru_cache(maxsize=4096)
def _repair_run(run: str, after: str, free: bool, fewest: int = 2, rare: bool = True) -> str | None:
    """The run restored (U+FFFD where readings differ), or None when it is no damage (when
    ``rare``: a run of common syllables alone is none)."""
    parts = [_cp949(ch) for ch in run]
    if any(p is None for p in parts) or not run.strip(LOST):
        return None
    data = b"".join(parts)
    if _NOT_HANGUL_UTF8.search(data) or (rare and all(_common_syllable(p) for p in parts if p)):
        return None
    items = tuple(b for ch, p in zip(run, parts, strict=True) for b in (p or (_HOLE,)))
    nxt = after.encode("ascii") if after and after.isascii() else b""
    free = free and LOST not in run
    readings: dict[tuple[int, int], tuple[frozenset[str], ...]] = {}
    for codec in _DECODERS:
        if codec != "cp949" and not all(not p or _pair(p[0], p[1], codec) for p in parts):
            continue
        search = _Search(items, nxt[0] if nxt else None, free, codec)
        found = {k: v for k, v in search.readings().items() if k[0] >= fewest}
        if free and not any(d <= n for n, d in found):
            continue
        _merge(readings, found)
    if not readings:
        return None
    if free or len({n for n, _ in readings}) > 1:
        return LOST * min(n for n, _ in readings)
    sets: list[set[str]] = [set() for _ in range(next(iter(readings))[0])]
    for per in readings.values():
        for acc, s in zip(sets, per, strict=True):
            acc.update(s)
    return "".join(next(iter(s)) if len(s) == 1 else LOST for s in sets)


def _merge(
    readings: dict[tuple[int, int], tuple[frozenset[str], ...]],
    found: dict[tuple[int, int], tuple[frozenset[str], ...]],
) -> None:
    """Add one decoder's readings to another's: a position can be what either says."""
    for key, sets in found.items():
        old = readings.get(key)
        readings[key] = (
            sets if old is None else tuple(a | b for a, b in zip(old, sets, strict=True))
        )


@functools.lru_cache(maxsize=8192)
def _encoded(ch: str, codec: str) -> bytes | None:
    """The bytes ``codec`` writes ``ch`` with (b"" for U+FFFD), a hanja that NFC turned
    into the unified ideograph given the bytes of the one compatibility ideograph whose bytes
    are UTF-8 of Chinese or Japanese (as ``_cp949`` does for Hangul)."""
    if ch == LOST:
        return b""
    try:
        data = ch.encode(codec)
    except UnicodeEncodeError:
        return None
    if not data or min(data) < 0x80:
        return None  # (Shift_JIS writes half-width katakana in one byte, EUC-JP JIS X 0212 in 3)
    if _NOT_CJK_UTF8.search(data):
        alike = []
        for b in _compatibility().get(ch, ()):
            with contextlib.suppress(UnicodeDecodeError):
                b.decode(codec)
                if not _NOT_CJK_UTF8.search(b):
                    alike.append(b)
        if len(alike) == 1:
            return alike[0]
    return data


def _foreign_in_korean(run: str) -> bool:
    """Whether a run shows the damage a Korean code page does to Chinese or Japanese UTF-8:
    Hangul glued to hanja, kana or symbols (correct text of those languages has no Hangul,
    and correct Korean writes hanja apart), a syllable KS X 1001 lacks (cp949 reads kana's
    "81 xx" so), or one of KS X 1001's symbols ("⒵", "㈀", "㎯": rows A1-AC read from a
    continuation byte) glued to ideographs or kana."""
    letters = run.replace(LOST, "")
    hangul = [ch for ch in letters if _FIRST <= ord(ch) <= _LAST]
    if hangul:
        return len(hangul) < len(letters) or any(
            not _common_syllable(ch.encode("cp949")) for ch in hangul
        )
    return len(letters) > 1 and any(_korean_symbol(ch) for ch in letters)


def _korean_symbol(ch: str) -> bool:
    """A symbol of KS X 1001's rows A1-AC that is no kana, CJK punctuation or full-width form,
    nor a letter (its Greek and Cyrillic rows are other pages' correct text: "οι", "тут")."""
    if "\u3000" <= ch <= "\u30ff" or "\uff01" <= ch <= "\uff5e":
        return False
    if unicodedata.category(ch)[0] not in "SN":
        return False
    data = _encoded(ch, "euc_kr")
    return bool(data) and 0xA1 <= data[0] <= 0xAC


@functools.lru_cache(maxsize=4096)
def _repair_wide(run: str, free: bool, fewest: int = 3) -> str | None:
    """A run of Chinese or Japanese UTF-8 read as cp949 or EUC-KR, marked: one U+FFFD per
    character, and where the decoder wrote each byte it dropped as U+FFFD (``free`` false),
    the characters all three of whose bytes are there restored. None if the run is not such
    damage. "丁寧すぎる" read as cp949 is "訝곩㎯걲걥굥": the decoder drops the lead byte of
    kana ("す" is E3 81 99: E3 81 is no pair, 81 99 is "걲") and ideographs give the next
    character's lead away, so few characters keep their three bytes.

    >>> _repair_wide("訝곩\\ufffd㎯걲\\ufffd걥\\ufffd굥", False)
    '丁\\ufffdす\\ufffd\\ufffd'
    >>> _repair_wide("訝곩㎯걲걥굥", True)
    '\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd'
    """
    if not run.strip(LOST) or not _foreign_in_korean(run):
        return None
    free = free and LOST not in run
    for codec in _WIDE:
        parts = [_encoded(ch, codec) for ch in run]
        if any(p is None for p in parts) or _NOT_CJK_UTF8.search(b"".join(parts)):
            continue
        items = [b for p in parts for b in (p or (_HOLE,))]
        fixed = _fewest_characters(items) if free else _aligned_characters(items)
        if fixed is not None and len(fixed) >= fewest:
            return fixed
    return None


# Chinese, Japanese or Korean UTF-8 read as another double-byte code page, which wrote each
# byte it rejected as U+FFFD (Big5, EUC-JP and GB2312 reject every byte 80-A0 as a trail)
_OTHER_WIDE = ("big5", "euc_jp", "gb2312", "gbk", "shift_jis")
_WIDE_LEADS = _CJK_LEADS | frozenset(_LEADS)
_NOT_WIDE_UTF8 = re.compile(rb"[^\x80-\xbf\xe3-\xed\xef]")


def _wide_char(b0: int, b1: int, b2: int) -> str | None:
    return _cjk_char(b0, b1, b2) or _syllable(b0, b1, b2)


@functools.lru_cache(maxsize=4096)
def _repair_replaced(run: str, fewest: int = 3) -> str | None:
    """A run of Chinese, Japanese or Korean UTF-8 read as Big5, EUC-JP, GB2312, GBK or
    Shift_JIS with each rejected byte written as U+FFFD: its bytes back are all UTF-8 bytes of
    such characters, a third of them per character with every lead at a character's start;
    the characters that kept their three bytes are restored, the others marked. Where two
    code pages read the run so, a character they restore differently is marked. A run with
    no U+FFFD counts only when it reads whole ("牍勳劀鞐愱矊" is "비서에게" read as GBK).

    >>> _repair_replaced("\ufffd\ufffd\ufffd閬箏\ufffd\ufffd摰\ufffd")  # "我覺得它" as Big5
    '\ufffd覺\ufffd\ufffd'
    """
    if not run.strip(LOST):
        return None
    readings = []
    for codec in _OTHER_WIDE:
        parts = [_encoded(ch, codec) for ch in run]
        if any(p is None for p in parts) or _NOT_WIDE_UTF8.search(b"".join(parts)):
            continue
        items = [b for p in parts for b in (p or (_HOLE,))]
        fixed = _aligned_characters(items, _WIDE_LEADS, _wide_char)
        if fixed is not None and len(fixed) >= fewest:
            readings.append(fixed)
    if not readings or len({len(r) for r in readings}) > 1:
        return None
    fixed = "".join(c[0] if len(set(c)) == 1 else LOST for c in zip(*readings, strict=True))
    # without a U+FFFD, only a run that reads whole is such damage: bytes dropped silently
    # would have broken the characters' order
    return fixed if LOST in run or LOST not in fixed else None


# Big5, EUC-JP and GB2312 pair only bytes A1-FE: read with errors="ignore" they drop every
# byte 80-A0 of UTF-8, and what is left of Chinese, Japanese or Korean is bytes A1-BF and leads
_STRICT_WIDE = ("big5", "euc_jp", "gb2312")
# (EUC-JP pairs 8E and 8F too, with the next byte: half-width kana and JIS X 0212)
_NOT_STRICT_LEFT = re.compile(rb"[^\xa1-\xbf\xe3-\xed\xef]")
_NOT_EUC_JP_LEFT = re.compile(rb"[^\x8e\x8f\xa1-\xbf\xe3-\xed\xef]")
_DROPPED_LEAST = 8  # characters of a run: correct text fits those bytes one character in five


@functools.lru_cache(maxsize=4096)
def _repair_dropped(run: str) -> str | None:
    """A run of Chinese, Japanese or Korean UTF-8 read as Big5, EUC-JP or GB2312 with the
    rejected bytes dropped silently: marked one U+FFFD a character, as many as the bytes left
    allow at the fewest. Only a long run mostly of ideographs whose bytes back hold no byte
    80-A0 and a lead counts: correct text there has bytes outside those a character in
    five or more, and a word of kana alone ("キャラクター" as EUC-JP) is no such run.

    >>> _repair_dropped("閬箏摰隤瘞敺芰嗚")  # "我覺得它的語氣很自然。" read as Big5
    '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd'
    """
    ideographs = sum("\u4e00" <= ch <= "\u9fff" for ch in run)
    if len(run) < _DROPPED_LEAST or 2 * ideographs < len(run):
        return None
    for codec in _STRICT_WIDE:
        parts = [_encoded(ch, codec) for ch in run]
        if any(not p for p in parts):
            continue
        items = [b for p in parts for b in p]
        if (_NOT_EUC_JP_LEFT if codec == "euc_jp" else _NOT_STRICT_LEFT).search(bytes(items)):
            continue
        fixed = _fewest_characters(items, _WIDE_LEADS)
        if fixed is not None:
            return fixed
    return None


def replaced_reading(run: str, fewest: int = 3, whole: bool = False) -> str | None:
    """``_repair_replaced`` of a run that holds a U+FFFD (or, with ``whole``, reads whole),
    for the double-byte pass; a run of U+FFFD alone (a word that lost every byte) is a third
    as many characters."""
    if LOST not in run:
        return _repair_replaced(run, fewest) if whole else None
    if not run.strip(LOST):
        return LOST * (len(run) // 3) if len(run) % 3 == 0 and len(run) >= 3 * fewest else None
    return _repair_replaced(run, fewest)


def _fewest_characters(items: list[int], leads: frozenset[int] = _CJK_LEADS) -> str | None:
    """Bytes dropped silently: one U+FFFD for each character of the reading that drops the
    fewest (a lead and up to two continuation bytes, two continuation bytes whose lead was
    dropped). A character that lost all three bytes is not counted (as for Hangul)."""
    count, conts, seen_lead = 0, 0, False
    for b in items:
        if b in leads:
            count += (conts + 1) // 2 if not seen_lead else max(0, conts - 1) // 2
            count, conts, seen_lead = count + 1, 0, True
        else:
            conts += 1
    count += (conts + 1) // 2 if not seen_lead else max(0, conts - 1) // 2
    return LOST * count if seen_lead else None


def _aligned_characters(
    items: list[int],
    leads: frozenset[int] = _CJK_LEADS,
    make: Callable[[int, int, int], str | None] = _cjk_char,
) -> str | None:
    """Each dropped byte a U+FFFD: the bytes are all there, three per character, every lead
    at a character's start; a character that kept its three bytes is restored."""
    if len(items) % 3:
        return None
    out = []
    for k in range(0, len(items), 3):
        b0, b1, b2 = items[k : k + 3]
        if b1 in leads or b2 in leads or (b0 != _HOLE and b0 not in leads):
            return None
        if _HOLE in (b0, b1, b2):
            out.append(LOST)
            continue
        ch = make(b0, b1, b2)
        if ch is None:
            return None
        out.append(ch)
    return "".join(out)


def korean_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, repaired text, reason) of each run of Korean UTF-8 read as cp949.

    A syllable every reading agrees on is restored, one the dropped bytes leave open is one
    U+FFFD; correct Korean, hanja and Chinese or Japanese text stay as written.

    >>> damaged = "비서의 말투".encode("utf-8").decode("cp949", errors="replace")
    >>> damaged == "\u936e\uafa9\uaf4c\ufffd\uc4fd \uf9cd\uba30\ub2fe"  # 鍮꾩꽌\ufffd쓽 留먰닾
    True
    >>> korean_spans(damaged, [])  # 의: its lead EC or ED is not known
    [(0, 5, '비서\ufffd', 'unrecoverable'), (6, 9, '말투', 'unique')]
    >>> damaged = "비서의 말투".encode("utf-8").decode("cp949", errors="ignore")
    >>> korean_spans(damaged, [])  # how many bytes were dropped is not known
    [(0, 4, '\ufffd\ufffd\ufffd', 'unrecoverable'), (5, 8, '\ufffd\ufffd', 'unrecoverable')]
    >>> korean_spans("요즘 비서는 時와 場을 가려요. 利用 我同意 丁寧です 똠방각하", [])
    []
    """
    if not _HANGUL_OR_HANJA.search(text):
        return []
    free = LOST not in text
    every = [
        m for m in _RUN.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)
    ]
    runs = [m for m in every if m.end() - m.start() <= _MAX_RUN]
    out = []
    for m in runs:
        after = text[m.end()] if m.end() < len(text) else ""
        fixed = _repair_run(m.group(), after, free)
        if fixed is not None and fixed != m.group():
            out.append((m.start(), m.end(), fixed))
    if out and not free:
        # on a page that shows such damage, a U+FFFD next to the bytes of one syllable is one
        # too ("한" -> "\ufffd븳"), even where the bytes left read as common syllables
        # (strict EUC-KR keeps only KS X 1001's: "해서" -> "\ufffd\ufffd댁\ufffd\ufffd");
        # elsewhere a lone syllable is too little to tell
        done = {s for s, _, _ in out}
        for m in runs:
            if m.start() not in done and LOST in m.group():
                after = text[m.end()] if m.end() < len(text) else ""
                fixed = _repair_run(m.group(), after, free, fewest=1, rare=False)
                if fixed is None and not m.group().strip(LOST) and len(m.group()) % 3 == 0:
                    # a word that lost every byte: three U+FFFD a syllable ("저도")
                    fixed = LOST * (len(m.group()) // 3)
                if fixed is not None and fixed != m.group():
                    out.append((m.start(), m.end(), fixed))
        out.sort()
    out = sorted(out + _wide_spans(text, every, out, free))
    uncounted: frozenset[int] = frozenset()
    if out and free:
        rest = _rest_of_damaged_lines(text, runs, out)
        uncounted = frozenset(s for s, _, _ in rest)
        out = sorted(out + rest)
    return _beyond_kana(text, _by_vocabulary(text, out, free, uncounted))


_KANA_ONLY = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")


def _beyond_kana(
    text: str, spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The spans, unless every one of them is kana alone: cp949 reads some of UTF-8's bytes as
    kana, but a word of kana is Japanese as written ("レス", "ですね"), so kana are read as
    damage only on a page that shows the damage in something else too.

    >>> _beyond_kana("レス", [(0, 2, "\ufffd\ufffd", "unrecoverable")])
    []
    >>> len(_beyond_kana("レス 鍮꾩꽌", [(0, 2, "\ufffd\ufffd", "x"), (3, 6, "비서", "unique")]))
    2
    """
    if all(_KANA_ONLY.fullmatch(text[s:e]) for s, e, _, _ in spans):
        return []
    return spans


def _wide_spans(
    text: str, runs: list[re.Match[str]], found: list[tuple[int, int, str]], free: bool
) -> list[tuple[int, int, str]]:
    """Runs of Chinese or Japanese UTF-8 read as cp949 or EUC-KR (``_repair_wide``): three
    characters or more, and two on a page that shows such damage elsewhere."""
    done = {s for s, _, _ in found}
    out: list[tuple[int, int, str]] = []
    short = []
    for m in runs:
        if m.start() in done:
            continue
        fixed = _repair_wide(m.group(), free)
        if fixed is None:
            fixed = _repair_replaced(m.group())
        if fixed is None and free:
            fixed = _repair_dropped(m.group())
        if fixed is None:
            short.append(m)
        elif fixed != m.group():
            out.append((m.start(), m.end(), fixed))
    if out:
        for m in short:
            fixed = _repair_wide(m.group(), free, fewest=2)
            if fixed is None:
                fixed = _repair_replaced(m.group(), fewest=2)
            if fixed is not None and fixed != m.group():
                out.append((m.start(), m.end(), fixed))
    return out


_LINE_RUNS = 1  # runs of a line read as such damage that make the line's other runs damage too


def _rest_of_damaged_lines(
    text: str, runs: list[re.Match[str]], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Where bytes were dropped silently, the other runs of a line that holds a run read as
    Korean damage, made only of UTF-8 bytes of Hangul (80-BF, EA-ED) when encoded back:
    what is left of words that lost too many bytes to be searched ("鍮" of "비", "깃꺽" of
    "성격"). Each of their characters is marked lost (U+FFFD): how many syllables they were is
    not known. A correct syllable's bytes fall outside that set four times in five, and a
    correct word there is a line partly re-encoded, which the line's other runs would show."""
    done = {s for s, _, _ in found}
    per_line: dict[int, int] = {}
    for s, _, _ in found:
        per_line[text.rfind("\n", 0, s)] = per_line.get(text.rfind("\n", 0, s), 0) + 1
    out = []
    for m in runs:
        if m.start() in done or per_line.get(text.rfind("\n", 0, m.start()), 0) < _LINE_RUNS:
            continue
        parts = [_cp949(ch) for ch in m.group()]
        if any(not p for p in parts) or _NOT_HANGUL_UTF8.search(b"".join(parts)):
            continue
        out.append((m.start(), m.end(), LOST * len(m.group())))
    return out


_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")


def _by_vocabulary(
    text: str,
    found: list[tuple[int, int, str]],
    free: bool,
    uncounted: frozenset[int] = frozenset(),
) -> list[tuple[int, int, str, str]]:
    """A marked run whose damage exactly one word written elsewhere on the page reproduces is
    that word ("document vocabulary", as in ``mojibake``): "\ufffd\ufffd\ufffd" for
    "����솕�삎" is "대화형" when the headline says "대화형" and no other word of the page,
    damaged the same way, gives the same run. Not a run whose syllables were never counted
    (``uncounted``: the rest of a damaged line, one mark per character left): "媛" is what
    cp949 leaves of "가" but also what EUC-KR leaves of "똑같은", so a page word of one
    syllable that fits it is a guess.
    """
    spans = [(s, e) for s, e, _ in found]
    vocabulary: dict[int, set[str]] = {}
    for m in _HANGUL_WORD.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            vocabulary.setdefault(len(m.group()), set()).add(m.group())
    errors = "ignore" if free else "replace"
    out = []
    for s, e, fixed in found:
        if LOST in fixed and s not in uncounted:
            after = text[e : e + 1] if e < len(text) and text[e].isascii() else ""
            fits = {
                w
                for w in vocabulary.get(len(fixed), ())
                if all(f in (LOST, c) for f, c in zip(fixed, w, strict=True))
                and (w + after).encode("utf-8").decode("cp949", errors) == text[s:e] + after
            }
            if len(fits) == 1:
                out.append((s, e, fits.pop(), "document vocabulary"))
                continue
        out.append((s, e, fixed, "unrecoverable" if LOST in fixed else "unique"))
    return out
