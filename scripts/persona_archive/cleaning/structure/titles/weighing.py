"""Weighing two heading-like lines by what the body says: the headline is what the page is
about, so of a line chosen first by its shape and place (a menu row, a tagline, an issue line,
a kicker) and another one, the body's evidence (``evidence.body_share``) decides, never alone:
only where the shapes leave the choice open (the first line has no lead of its own, the second
has its byline, date or body under it).

It exists because the first rules, written from the pages they were tuned to, took the first
heading-like line that had nothing better below it; on pages nobody had seen, a site's menu row
or tagline stood there, in every language. Words are compared, not read: no word list.
"""

from __future__ import annotations

import re

from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.titles.dates import _holds_date, _is_date_line
from persona_archive.cleaning.structure.titles.evidence import (
    EVIDENCE_MIN,
    body_share,
    prose_keys,
    shared,
)
from persona_archive.cleaning.structure.titles.mastheads import _label_over
from persona_archive.cleaning.structure.titles.measure import _is_label
from persona_archive.cleaning.structure.titles.menus import _home_row, _menu_row
from persona_archive.cleaning.structure.titles.neighbours import _lead, _under, _under_crumb

_LED = ("body", "byline", "date", "other")
"""What stands under a headline (``_lead``): its body, byline, date or other content."""
_DATED = ("byline", "date")
"""What a news site prints under its sections too: under a menu's row, not the row's own."""
_EVIDENCE_RATIO = 2
"""How many times the share (``evidence.body_share``) of the line chosen first a line lower
down must reach (and ``EVIDENCE_MIN``) to be preferred as the headline."""
_ROW_EVIDENCE = 0.5
"""The share a headline right under a menu's row must reach (the row's being none)."""
_ASKS = re.compile(r"[?!？！؟]\W*$")


def _labelled(body: list[Line], k: int) -> bool:
    """Whether ``body[k]`` stands right under a label ("You said:", "Ingredients:"): what the
    label introduces, never a headline."""
    return k > 0 and body[k - 1].no == body[k].no - 1 and _is_label(body[k - 1].text)


def _headline_below(
    body: list[Line], run: list[tuple[int, str]], choice: tuple[int, str], gone: dict[int, str]
) -> tuple[int, str]:
    """The headline lower down than ``choice`` when ``choice`` has nothing of a headline's own
    under it (only the page's furniture or more heading-like lines: a menu row, a tagline, an
    issue line), neither asks nor stands under a breadcrumb, and a later heading-like line of
    ``run`` has (its byline, date or body), is not right under ``choice`` (a deck under its
    headline, which the masthead rules weigh) and the body speaks of it: at least
    ``EVIDENCE_MIN`` of its words and ``_EVIDENCE_RATIO`` times the share of ``choice``'s (when
    it speaks of two of them or of no fewer than of the candidate's: ``_telling_share``),
    unless it speaks of as many of ``choice``'s words (``_said_as_much``). Right under a line
    in the shape of a menu's row (``_menu_row``) it may be, when the body speaks of none of the
    row's words and of ``_ROW_EVIDENCE`` of its own; under a breadcrumb saved without its
    arrows (``menus._home_row``), of ``EVIDENCE_MIN`` of its own and more than of the row's.
    A date or dateline under a menu's row or under a line the text never speaks of (the site's
    name) is the page's (a news site prints it under its name and sections, over the headline,
    kept or removed as chrome): it does not make that line a headline. Else ``choice``.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kitchen notes, travel and a little technology\\nHome Recipes "
    ...                    "Travel Contact\\nAsking a chatbot to be my grandmother\\nI asked a "
    ...                    "chatbot to talk like my grandmother while I cooked her recipe.")
    >>> _headline_below(body, [(0, body[0].text), (2, body[2].text)], (0, body[0].text), {})
    (2, 'Asking a chatbot to be my grandmother')
    >>> body = split_lines("Kitchen notes, travel and a little technology\\nHome Recipes "
    ...                    "Travel Contact\\nSpring\\nThe market opened again and the stalls "
    ...                    "were full of kitchen tools from every travel I made.")
    >>> _headline_below(body, [(0, body[0].text), (2, body[2].text)], (0, body[0].text), {})
    (0, 'Kitchen notes, travel and a little technology')
    """
    lead = _lead(body, choice[0], gone)
    if (
        (lead in _LED and not (lead in _DATED and _page_line(body, choice, gone)))
        or _ASKS.search(choice[1])  # a line that asks or exclaims is a headline, never a label
        or _under_crumb(body, choice[0], gone)  # the page names it as where the reader is
    ):
        return choice
    for cand in run:
        if cand[0] <= choice[0] or not _led(body, cand, gone):
            continue
        if _dialogue(body, cand[0]) or _labelled(body, cand[0]):
            break  # a transcript's first turn, a shared chat's ("You said:"): the body began
        prose = prose_keys(body[cand[0] + 1 :])
        share = body_share(cand[1], prose)
        if _right_under(body, choice[0], cand[0], gone):
            # a kicker or a headline over its deck, which the masthead rules weigh; a menu's
            # row over the headline, when the body speaks of the headline and not of the row
            row = body_share(choice[1], prose)
            if _home_row(choice[1]):  # a breadcrumb, whose steps may name the page's topic
                if share >= EVIDENCE_MIN and share > row:
                    return cand
            elif _menu_row(choice[1]) and share >= _ROW_EVIDENCE and not row:
                return cand
            continue
        if (
            share >= EVIDENCE_MIN
            and share >= _EVIDENCE_RATIO * _telling_share(choice[1], cand[1], prose)
            and not _said_as_much(choice[1], cand[1], prose)
        ):
            return cand
    return choice


