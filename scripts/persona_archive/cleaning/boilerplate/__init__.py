"""Boilerplate stage: remove site chrome, keep every sentence of the document.

A line is removed only on positive evidence, never for how it looks, and only as a whole (a line
is never edited). Each kind of evidence is a rule name in the removal's ``Change``, so the
ingest summary can count them:

``profile:<name>``
    the site's profile (``profiles.yml`` at the top of the repo, validated against
    ``schemas/profiles.schema.json``): matched by the catalog's site name, by the URL or by
    signature lines, it lists the lines to drop. The detail names the profile's own rule
    ("tagline", "speaker-name-metadata"...). Adding a site is adding a few lines of YAML.
``interface:<kind>``
    a multilingual list of interface strings (``data/interface_strings.yml``, validated against
    ``schemas/interface_strings.schema.json``): menus, skip links, log-in prompts, share and
    reply buttons, counters, cookie banners, newsletter and sponsor lines, code-host banners...,
    matched as WHOLE lines after whitespace/case/accent folding (see ``match_interface``).
    Dates and times alone on a line ("3 hours ago", "5. Juni 2024 um 18:30") are
    ``interface:timestamp``; a copyright line ("© 2024 Name") is ``interface:legal``.
``interface:<kind>`` by context (the detail says which)
    - a run-context string next to a removed line of a kind it names (a menu, one item a line);
    - a bare count, date or separator with no letters ("14", "1.2K", "·", "2024-06-18")
      next to a removed line (``is_bare_count``): the figures under a post's buttons;
    - a column of a post's buttons, one a line ("Quote" / "Like"), when one of them is a word
      the list knows only from rows of buttons (``_vertical_rows``); post labels stay;
    - two or more lines in a row that are each one hashtag (``_tag_runs``): a post's tags;
    - three or more transcript time codes in increasing order, each followed by words
      (``_time_codes``);
    - a vote widget printed one part a line: arrows with the score between them ("▲" / "14" /
      "▼", ``_vote_widgets``); an arrow or a number alone stays;
    - a page's chapter markers under its chapters label ("Chapters" / "(00:00) Intro" / …,
      from zero and in increasing order, ``_chapter_lists``); an author's own "Chapters:"
      list in a description and a recipe's schedule stay;
    - posts' times as a date in digits with a time of day ("14/02/2024, 09:12"), when the page
      prints two or more (``_post_times``);
    - a date alone above the text's first line of prose, below its last, or the page's one
      date under its first lines of prose (under a deck, a tagline), unless the page puts dates
      alone deeper among its prose, as a diary does (``edges``); short lines between the
      template's removed chrome under the text's last sentence, a label over that chrome, a
      section's one word between a headline's removed date and buttons (``edges``);
    - a wiki's edit link under every heading ("[edit]", "[რედაქტირება]", ``_edit_links``), a
      table of contents whose entries carry their section numbers, and its label
      (``_contents``, ``_contents_label``);
    - a menu or footer row between spaced bars or dots above the first line of prose or below
      the last, two of its items known (``_edge_rows``); the same with only spaces between
      its items, three of them known and more known items than unknown words
      (``_spaced_menus``); other articles' headlines framed by
      footer chrome below the prose (``_footer_headlines``);
    - a live blog's entry times, newest first (``_time_codes``);
    - a message's header block as mail and news archives print it (``headers``): two or more
      header lines, one of them a header only the transport writes, with its value's shape
      ("Message-ID: <…@…>", "Newsgroups: rec.bicycles.tech", a relay "Path:").
``interface:contact``
    a press release's media contact (``contacts``): the fields under a contact label down to
    the last address or number, a label and its address on one line, and a card with a
    telephone number or an e-mail address beside another field after the text's last sentence.
``interface:block``
    a short line without sentence punctuation inside the page's footer: a block at the end of
    the page made mostly of interface lines, ending at a footer link (``block_span``). In the
    header block only run-context strings go; its unknown lines (the site's name) stay.
``interface:<kind>`` by shape (``rows``; the detail names the shape)
    - alone: a row of sharing targets after a short label ("Dela: Facebook X E-post"), a short
      copyright line ("© 2026 Name", also inside a row of footer links), a line of hashtags,
      a row of a post's date and counters ("58 min · Released 2 March 2026");
    - next to chrome, or printed by the template under several posts: a pager counting from
      1, a row of counters ("412 photos 19 videos"), a date line, a vote widget on one line;
      posts' dates with a time of day printed twice; a post's only line under its dated
      header stays ("+1");
    - ``interface:edge``: a short line inside the page's footer of chrome, two footer lines
      above it and a body above the footer;
    - a profile block of one-line fields ("Mesaje: 96" / "Membru din: …") printed under two
      posts or more with different values (``_profile_fields``);
    - posts' numbers ("#1" … "#4") in increasing order with words after each, rows of two or
      three bare counts printed under two posts or more ("2,114 8 21"), a views' eye and its
      count ("👁 3,1K 09:14"), a rating in stars with its score (alone: next to chrome).
    Entries of the list with context ``edge`` (cookie, licence, copyright and edit notices,
    "originally published") go only next to a removed line or inside a header/footer block.
``reaction-row``
    a row of emoji with counts (``parse_reaction_row``), whose counts become ``reactions``; also
    with a post's buttons after the counts ("👍 41 👎 2 Reply", ``reactions_with_buttons``).
``term-cloud``
    one long line of terms in alphabetical order with no sentence punctuation in any script
    (``is_term_cloud``): a tag/category cloud.

The stage's parts: ``profiles`` (the sites' own lists), ``interface`` (the list of interface
strings and how a line is matched against it), ``shapes`` (what one line looks like: sentence
marks, counts, reaction rows, term clouds), ``rows`` (chrome told by its shape in any
language), ``context`` (the rules that read a line's neighbours, to a fixpoint), and the
context rules of one kind of page each: ``headers`` and ``mail`` (a mail or news message),
``threads`` (a thread's and a chat's post furniture), ``social`` (a social page's furniture
told by its repetition from post to post), ``repeats`` (a forum's, a review or store page's
tables and post heads told by their repetition within the page), ``articles`` (an article's, a
docs page's, a store's and a podcast page's), ``contacts`` (a press release's media contact),
``releases`` (a code host's release page), ``edges`` (chrome told by where it stands around the
text's prose), ``records`` (a repository's record around a paper's abstract), ``plaintext`` (a
plain-text page's rules, link rows and running headers); this module runs them in order.

A line quoted with ``>`` is content (someone's words) and no general rule touches it.

Reactions: a row such as ``🤣12😂10👍2`` is a sequence of (emoji, count) pairs. Counts are summed
per emoji over the document, keys in order of first appearance. Keys are the emoji without
variation selectors (``❤️`` and ``❤`` are one key; skin tones and ZWJ sequences stay distinct).
An emoji the mojibake stage could not recover arrives as U+FFFD; all of those are counted under
the single key ``"�"`` (we cannot tell which emoji each one was, but the count is real).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from persona_archive.cleaning.boilerplate.context import general_rules, reactions_with_buttons
from persona_archive.cleaning.boilerplate.field_labels import field_labels, load_field_labels
from persona_archive.cleaning.boilerplate.interface import (
    INTERFACE_PATH,
    POST_LABELS,
    InterfaceStrings,
    interface_key,
    load_interface_strings,
    match_interface,
    menu_row,
    repo_interface_strings,
)
from persona_archive.cleaning.boilerplate.plaintext import plain_text_chrome
from persona_archive.cleaning.boilerplate.profiles import (
    PROFILES_PATH,
    Pattern,
    Profile,
    load_profiles,
    match_profile,
    repo_profiles,
)
from persona_archive.cleaning.boilerplate.rows import line_rule
from persona_archive.cleaning.boilerplate.shapes import (
    SENTENCE_MARKS,
    STORE_RATING,
    alphabetical_order,
    cloud_detail,
    is_bare_count,
    is_block_shaped,
    is_quoted,
    is_term_cloud,
    parse_reaction_row,
    row_counts,
    sentence_marks,
)
from persona_archive.cleaning.model import Change, Line, split_lines

__all__ = [
    "INTERFACE_PATH",
    "POST_LABELS",
    "PROFILES_PATH",
    "SENTENCE_MARKS",
    "STAGE",
    "BoilerplateResult",
    "InterfaceStrings",
    "Pattern",
    "Profile",
    "alphabetical_order",
    "field_labels",
    "general_rule",
    "interface_key",
    "is_bare_count",
    "is_block_shaped",
    "is_quoted",
    "is_term_cloud",
    "load_field_labels",
    "load_interface_strings",
    "load_profiles",
    "match_interface",
    "match_profile",
    "menu_row",
    "parse_reaction_row",
    "repo_interface_strings",
    "row_counts",
    "sentence_marks",
    "strip_boilerplate",
    "strip_boilerplate_text",
]

STAGE = "boilerplate"


@dataclass
class BoilerplateResult:
    """What remains, what was removed (one ``Change`` per line), reactions, matched profile."""

    lines: list[Line]
    changes: list[Change]
    reactions: dict[str, int]
    profile: str | None
    rows: dict[int, dict[str, int]] = field(default_factory=dict)  # source line -> its counts


def strip_boilerplate(
    lines: list[Line],
    profile: Profile | None = None,
    strings: InterfaceStrings | None = None,
) -> BoilerplateResult:
    """Remove site chrome: the profile's lines first, then the general rules.

    ``strings`` defaults to the package's interface strings. Repeated until nothing more is
    removed, so that running the stage twice changes nothing (position rules such as "within
    the first 3 lines" then see the document as it is left).

    >>> r = strip_boilerplate(split_lines("Share this:\\nA sentence.\\n\\N{THUMBS UP SIGN}3 ❤️1"))
    >>> [line.text for line in r.lines], r.reactions, [c.rule for c in r.changes]
    (['A sentence.'], {'👍': 3, '❤': 1}, ['interface:sharing', 'reaction-row'])
    """
    strings = strings if strings is not None else repo_interface_strings()
    kept = list(lines)
    changes: list[Change] = []
    reactions: dict[str, int] = {}
    general = True
    while True:
        removed: dict[int, tuple[str, str]] = {}
        if profile is not None:
            for index in range(len(kept)):
                for rule in profile.drop:
                    if rule.applies(kept, index):
                        detail = rule.rule + (f": {rule.detail}" if rule.detail else "")
                        removed[index] = (f"profile:{profile.name}", detail)
                        break
        by_profile = bool(removed)
        # the general rules leave nothing for themselves to find (their context rules run to a
        # fixpoint), but a line a position-based profile rule removes in a later pass changes
        # the neighbours they read: they look again after each such pass
        if general:
            general_rules(kept, removed, reactions, strings)
            for index in [i for i, (rule, _) in removed.items() if rule.startswith("interface:")]:
                if STORE_RATING.match(kept[index].text.strip()):
                    del removed[index]  # the title stage reads it (shapes.STORE_RATING)
        general = by_profile
        plain_text_chrome(kept, removed)
        if not removed:
            break
        for index in sorted(removed):
            rule, detail = removed[index]
            line = kept[index]
            changes.append(Change(STAGE, rule, line.no, line.text, detail=detail))
        kept = [line for index, line in enumerate(kept) if index not in removed]
    changes.sort(key=lambda c: c.line)
    rows = {c.line: _row_counts(c.before, strings) for c in changes if c.rule == "reaction-row"}
    return BoilerplateResult(kept, changes, reactions, profile.name if profile else None, rows)


def _row_counts(text: str, strings: InterfaceStrings) -> dict[str, int]:
    """A removed reaction row's counts by emoji, the post's buttons after it left out."""
    counts = row_counts(text)
    if counts:
        return counts
    for key, count in reactions_with_buttons(text, strings)[0] or []:
        counts[key] = counts.get(key, 0) + count
    return counts


def strip_boilerplate_text(text: str) -> str:
    """Text in, text out (for ``tests/cases/boilerplate``): general rules plus the repo profile
    matched by signature lines; remaining lines joined by newlines, with a final newline.

    >>> strip_boilerplate_text("Skip to content\\nHello there.\\n12 Comments\\n")
    'Hello there.\\n'
    """
    lines = split_lines(text)
    profile = match_profile(repo_profiles(), site=None, url=None, lines=lines)
    return "".join(line.text + "\n" for line in strip_boilerplate(lines, profile).lines)


def general_rule(text: str) -> tuple[str, str] | None:
    """The general rule that removes this line on its own, as (rule, detail), or None.

    Lines that need neighbours (a run-context string such as "Twitter") and reaction rows are
    decided in ``strip_boilerplate``.

    >>> general_rule("Share this:")
    ('interface:sharing', 'interface pattern (en) at interface_strings.yml:...')
    >>> general_rule("Share this with anyone who asks about the model.") is None
    True
    """
    if is_quoted(text):
        return None
    found = match_interface(text)
    if found is not None and found.context == "line":
        return found.rule, found.detail
    if found is None:
        shaped = line_rule(text)
        if shaped is not None:
            return shaped
    if found is None and is_term_cloud(text):
        return "term-cloud", cloud_detail(text)
    return None
