"""Lead bytes left alone in a damaged word: the rest of their character was dropped.

ISO-8859-2 drops the C1 bytes 80-9F and cp1250 a few others (81 83 88 90 98), so a Czech "ř"
(C5 99) read as ISO-8859-2 is a bare "Ĺ", "ě" (C4 9B) a bare "Ä", a Slovak "Á" (C3 81) read as
cp1250 a bare "Ă". Alone they look like letters, and the codec pass leaves them as written. In a
word the same codec repaired elsewhere ("ÄtenĂĄĹi", where "ĂĄ" is "á") they are what is left
of a character: restored when one character
fits (cp1251 drops only 98: a bare "Р" is "И"; a word of one bare lead between words the
codec damaged, "Р всё", is one too), else marked lost (U+FFFD), never guessed - and settled by
the document's own words when exactly one reading makes a word written elsewhere in it. A
lead letter in a word of its own ("Ärger", "Ăsta") stays as written, except a capital right
after a small letter ("klidnÄ", "WolÄ": no word is spelled so) within a line's reach of damage
of a codec that drops the C1 bytes (ISO-8859-2, ISO-8859-16), whose damage is full of bare
leads: it is marked, and only a small letter can fill it. Where the next character
completes the sequence ("zrobiÄ™": C4 99 is "ę", which looks like a letter and a trademark
sign, so the codec pass left it to ftfy) the sequence is read - in a word the codec damaged,
or where its capital stands right after a small letter of the word and the sequence is a small
letter (a page whose other "ę" are written correctly leaves "zrobiÄ™" no other damage).

>>> from persona_archive.cleaning.mojibake import fix_mojibake
>>> fix_mojibake("Asistent mluvĂ\\xad klidnÄ a kdyĹž nÄco nevĂ\\xad. ÄtenĂĄĹi si to chvĂĄlĂ\\xad.")
'Asistent mluví klidn\\ufffd a když n\\ufffdco neví. \\ufffdtená\\ufffdi si to chválí.'
>>> fix_mojibake("Lubię to. Ĺšwietny, zrobiÄ™ go w sobotÄ™.")
'Lubię to. Świetny, zrobię go w sobotę.'
>>> fix_mojibake("Der Ärger, sagte er, itâ€™s fine.")
'Der Ärger, sagte er, it’s fine.'
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, insort
from collections import Counter

from persona_archive.cleaning.mojibake_core import (
    ALPHABET_LETTERS,
    Repair,
    add_taken,
    codec_table,
    is_consistent,
    is_plausible,
    overlaps,
    restored_starts,
    script_of,
    seq_len,
    sequence_candidates,
    settle_by_document,
    written_text,
)
from persona_archive.cleaning.mojibake_layers import page_alphabet
from persona_archive.page import LOST

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Codecs whose bare leads are read so: Central European, Baltic, Turkish, Cyrillic and
#: Vietnamese pages (cp1258 reads C3 as "Ă": "vĂ\xa0" is "và", which ftfy does not read), and
#: latin-1, which a mail archive reads any language's UTF-8 with ("nÄj" is Czech "něj": 9B
#: was a C1 control); cp1252 pages' bare leads are left to ftfy and the latin-1 rule
CODECS = ("iso8859_2", "iso8859_16", "cp1250", "cp1257", "cp1254", "cp1251", "cp1258", "latin_1")


_C1_COUNT = 0xA0 - 0x80
#: Codecs whose bare capital leads opening a word are read (``initial_leads``): those above,
#: and cp1252, whose few undefined bytes lose Hungarian "Ő" (C5 90, "Å") and "Á" (C3 81, "Ã")
_INITIAL_CODECS = (*CODECS, "cp1252")


def lone_leads(text: str, repairs: list, taken: list[tuple[int, int]]) -> None:
    """Restore or mark the bare lead bytes of words that their codec damaged (see the module
    docstring); ``repairs`` and ``taken`` are the single-byte pass's, extended in place."""
    lost: list[int] = []

    by_codec: dict[str, list] = {}
    marked: dict[str, list[int]] = {}  # sequences of the codec marked lost: damage all the same
    for r in repairs:
        if r.codec in CODECS and r.after != LOST:
            by_codec.setdefault(r.codec, []).append(r)
        elif r.codec in CODECS:
            marked.setdefault(r.codec, []).append(r.offset)
    for name, done in by_codec.items():
        c = codec_table(name)
        if not c.dropped_cont:
            continue
        starts = sorted(r.offset for r in done)
        near = sorted(starts + marked.get(name, []))
        # damage read in a word is damage beside the bare leads before it too ("ExplicÄ ce
        # ... autorizaÈia"): the words are read again while that finds more
        near.extend(_misfit_rows(text, name))
        near.sort()
        lost_in = sorted(marked.get(name, []))
        for _ in range(_ROUNDS):
            if not _read_words(text, name, starts, near, lost_in, repairs, taken, lost):
                break
    if lost:
        settle_by_document(text, repairs, lost)


#: Codecs of a non-Latin script whose one-letter words beside their damage are read
#: (``lone_letter_words``): the rest of their damage is the codec pass's, by the page's script;
#: and latin-1, whose bare leads of another script's letters are read so too (Russian read as
#: latin-1, its C1 controls stripped: "тут" is "ÑÑÑ", each "Ñ" any of "р" to "я")
_SCRIPT_CODECS = ("iso8859_7", "cp1253", "latin_1")


