"""The title line of a text (``title_line``): among the heading-like lines at the top,
before the body's prose, the one that is the document's headline and not the site's masthead;
and where the title came from (``title_source``).

The order, first found wins (``title_source``): the catalog's ``title`` → a title the page
marks (``marked``) → a heading-like line at the top that is not chrome, past the site's
masthead → a title of an unusual shape (``unusual``) → the first sentence (``derived``). What
counts as the site's own name comes from the catalog and the site's profile
(``Hints.site_names``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from persona_archive.cleaning.model import Change, Line
from persona_archive.cleaning.structure.detection import Hints
from persona_archive.cleaning.structure.paragraphs import _wrap_width, broken_at
from persona_archive.cleaning.structure.text import _ENDS_CLOSED, STAGE
from persona_archive.cleaning.structure.titles.chrome import _in_capitals, chrome_reason
from persona_archive.cleaning.structure.titles.credits import (
    _BY_END,
    _CREDIT,
    _beside_figure_or_byline,
    _is_byline_line,
    _name_like,
)
from persona_archive.cleaning.structure.titles.dates import _dateline, _holds_date, _is_date_line
from persona_archive.cleaning.structure.titles.headline import _MAIL_PREFIX, headline
from persona_archive.cleaning.structure.titles.labels import _SALUTATION, _SEARCH_PROMPT
from persona_archive.cleaning.structure.titles.marked import (
    _CRUMB_SEPARATOR,
    _TITLE_SEPARATOR,
    _confirmed_title,
    _marked_heading,
    _readme_heading,
)
from persona_archive.cleaning.structure.titles.mastheads import (
    _kicker_over_decked,
    _label_over,
    _navigation,
    _navigation_gone,
    _page_names,
    _section_over,
    _site_note,
    _tagline,
    _tagline_over,
    masthead_lines,
)
from persona_archive.cleaning.structure.titles.measure import (
    _STOPS,
    _TOP_LINES,
    _TOP_REACH,
    _is_body,
    _is_label,
    _key,
    _menu_item,
    _no_space_script,
    _short,
    _width,
)
from persona_archive.cleaning.structure.titles.menus import _echoed_row, _row_shape, page_labels
from persona_archive.cleaning.structure.titles.neighbours import (
    _above,
    _banner_text,
    _crumb_ends,
    _dated,
    _holds,
    _lead,
    _name_short,
    _record_field,
    _recurs,
    _trail_to,
    _under,
    _under_crumb,
    _under_number,
)
from persona_archive.cleaning.structure.titles.posted import (
    _dated_below,
    _dated_title,
    _over_number,
    _posted_title,
    _searched_title,
    _site_marked,
    _stamped_title,
    heads_posts,
)
from persona_archive.cleaning.structure.titles.rooms import _room_name, _room_named, room_label
from persona_archive.cleaning.structure.titles.unusual import (
    _UNMARKED,
    _asked_title,
    _crumbed_title,
    _decked_title,
    _fielded_title,
    _file_title,
    _memo_title,
    _opening_title,
    _paired_headline,
    _prose,
    _rated_title,
    _signed_title,
    _subject,
    _versioned_title,
)
from persona_archive.cleaning.structure.titles.weighing import _headline_below, _said_more
from persona_archive.page import CATALOG, DERIVED, LOST, TEXT


def site_names(hints: Hints) -> tuple[str, ...]:
    """Every name the document's site goes by: the catalog's site, its URL, the profile's."""
    return tuple(n for n in (hints.site, hints.url, *hints.site_names) if n)


_MASTHEAD_GAP = 2
"""Lines gone in one place (chrome removed, blank lines) between a heading-like line and the
next one that make the first the page's masthead (the site's name, its tagline)..."""
_MASTHEAD_REACH = 8
"""... when the next one is at most this many lines further down, and the first is short."""
_MASTHEAD_MENU = 3
"""... or when a menu of this many one- or two-word lines stands between the two (the site's
navigation under its name and tagline, the episode's headline under it)."""


def title_line(body: list[Line], hints: Hints) -> tuple[int, str] | None:
    """The document's title line in ``body``: its index and the headline it gives, or None
    (``_title_line``; a poster's display name heading a social post is none: ``heads_posts``);
    a title whose letters were lost to damage (U+FFFD) is read from an
    undamaged copy the page prints at its top, kept or removed (``_undamaged``).
    """
    found = _title_line(body, hints)
    if found is not None and heads_posts([ln.text for ln in body], found[0]):
        return None  # a poster's display name over a social post: metadata, never the title
    if found is not None:
        found = _tab_glued(body, found, site_names(hints)) or found
    if found is None or LOST not in found[1]:
        return found
    return found[0], _undamaged(found[1], body, dict(hints.removed))


_GLUED_WORDS = 4
"""The most words a store or site glues after the headline in a browser title without a
separator ("… im App Store", "… on the App Store")."""


