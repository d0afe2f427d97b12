"""Quotes: mark the paragraphs that are someone else's words as block quotes.

It exists because quoted text arrives as plain paragraphs: a ``>`` line, a paragraph wholly in
quotation marks, or a letter or message introduced by a sentence ending in a colon and running
until the author's own voice returns. Only those shapes are marked; anything less certain stays
a paragraph.
"""

from __future__ import annotations

import re

from persona_archive.cleaning.boilerplate import POST_LABELS, interface_key
from persona_archive.cleaning.model import PARAGRAPH, QUOTE, Change
from persona_archive.cleaning.structure.paragraphs import _Para
from persona_archive.cleaning.structure.text import (
    _FIRST_PERSON,
    _LIST_ITEM,
    _SECOND_PERSON,
    STAGE,
    _sentences,
    _words,
)

_QUOTE_INTRO = re.compile(
    r"\b(?:writes?|wrote|written|writing|says?|said|put\s+it|puts\s+it|reads?|letter|message"
    r"|note|e-?mail|repl(?:y|ied|ies)|responded|response|told|tells|ask(?:s|ed)|explain(?:s|ed)"
    r"|argue[sd]?|declare[sd]?|state[sd]|following|quote[sd]?|passage|excerpt)\b",
    re.IGNORECASE,
)
_META_REFERENCE = re.compile(
    r"\b(?:this|that|the|these|those|such\s+a)\s+(?:letter|message|note|e-?mail|passage|poem"
    r"|reply|response|quote|excerpt|piece|statement|plea|monologue)s?\b",
    re.IGNORECASE,
)
_RETURN_OPENER = re.compile(
    r"^(?:clearly|obviously|evidently|admittedly|anyway|in\s+any\s+case|to\s+be\s+clear"
    r"|i\s+(?:think|find|suspect)\s+(?:this|that|it)\b)",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    {
        "I",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "You",
        "Here",
        "There",
        "As",
        "And",
        "But",
        "So",
        "In",
        "On",
        "At",
        "For",
        "Of",
        "To",
        "A",
        "An",
        "My",
        "Our",
        "His",
        "Her",
        "Their",
        "If",
        "When",
        "What",
        "Which",
        "Who",
        "Then",
        "Now",
        "Also",
        "Even",
        "Still",
        "Yet",
        "Just",
        "Only",
        "Again",
        "Indeed",
    }
)
_QUOTE_MAX_PARAS = 40
# A forum's reply anchor (">>12", ">>3-5", ">>1,4", ">>1乙"): a link to a post by its number,
# the replier's own text, not a quoted line - its ">>" is kept. A mail's quote of a quote has
# a space or a word after its marks (">> 12 eggs", ">>Thanks").
_REPLY_ANCHOR = re.compile(r">>\d")


def _names_in(sentence: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z][\w'’-]+", sentence) if w not in _NOT_NAMES}


def _returns_to_author(para: _Para, names: set[str]) -> bool:
    """The author's voice is back: refers to the quoted text/author in the third person."""
    text = para.text
    if _SECOND_PERSON.search(text) or len(_words(text)) < 8:
        return False
    mentions = any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)
    return bool(mentions or _META_REFERENCE.search(text) or _RETURN_OPENER.match(text))


def _is_button(p: _Para) -> bool:
    """A post's "Reply"/"Comment" button on a line of its own (``document._post_buttons``
    removes it): not a line of the quoted text, so a clean text without it quotes the same."""
    return p.kind == PARAGRAPH and len(p.lines) == 1 and interface_key(p.text) in POST_LABELS


def _colon_quote_end(paras: list[_Para], i: int) -> int | None:
    """If ``paras[i]`` introduces a quoted letter/message, the index where the author returns."""
    intro = paras[i]
    if intro.kind != PARAGRAPH or not intro.text.endswith(":") or len(_words(intro.text)) < 8:
        return None
    last_sentence = _sentences(intro.text)[-1]
    if not _QUOTE_INTRO.search(last_sentence):
        return None
    names = _names_in(last_sentence)
    stop = min(len(paras), i + 2 + _QUOTE_MAX_PARAS)
    for r in range(i + 2, stop):
        if paras[r].kind != PARAGRAPH:
            return None
        if _returns_to_author(paras[r], names):
            quoted = [p for p in paras[i + 1 : r] if not _is_button(p)]
            if not quoted:
                continue  # only a button between: the letter has not begun
            if any(p.kind != PARAGRAPH or _LIST_ITEM.match(p.text) for p in quoted):
                return None
            voiced = sum(
                bool(_SECOND_PERSON.search(p.text) or _FIRST_PERSON.search(p.text)) for p in quoted
            )
            if 2 * voiced < len(quoted):
                return None  # not "another voice" addressing someone: could be anything
            return r
    return None


def _wrapped_in_quotes(text: str) -> bool:
    """A whole paragraph inside one pair of quotation marks.

    >>> _wrapped_in_quotes("“You are creating something.”")
    True
    >>> _wrapped_in_quotes("“Yes,” she said, “of course.”")
    False
    """
    if len(text) < 3:
        return False
    if text[0] == "“" and text[-1] == "”":
        return text.count("“") == 1 and text.count("”") == 1
    if text[0] == '"' and text[-1] == '"':
        return text.count('"') == 2
    return False


def _quotes(paras: list[_Para], kind: str) -> list[Change]:
    changes: list[Change] = []
    for p in paras:
        if p.kind != PARAGRAPH:
            continue
        if p.text.startswith(">") and not _REPLY_ANCHOR.match(p.text):
            stripped = p.text.lstrip(">").strip()
            if stripped:
                changes.append(
                    Change(STAGE, "quote-mark", p.lines[0], p.text, stripped, "'>' quote")
                )
                p.kind, p.text = QUOTE, stripped
        elif _wrapped_in_quotes(p.text):
            p.kind = QUOTE
            changes.append(
                Change(STAGE, "quote", p.lines[0], p.text, p.text, "paragraph in quotation marks")
            )
    if kind == "social-thread":
        return changes  # "Label:" lines are the genre there, not quote introductions
    i = 0
    while i < len(paras):
        end = _colon_quote_end(paras, i)
        if end is None:
            i += 1
            continue
        for p in paras[i + 1 : end]:
            if _is_button(p):
                continue  # a post's button left on its line: removed later, never quoted
            p.kind = QUOTE
            changes.append(
                Change(
                    STAGE,
                    "quote",
                    p.lines[0],
                    p.text,
                    p.text,
                    f"quoted: introduced by line {paras[i].lines[-1]} ending in ':', "
                    f"author's voice returns at line {paras[end].lines[0]}",
                )
            )
        i = end
    return changes