def lone_letter_words(text: str, repairs: list, taken: list[tuple[int, int]]) -> None:
    """Read a word of one bare lead next to a word its codec damaged, on a page of a non-Latin
    script: the Greek article "Η" (CE 97) read as ISO-8859-7 is a bare "Ξ" (97 dropped) before
    "Ξ±ΟΞ¬Ξ½ΟΞ·ΟΞ·"; "Ξ" is no word of the page, what is left of a letter. It is marked lost
    (U+FFFD: "Η" or "Ο" or ...) unless the page's words settle it. A "Ξ" beside correct text, or
    beside damage of another code page, stays, and so does a letter the page writes as a word
    of its own elsewhere (the article "Ο", CF, is a bare lead of ISO-8859-7 too). A word of
    several bare leads ("ΟΟΟΟ", "όπως" whose every letter lost its byte) is read between two
    damaged words (an acronym as written, "ΟΗΕ", stands beside correct text).

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> fix_mojibake("Ο καιρός.\\nΞ Ξ±ΟΞ¬Ξ½ΟΞ·ΟΞ· ΞΊΞ±ΞΉ Ξ· Ξ΅ΟΞ³Ξ΅Ξ½ΞΉΞΊΞ.")
    'Ο καιρός.\\n\\ufffd α\\ufffdάν\\ufffdη\\ufffdη και η ε\\ufffdγενικ\\ufffd.'
    >>> fix_mojibake("Ο καιρός.\\nΟ Ξ±ΟΞ¬Ξ½ΟΞ·ΟΞ·.")  # the page writes "Ο" as a word
    'Ο καιρός.\\nΟ α\\ufffdάν\\ufffdη\\ufffdη.'
    """
    lost: list[int] = []
    for name, c, starts in restored_starts(repairs):
        if name not in _SCRIPT_CODECS:
            continue
        # latin-1's letters of another script: those the codec restored on the page, a word of
        # them read beside one such word (a word of bare leads is no Latin word)
        restored = {
            script_of(ch) for r in repairs if r.codec == name and r.after != LOST for ch in r.after
        }
        both = name != "latin_1"
        found = [
            (m, _next_to_damage(text, starts, m.start(), m.end(), both and len(m.group()) > 1))
            for m in _lone_lead(name).finditer(text)
            if not overlaps(taken, m.start(), m.end())
        ]
        words = {m.group() for m, beside in found if not beside}  # written as words elsewhere
        for m, beside in found:
            if not beside or m.group() in words:
                continue
            options = [
                tuple(
                    x
                    for x in sequence_candidates(name, c.encode[ch], ())
                    if is_consistent(x) and x.isalpha()
                )
                for ch in m.group()
            ]
            if name == "latin_1" and not _one_other_script(options, restored):
                continue  # a Latin page's "É" or "Ö" alone is a word as written
            if all(options):
                for k, (ch, cands) in enumerate(zip(m.group(), options, strict=True)):
                    _read(repairs, lost, taken, m.start() + k, ch, cands, name)
    if lost:
        settle_by_document(text, repairs, lost)


def _one_other_script(options: list[tuple[str, ...]], restored: set) -> bool:
    """Whether every reading of every bare lead is a letter of one script, not Latin, that the
    codec restored letters of on the page."""
    scripts = {script_of(x) for cands in options for x in cands}
    return all(options) and len(scripts) == 1 and "LATIN" not in scripts and scripts <= restored


def _next_to_damage(text: str, starts: list[int], i: int, j: int, both: bool) -> bool:
    """Whether the word before or after the word ``i``-``j`` (a space between), or with ``both``
    each of them, holds a sequence its codec restored (``starts``, sorted)."""
    after = re.match(r" (\S+)", text[j : j + _WORD_REACH])
    before = re.search(r"(\S+) $", text[max(0, i - _WORD_REACH) : i])
    sides = (
        bool(after and _within(starts, j + 1, j + 1 + len(after.group(1)))),
        bool(before and _within(starts, i - 1 - len(before.group(1)), i - 1)),
    )
    return all(sides) if both else any(sides)


_WORD_REACH = 32  # characters of a neighbouring word looked at


@functools.cache
def _lone_lead(name: str) -> re.Pattern[str]:
    """Two-byte leads a codec reads as letters (up to ``_BARE_WORD + 1``), standing as a word of
    their own."""
    leads = _byte_chars(name, 0xC2, 0xDF, str.isalpha)
    return re.compile(f"(?<![^\\W\\d_])[{leads}]{{1,{_BARE_WORD + 1}}}(?![^\\W\\d_])")


_ROUNDS = 3
_ROW = 3  # bare capital leads after small letters in one line that are damage by their number


def _misfit_rows(text: str, name: str) -> list[int]:
    """The bare capital leads glued after a small letter ("pÄÈit", "lampÄ", "ieftinÄ") in lines
    that hold three or more of them: a line of such words is damage of the codec even with no
    sequence of it restored nearby (a name as written, "aÄb", is one).

    >>> _misfit_rows("am pÄÈit o lampÄ ieftinÄ.\\nName: aÄb.", "iso8859_16")
    [4, 5, 15, 23]
    """
    out: list[int] = []
    row: list[int] = []
    line_end = -1
    for m in _capital_leads(name).finditer(text):
        s = m.start()
        if not (s and text[s - 1].islower()):
            continue
        if s > line_end:
            if len(row) >= _ROW:
                out += row
            row, nl = [], text.find("\n", s)
            line_end = len(text) if nl < 0 else nl
        row += range(s, m.end())
    if len(row) >= _ROW:
        out += row
    return out