def _tab_glued(
    body: list[Line], found: tuple[int, str], names: Iterable[str]
) -> tuple[int, str] | None:
    """The headline printed alone under the page's first line ``found`` when that line is the
    browser's title, the headline and the site's name glued to it without a separator
    ("Brotzeit – Dein Backassistent im App Store", then "Brotzeit – Dein Backassistent"): the
    line under it at the top, heading-like, with which the first line begins, followed by at
    most ``_GLUED_WORDS`` words of which one at least is a name (a capital). The page prints
    its headline twice, once with the store's name after it.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kettle Pal – Tea Companion on the App Store\\nKettle Pal – Tea "
    ...                    "Companion\\nPekoe Labs\\nThe kettle app talks while the water boils.")
    >>> _tab_glued(body, (0, body[0].text), ())
    (1, 'Kettle Pal – Tea Companion')
    >>> body = split_lines("Why bees go quiet in the winter months\\nWhy bees go quiet\\nText.")
    >>> _tab_glued(body, (0, body[0].text), ()) is None
    True
    """
    i, text = found
    if i != 0:
        return None  # a browser's title is the saved page's first line
    text = " ".join(text.split())
    for k in range(1, min(len(body), _TOP_REACH)):
        line = " ".join(body[k].text.split())
        if _is_body(line):
            return None
        if not text.startswith(line + " ") or headline(line, names) != line:
            continue
        rest = text[len(line) :].split()
        if (
            len(rest) <= _GLUED_WORDS
            and any(w[:1].isupper() for w in rest)
            and not re.search(rf"[{_STOPS}?!]$", text)
        ):
            return k, line
    return None


_LOST_RUN = 3
"""The most letters one mark of a lost letter (U+FFFD) stands for in a copy of the title."""


def _undamaged(title: str, body: list[Line], gone: dict[int, str]) -> str:
    """``title``, whose letters the damage lost (each U+FFFD one to ``_LOST_RUN`` of them),
    as a copy at the top of the page spells it whole: the browser's title line ("<title> -
    <site>", one of its parts), a breadcrumb's last step or the headline printed twice, kept
    or removed as chrome. The copy must match every letter the title kept; else the title
    stays as it is, its lost letters marked.

    >>> from persona_archive.cleaning.model import Line
    >>> top = [Line(1, "Δήμος δοκιμάζει ψηφιακό βοηθό με «ήπιο» χαρακτήρα - Νέα της Πόλης")]
    >>> _undamaged("Δήμος δοκιμάζει ψηφιακό βοηθό με «ήπιο» χα\ufffdακτή\ufffdα", top, {})
    'Δήμος δοκιμάζει ψηφιακό βοηθό με «ήπιο» χαρακτήρα'
    >>> _undamaged("Δήμος δοκιμάζει ψηφιακό βοηθό με «ήπιο» χα\ufffdακτή\ufffdα", [], {})
    'Δήμος δοκιμάζει ψηφιακό βοηθό με «ήπιο» χα\ufffdακτή\ufffdα'
    """
    pieces = [
        f"[^\\s{LOST}]{{1,{_LOST_RUN * len(part)}}}" if LOST in part else re.escape(part)
        for part in re.split(f"({LOST}+)", title)
        if part
    ]
    pattern = re.compile("".join(pieces))
    lines = [ln.text for ln in body[:_TOP_REACH] if not _is_body(ln.text)]
    lines += [t for t in gone.values() if t.strip() and not _is_body(t)]
    for text in lines:
        text = " ".join(text.split())
        for part in (text, *_TITLE_SEPARATOR.split(text), *_CRUMB_SEPARATOR.split(text)):
            if LOST not in part and pattern.fullmatch(part.strip()):
                return part.strip()
    return title


