"""The rules that read a line's neighbours: the page read as the lines not removed so far,
repeated to a fixpoint by ``general_rules`` (menus printed one item a line, counts under
buttons, tag runs, related lists, tables of contents, the header and footer blocks...).
Each rule adds ``index -> (rule, detail)`` to ``removed``."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass

from persona_archive.cleaning.boilerplate.articles import article_rules, listed_headline
from persona_archive.cleaning.boilerplate.contacts import contact_blocks
from persona_archive.cleaning.boilerplate.edges import edge_dates
from persona_archive.cleaning.boilerplate.headers import message_headers
from persona_archive.cleaning.boilerplate.interface import (
    POST_LABELS,
    InterfaceEntry,
    InterfaceMatch,
    InterfaceStrings,
    has_letter,
    interface_key,
    match_interface,
    menu_row,
)
from persona_archive.cleaning.boilerplate.records import record_fields
from persona_archive.cleaning.boilerplate.releases import release_furniture
from persona_archive.cleaning.boilerplate.repeats import repeated_furniture
from persona_archive.cleaning.boilerplate.rows import (
    _FOOTER_RULES,
    has_time,
    is_date_line,
    line_rule,
    row_rules,
)
from persona_archive.cleaning.boilerplate.shapes import (
    cloud_detail,
    furniture_shape,
    is_bare_count,
    is_block_shaped,
    is_headline,
    is_name,
    is_quoted,
    is_term_cloud,
    parse_reaction_row,
    sentence_marks,
)
from persona_archive.cleaning.boilerplate.social import social_furniture
from persona_archive.cleaning.boilerplate.threads import (
    RELATED_HEADINGS,
    byline_votes,
    chat_export_furniture,
    figures_over_labels,
    issue_sidebar_values,
    label_value_blocks,
    profiles_seen_before,
    role_badges,
    story_furniture,
    thread_furniture,
)
from persona_archive.cleaning.model import Line


def general_rules(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    reactions: dict[str, int],
    strings: InterfaceStrings,
) -> None:
    """Reaction rows, interface strings (with their run context), term clouds, bare counts next
    to chrome and the page's header and footer blocks, into ``removed``; lines a profile
    already removed are left to it."""
    candidates: dict[int, InterfaceMatch] = {}
    anchors: dict[int, str] = {}  # index -> kind of a line removed as an interface string
    entry_dates = _entry_dates(kept, strings)
    for index, line in enumerate(kept):
        if index in removed or is_quoted(line.text):
            continue
        pairs = parse_reaction_row(line.text)
        buttons = None
        if pairs is None:
            pairs, buttons = reactions_with_buttons(line.text, strings)
        if pairs is not None:
            for key, count in pairs:
                reactions[key] = reactions.get(key, 0) + count
            shown = " ".join(f"{key}{count}" for key, count in pairs)
            with_buttons = f", with the post's buttons {buttons!r}" if buttons else ""
            removed[index] = ("reaction-row", f"reactions {shown}{with_buttons}")
            continue
        found = match_interface(line.text, strings)
        shaped = line_rule(line.text) if found is None or found.context != "line" else None
        if shaped is not None:  # a shape that is chrome alone, though the list asks for context
            removed[index] = shaped
            anchors[index] = shaped[0].removeprefix("interface:")
            continue
        if found is not None:
            if index in entry_dates or _release_heading(found):
                continue  # an entry's date in a diary or a log, a release's heading: the text's
            if found.kind == "related" and _section_heading(kept, index):
                continue  # a wiki's "See also" ("Související články"), over its references
            if found.context == "line":
                removed[index] = (found.rule, found.detail)
                anchors[index] = found.kind
            elif found.context in ("run", "edge"):
                candidates[index] = found
            continue
        row = menu_row(line.text, strings)
        if row is not None:
            removed[index] = ("interface:navigation", row)
            anchors[index] = "navigation"
            continue
        if is_term_cloud(line.text):
            removed[index] = ("term-cloud", cloud_detail(line.text))
    # the context rules, until none finds more (a removal can be the context of another); the
    # late rules read the page the others leave, and the others then look again
    while True:
        before = len(removed)
        _context_rules(kept, removed, candidates, anchors, strings)
        if len(removed) == before:
            _late_rules(kept, removed, candidates, anchors, strings)
            if len(removed) == before:
                break


def _late_rules(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """The rules that read what the others removed as a whole (a pager's labels, the chrome
    around a table of contents or an author's name): they run when the others find no more,
    so that each of the others first takes the lines it explains."""
    _pager_titles(kept, removed, anchors)
    _contents_after_text(kept, removed, anchors)
    _over_a_name(kept, removed, candidates, anchors, strings)
    _author_headlines(kept, removed, strings)
    _tag_lists(kept, removed)
    _boxed_blurbs(kept, removed)
    _author_boxes(kept, removed)
    edge_dates(kept, removed)
    _tag_slugs(kept, removed)
    _card_figures(kept, removed)
    article_rules(kept, removed)
    contact_blocks(kept, removed, anchors, strings)
    record_fields(kept, removed, anchors)


# a year in any script's digits ("2025", "۱۴۰۳"), as a calendar date has and a relative time not
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _calendar_date(found: InterfaceMatch, text: str) -> bool:
    """Whether a line the list knows as a time is a calendar date, with its year and no time
    of day ("12 March 2025", "3. März 2025", "March 2025", "۱۴ اسفند ۱۴۰۳"): a page's
    furniture under a headline or a post's author, but between two lines of prose
    (``_among_prose``) the heading a diary or a log puts over its entries, which the list is
    no evidence against. A relative time ("3 hours ago") or a date with its time ("2 dec.
    18:02") is the list's wherever it stands.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> strings = repo_interface_strings()
    >>> [_calendar_date(match_interface(t, strings), t) for t in ("12 March 2025", "3 hours ago")]
    [True, False]
    """
    return found.kind == "timestamp" and not has_time(text) and _YEAR.search(text) is not None


# a date among prose with fewer lines of prose above it is the article's, under its headline
# and deck (counted in prose, which cleaning keeps, so a second clean counts the same)
ENTRY_DATE_PROSE_ABOVE = 3


def _entry_dates(kept: list[Line], strings: InterfaceStrings) -> frozenset[int]:
    """The calendar dates (``_calendar_date``) that stand between two lines of prose, where the
    page has two or more (a diary's or a log's entries), or the one has
    ``ENTRY_DATE_PROSE_ABOVE`` lines of prose above it (an article prints its date under its
    headline and deck, a letter or a log further down), or is a month and its year, no day
    ("March 2025": an archive's heading, no article's date). The interface list is no
    evidence against them.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> from persona_archive.cleaning.model import split_lines
    >>> day = "It was calm all morning, and curt by the time the evening came."
    >>> page = split_lines(f"{day}\\n12 March 2025\\n{day}\\n13 March 2025\\n{day}")
    >>> sorted(_entry_dates(page, repo_interface_strings()))
    [1, 3]
    >>> sorted(_entry_dates(page[:3], repo_interface_strings()))  # one, at the top
    []
    """
    found = []
    prose = 0  # lines of prose above
    for index, line in enumerate(kept):
        match = match_interface(line.text, strings) if _has_digit(line.text) else None
        if match is not None and _calendar_date(match, line.text) and _among_prose(kept, index):
            month = getattr(furniture_shape(line.text), "what", "") == "a month and its year"
            found.append((index, ENTRY_DATE_PROSE_ABOVE if month else prose))
        prose += _is_prose(line.text)
    if len(found) == 1 and found[0][1] < ENTRY_DATE_PROSE_ABOVE:
        return frozenset()
    return frozenset(index for index, _ in found)


# a version number after at most one word ("version 2.4", "v2.4", "versione 2.4.1")
_VERSION = re.compile(r"(?:[^\W\d_]+ ?)?v?\d+(?:\.\d+){1,3}")


def _release_heading(found: InterfaceMatch) -> bool:
    """Whether a row the list matched is a version number and its calendar date (with its
    year, no time of day): the heading a changelog puts over each release, in any language,
    however the list knows the parts (a footer's version, a date under a post).

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> strings = repo_interface_strings()
    >>> [_release_heading(match_interface(t, strings))
    ...  for t in ("Version 2.4 · 3. marts 2025", "v2.4 · 3. März 2025")]
    [True, True]
    """
    versions = dates = 0
    for part, entry in zip(found.parts, found.entries, strict=True):
        if _VERSION.fullmatch(part):
            versions += 1
        elif entry.kind == "timestamp" and not has_time(part) and _YEAR.search(part):
            dates += 1
        else:
            return False
    return versions >= 1 and dates == 1


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _among_prose(kept: list[Line], index: int) -> bool:
    """Whether the nearest non-blank lines above and below ``kept[index]`` are both prose
    (``_is_prose``): the line stands inside the text, not in a header or a post's furniture."""
    above = next((kept[i].text for i in range(index - 1, -1, -1) if kept[i].text.strip()), "")
    below = next((kept[i].text for i in range(index + 1, len(kept)) if kept[i].text.strip()), "")
    return _is_prose(above) and _is_prose(below)


REACTION_BUTTONS_MAX_WORDS = 3


def reactions_with_buttons(
    text: str, strings: InterfaceStrings
) -> tuple[list[tuple[str, int]] | None, str | None]:
    """A reaction row with a post's buttons after it ("👍 41 👎 2 Reageer", "❤️ 3 Reply Share"):
    the row's (emoji, count) pairs and the buttons' text, or (None, None). The words after the
    counts must be the list's buttons (reply, comment, share, vote), up to three words.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> reactions_with_buttons("👍 41 👎 2 Reageer", repo_interface_strings())
    ([('👍', 41), ('👎', 2)], 'Reageer')
    >>> reactions_with_buttons("👍 41 and thanks", repo_interface_strings())
    (None, None)
    """
    words = text.split()
    for size in range(1, min(REACTION_BUTTONS_MAX_WORDS, len(words) - 1) + 1):
        tail = " ".join(words[-size:])
        found = match_interface(tail, strings)
        entry = strings.lookup(interface_key(tail))
        kinds = {e.kind for e in found.entries} if found is not None else set()
        if entry is not None:
            kinds.add(entry.kind)
        if not kinds or not kinds <= _BUTTON_KINDS:
            continue
        pairs = parse_reaction_row(" ".join(words[:-size]))
        if pairs is not None:
            return pairs, tail
    return None, None


def _context_rules(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """One round of the rules that read a line's neighbours (see ``general_rules``); each
    reads the lines not removed so far as one page, as cleaning the output again would."""
    message_headers(kept, removed, anchors)
    release_furniture(kept, removed, anchors)
    _helpful_answers(kept, removed, anchors)
    _vertical_rows(kept, removed, strings)
    _signatures(kept, removed, anchors)
    _field_values(kept, removed, candidates, anchors)
    _labelled_figures(kept, removed, anchors)
    _archive_lists(kept, removed, anchors)
    _form_fields(kept, removed, candidates, anchors)
    _reply_buttons(kept, removed, strings, anchors)
    _vote_widgets(kept, removed, anchors)
    _chapter_lists(kept, removed, anchors)
    _post_times(kept, removed, anchors)
    _post_counts(kept, removed, strings, anchors)
    _edit_links(kept, removed)
    _contents(kept, removed, anchors)
    _labelled_contents(kept, removed, anchors)
    _tag_runs(kept, removed)
    _labelled_lists(kept, removed, strings)
    _spread(kept, removed, candidates, anchors, strings)
    _time_codes(kept, removed)
    _related_lists(kept, removed, anchors)
    _spread(kept, removed, candidates, anchors, strings)
    _menu_pairs(kept, removed, candidates, anchors)
    _recurring(kept, removed, candidates, anchors)
    _template_buttons(kept, removed, candidates, anchors)
    _recurring_furniture(kept, removed, strings, anchors)
    _recurring_rows(kept, removed, strings, anchors)
    _recurring_questions(kept, removed, anchors)
    _edge_rows(kept, removed, strings, anchors)
    _spaced_menus(kept, removed, strings, anchors)
    _footer_headlines(kept, removed)
    _profile_fields(kept, removed, anchors)
    label_value_blocks(kept, removed, anchors)
    profiles_seen_before(kept, removed, anchors)
    figures_over_labels(kept, removed, anchors, strings)
    byline_votes(kept, removed, anchors)
    chat_export_furniture(kept, removed, anchors)
    issue_sidebar_values(kept, removed, anchors)
    role_badges(kept, removed, anchors)
    story_furniture(kept, removed, anchors)
    thread_furniture(kept, removed, anchors, strings)
    social_furniture(kept, removed, anchors)
    repeated_furniture(kept, removed, anchors)
    _candidate_stacks(kept, removed, candidates, anchors)
    _spread(kept, removed, candidates, anchors, strings)
    for index, where in _block_lines(kept, removed, candidates):
        found = candidates.get(index)
        if found is not None:
            removed[index] = (found.rule, f"{found.detail}, in the page's {where} block")
            anchors[index] = found.kind
        else:
            removed[index] = ("interface:block", _block_detail(where))
            anchors[index] = "block"
    _spread(kept, removed, candidates, anchors, strings)
    row_rules(kept, removed, anchors)
    _spread(kept, removed, candidates, anchors, strings)
    _trailing_labels(kept, removed)


# the answers a page's "was this helpful?" prints as buttons, in the languages the list has the
# question in, folded as ``interface_key`` folds a line
HELPFUL_ANSWERS = frozenset(
    interface_key(word)
    for word in [
        *("yes", "no", "ja", "nein", "nej", "nee", "oui", "non", "sí", "sim", "não", "sì"),
        *("да", "нет", "так", "ні", "tak", "nie", "ano", "ne", "igen", "nem", "kyllä", "ei"),
        *("evet", "hayır", "ναι", "όχι", "ya", "tidak", "iya", "có", "không", "ใช่", "ไม่ใช่"),
        *("はい", "いいえ", "是", "否", "是的", "不是", "有", "没有", "沒有"),
        *("네", "아니요", "아니오"),
        *("نعم", "لا", "بله", "خیر", "نه", "כן", "לא", "हाँ", "हां", "नहीं", "da", "nu"),
    ]
)


# the lines under the question that can be its answers (yes, no and one more, "partly")
HELPFUL_ANSWERS_MAX = 3


# a question's end: its mark in each script, the Greek question mark, Thai question words
_QUESTION_MARKS = ("?", "？", "؟", ";", "\u037e", "หรือไม่", "ไหม")


def _helpful_answers(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The answers printed one a line right under a removed helpfulness question ("Was this
    page helpful?" / "Yes" / "No", or a row of faces "👍 👎"), each once: buttons, the
    question's. "Yes" anywhere else is
    a reply, and a voting button that is no question ("Helpful (3)") introduces no answers.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Was this page helpful?\\nYes\\nNo\\nYes")
    >>> removed = {0: ("interface:voting", "")}
    >>> _helpful_answers(page, removed, {})
    >>> sorted(removed)
    [0, 1, 2]
    """
    for index in [i for i, (rule, _) in removed.items() if rule == "interface:voting"]:
        if not kept[index].text.rstrip().endswith(_QUESTION_MARKS):
            continue
        below, seen = index + 1, set()
        while below < len(kept) and below - index <= HELPFUL_ANSWERS_MAX:
            key = interface_key(kept[below].text)
            answer = key in HELPFUL_ANSWERS or _answers_glyphs(kept[below].text)
            if below not in removed and answer and key not in seen:
                seen.add(key)  # each answer once: a second "Yes" is someone's reply
                detail = f"an answer button under the question at line {kept[index].no}"
                removed[below] = ("interface:voting", detail)
                anchors[below] = "voting"
            elif below not in removed:
                break
            else:
                seen.add(key)  # removed in an earlier round
            below += 1


# the faces and thumbs a helpfulness question prints as its answer buttons
_ANSWER_GLYPHS = frozenset("👍👎🙂😐🙁😞😃😀😊😕☹☺")
_EMOJI_MODIFIERS = frozenset("\ufe0f\ufe0e\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")


def _answers_glyphs(text: str) -> bool:
    """A row of two or more answer glyphs alone ("👍 👎", "😞 😐 😃"): the question's buttons."""
    glyphs = [ch for ch in text if not ch.isspace() and ch not in _EMOJI_MODIFIERS]
    return len(glyphs) >= 2 and all(ch in _ANSWER_GLYPHS for ch in glyphs)


def _spread(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
    strings: InterfaceStrings | None = None,
) -> None:
    """Context rules that spread from removed lines to their neighbours, along a run:

    - a run-context string ("Home", "Twitter") goes only next to a removed interface line of a
      kind it names in ``near`` (a menu printed one item per line);
    - a bare count or date ("14", "1.2K", "·", "2024-06-18 09:42": no letters, see
      ``is_bare_count``) goes only next to a removed line (the numbers under a vote button, a
      post's date under its menu), and is a counter for the run-context strings next to it.

    Every other removed line (a profile's, a reaction row) is a start for bare counts only.
    """
    frontier = list(anchors.items())
    frontier += [(i, "") for i in removed if i not in anchors]
    # a post label stays (the structure stage reads it) but is a button: its count goes
    frontier += [
        (i, "")
        for i, line in enumerate(kept)
        if i not in removed and interface_key(line.text) in POST_LABELS
    ]
    while frontier:
        index, kind = frontier.pop()
        for neighbour in (index - 1, index + 1):
            if neighbour < 0 or neighbour >= len(kept) or neighbour in removed:
                continue
            found = candidates.get(neighbour)
            if found is not None and kind in found.near:
                detail = f"{found.detail}, next to interface line {kept[index].no}"
                removed[neighbour] = (found.rule, detail)
                anchors[neighbour] = found.kind
                frontier.append((neighbour, found.kind))
            elif (
                is_bare_count(kept[neighbour].text)
                and not _introduced(kept, removed, neighbour)
                and not _sole_body(kept, removed, candidates, neighbour, strings)
                and not _plus_one_reply(kept, neighbour)
            ):
                detail = f"bare count or date next to removed line {kept[index].no}"
                removed[neighbour] = ("interface:counter", detail)
                frontier.append((neighbour, "counter"))


_SIGNED_COUNT = re.compile(r"[+\-−]\d[\d,.]*")


def _plus_one_reply(kept: list[Line], index: int) -> bool:
    """Whether a "+1" is someone's reply (agreeing) rather than a score: it is, unless the
    page prints signed counts of other values too ("+24", "+3": a vote widget's scores).

    >>> from persona_archive.cleaning.model import split_lines
    >>> _plus_one_reply(split_lines("Share\\n+1\\nReport\\n+1"), 1)
    True
    >>> _plus_one_reply(split_lines("+24\\nA post.\\n+1\\nAnother."), 2)
    False
    """
    if kept[index].text.strip() != "+1":
        return False
    signed = {ln.text.strip() for ln in kept if _SIGNED_COUNT.fullmatch(ln.text.strip())}
    return signed == {"+1"}


def _introduced(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> bool:
    """Whether the nearest non-blank line above ``kept[index]`` is a kept line ending in a
    colon ("The default window, in turns:"): a number it introduces is its answer, the text's,
    whatever chrome stands below it.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("The default window, in turns:\\n12\\nEdit this page")
    >>> _introduced(page, {2: ("interface:hosting-banner", "")}, 1)
    True
    >>> _introduced(page, {0: ("interface:counter", "")}, 1)
    False
    """
    above = index - 1
    while above >= 0 and not kept[above].text.strip():
        above -= 1
    return above >= 0 and above not in removed and kept[above].text.rstrip().endswith(_INTRODUCING)


_ACTION_KINDS = frozenset({"post-actions", "voting"})


SOLE_BODY_HEADER_MAX = 4


_POST_HEADER_RULES = frozenset(f"interface:{k}" for k in ("timestamp", "post-meta", "counter"))


_REPLY_RULES = frozenset(f"interface:{k}" for k in ("post-actions", "comments"))


def _sole_body(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    index: int,
    strings: InterfaceStrings | None = None,
) -> bool:
    """Whether the line is all a post holds: a post's header right above it (up to
    ``SOLE_BODY_HEADER_MAX`` removed lines of dates, counts and post furniture, the post's
    date among them, under a kept line: the author's name), and the post's reply or quote
    button right below it (removed, or a button word waiting for its context). A post has a
    body, so a reply "+1" or "42" there is the post, not its score; so is one with the post's
    counts under it, then its button or the next post's header (a name over a removed time).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("ana\\n5 March 2025\\n+1\\nQuote\\nbo")
    >>> _sole_body(page, {1: ("interface:timestamp", ""), 3: ("interface:post-actions", "")},
    ...            {}, 2)
    True
    >>> page = split_lines("ana\\n3h\\n42\\n12\\nbo\\n2h\\nNo.")
    >>> _sole_body(page, {1: ("interface:timestamp", ""), 5: ("interface:timestamp", "")}, {}, 2)
    True
    """
    above = index - 1
    rules = []
    while above >= 0:
        # the header's date and number may be still to go: a rule that spread to the reply
        # from the button under it came first ("Vojta" / "#3" / "3. 12. 2026 19:45" / "+1");
        # a count above the reply is the header's only above its date (not a reply "+1")
        if above in removed:
            rules.append(removed[above][0])
        elif is_date_line(kept[above].text) and has_time(kept[above].text):
            rules.append("interface:timestamp")
        elif "interface:timestamp" in rules and is_bare_count(kept[above].text):
            rules.append("interface:counter")
        else:
            break
        above -= 1
    header = (
        above >= 0  # the author's name above the header, kept for the structure stage
        and 0 < len(rules) <= SOLE_BODY_HEADER_MAX
        and "interface:timestamp" in rules
        and all(rule in _POST_HEADER_RULES for rule in rules)
    )
    below = index + 1
    if not header or below >= len(kept):
        return False
    # the post's own counts under it, removed or not, then its button or the next post
    while below < len(kept) and (
        removed.get(below, ("", ""))[0] == "interface:counter"
        or (below not in removed and is_bare_count(kept[below].text))
    ):
        below += 1
    if below >= len(kept):
        return below > index + 1
    if below in removed:
        return removed[below][0] in _REPLY_RULES
    found = candidates.get(below)
    if found is not None and found.rule in _REPLY_RULES:
        return True
    button = _reply_button(kept[below].text, strings or InterfaceStrings({}, ()))
    if button and below == index + 1:
        return True  # its reply buttons right under it, a row the list knows ("Reply   Quote")
    return below > index + 1 and (
        button or removed.get(below + 1, ("", ""))[0] == "interface:timestamp"
    )


# up and down vote buttons drawn as arrows or triangles; a variation selector is ignored
VOTE_ARROWS = frozenset("▲▼△▽▴▾▵▿⬆⬇⇧⇩↑↓⏶⏷🔼🔽⯅⯆")


def is_vote_arrow(text: str) -> bool:
    """A line that is only one or two vote arrows ("▲", "⬆️", "▲▼").

    >>> [is_vote_arrow(t) for t in ("▲", " ⬆️ ", "▲▼", "↑ this", "🫡", "14")]
    [True, True, True, False, False, False]
    """
    glyphs = "".join(text.split()).replace("\ufe0f", "")
    return 0 < len(glyphs) <= 2 and all(ch in VOTE_ARROWS for ch in glyphs)


def _vote_widgets(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A post's vote widget printed one part a line ("▲" / "14" / "▼"): a run of lines that
    are each a vote arrow or a bare count (``is_bare_count``), with a count and two arrows
    (up and down, or "▲▼" on one line) next to a line removed as chrome, or printed with two
    posts or more, one of them whole (then "⬆️" / "3" under another post goes too). An
    arrow without a count next to it stays (a reply can be "↑"), and so do counts alone, a
    lone count with one arrow ("0" / "▼": a reply's figure and another's arrow) and a lone
    run of arrows and figures among prose with no chrome near it."""
    seen = _visible(kept, removed)
    parts = [is_vote_arrow(kept[i].text) or is_bare_count(kept[i].text) for i in seen]
    widgets: list[tuple[list[int], int, bool]] = []
    for start, end in _runs(parts):
        run = seen[start:end]
        arrows = sum(is_vote_arrow(kept[i].text) for i in run)
        glyphs = _arrow_glyphs(kept, run)
        if 0 < arrows < len(run):
            touches = (run[0] - 1) in removed or (run[-1] + 1) in removed
            widgets.append((run, arrows, touches and glyphs >= 2))
    full = sum(glyphs >= 2 for glyphs in (_arrow_glyphs(kept, run) for run, _, _ in widgets))
    for run, arrows, touches in widgets:
        if not touches and (len(widgets) < 2 or full == 0):
            continue
        detail = f"vote widget: {arrows} arrows and {len(run) - arrows} counts, one a line"
        for index in run:
            removed[index] = ("interface:voting", detail)
            anchors[index] = "voting"


def _arrow_glyphs(kept: list[Line], run: list[int]) -> int:
    """How many arrow glyphs a run's arrow lines hold ("▲" and "▼": 2; "▲▼": 2)."""
    return sum(
        len("".join(kept[i].text.split()).replace("\ufe0f", ""))
        for i in run
        if is_vote_arrow(kept[i].text)
    )


# a date in digits (three parts) with a time of day: "14/02/2024, 09:12", "2024-06-18 09:42"
# (or a day and month without the year when the time has its seconds: "03.04 21:20:14", as
# boards print this year's posts; a timetable's "07.15 08:30" has none)
_DATE_TIME = re.compile(
    r"\d{1,4}([./-])\d{1,2}\1\d{1,4}(?:,\s*|\s+|T)\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"|\d{1,2}[./-]\d{1,2}\s+\d{1,2}:\d{2}:\d{2}"
)


POST_TIMES_MIN = 2


def _post_times(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Posts' times: ``POST_TIMES_MIN`` or more lines of the page that are each only a date in
    digits with a time of day ("14/02/2024, 09:12"), the template printing each post's time.
    One such line alone stays (it goes only next to other chrome, as a bare count), and so
    does a line of numbers that is no date with a time ("48 213", "12:30", "3.5").

    >>> from persona_archive.cleaning.model import split_lines
    >>> lines = split_lines("Ana\\n14/02/2024, 09:12\\nHi.\\nBo\\n14/02/2024, 09:30\\nHello.")
    >>> r = {}; _post_times(lines, r, {}); sorted(r)
    [1, 4]
    """
    seen = _visible(kept, removed)
    times = [i for i in seen if _DATE_TIME.fullmatch(kept[i].text.strip())]
    if len(times) < POST_TIMES_MIN:
        return
    for index in times:
        removed[index] = ("interface:timestamp", f"a post's time, one of {len(times)} on the page")
        anchors[index] = "timestamp"


POST_COUNTS_MIN = 2

POST_NAME_MAX_CHARS = 40

POST_NAME_MAX_WORDS = 3


# an author's handle under their name ("@bialobo@masto.pt.example", "@ruic")
_HANDLE = re.compile(r"@[\w.-]{1,40}(?:@[\w.-]{1,80})?")


def _post_counts(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    strings: InterfaceStrings,
    anchors: dict[int, str],
) -> None:
    """The counts a thread prints under each post's text, one a line, right above the next
    post's header: its author's name over the post's time, removed, their handle between at
    most ("128" / "14" / "hinata" / "3日前"), or a reply button between ("21" / "返信" / "kai" /
    "2h"). Where the page prints counts there under ``POST_COUNTS_MIN`` or more posts (the
    template's, not a writer's), each run goes. A number right under a removed line (a post's
    time) is the post's first line: it stays here; and so does a number above anything but a
    post's header, or the page's removed footer after the last post.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = "ann\\n3h\\nI agree.\\n12\\n4\\nbo\\n2h\\nSo do I.\\n7\\ncy\\n1h\\n42\\nend"
    >>> lines = split_lines(page)
    >>> r = {i: ("interface:timestamp", "") for i in (1, 6, 10)}
    >>> _post_counts(lines, r, InterfaceStrings({}, ()), {})
    >>> sorted(i for i in r if r[i][0] == "interface:counter")
    [3, 4, 8]
    """
    seen = _visible(kept, removed)

    def header(p: int) -> bool:  # seen[p] is a name over a removed time (its handle between)
        if p >= len(seen):
            return False
        i, text = seen[p], kept[seen[p]].text.strip()
        time = i + 1 + bool(i + 1 < len(kept) and _HANDLE.fullmatch(kept[i + 1].text.strip()))
        return (
            removed.get(time, ("", ""))[0] == "interface:timestamp"
            and has_letter(text)
            and len(text) <= POST_NAME_MAX_CHARS
            and len(text.split()) <= POST_NAME_MAX_WORDS
            and not _is_prose(text)
        )

    runs: list[list[int]] = []
    last: list[list[int]] = []  # the last post's, above the page's removed footer
    p = 0
    while p < len(seen):
        q = p
        while q < len(seen) and seen[q] == seen[p] + (q - p) and is_bare_count(kept[seen[q]].text):
            q += 1
        if q == p:
            p += 1
            continue
        nxt = q + (q < len(seen) and _reply_button(kept[seen[q]].text, strings))
        under_text = p > 0 and seen[p] - 1 == seen[p - 1]  # the post's text right above
        if under_text and header(nxt):
            runs.append(seen[p:q])
        elif under_text and seen[nxt - 1] + 1 in removed:
            last.append(seen[p:q])
        p = q
    if len(runs) < POST_COUNTS_MIN:
        return
    for run in runs + last[-1:]:
        for index in run:
            detail = f"counts under a post, above the next post's header ({len(runs)} posts)"
            removed[index] = ("interface:counter", detail)
            anchors[index] = "counter"


def _reply_button(text: str, strings: InterfaceStrings) -> bool:
    """A post's reply button: a post label, or a reply word of the list, or a row of them
    ("Odpovědět   Citovat", "Reply | Quote": each item one).

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> [_reply_button(t, repo_interface_strings()) for t in ("Odpovědět   Citovat", "Citovat")]
    [True, True]
    >>> _reply_button("Odpovědět hned", repo_interface_strings())
    False
    """
    key = interface_key(text)
    entry = strings.lookup(key)
    if key in POST_LABELS or (entry is not None and entry.kind in _REPLY_KINDS):
        return True
    items = [t for t in _BUTTON_ROW_SPLIT.split(text.strip()) if t.strip()]
    return len(items) >= 2 and all(_reply_button(t, strings) for t in items)


# the gaps between a row's buttons: two spaces or more, a bar or a dot
_BUTTON_ROW_SPLIT = re.compile(r"\s{2,}|\s*[|·•]\s*")


# the label a podcast or video page prints above its chapter markers, as a whole line; an
# author's own "Chapters:" in a description is written text and is not one of them
CHAPTER_LABELS = frozenset(
    interface_key(label)
    for label in (
        "Chapters", "Chapter markers", "Kapitel", "Kapitelmarken", "Sprungmarken", "Chapitres",
        "Capítulos", "Capitoli", "Hoofdstukken", "Главы", "Розділи", "Rozdziały", "Κεφάλαια",
        "Bölümler", "章节", "章節", "チャプター", "챕터",
    )
)  # fmt: skip


# a chapter marker: a time code (in brackets or not), then the chapter's title
_CHAPTER = re.compile(r"\(?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\)?\s+(\S.*)")


CHAPTERS_MIN = 2


CHAPTER_TITLE_MAX_WORDS = 12


def _chapter_lists(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A page's chapter markers: a chapters label (``CHAPTER_LABELS``) alone on a line, then
    ``CHAPTERS_MIN`` or more lines that are each a time code and a short title, the first at
    zero and each later than the one before (a list that goes back in time is not one). The
    label and the markers go (the transcript below holds the words). Time codes with text
    elsewhere (a recipe's schedule, a list under an author's own heading) are not under such a
    label and stay."""
    seen = _visible(kept, removed)
    for position, label in enumerate(seen):
        if interface_key(kept[label].text) not in CHAPTER_LABELS:
            continue
        items: list[tuple[int, int]] = []  # (index, seconds) of each marker-shaped line
        for index in seen[position + 1 :]:
            match = _CHAPTER.fullmatch(kept[index].text.strip())
            title = match.group(4) if match else ""
            if not has_letter(title) or len(title.split()) > CHAPTER_TITLE_MAX_WORDS:
                break
            hours, minutes, seconds = (int(g or 0) for g in match.groups()[:3])
            items.append((index, hours * 3600 + minutes * 60 + seconds))
        times = [at for _, at in items]
        if not times or times[0] != 0 or any(b <= a for a, b in itertools.pairwise(times)):
            continue
        if len(items) < CHAPTERS_MIN:
            continue
        for index in (label, *(index for index, _ in items)):
            detail = f"chapter markers under {kept[label].text!r} (line {kept[label].no})"
            removed[index] = ("interface:navigation", f"{detail}: {len(items)} markers")
            anchors[index] = "timestamp"


def _vertical_rows(
    kept: list[Line], removed: dict[int, tuple[str, str]], strings: InterfaceStrings
) -> None:
    """A post's buttons printed one per line ("Quote" / "Like", "Reply" / "Delete"): two or
    more lines in a row that are each a button word (post actions, votes), one of them a word
    the list knows only from rows of buttons (context ``row``), are a row of interface
    strings, as if on one line. The post labels (``POST_LABELS``) stay for the structure stage.
    """
    seen = _visible(kept, removed)
    buttons: list[InterfaceEntry | None] = []
    for index in seen:
        entry = None
        if not is_quoted(kept[index].text):
            entry = strings.lookup(interface_key(kept[index].text))
            if entry is not None and entry.kind not in _ACTION_KINDS:
                entry = None
        buttons.append(entry)
    for start, end in _runs([e is not None for e in buttons]):
        column = buttons[start:end]
        if end - start < 2 or not any(e is not None and e.context == "row" for e in column):
            continue
        for position in range(start, end):
            index, entry = seen[position], buttons[position]
            if entry is not None and interface_key(kept[index].text) not in POST_LABELS:
                detail = f"interface string ({entry.lang}) at {entry.where}, in a column of "
                removed[index] = (f"interface:{entry.kind}", detail + f"{end - start} buttons")


def _visible(kept: list[Line], removed: dict[int, tuple[str, str]]) -> list[int]:
    """The lines not removed so far: the context rules read the page as cleaning it again
    would, so that running the stage twice changes nothing."""
    return [index for index in range(len(kept)) if index not in removed]


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The (start, end) of each run of True values.

    >>> _runs([True, True, False, True])
    [(0, 2), (3, 4)]
    """
    found, start = [], None
    for position, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = position
        elif not flag and start is not None:
            found.append((start, position))
            start = None
    return found


# a hashtag has a letter, and is not a number ("#1")
_HASHTAG = re.compile(r"#(?!\d+\b)[^\s#]*[^\W\d_][^\s#]*(?: [^\s#]+){0,3}")


def _tag_runs(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """Two or more lines in a row that are each one hashtag ("#ai", "#i have thoughts"), with
    no sentence punctuation: a post's tags.
    """
    seen = _visible(kept, removed)
    tags = [
        not sentence_marks(kept[i].text) and bool(_HASHTAG.fullmatch(kept[i].text)) for i in seen
    ]
    for start, end in _runs(tags):
        if end - start >= 2:
            for position in range(start, end):
                detail = f"a post's tags: {end - start} hashtag lines"
                removed[seen[position]] = ("interface:post-meta", detail)


# a time code, bare or in brackets ("1:02:30", "[00:04:12]")
_TIME_CODE = re.compile(r"[\[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[\])]?")


TIME_CODES_MIN = 3


def _time_codes(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A transcript's time codes: three or more lines that are only a time code ("0:05",
    "1:02:30", "[00:04:12]"), in increasing order, each followed by a line with letters (the
    words said); or a live blog's entries, each under its time of day, newest first ("11:52",
    "11:31", "10:47"). Times in no order (an author's notes) stay.
    """
    found: list[tuple[int, int]] = []
    seen = _visible(kept, removed)
    for index, after in itertools.pairwise(seen):
        match = _TIME_CODE.fullmatch(kept[index].text)
        if match and has_letter(kept[after].text):
            hours, minutes, seconds = (int(g or 0) for g in match.groups())
            found.append((index, hours * 3600 + minutes * 60 + seconds))
    if len(found) < TIME_CODES_MIN:
        return
    rising = all(b[1] > a[1] for a, b in itertools.pairwise(found))
    falling = all(b[1] < a[1] for a, b in itertools.pairwise(found))
    if not (rising or falling):
        return
    what = "transcript time code" if rising else "a live blog's entry time, newest first"
    for index, _ in found:
        removed[index] = ("interface:timestamp", f"{what}, one of {len(found)}")


RELATED_MAX_ITEMS = 8


# what a list of headlines may hold besides them ("In “Essays”" under each)
_IN_RELATED_LISTS = frozenset({"interface:post-meta", "interface:related", "interface:timestamp"})


# a blog sidebar's heading over its latest posts' titles, folded as ``interface_key`` folds
# a line
RECENT_POSTS_LABELS = frozenset(
    interface_key(label)
    for label in (
        "Recent Posts", "Recent posts", "Latest posts", "Neueste Beiträge", "Letzte Beiträge",
        "Articles récents", "Derniers articles", "Entradas recientes", "Últimas entradas",
        "Posts recentes", "Artigos recentes", "Articoli recenti", "Ultimi articoli",
        "Najnowsze wpisy", "Ostatnie wpisy", "Последние записи", "Свежие записи",
        "Останні записи", "Свіжі записи", "Recente berichten", "Son yazılar",
        "Nejnovější příspěvky", "Senaste inläggen", "Viimeisimmät artikkelit",
        "Legutóbbi bejegyzések", "Articole recente", "Πρόσφατα άρθρα", "Πρόσφατες δημοσιεύσεις",
        "Tulisan Terbaru", "Pos-pos Terbaru", "Bài viết mới", "最近の投稿", "近期文章", "最新文章",
        "최근 글", "أحدث المقالات", "مقالات حديثة", "פוסטים אחרונים", "Недавни чланци",
        "Nedavni članci", "ბოლო ჩანაწერები", "সাম্প্রতিক পোস্ট",
    )
)  # fmt: skip


def _related_lists(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The headlines under a removed "Related posts" heading (kind ``related``, or a blog
    sidebar's "Recent posts", ``RECENT_POSTS_LABELS``): up to 8 lines
    that are each headline-shaped (``is_headline``), with their categories and dates between
    them, up to other chrome, a short line without sentence punctuation (the next post's
    author) or the end of the page. A list that runs into prose is left whole (it may be the
    text's own list under a heading that happens to read "Related").
    """
    headings = RECENT_POSTS_LABELS | RELATED_HEADINGS
    recent = [i for i in removed if interface_key(kept[i].text) in headings]
    for start in sorted({*(i for i, kind in anchors.items() if kind == "related"), *recent}):
        items: list[int] = []
        index = start + 1
        while index < len(kept):
            if index in removed:
                if removed[index][0] not in _IN_RELATED_LISTS:
                    break  # the chrome after the list
            elif listed_headline(kept[index].text) and not (items and is_name(kept[index].text)):
                items.append(index)
            else:
                break
            index += 1
        # the list ends in chrome, or at a short line that is no sentence (the next post's
        # author's name): a list that runs into prose may be the text's own
        ends_in_chrome = index >= len(kept) or index in removed or is_block_shaped(kept[index].text)
        if not items or len(items) > RELATED_MAX_ITEMS or not ends_in_chrome:
            continue
        for i in items:
            detail = f"headline in the list under {kept[start].text!r} (line {kept[start].no})"
            removed[i] = ("interface:related", detail)


LABELLED_LIST_MAX_ITEMS = 12


# the colons that end a line introducing what follows (a list, a quote)
_INTRODUCING = (":", "：", "︰")


LIST_ITEM_MAX_WORDS = 3


LIST_ITEM_MAX_CHARS = 40


def _labelled_lists(
    kept: list[Line], removed: dict[int, tuple[str, str]], strings: InterfaceStrings
) -> None:
    """A post's tags printed one a line under their label ("Tags:" / "llm" / "assistants"):
    a bare label the list knows as post metadata (a key ending in a colon, nothing after it),
    then up to 12 short items of at most 3 words without sentence punctuation (or another
    such label), up to a removed line, a bare count or the end of the page. A line ending in a
    colon that the list does not know is no tag: it introduces what follows ("Key points:",
    "Die wichtigsten Punkte:"), so the text goes on there and the list is not closed.
    """

    def label(index: int) -> bool:
        key = interface_key(kept[index].text)
        if not key.endswith(":") or len(key.split()) > 2:
            return False
        entry = strings.lookup(key)
        return entry is not None and entry.kind == "post-meta"

    def item(index: int) -> bool:
        text = kept[index].text
        return (
            len(text) <= LIST_ITEM_MAX_CHARS
            and len(text.split()) <= LIST_ITEM_MAX_WORDS
            and not sentence_marks(text)
            and not is_quoted(text)
            and not is_bare_count(text)
            and not text.rstrip().endswith(_INTRODUCING)
        )

    seen = _visible(kept, removed)
    position = 0
    while position < len(seen):
        if not label(seen[position]):
            position += 1
            continue
        end = position + 1
        while end < len(seen) and (label(seen[end]) or item(seen[end])):
            end += 1
        # closed by the end of the page, a count, or chrome removed after the last item
        closed = (
            end >= len(seen) or is_bare_count(kept[seen[end]].text) or seen[end] - seen[end - 1] > 1
        )
        if closed and 1 < end - position <= LABELLED_LIST_MAX_ITEMS + 1:
            for i in seen[position:end]:
                detail = f"a labelled list of tags ({end - position} lines)"
                removed[i] = ("interface:post-meta", detail)
        position = end


# the labels a page prints over its tags or topics one a line, without a colon, folded as
# ``interface_key`` folds a line
TAG_LABELS = frozenset(
    interface_key(label)
    for label in (
        "Tags", "Topics", "Related topics", "Filed under", "Categories", "Themen",
        "Schlagwörter", "Stichwörter", "Sujets", "Mots-clés", "Thèmes", "Temas", "Etiquetas",
        "Tópicos", "Assuntos", "Argomenti", "Tag", "Теги", "Темы", "Теми", "Мітки", "Tagi",
        "Tematy", "Onderwerpen", "Trefwoorden", "Etiketler", "Konular", "Témata", "Štítky",
        "Témy", "תגיות", "נושאים", "وسوم", "الوسوم", "مواضيع", "الكلمات المفتاحية", "برچسب‌ها",
        "ট্যাগ", "বিষয়", "Topik", "Label", "タグ", "关键词", "标签", "標籤", "關鍵字", "태그",
        "Ετικέτες", "Θέματα", "Címkék", "Témák", "Aiheet", "Tunnisteet", "Ämnen", "Taggar",
        "Emner", "Stikkord", "Etichete", "Subiecte", "Oznake", "Ознаке", "Теме", "თეგები",
        "ტეგები", "Chủ đề", "Thẻ", "แท็ก", "टैग", "विषय", "Kategorien", "Catégories",
        "Categorías", "Categorias", "Categorie", "Kategorie", "Категории", "Категорії",
        "Kategoriler", "Kategorier", "Kategóriák", "Kategori", "Kategoriat", "Categorieën",
        "Κατηγορίες", "Категорије", "Kategorije", "კატეგორიები", "カテゴリー", "分类", "分類",
        "카테고리", "التصنيفات", "קטגוריות", "বিভাগ", "Danh mục", "หมวดหมู่",
    )
)  # fmt: skip


TAG_LIST_MAX_ITEMS = 12


def _tag_lists(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A page's tags printed one a line under a bare label ("Topics" / "Libraries" /
    "Dunmere"): a label of ``TAG_LABELS`` (a colon after it or not), then up to
    ``TAG_LIST_MAX_ITEMS`` short items without sentence punctuation, closed by chrome removed
    below them, a count or the end of the page, with the text above the label. A section of
    the text under such a heading goes on with its prose, a list the text introduces ends in
    no chrome, and a menu's "Categories" above the headline has no text above it.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("A text.\\nTopics\\nLibraries\\nDunmere\\nMore stories")
    >>> r = {4: ("interface:related", "")}; _tag_lists(page, r); sorted(r)
    [1, 2, 3, 4]
    >>> page = split_lines("Topics\\nLibraries\\nWe cover them weekly.\\nMore stories")
    >>> r = {3: ("interface:related", "")}; _tag_lists(page, r); sorted(r)
    [3]
    >>> page = split_lines("Home\\nCategories\\nOur new loaf\\n2025-02-20\\nIt rose well.")
    >>> r = {0: ("interface:navigation", ""), 3: ("interface:timestamp", "")}
    >>> _tag_lists(page, r); sorted(r)
    [0, 3]
    """
    for label, line in enumerate(kept):
        if interface_key(line.text).rstrip(":：").rstrip() not in TAG_LABELS:
            continue
        if not _text_above(kept, removed, label):
            continue  # a menu's item over the page's headline, not a post's tags
        items, below = [], _beside(kept, label, 1)
        while below is not None and below not in removed and _tag_item(kept[below].text):
            items.append(below)
            below = _beside(kept, below, 1)
        closed = below is None or below in removed or is_bare_count(kept[below].text)
        if not closed or not 0 < len(items) <= TAG_LIST_MAX_ITEMS:
            continue
        for index in [label, *items]:
            if index not in removed:
                detail = f"a page's tags under their label at line {line.no}"
                removed[index] = ("interface:post-meta", detail)


def _tag_item(text: str) -> bool:
    """A line that can be a tag: a few words, no sentence punctuation, not a count."""
    return (
        has_letter(text)
        and len(text) <= LIST_ITEM_MAX_CHARS
        and len(text.split()) <= LIST_ITEM_MAX_WORDS
        and not sentence_marks(text)
        and not is_quoted(text)
        and not is_bare_count(text)
        and not text.rstrip().endswith(_INTRODUCING)
    )


# the kinds of a box that prints its heading, a blurb and its form: a newsletter's sign-up, a
# site's invitation to make an account
_BOX_HEADING_RULES = frozenset({"interface:newsletter", "interface:account"})
_BOX_KINDS = frozenset({"interface:newsletter", "interface:account", "interface:consent"})


BOXED_BLURB_MAX_WORDS = 30


def _boxed_blurbs(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """The blurb of a sign-up box: one line between the box's heading and its form, both
    removed as newsletter or account chrome ("Get our daily newsletter" / "The day's news in
    your inbox." / "Enter your email"; "New to Mastodon?" / … / "Create account"). The
    text's own line has the text around it.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("A text.\\nGet the newsletter\\nNews daily.\\nEnter your email")
    >>> r = {1: ("interface:newsletter", ""), 3: ("interface:newsletter", "")}
    >>> _boxed_blurbs(page, r); sorted(r)
    [1, 2, 3]
    """
    for index, line in enumerate(kept):
        if index in removed or not line.text.strip() or is_quoted(line.text):
            continue
        if len(line.text.split()) > BOXED_BLURB_MAX_WORDS:
            continue
        above, below = _beside(kept, index, -1), _beside(kept, index, 1)
        if above is None or below is None:
            continue
        if removed.get(above, ("", ""))[0] not in _BOX_HEADING_RULES:
            continue
        if removed.get(below, ("", ""))[0] not in _BOX_KINDS:
            continue
        detail = f"the blurb of a sign-up box (line {kept[above].no})"
        removed[index] = ("interface:newsletter", detail)


# the heading of an article's box about its author, folded as ``interface_key`` folds a line
AUTHOR_BOX_LABELS = frozenset(
    interface_key(label)
    for label in (
        "About the author", "About the writer", "About the reporter", "Über den Autor",
        "Über die Autorin", "Zur Person", "À propos de l'auteur", "À propos de l'autrice",
        "Sobre el autor", "Sobre la autora", "Sobre o autor", "Sobre a autora", "L'autore",
        "Sull'autore", "Об авторе", "Про автора", "Про авторку", "O autorze", "O autorce",
        "Over de auteur", "Over de schrijver", "Yazar hakkında", "O autorovi", "O autorce",
        "Om författaren", "Om forfatteren", "Kirjoittajasta", "A szerzőről", "Despre autor",
        "Σχετικά με τον συγγραφέα", "Tentang penulis", "Tentang Penulis", "Mengenai penulis",
        "著者について", "この記事を書いた人", "关于作者", "作者简介", "關於作者", "作者簡介",
        "작가 소개", "기자 소개", "글쓴이 소개", "عن الكاتب", "نبذة عن الكاتب", "על הכותב",
        "על הכותבת", "লেখক পরিচিতি", "লেখক সম্পর্কে", "लेखक के बारे में", "Về tác giả",
        "เกี่ยวกับผู้เขียน", "O autoru", "О аутору", "ავტორის შესახებ",
    )
)  # fmt: skip


AUTHOR_BOX_MAX_LINES = 2


def _author_boxes(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """An article's box about its author at the end of the page: its heading
    (``AUTHOR_BOX_LABELS``) and up to ``AUTHOR_BOX_MAX_LINES`` lines of bio under it, closed
    by chrome removed below or the end of the page. The writer's own words about themselves
    in the text have the text after them, not the page's footer.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("A text.\\nAbout the author\\nCarys covers news.\\nContact us")
    >>> r = {3: ("interface:navigation", "")}; _author_boxes(page, r); sorted(r)
    [1, 2, 3]
    """
    for label, line in enumerate(kept):
        if interface_key(line.text).rstrip(":：").rstrip() not in AUTHOR_BOX_LABELS:
            continue
        bio, below = [], _beside(kept, label, 1)
        while below is not None and below in removed:  # gone once the page is cleaned
            below = _beside(kept, below, 1)
        while below is not None and below not in removed and len(bio) < AUTHOR_BOX_MAX_LINES:
            bio.append(below)
            below = _beside(kept, below, 1)
        if not bio or not (below is None or below in removed):
            continue
        for index in [label, *bio]:
            if index not in removed:
                detail = f"an article's box about its author (line {line.no})"
                removed[index] = ("interface:post-meta", detail)


def _trailing_labels(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A post label ("Reply") with nothing but removed lines after it to the end of the page
    (one at least): the last post's button, which ends no post."""
    chrome_after = False
    for index in range(len(kept) - 1, -1, -1):
        if index in removed:
            chrome_after = True
            continue
        if chrome_after and interface_key(kept[index].text) in POST_LABELS:
            removed[index] = ("interface:post-actions", "post label with no post after it")
            continue
        break


# the kinds that make a page's header (site navigation, above the title) and footer
_HEADER_KINDS = frozenset({"navigation", "skip-link", "consent", "hosting-banner", "sponsor"})


_FOOTER_KINDS = frozenset(
    {
        "navigation",
        "skip-link",
        "consent",
        "hosting-banner",
        "legal",
        "newsletter",
        "sponsor",
        "related",
        "contact",
    }
)


BLOCK_MAX_UNKNOWN_RUN = 1


def _block_lines(
    kept: list[Line], removed: dict[int, tuple[str, str]], candidates: dict[int, InterfaceMatch]
) -> list[tuple[int, str]]:
    """The lines left in the page's header block (from the first line to its last site-
    navigation line) and footer block (from its first footer line to the last line), when
    the block is mostly interface lines already: see ``block_span``."""
    n = len(kept)
    kinds: list[str | None] = []
    for index, line in enumerate(kept):
        if index in removed:
            rule = removed[index][0]
            kinds.append(rule.removeprefix("interface:") if rule.startswith("interface:") else "")
        elif index in candidates:
            kinds.append(candidates[index].kind)
        elif is_block_shaped(line.text):
            kinds.append(None)
        else:
            kinds.append("prose")
    head = block_span(kinds, _HEADER_KINDS)
    tail = block_span(kinds[::-1], _FOOTER_KINDS)
    if tail and _introduces_list(kept, removed, n - tail):
        tail = 0  # "It had three sections:" and its items: a list of the text, not a footer
    # the header's own unknown lines (a site's name above its menu) stay: the structure stage
    # reads the top of the page for the title and passes over the site's name itself
    lines = {i: "header" for i in range(head) if i in candidates}
    lines.update((n - 1 - i, "footer") for i in range(tail) if n - 1 - i >= head)
    return sorted((i, where) for i, where in lines.items() if i not in removed)


def block_span(kinds: list[str | None], ends: frozenset[str]) -> int:
    """How many lines from the start make a block: ``kinds`` has, per line, the kind of the
    interface line it is (removed, or a run-context string), ``""`` for a line removed
    otherwise, ``None`` for an unknown short line without sentence punctuation, ``"prose"``
    for anything else. The block starts at the first line, ends at a line of a kind in
    ``ends`` and holds no prose; it counts when at least 3 of its lines are interface lines,
    twice as many as the unknown ones, and every unknown line stands alone between interface
    lines (two together may be a title and a byline). The longest such block wins; cleaning
    the block's remains again finds no block (fewer interface lines, the same unknown ones).

    >>> block_span(["navigation", None, "navigation", "skip-link", "prose"], _HEADER_KINDS)
    4
    >>> block_span([None, None, None, "navigation", "account"], _HEADER_KINDS)
    0
    >>> block_span(["navigation", "skip-link", "account", None, "navigation"], _HEADER_KINDS)
    5
    """
    best = 0
    known = unknown = together = 0
    for index, kind in enumerate(kinds):
        if kind == "prose":
            break
        if kind is None:
            unknown += 1
            together += 1
            if together > BLOCK_MAX_UNKNOWN_RUN:
                break
            continue
        together = 0
        known += 1
        if kind in ends and known >= 3 and known >= 2 * unknown:
            best = index + 1
    return best


def _block_detail(where: str) -> str:
    return (
        f"short line without sentence punctuation in the page's {where} block "
        "(mostly interface lines)"
    )


CONTENTS_MIN = 2
"""A table of contents has at least this many entries."""


def _contents(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A table of contents: ``CONTENTS_MIN`` or more different short lines in a row, each
    printed again exactly once further down as a line of its own, in the same order, and
    followed there by text (the headings they link to). The headings stay; the list goes. A
    post's furniture, printed with every post ("Reply", a user's name), is printed more than
    once again: it is not a table of contents. An entry may carry its section's number ("1
    History" over "History"); the list's label above it goes with it (``_contents_label``).

    >>> from persona_archive.cleaning.model import split_lines
    >>> lines = split_lines("Contents\\nOne\\nTwo\\nOne\\nText of one.\\nTwo\\nText of two.")
    >>> r = {}; _contents(lines, r, {}); sorted(r)
    [0, 1, 2]
    """
    seen = _visible(kept, removed)  # lines removed so far are not there (idempotence)
    printed: dict[str, list[int]] = {}  # each line's key and where it is printed, in order
    for i, line in enumerate(kept):
        printed.setdefault(_section_key(line.text), []).append(i)
    at = 0
    while at < len(seen):
        stop = at
        position = seen[at] + 1  # where the next entry's heading is looked for
        headings = []
        while (
            stop < len(seen)
            and seen[stop] not in removed
            and is_block_shaped(kept[seen[stop]].text)
            and has_letter(kept[seen[stop]].text)  # a number alone is content
        ):
            end = seen[stop]
            later = _printed_once_after(printed[_section_key(kept[end].text)], end, removed)
            after = _neighbour(kept, removed, later, 1, frozenset())[0] if later is not None else -1
            # a numbered entry that goes on from the ones before may head a list of its own
            # ("3 See also" over its links): its number is the evidence
            follows = (
                stop > at
                and _next_section(kept[end].text, kept[seen[stop - 1]].text)
                and headings
                and later is not None
            )
            if (
                later is None
                or later < position
                or (not follows and (after < 0 or is_block_shaped(kept[after].text)))
            ):
                break
            headings.append(later)
            position = later + 1
            stop += 1
        if stop - at >= CONTENTS_MIN and headings[0] > seen[stop - 1]:
            for k in range(at, stop):
                heading = kept[headings[k - at]].no
                detail = f"table of contents: the entry's heading is line {heading}"
                # no anchor: the first heading may follow it and be a word of the list
                removed[seen[k]] = ("interface:navigation", detail)
            _contents_label(kept, removed, seen[at])
            at = stop
        else:
            at += 1


def _printed_once_after(
    where: list[int], end: int, removed: dict[int, tuple[str, str]]
) -> int | None:
    """The one line after ``end`` among ``where`` (the lines printing a key, in order) that is
    not removed, or None if there are none or several: found by bisection, stopping at the
    second, so a page of one line printed a thousand times stays linear."""
    found = None
    for k in range(bisect.bisect_right(where, end), len(where)):
        if where[k] not in removed:
            if found is not None:
                return None
            found = where[k]
    return found


# a section's number before an entry of a table of contents ("1 History", "2.1. Críticas")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\D)")


def _section_key(text: str) -> str:
    """A line as a table of contents and its heading both print it: its section number, if any,
    left out ("1 History" and "History" are one entry)."""
    text = text.strip()
    return _SECTION_NUMBER.sub("", text, count=1) if _SECTION_NUMBER.match(text) else text


def _next_section(text: str, above: str) -> bool:
    """Whether the entry ``text`` is numbered one more than the entry ``above`` it, both
    numbered ("3 See also" under "2 Reception")."""
    here, before = _section_number(text), _section_number(above)
    return here is not None and before is not None and here == before + 1


def _section_number(text: str) -> int | None:
    """The first part of a line's section number ("2" of "2.1 Críticas"), or None."""
    match = _SECTION_NUMBER.match(text.strip())
    return int(match.group(0).split(".")[0].strip()) if match else None


CONTENTS_LABEL_MAX_WORDS = 3


def _contents_label(kept: list[Line], removed: dict[int, tuple[str, str]], start: int) -> None:
    """The label right above a table of contents ("Contents", "სარჩევი"): a short line without
    sentence punctuation with the lead's prose or chrome above it. A heading of the text right
    above its own list is followed by more than the list: it is never right above a table of
    contents whose entries are headings further down."""
    above, rule = _neighbour(kept, removed, start, -1, frozenset())
    if above < 0 or rule:
        return
    text = kept[above].text
    if len(text.split()) > CONTENTS_LABEL_MAX_WORDS or not is_block_shaped(text):
        return
    if not has_letter(text) or is_bare_count(text):
        return
    before, rule = _neighbour(kept, removed, above, -1, frozenset())
    if before >= 0 and not rule and not sentence_marks(kept[before].text):
        return  # a short line over it too: a list of the text's own, with its heading
    removed[above] = ("interface:navigation", "the label over a table of contents")


# the label a page prints over its own table of contents, folded as ``interface_key`` folds
# a line: evidence, with the entries printed again below, for ``_labelled_contents``
CONTENTS_LABELS = frozenset(
    interface_key(label)
    for label in (
        "On this page", "Contents", "Table of contents", "In this article", "Page contents",
        "In this section", "Auf dieser Seite", "Inhalt", "Inhaltsverzeichnis",
        "In diesem Artikel", "Sur cette page", "Sommaire", "Table des matières",
        "Dans cet article", "En esta página", "Contenido", "Contenidos", "Índice",
        "En este artículo", "Nesta página", "Neste artigo", "Conteúdo", "In questa pagina",
        "Indice", "Contenuti", "In questo articolo", "Na tej stronie", "Spis treści",
        "На этой странице", "Содержание", "В этой статье", "На цій сторінці", "Зміст",
        "Na této stránce", "Obsah", "Bu sayfada", "İçindekiler", "Bu makalede",
        "このページの内容", "目次", "本页内容", "目录", "本頁內容", "目錄", "이 페이지에서",
        "목차", "Op deze pagina", "Inhoud", "Inhoudsopgave", "På denna sida", "Innehåll",
        "På denne side", "Indhold", "Indholdsfortegnelse", "På denne siden", "Innhold",
        "Tällä sivulla", "Sisällys", "Sisällysluettelo", "Ezen az oldalon", "Tartalom",
        "Tartalomjegyzék", "Pe această pagină", "Cuprins", "Σε αυτή τη σελίδα",
        "Περιεχόμενα", "בעמוד זה", "תוכן עניינים", "في هذه الصفحة", "المحتويات",
        "در این صفحه", "فهرست مطالب", "इस पृष्ठ पर", "विषय सूची", "ในหน้านี้", "สารบัญ",
        "Trên trang này", "Mục lục", "Di halaman ini", "Pada halaman ini", "Daftar isi",
        "Kandungan", "இந்தப் பக்கத்தில்", "பொருளடக்கம்", "এই পৃষ্ঠায়", "সূচিপত্র", "სარჩევი",
    )
)  # fmt: skip


def _labelled_contents(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A table of contents under its label (``CONTENTS_LABELS``, removed or not: "On this
    page", "Inhalt", "目次"): the short lines right under the label (lines removed so far
    looked past, a table's entries ``_contents`` took among them) when ``CONTENTS_MIN`` or
    more of them from the first are each printed again, in order, as a line further down (the
    headings they link to), whatever follows the headings (``_contents`` wants text under
    each). The label goes with them. The run ends at its first entry not printed again below
    (the page's own headline, under its table of contents), unless a later entry is
    (``_heading_missing``); a list the label introduces whose items are not repeated below
    stays, and so does its label.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("On this page\\nInstall\\nUsage\\nGuide\\nInstall\\nRun:\\nUsage\\nx")
    >>> r = {}; _labelled_contents(page, r, {}); sorted(r)
    [0, 1, 2]
    >>> page = split_lines("Contents\\nKettle\\nLid\\nThe box holds a kettle and its lid.")
    >>> r = {}; _labelled_contents(page, r, {}); sorted(r)
    []
    """
    for label in range(len(kept)):
        if interface_key(kept[label].text).rstrip(":：") not in CONTENTS_LABELS:
            continue
        run = []
        for index in range(label + 1, len(kept)):
            if index in removed:
                if removed[index][1].startswith("table of contents"):
                    run.append(index)
                continue
            text = kept[index].text
            if not is_block_shaped(text) or not has_letter(text) or is_bare_count(text):
                break
            run.append(index)
        size = len(run)
        while size >= CONTENTS_MIN and _headings_below(kept, removed, run[:size]) is None:
            size -= 1
        if size < CONTENTS_MIN:
            continue
        headings = _headings_below(kept, removed, run[:size]) or []
        if _heading_missing(kept, removed, run[size + 1 :], headings):
            continue
        if label not in removed:
            detail = f"the label over a table of contents of {size} entries"
            removed[label] = ("interface:navigation", detail)
            anchors[label] = "navigation"
        for entry, heading in zip(run[:size], headings, strict=True):
            if entry not in removed:
                # no anchor: the first heading may follow it and be a word of the list
                line = kept[heading].no
                detail = f"table of contents under its label: the entry's heading is line {line}"
                removed[entry] = ("interface:navigation", detail)


def _contents_after_text(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A table of contents printed after the text (a documentation page's right column, which
    a scraper saves last): ``CONTENTS_MIN`` or more short lines in a row, under a removed line
    or a contents label (``CONTENTS_LABELS``), each printed once ABOVE as a line of its own, in
    the same order, with text under it there (the headings they link to). The lines removed so
    far are looked past; the run ends at its first line that names no heading above. A recap
    of the sections under the text's own closing words is not under chrome and stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Intro\\nA text.\\nUsage\\nRun it.\\nEdit this page\\nIntro\\nUsage")
    >>> r = {4: ("interface:hosting-banner", "")}; _contents_after_text(page, r, {}); sorted(r)
    [4, 5, 6]
    >>> page = split_lines("Intro\\nA text.\\nUsage\\nRun it.\\nIn short:\\nIntro\\nUsage")
    >>> r = {}; _contents_after_text(page, r, {}); sorted(r)
    []
    """
    start = 0
    while start < len(kept):
        if start in removed or not _contents_entry(kept[start].text):
            start += 1
            continue
        above = start - 1
        while above >= 0 and not kept[above].text.strip():
            above -= 1
        label = (
            above >= 0
            and above not in removed
            and interface_key(kept[above].text).rstrip(":：") in CONTENTS_LABELS
        )
        if above < 0 or not (above in removed or label):
            start += 1
            continue
        run, headings, position, index = [], [], 0, start
        while index < len(kept):
            if index in removed or not kept[index].text.strip():
                index += 1
                continue
            heading = _heading_above(kept, removed, index, position, run[0] if run else start)
            if heading is None:
                break
            run.append(index)
            headings.append(heading)
            position = heading + 1
            index += 1
        if len(run) >= CONTENTS_MIN:
            if label:
                detail = f"the label over a table of contents of {len(run)} entries"
                removed[above] = ("interface:navigation", detail)
                anchors[above] = "navigation"
            for entry, heading in zip(run, headings, strict=True):
                line = kept[heading].no
                detail = f"table of contents after the text: the entry's heading is line {line}"
                removed[entry] = ("interface:navigation", detail)
            start = run[-1] + 1
        else:
            start += 1


def _contents_entry(text: str) -> bool:
    """A line that can be an entry of a table of contents: short, no sentence punctuation,
    letters in it."""
    return is_block_shaped(text) and has_letter(text) and not is_bare_count(text)


def _heading_above(
    kept: list[Line], removed: dict[int, tuple[str, str]], entry: int, start: int, end: int
) -> int | None:
    """The one line between ``start`` and ``end`` that prints the entry at ``entry`` again (a
    section's number on either left out), with text under it (a kept line longer than a
    heading, or with sentence punctuation, or one that introduces what follows), or None
    (none, or more than one: a post's furniture, not a heading)."""
    text = kept[entry].text
    if not _contents_entry(text):
        return None
    key = _section_key(text)
    same = [i for i in range(start, end) if i not in removed and _section_key(kept[i].text) == key]
    if len(same) != 1:
        return None
    after, rule = _neighbour(kept, removed, same[0], 1, frozenset())
    if after < 0 or rule:
        return None
    text = kept[after].text.rstrip()
    if is_block_shaped(text) and not text.endswith(_INTRODUCING):
        return None
    return same[0]


# a documentation page's or a blog's pager labels, folded as ``interface_key`` folds a line:
# each over the title of the page it links to ("Previous" / "Character files")
PAGER_LABELS = frozenset(
    interface_key(label)
    for label in (
        "Previous", "Next", "Prev", "Previous page", "Next page", "Previous article",
        "Next article", "Previous post", "Next post", "Vorherige", "Nächste", "Zurück", "Weiter",
        "Vorherige Seite", "Nächste Seite", "Précédent", "Suivant", "Page précédente",
        "Page suivante", "Anterior", "Siguiente", "Próximo", "Próxima", "Precedente",
        "Successivo", "Successiva", "Предыдущая", "Следующая", "Назад", "Далее", "Попередня",
        "Наступна", "Poprzednia", "Następna", "Vorige", "Volgende", "Önceki", "Sonraki",
        "Předchozí", "Další", "Föregående", "Nästa", "Edellinen", "Seuraava", "Előző",
        "Következő", "Προηγούμενο", "Επόμενο", "Sebelumnya", "Selanjutnya", "Berikutnya",
        "Trước", "Tiếp theo", "前へ", "次へ", "上一页", "下一页", "上一頁", "下一頁", "이전",
        "다음", "السابق", "التالي", "הקודם", "הבא", "पिछला", "अगला", "ก่อนหน้า", "ถัดไป",
        # a blog's links to the posts before and after this one (WordPress's themes)
        "Previous article", "Next article", "Older post", "Newer post", "Vorheriger Beitrag",
        "Nächster Beitrag", "Article précédent", "Article suivant", "Entrada anterior",
        "Entrada siguiente", "Artigo anterior", "Próximo artigo", "Post anterior",
        "Próximo post", "Articolo precedente", "Articolo successivo", "Post precedente",
        "Post successivo", "Предыдущая запись", "Следующая запись", "Предыдущая статья",
        "Следующая статья", "Попередній запис", "Наступний запис", "Попередня стаття",
        "Наступна стаття", "Poprzedni wpis", "Następny wpis", "Poprzedni artykuł",
        "Następny artykuł", "Vorig bericht", "Volgend bericht", "Vorige post", "Volgende post",
        "Önceki yazı", "Sonraki yazı", "Předchozí příspěvek", "Následující příspěvek",
        "Föregående inlägg", "Nästa inlägg", "Edellinen artikkeli", "Seuraava artikkeli",
        "Előző bejegyzés", "Következő bejegyzés", "Articolul anterior", "Articolul următor",
        "Προηγούμενο άρθρο", "Επόμενο άρθρο", "Προηγούμενη δημοσίευση", "Επόμενη δημοσίευση",
        "Artikel sebelumnya", "Artikel berikutnya", "Bài trước", "Bài tiếp theo", "前の記事",
        "次の記事", "上一篇", "下一篇", "上一篇文章", "下一篇文章", "이전 글", "다음 글",
        "المقالة السابقة", "المقالة التالية", "المقال السابق", "المقال التالي", "הפוסט הקודם",
        "הפוסט הבא", "Претходни чланак", "Следећи чланак", "Prethodni članak",
        "Sledeći članak", "წინა სტატია", "შემდეგი სტატია", "পূর্ববর্তী পোস্ট", "পরবর্তী পোস্ট",
    )
)  # fmt: skip


# the arrow a pager prints before the previous page's title or after the next one's
_PAGER_ARROWS_BEFORE = ("«", "‹", "←", "⟵")
_PAGER_ARROWS_AFTER = ("»", "›", "→", "⟶")


def _pager_titles(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A pager's titles: the short line right under a pager label ("Previous", "Suivant",
    ``PAGER_LABELS``), the title of the page it links to, when the evidence says pager: the
    other label with its own title right next to it ("Previous" / "Character files" /
    "Next" / "Memory"), the pager's arrow on the title ("Sycophancy probes »"), or the label
    removed as chrome with chrome or the page's end under the title. The label goes with its
    title. A heading "Next" over a line of the text has prose under it, or no chrome.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("A text.\\nPrevious\\nSetup\\nNext\\nMemory\\nMore text.")
    >>> r = {}; _pager_titles(page, r, {}); sorted(r)
    [1, 2, 3, 4]
    >>> page = split_lines("A text.\\nNext\\nWe bake the loaf\\nMore text.")
    >>> r = {}; _pager_titles(page, r, {}); sorted(r)
    []
    """
    pairs = {}
    for label, line in enumerate(kept):
        if interface_key(line.text) not in PAGER_LABELS:
            continue
        title = _next_text(kept, label)
        if title is None or title in removed:
            continue
        text = kept[title].text.strip()
        if not _contents_entry(text) or interface_key(text) in PAGER_LABELS:
            continue
        pairs[label] = title
    for label, title in pairs.items():
        text = kept[title].text.strip()
        after = _next_text(kept, title)
        # another label with its title right under this title, or right above this label
        beside = after in pairs or any(_next_text(kept, t) == label for t in pairs.values())
        arrow = text.startswith(_PAGER_ARROWS_BEFORE) or text.endswith(_PAGER_ARROWS_AFTER)
        closing = label in removed and (after is None or after in removed)
        if not (beside or arrow or closing):
            continue
        for index in (label, title):
            if index not in removed:
                detail = f"a pager's label and the title it links to (line {kept[label].no})"
                removed[index] = ("interface:navigation", detail)
                anchors[index] = "navigation"


def _next_text(kept: list[Line], index: int) -> int | None:
    """The next line after ``index`` that is not blank, or None at the page's end."""
    below = index + 1
    while below < len(kept) and not kept[below].text.strip():
        below += 1
    return below if below < len(kept) else None


def _heading_missing(
    kept: list[Line], removed: dict[int, tuple[str, str]], rest: list[int], headings: list[int]
) -> bool:
    """Whether an entry of the list after the one not printed again (``rest``, above the first
    heading) is printed again below the headings found: the list names a heading the page
    does not have as a line (another rule took it, or it was never one), so it is not read as
    the page's table of contents, and stays whole."""
    return any(
        _headings_below(kept, removed, [entry], headings[-1] + 1) is not None
        for entry in rest
        if entry < headings[0]
    )


def _headings_below(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    entries: list[int],
    start: int | None = None,
) -> list[int] | None:
    """Where each of ``entries`` is printed again as a line of its own below the last of them
    (or from ``start``), in their order (a section's number on either left out), or None."""
    found, position = [], entries[-1] + 1 if start is None else start
    for entry in entries:
        key = _section_key(kept[entry].text)
        at = next(
            (
                i
                for i in range(position, len(kept))
                if i not in removed and _section_key(kept[i].text) == key
            ),
            None,
        )
        if at is None:
            return None
        found.append(at)
        position = at + 1
    return found


EDIT_LINKS_MIN = 2


def _section_heading(kept: list[Line], index: int) -> bool:
    """Whether a line is a heading of the text's own sections, though the list names it as a
    site's related box ("Související články", "Смотрите также", "Δείτε επίσης": a news site's
    related links, a wiki's "See also" section): the page is an article with references, a
    line that opens with a footnote's back-link and cites a source ("↑ Novák, J.: Povaha
    stroje. Praha 2024.", ``_REFERENCE``). The references are the text's: cleaning the clean
    text again finds them as this pass did (a contents box or an edit link would be gone).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Text.\\nSouvisející články\\n- Stroj\\n↑ Novák: Stroj. Praha 2024.")
    >>> _section_heading(page, 1), _section_heading(page[:2], 1)
    (True, False)
    >>> _section_heading(split_lines("Text.\\nSouvisející články\\n↑ Nahoru"), 1)
    False
    """
    return any(i != index and _REFERENCE.fullmatch(ln.text.strip()) for i, ln in enumerate(kept))


# a reference of a wiki's list: the back-link to its footnote ("↑", "^"), then a source cited
# with a year or a page ("↑ Novák, J.: Povaha stroje. Praha 2024, s. 15."), four words or more
_REFERENCE = re.compile(r"[↑^]\s?(?=(?:\S+\s+){3})(?=.*\d).*[^\W\d_].*")


# a wiki's edit link after each heading, in any language: "[edit]", "[რედაქტირება]",
# "[edit | edit source]"
_EDIT_LINK = re.compile(r"\[[^\W\d_][^\[\]\d.!?]{0,40}\]")


def _edit_links(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A word in square brackets alone on its line, the same on ``EDIT_LINKS_MIN`` lines or
    more, each right under a heading (a short line without sentence punctuation): a wiki's
    edit link after every section heading. A bracketed stage direction or a note the author
    writes once, or among prose, stays."""
    places: dict[str, list[int]] = {}
    for index in _visible(kept, removed):
        text = kept[index].text.strip()
        if _EDIT_LINK.fullmatch(text) and len(text.split()) <= CONTENTS_LABEL_MAX_WORDS + 2:
            places.setdefault(interface_key(text), []).append(index)
    for indexes in places.values():
        if len(indexes) < EDIT_LINKS_MIN:
            continue
        headed = []
        for index in indexes:
            above, rule = _neighbour(kept, removed, index, -1, frozenset())
            if above >= 0 and not rule and is_block_shaped(kept[above].text):
                headed.append(index)
        if len(headed) < len(indexes):
            continue
        for index in indexes:
            # no anchor: the heading above it may be a word of the list ("History")
            removed[index] = ("interface:post-actions", "a wiki's edit link under each heading")


def _menu_pairs(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
) -> None:
    """Two run-context strings on neighbouring lines, one of a kind the other names in
    ``near`` ("Previous" / "Next", "Latest" / "Top"): a menu printed one item a line, which
    ``_spread`` then follows. Only menu kinds (``_MENU_KINDS``: platform names in a row are a
    list of platforms until a share line says otherwise), and not after a line that introduces
    a list ("We studied three platforms:"). One such word alone stays (it may be a heading)."""
    visible = _visible(kept, removed)  # lines removed so far are not there (idempotence)
    start = 0
    while start < len(visible):
        end = start
        while end < len(visible) and _menu_word(candidates.get(visible[end])):
            end += 1
        run = visible[start:end]
        if len(run) >= 2 and not _introduces_list(kept, removed, run[0]):
            for here in run:
                found = candidates[here]
                if any(found.kind in candidates[i].near for i in run if i != here):
                    detail = f"{found.detail}, one of {len(run)} menu words in a row"
                    removed[here] = (found.rule, detail)
                    anchors[here] = found.kind
        start = max(end, start + 1)


def _introduces_list(kept: list[Line], removed: dict[int, tuple[str, str]], start: int) -> bool:
    """Whether the line kept before ``start`` ends with a colon: what follows is its list."""
    before = next((kept[i].text for i in range(start - 1, -1, -1) if i not in removed), "")
    return before.rstrip().endswith((":", "："))


def _menu_word(found: InterfaceMatch | None) -> bool:
    return found is not None and found.kind in _MENU_KINDS


_MENU_KINDS = frozenset({"navigation", "tabs", "account"})


RECURRING_MIN = 3
"""A run-context string printed this many times as a whole line is a post's button."""


def _recurring(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
) -> None:
    """A run-context string that stands alone on ``RECURRING_MIN`` lines or more of one page
    ("Top" under every forum post): the page's template printing a button with each post."""
    by_key: dict[str, list[int]] = {}
    for index in candidates:
        by_key.setdefault(interface_key(kept[index].text), []).append(index)
    for indexes in by_key.values():
        if len(indexes) >= RECURRING_MIN:
            for index in (i for i in indexes if i not in removed):
                found = candidates[index]
                detail = f"{found.detail}, printed {len(indexes)} times on the page"
                removed[index] = (found.rule, detail)
                anchors[index] = found.kind


# the question a review or answer page prints above its answer buttons, at most this long
RECURRING_QUESTION_MAX_WORDS = 8


_ANSWER_BUTTON_RULES = frozenset(("interface:voting", "interface:counter"))


def _recurring_questions(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A short question printed word for word under two or more posts, each time right above
    removed voting buttons or counts ("Hasznos volt a vélemény?" / "Igen (12)" / "Nem (1)"):
    the template's helpfulness question, in any language. A question printed once, or above
    the next post's text, is someone's.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Good.\\nUseful?\\nYes (3)\\nFine.\\nUseful?\\nYes (1)\\nUseful?\\nOk")
    >>> r = {2: ("interface:counter", ""), 5: ("interface:counter", "")}
    >>> _recurring_questions(page, r, {}); sorted(r)
    [1, 2, 4, 5]
    """
    places: dict[str, list[int]] = {}
    for index in _visible(kept, removed):
        text = kept[index].text.strip()
        if text.endswith(_QUESTION_MARKS) and len(text.split()) <= RECURRING_QUESTION_MAX_WORDS:
            places.setdefault(interface_key(text), []).append(index)
    for indexes in places.values():
        above = [i for i in indexes if removed.get(i + 1, ("", ""))[0] in _ANSWER_BUTTON_RULES]
        if len(above) < 2:
            continue
        for index in above:
            detail = f"a question printed above the answer buttons of {len(above)} posts"
            removed[index] = ("interface:voting", detail)
            anchors[index] = "voting"


BUTTON_MAX_WORDS = 2


def _template_buttons(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
) -> None:
    """A word the list does not know, printed ``RECURRING_MIN`` times or more on lines of its own,
    every time among a post's buttons: right next to a line removed as a button, counter or
    share link, or to a post label ("link" / "fedilink" / "Reply" under every comment). The
    page's template prints it with each post. A word printed as often next to the text (a
    speaker's name before each turn) is not one.

    >>> from persona_archive.cleaning.model import split_lines
    >>> posts = "A reply.\\nShare\\nfedilink\\nReply\\n" * 3
    >>> kept = split_lines(posts)
    >>> removed = {i: ("interface:sharing", "") for i, ln in enumerate(kept) if ln.text == "Share"}
    >>> _template_buttons(kept, removed, {}, {})
    >>> sorted(kept[i].text for i in removed if removed[i][0] == "interface:post-actions")
    ['fedilink', 'fedilink', 'fedilink']
    """
    visible = _visible(kept, removed)
    by_key: dict[str, list[int]] = {}
    for index in visible:
        text = kept[index].text
        if (
            index in candidates
            or not has_letter(text)
            or len(text.split()) > BUTTON_MAX_WORDS
            or not is_block_shaped(text)
            or interface_key(text) in POST_LABELS
        ):
            continue
        by_key.setdefault(interface_key(text), []).append(index)
    for indexes in by_key.values():
        if len(indexes) < RECURRING_MIN:
            continue
        if all(_among_buttons(kept, removed, index) for index in indexes):
            for index in indexes:
                detail = f"printed {len(indexes)} times, each among a post's buttons"
                removed[index] = ("interface:post-actions", detail)
                anchors[index] = "post-actions"


def _among_buttons(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> bool:
    """Whether a neighbour of the line is a post's button: removed as one, or a post label.
    Other removed lines are looked past, as cleaning the page again would (it no longer has
    them), so that a second pass finds nothing the first did not."""
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(kept):
            rule = removed.get(near, ("", ""))[0]
            if rule.removeprefix("interface:") in _BUTTON_KINDS:
                return True
            if near not in removed:
                if interface_key(kept[near].text) in POST_LABELS:
                    return True
                break
            near += step
    return False


# the kinds of a post's buttons (also the words a row of reactions may carry beside its counts)
_BUTTON_KINDS = frozenset({"post-actions", "sharing", "voting", "counter", "comments"})


# --------------------------------------------------------------------------- forum post furniture


def _neighbour(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    index: int,
    step: int,
    kinds: frozenset[str],
) -> tuple[int, str]:
    """The nearest line from ``index`` in direction ``step`` that is not a removed line of a
    kind outside ``kinds`` (those are looked past, as cleaning the page again would no longer
    see them): its index and its rule ("" when it is kept), or (-1, "edge")."""
    near = index + step
    while 0 <= near < len(kept):
        rule = removed.get(near, ("", ""))[0]
        if near not in removed or rule in kinds:
            return near, rule
        near += step
    return -1, "edge"


# a signature separator: what vBulletin and phpBB print between a post and its author's signature
_SIGNATURE_SEPARATOR = re.compile(r"[_＿]{5,}")


SIGNATURE_MAX_LINES = 3


_BUTTON_RULES = frozenset(f"interface:{kind}" for kind in ("post-actions", "voting", "sharing"))


def _signatures(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A post's signature: a separator line of underscores ("__________________"), then at most
    3 lines, then the post's buttons (a removed post action, vote or share line, or a post
    label). The separator goes; the signature's lines go only when the same signature follows
    another separator on the page (the software prints it under each post of its author). A
    line of underscores followed by the text stays, and so does a signature printed once (it
    may be the author's last words).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Hi.\\n_______\\nSee you.\\nQuote\\nOk.\\n_______\\nSee you.\\nQuote")
    >>> r = {3: ("interface:post-actions", ""), 7: ("interface:post-actions", "")}
    >>> _signatures(page, r, {}); sorted(i for i in r if i not in (3, 7))
    [1, 2, 5, 6]
    """
    found: dict[tuple[str, ...], list[tuple[int, list[int]]]] = {}
    for index in _visible(kept, removed):
        if not _SIGNATURE_SEPARATOR.fullmatch(kept[index].text.strip()):
            continue
        lines: list[int] = []
        near, rule = _neighbour(kept, removed, index, 1, _BUTTON_RULES)
        while near >= 0 and not rule and interface_key(kept[near].text) not in POST_LABELS:
            lines.append(near)
            if len(lines) > SIGNATURE_MAX_LINES:
                break
            near, rule = _neighbour(kept, removed, near, 1, _BUTTON_RULES)
        ends_in_buttons = near >= 0 and (
            rule in _BUTTON_RULES or interface_key(kept[near].text) in POST_LABELS
        )
        if not lines or len(lines) > SIGNATURE_MAX_LINES or not ends_in_buttons:
            continue
        if any(is_quoted(kept[i].text) for i in lines):
            continue
        key = tuple(interface_key(kept[i].text) for i in lines)
        found.setdefault(key, []).append((index, lines))
    for places in found.values():
        for separator, lines in places:
            removed[separator] = ("interface:post-meta", "signature separator over buttons")
            anchors[separator] = "post-meta"
            if len(places) >= 2:
                for i in lines:
                    detail = f"a signature printed under {len(places)} posts, below a separator"
                    removed[i] = ("interface:post-meta", detail)
                    anchors[i] = "post-meta"


# a profile field's label printed on its own line, its value on the next ("Ort" / "Bremen"):
# the labels of free-text fields, folded as ``interface_key`` folds (accents dropped)
FIELD_LABELS = frozenset(
    interface_key(label)
    for label in (
        "Location", "From", "Country", "City", "Ort", "Wohnort", "Herkunft", "Localisation",
        "Lieu", "Pays", "Ubicación", "País", "Localização", "Località", "Woonplaats",
        "Skąd", "Lokalizacja", "Bydliště", "Odkud", "Lakhely", "Lakóhely", "Konum", "Şehir",
        "Откуда", "Город", "Звідки", "Місто", "Τοποθεσία", "Περιοχή", "الدولة", "الإقامة",
        "المدينة", "محل سکونت", "شهر", "地区", "所在地", "居住地", "지역", "स्थान",
    )
)  # fmt: skip


FIELD_VALUE_MAX_WORDS = 3


FIELD_VALUE_MAX_CHARS = 40


def _field_values(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
) -> None:
    """The value of a profile field printed under its label ("Ort" / "Bremen"): a short line
    without sentence punctuation right after a removed line that is only a free-text field's
    label (``FIELD_LABELS``), when the line after the value is post furniture too (removed, or
    a post-meta or counter string). A short reply after such a label and before the text
    ("Ort" / "Danke" / "Ich war auch dort.") stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Ort\\nBremen\\nBeiträge: 3\\nOrt\\nDanke\\nIch war dort.")
    >>> r = {0: ("interface:post-meta", ""), 2: ("interface:counter", ""), 3: ("x", "")}
    >>> _field_values(page, r, {}, {}); sorted(r)
    [0, 1, 2, 3]
    """
    for label, line in enumerate(kept):
        if label not in removed or interface_key(line.text).rstrip(":： ") not in FIELD_LABELS:
            continue
        value = next((i for i in range(label + 1, len(kept)) if i not in removed), -1)
        if value < 0 or value + 1 >= len(kept):
            continue
        text = kept[value].text.strip()
        if (
            not has_letter(text)
            or len(text) > FIELD_VALUE_MAX_CHARS
            or len(text.split()) > FIELD_VALUE_MAX_WORDS
            or sentence_marks(text)
            or is_quoted(text)
            or interface_key(text) in POST_LABELS
        ):
            continue
        after = value + 1
        furniture = after in removed or (
            after in candidates and candidates[after].kind in ("post-meta", "counter")
        )
        if furniture:
            detail = f"the value of the profile field {line.text.strip()!r} (line {line.no})"
            removed[value] = ("interface:post-meta", detail)
            anchors[value] = "post-meta"


# a label and a figure or date in digits: "Beiträge: 1,204", "Příspěvky: 58", "Mesaje: 12"
_LABELLED_FIGURE = re.compile(
    r"([^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){0,2}) ?[:：] ?(.+)"
)


_FURNITURE_RULES = frozenset(f"interface:{kind}" for kind in ("post-meta", "counter", "timestamp"))


def _labelled_figures(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A profile field in a language the list does not know: a label of one to three words
    and a figure or date in digits ("Príspevky: 58"), with post furniture on both sides (a
    removed profile field, count or date above, and one below or the page's end). One
    furniture neighbour is not enough: the first line of a post under its date can be the
    author's "Ergebnis: 42"; an ingredient list ("Mehl: 500" / "Salz: 10") stays whole.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Joined: 2019\\nPosty: 58\\nSkąd: Nitra\\nResult: 42\\nIt worked.")
    >>> r = {0: ("interface:post-meta", ""), 2: ("interface:post-meta", "")}
    >>> _labelled_figures(page, r, {}); sorted(r)
    [0, 1, 2]
    """
    for index in _visible(kept, removed):
        match = _LABELLED_FIGURE.fullmatch(kept[index].text.strip())
        if match is None or not is_bare_count(match.group(2)) or is_quoted(kept[index].text):
            continue
        _, before = _neighbour(kept, removed, index, -1, _FURNITURE_RULES)
        _, after = _neighbour(kept, removed, index, 1, _FURNITURE_RULES)
        if before in _FURNITURE_RULES and (after in _FURNITURE_RULES or after == "edge"):
            detail = "a label and a figure between a post's profile fields"
            removed[index] = ("interface:post-meta", detail)
            anchors[index] = "post-meta"


# the heading of a blog's archive widget, folded (accents and vowel signs dropped): evidence
# for plain entries; a tree of triangles and counts needs none (``_archive_shape``)
ARCHIVE_LABELS = frozenset(
    interface_key(label)
    for label in (
        "Archive", "Archives", "Blog archive", "Archiv", "Archivy", "Archiwum",
        "Archives du blog", "Archivo", "Archivo del blog", "Arquivo", "Arquivo do blog",
        "Archivio", "Archivio blog", "Archief", "Blogarchief", "Arkiv", "Arkisto", "Archívum",
        "Arşiv", "Blog arşivi", "Архив", "Архив блога", "Архів", "Αρχείο", "الأرشيف",
        "أرشيف المدونة", "آرشیو", "آرشیو وبلاگ", "ब्लॉग आर्काइव", "月別アーカイブ",
        "アーカイブ", "보관함", "归档", "文章归档", "歸檔", "คลังบทความของบล็อก",
        "Arsip", "Arsip Blog", "Lưu trữ", "Lưu trữ Blog", "Arhivă", "Arhiva blogului",
        "Archiwum bloga", "Архів блогу", "ארכיון", "ארכיון הבלוג", "Blogarchívum",
        "Blogarkiv", "Bloggarkiv", "Blog-Archiv", "Blogarchiv", "Blogiarkisto", "Archiv blogu",
        "Archív blogu", "Arhiva bloga", "Архив на блога", "Архива блога", "Arxiu del blog",
        "Blogi arhiiv", "Emuāra arhīvs", "Tinklaraščio archyvas", "Arkib Blog",
        "Αρχειοθήκη ιστολογίου", "Αρχεία", "ブログ アーカイブ", "블로그 보관함", "博客归档",
        "網誌存檔",
        "வலைப்பதிவு காப்பகம்", "ব্লগ সংরক্ষণাগার",
    )
)  # fmt: skip


# the disclosure triangles of a blog's archive tree: a closed node ("► 2024 (11)"), an opened
# one ("▼ Maret (1)", its posts' titles under it)
_ARCHIVE_CLOSED = "►▶▸▹▷"
_ARCHIVE_OPEN = "▼▾▽▿"


# an archive entry's post count at its end: "(3)", "（3）", "[3]"; \d is every script's digit
_ARCHIVE_COUNT = re.compile(r"\s?[(（\[](\d{1,5})[)）\]]")


# a year alone ("2025", "۱۴۰۳", "2025."), or a month in digits with or without its year
# ("2025年3月", "3月", "3월", "2025년 3월", "2025/03", "2025-03")
_ARCHIVE_YEAR = re.compile(r"(\d{4})\.?")
_ARCHIVE_DIGIT_MONTH = re.compile(r"(?:(\d{4})(?:年|년 ?|/|-))?\d{1,2}[月월]?")


ARCHIVE_WORD_MAX_CHARS = 16


@dataclass(frozen=True)
class ArchiveEntry:
    """One line of an archive widget: its triangle ("", "open" or "closed"), its post count,
    its year, and whether it is a year alone (a node of years, over months)."""

    triangle: str
    count: int | None
    year: str | None
    year_only: bool


def _archive_entry(text: str) -> ArchiveEntry | None:
    """A line of a blog's archive widget, in any language: a disclosure triangle or none, a
    month (one or two words of letters, or digits as CJK sites print it) or a year or both,
    and the post count in brackets, which a month's name without its year needs (a lone word
    is no archive's). None for anything else.

    >>> _archive_entry("► 2024 (11)")
    ArchiveEntry(triangle='closed', count=11, year='2024', year_only=True)
    >>> [_archive_entry(t) is not None for t in ("▼ மார்ச் (1)", "▼ 3月 (1)", "März 2025")]
    [True, True, True]
    >>> [_archive_entry(t) is not None for t in ("Über mich", "▼ Alle Beiträge", "2025 was long")]
    [False, False, False]
    """
    text = text.strip()
    triangle = ""
    if text[:1] and text[0] in _ARCHIVE_CLOSED + _ARCHIVE_OPEN:
        triangle = "open" if text[0] in _ARCHIVE_OPEN else "closed"
        text = text[1:].strip()
    count = None
    found = _ARCHIVE_COUNT.search(text)
    if found is not None and found.end() == len(text):
        count, text = int(found.group(1)), text[: found.start()].strip()
    if not text:
        return None
    year = _ARCHIVE_YEAR.fullmatch(text)
    if year is not None:
        return ArchiveEntry(triangle, count, year.group(1), True)
    digits = _ARCHIVE_DIGIT_MONTH.fullmatch(text)
    if digits is not None and not text.isdigit():
        return ArchiveEntry(triangle, count, digits.group(1), False)
    words, years = text.split(), []
    if _ARCHIVE_YEAR.fullmatch(words[-1]):  # "März 2025"
        years.append(words.pop())
    elif _ARCHIVE_YEAR.fullmatch(words[0]) and words[0].endswith("."):  # "2025. március"
        years.append(words.pop(0))
    if not 1 <= len(words) <= 2 or not all(map(_month_word, words)):
        return None
    if not years and count is None:
        return None
    return ArchiveEntry(triangle, count, years[0].rstrip(".") if years else None, False)


def _month_word(token: str) -> bool:
    """Whether a token could be a month's name in any script: letters and their marks (a
    Tamil or Thai vowel sign), maybe a full stop ("févr.")."""
    token = token.removesuffix(".")
    return 2 <= len(token) <= ARCHIVE_WORD_MAX_CHARS and all(
        ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in token
    )


ARCHIVE_MIN_ENTRIES = 2


ARCHIVE_MAX_ENTRIES = 36


ARCHIVE_LABEL_MAX_WORDS = 3


def _archive_lists(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A blog's archive widget: two or more lines that are each a month or a year with an
    optional post count (``_archive_entry``; under a month the widget opened, "▼ Maret (1)",
    as many of its posts' titles as its count says, the post's own among them), up to
    anything else. The evidence is the widget's shape, in any language: a tree of triangles
    and counts with a year among them ("▼ 2025 (3)" / "▼ März (1)" / a title / "► Februar
    (2)"), whatever its label says. The short line right above the widget is its label. Plain
    entries ("März 2025 (3)", "März 2025") can be a table of the text's, so they go only
    under a label the list knows (``ARCHIVE_LABELS``, removed or not: "Archiv" / "März 2025"
    / "Februar 2025"). A diary's own "Archive" heading above one month and its text stays;
    so does a line above the widget that the page prints again (a headline, the blog's
    name).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Archivy\\nBřezen 2025\\n► 2024 (11)\\nArchiv\\nMärz 2025\\nEin Text.")
    >>> r = {}; _archive_lists(page, r, {}); sorted(r)
    [0, 1, 2]
    >>> page = split_lines("Blogarkiv\\n▼ 2025 (2)\\n▼ marts (1)\\nTeen\\n► januar (1)\\nTeen")
    >>> r = {}; _archive_lists(page, r, {}); sorted(r)
    [0, 1, 2, 3, 4]
    """
    start = 0
    while start < len(kept):
        members, entries = _archive_run(kept, removed, start)
        if not entries:
            start += 1
            continue
        label = start - 1
        known = label >= 0 and interface_key(kept[label].text).rstrip(":：") in ARCHIVE_LABELS
        shape = _archive_shape(entries)
        if shape is None and not (
            known and ARCHIVE_MIN_ENTRIES <= len(entries) <= ARCHIVE_MAX_ENTRIES
        ):
            start = max(members[-1] if members else start, start) + 1
            continue
        if known or (label >= 0 and _archive_label(kept, removed, label)):
            members = [label, *members]
            under = f"under {kept[label].text.strip()!r} (line {kept[label].no})"
        else:
            under = f"at line {kept[start].no}"
        detail = f"an archive list {under}: {len(entries)} entries"
        detail += f", {shape}" if shape else ""
        for index in members:
            if index not in removed:
                removed[index] = ("interface:navigation", detail)
                anchors[index] = "navigation"
        start = members[-1] + 1


def _archive_run(
    kept: list[Line], removed: dict[int, tuple[str, str]], start: int
) -> tuple[list[int], list[ArchiveEntry]]:
    """The lines of an archive widget that begins at ``start`` (none unless ``start`` is an
    entry not removed), and its entries; a year or month already removed as a count is one."""
    members: list[int] = []
    entries: list[ArchiveEntry] = []
    titles = 0  # the titles still to come under an opened month
    for index in range(start, len(kept)):
        entry = _archive_entry(kept[index].text)
        if index in removed:
            if entry is not None and removed[index][0] == "interface:counter" and members:
                entries.append(entry)
                titles = 0
                continue
            break
        if entry is not None:
            members.append(index)
            entries.append(entry)
            titles = 0
            if entry.triangle == "open" and not entry.year_only:
                titles = ARCHIVE_MAX_ENTRIES if entry.count is None else entry.count
        elif titles and is_headline(kept[index].text):
            members.append(index)
            titles -= 1
        else:
            break
    return members, entries


def _archive_shape(entries: list[ArchiveEntry]) -> str | None:
    """What makes a run of entries an archive widget whatever its label says, or None."""
    tree = [e for e in entries if e.triangle and e.count is not None]
    if len(tree) >= ARCHIVE_MIN_ENTRIES and any(e.year_only for e in tree):
        return "a tree of years and months with their counts"
    return None


def _archive_label(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> bool:
    """Whether the line right above an archive widget is its label: short, letters and no
    digit, no sentence punctuation, and printed nowhere else on the page (a headline or the
    blog's name the page repeats stays)."""
    text = kept[index].text.strip()
    if index in removed or not has_letter(text) or _has_digit(text):
        return False
    if len(text.split()) > ARCHIVE_LABEL_MAX_WORDS or not is_block_shaped(text):
        return False
    key = interface_key(text)
    return not any(
        interface_key(kept[i].text) == key for i in _visible(kept, removed) if i != index
    )


# a comment form's field: a label of one to three words and the required-field star
_FORM_FIELD = re.compile(r"[^\W\d_][^.!?:*]{0,30}[^\s*] ?\*")


FORM_FIELDS_MIN = 2


def _form_fields(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
) -> None:
    """A comment form's fields printed one a line ("Name *" / "Email *" / "Website"): a run
    of lines that are each a starred field label or a comments string of the list, with two
    starred labels at least. One starred line alone stays (a footnote mark, a rating).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Nice.\\nJméno *\\nE-mail *\\nGreat *\\nWow.")
    >>> r = {}; _form_fields(page, r, {}, {}); sorted(r)
    [1, 2, 3]
    """
    seen = _visible(kept, removed)

    def starred(index: int) -> bool:  # a label's letters ("¹0*" is a footnote's number)
        text = kept[index].text.strip()
        return bool(_FORM_FIELD.fullmatch(text)) and any(ch.isalpha() for ch in text)

    def field(index: int) -> bool:
        if starred(index):
            return True
        found = candidates.get(index)
        return found is not None and found.kind == "comments"

    for start, end in _runs([field(i) for i in seen]):
        run = seen[start:end]
        starred_lines = [i for i in run if starred(i)]
        if len(starred_lines) < FORM_FIELDS_MIN:
            continue
        for index in run:
            removed[index] = ("interface:comments", f"a comment form's field, one of {len(run)}")
            anchors[index] = "comments"


REPLY_BUTTONS_MIN = 2


# a reply button is a post action; some lists file "Reply" under a comments section's words
_REPLY_KINDS = frozenset({"post-actions", "comments"})


def _reply_buttons(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    strings: InterfaceStrings,
    anchors: dict[int, str],
) -> None:
    """A comment's reply button printed under each comment ("Odpovědět", "رد", "답글"): a post
    action of the list (not a post label the structure stage reads), alone on a line two or
    more times, each time right after the end of a comment (a line with sentence punctuation)
    and right before the next comment's heading (a short line without it), other chrome or the
    end of the page; copies removed as buttons elsewhere on the page count. The same word
    written as a reply, or before more text, stays.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("A\\nGood.\\nOdpovědět\\nB\\nOk!\\nOdpovědět\\nC\\nOdpovědět\\nMore.")
    >>> r = {}; _reply_buttons(page, r, repo_interface_strings(), {}); sorted(r)
    [2, 5]
    """
    by_key: dict[str, list[int]] = {}
    for index in _visible(kept, removed):
        key = interface_key(kept[index].text)
        entry = strings.lookup(key) if key not in POST_LABELS else None
        if entry is not None and entry.kind in _REPLY_KINDS and not is_quoted(kept[index].text):
            by_key.setdefault(key, []).append(index)

    def closes_a_comment(index: int) -> bool:
        before, rule = _neighbour(kept, removed, index, -1, frozenset())
        if before < 0 or rule or not _ends_a_text(kept[before].text):
            return False
        after, rule = _neighbour(kept, removed, index, 1, frozenset())
        if after < 0 or rule:
            return True
        text = kept[after].text
        heading = is_block_shaped(text) or _initialled_name(text)
        return heading and interface_key(text) != interface_key(kept[index].text)

    # the same word already removed as a post's button elsewhere on the page counts too
    elsewhere: dict[str, int] = {}
    for index, (rule, _) in removed.items():
        if rule == "interface:post-actions":
            key = interface_key(kept[index].text)
            elsewhere[key] = elsewhere.get(key, 0) + 1
    for key, indexes in by_key.items():
        buttons = [i for i in indexes if closes_a_comment(i)]
        if buttons and len(buttons) + elsewhere.get(key, 0) >= REPLY_BUTTONS_MIN:
            for index in buttons:
                detail = f"a reply button under each comment, {len(buttons)} on the page"
                removed[index] = ("interface:post-actions", detail)
                anchors[index] = "post-actions"


def _ends_a_text(text: str) -> bool:
    """Whether a line can be a comment's last: it has sentence punctuation, or it ends in an
    emoji or another symbol (a comment's closing "😅").

    >>> _ends_a_text("Ik denk het ook 😅"), _ends_a_text("Goed."), _ends_a_text("sanne_v")
    (True, True, False)
    """
    last = text.rstrip()[-1:]
    return bool(sentence_marks(text)) or (bool(last) and unicodedata.category(last) == "So")


# a commenter's name with an initial ("Liza M.", "J. Doe"): its dot is no sentence's end
_INITIALLED_NAME = re.compile(
    r"[^\W\d_][^\s.]{0,20}(?: [^\W\d_][^\s.]{0,20})?\s[^\W\d_]\.|[^\W\d_]\. [^\W\d_][^\s.]{1,20}"
)


def _initialled_name(text: str) -> bool:
    return _INITIALLED_NAME.fullmatch(text.strip()) is not None


FURNITURE_LINE_MAX_WORDS = 3


FURNITURE_LINE_MAX_CHARS = 30


FURNITURE_VALUE = "#"


def _furniture_slot(text: str) -> str | None:
    """What a line is in a block of post furniture: ``FURNITURE_VALUE`` for a figure, a date
    or a rank's stars ("318", "12 Jan 2022", "03.04 21:20", "***"), its folded label and
    ``FIELD_SUFFIX`` for a profile field on one line ("Mesaje: 96", "Localitate: Cluj"), its
    folded text for a short label or button, None for anything else (a sentence, a quoted
    line, a long line)."""
    text = text.strip()
    if not text or is_quoted(text):
        return None
    field = _FIELD_LINE.fullmatch(text)
    if field is not None and len(text) <= FIELD_LINE_MAX_CHARS:
        value = field.group(2)
        if len(value.split()) <= FIELD_VALUE_MAX_WORDS and not value.endswith((".", "!", "?")):
            return interface_key(field.group(1)) + FIELD_SUFFIX  # "Mesaje: 96", "Konum: Bursa"
    if _RANK_STARS.fullmatch(text):
        return FURNITURE_VALUE  # a rank drawn as stars ("***")
    if len(text) > FURNITURE_LINE_MAX_CHARS:
        return None
    if is_bare_count(text):
        return FURNITURE_VALUE
    words = text.split()
    if len(words) > FURNITURE_LINE_MAX_WORDS:
        return None
    if any(ch.isdigit() for ch in text) and sum(w.isalpha() for w in words) <= 1:
        return FURNITURE_VALUE  # a date with a month's name ("12 Jan 2022", "12 ian. 2022")
    if sentence_marks(text) or not has_letter(text):
        return None
    return interface_key(text)


FURNITURE_BLOCK_MIN = 2


# a profile field on one line: a label of one to three words, a colon, a short value
_FIELD_LINE = re.compile(r"([^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){0,2}) ?[:：] ?(\S.*)")


FIELD_LINE_MAX_CHARS = 48


FIELD_SUFFIX = ":#"


# a block holding one-line fields has this many lines at least: two "key: value" lines in two
# posts can be a setting both authors quote ("Temperatur: 0,2" / "Top-p: 0,9")
FIELD_BLOCK_MIN = 3


_RANK_STARS = re.compile(r"[*★☆✭✩]{1,6}")


_FIGURE_RULES = frozenset({"interface:counter", "interface:timestamp"})


FIELD_RUN_MIN = 3


def _profile_fields(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A profile block of one-line fields under each post, in any language: a run of
    ``FIELD_RUN_MIN`` or more lines that are each a label, a colon and a short value
    ("Mesaje: 96" / "Membru din: Feb 2018" / "Localitate: Cluj"), whose labels come in the same
    order two or more times on the page with values that differ (different authors). A list the
    page prints twice word for word (a recipe, settings both authors quote) stays, and so do
    two key: value lines in a post ("Temperatur: 0,2" / "Top-p: 0,9")."""
    seen = _visible(kept, removed)
    slots = [_furniture_slot(kept[i].text) for i in seen]
    fields = [slot is not None and slot.endswith(FIELD_SUFFIX) for slot in slots]
    runs: dict[tuple[str | None, ...], list[list[int]]] = {}
    for start, end in _runs(fields):
        if end - start >= FIELD_RUN_MIN:
            runs.setdefault(tuple(slots[start:end]), []).append(seen[start:end])
    for labels, blocks in runs.items():
        texts = {tuple(kept[i].text for i in block) for block in blocks}
        if len(blocks) < 2 or len(texts) < 2:
            continue
        shown = " / ".join(label.removesuffix(FIELD_SUFFIX) for label in labels if label)
        for block in blocks:
            for index in block:
                detail = f"a profile block printed {len(blocks)} times: {shown}"[:160]
                removed[index] = ("interface:post-meta", detail)
                anchors[index] = "post-meta"


STACK_MIN = 3  # lines of the list's furniture, one under another, that vouch for each other
_STACK_KINDS = frozenset({"post-meta", "counter", "voting", "post-actions", "timestamp", "status"})


def _candidate_stacks(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
) -> None:
    """``STACK_MIN`` or more lines in a row of a post's furniture (``_STACK_KINDS``) that the
    list knows only with other chrome beside them (run context), of two entries at least, each
    next to a line of a kind it names as its context: a forum's author block with nothing the
    list knows alone ("Hero Member" / "Desconectado" / "Mensajes: 2.318"). Each is the other's
    evidence. One such line alone, or two ("Mensajes: 41" under a sentence), stay, and so does
    a list a line introduces ("It had three sections:"); menus are ``_menu_pairs``'s.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> from persona_archive.cleaning.model import split_lines
    >>> strings = repo_interface_strings()
    >>> page = split_lines("harinera\\nHero Member\\nDesconectado\\nMensajes: 2.318\\nUna frase.")
    >>> found = {i: match_interface(ln.text, strings) for i, ln in enumerate(page)}
    >>> candidates = {i: m for i, m in found.items() if m is not None and m.context == "run"}
    >>> removed = {}
    >>> _candidate_stacks(page, removed, candidates, {})
    >>> sorted(removed)
    [1, 2, 3]
    """
    seen = _visible(kept, removed)
    flags = [index in candidates and candidates[index].kind in _STACK_KINDS for index in seen]
    for start, end in _runs(flags):
        stack = seen[start:end]
        if len(stack) < STACK_MIN or len({candidates[i].entries[0] for i in stack}) < 2:
            continue
        if _introduces_list(kept, removed, stack[0]):
            continue
        kinds = [candidates[i].kind for i in stack]
        if not all(
            any(kinds[j] in candidates[i].near for j in (k - 1, k + 1) if 0 <= j < len(stack))
            for k, i in enumerate(stack)
        ):
            continue
        for index in stack:
            found = candidates[index]
            detail = f"{found.detail}, among {len(stack)} lines of the page's furniture"
            removed[index] = (found.rule, detail[:160])
            anchors[index] = found.kind


def _over_a_name(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """A post's furniture that the list knows only beside other chrome (run context), right
    above or below the author's name when the other side of the name is a removed line of a
    kind of a post's furniture it names: the avatar's label over the name with the rank under
    it ("프로필 사진" / "새벽산책" / "초수"). The name is short, without sentence punctuation,
    no word of the list, and stays (the structure stage reads it); a heading over a sentence
    has no furniture beside it, and a heading over a short line of text over the sidebar
    ("License" / "MIT" / "About") has a menu, not a post's furniture, beside it.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("A sentence.\\n프로필 사진\\n새벽산책\\n초수\\nAnother.")
    >>> found = match_interface(page[1].text, repo_interface_strings())
    >>> removed = {3: ("interface:post-meta", "")}
    >>> _over_a_name(page, removed, {1: found}, {3: "post-meta"}, repo_interface_strings())
    >>> sorted(removed)
    [1, 3]
    """
    for index, found in candidates.items():
        if index in removed or found.kind not in _STACK_KINDS:
            continue
        for step in (1, -1):
            name = _beside(kept, index, step)
            if name is None or name in removed or not _post_name(kept[name].text):
                continue
            if match_interface(kept[name].text, strings) is not None:
                continue  # a button or a label of the list ("link"), not a name
            other = _beside(kept, name, step)
            kind = anchors.get(other, "") if other is not None and other in removed else ""
            if kind in _STACK_KINDS and kind in found.near:
                detail = f"{found.detail}, beside the name at line {kept[name].no}"
                removed[index] = (found.rule, detail[:160])
                anchors[index] = found.kind
                break


# the furniture a reply prints right under its author's headline: its votes or a count (a date
# under the line says name, not headline: the name is printed over the date everywhere)
_HEADLINE_FURNITURE_KINDS = frozenset({"counter", "voting"})


AUTHOR_HEADLINE_MAX_WORDS = 12


def _author_headlines(
    kept: list[Line], removed: dict[int, tuple[str, str]], strings: InterfaceStrings
) -> None:
    """An author's headline under their name ("机器学习工程师", "Baker and part-time tinkerer"):
    a short line without sentence punctuation between a reply's author and the reply's header
    furniture (removed lines: its votes or a count, and no date, which goes under a name),
    with chrome above the
    name, a post's text above that (a reply, not the page's headline under its kicker) and
    the reply's text under the furniture. A post's first line is text: the furniture is above
    it, and a one-word post ("Danke") has its buttons, not a header, and no text, under it.

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Why?\\nShare\\nLin Yi\\nBaker\\n328 upvotes\\nI think so, yes.")
    >>> r = {1: ("interface:sharing", ""), 4: ("interface:voting", "")}
    >>> _author_headlines(page, r, repo_interface_strings()); sorted(r)
    [1, 3, 4]
    """
    for index, line in enumerate(kept):
        text = line.text.strip()
        if index in removed or not text or not has_letter(text) or sentence_marks(text):
            continue
        if is_quoted(text) or len(text.split()) > AUTHOR_HEADLINE_MAX_WORDS:
            continue
        if any(mark in text for mark in _INTRODUCING):
            continue  # a field ("Inlägg: 77"), not a headline
        name = _beside(kept, index, -1)
        if name is None or name in removed or not _post_name(kept[name].text):
            continue
        if kept[name].text.rstrip().endswith(_INTRODUCING):
            continue  # a line of text that introduces the next ("Lin wrote:")
        if match_interface(kept[name].text, strings) is not None:
            continue  # the avatar's label over the name ("Profile picture"), not a name
        above = _beside(kept, name, -1)
        if above is None or above not in removed or not _text_above(kept, removed, above):
            continue
        below, kinds = _beside(kept, index, 1), []
        while below is not None and below in removed:
            kinds.append(removed[below][0].removeprefix("interface:"))
            below = _beside(kept, below, 1)
        if "timestamp" in kinds or not set(kinds) & _HEADLINE_FURNITURE_KINDS:
            continue
        if below is None or not sentence_marks(kept[below].text):
            continue
        detail = f"the author's headline under the name at line {kept[name].no}"
        removed[index] = ("interface:post-meta", detail)


def _text_above(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> bool:
    """Whether a kept line with sentence punctuation (a post's text) is above ``index``."""
    return any(
        i not in removed and sentence_marks(kept[i].text) and not is_quoted(kept[i].text)
        for i in range(index)
    )


# a tag as a Q&A site prints it: lowercase words joined by hyphens or dots ("food-safety")
_SLUG = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")


TAG_SLUGS_MIN = 2


_TAG_BUTTON_RULES = frozenset(f"interface:{k}" for k in ("sharing", "post-actions", "voting"))


def _tag_slugs(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A question's tags right above its buttons, one a line ("food-safety" / "meat" /
    "cookware" / "Share") or on one line ("language-model prompt-design"): ``TAG_SLUGS_MIN``
    or more lowercase slugs, one of them joined by a hyphen, under text that does not
    introduce them (no colon) and over a removed button. A list of the text's own words ends
    in text or in a colon's list; a line right under a post's removed header is the post's
    text ("asisten kedua ramah tapi bertele-tele": a reply, lowercase and unpunctuated).

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("Is it safe?\\nfood-safety\\nmeat\\nShare")
    >>> r = {3: ("interface:sharing", "")}; _tag_slugs(page, r); sorted(r)
    [1, 2, 3]
    >>> page = split_lines("3 hours ago\\nsaya suka yang bertele-tele\\nShare")
    >>> r = {0: ("interface:timestamp", ""), 2: ("interface:sharing", "")}; _tag_slugs(page, r)
    >>> sorted(r)
    [0, 2]
    """
    index = 0
    while index < len(kept):
        run = []
        while index < len(kept) and index not in removed and _is_slug(kept[index].text):
            run.append(index)
            index += 1
        slugs = [slug for i in run for slug in kept[i].text.split()]
        above = _beside(kept, run[0], -1) if run else None
        if (
            len(slugs) >= TAG_SLUGS_MIN
            and any("-" in slug for slug in slugs)
            and removed.get(index, ("", ""))[0] in _TAG_BUTTON_RULES
            and not _introduces_list(kept, removed, run[0])
            and (above is None or above not in removed)  # under a post's header: its text
        ):
            for i in run:
                removed[i] = ("interface:post-meta", f"a question's tags ({len(run)} lines)")
        index += 1


def _is_slug(text: str) -> bool:
    """Tags' slugs: lowercase, each with letters, between single spaces."""
    words = text.split()
    return (
        0 < len(words) <= TAG_SLUGS_MAX
        and text == text.lower()
        and all(_SLUG.fullmatch(word) and has_letter(word) for word in words)
    )


TAG_SLUGS_MAX = 6


CARD_FIGURES_MIN = 2


CARD_FIGURES_MAX = 5


def _card_figures(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A user card's figures printed one a line under the name (reputation, then the badges'
    counts: "28.4k" / "6" / "71"), the card's date removed above the name ("answered Dec 1,
    2026 at 19:02"): ``CARD_FIGURES_MIN`` to ``CARD_FIGURES_MAX`` bare counts in a row. A
    post's one number ("+1", "42") under its header is one line, and stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = split_lines("answered Dec 1\\nOdile\\n28.4k\\n6\\n71\\nThat matches.")
    >>> r = {0: ("interface:timestamp", "")}; _card_figures(page, r); sorted(r)
    [0, 2, 3, 4]
    """
    for name, line in enumerate(kept):
        if name in removed or not _post_name(line.text):
            continue
        above = _beside(kept, name, -1)
        if above is None or removed.get(above, ("", ""))[0] != "interface:timestamp":
            continue
        run, below = [], _beside(kept, name, 1)
        while below is not None and below not in removed and is_bare_count(kept[below].text):
            run.append(below)
            below = _beside(kept, below, 1)
        if CARD_FIGURES_MIN <= len(run) <= CARD_FIGURES_MAX:
            for index in run:
                detail = f"a user card's figures under the name at line {line.no}"
                removed[index] = ("interface:counter", detail)


def _beside(kept: list[Line], index: int, step: int) -> int | None:
    """The nearest line that is not blank from ``index`` in direction ``step``, or None."""
    near = index + step
    while 0 <= near < len(kept) and not kept[near].text.strip():
        near += step
    return near if 0 <= near < len(kept) else None


def _post_name(text: str) -> bool:
    """A line that can be a post's author: a few words, no sentence punctuation, letters, no
    label's colon ("Reg: Sep 2021" is a field)."""
    text = text.strip()
    return (
        0 < len(text) <= POST_NAME_MAX_CHARS
        and not any(mark in text for mark in _INTRODUCING)
        and len(text.split()) <= POST_NAME_MAX_WORDS
        and has_letter(text)
        and not sentence_marks(text)
        and not is_quoted(text)
    )


def _unknown_word(text: str, strings: InterfaceStrings) -> bool:
    """A line the list does not know and that is no figure: a name, at a block's start."""
    slot = _furniture_slot(text)
    return slot not in (None, FURNITURE_VALUE) and strings.lookup(slot) is None


def _recurring_furniture(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    strings: InterfaceStrings,
    anchors: dict[int, str],
) -> None:
    """A block of post furniture the template prints with every post, in a language the list
    may not know: a run of short lines (labels, buttons, figures, dates) whose labels come in
    the same order two or more times on the page ("Bergabung" / "12 Jan 2022" / "Pesan" /
    "318" under each author; "Suka" / "Kutip" / "Balas" under each post), next to removed
    chrome at least once, and either holding figures between its labels (a profile's fields)
    or a word of the interface list. The block's first line may differ from one post to the
    next (the author's name above the fields): it is left out of the comparison and stays. A
    refrain of a song, an ingredient table printed twice with nothing of the interface next
    to it, stay."""
    seen = _visible(kept, removed)
    slots = [_furniture_slot(kept[i].text) for i in seen]
    runs: list[list[int]] = []  # positions in ``seen`` of each run's lines
    for start, end in _runs([slot is not None for slot in slots]):
        if end - start >= FURNITURE_BLOCK_MIN:
            runs.append(list(range(start, end)))

    def labels_of(positions: list[int]) -> tuple[str | None, ...]:
        return tuple(slots[p] for p in positions if slots[p] != FURNITURE_VALUE)

    # each run, whole and without its first line (a name above the fields)
    variants: list[list[list[int]]] = [[run, run[1:]] for run in runs]
    whole: set[int] = set()  # first lines of blocks matched with their first line
    counts: dict[tuple[str | None, ...], int] = {}
    for run_variants in variants:
        for key in {labels_of(v) for v in run_variants if len(labels_of(v)) >= 2}:
            counts[key] = counts.get(key, 0) + 1
    places: dict[tuple[str | None, ...], list[list[int]]] = {}
    for run_variants in variants:
        for positions in run_variants:
            key = labels_of(positions)
            fields = any(label is not None and label.endswith(FIELD_SUFFIX) for label in key)
            if fields and len(positions) < FIELD_BLOCK_MIN:
                continue
            if len(key) >= FURNITURE_BLOCK_MIN and counts.get(key, 0) >= 2:
                block = [seen[p] for p in positions]
                places.setdefault(key, []).append(block)
                if positions is run_variants[0]:
                    whole.add(block[0])
                break
    position = {index: p for p, index in enumerate(seen)}
    for labels, blocks in places.items():
        if len(blocks) < 2:
            continue
        # figures among the labels: shown, or already removed as a count or a date
        with_values = all(
            any(
                slots[position[i]] == FURNITURE_VALUE
                or (slots[position[i]] or "").endswith(FIELD_SUFFIX)
                if i in position
                else removed.get(i, ("", ""))[0] in _FIGURE_RULES
                for i in range(block[0], block[-1] + 2)
            )
            for block in blocks
        )
        known = any(label is not None and strings.lookup(label) is not None for label in labels)
        touches = any((block[0] - 1) in removed or (block[-1] + 1) in removed for block in blocks)
        if not touches or not (with_values or known):
            continue
        shown = " / ".join(label or "" for label in labels)
        for block in blocks:
            for index in block:
                if interface_key(kept[index].text) in POST_LABELS:
                    continue
                if index in whole and _unknown_word(kept[index].text, strings):
                    continue  # the author's name, the same above two posts: it stays
                detail = f"post furniture printed {len(blocks)} times: {shown}"
                removed[index] = ("interface:post-meta", detail[:160])
                anchors[index] = "post-meta"


# --------------------------------------------------------------------------- menu rows at the edges

# the spaced separators a menu row sets between its items
_EDGE_ROW_SEPARATOR = re.compile(r"\s+[|·•‧∙⋅・｜¦]\s+")

EDGE_ROW_MIN_ITEMS = 3

EDGE_ROW_MIN_KNOWN = 2

EDGE_ITEM_MAX_WORDS = 5

EDGE_ITEM_MAX_CHARS = 48

# the first item may be the site's name, its address or a line of its own ("Filmdiary is made
# by film lovers."); no longer than this
EDGE_FIRST_MAX_WORDS = 10

PROSE_MIN_WORDS = 5


def _is_prose(text: str) -> bool:
    """A line of the text's body: a sentence mark and a few words. A spaced middle dot is a
    row's separator here, not the Greek question mark it also is."""
    marks = sentence_marks(_EDGE_ROW_SEPARATOR.sub(" ", text))
    return marks > 0 and len(text.split()) >= PROSE_MIN_WORDS


def _edge_rows(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    strings: InterfaceStrings,
    anchors: dict[int, str],
) -> None:
    """A site's menu or footer row in the page's header (above the first line of prose) or
    footer (below the last): three items or more between spaced bars or dots, each a few
    words without sentence punctuation (the first may be the site's name or address), two of
    them at least interface strings ("Talk | Pregnancy | Toddlers | Sign in", "University of
    Eastmoor, Eastmoor Road · Accessibility · Privacy"). A row of the same shape among the text
    (a recipe's "Flour | Water | Salt"), or at an edge with fewer known items, stays."""
    _navigation_at_edges(kept, removed, anchors, lambda text: _edge_row(text, strings))


def _edge_row(text: str, strings: InterfaceStrings) -> str | None:
    """The detail when a line has the shape of a menu row with two known items, else None."""
    if is_quoted(text) or "?" in text or "!" in text:
        return None
    items = [item.strip() for item in _EDGE_ROW_SEPARATOR.split(text.strip())]
    if len(items) < EDGE_ROW_MIN_ITEMS or not all(has_letter(item) for item in items[1:]):
        return None
    if len(items[0].split()) > EDGE_FIRST_MAX_WORDS:
        return None
    for item in items[1:]:
        if (
            len(item.split()) > EDGE_ITEM_MAX_WORDS
            or len(item) > EDGE_ITEM_MAX_CHARS
            or sentence_marks(item)
        ):
            return None
    known = [item for item in items if strings.lookup(interface_key(item)) is not None]
    if len(known) < EDGE_ROW_MIN_KNOWN:
        return None
    return f"a menu row at the page's edge: {len(known)} of its {len(items)} items are known"


SPACED_MENU_MIN_ITEMS = 4


SPACED_MENU_MIN_KNOWN = 3


SPACED_MENU_MAX_TOKENS = 16


SPACED_ITEM_MAX_TOKENS = 4


_ROW_PUNCTUATION = frozenset(',;:()[]"“”«»')


def _spaced_menus(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    strings: InterfaceStrings,
    anchors: dict[int, str],
) -> None:
    """A site's menu or footer links printed on one line with nothing but spaces between them
    (the separators were images or styles), in the page's header (above the first line of
    prose) or footer (below the last): see ``spaced_menu``. The same line among the text stays."""
    _navigation_at_edges(kept, removed, anchors, lambda text: spaced_menu(text, strings))


def _navigation_at_edges(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    anchors: dict[int, str],
    detect,
) -> None:
    """Remove as navigation each visible line above the first line of prose or below the last
    that ``detect`` gives a detail for (the lines among the text stay)."""
    seen = _visible(kept, removed)
    prose = [i for i in seen if _is_prose(kept[i].text) and not is_quoted(kept[i].text)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    for index in seen:
        if first <= index <= last:
            continue
        detail = detect(kept[index].text)
        if detail is not None:
            removed[index] = ("interface:navigation", detail)
            anchors[index] = "navigation"


def spaced_menu(text: str, strings: InterfaceStrings) -> str | None:
    """The detail when a line is menu items separated by spaces, else None: no sentence
    punctuation, comma, colon or digit; four items or more, three of them at least interface
    strings, and more known items than unknown words (the site's own page names: "Home Chi
    sono Ricette col miele Contatti", "首页 浏览发现 话题 豆瓣小组"). A headline has more words
    the list does not know than menu words ("Home Office Announces New Rules For Visas").

    >>> from persona_archive.cleaning.boilerplate.interface import repo_interface_strings
    >>> strings = repo_interface_strings()
    >>> spaced_menu("Home Chi sono Ricette col miele Contatti", strings)
    'a menu row without separators: 4 of its 6 items are interface strings'
    >>> spaced_menu("Home Office Announces New Rules For Visas", strings) is None
    True
    """
    if is_quoted(text) or sentence_marks(text) or any(ch.isdigit() for ch in text):
        return None
    if any(ch in _ROW_PUNCTUATION for ch in text):
        return None
    tokens = text.split()
    if len(tokens) > SPACED_MENU_MAX_TOKENS:
        return None
    known, unknown, position = 0, 0, 0
    while position < len(tokens):
        for size in range(min(SPACED_ITEM_MAX_TOKENS, len(tokens) - position), 0, -1):
            piece = " ".join(tokens[position : position + size])
            if strings.lookup(interface_key(piece)) is not None:
                known += 1
                position += size
                break
        else:
            unknown += 1
            position += 1
    items = known + unknown
    if items < SPACED_MENU_MIN_ITEMS or known < SPACED_MENU_MIN_KNOWN or known <= unknown:
        return None
    return f"a menu row without separators: {known} of its {items} items are interface strings"


FOOTER_HEADLINE_MIN_WORDS = 4


def _footer_headlines(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """Other articles' headlines in the page's footer, with no label the list knows: below the
    last line of prose, a run of up to ``RELATED_MAX_ITEMS`` headline-shaped lines of four
    words or more, with a removed line of the footer's kinds (a menu, a newsletter box, a
    sharing row, a legal line...) right above the run and another one, or the page's end,
    right below it. A one-line comment closing a thread sits between a post's furniture (its
    date, its reply button), and a heading of the text's own list sits right under its prose:
    both stay."""
    seen = _visible(kept, removed)
    prose = [i for i in seen if _is_prose(kept[i].text) and not is_quoted(kept[i].text)]
    if not prose:
        return
    after = [i for i in seen if i > prose[-1]]
    position = 0
    while position < len(after):
        end = position
        while (
            end < len(after)
            and (
                end == position
                or after[end] - after[end - 1] == 1
                or _all_footer(removed, after[end - 1] + 1, after[end])
            )
            and _footer_headline(kept[after[end]].text)
        ):
            end += 1
        run = after[position:end]
        if run and len(run) <= RELATED_MAX_ITEMS and _framed_by_footer(kept, removed, run):
            for index in run:
                removed[index] = ("interface:related", "a headline in the page's footer")
        position = max(end, position + 1)


def _footer_headline(text: str) -> bool:
    return is_headline(text) and len(text.split()) >= FOOTER_HEADLINE_MIN_WORDS


def _all_footer(removed: dict[int, tuple[str, str]], start: int, end: int) -> bool:
    """Whether every line from ``start`` to before ``end`` was removed as footer chrome."""
    return all(removed.get(i, ("", ""))[0] in _FOOTER_RULES for i in range(start, end))


def _framed_by_footer(kept: list[Line], removed: dict[int, tuple[str, str]], run: list[int]):
    """Footer chrome right above the run, and footer chrome or the page's end right below."""
    above, below = run[0] - 1, run[-1] + 1
    if above < 0 or removed.get(above, ("", ""))[0] not in _FOOTER_RULES:
        return False
    return below >= len(kept) or removed.get(below, ("", ""))[0] in _FOOTER_RULES


# --------------------------------------------------------------------------- recurring button rows

# the separators a template sets between the buttons or fields of one row
_ROW_SEPARATOR = re.compile(r"\s+[·•|]\s+")

ROW_PART_MAX_WORDS = 4

ROW_PART_MAX_CHARS = 32

# a count with its thousands grouped by spaces ("12 044"), read as one number
_SPACED_COUNT = re.compile(r"(?<!\d)(\d{1,3})(?:[ \u00a0\u202f](\d{3}))+(?!\d)")

RANK_ROWS_MIN = 3

# a dot or comma between digits ("1.204", "3,5"): part of a number, not a full stop
_DIGIT_GROUP = re.compile(r"(?<=\d)[.,](?=\d)")


def _row_parts(text: str) -> list[str] | None:
    """The parts of a row set out with separators ("Quote · Reply · Send thanks"), each short
    and no sentence; None for anything else (a sentence, a quoted line, a single item)."""
    if is_quoted(text):
        return None
    parts = _ROW_SEPARATOR.split(text.strip())
    if not 2 <= len(parts) <= 6:
        return None
    for part in parts:
        if (
            not has_letter(part)
            or len(part.split()) > ROW_PART_MAX_WORDS
            or len(part) > ROW_PART_MAX_CHARS
            or sentence_marks(_DIGIT_GROUP.sub("", part).rstrip(":："))
        ):
            return None
    return parts


def _known_part(part: str, strings: InterfaceStrings) -> bool:
    found = match_interface(_SPACED_COUNT.sub(r"\1\2", part), strings)
    return found is not None or interface_key(part) in POST_LABELS


def _recurring_rows(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    strings: InterfaceStrings,
    anchors: dict[int, str],
) -> None:
    """Two template rows printed with every post, in a language or wording the list only half
    knows:

    - a row of buttons set out with separators, printed word for word two or more times on the
      page and never one under the other, with at least one part the list knows ("Quote ·
      Reply · Send thanks" under each post; "Add message | Report | See all posts");
    - an author's rank and post count, "Rank · 1,204 posts", on ``RANK_ROWS_MIN`` lines or more
      whose count part is a counter the list knows and is worded the same (the ranks differ).

    A row with no word of the interface ("Serves 4 · 20 minutes" in three recipes), a results
    table ("Team A · 3 goals"), a row printed once, stay."""
    seen = _visible(kept, removed)
    visible = set(seen)
    rows: dict[str, list[int]] = {}
    ranks: dict[str, list[int]] = {}  # over the whole page: a rank the list knows went already
    for index, line in enumerate(kept):
        parts = _row_parts(line.text)
        if parts is None:
            continue
        if index in visible and any(_known_part(part, strings) for part in parts):
            rows.setdefault(interface_key(line.text), []).append(index)
        label, count = parts[0], parts[-1]
        if len(parts) == 2 and not any(ch.isdigit() for ch in label):
            found = match_interface(_SPACED_COUNT.sub(r"\1\2", count), strings)
            if found is not None and found.kind == "counter":
                unit = re.sub(r"\d[\d,.\s\u00a0\u202f]*", "#", interface_key(count))
                ranks.setdefault(unit, []).append(index)
    position = {index: p for p, index in enumerate(seen)}
    for indexes in rows.values():
        places = [position[i] for i in indexes]
        if len(indexes) < 2 or any(b - a == 1 for a, b in itertools.pairwise(places)):
            continue
        for index in indexes:
            removed[index] = (
                "interface:post-actions",
                f"a row of buttons printed {len(indexes)} times",
            )
            anchors[index] = "post-actions"
    for unit, indexes in ranks.items():
        if len(indexes) < RANK_ROWS_MIN:
            continue
        for index in (i for i in indexes if i in visible):
            detail = f"an author's rank and count, one of {len(indexes)} ('{unit}')"
            removed[index] = ("interface:post-meta", detail[:160])
            anchors[index] = "post-meta"