@functools.cache
def _byte_chars(name: str, low: int, high: int, keep=None) -> str:
    """The characters a codec reads the bytes ``low``..``high`` as, escaped for a character
    class (only those ``keep`` accepts, when given): lead bytes, continuation bytes, capitals.

    >>> _byte_chars("cp1252", 0xC0, 0xC2)
    'ÀÁÂ'
    """
    enc = codec_table(name).encode
    return "".join(
        re.escape(ch) for ch, b in enc.items() if low <= b <= high and (keep is None or keep(ch))
    )


@functools.cache
def _capital_leads(name: str) -> re.Pattern[str]:
    """A run of the capital letters a codec reads lead bytes (C2-F4) as."""
    return re.compile(f"[{_byte_chars(name, 0xC2, 0xF4, str.isupper)}]+")


def _read_words(
    text: str,
    name: str,
    starts: list[int],
    near: list[int],
    lost_in: list[int],
    repairs: list,
    taken: list[tuple[int, int]],
    lost: list[int],
) -> int:
    """One round of ``lone_leads`` over the words for codec ``name``: how many it read. A word
    holding a sequence of the codec restored (``starts``) is one the codec damaged, and so, for
    its letters, is one holding a letter marked lost or read here (``lost_in``: "È" of
    "ĂngropaÈi", whose ț lost its 9B)."""
    c = codec_table(name)
    # a codec that drops the C1 bytes leaves bare leads all through its damage: one after a
    # small letter is read as damage; so is one of a Latin code page that drops a few
    # (cp1250's "cÄ" is Romanian "că", 83 dropped) beside its damage that lost a byte (beside
    # lossless damage, "â€™", it may be as written), where no word has such a capital (a
    # Cyrillic one may: "МегаФон")
    sheds = len(c.dropped_cont) >= _C1_COUNT
    count = len(repairs)
    for m in _WORD.finditer(text):
        s, e = m.span()
        damaged_word = _within(starts, s, e) or _marked_glued(text, s, e, near)
        lost_word = _within(lost_in, s, e)
        read = -1  # the last bare lead of the word read as damage
        for i in range(s, e):
            ch = text[i]
            b = c.encode.get(ch)
            if b is None or not 0xC2 <= b <= 0xF4 or overlaps(taken, i, i + 1):
                continue
            # a word that lost a letter ("ĂngropaÈi") lost the bytes of its other bare two-byte
            # leads too (a three-byte one there may be the quotation mark closing it)
            letter_lost = lost_word and b <= 0xDF
            # a capital right after a small letter of its word fits no word ("zrobiÄ™"), nor
            # right after a bare lead read so ("cetÄÈenilor": ă and ț both lost a byte)
            misfit = i > s and (text[i - 1].islower() or read == i - 1) and ch.isupper()
            bare_misfit = misfit and (
                nearby(near, i) if sheds else name in _LATIN_LEADS and nearby(lost_in, i)
            )
            # a word of one bare lead between words the codec damaged ("Р всё" is "И всё")
            if e - s == 1 and not damaged_word and nearby(starts, i, 2):
                damaged_word = True
            # a short word of bare leads alone between two words the codec damaged ("что РР
            # иногда" is "ИИ": cp1251 dropped the 98 of each "И")
            if not damaged_word and e - s <= _BARE_WORD and _between_damage(starts, s, e):
                damaged_word = _all_bare(text, s, e, name)
            if not damaged_word and not letter_lost and not misfit:
                continue
            nb = c.encode.get(text[i + 1]) if i + 1 < len(text) else None
            if b <= 0xDF and nb is not None and 0x80 <= nb <= 0xBF:
                # a whole sequence that looks like a letter and a sign ("Ä™" is "ę")
                whole = bytes([b, nb]).decode("utf-8")
                fits = whole.islower() if not damaged_word else whole.isalpha()
                if fits and is_plausible(whole):
                    repairs.append(Repair(i, text[i : i + 2], whole, name, "unique", (whole,)))
                    add_taken(taken, i, i + 2)
                continue
            if not damaged_word and not letter_lost and not bare_misfit:
                continue
            # the characters it can be: plausible ones, or (a two-byte lead) letters; after
            # a small letter of its word, a small letter
            every = [x for x in sequence_candidates(name, b, ()) if is_consistent(x)]
            cands = tuple(x for x in every if is_plausible(x)) or tuple(
                x for x in every if b <= 0xDF and x.isalpha()
            )
            if bare_misfit:
                small = tuple(x for x in cands if x.islower())
                # one small letter that no alphabet of the page holds is a guess: the capital
                # is what a first layer left ("staĂĂÂ\xad", Czech "stačí" read twice), marked
                if len(small) != 1 or _of_page(text, small[0]) or len(cands) == 1:
                    cands = small
            if not cands:
                continue
            _read(repairs, lost, taken, i, ch, cands, name)
            # damage read here is damage beside the next bare lead of the line, and in its word
            insort(near, i)
            insort(lost_in, i)
            read = i
    return len(repairs) - count


_BARE_WORD = 3  # letters of a word made of bare leads alone that is read as damage


def _between_damage(starts: list[int], s: int, e: int) -> bool:
    """Whether the word ``s``-``e`` stands between two words its codec damaged: a restored
    sequence ends the word before it and one opens the word after it."""
    return _within(starts, s - 3, s - 1) and _within(starts, e + 1, e + 2)


def _all_bare(text: str, s: int, e: int, name: str) -> bool:
    """Whether every letter of ``text[s:e]`` is a two-byte lead of codec ``name`` that is a
    letter once a dropped byte is put back ("РР": cp1251's D0, and D0 98 is "И").

    >>> _all_bare("РР", 0, 2, "cp1251"), _all_bare("его", 0, 3, "cp1251")
    (True, False)
    """
    enc = codec_table(name).encode
    for ch in text[s:e]:
        b = enc.get(ch)
        if b is None or not 0xC2 <= b <= 0xDF:
            return False
        if not any(x.isalpha() and is_consistent(x) for x in sequence_candidates(name, b, ())):
            return False
    return True


