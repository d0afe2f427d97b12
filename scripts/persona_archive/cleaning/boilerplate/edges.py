"""Chrome told by where it stands: above the text's first line of prose (the page's header, a
post's head) or below its last (the footer), in any language and on any site.

A line of prose is a sentence with a few words in any script (``is_prose``); what stands
before the first and after the last is the template's. A shape that is also an author's (a
date alone) goes from there only when the page does not print the same shape among its prose
as well: there it is the text's own (a diary's entries, a log's days), at the edge too.
The short lines left between the template's removed chrome go the same way: in the footer
under the last sentence (a store's badges, a language picker, a label over a contact block)
and in an article's row of furniture under its headline (its section's name).
"""

from __future__ import annotations

import bisect
import re

from persona_archive.cleaning.boilerplate.interface import has_letter
from persona_archive.cleaning.boilerplate.shapes import furniture_date, is_quoted, sentence_marks
from persona_archive.cleaning.duplicates import word_count
from persona_archive.cleaning.model import Line

PROSE_MIN_WORDS = 5


def is_prose(text: str) -> bool:
    """A line of the text's body: a sentence mark and five words or more, in any script
    (a CJK character counts as a word, an unspaced script's letters by the few).

    >>> is_prose("The bot apologised before anyone asked."), is_prose("今日は雨でした。")
    (True, True)
    >>> is_prose("Read more."), is_prose("2025-03-04 21:10"), is_prose("> Quoted, five words here.")
    (False, False, False)
    """
    return not is_quoted(text) and sentence_marks(text) > 0 and word_count(text) >= PROSE_MIN_WORDS


# the page's one date under this many lines of prose at most is the article's, under its deck
# or the site's tagline; deeper it is the text's ("Then it opened again. / 04.03.2025 / That
# morning …")
DATE_PROSE_ABOVE = 1


