"""A press release's media contact: the sender's furniture, not the release's text (issue 18).

A release ends with whom journalists may call: a name, a role, a telephone number, an e-mail
address, one a line or on one line set apart by commas, under a label ("Media contact:",
"Kontakt dla mediów:", "Γραφείο Τύπου", kind ``contact`` in the list of interface strings) or
with none after the release's last sentence. The label goes as an interface string; this
module takes what is under it and what stands alone:

- under a label, the lines shaped as a contact's fields, down to the last one that holds an
  address or a number (a name with no way to reach it is no contact block: it stays);
- a label and its fields on one line ("Γραφείο Τύπου: press@example.gr"), anywhere;
- after the page's last line of prose, a card: a line of fields that holds a telephone
  number, or an e-mail address beside another field ("Press Office, press@…"), with the name
  right above it. An address alone there may be a handle heading a post
  ("fernwise@lemmy.example 2 days ago"): it stays.

Only evidence counts, never a look: a field line holds no sentence once its addresses, numbers
and abbreviations ("tel.", "Mgr.") are set aside. A sentence that gives an address ("Write to
the bakery at pina@example.org.") is prose and stays, and so does a contact above the text's
last sentence, where it is the text's own.
"""

from __future__ import annotations

import re
from functools import cache

from persona_archive.cleaning.boilerplate.field_labels import field_labels
from persona_archive.cleaning.boilerplate.interface import InterfaceStrings, match_interface
from persona_archive.cleaning.boilerplate.shapes import is_quoted, sentence_marks
from persona_archive.cleaning.model import Line

KIND = "contact"

# from the start of its word only: searched from every letter, a long word takes quadratic time
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+")


@cache
def _phone() -> re.Pattern[str]:
    """A telephone number: with its international prefix or after a label
    (``data/field_labels.yml``; digits alone may be a date and a time, "2026-12-01 22:13:45")."""
    label = field_labels().telephone
    return re.compile(
        rf"(?<![\w+])(?:\+\d[\d ()./-]{{6,}}\d|{label}\.?:?\s*\(?\d[\d ()./-]{{5,}}\d)",
        re.IGNORECASE,
    )


_ABBREVIATION = re.compile(r"(?<!\w)[^\W\d_]{1,4}\.(?=\s|,|$)")
_PART = re.compile(r"\s*[,|;·•–—]\s*")
_MAX_WORDS = 16  # a line of fields: a name, a role, a number and an address at most
_MAX_PART_WORDS = 6  # one field ("tiskový mluvčí", "Head of Communications")
_MAX_BLOCK = 8  # lines under a label
_PROSE_WORDS = 5  # a line of prose: a sentence mark and five words or more


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def reachable(text: str) -> bool:
    """Whether a line holds a way to reach someone: an e-mail address or a telephone number.

    >>> reachable("tel. +48 22 555 01 23"), reachable("kriz@univerzita.example")
    (True, True)
    >>> reachable("1 240 pytań"), reachable("12.03.2026"), reachable("2025–2026")
    (False, False, False)
    """
    if _EMAIL.search(text):
        return True
    return any(_digits(m.group()) >= 7 for m in _phone().finditer(text))


def fields(text: str) -> bool:
    """Whether a line is shaped as a contact's fields: short parts, no sentence once its
    addresses, numbers and abbreviations are set aside.

    >>> fields("Mgr. Tomáš Kříž, tiskový mluvčí, tel. +420 377 000 000, kriz@univerzita.example")
    True
    >>> fields("Anna Wiśniewska"), fields("Write to the bakery at pina@example.org.")
    (True, False)
    """
    if is_quoted(text) or len(text.split()) > _MAX_WORDS:
        return False
    rest = _phone().sub(" ", _URL.sub(" ", _EMAIL.sub(" ", text)))
    rest = _ABBREVIATION.sub(" ", rest).strip().rstrip(":：")
    if sentence_marks(rest):
        return False
    return all(len(part.split()) <= _MAX_PART_WORDS for part in _PART.split(rest))


def card(text: str) -> bool:
    """Whether a line of fields is a contact's card on its own: a telephone number, or an
    e-mail address beside another field.

    >>> card("Press Office, press@northmere.example"), card("Pressesprecherin, Tel. 030 1234567")
    (True, True)
    >>> card("fernwise@lemmy.example 2 days ago"), card("press@northmere.example")
    (False, False)
    """
    if not fields(text):
        return False
    if any(_digits(m.group()) >= 7 for m in _phone().finditer(text)):
        return True
    return bool(_EMAIL.search(text)) and len([p for p in _PART.split(text) if p.strip()]) >= 2


def _prose(text: str) -> bool:
    return not fields(text) and bool(sentence_marks(text)) and len(text.split()) >= _PROSE_WORDS


def _label(text: str, strings: InterfaceStrings) -> bool:
    found = match_interface(text, strings)
    return found is not None and found.kind == KIND


def _labelled_line(text: str, strings: InterfaceStrings) -> bool:
    """A contact label and its fields on one line: "Γραφείο Τύπου: press@example.gr"."""
    label, colon, rest = text.partition(":")
    if not colon:
        label, colon, rest = text.partition("：")
    return bool(colon) and _label(label, strings) and reachable(rest) and fields(rest)


def contact_blocks(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """Remove the media contacts of a page (see the module docstring) into ``removed``."""
    left = [i for i in range(len(kept)) if i not in removed]
    prose = [i for i in left if _prose(kept[i].text)]
    last_prose = prose[-1] if prose else -1
    for i in left:
        if _labelled_line(kept[i].text, strings):
            _take(removed, anchors, [i], "a contact label with its address or number")
    for label in [i for i, kind in anchors.items() if kind == KIND]:
        block = _block_after(kept, removed, left, label)
        _take(removed, anchors, block, "a contact's fields under its label")
    tail = [i for i in left if i > last_prose and i not in removed]
    for k, i in enumerate(tail):
        if not card(kept[i].text):
            continue
        run = [i]
        above = tail[k - 1] if k else None
        if above is not None and above not in removed and _name(kept[above].text):
            run.insert(0, above)
        _take(removed, anchors, run, "a contact's card after the text's last sentence")


def _block_after(
    kept: list[Line], removed: dict[int, tuple[str, str]], left: list[int], label: int
) -> list[int]:
    """The field lines under a contact label, down to the last that holds an address or a
    number."""
    block: list[int] = []
    for i in left:
        if i <= label or i in removed:
            continue
        if len(block) == _MAX_BLOCK or not fields(kept[i].text):
            break
        block.append(i)
    while block and not reachable(kept[block[-1]].text):
        block.pop()
    return block


def _name(text: str) -> bool:
    """A person's or an office's name: two to five words, no digits, no address."""
    words = text.split()
    return 2 <= len(words) <= 5 and fields(text) and not _digits(text) and "@" not in text


def _take(
    removed: dict[int, tuple[str, str]], anchors: dict[int, str], lines: list[int], why: str
) -> None:
    for i in lines:
        if i not in removed:
            removed[i] = (f"interface:{KIND}", why)
            anchors[i] = KIND