def _title_line(body: list[Line], hints: Hints) -> tuple[int, str] | None:
    """The document's title line in ``body``: its index and the headline it gives, or None.

    The headline is looked for among the lines at the top, before the body's prose begins
    (``_is_body``), among the heading-like ones (``headline``): chrome, bylines and metadata
    lines are passed over (and stay in the body). Of these, the first is the headline, except:

    - a run of short heading-like lines followed, after two or more lines gone in one place
      (the menu or date lines removed as chrome, blank lines) and at most eight lines further,
      by another heading-like line is the page's masthead (the site's name, its tagline): the
      headline comes after it. Chrome still there is no such evidence: a clean text (one blank
      line between paragraphs) keeps its first headline;
    - a line the next one ends (a breadcrumb glued to the headline) gives way to the next;
    - a short line the page repeats inside a longer line further down is the site's name.

    A headline that nothing follows, or that a label follows ("The method:", the meme format of
    a social post), is none: the title is derived.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "Prose goes on here. " * 5
    >>> body = split_lines("MENU\\nMarch 3, 2024\\nThe Quiet Model Speaks\\n" + prose)
    >>> title_line(body, Hints())
    (2, 'The Quiet Model Speaks')
    >>> body = split_lines("Leaf and Kettle\\n\\n\\nCold brewing green tea, and why\\n" + prose)
    >>> title_line(body, Hints())
    (1, 'Cold brewing green tea, and why')
    """
    known = site_names(hints)
    removed = dict(hints.removed)
    names = (*known, *_page_names(body, removed))
    confirmed = (
        _confirmed_title(body, known, removed)
        or _marked_heading(body, known, removed)
        or _readme_heading(body, known, removed)
    )
    if confirmed is not None:
        return confirmed
    rules = dict(hints.removed_rules)
    masthead = masthead_lines(body, removed, rules)
    top: list[tuple[int, str]] = []
    figure: set[int] = set()  # a lead photo's credit and caption: passed over like chrome
    labels: Counter[str] | None = None  # the page's labels (``menus.page_labels``)
    counted = 0
    if (
        len(body) > 2
        and not any(t.strip() for t in removed.values())
        and [ln.no - body[0].no for ln in body[:3]] == [0, 2, 4]  # a clean text's paragraphs
        and all(
            _UNMARKED.search(ln.text) and not _is_body(ln.text) and _prose(ln.text, body[0].text)
            for ln in body[1:3]
        )
    ):
        opening = _opening_title(body, known, removed)
        if opening is not None:
            return opening  # a short title over prose in a script that marks no sentence's end
            # (whose first line of prose is heading-like): a clean text's title
    for i, line in enumerate(body[:_TOP_REACH]):
        if _wrapped(body, i):
            break  # the first line of a paragraph wrapped at a width: the body has begun
        if _is_body(line.text):
            if (not top or [k for k, _ in top] == [0] == [i - 1]) and _tagline(
                body, i, names, removed
            ):
                top.clear()  # the site's name over it is the masthead's too
                counted += 1  # the site's tagline, a sentence under its name: the masthead's
                continue
            if (
                _banner_text(body, i)
                or chrome_reason(line.text, names)
                or _trail_to(line.text)
                or _site_note(body, i, removed)
            ):
                counted += 1  # a cookie banner's text, an affiliate disclosure, an email's
                continue  # note on reading it online, a breadcrumb to the headline, the
                # site's note about itself over the headline: the page's
            if _CREDIT.match(" ".join(_under(body, i, removed, 1))):
                figure.add(i)  # a lead photo's caption over its credit, above the headline
                counted += 1
                continue
            subject = _subject(body, i, known)
            if subject is not None:
                return subject
            break
        if counted >= _TOP_LINES:
            break
        if (
            re.search(rf"[{_STOPS}]$", line.text.strip())
            and (not top or [k for k, _ in top] == [0] == [i - 1])
            and _tagline(body, i, names, removed)
        ):
            top.clear()  # a tagline too short for prose ("關於茶和機器的小筆記。"): the same
            counted += 1
            continue
        if _link_pair(line.text):
            continue  # links set apart by the layout ("News   Sports"): the site's menu
        if _under_version(body, i, removed, known):
            return i, " ".join(line.text.split())  # a docs page's title under its version menu
        room = room_label(line.text) or _room_name(body, i, known, removed)
        if room and not top:
            return i, room  # a chat export's channel line or room name, before any headline
        rated = _rated_title(body, i, known, removed)
        if rated:
            return i, rated  # a place or a product named over its rating: the page's subject
        memo = _memo_title(body, i, names, removed)
        if memo:
            return i, memo  # a memo's title under its header block
        fielded = None if top else _fielded_title(body, i, known)
        if fielded:
            return i, fielded  # a subject's short name over its infobox, the prose naming it
        decked = _decked_title(body, i, known, removed) or _versioned_title(body, i, known, removed)
        if decked and _under_buttons(body, i, removed, rules):
            decked = None  # a post's author over its text, the thread's buttons above them
        if decked and _dated_below(body, i, known, removed, rules):
            decked = None  # a blog's name and description over the post's date and title
        if decked:  # a short headline over its deck and the article's date or byline, or
            return i, decked  # release notes' heading over their first release
        posted = (
            _posted_title(body, i, known, removed, rules)
            if not top or _menu_over(body, top[-1][0], i, removed, rules)
            else None
        )
        if not posted and not any(_dated(body, k, removed) for k, _ in top):
            # a post's title (one word too) over its date, under a masthead with no date
            posted = _stamped_title(body, i, known, removed, rules)
        if not posted and (not top or (len(top) == 1 and top[0][0] == 1 and _short(top[0][1]))):
            # nothing heading-like above, or a blog's description under its name (the page's
            # first line): a headline with its date under it keeps its title
            posted = _dated_title(body, i, known, removed, rules)
        if posted:
            return i, posted  # a post's short title beside its poster's name and time
        text = (
            headline(line.text, names)
            or _paired_headline(body, i, removed, known)
            or _asked_title(body, i, known)
            or _signed_title(body, i, known, removed)
            or _file_title(body, i, known, removed)
            or _site_marked(line.text, names)
            or _crumbed_title(body, i, known, removed)
            or _searched_title(body, i, known, removed)
            or (line.text.strip() if _over_number(body, i, known, removed) else None)
        )
        if text and labels is None and _row_shape(line.text):
            labels = page_labels(body, removed)  # read once, for every row-shaped line
        if text and (_echoed_row(body, i, removed, labels) or _record_field(body, i, removed)):
            text = None  # the site's menu, whose items the page shows elsewhere; a record's field
        if text and _reply_subject(line.text, top):
            text = None  # a reply's subject ("Re: <the thread's title>"): the title stands above
        if text and _pull_quote(body, i):
            text = None  # a featured quote of a review or a post further down: not the page's
        if text and _SALUTATION.match(line.text.strip()):
            text = None  # a letter's greeting to its reader ("親愛的讀者，您好。"): never its title
        if _CREDIT.match(line.text.strip()):
            figure.add(i)
        elif text and _beside_figure_or_byline(body, i):
            text = None
            if not (i and _BY_END.search(body[i - 1].text)):
                figure.add(i)
        elif text and i - 1 not in figure and _credited(body, i, removed):
            text = None  # a lead photo's caption, its credit removed as chrome (the line
            figure.add(i)  # under a caption and its credit is the headline)
        if text and line.no in masthead:
            text = None  # the site's name over its navigation, the text under it
        if text:
            top.append((i, text))
        if text or not _menu_item(line.text):
            counted += 1
    if not top:
        return _opening_title(body, known, removed)
    runs: list[list[tuple[int, str]]] = [[top[0]]]
    for prev, cur in pairwise(top):
        p, c = body[prev[0]], body[cur[0]]
        numbers = [ln.no for ln in body[prev[0] : cur[0] + 1]]
        gone = max(b - a - 1 for a, b in pairwise(numbers))  # the most lines gone in one place
        if _post_record(
            [(t, rules.get(n, "")) for n, t in removed.items() if p.no < n < c.no and t.strip()]
        ):
            gone = 0  # the post's record under its title (asker, views, date): no masthead's gap
        between = [body[k] for k in range(prev[0] + 1, cur[0]) if k not in figure]
        items = sum(1 for ln in between if _menu_item(ln.text))
        menu = items >= _MASTHEAD_MENU and all(  # the blog's pages, then its date header
            _menu_item(ln.text) or _is_date_line(ln.text) for ln in between
        )
        if not menu and between and _dated(body, cur[0], removed):
            # a dated headline under a menu of which some items were removed as chrome
            dropped = sum(1 for n, t in removed.items() if p.no < n < c.no and t.strip())
            menu = len(between) + dropped >= _MASTHEAD_MENU and all(
                _menu_item(ln.text) for ln in between
            )
        navigation = (
            _navigation(between, names)
            or _section_over(runs[-1], between, cur[1])
            # the site's menu removed between them: what stands over it is the masthead's
            or _navigation_gone(
                [(t, rules.get(n, "")) for n, t in removed.items() if p.no < n < c.no], row=True
            )
        )
        searched = all(_short(text) for _, text in runs[-1]) and any(
            _SEARCH_PROMPT.match(t.strip())
            for t in [
                *(ln.text for ln in between),
                *(removed[n] for n in removed if p.no < n < c.no),
            ]
        )  # the site's search box under its name: a help center's header over the page's title
        bylined = (bool(between) and _is_byline_line(between[0].text)) or _signed_dateline(
            body, prev[0], removed
        )
        if _under_number(body, cur[0], removed) and _key(prev[1]) != _key(cur[1]):
            runs.append([cur])  # a part's title under its number: above it, the series' name
            continue
        if _over_number(body, cur[0], known, removed) and _key(prev[1]) != _key(cur[1]):
            runs.append([cur])  # an episode's title over its number: above it, the show's name
            continue
        if _under_crumb(body, prev[0], removed) and not _crumb_ends(between, c.text, cur[1]):
            runs[-1].append(cur)  # the line the breadcrumb leads to is the page's title
            continue
        if _under_crumb(body, cur[0], removed) and _key(prev[1]) != _key(cur[1]):
            runs.append([cur])  # ... and what stands above the breadcrumb is the site's header
            continue
        if _crumb_ends(between, c.text, cur[1]) or (
            (
                (
                    ((gone >= _MASTHEAD_GAP and c.no - p.no <= _MASTHEAD_REACH) or menu)
                    and (
                        all(_short(text) for _, text in runs[-1])
                        # a longer tagline: the headline is the one with its date under it
                        or (_dated(body, cur[0], removed) and not _dated(body, prev[0], removed))
                    )
                )
                or navigation
                or searched
            )
            and _key(prev[1]) != _key(cur[1])
            and not bylined
        ):
            runs.append([cur])
        else:
            runs[-1].append(cur)
    run = runs[-1]  # every run before the last is a masthead
    choice = run[0]
    for nxt in run[1:]:
        text = choice[1]
        if _key(text) == _key(nxt[1]) or _is_byline_line(body[choice[0] + 1].text):
            break  # a headline has its byline under it
        if _in_capitals(text) and not _in_capitals(nxt[1]):
            choice = nxt  # a kicker in capitals over the headline ("THE WEEK IN TECHNOLOGY")
            continue
        if (
            _room_named(body, nxt[0])
            or _tagline_over(body, choice, nxt, names, removed)
            or _author_bio(body, choice, nxt, removed)
        ):
            choice = nxt
            continue
        if (
            _holds(text, nxt[1])
            or (
                _name_short(text, nxt[1])  # a headline says more than a name
                and _recurs(text, body[nxt[0] + 1 :])  # (the body repeats the site's name)
            )
            or (
                (
                    _label_over(body, choice, nxt, removed)
                    or _kicker_over_decked(body, choice, nxt, removed)
                )
                and not _said_more(body, choice, nxt)
            )
        ):
            choice = nxt
            continue
        break
    choice = _headline_below(body, run, choice, removed)
    later = [c for c in run if c[0] > choice[0]]
    if later and _author_bio(body, choice, later[0], removed):
        choice = later[0]  # the evidence chose the author's line about themselves
    following = body[choice[0] + 1] if choice[0] + 1 < len(body) else None
    if following is None or (
        _is_label(following.text)
        and not _signed_label(body, choice[0] + 1, removed)
        and not _turn_label(body, choice[0] + 1)
        and not _SALUTATION.match(following.text.strip())  # a letter's greeting to its reader
    ):
        return None  # a headline is followed by its byline, date or body, not by a label
    return choice


