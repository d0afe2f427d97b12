"""The multilingual interface strings (``data/interface_strings.yml``): loading and
validating them, folding a line the way they are compared (``interface_key``), and telling
whether a whole line is one of them or a row of them (``match_interface``, ``menu_row``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from persona_archive.cleaning.boilerplate.shapes import (
    KEPT_AT_END,
    KEPT_AT_START,
    QUOTE_FOLD,
    is_headline,
    is_quoted,
    sentence_marks,
)
from persona_archive.cleaning.config import key_path_text, load_yaml
from persona_archive.cleaning.regexset import RegexSet
from persona_archive.errors import ConfigError

INTERFACE_PATH = Path(__file__).resolve().parents[1] / "data" / "interface_strings.yml"


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


# an "edge" notice (a cookie banner, a licence or copyright sentence) goes next to a line
# removed as chrome of any kind: an interface line's kind, or "" for a line another rule
# removed (a profile's, a reaction row)
EDGE_NEAR = frozenset(
    {
        "", "skip-link", "navigation", "account", "sharing", "post-actions", "comments",
        "counter", "voting", "consent", "legal", "newsletter", "sponsor", "ad-marker", "tabs",
        "status", "post-meta", "hosting-banner", "tracking-pixel", "timestamp", "related",
        "contact", "block", "edge",
    }
)  # fmt: skip


@dataclass(frozen=True)
class InterfaceStrings:
    """The loaded list: exact lines by folded key, the regexes (in order: the first that matches
    a line is its entry), and every word the entries spell out (a row whose words are not all
    among them is no row)."""

    exact: dict[str, InterfaceEntry]
    regexes: tuple[tuple[re.Pattern[str], InterfaceEntry], ...]
    vocabulary: frozenset[str] = frozenset()
    combined: RegexSet = field(init=False, repr=False)

    _found: dict[str, InterfaceEntry | None] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        # which regex a line is: only those that can start with its first character are tried
        combined = RegexSet((regex.pattern for regex, _ in self.regexes), re.I)
        object.__setattr__(self, "combined", combined)

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
        index = self.combined.first(key)
        entry = self.regexes[index][1] if index is not None else None
        if entry is None:
            entry = self._labelled(key)
        if len(self._found) < _LOOKUP_CACHE:
            self._found[key] = entry
        return entry

    def _labelled(self, key: str) -> InterfaceEntry | None:
        """A label of the list written with a colon after it ("Read also:", "Citește și:",
        "Lire aussi :"): the entry without it, for the kinds that label a list below them;
        also with the one headline it links to after the colon ("Lee también: El pleno
        decidirá…", ``_LINK_SEPARATOR``). Other colon forms are written out in the list
        ("Search:" may be a key in a sample).
        """
        bare = key.rstrip(":：").rstrip()
        if bare == key:
            colon = _LINK_SEPARATOR.search(key)
            if colon is None or not is_headline(key[colon.end() :]):
                return None
            bare = key[: colon.start()].rstrip()
        if not bare:
            return None
        entry = self.exact.get(bare)
        if entry is None:
            index = self.combined.first(bare)
            entry = self.regexes[index][1] if index is not None else None
        return entry if entry is not None and entry.kind in _LABEL_KINDS else None


# the kinds whose entries label a list under them, with or without a colon
_LABEL_KINDS = frozenset({"related"})


# the first colon with a space after it, that parts a label from the headline it links to
# ("Read also: The council will decide", "اقرأ أيضا: …")
_LINK_SEPARATOR = re.compile(r"[:：]\s+")


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
        if context == "edge":
            near = EDGE_NEAR
        if not group.get("texts") and not group.get("regexes"):
            raise ConfigError(
                path, lines.get(("groups", g)), f"groups[{g}]: needs 'texts' or 'regexes'"
            )
        for i, text in enumerate(group.get("texts", [])):
            where = ("groups", g, "texts", i)
            key = interface_key(text)
            if not has_letter(key):
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
    folded = _strip_marks(unicodedata.normalize("NFC", expanded).translate(QUOTE_FOLD))
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


def _is_decoration(ch: str) -> bool:
    return (
        ch.isspace()
        or ch in _EDGE_PUNCTUATION
        or unicodedata.category(ch) in _DECORATION_CATEGORIES
    )


def _strip_edges(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_decoration(text[start]) and text[start] not in KEPT_AT_START:
        start += 1
    while (
        end > start
        and _is_decoration(text[end - 1])
        and text[end - 1] not in KEPT_AT_END
        and not _on_a_letter(text, end - 1)
    ):
        end -= 1
    return text[start:end]


def _on_a_letter(text: str, i: int) -> bool:
    """Whether the character at ``i`` is a mark of the letter before it (a vowel sign, as in
    "करें"), not decoration of its own (an emoji's variation selector, a keycap).

    >>> _on_a_letter("करें", 3), _on_a_letter("Share ❤\ufe0f", 7)
    (True, False)
    """
    if unicodedata.category(text[i]) not in ("Mn", "Me"):
        return False
    j = i - 1
    while j >= 0 and unicodedata.category(text[j]) in ("Mn", "Mc", "Me"):
        j -= 1
    return j >= 0 and unicodedata.category(text[j]).startswith("L")


# zero-width (non-)joiners: invisible, and typed or not at will ("برچسب‌ها" and "برچسبها",
# "टिप्‍पणियां" with a joiner a CMS added): not compared
_JOINERS = str.maketrans("", "", "\u200c\u200d")


def _strip_marks(text: str) -> str:
    """Without the combining marks a writer may type or leave out (accents on Latin, Greek and
    Cyrillic letters, Hebrew and Arabic vowel points, the Indic nukta) and zero-width joiners,
    recomposed: what folding compares. The marks that make another word stay: Indic and
    Southeast Asian vowel signs and viramas ("ਖੋਜ" is not "ਖੋਜੋ"), the kana voicing marks
    ("バス" is not "ハス").

    >>> _strip_marks("برچسب\u200cها") == _strip_marks("برچسبها"), _strip_marks("Ещё Café")
    (True, 'Еще Cafe')
    >>> _strip_marks("ਖੋਜ") == _strip_marks("ਖੋਜੋ"), _strip_marks("バス") == _strip_marks("ハス")
    (False, False)
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_JOINERS))
    kept, base = [], " "
    for ch in decomposed:
        if unicodedata.category(ch) != "Mn":
            base = ch
        elif _optional_mark(base, ch):
            continue
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


