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

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
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
    first_pass = True
    while True:
        removed: dict[int, tuple[str, str]] = {}
        if profile is not None:
            for index in range(len(kept)):
                for rule in profile.drop:
                    if rule.applies(kept, index):
                        detail = rule.rule + (f": {rule.detail}" if rule.detail else "")
                        removed[index] = (f"profile:{profile.name}", detail)
                        break
        # general rules look at a line's text (and its neighbours) only, so after the first
        # pass they have nothing left to find; later passes are for position-based profile rules
        if first_pass:
            _general_rules(kept, removed, reactions, strings)
        first_pass = False
        if not removed:
            break
        for index in sorted(removed):
            rule, detail = removed[index]
            line = kept[index]
            changes.append(Change(STAGE, rule, line.no, line.text, detail=detail))
        kept = [line for index, line in enumerate(kept) if index not in removed]
    changes.sort(key=lambda c: c.line)
    return BoilerplateResult(kept, changes, reactions, profile.name if profile else None)


def _general_rules(
    kept: list[Line],
    removed: dict[int, tuple[str, str]],
    reactions: dict[str, int],
    strings: InterfaceStrings,
) -> None:
    """Reaction rows, interface strings (with their run context) and term clouds, into
    ``removed``; lines a profile already removed are left to it."""
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
        if is_term_cloud(line.text):
            removed[index] = ("term-cloud", _cloud_detail(line.text))
    # a run-context string ("Home", "Twitter") goes only next to a removed interface line of a
    # kind it names in ``near`` (a menu printed one item per line), spreading along the run
    frontier = list(anchors.items())
    while frontier:
        index, kind = frontier.pop()
        for neighbour in (index - 1, index + 1):
            found = candidates.get(neighbour)
            if found is not None and neighbour not in removed and kind in found.near:
                detail = f"{found.detail}, next to interface line {kept[index].no}"
                removed[neighbour] = (found.rule, detail)
                frontier.append((neighbour, found.kind))


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


@dataclass(frozen=True)
class InterfaceStrings:
    """The loaded list: exact lines by folded key, the regexes (tried all at once first), and
    every word the entries spell out (a row whose words are not all among them is no row)."""

    exact: dict[str, InterfaceEntry]
    regexes: tuple[tuple[re.Pattern[str], InterfaceEntry], ...]
    vocabulary: frozenset[str] = frozenset()
    combined: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # one alternation tells most lines (not interface text) in one call
        body = "|".join(f"(?:{regex.pattern})" for regex, _ in self.regexes)
        object.__setattr__(self, "combined", re.compile(body, re.I) if self.regexes else None)

    def lookup(self, key: str) -> InterfaceEntry | None:
        """The entry a folded line (``interface_key``) is, or None.

        >>> repo_interface_strings().lookup(interface_key("12 Comments")).kind
        'counter'
        """
        entry = self.exact.get(key)
        if entry is not None:
            return entry
        if self.combined is None or not self.combined.fullmatch(key):
            return None
        for regex, entry in self.regexes:  # only for lines that are interface text
            if regex.fullmatch(key):
                return entry
        return None  # pragma: no cover - the combined pattern matched one of them


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
            exact.setdefault(key, entry)
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
# a word, for the vocabulary check; in scripts written without spaces (Thai, Lao, Myanmar, Khmer,
# CJK, Hangul) each character counts as one
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = re.compile(f"[{_UNSPACED}]|[^\\W\\d_{_UNSPACED}]+")
# what a regex written for a whole line must never match: lines without letters are content
_LETTERLESS = ("", "12", "1 2 3", "3.5", "2024", "(12)", "12:30", "1/7")


def _interface_regex(path, lines, where, source: str, macros: dict[str, str]) -> re.Pattern[str]:
    unknown = [m for m in _MACRO.findall(source) if m not in macros]
    if unknown:
        raise ConfigError(
            path, lines.get(where), f"{key_path_text(where)}: unknown macro <{unknown[0]}>"
        )
    expanded = _MACRO.sub(lambda m: macros[m.group(1)], source)
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
    while start < end and _is_decoration(text[start]) and text[start] not in _QUOTE_MARKERS:
        start += 1
    while end > start and _is_decoration(text[end - 1]):
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
CLOUD_MIN_WORDS = 30
CLOUD_MIN_ORDER = 4.0  # z-score of alphabetical order; prose is about N(0, 1)
PROFILE_CLOUD_MARKS = 1 / 40
PROFILE_CLOUD_ORDER = 3.0


def sentence_marks(text: str) -> int:
    """How many sentence punctuation marks a line has, in any script.

    >>> sentence_marks("Ναι; Όχι· ίσως. 好的。 हाँ। ¿Sí?")
    7
    """
    return sum(ch in SENTENCE_MARKS for ch in text)


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
    words = sum(1 for token in text.split() if _initial(token))
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
