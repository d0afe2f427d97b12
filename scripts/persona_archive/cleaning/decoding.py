"""Decoding: raw bytes -> text, or a clear reason why the file is not text.

Scraped files arrive as UTF-8 (with or without BOM), UTF-16/32 (with or without BOM) or a legacy
single-byte code page. Mojibake (text decoded with the wrong codec *before* it was saved) is not
this stage's business: that is ``mojibake``. This stage only reads the bytes as they were written.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from persona_archive.errors import SourceError
from persona_archive.page import LOST

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never occur in text files (everything below 0x20 but tab, LF, VT, FF, CR
# and ESC-free text). A file with many of them is binary, whatever it decodes to.
_CONTROL = {chr(c) for c in range(0x20)} - set("\t\n\x0b\x0c\r")
_SNIFF = 65536
# Counted by a regex (C speed; ``str.translate`` with a table took 0.4 ms a page of prose, 13×)
_CONTROLS = re.compile("[" + "".join(re.escape(c) for c in sorted(_CONTROL)) + "]")
# File formats that are never text, by their first bytes: named in the reason a file is rejected.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ\x90\x00", "an executable (Windows)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"RIFF", "audio or video (RIFF)"),
    (b"OggS", "audio or video (Ogg)"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)


@dataclass
class Decoded:
    """Decoded text plus how it was read (for the report). ``page`` is what a web page states
    about itself (``webpage.Page.to_json`` without its text; None for a text source), and the
    lines of ``text`` where each marked-up post starts (``posts``: ``[line, author, date]``)."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    page: dict | None = None


