"""Body evidence: how much of a heading-like line the text under it speaks of.

A headline is what the page is about, so its words come back in the body's prose; a site's
menu row, its tagline or a newsletter's issue line name the site, not the page, and share
little with it. The share is evidence *between* two candidates for the title, never a reason
on its own: a short headline may share few words and a menu may name the page's topic.

Words are compared by their first letters (``_STEM``), which ties the forms of one word in the
inflected languages ("asistent", "asistentul"; "kişilik", "kişiliği") without any language's
word list; a script written without spaces is compared by pairs of characters, and so is one
whose every character is a syllable (Hangul): its words are short ("성격이", three letters) and
carry their endings, so their first letters say little.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.titles.measure import _is_body, _no_space_script

_WORD = regex.compile(r"[\p{L}\p{M}]+")
_STEM = 5
"""Words are compared by this many first letters ..."""
_MIN_LETTERS = 5
"""... and a word shorter than this (most function words, in the languages written with
spaces) is not compared at all."""
EVIDENCE_MIN = 0.2
"""The share of a heading-like line's words the body must speak of for the line to count as a
headline on this evidence (against a line it speaks of less)."""
_SYLLABLES = regex.compile(r"\p{Hangul}+")
"""A script whose characters are syllables, written with spaces: compared by pairs."""
_PROSE_LINES = 40
"""How many lines of prose under a candidate are read for its evidence."""


def _keys(text: str) -> set[str]:
    """What a line's content is compared by: the stems of its words of five letters or more,
    and the pairs of characters of its runs in a script without spaces.

    >>> sorted(_keys("The assistants of their cities"))
    ['assis', 'citie', 'their']
    >>> sorted(_keys("記事を書く"))
    ['を書', '事を', '書く', '記事']
    >>> sorted(_keys("성격이 중요"))
    ['격이', '성격', '중요']
    """
    keys: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        if _no_space_script(word) or _SYLLABLES.fullmatch(word):
            keys.update(word[k : k + 2] for k in range(len(word) - 1))
        elif len(word) >= _MIN_LETTERS:
            keys.add(word[:_STEM])
    return keys


def prose_keys(lines: Iterable[Line]) -> set[str]:
    """The keys (``_keys``) of the body's prose among ``lines``: its first ``_PROSE_LINES``
    sentences-long lines."""
    keys: set[str] = set()
    prose = (ln.text for ln in lines if _is_body(ln.text))
    for _, text in zip(range(_PROSE_LINES), prose, strict=False):
        keys |= _keys(text)
    return keys


def body_share(text: str, prose: set[str]) -> float:
    """The share of ``text``'s keys that the prose (``prose_keys``) has too; 0 for a line
    without any.

    >>> prose = _keys("The city launched an assistant that answers questions about taxes.")
    >>> body_share("Cities launch patient assistants", prose)
    0.5
    >>> body_share("Home News Sport Weather", prose)
    0.0
    """
    keys = _keys(text)
    return len(keys & prose) / len(keys) if keys else 0.0


def shared(text: str, prose: set[str]) -> int:
    """How many of ``text``'s keys the prose has: a share of one key in two says little.

    >>> shared("Cities launch patient assistants", _keys("The city launched an assistant."))
    2
    """
    return len(_keys(text) & prose)