def edge_dates(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The rules of this module, in order: the dates first (``alone_dates``), which are the
    evidence of the header's sandwich; then the footer's band and labels, and the header's."""
    alone_dates(kept, removed)
    footer_band(kept, removed)
    footer_labels(kept, removed)
    header_sandwich(kept, removed)


def alone_dates(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A date alone on its line ("2026-03-07", "Mar 12. 2026", "2025. 3. 4. 21:10") that a
    page's template prints over an article or under it: above the text's first line of prose
    with chrome removed above it, below the last with chrome removed below it, or the page's
    only date alone, under at most ``DATE_PROSE_ABOVE`` line of prose (a deck, a tagline)
    with chrome removed above. Dates are furniture by the corpus convention (a date in a
    sentence is not alone). The removed chrome is the evidence of a template: a clean text's
    date under its title ("To my sister" / "12.03.2025" / "Dear Ana, …") is a letter's and
    stays, as does a reply's date under a question. So do the dates of a page that prints more
    than one date alone among its prose (a diary heads its entries with them, the first at
    the top).

    >>> from persona_archive.cleaning.model import split_lines
    >>> text = "The kettle sang all morning, and nobody minded it at all."
    >>> page = split_lines(f"Menu\\nNotes\\n2026-03-07\\n{text}\\n{text}\\n12 March 2026\\nAbout")
    >>> removed = {0: ("interface:navigation", ""), 6: ("interface:navigation", "")}
    >>> alone_dates(page, removed); sorted(removed)
    [0, 2, 5, 6]
    >>> removed = {}; alone_dates(page, removed); removed  # no chrome around: a clean text's
    {}
    >>> decked = split_lines(f"Menu\\nKettle notes\\n{text}\\n2026-03-07\\n{text}\\n{text}")
    >>> removed = {0: ("interface:navigation", "")}; alone_dates(decked, removed); sorted(removed)
    [0, 3]
    >>> diary = split_lines(f"Menu\\n2026-03-07\\n{text}\\n2026-03-08\\n{text}")
    >>> removed = {0: ("interface:navigation", "")}; alone_dates(diary, removed); sorted(removed)
    [0]
    """
    seen = [index for index in range(len(kept)) if index not in removed]
    prose = [index for index in seen if is_prose(kept[index].text)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    dates = [index for index in seen if furniture_date(kept[index].text)]
    among = [index for index in dates if first < index < last]
    if among and (len(dates) > 1 or bisect.bisect(prose, among[0]) > DATE_PROSE_ABOVE):
        return
    gone = sorted(removed)
    for index in dates:
        if index > last:
            if not gone or gone[-1] < index:
                continue  # no chrome under it: the text's last line
            where = "below the text's last sentence, over the page's footer"
        elif not gone or gone[0] > index:
            continue  # no chrome over it: a letter's or an entry's own date
        else:
            where = "above the text's first sentence" if index < first else "under its deck"
        removed[index] = ("interface:timestamp", f"a date alone {where}")


# the kinds of removed lines a site's template prints around a text: its menus, notices and
# footer links, not a post's furniture (buttons, times, counts), nor an advertisement that
# interrupts the text
_BAND_RULES = frozenset(
    f"interface:{kind}"
    for kind in (
        "navigation", "skip-link", "account", "consent", "legal", "newsletter", "hosting-banner",
        "related", "contact", "sharing", "tabs", "block", "edge",
    )
)  # fmt: skip

# a band's own line: a few words ("Google Play", "Polski · English · Українська")
BAND_MAX_WORDS = 4
BAND_MAX_CHARS = 40
# a run of band lines between two lines of removed chrome ("Google Play" / "App Store"); a
# longer run is a stanza or a list
BAND_MAX_RUN = 3
# the share of the lines under the text's last sentence, from the first removed one, that
# must be removed chrome already: a footer, not comments under the text
BAND_MIN_REMOVED = 0.6

_SEPARATOR = re.compile(r"\s[·•|/]\s")
_WORD = re.compile(r"\w", re.UNICODE)


def band_shaped(text: str) -> bool:
    """A line with the shape of a header's or a footer's item: a few words with letters, no
    sentence mark (a spaced separator, "English · Deutsch", is none), not quoted, not a label
    that introduces what follows (a colon at its end).

    >>> band_shaped("App Store"), band_shaped("Polski · English · Українська")
    (True, True)
    >>> band_shaped("Cheers, Ana."), band_shaped("Capitoli:"), band_shaped("> Menu")
    (False, False, False)
    """
    text = text.strip()
    words = [w for w in _SEPARATOR.sub(" ", text).split() if _WORD.search(w)]
    return (
        0 < len(words) <= BAND_MAX_WORDS
        and len(text) <= BAND_MAX_CHARS
        and has_letter(text)
        and not is_quoted(text)
        and sentence_marks(_SEPARATOR.sub(" ", text)) == 0
        and not text.endswith((":", "："))
    )


def _filled(kept: list[Line], start: int, stop: int, step: int) -> int | None:
    """The first line from ``start`` towards ``stop`` (exclusive) that is not blank."""
    for index in range(start, stop, step):
        if kept[index].text.strip():
            return index
    return None


def footer_band(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The short lines left in a page's footer: under the text's last sentence (``is_prose``),
    in runs of at most ``BAND_MAX_RUN`` lines of a band's shape (``band_shaped``) with the
    template's removed chrome (``_BAND_RULES``) right above and right below (or the page's
    end), where the lines from the first removed one under the text to the page's end are
    mostly removed already (``BAND_MIN_REMOVED``). A store's badges between "Get the app" and
    "Terms", a language picker between two legal links. What follows the text before any
    chrome stays (a sign-off, "— Ana", "To be continued"), and so does a line with a post's
    furniture around it (a one-word reply between "2 h" and "Reply").

    >>> from persona_archive.cleaning.model import split_lines
    >>> text = "The kettle sang all morning, and nobody minded it at all."
    >>> foot = "Share\\nGet the app\\nGoogle Play\\nApp Store\\nTerms\\nPrivacy\\nEN · DE\\n© K"
    >>> page = split_lines(f"{text}\\nCheers\\n{foot}")
    >>> removed = {i: ("interface:legal", "") for i in (2, 3, 6, 7, 9)}
    >>> footer_band(page, removed); sorted(removed)
    [2, 3, 4, 5, 6, 7, 8, 9]
    >>> thread = split_lines(f"{text}\\nReply\\nana\\n2 h\\nSame\\nReply\\nTerms")
    >>> removed = {1: ("interface:post-actions", ""), 3: ("interface:timestamp", ""),
    ...            5: ("interface:post-actions", ""), 6: ("interface:legal", "")}
    >>> footer_band(thread, removed); sorted(removed)
    [1, 3, 5, 6]
    """
    prose = [i for i, line in enumerate(kept) if i not in removed and is_prose(line.text)]
    if not prose:
        return
    tail = [i for i in range(prose[-1] + 1, len(kept)) if kept[i].text.strip()]
    band = [i for i in tail if i >= min((i for i in tail if i in removed), default=len(kept))]
    if not band or sum(i in removed for i in band) < BAND_MIN_REMOVED * len(band):
        return
    runs: list[list[int]] = []
    for index in band:
        if index in removed:
            continue
        if runs and runs[-1][-1] == _filled(kept, index - 1, -1, -1):
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        above = _filled(kept, run[0] - 1, -1, -1)
        below = _filled(kept, run[-1] + 1, len(kept), 1)
        if (
            len(run) > BAND_MAX_RUN
            or above is None
            or removed.get(above, ("",))[0] not in _BAND_RULES
            or (below is not None and removed.get(below, ("",))[0] not in _BAND_RULES)
            or not all(band_shaped(kept[i].text) for i in run)
        ):
            continue
        for index in run:
            removed[index] = ("interface:footer-band", "a short line between the footer's chrome")


# the kinds of removed lines an article prints under its headline: its date, counts, buttons
_ARTICLE_RULES = frozenset(
    f"interface:{kind}"
    for kind in ("timestamp", "counter", "post-meta", "comments", "sharing", "post-actions")
)

# the furniture a post prints under its author's name ("ana_k" / "Member" / "2 March 2026")
_OVER_A_NAME = frozenset({"interface:timestamp", "interface:post-meta"})


def _section_word(kept: list[Line], index: int) -> bool:
    """Whether a line is one word that names a section ("Essays", "Réflexions", "随笔"), not
    a handle ("petar_guitar", "mirja": lower case, digits, "_", "@"), nor a field ("Author:
    Ana"), nor a name the page prints elsewhere (a poster's, in "mirja opened 5 days ago").

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Essays\\nmirja\\nAna\\nAna opened this")
    >>> [_section_word(page, i) for i in range(3)]
    [True, False, False]
    """
    word = kept[index].text.strip()
    if len(word.split()) != 1 or word[0].islower() or any(c in word for c in "_@:：#"):
        return False
    if any(c.isdigit() for c in word):
        return False
    folded = word.casefold()
    return not any(folded in line.text.casefold() for i, line in enumerate(kept) if i != index)


# a headline over a band line: this many times its length at least, and three words
HEADLINE_MIN_RATIO = 2
HEADLINE_MIN_WORDS = 3


def header_sandwich(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A short line of a band's shape (``band_shaped``) above the text's first sentence,
    between an article's removed furniture (``_ARTICLE_RULES``: its date, counts, buttons)
    under a kept headline: the article's section or category in its row of furniture
    ("Title" / "4 Feb 2026" / "Essays" / "5 comments" / first sentence). The headline is the
    nearest kept line above, with only that furniture between, twice as long and three
    words or more: a line with no kept line above, a shorter one, or a site's menu between
    may be the page's title itself (the structure stage picks it later), and stays. A heading
    right above the first sentence has no chrome under it, and stays too. The line is one
    word that names a section (``_section_word``) with no date or badge under it: a byline
    or a poster's name stands there too.

    >>> from persona_archive.cleaning.model import split_lines
    >>> text = "The kettle sang all morning, and nobody minded it at all."
    >>> head = "Menu\\nWhat the kettle knew\\n4 Feb 2026\\nEssays\\n5 comments"
    >>> page = split_lines(f"{head}\\n{text}")
    >>> removed = {0: ("interface:navigation", ""), 2: ("interface:timestamp", ""),
    ...            4: ("interface:counter", "")}
    >>> header_sandwich(page, removed); sorted(removed)
    [0, 2, 3, 4]
    >>> page = split_lines(f"Notes on a kettle\\nMenu\\nFog\\n4 Feb 2026\\n{text}")  # the title
    >>> removed = {1: ("interface:navigation", ""), 3: ("interface:timestamp", "")}
    >>> header_sandwich(page, removed); sorted(removed)
    [1, 3]
    """
    first = next(
        (i for i, line in enumerate(kept) if i not in removed and is_prose(line.text)), None
    )
    if first is None:
        return
    for index in range(first):
        text = kept[index].text
        if index in removed or not band_shaped(text) or furniture_date(text):
            continue
        above = _filled(kept, index - 1, -1, -1)
        below = _filled(kept, index + 1, first, 1)
        if below not in removed or removed[below][0] not in _ARTICLE_RULES - _OVER_A_NAME:
            continue  # an author's name stands over the post's date or badge
        if not _section_word(kept, index):
            continue
        headline = next(
            (j for j in range(index - 1, -1, -1) if j not in removed and kept[j].text.strip()),
            None,
        )
        if headline is None or headline == above:
            continue
        if any(
            removed[j][0] not in _ARTICLE_RULES for j in range(headline + 1, index) if j in removed
        ):
            continue  # a site's menu between them: the line above it is its name or tagline
        title = kept[headline].text.strip()
        if (
            len(title) < HEADLINE_MIN_RATIO * len(text.strip())
            or word_count(title) < HEADLINE_MIN_WORDS
        ):
            continue
        removed[index] = (
            "interface:header-sandwich",
            "a short line between chrome under the headline",
        )


# a label over the chrome it introduces: this many words at most ("Note to editors:")
LABEL_MAX_WORDS = 5


def footer_labels(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A label ending in a colon under the text's last sentence ("Note to editors:", "Follow
    us:") with the two lines after it removed as the template's chrome (``_BAND_RULES``):
    what it introduces went as chrome, and the label is the chrome's. A label over kept
    lines ("Chapters:" and its list) stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> text = "The kettle sang all morning, and nobody minded it at all."
    >>> page = split_lines(f"{text}\\nPress contact:\\nAna Lind\\n+46 8 123 45\\nTerms")
    >>> removed = {2: ("interface:contact", ""), 3: ("interface:contact", ""),
    ...            4: ("interface:legal", "")}
    >>> footer_labels(page, removed); sorted(removed)
    [1, 2, 3, 4]
    >>> page = split_lines(f"{text}\\nWhat we bought:\\nflour\\nwater\\nTerms")
    >>> removed = {4: ("interface:legal", "")}
    >>> footer_labels(page, removed); sorted(removed)
    [4]
    """
    prose = [i for i, line in enumerate(kept) if i not in removed and is_prose(line.text)]
    if not prose:
        return
    filled = [i for i in range(prose[-1] + 1, len(kept)) if kept[i].text.strip()]
    for place, index in enumerate(filled):
        text = kept[index].text.strip()
        if index in removed or not text.endswith((":", "：")) or is_quoted(text):
            continue
        if word_count(text) > LABEL_MAX_WORDS or sentence_marks(text[:-1]):
            continue
        after = filled[place + 1 :]
        if len(after) < 2 or any(removed.get(i, ("",))[0] not in _BAND_RULES for i in after[:2]):
            continue
        removed[index] = ("interface:footer-label", "a label over chrome removed under the text")