def _within(offsets: list[int], s: int, e: int) -> bool:
    """Whether one of the sorted ``offsets`` lies in ``s``-``e``."""
    k = bisect_left(offsets, s)
    return k < len(offsets) and offsets[k] < e


def _marked_glued(text: str, s: int, e: int, near: list[int]) -> bool:
    """Whether the word ``text[s:e]`` runs into a sequence of its codec marked lost right after
    it ("Äiá" of "Äiá»u", whose "á»" lost a byte): a word the codec damaged all the same."""
    i = bisect_left(near, e - 1)
    return i < len(near) and near[i] <= e and e < len(text) and not text[e].isspace()


def nearby(starts: list[int], pos: int, reach: int = 80) -> bool:
    """Whether the codec repaired a sequence within ``reach`` characters of ``pos``: a capital
    lead after a small letter ("WolÄ", "cercetÄtorii") is read as damage beside damage of its
    codec, not on the strength of one repair at the other end of the page."""
    i = bisect_left(starts, pos - reach)
    return i < len(starts) and starts[i] <= pos + reach


def cut_short(text: str, repairs: list, taken: list[tuple[int, int]]) -> int:
    """Read a sequence that kept its lead and some continuation bytes but lost one, standing
    between letters of a word, beside damage of its codec: Vietnamese "học" (E1 BB 8D) read as
    cp1252, which leaves 8D undefined, is "há»c". The sign glued between letters ("»") is
    no text as written; which letter it was (ọ ề ỏ ờ ...) the bytes rarely say, so it is
    marked lost (U+FFFD) unless one letter fits or the page's own words settle it.

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> fix_mojibake("Trá»£ lÃ½ há»c nhanh.")
    'Trợ lý h\\ufffdc nhanh.'

    At a word's end, where the bytes left open sequences the page's damage restored twice or
    more ("á»£", "á»ƒ"), so does "vá»" ("về", E1 BB 81); "está»" stays without such damage.

    >>> fix_mojibake("Trá»£ lĂ½ Ä‘á»ƒ vá» nhĂ\\xa0.")
    'Trợ lý để v\\ufffd nhà.'
    """
    lost: list[int] = []
    count = len(repairs)
    for name, c, starts in restored_starts(repairs):
        known = _known_prefixes(repairs, name) if name in _LATIN_LEADS else set()
        ends = [m for m in _ending(name).finditer(text) if m.group() in known] if known else []
        glued = list(_glued(name).finditer(text))
        for n, m in enumerate([*glued, *ends]):
            s, e = m.span()
            if not text[s - 1].isalpha():
                continue
            if n < len(glued) and not text[e].isalpha():
                continue
            if overlaps(taken, s, e) or not nearby(starts, s):
                continue
            bs = [c.encode[ch] for ch in m.group()]
            lead, surv = bs[0], tuple(bs[1:])
            if not 0xC2 <= lead <= 0xF4 or not surv or len(surv) >= seq_len(lead) - 1:
                continue
            if not all(0x80 <= b <= 0xBF for b in surv):
                continue
            if any(ch.isalpha() for ch in m.group()[1:]):
                continue  # letters glued to letters may be a word as written
            cands = tuple(
                x for x in sequence_candidates(name, lead, surv) if is_plausible(x) and x.isalpha()
            )
            if not cands:
                continue
            after, why = (cands[0], "unique") if len(cands) == 1 else (LOST, "unrecoverable")
            if after == LOST:
                lost.append(len(repairs))
            repairs.append(Repair(s, m.group(), after, name, why, cands))
            add_taken(taken, s, e)
    if lost:
        settle_by_document(text, repairs, lost)
    return len(repairs) - count


def _known_prefixes(repairs: list, name: str) -> set[str]:
    """The opening characters (all but the last) of whole sequences the codec restored for
    sure twice or more: what the page's damage shows a cut-short sequence to be."""
    prefixes: dict[str, int] = {}
    for r in repairs:
        if r.codec == name and r.reason == "unique" and len(r.before) >= 2:
            key = r.before[:-1]
            prefixes[key] = prefixes.get(key, 0) + 1
    return {p for p, n in prefixes.items() if n >= _PREFIX_USES}


@functools.cache
def _ending(name: str) -> re.Pattern[str]:
    """A codec's lead byte and one continuation byte ending a word."""
    leads, conts = _byte_chars(name, 0xE0, 0xEF), _byte_chars(name, 0x80, 0xBF)
    return re.compile(f"(?<=\\w)[{leads}][{conts}](?=[\\s.,;:!?)]|$)")


@functools.cache
def _glued(name: str) -> re.Pattern[str]:
    """A codec's lead byte and one or two continuation bytes between two word characters."""
    leads, conts = _byte_chars(name, 0xC2, 0xF4), _byte_chars(name, 0x80, 0xBF)
    return re.compile(f"(?<=\\w)[{leads}][{conts}]{{1,2}}(?=\\w)")


_PREFIX_USES = 2  # restored sequences of the codec that open with the same bytes
# codecs whose lead bytes read as Latin letters (a Greek or Thai codec's read as its letters)
_LATIN_LEADS = frozenset((*CODECS, "cp1252", "latin_1")) - {"cp1251"}


