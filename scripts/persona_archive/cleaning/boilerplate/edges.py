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


# a date among prose with fewer lines of prose above it is the article's, under its headline
# and deck or a site's tagline (the same count as ``context.ENTRY_DATE_PROSE_ABOVE``)
DATE_PROSE_ABOVE = 3

_QUESTION = ("?", "？", "؟", ";", "՞")


def edge_dates(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A date alone on its line ("2026-03-07", "Mar 12. 2026", "2025. 3. 4. 21:10") that the
    template prints over an article or a post, or under it: above the text's first line of
    prose, below its last, or the page's one date among its prose with fewer than
    ``DATE_PROSE_ABOVE`` lines of prose above it (under a deck or a tagline). Dates are
    furniture by the corpus convention (a date in a sentence is not alone). A page that puts
    dates alone deeper in its prose keeps every one: a diary or a log heads its entries with
    them, the first at the top. So does a date that opens the page with nothing over it (a
    letter's, an entry's), and one under a question (an answer to "When …?").

    >>> from persona_archive.cleaning.model import split_lines
    >>> text = "The kettle sang all morning, and nobody minded it at all."
    >>> page = split_lines(f"Kettle notes\\n2026-03-07\\n{text}\\n{text}\\n12 March 2026")
    >>> removed = {}; edge_dates(page, removed); sorted(removed)
    [1, 4]
    >>> decked = split_lines(f"Kettle notes\\n{text}\\n2026-03-07\\n{text}\\n{text}")
    >>> removed = {}; edge_dates(decked, removed); sorted(removed)
    [2]
    >>> diary = split_lines(f"2026-03-07\\n{text}\\n{text}\\n{text}\\n2026-03-08\\n{text}")
    >>> removed = {}; edge_dates(diary, removed); removed
    {}
    """
    seen = [index for index in range(len(kept)) if index not in removed]
    prose = [index for index in seen if is_prose(kept[index].text)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    dates = [index for index in seen if furniture_date(kept[index].text)]
    among = [index for index in dates if first < index < last]
    if len(among) > 1 or (among and bisect.bisect(prose, among[0]) >= DATE_PROSE_ABOVE):
        return
    for index in dates:
        above = next(
            (kept[i].text.strip() for i in range(index - 1, -1, -1) if kept[i].text.strip()), ""
        )
        if index <= last and not above:
            continue  # the page opens with it: a letter's or an entry's own date as well
        if above.endswith(_QUESTION):
            continue  # an answer to "When …?"
        where = (
            "above the text's first sentence"
            if index < first
            else "below its last"
            if index > last
            else "under the text's first lines"
        )
        removed[index] = ("interface:timestamp", f"a date alone {where}")