_LINK_GAP = re.compile(r"\s{3,}|\t+")
"""The gap a saved page leaves between two links of one row: three spaces or more, a tab."""
_LINK_WORDS = 2
"""The most words a link of such a row holds ("Sign up")..."""
_LINK_CHARS = 10
"""... or characters, in a script written without spaces ("หน้าแรก", "สูตรอาหาร")."""


def _link_pair(text: str) -> bool:
    """Whether ``text`` is a row of two or more links that the page's layout set apart by a
    wide gap (``_LINK_GAP``), each a word or two with letters and no sentence's punctuation:
    "News   Sports", "หน้าแรก   สูตรอาหาร". ``menus._is_menu`` takes such rows from three items;
    a headline never holds such a gap between words, so two suffice here.

    >>> [_link_pair(t) for t in ("News   Sports", "หน้าแรก   สูตรอาหาร", "Kettle Pal   4+")]
    [True, True, False]
    >>> [_link_pair(t) for t in ("Why bees left", "Episode 12   Why the kettle sings today")]
    [False, False]
    """
    items = [i for i in _LINK_GAP.split(text.strip()) if i]
    if len(items) < 2:
        return False
    for item in items:
        if not any(ch.isalpha() for ch in item) or re.search(rf"[{_STOPS}!?！？:,;]", item):
            return False
        if _no_space_script(item):
            if " " in item or len(item) > _LINK_CHARS:
                return False
        elif len(item.split()) > _LINK_WORDS:
            return False
    return True


