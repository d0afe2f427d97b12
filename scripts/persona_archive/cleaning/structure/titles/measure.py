"""How much a line says, and in which script: its display width, its words, whether its
script is written without spaces, a comparison key for names, and whether it is the body's prose.

Every title rule measures lines the same way, so a rule written for English holds for Chinese,
Thai or Greek: a script without spaces is measured by its width where another is measured in
words. The sizes a title has (``TITLE_WIDTH``, ``HEADLINE_MIN_WORDS``, …) live here too, beside
the measures they are counted in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit

from persona_archive.cleaning.structure.text import _words

# What ends a sentence in the scripts the archive meets: the full stop and the ellipsis, the
# ideographic full stop, the Devanagari and Bengali danda ("।", "॥"), the Urdu full stop ("۔"),
# the Ethiopic ("።") and Burmese ("။") ones, the Armenian ("։").
_STOPS = ".…。।॥۔።။։"
TITLE_WIDTH = 90
"""A first sentence this wide (a CJK character counts two) or less is a title as it is..."""
TITLE_WORDS = 16
"""... if it has at most this many words; a longer one is cut at a clause boundary."""
TITLE_MAX_WIDTH = 150
"""A first sentence without a clause boundary is kept whole up to this width."""
TITLE_MIN_WORDS = 3
"""A clause cut shorter than this says too little: the cut is made further on."""


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one blank-separated string."""
    return frozenset(words.split())


def _site_keys(names: Iterable[str]) -> set[str]:
    """Comparison keys of a site's names: letters and digits, casefolded; for a URL or a host,
    also the host and the host's name (``https://www.example.org/a`` → ``exampleorg``,
    ``example``).

    >>> sorted(_site_keys(["Example Blog", "https://www.example.org/a"]))
    ['example', 'exampleblog', 'exampleorg']
    """
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        if "://" in name or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):
            host = (urlsplit(name if "//" in name else "//" + name).hostname or "").lower()
            parts = host.removeprefix("www.").split(".")
            keys.add(_key(".".join(parts)))
            if len(parts) >= 2 and len(parts[-2]) >= 4:
                keys.add(_key(parts[-2]))
        else:
            keys.add(_key(name))
    keys.discard("")
    return keys


def _key(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


_TOP_LINES = 12
"""How far down the top of a text (in lines) a title line is looked for, before its body; the
lines of a menu (short, without sentence punctuation, not heading-like) are not counted, up to
``_TOP_REACH`` lines: a site's long menu does not hide the headline under it."""
_TOP_REACH = 40
HEADLINE_MIN_WORDS = 3
"""A headline has at least this many words (a script written without spaces: ``_MIN_WIDTH``)."""
HEADLINE_MAX_WORDS = 20
_MIN_WIDTH = 16
"""The width (a CJK character counts two) a headline in a script without spaces reaches."""
_MASTHEAD_WORDS = 8
"""A masthead line has at most this many words (a script without spaces: five times as wide)."""
_SITE_NAME_WORDS = 5
"""A heading-like line this short that the page repeats inside a longer line ("Subscribe to
The Quiet Weights", "Welcome back to Machine Minds Weekly") is the site's name."""
# Invisible characters a headline loses: zero-width space, direction marks, word joiner, BOM,
# soft hyphen. The zero-width non-joiner and joiner (U+200C, U+200D) are spelling in Persian
# and the Indic scripts ("این‌قدر") and in emoji sequences: they stay.
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u2060\ufeff\u00ad]")
# A heading's permalink as a docs generator prints it after the heading's text (Sphinx and
# MkDocs "¶", Docusaurus "#" after a zero-width space, a link symbol): the page's, not the title's.
_PERMALINK = re.compile(r"(?:\s*¶|[\s\u200b]+#|\s*\U0001f517)$")


def _unanchored(text: str) -> str:
    """``text`` without a heading's permalink mark at its end (``_PERMALINK``).

    >>> _unanchored("Persona settings¶"), _unanchored("Persona settings\u200b#")
    ('Persona settings', 'Persona settings')
    >>> _unanchored("Learning C#"), _unanchored("Why we ranked this kettle #1")
    ('Learning C#', 'Why we ranked this kettle #1')
    """
    return _PERMALINK.sub("", text)