def letter_and_sign(text: str, repairs: list, taken: list[tuple[int, int]]) -> None:
    """Read a whole sequence that looks like a letter followed by signs that may follow a letter
    ("á»™" in "má»™t", "Ă\\xa0" in "HĂ\\xa0"), which the codec pass leaves to ftfy and ftfy does
    not read, where it ends a word's letters and the page's damage of the codec restored
    sequences that open with the same bytes twice or more ("á»£", "á»ƒ"; "Ă¬", "Ă¹"): a
    Vietnamese page damaged as cp1258 beside its correct text. The letter it decodes to must
    fit its word (no small letter in a word of capitals). Elsewhere "está»…" stays as written.

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> fix_mojibake("Trợ lý ảo.\\nTrá»£ lĂ½ Ä‘á»ƒ má»™t cĂ´ HĂ\\xa0 Ná»™i, há»c dá»….")
    'Trợ lý ảo.\\nTrợ lý để một cô Hà Nội, h\\ufffdc dễ.'
    >>> fix_mojibake("Trợ lý ảo.\\nTrá»£ lĂ½ Ä‘Ăª, está»… bien.")
    'Trợ lý ảo.\\nTrợ lý đê, está»… bien.'
    """
    for name, c, _ in restored_starts(repairs):
        if name not in _LATIN_LEADS:
            continue
        known = _known_prefixes(repairs, name)
        if not known:
            continue
        for m in _sign_after_letter(name).finditer(text):
            s, e = m.span()
            if text[s - 1 : s] == "" or not text[s - 1].isalpha() or overlaps(taken, s, e):
                continue
            if m.group()[:-1] not in known:
                continue
            bs = bytes(c.encode[ch] for ch in m.group())
            try:
                ch = bs.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if not (ch.isalpha() and is_plausible(ch) and _fits(text, s, ch)):
                continue
            repairs.append(Repair(s, m.group(), ch, name, "unique", (ch,)))
            add_taken(taken, s, e)


def _fits(text: str, pos: int, ch: str) -> bool:
    """Whether a small letter does not stand in a word of capitals ("ACASĂ") before ``pos``."""
    word = re.search(r"[^\W\d_]+$", text[max(0, pos - 32) : pos])
    caps = word is not None and len(word.group()) >= 2 and word.group().isupper()
    return ch.isupper() or not caps


@functools.cache
def _sign_after_letter(name: str) -> re.Pattern[str]:
    """A codec's lead byte that reads as a Latin letter, then the continuation bytes of one
    whole sequence, the last a sign that may follow a letter."""
    enc = codec_table(name).encode
    conts = _byte_chars(name, 0x80, 0xBF)
    two, three = (
        _byte_chars(name, 0xC2, 0xDF, str.isalpha),
        _byte_chars(name, 0xE0, 0xEF, str.isalpha),
    )
    signs = "".join(re.escape(ch) for ch in _SIGNS if 0x80 <= enc.get(ch, 0) <= 0xBF)
    return re.compile(f"[{two}][{signs}]|[{three}][{conts}][{signs}]")


# signs that may follow a letter as written (the codec pass leaves such runs to ftfy)
_SIGNS = "’”»…™®©°¹²³\u00a0·ªº"


def spaced_leads(text: str, repairs: list, taken: list[tuple[int, int]]) -> None:
    """Read a lead byte and a no-break space (A0) glued to the letters after it as the letter
    the two make, beside damage of its codec whose sequences open with that byte twice or more:
    Croatian "Šteta" (C5 A0) read as latin-1 or cp1252 is "Å\\xa0teta", which splits the word
    at a space a token never holds. The letter must fit its place (a small letter after a small
    letter) and be one a Latin page writes; Italian "È\\xa0vero" (Ƞ) stays.

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> fix_mojibake("Å\\xa0teta Å¡to nije duÅ¾i, Å¾ao mi je.")
    'Šteta što nije duži, žao mi je.'
    >>> fix_mojibake("È\\xa0vero, cafÃ© e caffÃ¨ sono buoni.")
    'È\\xa0vero, café e caffè sono buoni.'
    """
    if "\xa0" not in text:
        return
    for name, c, starts in restored_starts(repairs):
        if name not in _LATIN_LEADS or c.encode.get("\xa0") != 0xA0:
            continue
        leads = _restored_leads(repairs, name)
        for m in _spaced_lead(name).finditer(text):
            s = m.start()
            lead = c.encode[text[s]]
            if leads[lead] < _SAME_LEAD or not nearby(starts, s) or overlaps(taken, s, s + 2):
                continue
            ch = bytes([lead, 0xA0]).decode("utf-8")
            if not (ch.isalpha() and is_plausible(ch) and _COMMON_LETTER.match(ch)):
                continue
            if s and text[s - 1].islower() and not ch.islower():
                continue
            repairs.append(Repair(s, text[s : s + 2], ch, name, "unique", (ch,)))
            add_taken(taken, s, s + 2)


@functools.cache
def _spaced_lead(name: str) -> re.Pattern[str]:
    """A codec's two-byte lead read as a letter, a no-break space, then a letter."""
    return re.compile(f"[{_byte_chars(name, 0xC2, 0xDF, str.isalpha)}]\xa0(?=[^\\W\\d_])")


_OPENERS = ("„", "“")
_CLOSERS_OF = {"„": ("”", "“"), "“": ("”",)}


