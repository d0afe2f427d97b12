"""Title and byline: recognise the lines at the top of a text that name its title and authors.

It exists because a scraped page carries its title and byline as ordinary lines; they must
become the page's title and authors (and leave the body) only when their shape is unmistakable,
and a text without a title line gets one from its first sentence.
"""

from __future__ import annotations

import re

from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.detection import _NARRATION, _POST_MARKER, _is_reply_start
from persona_archive.cleaning.structure.text import (
    _ENDS_SENTENCE,
    _LIST_ITEM,
    _sentences,
    _words,
)

_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|bin|al)\s+"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+(?:{_PARTICLE})*[A-Z][\w'’.-]*){{0,3}}"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|posted\s+by|words\s+by)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*$"
)
_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "via",
    }
)
_TITLE_MAX = 80


def _byline_authors(text: str) -> list[str] | None:
    """Author names of a byline line ("By Jane Doe and John Roe"), else None.

    >>> _byline_authors("By Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> _byline_authors("By the way, this is prose.") is None
    True
    """
    m = _BYLINE.match(text)
    if not m:
        return None
    names = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)) if p.strip()]
    if not names or any(not n[0].isupper() or len(_words(n)) < 2 for n in names):
        return None  # "by the way" and the like: the name pattern is case-insensitive here
    return names


def _is_title_cased(text: str) -> bool:
    words = [w for w in _words(text) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _is_title_line(line: Line, following: Line | None) -> bool:
    """A short line without a final period, title-cased or followed by body prose."""
    text = line.text
    if (
        following is None
        or len(text) > 120
        or not 1 <= len(_words(text)) <= 16
        or re.search(r"[.,;:]$", text)
        or len(_sentences(text)) > 1
        or _NARRATION.match(text)
        or _POST_MARKER.match(text)
        or _LIST_ITEM.match(text)
        or text.startswith(">")
        or _is_reply_start(text)
    ):
        return False
    nxt = following.text
    body_prose = (
        len(nxt) >= max(80, 2 * len(text))
        or (bool(_ENDS_SENTENCE.search(nxt)) and len(_words(nxt)) >= 12)
        or (following.no - line.no > 1 and len(nxt) > len(text))  # a blank line, then longer
    )
    return _is_title_cased(text) or body_prose


def _title_from_prose(text: str) -> str:
    """The first sentence, without its final period, cut at a word boundary to ≤ 80 chars.

    >>> _title_from_prose("Short one. Then more.")
    'Short one'
    >>> len(_title_from_prose("word " * 40)) <= 80
    True
    """
    first = _sentences(text)[0] if text.strip() else ""
    if first.endswith(".") and not first.endswith(".."):
        first = first[:-1]
    if len(first) <= _TITLE_MAX:
        return first
    cut = first[: _TITLE_MAX - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"