_NO_SPACE_SCRIPT = re.compile(
    r"[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)


def _no_space_script(text: str) -> bool:
    """Whether most of the letters of ``text`` are of a script written without spaces (CJK,
    Thai, Lao, Khmer, Burmese)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(bool(_NO_SPACE_SCRIPT.match(ch)) for ch in letters) * 2 > len(
        letters
    )


def _long_enough(text: str) -> bool:
    """A headline's length: 3–20 words, or in a script without spaces a width of 16 or more."""
    if _no_space_script(text):
        return _MIN_WIDTH <= _width(text) <= TITLE_MAX_WIDTH
    n = min(len(text.split()), len(_words(text)))
    return HEADLINE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS


def _ends_open(text: str) -> bool:
    """No final period, comma, semicolon or colon (a Greek question mark ``;`` is allowed)."""
    if re.search(r"[.,:।॥۔።။։]$", text):  # a full stop of any script
        return False
    if text.endswith(";"):
        return len(text) > 1 and "\u0370" <= text[-2] <= "\u03ff"
    return True


def _short(text: str) -> bool:
    """Short enough for a masthead line (a site's name, its tagline): ``_MASTHEAD_WORDS``."""
    if _no_space_script(text):
        return _width(text) <= 5 * _MASTHEAD_WORDS
    return len(text.split()) <= _MASTHEAD_WORDS


def _is_body(text: str) -> bool:
    """A line of the body's prose: a sentence of eight words or more ending in a full stop (not
    a question: a headline may ask one), or in a script without spaces such a line of
    sentences of which only the last asks (a post's "…才回答。是我设置的问题吗？": a thread's
    title there asks in one sentence; a Latin one may not: "… after 40 messages. Why?"), or a
    line longer than any headline.

    >>> _is_body("我问它明天会不会下雨，它先说了两次抱歉才回答。是我设置的问题吗？")
    True
    >>> _is_body("有没有人觉得AI助手太爱道歉了？"), _is_body("It went odd after 40 messages. Why?")
    (False, False)
    """
    text = text.strip()
    if _width(text) > 2 * 120 or len(text) > 150:
        return True
    asked = _no_space_script(text) and _INNER_STOP.search(text)
    ends = rf"[{_STOPS}!！?？]" if asked else rf"[{_STOPS}!！]"
    return bool(re.search(rf"{ends}[\"”’)\]»]*$", text)) and (
        len(_words(text)) >= 8 or (_no_space_script(text) and _width(text) >= 40)
    )


# A sentence's end inside a line of a script without spaces: a full stop or an exclamation
# ("。", "！") before more text (not before a closing quote or bracket).
_INNER_STOP = re.compile(r"[。！](?=[^\s\"”’)\]」』》】])")


def _size(text: str) -> float:
    """How much a line says: its words, or in a script without spaces a quarter of its width
    (a word of two characters or so)."""
    if _no_space_script(text):
        return _width(text) / 4
    return float(len(_words(text.replace("\u200c", ""))))  # a joiner (ZWNJ) splits no word


def _furniture(text: str) -> bool:
    """A line too short for a headline and no sentence ("Science & Environment", "Episodes",
    "TECHNET", "분류 전체보기", a version "2.3.0"): a menu's item or a label of the page. A
    full stop inside a word or a number ("v2.1", "README.md") ends no sentence.

    >>> [_furniture(t) for t in ("Science & Environment", "Agreed.", "Why bees dance at dawn")]
    [True, False, False]
    >>> [_furniture(t) for t in ("2.3.0", "v2.1", "Hi. Me")]
    [True, True, False]
    """
    return not _long_enough(text) and not re.search(rf"[{_STOPS}!?！？](?!\w)", text)


# A quotation in guillemets ("« je ne sais pas »", "‹ oui ›"): French typography sets them apart
# with spaces, so the closing one looks like a breadcrumb's arrow.
_GUILLEMETS = re.compile(r"«[^«»]*»|‹[^‹›]*›")


def _unquoted(text: str) -> str:
    """``text`` without its quotations in guillemets, for the tests of a breadcrumb's arrows.

    >>> _unquoted("Un assistant qui dit « je ne sais pas » : défaut ?")
    'Un assistant qui dit "" : défaut ?'
    """
    return _GUILLEMETS.sub('""', text)


def _menu_item(text: str) -> bool:
    """A menu's item: one or two words without sentence punctuation ("Open Source", "Topics:").
    In a script without spaces, a number set apart by spaces is part of its word ("第 7 講").

    >>> _menu_item("第 7 講"), _menu_item("Open Source"), _menu_item("Read the docs")
    (True, True, False)
    """
    if _no_space_script(text):
        text = re.sub(r"\s*(\d+)\s*", r"\1", text)
    return len(text.split()) <= 2 and not re.search(rf"[{_STOPS}!?！？]", text)


def _is_label(text: str) -> bool:
    """A short label that introduces what follows ("Actual agent:", "The method:")."""
    return text.endswith((":", "：")) and len(_words(text)) <= 4


def _width(text: str) -> int:
    """Display width: a wide (CJK) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
