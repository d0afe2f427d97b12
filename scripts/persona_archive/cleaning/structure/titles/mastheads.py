"""A heading-like line over the headline that is not the title: a kicker, a section's
or site's name, a tagline, a menu row over a headline with its lead, navigation between two
heading-like lines; and the names a page gives itself at its top.

The site's masthead comes first on a page and is shaped like a headline; the headline is the
line the page's own furniture (byline, date, deck, body) follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.text import _sentences, _words
from persona_archive.cleaning.structure.titles.chrome import chrome_reason
from persona_archive.cleaning.structure.titles.credits import _is_byline_line, _name_like
from persona_archive.cleaning.structure.titles.dates import _dateline, _is_date_line
from persona_archive.cleaning.structure.titles.evidence import (
    EVIDENCE_MIN,
    body_share,
    prose_keys,
    shared,
)
from persona_archive.cleaning.structure.titles.headline import headline
from persona_archive.cleaning.structure.titles.measure import (
    _SITE_NAME_WORDS,
    _TOP_LINES,
    _TOP_REACH,
    TITLE_WIDTH,
    _furniture,
    _is_body,
    _is_label,
    _key,
    _long_enough,
    _menu_item,
    _no_space_script,
    _short,
    _size,
    _width,
)
from persona_archive.cleaning.structure.titles.menus import _echoed_row, _is_menu, _menu_row
from persona_archive.cleaning.structure.titles.neighbours import _dated, _lead, _under_name


def _tagline(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str] | None = None
) -> bool:
    """Whether ``body[i]``, a sentence, is the site's tagline: one sentence right under the
    site's name, and the next line (past chrome) a headline with its date under it ("Kitchen
    Corner" / "Notes on bread, cats and talking to machines." / the post's headline / its date).
    A lead under a headline is no tagline: the headline comes first. The site's name is one the
    page is known by, or the page's first line, a short one; the headline has its date or its
    byline under it, or the blog's date header right over it (kept or removed: "Monday, 3
    March 2025", then the post's headline).

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("NOTES FROM THE SHED\\nSmall notes on tea, bread and the machines "
    ...                    "that answer back.\\nMonday, 3 March 2025\\nMy assistant apologises "
    ...                    "for the weather\\nText.")
    >>> _tagline(body, 1, ())
    True

    A first line the prose speaks of more than of the line found under the sentence is the
    headline, and the sentence its lead; the other line is the page's furniture ("Follow us
    on Google News" over the reporter's name):

    >>> body = split_lines("Council chatbot admits doubts\\nThe assistant now says so when "
    ...                    "it is unsure about a bus time.\\nFollow us on Google News\\nBy Ada "
    ...                    "Brook\\nThe council's chatbot used to give bus times it did not know; "
    ...                    "now it admits its doubts.")
    >>> _tagline(body, 1, ())
    False
    """
    text = " ".join(body[i].text.split())
    if len(_sentences(text)) != 1 or _width(text) > 2 * TITLE_WIDTH:
        return False
    named = _under_name(body, i, names)
    if not (named or _under_first(body, i)):
        return False
    gone = gone or {}
    for j in range(i + 1, min(i + 4, len(body))):
        if headline(body[j].text, names):
            header = [body[k].text for k in range(i + 1, j)]
            header += [t for n, t in gone.items() if body[i].no < n < body[j].no and t.strip()]
            return (
                _dated(body, j, gone)
                or _lead(body, j, gone) == "byline"
                or any(_is_date_line(t) for t in header)
            ) and (named or not _told_over(body, i - 1, j))
        if not chrome_reason(body[j].text, names):
            return False
    return False


_NOTE_NAME = 4
"""The fewest letters and digits of a site's name that its note about itself must repeat."""


def _self_note(name: str, text: str) -> bool:
    """Whether ``text``, a sentence or two, names the site's name ``name`` (a short line, no
    sentence, of ``_NOTE_NAME`` letters or more): the shape of the site's note about itself.

    >>> _self_note("Blog Warga", "Blog Warga adalah platform blog. Isinya tanggung jawab penulis.")
    True
    >>> _self_note("Blog Warga", "Puskesmas kami memasang asisten digital di ruang tunggu.")
    False
    """
    name = " ".join(name.split())
    key = _key(name)
    return not (
        len(key) < _NOTE_NAME
        or not _short(name)
        or _is_body(name)
        or re.search(r"[.!?。！？]$", name)
        or key not in _key(text)
        or len(_sentences(" ".join(text.split()))) > 2
    )


