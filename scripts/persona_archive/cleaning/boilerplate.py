"""Boilerplate stage: remove site chrome, keep every sentence of the document.

Two mechanisms, both working on whole lines only (a line is never edited, only removed):

1. **Site profiles** (``profiles.yml`` at the top of the repo, validated against
   ``schemas/profiles.schema.json``): a profile is matched by the catalog's site name, by the
   URL (host or regex) or by signature lines found in the text, and lists the lines to drop
   (exact text or regex, optionally only among the first/last N lines or next to another
   line). Adding a site is adding a few lines of YAML.
2. **General rules** for every document: navigation/share/cookie lines and comment counters
   (short whole lines only, see ``GENERAL_RULES``), tag/category clouds (``cloud_score``) and
   reaction-count rows (``parse_reaction_row``), whose counts are returned as ``reactions``.

Every removal is a ``Change(stage="boilerplate", rule=..., line=..., before=...)``.

Reactions: a row such as ``🤣12😂10👍2`` is a sequence of (emoji, count) pairs. Counts are summed
per emoji over the document, keys in order of first appearance. Keys are the emoji without
variation selectors (``❤️`` and ``❤`` are one key; skin tones and ZWJ sequences stay distinct).
An emoji the mojibake stage could not recover arrives as U+FFFD; all of those are counted under
the single key ``"�"`` (we cannot tell which emoji each one was, but the count is real).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
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
        return not self.cloud or is_term_cloud(text, min_words=self.min_words or 12)


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


def strip_boilerplate(lines: list[Line], profile: Profile | None = None) -> BoilerplateResult:
    """Remove site chrome: the profile's lines first, then the general rules.

    Repeated until nothing more is removed, so that running the stage twice changes nothing
    (position rules such as "within the first 3 lines" then see the document as it is left).

    >>> r = strip_boilerplate(split_lines("Share this:\\nA sentence.\\n\\N{THUMBS UP SIGN}3 ❤️1"))
    >>> [line.text for line in r.lines], r.reactions, [c.rule for c in r.changes]
    (['A sentence.'], {'👍': 3, '❤': 1}, ['share', 'reaction-row'])
    """
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
                        detail = f"profile {profile.name}" + (
                            f": {rule.detail}" if rule.detail else ""
                        )
                        removed[index] = (rule.rule, detail)
                        break
        # general rules look at a line's text (and the line before it) only, so after the first
        # pass they have nothing left to find; later passes are for position-based profile rules
        for index, line in enumerate(kept if first_pass else ()):
            if index in removed:
                continue
            pairs = parse_reaction_row(line.text)
            if pairs is not None:
                for key, count in pairs:
                    reactions[key] = reactions.get(key, 0) + count
                shown = " ".join(f"{key}{count}" for key, count in pairs)
                removed[index] = ("reaction-row", f"reactions {shown}")
                continue
            general = general_rule(line.text)
            if general is not None:
                removed[index] = general
            elif removed.get(index - 1, ("",))[0] == "share" and _SHARE_TARGET.fullmatch(
                _collapse(line.text)
            ):
                removed[index] = ("share", "share button after a share line")
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


# --------------------------------------------------------------------------- general rules

_DECO = r"[^\w\s]{0,3}\s*"  # leading/trailing decoration: arrows, bullets, an emoji, "»"
_TAIL = r"\s*[^\w\s]{0,3}"


def _whole(*alternatives: str) -> str:
    return _DECO + "(?:" + "|".join(alternatives) + ")" + _TAIL


GENERAL_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(regex, re.IGNORECASE))
    for name, regex in [
        (
            "navigation",
            _whole(
                r"skip to (?:the )?(?:main )?(?:content|navigation)",
                r"(?:main |primary |mobile )?menu",
                r"toggle (?:navigation|menu)",
                r"(?:open|close) menu",
                r"search(?: for)?",
                r"(?:previous|next|older|newer) (?:post|article|entry|story|posts|entries)",
                r"post navigation",
                r"back to top",
                r"(?:read|show|load|view) more",
                r"continue reading",
                r"related(?: posts| articles| stories)?",
                r"you (?:may|might) also like",
                r"advertisement",
                r"powered by wordpress",
                r"sign (?:in|up)|log ?in|log ?out|register",
                r"subscribe(?: now)?|subscribed|follow|following|unfollow",
                r"loading(?:\.\.\.|…)?",
                r"like this|like loading(?:\.\.\.|…)?",
                r"be the first to like this",
                r"home(?: [»›>|/] [^.!?]{1,60}){1,5}",
            ),
        ),
        (
            "share",
            _whole(
                r"share(?: this(?: post| article| story)?| on (?:facebook|twitter|x|linkedin|"
                r"reddit|whatsapp|bluesky|threads|mastodon|email))?",
                r"tweet|pin it|reblog|email|print|copy link",
                r"click to (?:share|print|email)[^.!?]{0,40}",
            ),
        ),
        (
            "comment-count",
            _whole(
                r"(?:\d[\d,]*|no|one|two|three) "
                r"(?:comments?|responses?|replies|thoughts(?: on .{1,80})?)",
                r"comments? \(\d[\d,]*\)",
                r"leave a (?:comment|reply)",
                r"cancel reply",
                r"comments are closed",
                r"view (?:all )?(?:\d[\d,]* )?comments",
            ),
        ),
        (
            "post-meta",
            _whole(
                r"(?:posted in|filed under|categories|category|tags|tagged(?: with)?)\s*:?\s+"
                r"[^.!?]{1,120}",
            ),
        ),
        (
            "cookie-banner",
            _whole(
                r"accept(?: all)?(?: cookies)?",
                r"reject(?: all)?(?: cookies)?",
                r"(?:cookie|privacy) (?:settings|preferences|policy)",
                r"manage (?:cookies|consent|preferences)",
                r"(?=.*\b(?:experience|consent|agree|accept|privacy|continu\w*|browsing|analytics)\b)"
                r"(?:this (?:web)?site|we) uses? cookies\b[^!?]{0,160}",
            ),
        ),
    ]
)
"""Whole-line chrome for any site: (rule name, pattern matched against the whole line)."""

_POST_META_MAX_WORDS = 12

# Names on share buttons: removed only right after a share line ("Share this:" / "Twitter" / ...),
# because on their own they can be headings of an article about those platforms.
_SHARE_TARGET = re.compile(
    _DECO
    + r"(?:facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|tumblr|telegram|pocket|bluesky|"
    r"mastodon|threads|hacker news|email|print|more|copy link)(?: \(opens in new window\))?"
    + _TAIL,
    re.IGNORECASE,
)


def general_rule(text: str) -> tuple[str, str] | None:
    """The general rule that removes this line, as (rule, detail), or None to keep it.

    >>> general_rule("Share this:")
    ('share', 'general rule')
    >>> general_rule("Share this with anyone who asks about the model.") is None
    True
    """
    collapsed = _collapse(text)
    words = len(collapsed.split())
    if words <= 30:
        for name, regex in GENERAL_RULES:
            if regex.fullmatch(collapsed):
                if name == "post-meta" and (
                    words > _POST_META_MAX_WORDS or collapsed.rstrip().endswith((".", "!", "?"))
                ):
                    continue
                return name, "general rule"
    if is_term_cloud(collapsed):
        return "term-cloud", f"tag/category cloud, score {cloud_score(collapsed):.2f}"
    return None


# Words that carry sentence structure: articles, pronouns, auxiliaries, prepositions,
# conjunctions. Prose is 35-55 % these; a tag cloud is mostly content words.
FUNCTION_WORDS = frozenset(
    """a an the this that these those it its it's i i'm me my we our us you your he him his she
    her they them their there here is are was were be been being am have has had do does did
    will would can could should may might must shall not no to of in on at by for with from
    into onto about as than then so if but or nor because while when where which who whom whose
    what how why just also very more most some any all each every such only even still yet
    """.split()  # noqa: SIM905
)

CLOUD_MIN_WORDS = 30
CLOUD_THRESHOLD = 0.5


def cloud_score(text: str) -> float:
    """How much a line looks like a tag/category cloud, from 0 (prose, a list, code) to 1.

    The score multiplies four factors, so any one strong signal of something else keeps the
    line: the share of function words (prose ≈ 0.4, a cloud ≈ 0.1), sentence ends per word
    (prose ≈ 1 in 20), separators per word (a written list puts commas between its items) and
    the share of word-like tokens (code and commands are full of ``=``, ``/``, ``--``).

    >>> cloud_score("ai ethics LLMs Claude alignment interpretability RLHF safety policy")
    1.0
    >>> cloud_score("It is a long sentence, and it has the words that prose has.")
    0.0
    """
    raw_tokens = text.split()
    tokens = [t.strip("\"'“”‘’()[]{}.,;:!?…").casefold() for t in raw_tokens]
    tokens = [t for t in tokens if t]
    if not tokens:
        return 0.0
    n = len(tokens)
    function = sum(1 for t in tokens if t.replace("’", "'") in FUNCTION_WORDS) / n
    ends = len(re.findall(r"[.!?…](?=[\"'”’)\]]*(?:\s|$))", text)) / n
    separators = len(re.findall(r"[,;|•·]", text)) / n
    wordlike = sum(1 for t in tokens if _WORDLIKE.fullmatch(t)) / n
    return round(
        _ramp(function, 0.15, 0.30)
        * _ramp(ends, 0.02, 0.06)
        * _ramp(separators, 0.06, 0.20)
        * _ramp(1 - wordlike, 0.10, 0.30),
        3,
    )


def is_term_cloud(text: str, *, min_words: int = CLOUD_MIN_WORDS) -> bool:
    """True for one long line of terms without sentence structure (a tag/category cloud).

    >>> is_term_cloud(" ".join(["Digital Sociology", "platform capitalism", "LLMs"] * 12))
    True
    >>> is_term_cloud("We used " + ", ".join(["model"] * 40) + ".")
    False
    """
    return len(text.split()) >= min_words and cloud_score(text) >= CLOUD_THRESHOLD


def _ramp(value: float, low: float, high: float) -> float:
    """1 up to ``low``, 0 from ``high``, linear in between."""
    return max(0.0, min(1.0, (high - value) / (high - low)))


_WORDLIKE = re.compile(r"[^\W\d_]+(?:['’-][^\W_]+)*|[^\W\d_]+-?\d+(?:\.\d+)?[^\W\d_]*|\d{4}s?")


# --------------------------------------------------------------------------- reactions

_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"(?<!\d)[kKmM]|[A-JLN-Za-jln-z]")
_COUNT = re.compile(r"\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[kKmM]|\d+)")
_MODIFIERS = "\ufe0e\ufe0f\u200d"


def parse_reaction_row(text: str) -> list[tuple[str, int]] | None:
    """(emoji, count) pairs when the line is only a reaction-count row, else None.

    Spaces between and inside pairs are allowed; U+FFFD stands for an emoji that could not be
    recovered; variation selectors are dropped from the key; "1.2k" and "1,200" are 1200.

    >>> parse_reaction_row("🤣12😂10👍2❤1")
    [('🤣', 12), ('😂', 10), ('👍', 2), ('❤', 1)]
    >>> parse_reaction_row("\\ufffd6 👍🏽 2 ❤️1")
    [('�', 6), ('👍🏽', 2), ('❤', 1)]
    >>> parse_reaction_row("I give this 10 🤣") is None
    True
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