def _utf16_without_bom(data: bytes) -> str | None:
    """Name the UTF-16 byte order when the NULs sit in every other byte (ASCII-heavy UTF-16).

    >>> _utf16_without_bom("hello world".encode("utf-16-le"))
    'utf-16-le'
    >>> _utf16_without_bom(b"hello world") is None
    True
    """
    sample = data[:_SNIFF]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF]
    controls = len(_CONTROLS.findall(sample))
    # Random bytes read as a code page are ~10% controls; prose quoting a terminal escape or a
    # backspace-laden string (the naughty strings) stays far below 5%.
    return controls > max(32, len(sample) // 20)


def normalize_newlines(text: str) -> str:
    r"""CRLF and lone CR become LF, so line numbers mean the same everywhere.

    >>> normalize_newlines("a\r\nb\rc\n")
    'a\nb\nc\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> Decoded:
    """Read raw bytes as text; raise ``SourceError`` for empty or binary files.

    >>> decode("caf\u00e9".encode("utf-8")).text
    'café'
    >>> decode(codecs.BOM_UTF8 + b"hi").encoding
    'utf-8-sig'
    >>> decode("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".encode("cp1252")).text
    'café crème brûlée'
    """
    notes: list[str] = []
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        kind = next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)
        if kind:
            raise SourceError(f"binary file ({kind}, not text)")
        encoding = _utf16_without_bom(data) or _utf32_without_bom(data)
        if encoding:
            notes.append(f"read as {encoding} (no byte-order mark)")
    if encoding is None and b"\x00" in data:
        nuls = data.count(0)
        if nuls > max(8, len(data) // 1000):
            raise SourceError(f"binary file ({nuls} NUL bytes, and not UTF-16 or UTF-32)")
        notes.append(f"{nuls} NUL bytes removed")
        data = data.replace(b"\x00", b"")
    if encoding is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding, note = _decode_damaged(data, exc)
            notes.append(note)
    else:
        text = data.decode(encoding, errors="replace")
        if LOST in text:
            notes.append(f"{text.count(LOST)} invalid byte sequences replaced with U+FFFD")
    if "\x00" in text:
        notes.append(f"{text.count(chr(0))} NUL characters removed")
        text = text.replace("\x00", "")
    if _looks_binary(text):
        raise SourceError("binary file (too many control characters to be text)")
    text = normalize_newlines(text)
    if not any(ch.isprintable() and not ch.isspace() for ch in text):
        raise SourceError("empty file (no visible text after decoding)")
    return Decoded(text, encoding, notes)


def _utf32_without_bom(data: bytes) -> str | None:
    """Name the UTF-32 byte order of BOM-less, mostly-BMP UTF-32 (NULs in 2 of every 4 bytes).

    >>> _utf32_without_bom("hello world".encode("utf-32-le"))
    'utf-32-le'
    >>> _utf32_without_bom("hello world".encode("utf-16-le")) is None
    True
    """
    sample = data[: _SNIFF - _SNIFF % 4]
    if len(sample) < 8 or len(data) % 4:
        return None
    quarter = len(sample) // 4
    lanes = [sample[i::4].count(0) for i in range(4)]
    if lanes[2] == lanes[3] == quarter and lanes[0] < 0.05 * quarter:
        return "utf-32-le"
    if lanes[0] == lanes[1] == quarter and lanes[3] < 0.05 * quarter:
        return "utf-32-be"
    return None


def _guess_code_page(data: bytes) -> str:
    """charset-normalizer's guess, but cp1252 (what browsers assume) when it fits as well.

    Short Western text is equally plausible in cp1250, cp1252 and cp1257; picking cp1252 in a tie
    turns "naïve" into "naïve" rather than "naďve".

    >>> _guess_code_page("naïve café, déjà vu".encode("cp1252"))
    'cp1252'
    >>> _guess_code_page("Привет, как дела? Это тест.".encode("cp1251"))
    'cp1251'
    """
    results = list(from_bytes(data))
    if not results:
        return _fewest_misfits(data, "cp1252", ())
    best = results[0]
    for match in results:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.01:
            return _fewest_misfits(data, "cp1252", [m.encoding for m in results])
    return _fewest_misfits(data, best.encoding, [m.encoding for m in results])


#: Latin code pages a short page may be in whatever the guess: they differ in a few letters
#: (ISO-8859-2 "ś" is B6, cp1252's "¶"), which the words around them tell.
_LATIN_PAGES = ("cp1252", "cp1250", "iso8859_2", "iso8859_15", "cp1257")


def _misfits(text: str) -> int:
    """Characters that no word writes where they stand: a non-ASCII symbol, number or letter
    of another script beside an ASCII letter ("Za¶wiadczenie", "ukoñczeniu" is fine, "安i皻o").

    >>> _misfits("Za¶wiadczenie"), _misfits("Zaświadczenie"), _misfits("Привет, “naïve”")
    (1, 0, 0)
    """
    n = 0
    for i, ch in enumerate(text):
        if ch.isascii() or _latin_letter(ch) or _beside_words(ch):
            continue
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        n += (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha())
    return n


def _beside_words(ch: str) -> bool:
    """A quote, dash, bracket, space, mark or the punctuation that stands at a word ("…", "¿")."""
    return unicodedata.category(ch) in _WORD_SIDE or ch in "…¡¿·•‰"


_WORD_SIDE = frozenset({"Pi", "Pf", "Pd", "Ps", "Pe", "Pc", "Zs", "Mn", "Mc", "Cf"})


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def _fewest_misfits(data: bytes, guess: str, others) -> str:
    """``guess``, unless another code page reads ``data`` with fewer misfits (``_misfits``),
    or as few and with fewer letters outside one language's alphabet (``_strays``): Polish in
    ISO-8859-2 on a short page is guessed cp1252 ("Za¶wiadczenie") or Big5, Latvian in cp1257
    cp1252 ("ðíiet" for "šķiet": "ð" is a letter, only no Latvian one).

    >>> _fewest_misfits("Zaświadczenie o ukończeniu.".encode("iso8859_2"), "cp1252", ())
    'iso8859_2'
    >>> _fewest_misfits("naïve café".encode("cp1252"), "cp1252", ())
    'cp1252'
    >>> _fewest_misfits("Šķiet, ka tas strādā.".encode("cp1257"), "cp1252", ())
    'cp1257'
    """
    sample = data[:_SNIFF]

    def fit(name: str) -> tuple[int, int] | None:
        try:
            text = sample.decode(name)
        except (UnicodeDecodeError, LookupError):
            return None
        return _misfits(text), _strays(text)

    least = fit(guess)
    offline = guess.startswith(_OFFLINE_PAGES)
    if least is None or (least == (0, 0) and not offline):
        return guess
    chosen = guess
    for name in dict.fromkeys([*_LATIN_PAGES, *others]):
        n = fit(name)
        if n is not None and (n < least or (n == least and chosen == guess and offline)):
            chosen, least = name, n
    return chosen


#: Code pages of no web page (HP Roman-8, the Mac's and DOS's): a guess of one ("Hyvðð" for
#: Finnish "Hyvää" in hp_roman8) yields to a Latin web code page that reads the page as well
_OFFLINE_PAGES = ("hp_", "mac_", "cp437", "cp85", "cp86")


def _strays(text: str) -> int:
    """The Latin letters beyond a-z that the alphabet holding most of them lacks
    (``data/latin_alphabets.yml``): 0 for a text in one language's letters, "ð" and "â" side
    by side (Latvian read as cp1252) are strays of every alphabet.

    >>> _strays("Šķiet, ka tas strādā."), _strays("ðíiet, ka tas strâdâ."), _strays("Ærø")
    (0, 1, 0)
    """
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isascii() and _latin_letter(ch):
            small = ch.lower()[:1]
            counts[small] = counts.get(small, 0) + 1
    if not counts:
        return 0
    total = sum(counts.values())
    return total - max(sum(counts.get(ch, 0) for ch in abc) for abc in latin_alphabets())


@functools.cache
def latin_alphabets() -> tuple[frozenset[str], ...]:
    """Each language's letters beyond a-z, small letters only (``data/latin_alphabets.yml``)."""
    data = yaml.safe_load(_ALPHABETS.read_text(encoding="utf-8"))
    return tuple(frozenset(letters) for letters in data["alphabets"].values())


_ALPHABETS = Path(__file__).parent / "data" / "latin_alphabets.yml"


# A run of characters decoded from non-ASCII bytes with no invalid sequence in it or beside it.
_CLEAN_RUN = re.compile("(?<![^\\x00-\\x7f])[^\\x00-\\x7f\\ufffd]+(?![^\\x00-\\x7f])")
_HIGH = bytes(range(0x80, 0x100))


def _clean_and_stray(data: bytes, text: str) -> tuple[int, int]:
    r"""In bytes: the runs of non-ASCII bytes that decode whole, and the bytes outside any valid
    sequence, for ``data`` read as UTF-8 (``text``, invalid sequences replaced).

    Legacy text makes valid UTF-8 only by accident, a pair of bytes inside a run of non-ASCII
    bytes (a Cyrillic, Thai or CJK word) whose other bytes are invalid: a whole run that decodes
    is UTF-8's own mark. A stray byte spoils only its own run.

    >>> data = "na\u00efve \u2014 ok".encode() + b"\x81"
    >>> _clean_and_stray(data, data.decode("utf-8", "replace"))
    (5, 1)
    >>> data = "\u0412\u0441\u0451 \u041b\u0451\u043d\u044f".encode("cp1251")
    >>> _clean_and_stray(data, data.decode("utf-8", "replace"))
    (0, 5)
    """
    invalid = text.count(LOST) - data.count(LOST.encode())
    ascii_chars = len(text.encode("ascii", "ignore"))
    valid_bytes = len(text.encode()) - ascii_chars - 3 * invalid
    clean = len("".join(_CLEAN_RUN.findall(text)).encode())
    return clean, len(data) - len(data.translate(None, _HIGH)) - valid_bytes


def _decode_damaged(data: bytes, exc: UnicodeDecodeError) -> tuple[str, str, str]:
    r"""Bytes that are not valid UTF-8: UTF-8 with some invalid bytes, or a legacy code page.

    UTF-8 when its valid multi-byte sequences are at least as many as the invalid ones, or when
    whole runs of non-ASCII bytes decode (a quarter as many bytes as the invalid ones at least;
    legacy pages give none: Cyrillic, Greek, Hebrew, Arabic, Thai, CJK measured). Each invalid
    sequence becomes one U+FFFD, a lost character, and the characters around it stay as written.

    >>> d = decode("na\u00efve \u201cquote\u201d".encode() + b" \x9d" * 6)
    >>> d.text.replace(LOST, "?")
    'naïve “quote” ? ? ? ? ? ?'
    >>> d.notes
    ['6 invalid UTF-8 byte sequences replaced with U+FFFD (first at byte 19)']
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count(LOST) - data.count(LOST.encode())  # U+FFFD in the file itself is valid
    valid = len(text) - len(text.encode("ascii", "ignore")) - bad
    utf8 = valid >= bad
    if valid and not utf8:
        clean, stray = _clean_and_stray(data, text)
        utf8 = 4 * clean >= stray
    if utf8:  # (bad > 0 here: valid >= bad means some valid sequence)
        note = (
            f"{bad} invalid UTF-8 byte sequences replaced with U+FFFD (first at byte {exc.start})"
        )
        return text, "utf-8", note
    name = _guess_code_page(data[: 4 * _SNIFF])
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        name, text = "cp1252", data.decode("cp1252", errors="replace")
    return text, name, f"not UTF-8: read as legacy code page {name}"