def _site_note(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether ``body[i]``, a sentence or two, is the site's note about itself over the
    headline: it names the page's first line (the site's name, short and no sentence: "Blog
    Warga is a blogging platform. Its writers answer for their posts."), and the next line
    is heading-like with its byline, its author's name or its date under it. The site's
    disclaimer, tagline or welcome, not the article's prose: the headline under it is the
    title. A first sentence under the page's title that happens to name it has the text, not
    a byline, under it.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Blog Warga\\nBlog Warga is a blogging platform. Its writers answer "
    ...                    "for what they post.\\nOur clinic assistant learns patience\\nBy Rina"
    ...                    " Kartika\\nThe clinic installed a digital assistant in August.")
    >>> _site_note(body, 1, {})
    True
    >>> body = split_lines("Blog Warga\\nBlog Warga is a blogging platform. Its writers answer "
    ...                    "for what they post.\\nHow to join\\nWrite to the editors first.")
    >>> _site_note(body, 1, {})
    False
    """
    if i == 0 or i + 1 >= len(body) or not _self_note(body[0].text, body[i].text):
        return False
    signed = i + 2 < len(body) and _name_like(body[i + 2].text.strip())
    return bool(headline(body[i + 1].text)) and (
        signed or _lead(body, i + 1, gone) in ("byline", "date")
    )


def _told_over(body: list[Line], k: int, j: int) -> bool:
    """Whether the prose under ``body[j]`` speaks of ``body[k]`` more than of ``body[j]``: of
    ``EVIDENCE_MIN`` of its words and two at least, and of a larger share. A site's name is
    not what the page tells; its headline is."""
    prose = prose_keys(body[j + 1 :])
    share = body_share(body[k].text, prose)
    return (
        share >= EVIDENCE_MIN
        and shared(body[k].text, prose) >= 2
        and share > body_share(body[j].text, prose)
    )


def _under_first(body: list[Line], i: int) -> bool:
    """Whether ``body[i]`` stands right under the page's first line, a short one that is no
    sentence: where a site prints its name over its tagline."""
    return (
        i == 1
        and body[0].no == body[1].no - 1
        and _short(body[0].text)
        and not _is_body(body[0].text)
        and not re.search(r"[.!?。！？]$", body[0].text.strip())
    )


def _tagline_over(
    body: list[Line],
    choice: tuple[int, str],
    nxt: tuple[int, str],
    names: Iterable[str],
    gone: dict[int, str] | None = None,
) -> bool:
    """Whether ``choice``, a heading-like line right under the site's name, is its tagline over
    the headline ``nxt``: ``nxt`` has the post's date right under it and ``choice`` none, the
    tagline is no wider than the headline, and chrome stands between them (the blog's follow
    button, its menu: still there or removed), nothing else. A deck stands right under its
    headline ("Site" / headline / deck / date): the headline stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Week Notes\\nCooking and tools and AI\\nWhy my assistant sounds "
    ...                    "like a friend\\n\\nText.")
    >>> _tagline_over(body, (1, body[1].text), (2, body[2].text), ["Week Notes"],
    ...               {4: "2024-03-02"})
    False
    >>> body = split_lines("Week Notes\\nCooking and tools and AI\\n\\nWhy my assistant sounds "
    ...                    "like a friend\\n\\nText.")
    >>> _tagline_over(body, (1, body[1].text), (2, body[2].text), ["Week Notes"],
    ...               {3: "Follow", 5: "2024-03-02"})
    True
    """
    i, j = choice[0], nxt[0]
    between = [body[k].text for k in range(i + 1, j)]
    between += [t for n, t in (gone or {}).items() if body[i].no < n < body[j].no and t.strip()]
    return (
        _under_name(body, i, names)
        and not _dated(body, i, gone)
        and _dated(body, j, gone)
        and _width(choice[1]) <= _width(nxt[1])
        and bool(between)
        and all(k in (gone or {}).values() or chrome_reason(k, names) for k in between)
    )


def _page_names(body: list[Line], gone: dict[int, str] | None = None) -> tuple[str, ...]:
    """The names a page gives itself at its top: its lines of one or two words before the
    body's prose that are no menu's words ("Lantern Notes"), and those the chrome rules
    removed above its first kept line (the site's name first on the page). A headline ending
    in one of them after a dash ("How I taught my assistant … — Lantern Notes") is in a
    browser title's shape.

    >>> from persona_archive.cleaning.model import Line
    >>> _page_names([Line(5, "Why the kettle sings — Lantern Notes")], {1: "Lantern Notes"})
    ('Lantern Notes',)
    """
    first = body[0].no if body else 0
    header = [Line(no, t) for no, t in sorted((gone or {}).items()) if no < first and t.strip()]
    names = []
    for line in [*header, *body[:_TOP_REACH]]:
        if _is_body(line.text):
            break
        text = " ".join(line.text.split())
        if (
            0 < len(text.split()) <= 2
            and any(ch.isalpha() for ch in text)
            and not _long_enough(text)  # a headline in a script without spaces is one "word"
            and not _is_menu(text)
        ):
            names.append(text)
    return tuple(names)


def _navigation(between: list[Line], names: Iterable[str]) -> bool:
    """Whether the lines between two heading-like lines are the site's navigation: two or more,
    each a menu item (``_menu_item``) or other chrome (a date line, a section label), one of
    them a navigation word ("Home", "Contact", "Episodes": ``_is_menu``). A tagline or a
    site's name above it is the masthead's, whatever its length ("Notes from a garage, mostly
    about wood…" over Home, Projects, Writing); a tag row or a paste's labels under a headline
    ("A GUEST", "NEVER") are no navigation. Blank lines do not count, so the clean text (one
    blank line between paragraphs) gives the same title again. One row of the site's own links
    (``_link_row``) is navigation too, and so is one with a section's label or number under it
    ("Syllabus | Schedule | Notes", then "Lecture 7")."""
    return (
        len(between) >= 2
        and all(
            _menu_item(ln.text) or chrome_reason(ln.text, names) or _link_row(ln.text)
            for ln in between
        )
        and any(_is_menu(ln.text) or _link_row(ln.text) for ln in between)
    ) or (len(between) == 1 and _link_row(between[0].text))


_ROW_ITEM_WORDS = 3
"""A row's link has at most this many words (a script without spaces: one item, any width)."""


def _link_row(text: str) -> bool:
    """A row of the site's own links, whatever its words ("Bees | Bread | Bikes | Tea",
    "ผึ้ง | ขนมปัง | จักรยาน | ชา"): ``_NAVIGATION_ITEMS`` items or more set apart by a bar or
    a dot, each short, none with a sentence's punctuation. A headline has no such separators
    between three short parts.

    >>> _link_row("Bees | Bread | Bikes | Tea"), _link_row("Bees, bread | and why bikes matter")
    (True, False)
    """
    items = [t for t in re.split(r"\s+[|·•]\s+", text.strip()) if t]
    return len(items) >= _NAVIGATION_ITEMS and all(
        len(t.split()) <= _ROW_ITEM_WORDS and not re.search(r"[.,;:!?。，！？、]", t) for t in items
    )


def _section_over(run: list[tuple[int, str]], between: list[Line], text: str) -> bool:
    """Whether a site's name stands over a section's label and the headline: one short line
    (``_SITE_NAME_WORDS``) before, one or two menu-item lines between ("Columns", "IT 이야기"),
    and a heading-like line that says more after it ("The Polyglot Desk", "Columns", "Letters
    that look broken but are not"). A headline's author and date under it ("Ada Brook",
    "Mar 3") are no section label: the line after them is its deck; nor is a label that
    introduces what follows ("You said:", a shared chat's first turn under its title)."""
    return (
        len(run) == 1
        and 1 <= len(between) <= 2
        and all(
            _menu_item(ln.text)
            and not _is_label(ln.text)
            and not _is_byline_line(ln.text)
            and not _name_like(ln.text)
            and not _is_date_line(ln.text)
            for ln in between
        )
        and len(_words(run[0][1])) <= _SITE_NAME_WORDS
        and len(_words(text)) > len(_words(run[0][1])) + 1
        and not run[0][1].rstrip().endswith(("?", "？", "؟"))  # a question is no site's name
    )


_LABEL_WORDS = 4
"""A heading-like line of at most this many words (a script without spaces: four times as wide)
right over a longer one is a label (a kicker, a section's or a site's name) ..."""
_KICKER_WORDS = 7
"""... and one of up to this many words when the next says at least ``_KICKER_RATIO`` times as
much (a deck under its headline is rarely twice as long: the headline stays)."""
_KICKER_RATIO = 1.8


def _label_over(
    body: list[Line], choice: tuple[int, str], nxt: tuple[int, str], gone: dict[int, str]
) -> bool:
    """Whether ``choice``, a heading-like line, is a label over the headline ``nxt`` (a menu's
    row, a site's name or tagline in words, a section's name, a kicker, in any language):
    nothing of a headline's own stands under it (its byline, date or the body's prose), only
    the page's furniture or a heading-like line, and ``nxt`` has a headline's lead under it
    (its deck, byline, date or the body). A heading-like line under ``choice`` may be its
    deck: ``choice`` is a label over its headline only when it is short (``_LABEL_WORDS``
    words, or up to ``_KICKER_WORDS`` when the next says ``_KICKER_RATIO`` times as much), or
    a menu's row (``_menu_row``) with furniture under it. A line that asks or exclaims is a
    headline.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Language models at work\\nThe assistant that learned to say it is "
    ...                    "unsure\\nBy Ada Brook\\nText.")
    >>> _label_over(body, (0, body[0].text), (1, body[1].text), {})
    True
    >>> body = split_lines("Why the kettle sings\\nBy Ada Brook\\nA deck that says more than "
    ...                    "the headline does\\nText.")
    >>> _label_over(body, (0, body[0].text), (2, body[2].text), {})
    False
    """
    x, y = choice[1], nxt[1]
    if re.search(r"[?!？！؟]\W*$", x):
        return False
    under = _lead(body, choice[0], gone)
    if under not in ("", "apart", "deck"):
        return False  # its own byline, date or prose: a headline
    small, large = _size(x), _size(y)
    if under == "deck":  # a kicker right over its headline, or a headline over its deck
        short = small <= _LABEL_WORDS or (small <= _KICKER_WORDS and large >= _KICKER_RATIO * small)
    else:  # a site's name or a menu's row, the page's furniture under it
        short = small <= _LABEL_WORDS or _menu_row(x)
    if not (short and (large > small or _menu_row(x))):
        return False
    j = nxt[0]
    below = body[j + 1].text.strip() if j + 1 < len(body) else ""
    if (
        body[j + 1 : j + 2]
        and body[j + 1].no == body[j].no + 1
        and below[:1].islower()
        and not (_furniture(below) or _is_byline_line(below))
    ):
        return False  # a hard-wrapped line of prose, its sentence going on below
    return _lead(body, j, gone) in ("body", "byline", "date", "deck")


def _kicker_over_decked(
    body: list[Line], choice: tuple[int, str], nxt: tuple[int, str], gone: dict[int, str]
) -> bool:
    """Whether ``choice`` is a kicker over the headline ``nxt`` because ``nxt`` has its deck
    right under it: three lines in a row, the third longer than ``nxt`` and followed by the
    article's byline or date ("Asistentes digitales en la banca y los seguros" / the headline /
    its deck / "Por Camila …"). The byline or the date stands under the deck, the deck under
    its headline: the line over the headline is a label, however long, but no longer than the
    headline. A headline over its deck has the body's prose under the deck, not a third line,
    and stays; so does one that says more than the line under it (a deck of two lines).

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Banks and the talking machines of tomorrow\\nInsurers want a bot "
    ...                    "that sounds less like a contract\\nThree firms reviewed the tone of "
    ...                    "their assistants after a survey of their clients\\nBy Ada Brook"
    ...                    "\\nText.")
    >>> _kicker_over_decked(body, (0, body[0].text), (1, body[1].text), {})
    True
    >>> body = split_lines("Insurers want a bot that sounds less like a contract\\nThree firms "
    ...                    "reviewed the tone of their assistants after a survey\\nThe survey "
    ...                    "asked two thousand clients what they thought of the bots.")
    >>> _kicker_over_decked(body, (0, body[0].text), (1, body[1].text), {})
    False
    """
    i, j = choice[0], nxt[0]
    if (
        j != i + 1
        or j + 1 >= len(body)
        or body[j].no != body[i].no + 1
        or body[j + 1].no != body[j].no + 1
        or re.search(r"[?!？！؟]\W*$", choice[1])
        or _says_more(choice[1], nxt[1])  # a headline over two lines of its deck says more
    ):
        return False
    deck = body[j + 1].text.strip()
    if (
        _menu_row(deck)  # a menu's row under a site's name, no deck under a headline
        or _echoed_row(body, j + 1, gone)
        or _is_byline_line(deck)
        or _is_date_line(deck)
        or _dateline(deck)
        or chrome_reason(deck)
        or not _says_more(deck, nxt[1])
    ):
        return False
    return _lead(body, j + 1, gone) in ("byline", "date")


def _says_more(text: str, than: str) -> bool:
    """Whether ``text`` says more than ``than``: more words, or as many and wider (a language
    that glues its endings to its words, Korean's "되는지에", says more in as many words).

    >>> _says_more("성격이라는 말을 기계에게 써도 되는지에 대한 작은 메모",
    ...            "내 AI 비서는 왜 늘 같은 사람 같을까")
    True
    >>> _says_more("Why the kettle sings", "Why the kettle sings at night")
    False
    """
    small, large = _size(than), _size(text)
    return large > small or (large == small and _width(text) > _width(than))


_NAVIGATION_ITEMS = 3
"""A site's navigation: a row of this many items or more, or this many lines of its menu."""
_NAME_WIDTH = 32
"""The widest a site's name over its navigation is (a CJK character counts two)."""
_NAVIGATION_RULE = "interface:navigation"


def _navigation_gone(texts: list[tuple[str, str]], row: bool = False) -> bool:
    """Whether lines removed as chrome, (text, rule), hold the site's navigation: a menu's row
    of ``_NAVIGATION_ITEMS`` items or more, or (unless ``row``) as many of its items one a
    line, removed as navigation by the interface list (a post's metadata row has the shape of
    a menu too). A thread's sorting links ("Sort", "Recommended") under its question are items
    one a line: between two heading-like lines only a row is the site's menu."""
    rows = [t for t, r in texts if r == _NAVIGATION_RULE]
    items = max((len(re.split(r"\s*[|·•/»›]\s*|\s{2,}", t.strip())) for t in rows), default=0)
    return items >= _NAVIGATION_ITEMS or (not row and len(rows) >= _NAVIGATION_ITEMS)


def masthead_lines(
    body: list[Line], gone: dict[int, str], rules: dict[int, str] | None = None
) -> frozenset[int]:
    """The source line numbers of the short lines at the top of ``body`` that are the site's
    masthead, neither a title nor a derived title's source: a short line (``_SITE_NAME_WORDS``,
    ``_NAME_WIDTH``) with only chrome (removed, or kept but chrome all the same) between it
    and the text's prose, where that chrome holds the site's navigation (a headline stands
    under the menu, the site's name over it), or whose words the page's removed furniture
    further down repeats (the footer's "© 2025 Harbour Ledger"). ``gone`` is the text of the
    lines removed as chrome, ``rules`` the rule that removed each.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "The library began the trial in January with twelve tablets and a room."
    >>> body = [ln for ln in split_lines("Harbour Ledger\\nHome | News | Sport\\n" + prose)
    ...         if ln.no != 2]
    >>> masthead_lines(body, {2: "Home | News | Sport"}, {2: "interface:navigation"})
    frozenset({1})
    >>> body = [ln for ln in split_lines("Quiet kettles\\nMarch 3, 2025\\n" + prose) if ln.no != 2]
    >>> masthead_lines(body, {2: "March 3, 2025"})  # a short title over its date
    frozenset()
    """
    rules = rules or {}
    out: set[int] = set()
    for i, line in enumerate(body[:_TOP_REACH]):
        text = " ".join(line.text.split())
        if _is_body(text) or i + 1 >= len(body):
            break
        if not text or len(text.split()) > _SITE_NAME_WORDS or _width(text) > _NAME_WIDTH:
            continue
        # the chrome under it: lines removed, and lines kept that are chrome all the same
        k = i + 1
        while k < len(body) and k - i <= _TOP_LINES and chrome_reason(body[k].text):
            k += 1
        if k >= len(body) or not _is_body(body[k].text):
            continue  # the site's name has its furniture under it, then the text
        nxt = body[k]
        between = [(gone[n], rules.get(n, "")) for n in range(line.no + 1, nxt.no) if n in gone]
        if not between and k == i + 1:
            continue
        footer = [t for n, t in gone.items() if n > nxt.no]
        if _navigation_gone(between) or any(_names(text, t) for t in footer):
            out.add(line.no)
    return frozenset(out)


def _names(text: str, line: str) -> bool:
    """Whether ``line``, longer than ``text``, holds it as whole words (or, in a script
    without spaces, as it is)."""
    if len(line) <= len(text):
        return False
    if _no_space_script(text):
        return text.casefold() in line.casefold()
    return bool(re.search(rf"(?<!\w){re.escape(text)}(?!\w)", line, re.IGNORECASE))
