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
      (``_time_codes``).
``interface:block``
    a short line without sentence punctuation inside the page's footer: a block at the end of
    the page made mostly of interface lines, ending at a footer link (``block_span``). In the
    header block only run-context strings go; its unknown lines (the site's name) stay.
``reaction-row``
    a row of emoji with counts (``parse_reaction_row``), whose counts become ``reactions``.
``term-cloud``
    one long line of terms in alphabetical order with no sentence punctuation in any script
    (``is_term_cloud``): a tag/category cloud.

A line quoted with ``>`` is content (someone's words) and no general rule touches it.

Reactions: a row such as ``🤣12😂10👍2`` is a sequence of (emoji, count) pairs. Counts are summed
per emoji over the document, keys in order of first appearance. Keys are the emoji without
variation selectors (``❤️`` and ``❤`` are one key; skin tones and ZWJ sequences stay distinct).
An emoji the mojibake stage could not recover arrives as U+FFFD; all of those are counted under
the single key ``"�"`` (we cannot tell which emoji each one was, but the count is real).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import emoji

from persona_archive import paths
from persona_archive.cleaning.config import key_path_text, load_yaml
from persona_archive.cleaning.model import Change, Line, split_lines
from persona_archive.errors import ConfigError
from persona_archive.page import LOST

STAGE = "boilerplate"
PROFILES_PATH = paths.PROFILES
SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "profiles.schema.json"
INTERFACE_PATH = Path(__file__).resolve().parent / "data" / "interface_strings.yml"

# --------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class Pattern:
    """A whole-line pattern: exact text (whitespace-collapsed) or a regex (full match).

    ``emoji_prefix`` also accepts the line with up to 6 leading non-ASCII characters (an emoji,
    a U+FFFD, or what a bad decode left of one) and spaces in front of the text.

    >>> Pattern(text="Podcast Appearances").matches("Podcast  Appearances")
    True
    >>> Pattern(text="SpeakerAppearances Over Time", emoji_prefix=True).matches(
    ...     "\\N{MICROPHONE} SpeakerAppearances Over Time")
    True
    """

    text: str | None = None
    regex: re.Pattern[str] | None = None
    emoji_prefix: bool = False
    ignore_case: bool = False

    def matches(self, line: str) -> bool:
        candidates = [_collapse(line)]
        if self.emoji_prefix:
            stripped = _DECORATION_PREFIX.sub("", candidates[0], count=1)
            if stripped != candidates[0]:
                candidates.append(stripped)
        for candidate in candidates:
            if self.regex is not None:
                if self.regex.fullmatch(candidate):
                    return True
            elif self.text is not None:
                if self.ignore_case:
                    if candidate.casefold() == _collapse(self.text).casefold():
                        return True
                elif candidate == _collapse(self.text):
                    return True
        return False


@dataclass(frozen=True)
class DropRule:
    """One kind of line a profile removes, and where in the document it may appear."""

    pattern: Pattern
    rule: str = "site-chrome"
    detail: str = ""
    within_first: int | None = None
    within_last: int | None = None
    preceded_by: Pattern | None = None
    followed_by: Pattern | None = None
    min_words: int = 0
    cloud: bool = False

    def applies(self, lines: list[Line], index: int) -> bool:
        if self.within_first is not None and index >= self.within_first:
            return False
        if self.within_last is not None and index < len(lines) - self.within_last:
            return False
        text = lines[index].text
        if self.min_words and len(text.split()) < self.min_words:
            return False
        if not self.pattern.matches(text):
            return False
        if self.preceded_by is not None and (
            index == 0 or not self.preceded_by.matches(lines[index - 1].text)
        ):
            return False
        if self.followed_by is not None and (
            index + 1 >= len(lines) or not self.followed_by.matches(lines[index + 1].text)
        ):
            return False
        # the profile is evidence of the site already; the shape check only keeps a post's
        # first paragraph that happens to sit where the site prints its cloud
        return not self.cloud or is_term_cloud(
            text,
            min_words=self.min_words or 12,
            marks_per_word=PROFILE_CLOUD_MARKS,
            min_order=PROFILE_CLOUD_ORDER,
        )


@dataclass(frozen=True)
class Profile:
    """A site's chrome as data: how to recognise the site and which lines to drop."""

    name: str
    title: str = ""
    sites: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    urls: tuple[re.Pattern[str], ...] = ()
    signatures: tuple[Pattern, ...] = ()
    min_signatures: int = 1
    drop: tuple[DropRule, ...] = field(default_factory=tuple)


def load_profiles(path: Path) -> list[Profile]:
    """Read and validate a profiles file; a mistake is a ``ConfigError`` naming file, line, key.

    Validation is the JSON Schema plus what a schema cannot say (regexes compile, names are
    unique, no key is given twice). Line numbers come from PyYAML's node marks.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     bad = Path(tmp, "profiles.yml")
    ...     _ = bad.write_text("profiles:\\n  - name: x\\n    hostz: [a.org]\\n    drop: []\\n")
    ...     try:
    ...         load_profiles(bad)
    ...     except ConfigError as error:
    ...         print(error.line, error.message)
    3 profiles[0]: unknown key 'hostz'
    """
    path = Path(path)
    data, lines = load_yaml(path, "profiles")
    if data is None:
        raise ConfigError(path, 1, "empty profiles file (expected a 'profiles' list)")
    profiles = [_build_profile(path, lines, i, raw) for i, raw in enumerate(data["profiles"])]
    names: dict[str, int] = {}
    for i, profile in enumerate(profiles):
        if profile.name in names:
            where = lines.get(("profiles", i, "name"))
            raise ConfigError(
                path, where, f"profiles[{i}].name: duplicate profile name {profile.name!r}"
            )
        names[profile.name] = i
    return profiles


def match_profile(
    profiles: list[Profile], *, site: str | None, url: str | None, lines: list[Line]
) -> Profile | None:
    """The profile for a document: by catalog site name, else by URL, else by signature lines.

    Within each way of matching, the first profile in the file wins.

    >>> p = Profile(name="ex", hosts=("example.org",))
    >>> match_profile([p], site=None, url="https://www.example.org/a", lines=[]).name
    'ex'
    >>> match_profile([p], site=None, url="https://example.com/", lines=[]) is None
    True
    """
    if site:
        wanted = _collapse(site).casefold()
        for profile in profiles:
            if any(_collapse(s).casefold() == wanted for s in profile.sites):
                return profile
    if url:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
        for profile in profiles:
            if any(host == h or host.endswith("." + h) for h in profile.hosts):
                return profile
            if any(regex.search(url) for regex in profile.urls):
                return profile
    for profile in profiles:
        if not profile.signatures:
            continue
        found = sum(
            1 for sig in profile.signatures if any(sig.matches(line.text) for line in lines)
        )
        if found >= profile.min_signatures:
            return profile
    return None


# --------------------------------------------------------------------------- stripping


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
            _general_rules(kept, removed, reactions, strings)
        general = by_profile
        if not removed:
            break
        for index in sorted(removed):
            rule, detail = removed[index]
            line = kept[index]
            changes.append(Change(STAGE, rule, line.no, line.text, detail=detail))
        kept = [line for index, line in enumerate(kept) if index not in removed]
    changes.sort(key=lambda c: c.line)
    rows = {c.line: row_counts(c.before) for c in changes if c.rule == "reaction-row"}
    return BoilerplateResult(kept, changes, reactions, profile.name if profile else None, rows)


def row_counts(text: str) -> dict[str, int]:
    """A reaction row's counts by emoji (summed where one emoji appears twice).

    >>> row_counts("👍 3 ❤️ 1 👍 2")
    {'👍': 5, '❤': 1}
    """
    counts: dict[str, int] = {}
    for key, count in parse_reaction_row(text) or []:
        counts[key] = counts.get(key, 0) + count
    return counts


def _general_rules(
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
    for index, line in enumerate(kept):
        if index in removed or is_quoted(line.text):
            continue
        pairs = parse_reaction_row(line.text)
        if pairs is not None:
            for key, count in pairs:
                reactions[key] = reactions.get(key, 0) + count
            shown = " ".join(f"{key}{count}" for key, count in pairs)
            removed[index] = ("reaction-row", f"reactions {shown}")
            continue
        found = match_interface(line.text, strings)
        if found is not None:
            if found.context == "line":
                removed[index] = (found.rule, found.detail)
                anchors[index] = found.kind
            elif found.context == "run":
                candidates[index] = found
            continue
        row = menu_row(line.text, strings)
        if row is not None:
            removed[index] = ("interface:navigation", row)
            anchors[index] = "navigation"
            continue
        if is_term_cloud(line.text):
            removed[index] = ("term-cloud", _cloud_detail(line.text))
    # the context rules, until none finds more (a removal can be the context of another)
    while True:
        before = len(removed)
        _context_rules(kept, removed, candidates, anchors, strings)
        if len(removed) == before:
            break


def _context_rules(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
    strings: InterfaceStrings,
) -> None:
    """One round of the rules that read a line's neighbours (see ``_general_rules``); each
    reads the lines not removed so far as one page, as cleaning the output again would."""
    _vertical_rows(kept, removed, strings)
    _contents(kept, removed, anchors)
    _tag_runs(kept, removed)
    _labelled_lists(kept, removed, strings)
    _spread(kept, removed, candidates, anchors)
    _time_codes(kept, removed)
    _related_lists(kept, removed, anchors)
    _spread(kept, removed, candidates, anchors)
    _menu_pairs(kept, removed, candidates, anchors)
    _recurring(kept, removed, candidates, anchors)
    _spread(kept, removed, candidates, anchors)
    for index, where in _block_lines(kept, removed, candidates):
        found = candidates.get(index)
        if found is not None:
            removed[index] = (found.rule, f"{found.detail}, in the page's {where} block")
            anchors[index] = found.kind
        else:
            removed[index] = ("interface:block", _block_detail(where))
            anchors[index] = "block"
    _spread(kept, removed, candidates, anchors)
    _trailing_labels(kept, removed)


def _spread(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    candidates: dict[int, InterfaceMatch],
    anchors: dict[int, str],
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
            elif is_bare_count(kept[neighbour].text):
                detail = f"bare count or date next to removed line {kept[index].no}"
                removed[neighbour] = ("interface:counter", detail)
                frontier.append((neighbour, "counter"))


_ACTION_KINDS = frozenset({"post-actions", "voting"})


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


_TIME_CODE = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})")
TIME_CODES_MIN = 3


def _time_codes(kept: list[Line], removed: dict[int, tuple[str, str]]) -> None:
    """A transcript's time codes: three or more lines that are only a time code ("0:05",
    "1:02:30"), in increasing order, each followed by a line with letters (the words said).
    """
    found: list[tuple[int, int]] = []
    seen = _visible(kept, removed)
    for index, after in itertools.pairwise(seen):
        match = _TIME_CODE.fullmatch(kept[index].text)
        if match and _has_letter(kept[after].text):
            hours, minutes, seconds = (int(g or 0) for g in match.groups())
            found.append((index, hours * 3600 + minutes * 60 + seconds))
    if len(found) < TIME_CODES_MIN:
        return
    if any(b[1] <= a[1] for a, b in itertools.pairwise(found)):
        return
    for index, _ in found:
        removed[index] = ("interface:timestamp", f"transcript time code, one of {len(found)}")


HEADLINE_MAX_WORDS = 16
HEADLINE_MAX_CHARS = 160
RELATED_MAX_ITEMS = 8
# what a list of headlines may hold besides them ("In “Essays”" under each)
_IN_RELATED_LISTS = frozenset({"interface:post-meta", "interface:related", "interface:timestamp"})


def _is_headline(text: str) -> bool:
    """A line that could be another article's headline: not long, no sentence punctuation but
    a final question mark."""
    body = text.rstrip().removesuffix("?").removesuffix("？").rstrip()
    return _short_non_sentence(text, HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS, body)


def _related_lists(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """The headlines under a removed "Related posts" heading (kind ``related``): up to 8 lines
    that are each headline-shaped (``_is_headline``), with their categories and dates between
    them, up to other chrome, a short line without sentence punctuation (the next post's
    author) or the end of the page. A list that runs into prose is left whole (it may be the
    text's own list under a heading that happens to read "Related").
    """
    for start in sorted(i for i, kind in anchors.items() if kind == "related"):
        items: list[int] = []
        index = start + 1
        while index < len(kept):
            if index in removed:
                if removed[index][0] not in _IN_RELATED_LISTS:
                    break  # the chrome after the list
            elif _is_headline(kept[index].text) and not (items and _is_name(kept[index].text)):
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


def _is_name(text: str) -> bool:
    """Two capitalised words and nothing else ("Ravi Menon"): a person's name, not a headline.

    >>> _is_name("Ravi Menon"), _is_name("Why chatbots apologise")
    (True, False)
    """
    words = text.split()
    return len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words)


LABELLED_LIST_MAX_ITEMS = 12
LIST_ITEM_MAX_WORDS = 3
LIST_ITEM_MAX_CHARS = 40


def _labelled_lists(
    kept: list[Line], removed: dict[int, tuple[str, str]], strings: InterfaceStrings
) -> None:
    """A post's tags printed one a line under their label ("Tags:" / "llm" / "assistants"):
    a bare label the list knows as post metadata (a key ending in a colon, nothing after it),
    then up to 12 short items of at most 3 words without sentence punctuation (or another
    such label), up to a removed line, a bare count or the end of the page.
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
    }
)
BLOCK_MAX_WORDS = 8
BLOCK_MAX_CHARS = 80
BLOCK_MAX_UNKNOWN_RUN = 1


def is_block_shaped(text: str) -> bool:
    """A line that could be an item of a header or footer: short, no sentence punctuation in
    any script, not quoted.

    >>> is_block_shaped("Über mich"), is_block_shaped("Hello there."), is_block_shaped("> Hi")
    (True, False, False)
    """
    return _short_non_sentence(text, BLOCK_MAX_CHARS, BLOCK_MAX_WORDS)


def _short_non_sentence(
    text: str, max_chars: int, max_words: int, marks_in: str | None = None
) -> bool:
    """Not quoted, at most ``max_chars`` and ``max_words``, and no sentence mark in ``marks_in``
    (the line itself unless given): the shape of interface text, never of prose."""
    return (
        not is_quoted(text)
        and len(text) <= max_chars
        and len(text.split()) <= max_words
        and not sentence_marks(text if marks_in is None else marks_in)
    )


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


_BARE_COUNT = re.compile(
    r"[+\-−#]?\d(?:[\d\s,.:/|·•∙\-–]*\d)?(?:\s?(?:[kmb]|千|万|萬|тыс\.?))?\+?|[·•∙|]+", re.I
)
BARE_COUNT_MAX_CHARS = 32


def is_bare_count(text: str) -> bool:
    """A line that is only a count, a date or time in digits, or a separator: what sites print
    under buttons ("14", "1.2K", "+18", "·", "2024-06-18 09:42"). No letters: it goes only
    next to a removed line (``_spread``), never alone.

    Numbers side by side with only spaces between them ("48 213", "3 7 12") are not one: a
    site prints one count a line, and such a line is someone's answer (a reply that is a sum,
    a score, a list of numbers).

    >>> [is_bare_count(t) for t in ("14", "1.1K", "2024-06-18 09:42", "·", "42 km", "1.")]
    [True, True, True, True, False, False]
    >>> is_bare_count("48 213"), is_bare_count("18.06.2024 09:42")
    (False, True)
    """
    text = text.strip()
    if _SPACED_NUMBERS.search(text) and not _DATE_MARK.search(text):
        return False
    return len(text) <= BARE_COUNT_MAX_CHARS and _BARE_COUNT.fullmatch(text) is not None


_SPACED_NUMBERS = re.compile(r"\d\s+\d")
_DATE_MARK = re.compile(r"[-/:.–]")


def strip_boilerplate_text(text: str) -> str:
    """Text in, text out (for ``tests/cases/boilerplate``): general rules plus the repo profile
    matched by signature lines; remaining lines joined by newlines, with a final newline.

    >>> strip_boilerplate_text("Skip to content\\nHello there.\\n12 Comments\\n")
    'Hello there.\\n'
    """
    lines = split_lines(text)
    profile = match_profile(_repo_profiles(), site=None, url=None, lines=lines)
    return "".join(line.text + "\n" for line in strip_boilerplate(lines, profile).lines)


@cache
def _repo_profiles() -> list[Profile]:
    return load_profiles(PROFILES_PATH)


# --------------------------------------------------------------------------- interface strings


@dataclass(frozen=True)
class InterfaceEntry:
    """One interface string from the data file: its kind, language, context and source line."""

    kind: str
    lang: str
    context: str
    near: frozenset[str]
    pattern: str  # as written in the file
    where: str  # "interface_strings.yml:57"
    is_regex: bool = False


@dataclass(frozen=True)
class InterfaceMatch:
    """A line that is interface text: the entries it is made of and what it takes to remove it.

    A row (several entries on one line) is removable on its own: ``context`` is then "line".
    """

    entries: tuple[InterfaceEntry, ...]
    parts: tuple[str, ...]  # the folded text each entry matched
    context: str

    @property
    def kind(self) -> str:
        """The row's kind: its first entry that is evidence on its own, else its first."""
        for entry in self.entries:
            if entry.context != "run":
                return entry.kind
        return self.entries[0].kind

    @property
    def rule(self) -> str:
        return f"interface:{self.kind}"

    @property
    def near(self) -> frozenset[str]:
        return self.entries[0].near

    @property
    def detail(self) -> str:
        """Which entry matched, and where it is written (a row names each part's kind).

        >>> match_interface("Log in · Sign up").detail
        "row of interface strings: 'log in' (account, en) · 'sign up' (account, en)"
        """
        if len(self.entries) == 1:
            e = self.entries[0]
            what = "pattern" if e.is_regex else "string"
            return f"interface {what} ({e.lang}) at {e.where}"
        pairs = zip(self.parts, self.entries, strict=True)
        parts = " · ".join(f"{p!r} ({e.kind}, {e.lang})" for p, e in pairs)
        return f"row of interface strings: {parts}"


_LOOKUP_CACHE = 50_000


@dataclass(frozen=True)
class InterfaceStrings:
    """The loaded list: exact lines by folded key, the regexes (tried all at once first), and
    every word the entries spell out (a row whose words are not all among them is no row)."""

    exact: dict[str, InterfaceEntry]
    regexes: tuple[tuple[re.Pattern[str], InterfaceEntry], ...]
    vocabulary: frozenset[str] = frozenset()
    combined: re.Pattern[str] | None = field(init=False, repr=False)

    _found: dict[str, InterfaceEntry | None] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        # one alternation tells a line in one call: no match (most lines, not interface text),
        # or which regex matched first (the group it is named by, the last group to close)
        body = "|".join(f"(?P<r{i}>{regex.pattern})" for i, (regex, _) in enumerate(self.regexes))
        object.__setattr__(self, "combined", re.compile(body, re.I) if self.regexes else None)

    def lookup(self, key: str) -> InterfaceEntry | None:
        """The entry a folded line (``interface_key``) is, or None.

        >>> repo_interface_strings().lookup(interface_key("12 Comments")).kind
        'counter'
        """
        entry = self.exact.get(key)
        if entry is not None:
            return entry
        if key in self._found:  # rows look the same words up again and again
            return self._found[key]
        match = self.combined.fullmatch(key) if self.combined is not None else None
        entry = self.regexes[int(match.lastgroup[1:])][1] if match else None
        if len(self._found) < _LOOKUP_CACHE:
            self._found[key] = entry
        return entry


def load_interface_strings(path: Path = INTERFACE_PATH) -> InterfaceStrings:
    """Read and validate the interface strings; a mistake is a ``ConfigError`` naming the line.

    Besides the schema: regexes compile, use only known macros, and never match a line without
    letters (a line of numbers or emoji is content); a text repeated with another kind or
    context is an error.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     bad = Path(tmp, "interface_strings.yml")
    ...     _ = bad.write_text("version: 1\\ngroups:\\n  - kind: counter\\n    lang: en\\n"
    ...                        "    regexes: ['\\\\d+ ?(?:comments)?']\\n")
    ...     try:
    ...         load_interface_strings(bad)
    ...     except ConfigError as error:
    ...         print(error.line, error.message)
    5 groups[0].regexes[0]: matches a line without letters ('12'): a line of numbers is content
    """
    path = Path(path)
    data, lines = load_yaml(path, "interface_strings")
    macros = {name: f"(?:{body})" for name, body in (data.get("macros") or {}).items()}
    exact: dict[str, InterfaceEntry] = {}
    regexes: list[tuple[re.Pattern[str], InterfaceEntry]] = []
    for g, group in enumerate(data["groups"]):
        context = group.get("context", "line")
        near = frozenset(group.get("near", [group["kind"]]))
        if not group.get("texts") and not group.get("regexes"):
            raise ConfigError(
                path, lines.get(("groups", g)), f"groups[{g}]: needs 'texts' or 'regexes'"
            )
        for i, text in enumerate(group.get("texts", [])):
            where = ("groups", g, "texts", i)
            key = interface_key(text)
            if not _has_letter(key):
                raise ConfigError(
                    path, lines.get(where), f"{key_path_text(where)}: {text!r} has no letters"
                )
            entry = _entry(path, lines, where, group, context, near, text)
            previous = exact.get(key)
            if previous is not None and (previous.kind, previous.context) != (
                entry.kind,
                entry.context,
            ):
                raise ConfigError(
                    path,
                    lines.get(where),
                    f"{key_path_text(where)}: {text!r} is already at {previous.where} "
                    f"as {previous.kind}/{previous.context}",
                )
            if previous is not None:  # the same string in two groups: either's context counts
                entry = replace(previous, near=previous.near | entry.near)
            exact[key] = entry
        for i, source in enumerate(group.get("regexes", [])):
            where = ("groups", g, "regexes", i)
            regex = _interface_regex(path, lines, where, source, macros)
            entry = _entry(path, lines, where, group, context, near, source)
            regexes.append((regex, replace(entry, is_regex=True)))
    vocabulary = {word for key in exact for word in _WORD.findall(key)}
    vocabulary.update(w.casefold() for r, _ in regexes for w in _WORD.findall(r.pattern))
    return InterfaceStrings(exact, tuple(regexes), frozenset(vocabulary))


@cache
def repo_interface_strings() -> InterfaceStrings:
    """The package's interface strings (``data/interface_strings.yml``), loaded once."""
    return load_interface_strings(INTERFACE_PATH)


def _entry(path, lines, where, group, context, near, pattern) -> InterfaceEntry:
    line = lines.get(where)
    return InterfaceEntry(
        kind=group["kind"],
        lang=group["lang"],
        context=context,
        near=near,
        pattern=pattern,
        where=f"{Path(path).name}:{line}" if line else Path(path).name,
    )


_MACRO = re.compile(r"<([a-z]+)>")
_MACRO_DEPTH = 5
# a word, for the vocabulary check; in scripts written without spaces (Thai, Lao, Myanmar, Khmer,
# CJK, Hangul) each character counts as one
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = re.compile(f"[{_UNSPACED}]|[^\\W\\d_{_UNSPACED}]+")
# what a regex written for a whole line must never match: lines without letters are content
_LETTERLESS = ("", "12", "1 2 3", "3.5", "2024", "(12)", "12:30", "1/7")


def _interface_regex(path, lines, where, source: str, macros: dict[str, str]) -> re.Pattern[str]:
    expanded = source
    for _ in range(_MACRO_DEPTH):  # a macro may use other macros ("<date>" holds "<month>")
        unknown = [m for m in _MACRO.findall(expanded) if m not in macros]
        if unknown:
            raise ConfigError(
                path, lines.get(where), f"{key_path_text(where)}: unknown macro <{unknown[0]}>"
            )
        if not _MACRO.search(expanded):
            break
        expanded = _MACRO.sub(lambda m: macros[m.group(1)], expanded)
    else:
        raise ConfigError(path, lines.get(where), f"{key_path_text(where)}: macros nested too deep")
    # fold the regex's literal text the way lines are folded (accents, curly apostrophes)
    folded = _strip_marks(unicodedata.normalize("NFC", expanded).translate(_QUOTE_FOLD))
    try:
        regex = re.compile(folded, re.IGNORECASE)
    except re.error as error:
        raise ConfigError(
            path, lines.get(where), f"{key_path_text(where)}: invalid regex {source!r}: {error}"
        ) from error
    for sample in _LETTERLESS:
        if regex.fullmatch(sample):
            raise ConfigError(
                path,
                lines.get(where),
                f"{key_path_text(where)}: matches a line without letters ({sample!r}): "
                "a line of numbers is content",
            )
    return regex


# Characters that decorate an interface string at either end: emoji and other symbols, arrows,
# dashes, bullets, guillemets, modifiers. A leading ">" quotes someone, so it is not decoration.
_EDGE_PUNCTUATION = frozenset("•·‧∙⋅・※|¦*#«»‹›")
_DECORATION_CATEGORIES = frozenset({"So", "Sm", "Sk", "Pd", "Cf", "Mn", "Me", "Co"})
_QUOTE_MARKERS = (">", "＞")
# the copyright sign is evidence (a copyright line), not decoration
_KEPT_AT_START = frozenset((*_QUOTE_MARKERS, "©"))
_KEPT_AT_END = frozenset("©")
_QUOTE_FOLD = str.maketrans({"’": "'", "‘": "'", "＇": "'", "ʼ": "'"})


def is_quoted(text: str) -> bool:
    """A line quoted with ``>`` (e-mail and forum style): someone's words, kept as content.

    >>> is_quoted("> Subscribe"), is_quoted("» Subscribe")
    (True, False)
    """
    return text.lstrip().startswith(_QUOTE_MARKERS)


def _is_decoration(ch: str) -> bool:
    return (
        ch.isspace()
        or ch in _EDGE_PUNCTUATION
        or unicodedata.category(ch) in _DECORATION_CATEGORIES
    )


def _strip_edges(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_decoration(text[start]) and text[start] not in _KEPT_AT_START:
        start += 1
    while end > start and _is_decoration(text[end - 1]) and text[end - 1] not in _KEPT_AT_END:
        end -= 1
    return text[start:end]


def _strip_marks(text: str) -> str:
    """Without combining marks (accents, vowel signs), recomposed: what folding compares."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    )


@lru_cache(maxsize=65_536)  # the context rules ask again for the same lines
def interface_key(text: str) -> str:
    """A line as the interface list compares it: NFC, whitespace collapsed, decoration at the
    ends removed, case folded, combining marks dropped, curly apostrophes made straight.

    >>> interface_key("  →  Share   this:")
    'share this:'
    >>> interface_key("ΑΡΧΙΚΗ") == interface_key("Αρχική"), interface_key("> Reply")
    (True, '> reply')
    """
    text = " ".join(unicodedata.normalize("NFC", text).translate(_QUOTE_FOLD).split())
    return _strip_marks(_strip_edges(text).casefold())


CONTENTS_MIN = 2
"""A table of contents has at least this many entries."""


def _contents(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """A table of contents: ``CONTENTS_MIN`` or more different short lines in a row, each
    printed again exactly once further down as a line of its own, in the same order, and
    followed there by text (the headings they link to). The headings stay; the list goes. A
    post's furniture, printed with every post ("Reply", a user's name), is printed more than
    once again: it is not a table of contents.

    >>> lines = split_lines("Contents\\nOne\\nTwo\\nOne\\nText of one.\\nTwo\\nText of two.")
    >>> r = {}; _contents(lines, r, {}); sorted(r)
    [1, 2]
    """
    index = 0
    while index < len(kept):
        end = index
        position = index + 1  # where the next entry's heading is looked for
        headings = []
        while (
            end < len(kept)
            and end not in removed
            and is_block_shaped(kept[end].text)
            and _has_letter(kept[end].text)  # a number alone is content
        ):
            text = kept[end].text.strip()
            again = [
                i
                for i in range(end + 1, len(kept))
                if i not in removed and kept[i].text.strip() == text
            ]
            later = again[0] if len(again) == 1 else None
            if (
                later is None
                or later < position
                or later + 1 >= len(kept)
                or is_block_shaped(kept[later + 1].text)
            ):
                break
            headings.append(later)
            position = later + 1
            end += 1
        if end - index >= CONTENTS_MIN and headings[0] >= end:
            for here in range(index, end):
                heading = kept[headings[here - index]].no
                detail = f"table of contents: the entry's heading is line {heading}"
                removed[here] = ("interface:navigation", detail)
                anchors[here] = "navigation"
            index = end
        else:
            index += 1


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
        if index not in removed:
            by_key.setdefault(interface_key(kept[index].text), []).append(index)
    for indexes in by_key.values():
        if len(indexes) >= RECURRING_MIN:
            for index in indexes:
                found = candidates[index]
                detail = f"{found.detail}, printed {len(indexes)} times on the page"
                removed[index] = (found.rule, detail)
                anchors[index] = found.kind


# post labels the structure stage reads ("Reply" under a post ends it): never removed alone
# (folded as lines are: Thai vowel signs are combining marks, so "ตอบกลับ" is compared as "ตอบกลบ")
POST_LABELS = frozenset(
    interface_key(label)
    for label in (
        "reply", "comment", "post", "antworten", "kommentar", "répondre", "responder",
        "comentar", "ответить", "απάντηση", "σχόλιο", "回复", "回覆", "ตอบกลับ",
    )
)  # fmt: skip


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# A row: interface strings on one line, between separators or spaces.
_ROW_SEPARATOR = re.compile(r"[·•|/‧∙⋅・｜／¦]|\s[-–—]\s")
_LINE_MAX_CHARS = 600
_ROW_MAX_CHARS = 240
_ROW_MAX_TOKENS = 16
_SEGMENT_MAX_TOKENS = 6


def match_interface(text: str, strings: InterfaceStrings | None = None) -> InterfaceMatch | None:
    """Whether a whole line is interface text: one entry, or a row of them.

    A row ("Log in · Sign up", "Reply Share Report") is made only of entries, split at
    separators or spaces; it counts when one of its parts is evidence on its own (context line
    or row) or it has three parts or more. A line with any other word, or no letter, is not.

    >>> [match_interface(t).rule for t in ("Skip to content", "Log in · Sign up")]
    ['interface:skip-link', 'interface:account']
    >>> match_interface("Reply · Share · Report").rule
    'interface:post-actions'
    >>> [match_interface(t) for t in ("Reply", "Share this with a friend.", "> Subscribe", "42")]
    [None, None, None, None]
    """
    strings = strings if strings is not None else repo_interface_strings()
    if is_quoted(text):
        return None
    if len(text) > _LINE_MAX_CHARS:
        return None  # longer than any banner: prose
    key = interface_key(text)
    if not _has_letter(key):
        return None
    entry = strings.lookup(key)
    if entry is not None:
        return None if entry.context == "row" else InterfaceMatch((entry,), (key,), entry.context)
    if len(key) > _ROW_MAX_CHARS or not strings.vocabulary.issuperset(_WORD.findall(key)):
        return None
    entries: list[tuple[str, InterfaceEntry]] = []
    for part in _ROW_SEPARATOR.split(key):
        tokens = part.split()
        if len(entries) + len(tokens) > _ROW_MAX_TOKENS:
            return None
        run: list[str] = []
        for token in [*tokens, ""]:
            if _has_letter(token) or any(ch.isdigit() for ch in token):
                run.append(_strip_edges(token))
                continue
            if token and not all(_is_decoration(ch) for ch in token):
                return None  # punctuation inside the row ("Follow, share.") is a sentence
            if run:
                found = _segment(run, strings)
                if found is None:
                    return None
                entries.extend(found)
                run = []
    if len(entries) < 2:
        return None
    if len(entries) < 3 and all(e.context == "run" for _, e in entries):
        return None
    return InterfaceMatch(tuple(e for _, e in entries), tuple(p for p, _ in entries), "line")


_MENU_SEPARATOR = re.compile(r"\s+[|·•‧∙⋅・｜¦]\s+")
MENU_ROW_MIN_ITEMS = 4
MENU_ITEM_MAX_WORDS = 3


def menu_row(text: str, strings: InterfaceStrings | None = None) -> str | None:
    """A site's menu printed on one line: four items or more between spaced bars or dots, each a
    word or three without sentence punctuation, at least half of them interface strings (the
    site's own names for its pages are the rest: "new | past | ask | show | jobs"). A table's
    row of names and figures has no such half. Returns the detail for the change, or None.

    >>> menu_row("new | past | comments | ask | show | jobs | submit")
    'a menu row: 4 of its 7 items are interface strings'
    >>> menu_row("Alice | 34 | Paris | engineer") is None
    True
    """
    strings = strings if strings is not None else repo_interface_strings()
    if is_quoted(text) or len(text) > _ROW_MAX_CHARS:
        return None
    items = _MENU_SEPARATOR.split(text.strip())
    if len(items) < MENU_ROW_MIN_ITEMS:
        return None
    known = 0
    for item in items:
        key = interface_key(item)
        if (
            not _has_letter(key)
            or len(key.split()) > MENU_ITEM_MAX_WORDS
            or sentence_marks(item)
            or "," in item
        ):
            return None
        known += strings.lookup(key) is not None
    if 2 * known < len(items):
        return None
    return f"a menu row: {known} of its {len(items)} items are interface strings"


def _segment(
    tokens: list[str], strings: InterfaceStrings
) -> list[tuple[str, InterfaceEntry]] | None:
    """Split tokens into consecutive entries (fewest pieces), or None if they are not all
    interface strings."""
    n = len(tokens)
    best: list[list[tuple[str, InterfaceEntry]] | None] = [[], *([None] * n)]
    for end in range(1, n + 1):
        for start in range(max(0, end - _SEGMENT_MAX_TOKENS), end):
            before = best[start]
            if before is None:
                continue
            piece = " ".join(tokens[start:end])
            entry = strings.lookup(piece)
            if entry is not None and (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, (piece, entry)]
    return best[n]


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
    if found is None and is_term_cloud(text):
        return "term-cloud", _cloud_detail(text)
    return None


# --------------------------------------------------------------------------- term clouds

# Sentence punctuation in any script: Latin/Greek/Cyrillic (.!?… and Greek ";" "·", which NFC
# gives for the Greek question mark and ano teleia), Armenian, Arabic and Urdu, Devanagari
# dandas, Myanmar, Ethiopic, Canadian syllabics, Mongolian, CJK full stops and marks, inverted
# marks, and the dot of upside-down text (˙).
SENTENCE_MARKS = frozenset(".!?…;·։؟۔؛।॥၊။።፧፨᙮᠃᠉‼‽⁇⁈⁉⸮。！？｡︒﹒﹖﹗¡¿˙")
_SENTENCE_MARK = re.compile("[" + re.escape("".join(sorted(SENTENCE_MARKS))) + "]")
CLOUD_MIN_WORDS = 30
CLOUD_MIN_ORDER = 4.0  # z-score of alphabetical order; prose is about N(0, 1)
PROFILE_CLOUD_MARKS = 1 / 40
PROFILE_CLOUD_ORDER = 3.0


def sentence_marks(text: str) -> int:
    """How many sentence punctuation marks a line has, in any script.

    >>> sentence_marks("Ναι; Όχι· ίσως. 好的。 हाँ। ¿Sí?")
    7
    """
    return len(_SENTENCE_MARK.findall(text))


def alphabetical_order(text: str) -> float:
    """How strongly a line's words run from A to Z, as a z-score: Spearman's correlation of
    each word's position with its first letter (accents dropped, case folded), times
    √(n − 1). In prose the first letters are in no order (about 0 ± 1); a tag cloud is
    sorted, and its multi-word items only blur that (a blog's cloud of 180 words scores 6).

    >>> prose = "the cat sat on the warm mat and looked at every bird that flew past"
    >>> round(alphabetical_order(prose), 1)
    -1.0
    >>> greek = "άλφα βήτα γάμμα δέλτα έψιλον ζήτα ήτα θήτα ιώτα κάππα λάμδα μι"
    >>> round(alphabetical_order(greek), 1)
    3.3
    """
    initials = [i for i in map(_initial, text.split()) if i]
    n = len(initials)
    if n < 3:
        return 0.0
    ranks = _ranks(initials)
    mean = (n - 1) / 2
    cov = sum((i - mean) * (r - mean) for i, r in enumerate(ranks))
    var_i = sum((i - mean) ** 2 for i in range(n))
    var_r = sum((r - mean) ** 2 for r in ranks)
    if not var_r:
        return 0.0
    return cov / (var_i * var_r) ** 0.5 * (n - 1) ** 0.5


def is_term_cloud(
    text: str,
    *,
    min_words: int = CLOUD_MIN_WORDS,
    marks_per_word: float = 0.0,
    min_order: float = CLOUD_MIN_ORDER,
) -> bool:
    """True for one long line of terms that is not prose in any script: at least
    ``min_words`` words, no sentence punctuation (profiles allow a rare "?" in a tag title) and
    the words in alphabetical order (a tag/category cloud as blogs print it).

    >>> tags = "ai agents alignment benchmarks chatbots claude data ethics evals fine-tuning"
    >>> is_term_cloud(" ".join(sorted((tags + " gpt history llms memory models persona "
    ...     "policy prompting reasoning rlhf safety scaling tokens tools training transformers "
    ...     "trust values welfare writing").split())))
    True
    >>> is_term_cloud("We used " + ", ".join(["model"] * 40) + ".")
    False
    """
    tokens = text.split()
    if len(tokens) < min_words:  # most lines: too short to be a cloud, whatever their words
        return False
    words = sum(1 for token in tokens if _initial(token))
    if words < min_words:
        return False
    if sentence_marks(text) > marks_per_word * words:
        return False
    return alphabetical_order(text) >= min_order


def _cloud_detail(text: str) -> str:
    words = sum(1 for token in text.split() if _initial(token))
    return (
        f"tag/category cloud: {words} words in alphabetical order "
        f"(z = {alphabetical_order(text):.1f}), no sentence punctuation"
    )


def _initial(token: str) -> str:
    for ch in token:
        if ch.isalpha():
            return unicodedata.normalize("NFD", ch)[0].casefold()
    return ""


def _ranks(values: list[str]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2
        i = j + 1
    return ranks


# --------------------------------------------------------------------------- reactions

_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"(?<!\d)[kKmM]|[A-JLN-Za-jln-z]")
_COUNT = re.compile(r"\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[kKmM]|\d+)")
_MODIFIERS = "\ufe0e\ufe0f\u200d"
# symbols the emoji list includes that no site uses as a reaction
_NOT_REACTIONS = frozenset("©®™")


def parse_reaction_row(text: str) -> list[tuple[str, int]] | None:
    """(emoji, count) pairs when the line is only a reaction-count row, else None.

    Spaces between and inside pairs are allowed; U+FFFD stands for an emoji that could not be
    recovered; variation selectors are dropped from the key; "1.2k" and "1,200" are 1200.

    >>> parse_reaction_row("🤣12😂10👍2❤1")
    [('🤣', 12), ('😂', 10), ('👍', 2), ('❤', 1)]
    >>> parse_reaction_row("\\ufffd6 👍🏽 2 ❤️1")
    [('�', 6), ('👍🏽', 2), ('❤', 1)]
    >>> parse_reaction_row("I give this 10 🤣") is None, parse_reaction_row("© 2024") is None
    (True, True)
    """
    # cheap test first: a digit, and no ASCII letter other than the k/M of "1.2k"
    if len(text) > 400 or not _DIGIT.search(text) or _LETTER.search(text):
        return None
    spans = {m["match_start"]: m for m in emoji.emoji_list(text)}
    pairs: list[tuple[str, int]] = []
    pos, n = 0, len(text)
    while pos < n:
        while pos < n and text[pos].isspace():
            pos += 1
        if pos >= n:
            break
        if pos in spans:
            key = "".join(ch for ch in spans[pos]["emoji"] if ch not in "\ufe0e\ufe0f")
            if key in _NOT_REACTIONS:
                return None  # "© 2024" is a copyright line, not 2024 reactions
            pos = spans[pos]["match_end"]
        elif text[pos] == LOST:
            key = LOST
            while pos < n and text[pos] == LOST:
                pos += 1
        else:
            return None
        while pos < n and text[pos] in _MODIFIERS:
            pos += 1
        match = _COUNT.match(text, pos)
        if not match:
            return None
        pairs.append((key, _count_value(match.group(1))))
        pos = match.end()
    return pairs or None


def _count_value(token: str) -> int:
    multiplier = {"k": 1000, "m": 1_000_000}.get(token[-1].lower(), 1)
    number = token[:-1] if multiplier > 1 else token.replace(",", "")
    return round(float(number) * multiplier)


# --------------------------------------------------------------------------- helpers

_DECORATION_PREFIX = re.compile(r"^[^\x00-\x7f]{1,6}\s*")


def _collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _compile(path: Path, lines: dict[tuple[Any, ...], int], where: tuple[Any, ...], regex: str):
    try:
        return re.compile(regex)
    except re.error as error:
        raise ConfigError(
            path, lines.get(where), f"{key_path_text(where)}: invalid regex {regex!r}: {error}"
        ) from error


def _pattern(path: Path, lines, where: tuple[Any, ...], raw: Any) -> Pattern:
    if isinstance(raw, str):
        return Pattern(text=raw)
    ignore_case = bool(raw.get("ignore_case", False))
    regex = None
    if "regex" in raw:
        source = raw["regex"]
        regex = _compile(
            path, lines, (*where, "regex"), f"(?i:{source})" if ignore_case else source
        )
    return Pattern(
        text=raw.get("text"),
        regex=regex,
        emoji_prefix=bool(raw.get("emoji_prefix", False)),
        ignore_case=ignore_case,
    )


def _build_profile(path: Path, lines, index: int, raw: dict[str, Any]) -> Profile:
    base = ("profiles", index)
    match = raw.get("match", {})
    drops = []
    for i, entry in enumerate(raw.get("drop", [])):
        where = (*base, "drop", i)
        drops.append(
            DropRule(
                pattern=_pattern(path, lines, where, entry),
                rule=entry.get("rule", "site-chrome"),
                detail=entry.get("detail", ""),
                within_first=entry.get("within_first"),
                within_last=entry.get("within_last"),
                preceded_by=_optional_pattern(path, lines, where, entry, "preceded_by"),
                followed_by=_optional_pattern(path, lines, where, entry, "followed_by"),
                min_words=entry.get("min_words", 0),
                cloud=entry.get("cloud", False),
            )
        )
    return Profile(
        name=raw["name"],
        title=raw.get("title", ""),
        sites=tuple(match.get("sites", ())),
        hosts=tuple(h.lower().rstrip(".") for h in match.get("hosts", ())),
        urls=tuple(
            _compile(path, lines, (*base, "match", "urls", i), regex)
            for i, regex in enumerate(match.get("urls", ()))
        ),
        signatures=tuple(
            _pattern(path, lines, (*base, "match", "signatures", i), sig)
            for i, sig in enumerate(match.get("signatures", ()))
        ),
        min_signatures=match.get("min_signatures", 1),
        drop=tuple(drops),
    )


def _optional_pattern(path: Path, lines, where, entry: dict[str, Any], key: str):
    return _pattern(path, lines, (*where, key), entry[key]) if key in entry else None
