"""Sentences, words and title keys: the small text predicates every structure pass shares.

Kind detection, titles, reflow and quotes all ask the same questions of a line (where do its
sentences end, how many words, does it end like a sentence, is it a list item); they ask them
here so that they get the same answers. ``STAGE`` is the name every structure ``Change`` carries.
"""

from __future__ import annotations

import re

STAGE = "structure"


_ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "etc",
        "vs",
        "cf",
        "al",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "no",
        "fig",
        "approx",
        "ca",
        "viz",
        "resp",
    }
)
# A candidate sentence end: terminal punctuation, closing quotes/brackets, space, and a
# capital/digit/opening quote starting the next sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)\]]*$")
_ENDS_CLOSED = re.compile(r"[.!?…:;,\"”’)\]]$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\bI\b|\b(?:me|my|mine|myself)\b")
# a list item's mark: a bullet or dash (a review's "+ fast" / "- loud" too), a number, a letter
_LIST_ITEM = re.compile(
    r"^(?:[-+*•–—]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|\(\d{1,3}\)|\d{1,3}/\d*\s)"
)


def _sentences(text: str) -> list[str]:
    """Split prose into sentences (abbreviations and initials do not end a sentence).

    >>> _sentences("Dr. Who met J. Smith, e.g. here. Then left! OK?")
    ['Dr. Who met J. Smith, e.g. here.', 'Then left!', 'OK?']
    """
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start() + 1]
        token = before.rsplit(None, 1)[-1].rstrip(".!?…").lower() if before.split() else ""
        if text[m.start()] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_single_sentence(text: str) -> bool:
    return bool(_ENDS_SENTENCE.search(text)) and len(_sentences(text)) == 1


def _norm(text: str) -> str:
    """Comparison key for titles: case, quotes, spacing and final punctuation ignored."""
    text = text.translate(str.maketrans("“”‘’", "\"\"''")).casefold()
    return re.sub(r"\s+", " ", text).strip(" .:;,!?-–—\"'")