_NUKTA = 7  # canonical combining class of the Indic nukta (ज़ = ज + ़), often left out


def _optional_mark(base: str, mark: str) -> bool:
    """Whether ``mark`` on ``base`` is one writers add or leave out at will: any mark on a
    letter of the alphabets below U+0800 (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
    Syriac, Thaana) or of Latin and Greek's extended blocks, and the nukta."""
    code = ord(base)
    return code < 0x800 or 0x1E00 <= code <= 0x1FFF or unicodedata.combining(mark) == _NUKTA


@lru_cache(maxsize=65_536)  # the context rules ask again for the same lines
def interface_key(text: str) -> str:
    """A line as the interface list compares it: NFC, whitespace collapsed, decoration at the
    ends removed, case folded, combining marks dropped, curly apostrophes made straight.

    >>> interface_key("  →  Share   this:")
    'share this:'
    >>> interface_key("ΑΡΧΙΚΗ") == interface_key("Αρχική"), interface_key("> Reply")
    (True, '> reply')
    """
    text = " ".join(unicodedata.normalize("NFC", text).translate(QUOTE_FOLD).split())
    return _strip_marks(_strip_edges(text).casefold())


# post labels the structure stage reads ("Reply" under a post ends it): never removed alone
# (folded as lines are: Thai vowel signs are combining marks, so "ตอบกลับ" is compared as "ตอบกลบ")
POST_LABELS = frozenset(
    interface_key(label)
    for label in (
        "reply", "comment", "post", "antworten", "kommentar", "répondre", "responder",
        "comentar", "ответить", "απάντηση", "σχόλιο", "回复", "回覆", "ตอบกลับ",
    )
)  # fmt: skip


def has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# A row: interface strings on one line, between separators or spaces.
_ROW_SEPARATOR = re.compile(r"[·•|/‧∙⋅・｜／¦]|\s[-–—]\s")


_LINE_MAX_CHARS = 600


_ROW_MAX_CHARS = 240