# A docs site's version menu: a version number (two parts at least, "3.2", "v2.x"), a word
# before it ("Version:", "Versión"), what it is after it ("(latest)") and the menu's arrow.
_VERSION_MENU = re.compile(
    r"^(?:[^\W\d_]{1,12}[:\s]\s*)?v?\d{1,3}(?:\.(?:\d{1,3}|x)){1,2}"
    r"(?:\s*\([^()]{1,20}\))?\s*[▾▼⌄∨]?$",
    re.IGNORECASE,
)
_VERSIONED_WORDS = 8
"""The most words of a docs page's title under its version menu."""


def _under_version(body: list[Line], i: int, gone: dict[int, str], names: Iterable[str]) -> bool:
    """Whether ``body[i]`` is a docs page's title right under the site's version menu in the
    source, kept or removed ("Version: 3.2 (latest) ▾", then "Persona files"), with the body's
    prose under it: the page's heading, however short. A line that ends a sentence, a label
    and chrome are none.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "A persona file describes a character for the assistant to play, and its tone."
    >>> body = split_lines(f"Lantern\\nv3.2 ▾\\nPersona files\\n{prose}")
    >>> _under_version(body, 2, {}, ()), _under_version(body, 0, {}, ())
    (True, False)
    >>> body = split_lines(f"Lantern\\nv3.2 ▾\\nRelease notes:\\n{prose}")
    >>> _under_version(body, 2, {}, ())
    False
    """
    text = " ".join(body[i].text.split())
    above = _above(body, i, gone).strip()
    return (
        bool(_VERSION_MENU.match(above))
        and i + 1 < len(body)
        and _is_body(body[i + 1].text)
        and any(ch.isalpha() for ch in text)
        and len(text.split()) <= _VERSIONED_WORDS
        and not _is_body(text)
        and not re.search(rf"[{_STOPS}!?:：]$", text)
        and not chrome_reason(text, names)
    )