def _page_line(body: list[Line], choice: tuple[int, str], gone: dict[int, str]) -> bool:
    """Whether ``choice`` is a line of the site's header with the page's date right under it
    (kept or removed), no author's name: a menu's row, or a line whose words the text below
    never speaks of (the site's name). A headline has its author and date under it."""
    under = _under(body, choice[0], gone, 1)
    if not under or not (_is_date_line(under[0]) or _holds_date(under[0])):
        return False
    return _menu_row(choice[1]) or not body_share(choice[1], prose_keys(body[choice[0] + 1 :]))


def _led(body: list[Line], cand: tuple[int, str], gone: dict[int, str]) -> bool:
    """Whether ``cand`` has a headline's own under it (``_LED``), or its deck right under it
    with the byline or the date under the deck (a news page's headline, deck, byline), and is
    no kicker over that deck (``mastheads._label_over``).

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("The town's assistant learns to say it does not know\\nThe council "
    ...                    "changed its chatbot after it gave wrong dates for the collection"
    ...                    "\\nBy Ada Brook\\nText.")
    >>> _led(body, (0, body[0].text), {}), _led(body, (1, body[1].text), {})
    (True, True)
    """
    lead = _lead(body, cand[0], gone)
    if lead in _LED:
        return True
    d = cand[0] + 1
    if lead != "deck" or d >= len(body) or not _right_under(body, cand[0], d, gone):
        return False
    deck = (d, body[d].text)
    return _lead(body, d, gone) in ("byline", "date") and not _label_over(body, cand, deck, gone)


def _telling_share(text: str, other: str, prose: set[str]) -> float:
    """The share of ``text``'s words the prose speaks of (``evidence.body_share``), or 0 when
    it speaks of one of them only and of more of ``other``'s: one word in common says little
    (a site's name, "Diario del Ebro", whose "diario" the prose's "diarias" shares) against a
    headline whose words the body tells.

    >>> from persona_archive.cleaning.structure.titles.evidence import _keys
    >>> prose = _keys("The council answers 140 questions daily (diarias) on garden waste.")
    >>> _telling_share("Diario del Ebro", "Council answers on garden waste", prose)
    0.0
    >>> _telling_share("Diario del Ebro", "Weather", prose)
    1.0
    """
    mine = shared(text, prose)
    if mine < _SAID_KEYS and shared(other, prose) > mine:
        return 0.0
    return body_share(text, prose)


def _said_as_much(first: str, lower: str, prose: set[str]) -> bool:
    """Whether the prose speaks of as many of ``first``'s words as of ``lower``'s, two at
    least: then a larger share is no evidence against the line chosen first. A short line of
    common words (a blog's tagline, "bees, garden and a thinking machine", kept under the
    headline in a clean text) has a large share of few words; a headline of many words, the
    body speaking of several, stays.

    >>> from persona_archive.cleaning.structure.titles.evidence import _keys
    >>> prose = _keys("I asked an assistant about my hives; a thinking machine answered.")
    >>> _said_as_much("I asked an assistant about my hives", "Bees and a thinking machine", prose)
    True
    >>> _said_as_much("Notes on gardening and cooking", "Winter hives", prose)
    False
    """
    mine = shared(first, prose)
    return mine >= _SAID_KEYS and mine >= shared(lower, prose)


def _said_more(body: list[Line], choice: tuple[int, str], nxt: tuple[int, str]) -> bool:
    """Whether the body speaks of ``choice`` more than of ``nxt``: of ``EVIDENCE_MIN`` of its
    words or more, ``_SAID_KEYS`` of them at least, and of a larger share than of ``nxt``'s. A
    kicker or a label names the page's topic or section; the headline is what the body tells,
    so a short headline over a longer deck stays the headline.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("What a character owes its reader\\nNotes on kindness, consistency "
    ...                    "and a strange job\\nA character owes its reader one thing: to stay "
    ...                    "the same character from chapter to chapter.")
    >>> _said_more(body, (0, body[0].text), (1, body[1].text))
    True
    >>> _said_more(body, (1, body[1].text), (0, body[0].text))
    False
    """
    prose = prose_keys(body[nxt[0] + 1 :])
    share = body_share(choice[1], prose)
    return (
        share >= EVIDENCE_MIN
        and shared(choice[1], prose) >= _SAID_KEYS
        and share > body_share(nxt[1], prose)
    )


_SAID_KEYS = 2
"""A share of one word says little (a site's name the body mentions): two at least."""


# A turn of a dialogue: a speaker's short label and a colon ("User: …", "Assistant: …").
_TURN = re.compile(r"^[^\W\d_][\w .'’-]{0,24}[:：]\s+\S")


def _dialogue(body: list[Line], i: int) -> bool:
    """Whether ``body[i]`` opens a dialogue: it and the next line are turns, each a speaker's
    label and a colon ("User: How do you feel…?", "Assistant: I am not sure…"). A question a
    transcript opens with is the body's, not a headline under the page's title.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("User: How do you feel about it?\\nAssistant: Not sure.\\nText.")
    >>> _dialogue(body, 0), _dialogue(body, 1)
    (True, False)
    """
    return i + 1 < len(body) and all(_TURN.match(ln.text) for ln in body[i : i + 2])


def _right_under(body: list[Line], i: int, j: int, gone: dict[int, str]) -> bool:
    """Whether ``body[j]`` stands right under ``body[i]`` in the source: blank lines between
    them at most, nothing removed."""
    return j == i + 1 and not any(
        gone.get(no, "").strip() for no in range(body[i].no + 1, body[j].no)
    )
