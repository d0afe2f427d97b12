"""Chrome told by where it stands: above the text's first line of prose (the page's header, a
post's head) or below its last (the footer), in any language and on any site.

A line of prose is a sentence with a few words in any script (``is_prose``); what stands
before the first and after the last is the template's. A shape that is also an author's (a
date alone) goes from there only when the page does not print the same shape among its prose
as well: there it is the text's own (a diary's entries, a log's days), at the edge too.
"""

from __future__ import annotations

import bisect

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
    >>> edge_dates(page, removed); sorted(removed)
    [0, 2, 5, 6]
    >>> removed = {}; edge_dates(page, removed); removed  # no chrome around: a clean text's
    {}
    >>> decked = split_lines(f"Menu\\nKettle notes\\n{text}\\n2026-03-07\\n{text}\\n{text}")
    >>> removed = {0: ("interface:navigation", "")}; edge_dates(decked, removed); sorted(removed)
    [0, 3]
    >>> diary = split_lines(f"Menu\\n2026-03-07\\n{text}\\n2026-03-08\\n{text}")
    >>> removed = {0: ("interface:navigation", "")}; edge_dates(diary, removed); sorted(removed)
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