def _reply_subject(text: str, top: list[tuple[int, str]]) -> bool:
    """Whether ``text`` is a reply's subject line: a reply prefix ("Re: ", "Odp: ", "回复：")
    before the words of a heading-like line already found above it (``top``): a forum's or a
    list's later post, under the thread's title. A "Re:" subject with no title above is the
    page's (a mailing list's message page).

    >>> _reply_subject("Re: Bot signs off with a rhyme", [(0, "Bot signs off with a rhyme")])
    True
    >>> _reply_subject("Re: Bot signs off with a rhyme", []), _reply_subject("Rhymes", [(0, "R")])
    (False, False)
    """
    m = _MAIL_PREFIX.match(text.strip())
    if not m or not top:
        return False
    key = _key(text.strip()[m.end() :])
    return bool(key) and any(_key(t) == key for _, t in top)


# A line wholly in quotation marks: „…”, “…”, "…", «…», 「…」, 『…』.
_QUOTED = re.compile(r"^[\"„“”«‹「『‚‘](?P<text>.+?)[\"”“»›」』’‘]$")


def _pull_quote(body: list[Line], i: int) -> bool:
    """Whether ``body[i]`` is a line wholly in quotation marks that quotes a line further
    down the page: a featured review's sentence ("„Ritkán hízeleg, és ezt szeretem
    benne.”" over the reviews, one of which says it), an article's pull quote. The page
    quotes its own text there; its title is elsewhere. A quoted headline the text does not
    repeat stays one.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kettle reviews\\n“Quiet, and never flatters.”\\nAda\\nQuiet, and "
    ...                    "never flatters.\\nIt answers and stops.")
    >>> _pull_quote(body, 1), _pull_quote(split_lines("“Never flatter”\\nText."), 0)
    (True, False)
    """
    m = _QUOTED.match(body[i].text.strip())
    if not m:
        return False
    key = _key(m["text"])
    return len(key) >= _QUOTE_KEY and any(key in _key(ln.text) for ln in body[i + 1 :])


_QUOTE_KEY = 12
"""The fewest letters and digits a quoted line repeated below must have to count as a quote."""


_RECORD_RULES = frozenset(
    {"interface:post-meta", "interface:counter", "interface:timestamp", "interface:voting"}
)
"""The chrome rules that remove a post's record: its poster, counts, date and votes."""


def _post_record(gone: list[tuple[str, str]]) -> bool:
    """Whether the lines removed between two heading-like lines, (text, rule), are a post's
    record and nothing else: all removed as a post's metadata, counts, date or votes, by two
    of these rules or more ("비공개", "조회수 812", "작성일 2026.12.04" under a question's
    title, over its text). A site's name stands over its menu, its search, its account links
    or today's date; a post's title over its record. Fields of one kind alone (a work's tags,
    "Category: Gen", "Stats: …") are a header's block of labels, no such evidence.

    >>> _post_record([("Anonymous", "interface:post-meta"), ("812 views", "interface:counter")])
    True
    >>> _post_record([("Monday, 7 December 2026", "interface:timestamp"),
    ...               ("Home | News", "interface:navigation")])
    False
    >>> _post_record([("12 Dec", "interface:timestamp"), ("3 Dec", "interface:timestamp")])
    False
    """
    rules = {r for _, r in gone}
    return len(rules) >= 2 and rules <= _RECORD_RULES


_BUTTON_RULES = frozenset({"interface:post-actions", "interface:voting"})
"""The chrome rules that remove a post's or a thread's buttons and votes."""


def _under_buttons(body: list[Line], i: int, gone: dict[int, str], rules: dict[int, str]) -> bool:
    """Whether the nearest line above ``body[i]`` in the source is a post's or a thread's
    buttons the chrome rules removed ("只看楼主 收藏 回复", "Reply · Quote"): what stands under
    them is a post, headed by its author's name, never the page's headline with its deck.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = "AI 太客气\\n只看楼主 收藏 回复\\n青柠\\nText."
    >>> body = [ln for ln in split_lines(page) if ln.no != 2]
    >>> _under_buttons(body, 1, {2: "只看楼主 收藏 回复"}, {2: "interface:post-actions"})
    True
    >>> _under_buttons(body, 1, {2: "2026-03-05"}, {2: "interface:timestamp"})
    False
    """
    kept = {ln.no for ln in body[:i]}
    for no in range(body[i].no - 1, 0, -1):
        if no in kept:
            return False
        if gone.get(no, "").strip():
            return rules.get(no) in _BUTTON_RULES
    return False


