"""Site profiles (``profiles.yml`` at the top of the repo, validated against
``schemas/profiles.schema.json``): which profile a source matches (catalog site, URL, signature
lines) and the lines it drops."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from persona_archive import paths
from persona_archive.cleaning.boilerplate.shapes import (
    PROFILE_CLOUD_MARKS,
    PROFILE_CLOUD_ORDER,
    is_term_cloud,
)
from persona_archive.cleaning.config import key_path_text, load_yaml
from persona_archive.cleaning.model import Line
from persona_archive.errors import ConfigError

PROFILES_PATH = paths.PROFILES


SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / "profiles.schema.json"


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


@cache
def repo_profiles() -> list[Profile]:
    return load_profiles(PROFILES_PATH)


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