def quote_pairs(text: str, repairs: list, taken: list[tuple[int, int]]) -> None:
    """Read a pair of bare E2 leads around words in one line beside damage of their codec as
    the quotation marks they lost the bytes of: "âca un funcÈionar ... altulâ." on a Romanian
    page damaged as ISO-8859-16 is „ca ... altul”. Which marks, the page says by those it writes
    (outside its damage): „ and ”, „ and “, or “ and ”; where it writes none or several styles,
    both are marked lost. A lone "â" opening a word ("âge") is a letter as written, and so is
    a pair in a line where the codec's damage lost no byte, or around a single word.

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> fix_mojibake("„Nu”, a spus.\\nVorbeascÄ Ăźn âca un funcÈionarâ.")
    '„Nu”, a spus.\\nVorbeasc\\ufffd în „ca un func\\ufffdionar”.'
    """
    for name, c, starts in restored_starts(repairs):
        lead = c.table[0xE2 - 0x80]
        if name not in _LATIN_LEADS or lead is None or lead not in text:
            continue
        cands = sequence_candidates(name, 0xE2, ())
        style = _quote_style(text, repairs, cands)
        near = sorted(starts + [r.offset for r in repairs if r.codec == name])
        made = {r.offset + len(r.before): r.after for r in repairs}  # a repair ending here
        lost_at = {r.offset: r.before for r in repairs if r.after == LOST}
        # lines where the codec's damage lost bytes (a bare lead read, a mark): a pair of bare
        # leads there is what that loss leaves of quotation marks
        lossy = sorted(
            r.offset for r in repairs if r.codec == name and (r.after == LOST or len(r.before) == 1)
        )
        for line in re.finditer(r"[^\n]+", text):
            i = bisect_left(lossy, line.start())
            if i == len(lossy) or lossy[i] >= line.end():
                continue
            opened = None
            for m in re.finditer(re.escape(lead), line.group()):
                p = line.start() + m.start()
                if not nearby(near, p):
                    continue
                prev = made.get(p, text[p - 1] if p else "")[-1:]
                nxt = text[p + 1] if p + 1 < len(text) else ""
                closes = (
                    opened is not None
                    and prev.isalpha()
                    and (nxt == "" or nxt in _ENDS)
                    and " " in text[opened:p]  # words, not a word written with "â" at its ends
                )
                if overlaps(taken, p, p + 1):
                    # a closing lead another pass marked lost closes the pair all the same
                    if closes and lost_at.get(p) == lead:
                        _read_quote(repairs, taken, opened, lead, LOST, name, cands)
                    opened = None if closes else opened
                    continue
                if (prev == "" or prev in " (\t") and nxt.isalpha():
                    opened = p
                elif closes:
                    for q, ch in zip((opened, p), style or (LOST, LOST), strict=True):
                        _read_quote(repairs, taken, q, lead, ch, name, cands)
                    opened = None


def _read_quote(repairs: list, taken: list, at: int, lead: str, ch: str, name: str, cands) -> None:
    why = "quote position" if ch != LOST else "unrecoverable"
    repairs.append(Repair(at, lead, ch, name, why, cands))
    add_taken(taken, at, at + 1)


_ENDS = " \t\n.,;:!?)"


def _quote_style(text: str, repairs: list, cands: tuple[str, ...]) -> tuple[str, str] | None:
    """The opening and closing quotation marks a page writes outside its damage, when it writes
    one style alone and both marks are readings of the bare lead."""
    spans = sorted((r.offset, r.offset + len(r.before)) for r in repairs)
    written = set()
    for ch in "„“”":
        for m in re.finditer(ch, text):
            if not overlaps(spans, m.start(), m.end()):
                written.add(ch)
    styles = [
        (o, cl)
        for o in _OPENERS
        for cl in _CLOSERS_OF[o]
        if o in written and cl in written and o in cands and cl in cands
    ]
    if len(styles) != 1 or ("„" in written and styles[0][0] == "“"):
        return None
    return styles[0]