def _menu_over(
    body: list[Line], k: int, i: int, gone: dict[int, str], rules: dict[int, str]
) -> bool:
    """Whether the site's menu stands between the heading-like ``body[k]`` and ``body[i]``:
    three menu items or more kept ("Episodes", "Transcripts", "About"), or the navigation
    removed as chrome and menu items at most kept under the page's first line. What stands
    over a menu is the site's name, what stands under it may be the page's title however
    short; a heading further down over removed navigation (a thread's title over its tools)
    is no site's name, and a short line under it no title.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Quiet Hours Podcast\\nEpisodes\\nTranscripts\\nAbout\\nSlow circuits")
    >>> _menu_over(body, 0, 4, {}, {}), _menu_over(body, 0, 1, {}, {})
    (True, False)
    """
    between = body[k + 1 : i]
    if not all(_menu_item(ln.text) for ln in between):
        return False
    navigation = any(
        rules.get(no) == "interface:navigation" and gone[no].strip()
        for no in range(body[k].no + 1, body[i].no)
        if no in gone
    )
    return len(between) >= _MASTHEAD_MENU or (navigation and k == 0)


def _credited(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether a photo's credit stands right above or under ``body[i]`` in the source, where
    the chrome rules removed it: ``body[i]`` is the photo's caption all the same.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = [ln for ln in split_lines("Photo: Ana Lima\\nA weeder at work in a field\\nX")
    ...         if ln.no != 1]
    >>> _credited(body, 0, {1: "Photo: Ana Lima"}), _credited(body, 0, {})
    (True, False)
    """
    return any(
        _CREDIT.match(text)
        for text in (_above(body, i, gone), *_under(body, i, gone, 1))
        if any(no in gone for no in (body[i].no - 1, body[i].no + 1))
    )


def _signed_dateline(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether the line right under ``body[i]`` in the source, kept or removed as chrome, is a
    dateline that names the author ("5 มีนาคม 2569 · โดย ชายพัฒน์", "March 3, 2026 · by Ana
    Lima"): a post's headline has it under it, a site's name or tagline never does. Lines the
    chrome rules removed under such a line (the date, a view count) are the headline's, not a
    masthead's gap.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Why my bees went quiet\\n\\n\\nThe hive was silent all week")
    >>> _signed_dateline(body, 0, {2: "March 3, 2026 · by Ana Lima", 3: "1,284 views"})
    True
    >>> _signed_dateline(body, 0, {2: "March 3, 2026 · 4 min read"})
    False
    """
    under = _under(body, i, gone, 1)
    if not under or not _dateline(under[0]):
        return False
    return any(_is_byline_line(p) for p in re.split(r"\s+[·•|]\s+", under[0]))


_NAME_WIDTH = 24
"""The widest a poster's name under a label can be ("山茶与猫", "Ines Walcott")."""


def _signed_label(body: list[Line], k: int, gone: dict[int, str] | None = None) -> bool:
    """Whether the label ``body[k]`` ("来自：", "From:", "Von:") introduces a post's author: a
    short name stands under it and a date under the name. A headline has its byline so; a
    label that introduces a list or a format ("The method:") has content under it. The date
    counts where it stood when it was removed as chrome (``gone``).

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("A headline\\n来自：\\n山茶与猫\\n2026-12-01 22:13:45 上海\\nText.")
    >>> _signed_label(body, 1), _signed_label(split_lines("A\\nThe method:\\nStep one\\nX"), 1)
    (True, False)
    >>> body = split_lines("A headline\\n来自：\\n山茶与猫\\n\\nText.")
    >>> _signed_label(body, 1, {4: "2026-12-01 22:13:45 上海"})
    True
    """
    under = _under(body, k, gone or {}, 2)
    if len(under) < 2:
        return False
    name, date = under
    return (
        0 < _width(name) <= _NAME_WIDTH
        and not _is_label(name)
        and (_is_date_line(date) or _holds_date(date) or bool(_dateline(date)))
    )


_TURN_REACH = 12
"""How far under a speaker's label the next speaker's label stands in a chat's first turns."""


