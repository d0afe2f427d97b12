"""Title and byline: recognise the lines at the top of a text that name its title and authors,
and supply a title where the text has none.

It exists because a scraped page carries its title and byline as ordinary lines, among the
site's chrome (menus, the site's name, section labels, dates, sign-up prompts, branding); they
must become the page's title and authors (and leave the body) only when their shape is
unmistakable. A text without a title line gets a *derived* title from its first sentence, which
the archive supplies (``title_source: derived``) and shows and cites in square brackets.

The modules, from the single line to the page (each uses only those above it):

- ``measure``: widths, words, scripts without spaces, the body's prose, the sizes of a title;
- ``dates``, ``menus``, ``labels``: date lines, menus and rows of links, the page's labels and
  notices; ``chrome``: why a line is the site's chrome (``chrome_reason``);
- ``credits``: bylines, author fields, photo credits;
- ``evidence``: how much of a line the body speaks of (``body_share``);
- ``proper``: a title without a site's status tags, numbers and badges (``title_proper``);
- ``headline``: whether one line is heading-like (``headline``), browser titles included;
- ``neighbours``: what stands under and above a line; ``mastheads``: the site's lines over the
  headline (kickers, taglines, menu rows, navigation), and over the text of a page without one
  (``masthead_lines``: no source for a derived title);
- ``rooms``: a chat export's room; ``marked``: titles the page marks (``# ``, "Title:", a
  confirmed browser title, a breadcrumb's last step); ``unusual``: titles of shapes
  ``headline`` refuses, on evidence around them;
- ``weighing``: of two heading-like lines, the one the body is about, where shapes leave the
  choice open;
- ``picker``: the title line (``title_line``) and ``title_source``;
- ``derived``: a title from the first sentence (``derive_title``).

This module is the titles' face: callers import from here.
"""

from persona_archive.cleaning.structure.titles.chrome import chrome_reason
from persona_archive.cleaning.structure.titles.credits import _byline_authors
from persona_archive.cleaning.structure.titles.dates import _dateline
from persona_archive.cleaning.structure.titles.derived import derive_title, quotations
from persona_archive.cleaning.structure.titles.evidence import (
    EVIDENCE_MIN,
    body_share,
    prose_keys,
    shared,
)
from persona_archive.cleaning.structure.titles.headline import _META, headline
from persona_archive.cleaning.structure.titles.marked import _wiki_page
from persona_archive.cleaning.structure.titles.mastheads import masthead_lines
from persona_archive.cleaning.structure.titles.measure import (
    HEADLINE_MAX_WORDS,
    HEADLINE_MIN_WORDS,
    TITLE_MAX_WIDTH,
    TITLE_MIN_WORDS,
    TITLE_WIDTH,
    TITLE_WORDS,
    _is_body,
    _size,
)
from persona_archive.cleaning.structure.titles.menus import _is_menu, _menu_row
from persona_archive.cleaning.structure.titles.neighbours import _dated
from persona_archive.cleaning.structure.titles.picker import site_names, title_line, title_source
from persona_archive.cleaning.structure.titles.posted import heads_posts
from persona_archive.cleaning.structure.titles.proper import title_proper
from persona_archive.cleaning.structure.titles.rooms import room_label
from persona_archive.page import CATALOG, DERIVED, PAGE, TEXT

__all__ = [
    "CATALOG",
    "DERIVED",
    "EVIDENCE_MIN",
    "HEADLINE_MAX_WORDS",
    "HEADLINE_MIN_WORDS",
    "PAGE",
    "TEXT",
    "TITLE_MAX_WIDTH",
    "TITLE_MIN_WORDS",
    "TITLE_WIDTH",
    "TITLE_WORDS",
    "_META",
    "_byline_authors",
    "_dated",
    "_dateline",
    "_is_body",
    "_is_menu",
    "_menu_row",
    "_size",
    "_wiki_page",
    "body_share",
    "chrome_reason",
    "derive_title",
    "headline",
    "heads_posts",
    "masthead_lines",
    "prose_keys",
    "quotations",
    "room_label",
    "shared",
    "site_names",
    "title_line",
    "title_proper",
    "title_source",
]