def initial_leads(text: str, repairs: list, taken: list[tuple[int, int]]) -> int:
    """Read a bare capital lead opening a word before its small letters ("Ĺekne" for "řekne",
    "Èi" for "și", "Ăno" for "Áno") beside damage of its codec that lost bytes, where the page
    writes that capital nowhere else and not its small letter either (outside its damage, on a
    page of 400 letters or more): no letter of the page's language, so what is left of one.
    A capital the page's language has ("Ärger" on a page that writes "ä", "Ăsta" beside "ă")
    stays as written. The page's alphabet may then settle it (a Czech page writes "ř" and none
    of ł ń ň ő ś ...; "č" and "ě" both, so "nÄco" stays marked). A page too short to show its
    alphabet, or damage that lost no byte nearby (cp1250 drops only the 81 of "Á", and the
    page's other damage is whole), shows it by the capital's line instead: three words or more
    of it whose letters the codec damaged and no other character beyond ASCII as written
    (``_damaged_line``) - a line re-encoded as a whole, where a bare lead before a letter can
    only have lost its byte - when it can be a letter of a living Latin orthography.
    "Der Ärger: kdyĹž nevĂ\\xadte" stays, and so does "Éric" before three apostrophes
    damaged as cp1250 (a name beside punctuation, which may be a line's only damage; and
    all É could be is Ɂ Ƀ Ɉ).
    A page's partial damage shows it by the lead's byte too (``_by_lead``): where its damage
    restored two sequences or more that open with the capital's byte, the page writes one of
    the letters the capital can be, and no letter as written stands between the capital and
    that damage in its line (``_beside_damage``): Hungarian "Ăgyes" (Ü, C3 9C, as ISO-8859-2)
    before "vĂĄlasz". So is a capital standing as a word of its own between small words ("hogy
    Ĺ mindig", ő); cp1252's few undefined bytes leave such capitals too ("Å" of "Ő", C5 90).

    >>> from persona_archive.cleaning.mojibake import fix_mojibake
    >>> written = "Když prší, čtenáři to chválí a děkují. " * 14
    >>> fix_mojibake(written + "A nÄco Ĺekne klidnÄ, vĂ\\xadte.")[len(written) :]
    'A n\\ufffdco řekne klidn\\ufffd, víte.'
    >>> fix_mojibake("MĂłj teĹź jest sztywny. ZmieniĹem styl, Ĺźartuje o Ĺlimakach.")
    'Mój też jest sztywny. Zmieni\\ufffdem styl, żartuje o \\ufffdlimakach.'
    """
    lost: list[int] = []
    read = 0
    for name, c, _ in restored_starts(repairs):
        if name not in _INITIAL_CODECS:
            continue
        lossy = sorted(
            r.offset for r in repairs if r.codec == name and (r.after == LOST or len(r.before) == 1)
        )
        damage = sorted(r.offset for r in repairs if r.codec == name and _letter(r))
        found = [
            m.start()
            for m in _initial_capital(name).finditer(text)
            if nearby(damage, m.start())
            and not overlaps(taken, m.start(), m.end())
            and (m.group(1) is None or _lone_capital_word(text, m.start()))
        ]
        if not found:
            continue
        bare = frozenset(found)
        written = Counter(written_text(text, repairs))
        written.subtract(text[p] for p in found)
        # nor is a capital glued after a small letter ("toÄan") a letter the page writes
        written.subtract(
            m.group()
            for m in _capital_leads(name).finditer(text)
            if m.start() and text[m.start() - 1].islower() and len(m.group()) == 1
        )
        alphabet = sum(n for ch, n in written.items() if ch.isalpha()) >= ALPHABET_LETTERS
        leads = _restored_leads(repairs, name)
        for p in found:
            ch = text[p]
            if written[ch] > 0 or written[ch.lower()] > 0:
                continue
            cands = tuple(
                x
                for x in sequence_candidates(name, c.encode[ch], ())
                if is_consistent(x) and is_plausible(x) and x.isalpha()
            )
            if not cands:
                continue
            by_alphabet = alphabet and lossy and nearby(lossy, p) and name in CODECS
            # the page's damage has the lead's byte, and the capital stands beside it
            by_lead = _by_lead(c.encode[ch], cands, leads, written) and _beside_damage(
                text, p, damage, taken, bare | _glued_capitals(text, name, p)
            )
            by_line = any(_COMMON_LETTER.match(x) for x in cands) and _damaged_line(
                text, p, damage, taken, bare
            )
            if not (by_alphabet or by_lead or by_line):
                continue
            _read(repairs, lost, taken, p, ch, cands, name)
            leads[c.encode[ch]] += 1  # what it read is the page's damage of that byte too
            read += 1
    if lost:
        settle_by_document(text, repairs, lost)
    return read


def _letter(r: Repair) -> bool:
    """Whether a repair restored a letter or marked one lost (not a quote or an emoji)."""
    return r.after.isalpha() or (r.after == LOST and any(x.isalpha() for x in r.candidates))


# the letters of living Latin orthographies a bare lead may have lost its byte from (Latin-1,
# Extended-A, Romanian ș ț); Ɂ Ƀ Ɉ, all a cp1250 "É" could be, are none
_COMMON_LETTER = re.compile("[\u00c0-\u017f\u0218-\u021b]")
_LINE_WORDS = 3  # words of a line its codec damaged that show the line re-encoded as a whole