def _turn_label(body: list[Line], k: int) -> bool:
    """Whether the label ``body[k]`` opens a chat's turn ("You said:", then "Parley said:";
    "你說：", then "Parley 說："): another label within ``_TURN_REACH`` lines under it says the
    same verb of another speaker, its last word (in a script without spaces, its last
    character) the same, its speaker not. A shared chat has its title over its first turn; a
    label that introduces a list or a format ("The method:", "The result:") has no such twin.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Du sagde:\\nHej.\\nParley sagde:\\nHej med dig.")
    >>> _turn_label(body, 0), _turn_label(split_lines("The method:\\nX\\nThe result:\\nY"), 0)
    (True, False)
    >>> _turn_label(split_lines("你說：\\n你好。\\nParley 說：\\n你好！"), 0)
    True
    """

    def parts(text: str) -> tuple[str, str]:
        said = text.strip().rstrip(":：").strip()
        words = said.split()
        if not words:
            return "", ""
        if len(words) == 1 and _no_space_script(said):
            return said[:-1], said[-1]  # "你說": the speaker, the verb
        return " ".join(words[:-1]), words[-1]

    who, verb = parts(body[k].text)
    if not who or not verb:
        return False
    for ln in body[k + 1 : k + 1 + _TURN_REACH]:
        if _is_label(ln.text):
            other, said = parts(ln.text)
            if other and said.casefold() == verb.casefold() and other != who:
                return True
    return False


def _person_named(text: str) -> bool:
    """A person's name on a line of its own (``credits._name_like``), or in a script without
    capitals two or three words of letters alone ("مریم رضایی").

    >>> [_person_named(t) for t in ("Ada Brook", "مریم رضایی", "ادامه مطلب را بخوانید اینجا")]
    [True, True, False]
    """
    words = text.split()
    uncased = not any(ch.isupper() or ch.islower() for ch in text)
    return _name_like(text) or (
        uncased and 2 <= len(words) <= 3 and all(w.isalpha() for w in words)
    )


def _author_bio(
    body: list[Line], choice: tuple[int, str], nxt: tuple[int, str], gone: dict[int, str]
) -> bool:
    """Whether ``choice`` is the author's line about themselves in an author block over the
    headline ``nxt`` ("Rina Wulandari", "Civil servant who likes cycling and gardening",
    "Updated: 2 March 2026", then the headline): the line right above it in the source is a
    person's name and no headline, its date under it, and ``nxt`` the next heading-like line
    after that date with its own lead (body, byline, date). A blog named after its author has
    its headline under the name and the body under the headline's date: no later headline.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Rina Wulandari\\nCivil servant who likes cycling and gardening\\n"
    ...                    "Updated: 2 March 2026 09:15\\nCycling to the office with an "
    ...                    "assistant\\nFor three months I have cycled to the office.")
    >>> _author_bio(body, (1, body[1].text), (3, body[3].text), {})
    True
    >>> _author_bio(body, (3, body[3].text), (4, body[4].text), {})
    False
    """
    i, j = choice[0], nxt[0]
    above_no = body[i].no - 1
    above = next((ln.text for ln in body[:i] if ln.no == above_no), gone.get(above_no, ""))
    if not (_person_named(above.strip()) and _lead(body, i, gone) == "date"):
        return False
    between = [body[k].text for k in range(i + 1, j)]
    between += [t for n, t in gone.items() if body[i].no < n < body[j].no and t.strip()]
    return (
        bool(between)
        and all(
            _is_date_line(t)
            or _holds_date(t)
            or _dateline(t)
            or any(_is_date_line(p) for p in re.split(r"\s+[·•|]\s+", t))  # "5 min · <date>"
            for t in between
        )
        and _lead(body, j, gone) in ("body", "byline", "date", "other")
    )


def _wrapped(body: list[Line], i: int) -> bool:
    """Whether ``body[i]`` is a line of a paragraph hard-wrapped at a width: it does not end a
    sentence, the next line goes on in lower case right under it, and the lines it stands among
    (no blank line between) are wrapped at a width it reaches (``paragraphs._wrap_width``). Such
    a line ends mid-sentence: it is never a headline.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines(
    ...     "Some sources arrive hard-wrapped at a fixed width, so a single\\n"
    ...     "paragraph is spread over several lines that each end in the middle\\n"
    ...     "of a sentence and go on in lower case on the next line of the page.\\n"
    ... )
    >>> _wrapped(page, 0), _wrapped(split_lines("A Headline\\nby Jane Doe\\nText."), 0)
    (True, False)
    """
    line = body[i]
    if i + 1 >= len(body) or _ENDS_CLOSED.search(line.text):
        return False
    after = body[i + 1]
    if after.no != line.no + 1 or not after.text[:1].islower():
        return False
    run = [line]
    for ln in body[i + 1 :]:
        if ln.no != run[-1].no + 1:
            break
        run.append(ln)
    width = _wrap_width(run)
    return broken_at(line.text, after.text, width)


def title_source(hints: Hints, changes: Iterable[Change]) -> str:
    """Where ``build`` took the title from, for the front matter's ``title_source``: the
    catalog's, a title line of the text (a ``title`` change), or derived from the first sentence.

    >>> title_source(Hints(title="T"), []), title_source(Hints(), [])
    ('catalog', 'derived')
    >>> title_source(Hints(), [Change(STAGE, "title", 1, "A Title")])
    'text'
    """
    if (hints.title or "").strip():
        return CATALOG
    if any(c.stage == STAGE and c.rule == "title" for c in changes):
        return TEXT
    return DERIVED