_ROW_MAX_TOKENS = 16


_SEGMENT_MAX_TOKENS = 6


# a hashtag alone ("#lecture", "#Kaffee"): the poster's word, never a button ("Lecture")
_HASHTAG = re.compile(r"#[^\W\d_]\w*")


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
    >>> match_interface("Lecture").rule, match_interface("#lecture")  # a button, a hashtag
    ('interface:post-actions', None)
    """
    strings = strings if strings is not None else repo_interface_strings()
    if is_quoted(text) or _HASHTAG.fullmatch(text.strip()):
        return None
    if len(text) > _LINE_MAX_CHARS:
        return None  # longer than any banner: prose
    key = interface_key(text)
    if not has_letter(key) or not has_letter(text):  # casefold makes a letter of U+0345
        return None
    entry = strings.lookup(key)
    if entry is not None:
        return None if entry.context == "row" else InterfaceMatch((entry,), (key,), entry.context)
    if len(key) > _ROW_MAX_CHARS or not _known_words(key, strings):
        return None
    entries: list[tuple[str, InterfaceEntry]] = []
    for part in _ROW_SEPARATOR.split(key):
        tokens = part.split()
        if len(entries) + len(tokens) > _ROW_MAX_TOKENS:
            return None
        run: list[str] = []
        for token in [*tokens, ""]:
            if has_letter(token) or any(ch.isdigit() for ch in token):
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
    if (
        len(entries) < 3
        and all(e.context == "run" for _, e in entries)
        and not all(_key_and_count(p, e) for p, e in entries)
    ):
        return None
    return InterfaceMatch(tuple(e for _, e in entries), tuple(p for p, _ in entries), "line")


def _known_words(key: str, strings: InterfaceStrings) -> bool:
    """Whether each part of a row is spelled with the list's words, or is an entry whole: a
    regex spells a month as "grud(?:nia|zień)", so "grudnia" is in no word of the list.

    >>> _known_words("komunikat prasowy | 3 grudnia 2026", repo_interface_strings())
    True
    """
    for part in _ROW_SEPARATOR.split(key):
        words = _WORD.findall(part)
        if not strings.vocabulary.issuperset(words) and strings.lookup(part.strip()) is None:
            return False
    return True


# the kinds whose patterns are a key and its number ("评论：3", "Messages : 12", "Votes 3")
_COUNT_KINDS = frozenset({"counter", "post-meta", "voting"})


def _key_and_count(part: str, entry: InterfaceEntry) -> bool:
    """Whether a row's part is a counter's key with its number ("评论：3"): alone such a line
    may be the text's ("Votes: 3" in a list of results), but two of them side by side in a row
    ("评论：3 · 回复：2") are a post's counters, evidence on their own.

    >>> [match_interface(t).context for t in ("评论：3 · 回复：2", "评论：3")]
    ['line', 'run']
    """
    return entry.is_regex and entry.kind in _COUNT_KINDS and any(ch.isdigit() for ch in part)


_MENU_SEPARATOR = re.compile(r"\s+[|·•‧∙⋅・｜¦]\s+")


MENU_ROW_MIN_ITEMS = 4


MENU_ITEM_MAX_WORDS = 3


def menu_row(text: str, strings: InterfaceStrings | None = None) -> str | None:
    """A site's menu printed on one line: four items or more between spaced bars or dots, each a
    word or three without sentence punctuation, at least half of them interface strings (the
    site's own names for its pages are the rest: "new | past | ask | show | jobs"; the first
    item may carry the site's name before its menu word). A table's row of names and figures
    has no such half. Returns the detail for the change, or None.

    >>> menu_row("new | past | comments | ask | show | jobs | submit")
    'a menu row: 4 of its 7 items are interface strings'
    >>> menu_row("Hacker News new | past | comments | ask | show | jobs | submit")
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
            not has_letter(item)
            or len(key.split()) > MENU_ITEM_MAX_WORDS
            or sentence_marks(item)
            or "," in item
        ):
            return None
        found = strings.lookup(key)
        if found is None and item is items[0] and len(key.split()) > 1:
            # the site's name printed before its first menu word ("Hacker News new | past | …")
            found = strings.lookup(key.split()[-1])
        known += found is not None
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