def _damaged_line(
    text: str, p: int, damage: list[int], taken: list[tuple[int, int]], bare: frozenset[int]
) -> bool:
    """Whether the line of ``p`` is damage as a whole: ``_LINE_WORDS`` other words of it hold
    damage of the codec (``damage``: its repairs' offsets, sorted) and every character beyond
    ASCII in it was read as damage (``taken``) or is a bare capital opening a word (``bare``,
    ``p`` among them). A line that writes a letter correctly (partly re-encoded) is no such
    evidence.

    >>> taken = [(6, 7), (9, 10), (12, 13)]
    >>> _damaged_line("a Ĺb cĂ dĂ eĂ Äx", 2, [6, 9, 12], taken, frozenset([2, 14]))
    True
    >>> _damaged_line("a Ĺb cĂ dĂ eĂ ä", 2, [6, 9, 12], taken, frozenset([2]))
    False
    """
    start = text.rfind("\n", 0, p) + 1
    end = text.find("\n", p)
    end = len(text) if end < 0 else end
    for i in range(start, end):
        if ord(text[i]) > 0x7F and i not in bare and not overlaps(taken, i, i + 1):
            return False
    words = 0
    for m in re.finditer(r"\S+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        k = bisect_left(damage, s)
        words += not s <= p < e and k < len(damage) and damage[k] < e
    return words >= _LINE_WORDS


@functools.cache
def _initial_capital(name: str) -> re.Pattern[str]:
    """A capital a codec reads a lead byte as, opening a word before a small letter, or (group
    1) standing as a word of its own before a space."""
    caps = _byte_chars(name, 0xC2, 0xF4, str.isupper)
    return re.compile(f"(?<![^\\W\\d_])[{caps}](?:(?=[a-zß-ÿ])|( )(?=[^\\W\\d_]))")


def _lone_capital_word(text: str, p: int) -> bool:
    """Whether the capital at ``p`` is a word of its own between two words that go on in small
    letters, inside a sentence ("hogy Ĺ mindig": Hungarian "ő" read as ISO-8859-2, its 91
    dropped): no language writes a capital letter so, a name's initial has its full stop.

    >>> [_lone_capital_word(t, 5) for t in ("hogy Ĺ mindig", "Anna Ĺ mindig", "hogy Ĺ Mindig")]
    [True, False, False]
    >>> _lone_capital_word("Jó.\\nĹ maga", 4)
    True
    """
    before = re.search(r"([^\W\d_]+) $", text[max(0, p - 32) : p])
    after = re.match(r" ([^\W\d_]+)", text[p + 1 : p + 33])
    if not (after and after.group(1).islower()):
        return False
    # or opening a sentence before a small word ("Ĺ maga is": Ő, the sentence's first word)
    return bool(before and before.group(1).islower()) or _sentence_start(text, p)


def _sentence_start(text: str, p: int) -> bool:
    """Whether ``p`` opens a line or follows a sentence's end."""
    head = text[:p].rstrip(" \t")
    return not head or head[-1] in ".!?\n"


def _beside_damage(
    text: str, p: int, damage: list[int], taken: list[tuple[int, int]], bare: frozenset[int]
) -> bool:
    """Whether damage of the codec (``damage``: its repairs' offsets, sorted) stands in the line
    of ``p`` with no letter beyond ASCII as written between them: each there was read as damage
    (``taken``) or is a bare capital opening a word (``bare``). Romanian "Ăsta" on a line of its
    own, or before "ă" as written, is as written, whatever the damage around it.

    >>> _beside_damage("Ăgyes vĂĄlasz", 0, [7], [(7, 9)], frozenset([0]))
    True
    >>> _beside_damage("Ăsta e bun.\\nvĂĄlasz", 0, [13], [(13, 15)], frozenset([0]))
    False
    >>> _beside_damage("Ăsta, că vĂĄlasz", 0, [10], [(10, 12)], frozenset([0]))
    False
    """
    start = text.rfind("\n", 0, p) + 1
    end = text.find("\n", p)
    end = len(text) if end < 0 else end
    k = bisect_left(damage, p)
    sides = []
    if k < len(damage) and damage[k] < end:
        sides.append((p + 1, damage[k]))
    if k and damage[k - 1] >= start:
        sides.append((damage[k - 1], p))
    return any(
        all(
            i in bare or overlaps(taken, i, i + 1)
            for i in range(a, b)
            if ord(text[i]) > 0x7F and text[i].isalpha()
        )
        for a, b in sides
    )


def _glued_capitals(text: str, name: str, p: int) -> frozenset[int]:
    """The capitals codec ``name`` reads lead bytes as, glued after a small letter, in the line
    of ``p``: no word is spelled so ("toÄan"), what is left of a letter that lost its byte.

    >>> sorted(_glued_capitals("Äuro je toÄan.\\nveÄ", "cp1258", 0))
    [10]
    """
    start = text.rfind("\n", 0, p) + 1
    end = text.find("\n", p)
    end = len(text) if end < 0 else end
    return frozenset(
        m.start()
        for m in _capital_leads(name).finditer(text, start, end)
        if m.start() > start and text[m.start() - 1].islower()
    )


_SAME_LEAD = 2  # restored sequences of the codec with a bare lead's byte: the page's damage


def _restored_leads(repairs: list, name: str) -> Counter:
    """How many sequences of codec ``name`` the page's repairs read, per lead byte: whole ones
    restored, and bare leads marked as lost letters ("toÄan": C4 is the page's damage too)."""
    enc = codec_table(name).encode
    return Counter(
        enc[r.before[0]]
        for r in repairs
        if r.codec == name
        and r.before[0] in enc
        and (len(r.before) >= 2 if r.after != LOST else _letter(r) and len(r.before) == 1)
    )


def _by_lead(lead: int, cands: tuple[str, ...], leads: Counter, written: Counter) -> bool:
    """Whether a bare capital lead that its page writes nowhere (nor its small letter) is what is
    left of one of the page's letters: the page's damage restored two sequences or more with
    its byte, and the page writes one of the characters it can be (in either case). Hungarian
    "Ăgyes" (Ü, C3 9C, read as ISO-8859-2 and 9C dropped) on a page whose "ĂĄ", "ĂŠ" were "á",
    "é"; a German "Ärger" on a Czech page damaged as cp1250 ("ÄŤ" is "č", also C4) stays: all
    "Ä" could be there (ā ă Ĉ Đ Ę) is no letter of the page.

    >>> _by_lead(0xC3, tuple("ÁÉÖÜ"), Counter({0xC3: 5}), Counter("válasz gép"))
    True
    >>> _by_lead(0xC4, tuple("āăĈĐĘ"), Counter({0xC4: 5}), Counter("čeká že věří"))
    False
    """
    if leads[lead] < _SAME_LEAD:
        return False
    return any(written[x] > 0 or written[x.lower()] > 0 or written[x.upper()] > 0 for x in cands)


def _of_page(text: str, ch: str) -> bool:
    """Whether ``ch`` may be a letter of the page: not a Latin letter beyond a-z that no alphabet
    of its undamaged lines holds (``page_alphabet``; any when they show none).

    >>> _of_page("Čeká, že věří.\\nTĂ", "ß"), _of_page("Straße und Öl.\\nTĂ", "ß")
    (False, True)
    """
    abc = page_alphabet(text)
    return not abc or ch.isascii() or script_of(ch) != "LATIN" or ch.lower() in abc


def _read(repairs: list, lost: list, taken, at: int, ch: str, cands: tuple, name: str) -> None:
    """Record a bare lead's reading at ``at``: its one candidate, or a lost-character mark when
    several could be it (``settle_by_document`` may settle it later), and take its place."""
    after, why = (cands[0], "unique") if len(cands) == 1 else (LOST, "unrecoverable")
    if after == LOST:
        lost.append(len(repairs))
    repairs.append(Repair(at, ch, after, name, why, cands))
    add_taken(taken, at, at + 1)
