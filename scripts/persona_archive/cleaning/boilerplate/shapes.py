"""The shapes of lines the boilerplate rules read, without their neighbours: sentence
punctuation in any script, quoted lines, counts and dates alone on a line, reaction rows, term
clouds, short interface-like lines. Pure functions of one line's text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import emoji
import regex

from persona_archive.page import LOST


def row_counts(text: str) -> dict[str, int]:
    """A reaction row's counts by emoji (summed where one emoji appears twice).

    >>> row_counts("👍 3 ❤️ 1 👍 2")
    {'👍': 5, '❤': 1}
    """
    counts: dict[str, int] = {}
    for key, count in parse_reaction_row(text) or []:
        counts[key] = counts.get(key, 0) + count
    return counts


HEADLINE_MAX_WORDS = 16


HEADLINE_MAX_CHARS = 160


# a store's rating under an app's name ("4.6 • 2.1K Ratings", "4,6 • 3,2 B Puan"): kept by the
# boilerplate stage, as the title stage reads it to find the app's name (titles.unusual), and a
# second clean must see it too
STORE_RATING = regex.compile(
    r"^[0-9][.,][0-9]\s*[•·]\s*[0-9][0-9.,]*\s*[\p{L}\p{M}]{0,3}\.?\s*[\p{L}\p{M}\s]{2,30}$"
)


def is_headline(text: str) -> bool:
    """A line that could be another article's headline: not long, no sentence punctuation but
    a final question mark (with its opening one in Spanish, the Arabic and Greek ones).

    >>> is_headline("¿Qué es un documento de carácter?"), is_headline("ما هو الطابع؟")
    (True, True)
    >>> is_headline("Why it matters. A note")
    False
    """
    body = text.strip()
    for mark in ("?", "？", "؟", "\u037e"):
        body = body.removesuffix(mark)
    body = body.removeprefix("¿").strip()
    return _short_non_sentence(text, HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS, body)


def is_name(text: str) -> bool:
    """Two capitalised words and nothing else ("Ravi Menon"): a person's name, not a headline.

    >>> is_name("Ravi Menon"), is_name("Why chatbots apologise")
    (True, False)
    """
    words = text.split()
    return len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words)


BLOCK_MAX_WORDS = 8


BLOCK_MAX_CHARS = 80


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


_BARE_COUNT = re.compile(
    r"(?:[·•∙]\s?)?[+\-−#]?\d(?:[\d\s,.:/|·•∙\-–]*\d)?(?:\s?(?:[kmb]|千|万|萬|тыс\.?))?\+?"
    r"|[·•∙|]+",
    re.I,
)


BARE_COUNT_MAX_CHARS = 32

# a label naming a limit the text sets ("Deadline", "Einsendeschluss", "締切")
_LIMIT_LABEL = (
    r"deadline|due(?: date| by)?|closing date|submissions? close|apply by|register by"
    r"|frist|(?:einsende|anmelde|bewerbungs|melde|annahme)schluss|abgabetermin|date limite"
    r"|échéance|fecha límite|plazo|scadenza"
    r"|termine|prazo|data limite|termin|termijn|uiterste datum|срок(?: подачи)?|крайний срок"
    r"|дедлайн|термін|προθεσμία|son başvuru|締切|締め切り|截止(?:日期)?|마감"
)
_LIMIT_FIELD = re.compile(rf"(?:{_LIMIT_LABEL}) ?[:：] ?\D{{0,24}}\d.*", re.I)


def limit_field(text: str) -> bool:
    """A field of an announcement naming a limit and its date ("Deadline: April 30, 2026",
    "Einsendeschluss: 30. April 2026", "締切：2026年4月30日"): the text's own, which no post's
    furniture prints (its dates say when it was written, edited, printed or begun).

    >>> limit_field("Deadline: April 30, 2026"), limit_field("締切：2026年4月30日")
    (True, True)
    >>> limit_field("Edited: 3 May 2026"), limit_field("Deadline")
    (False, False)
    """
    return bool(_LIMIT_FIELD.fullmatch(" ".join(text.split())))


def is_bare_count(text: str) -> bool:
    """A line that is only a count, a date or time in digits, or a separator: what sites print
    under buttons ("14", "1.2K", "+18", "·", "2024-06-18 09:42"). No letters: it goes only
    next to a removed line (``_spread``), never alone.

    Numbers side by side with only spaces between them ("48 213", "3 7 12") are not one: a
    site prints one count a line, and such a line is someone's answer (a reply that is a sum,
    a score, a list of numbers).

    >>> [is_bare_count(t) for t in ("14", "1.1K", "2024-06-18 09:42", "·", "42 km", "1.")]
    [True, True, True, True, False, False]
    >>> is_bare_count("• 3"), is_bare_count("• 3 cups")  # a comment's votes, a list item
    (True, False)
    >>> is_bare_count("48 213"), is_bare_count("18.06.2024 09:42")
    (False, True)

    A score out of five or ten ("4/5", "10/10", "8,5/10") is a reviewer's verdict, not one:
    >>> is_bare_count("10/10"), is_bare_count("4.5/5"), is_bare_count("12/10")
    (False, False, True)

    Nor is a version number beside a date ("2.3.0 – 2026-02-28"): a changelog's heading.
    >>> is_bare_count("2.3.0 – 2026-02-28"), is_bare_count("28.02.2026 · 1.4")
    (False, False)
    >>> is_bare_count("3.12.2026"), is_bare_count("2026-02-28 09:42")
    (True, True)
    """
    text = text.strip()
    if _release_heading(text):
        return False
    if _SPACED_NUMBERS.search(text) and not _DATE_MARK.search(text):
        return False
    if _LISTED_NUMBERS.search(text) and not _DATE_MARK.search(text):
        return False  # "3, 7, 14": a list someone wrote (a count's comma has no space after it)

    if is_score(text):
        return False
    return len(text) <= BARE_COUNT_MAX_CHARS and _BARE_COUNT.fullmatch(text) is not None


_SPACED_NUMBERS = re.compile(r"\d\s+\d")

# a version number ("2.3.0", "v1.4"; never a date's "18.06.2024") and a full date beside it
_VERSION_NUMBER = re.compile(r"(?<![\d.])v?\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,2}(?![\d.])")
_FULL_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")


def _release_heading(text: str) -> bool:
    """A version number and a date on one line, apart: the heading of a release."""
    dated = _FULL_DATE.sub(" ", text)
    return dated != text and _VERSION_NUMBER.search(dated) is not None


_LISTED_NUMBERS = re.compile(r"\d[,;]\s+\d|\d[，、；;]\s*\d")

# a score out of five or ten: "4/5", "10/10", "8,5/10"
_SCORE = re.compile(r"(\d{1,2}(?:[.,]5)?)\s?/\s?(5|10)")


def is_score(text: str) -> bool:
    """A score out of five or ten ("4/5", "10/10", "8,5/10"): a reviewer's verdict."""
    found = _SCORE.fullmatch(text.strip())
    return found is not None and float(found[1].replace(",", ".")) <= int(found[2])


_DATE_MARK = re.compile(r"[-/:.–]")


# A social poster's handle on a line of its own: "@ana", the fediverse's "@ana@social.example"
# (Mastodon, Misskey), Bluesky's "@ana.bsky.social" or "ana.bsky.social", "ana.eth"
_SOCIAL_HANDLE = re.compile(
    r"@[^\W_][\w.\-]{0,63}(?:@[^\W_][\w\-]*(?:\.[\w\-]+)+)?"
    r"|[^\W_][\w\-]*(?:\.[\w\-]+)*\.(?:bsky\.social|eth)"
)


def social_handle(text: str) -> bool:
    """A line that is only a social poster's handle (read by the social rules and the title
    stage alike).

    >>> [social_handle(t) for t in ("@ana", "@ana@social.example", "ana.bsky.social", "ana")]
    [True, True, True, False]
    """
    return _SOCIAL_HANDLE.fullmatch(text.strip()) is not None


_QUOTE_MARKERS = (">", "＞")


# the copyright sign is evidence (a copyright line), not decoration
KEPT_AT_START = frozenset((*_QUOTE_MARKERS, "©"))


KEPT_AT_END = frozenset("©")


QUOTE_FOLD = str.maketrans({"’": "'", "‘": "'", "＇": "'", "ʼ": "'"})


def is_quoted(text: str) -> bool:
    """A line quoted with ``>`` (e-mail and forum style): someone's words, kept as content.

    >>> is_quoted("> Subscribe"), is_quoted("» Subscribe")
    (True, False)
    """
    return text.lstrip().startswith(_QUOTE_MARKERS)


# Sentence punctuation in any script: Latin/Greek/Cyrillic (.!?… and Greek ";" "·", which NFC
# gives for the Greek question mark and ano teleia), Armenian, Arabic and Urdu, Devanagari
# dandas, Myanmar, Ethiopic, Canadian syllabics, Mongolian, CJK full stops and marks, inverted
# marks, and the dot of upside-down text (˙).
SENTENCE_MARKS = frozenset(".!?…;·։؟۔؛।॥၊။።፧፨᙮᠃᠉‼‽⁇⁈⁉⸮。！？｡︒﹒﹖﹗¡¿˙។៕།༎჻")


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


def cloud_detail(text: str) -> str:
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

    Chat exports (Slack, Discord, GitHub) write reactions as shortcodes: each becomes its emoji,
    and a workspace's own emoji keeps its shortcode as the key.

    >>> parse_reaction_row(":rocket: 3  :+1: 5 :partyparrot: 2")
    [('🚀', 3), ('👍', 5), (':partyparrot:', 2)]
    """
    if _SHORTCODE_ROW.fullmatch(text):
        return [(_shortcode(m[1]), _count_value(m[2])) for m in _SHORTCODE_PAIR.finditer(text)]
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


_SHORTCODE = r":([a-z0-9_+\-]{1,40}):\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[kKmM]|\d+)"
_SHORTCODE_PAIR = re.compile(_SHORTCODE)
_SHORTCODE_ROW = re.compile(rf"\s*(?:{_SHORTCODE}\s*)+")


def _shortcode(name: str) -> str:
    """The emoji a shortcode names (":+1:" is 👍), else the shortcode itself."""
    code = f":{name}:"
    found = emoji.emojize(code, language="alias")
    return "".join(ch for ch in found if ch not in "\ufe0e\ufe0f") if found != code else code


def _count_value(token: str) -> int:
    multiplier = {"k": 1000, "m": 1_000_000}.get(token[-1].lower(), 1)
    number = token[:-1] if multiplier > 1 else token.replace(",", "")
    return round(float(number) * multiplier)


# --------------------------------------------------------------------------- page furniture
# Dates, times, counts and credits as sites print them around the text, in every language: the
# words come from data/page_furniture.yml, the shapes are written once here.

FURNITURE_PATH = Path(__file__).resolve().parents[1] / "data" / "page_furniture.yml"


def furniture_key(text: str) -> str:
    """A line as the furniture shapes compare it: NFKC (full-width digits and colons made
    plain), case folded, the combining marks writers leave out dropped (accents, the Indic
    nukta, Thai tone marks: the data is folded the same way), whitespace collapsed.

    >>> furniture_key("Päivitetty  ２０２５")
    'paivitetty 2025'
    """
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(unicodedata.normalize("NFC", text).split())


def _alt(words) -> str:
    """An alternation of folded words as a trie, so that a long list compiles quickly and a
    longer word wins over its prefix ("mis a jour le" over "mis")."""
    trie: dict = {}
    for word in {furniture_key(w) for w in words if furniture_key(w)}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: what follows is optional, tried first (longest wins)
        return "(?:" + body + ")?"
    return body


# small numbers written as words before a relative time's unit ("an hour ago", "vor einer
# Stunde", "hace un año")
_NUMBER_WORDS = (
    "a", "an", "one", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "einer", "einem",
    "een", "yksi", "satu", "se", "ena", "mia", "один", "одну", "одна", "один", "една", "един",
    "bir", "jeden", "jedna", "egy", "một", "一", "한", "এক", "ஒரு", "एक", "หนึ่ง", "يك", "یک",
)  # fmt: skip

# the half of the day before a time, in the languages that print it there
_BEFORE_TIME = ("오전", "오후", "午前", "午後", "上午", "下午", "凌晨", "晚上", "早上", "中午")

# a day's ordinal ending in Bengali ("১২ই", "১লা") and Tamil ("12ஆம்")
_DAY_SUFFIX = ("ই", "শে", "লা", "রা", "ঠা", "ஆம்", "ம்")

# what follows a year in some languages: "2025 г.", "2025 r.", "২০২৫ সাল", "2568"
_YEAR_SUFFIX = (
    "г", "г.", "года", "гг", "р", "р.", "року", "r", "r.", "roku", "m", "m.", "yılı", "ж", "ж.",
    "সাল", "সালে", "খ্রিস্টাব্দ", "বঙ্গাব্দ", "ई", "ई.", "م", "هـ", "ه.ش", "년", "年",
)  # fmt: skip


@dataclass(frozen=True)
class _Furniture:
    """The composed shapes (see ``furniture``), each matched against a whole folded line."""

    dated: re.Pattern[str]  # a date, its label, its weekday and its time (groups)
    labelled: re.Pattern[str]  # a label and a time or a relative time
    relative: re.Pattern[str]
    reading: re.Pattern[str]
    counter: re.Pattern[str]  # one count with its noun
    field: re.Pattern[str]  # a counter's noun as a key, its count as the value
    credit: re.Pattern[str]
    clock: re.Pattern[str]


def load_page_furniture(path: Path = FURNITURE_PATH) -> _Furniture:
    """Read and validate ``data/page_furniture.yml`` and compose its shapes (a mistake in the
    file is a ``ConfigError`` naming the line)."""
    from persona_archive.cleaning.config import load_yaml  # the package imports shapes first

    data, _lines = load_yaml(Path(path), "page_furniture")
    words: dict[str, list[str]] = {}
    for lang in data["languages"].values():
        for key, values in lang.items():
            words.setdefault(key, []).extend(values)

    def alt(key: str, extra=()) -> str:
        return _alt([*words.get(key, []), *extra])

    count = (
        r"(?:\d{1,3}(?: \d{3})+|\d+(?:[.,٬٫'’]\d+)*)"
        rf"(?: ?{_alt(data.get('multipliers', []))}\.?)?\+?"
    )
    month = alt("months") + r"\.?"
    weekday = alt("weekdays") + r"\.?,?"
    year = rf"(?:(?:พ\.ศ\.|ค\.ศ\.) ?)?(?:\d{{4}}|\d{{2}})(?: ?{_alt(_YEAR_SUFFIX)})?"
    # the day's ordinal ending; the Bengali and Tamil ones folded as the line is ("ஆம்" loses
    # its virama), so that they match
    day = rf"\d{{1,2}}(?:st|nd|rd|th|er|e|º|°|\.|-?{_alt(_DAY_SUFFIX)})?"
    numeric = (
        r"\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?"
        r"|\d{1,2}[-./·]\s?\d{1,2}[-./·]\s?(?:\d{4}|\d{2})\.?"
        r"|(?P<cjk>\d{2,4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?"
        r"|\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]"
        r"|(?:ngay )?\d{1,2}(?: |/)(?:thang|thg) ?\d{1,2},?(?: (?:nam )?\d{4})?)"
    )
    # a month's name with its day before or after it, or its year before (Hungarian): one
    # alternation of the names, which is most of the pattern's size
    named = (
        rf"(?:(?P<dayb>{day}) ?(?:de |ב-?)?|{year}\.? )?(?P<month>{month})"
        rf"(?:,? (?P<daya>{day}))?,?(?: (?:de |del )?{year})?"
    )
    date = rf"(?:{weekday} ?)?(?:{numeric}|{named})(?: ?[(（][^()（）\d]{{1,4}}[)）])?"
    around = alt("time_words", (*data.get("zones", []), *_BEFORE_TIME))
    clock = (
        rf"(?:{around} ?){{0,2}}\d{{1,2}}(?:[:.h]\d{{2}}(?:[:.]\d{{2}})?"
        r"|\s?(?:時|시|gio|uhr|h)(?:\s?\d{1,2}\s?(?:分|분|phut)?)?)"
        rf"(?: ?\(?{around}\)?){{0,3}}(?: ?[+-]\d{{1,2}}(?::?\d{{2}})?)?"
    )
    join = r"(?: ?[,،]? ?(?:[-–—|·•@/] ?)?)"
    label = alt("labels") + r"(?: ?[:：\-–|])?"
    # one pattern for every date line: the groups say what is around the date
    dated = (
        rf"(?P<label>{label} ?)?(?:(?P<before>{clock}){join})?(?P<date>{date})"
        rf"(?:{join}(?P<after>{clock}))?(?: ?(?:(?:को|に|에) )?(?P<label2>{label}))?"
    )
    unit = alt("units")
    number = rf"(?:{count}|{_alt(_NUMBER_WORDS)})"
    before, after = alt("ago_before"), alt("ago_after")
    relative = (
        rf"{before} ?{number} ?{unit}(?: ?{after})?|{number} ?{unit} ?{after}"
        rf"|{unit} ?{count} ?{after}"
    )
    labelled = rf"{label} ?(?:{relative}|{clock})"
    minutes = alt("minutes")
    read = alt("reading")
    reading = (
        rf"{read} ?[:：]? ?{count} ?-? ?{minutes}\.?(?: ?{read})?"
        rf"|{count} ?-? ?{minutes}\.?(?: (?:of |de |di )?)?(?: ?{read})"
    )
    noun = alt("counters")
    counter = rf"{count} ?{noun}|{noun} ?{count}|{noun} ?[(（\[]{count}[)）\]]"
    # "Votes: 3": a key and its value, which is text as often as a post's furniture
    field = rf"{noun} ?[:：] ?{count}"
    credit = (
        rf"[(（\[]?{alt('credits')}(?: ?[:：/|]| by| von| par| por| di| door| av| oleh| dari)"
        r" ?(?P<rest>[^()（）\[\]]{1,60}?)[)）\]]?"
    )

    def full(pattern: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{pattern})", re.I)

    return _Furniture(
        full(dated), full(labelled), full(relative), full(reading),
        full(counter), full(field), full(credit), full(clock),
    )  # fmt: skip


@cache
def page_furniture() -> _Furniture:
    return load_page_furniture()


CREDIT_MAX_WORDS = 6


# a row's separators: a middle dot, bullet or bar, a spaced dash
_FURNITURE_SEPARATOR = re.compile(r"\s*[·•|｜¦]\s*|\s[-–—]\s")


# What a furniture shape proves on a line of its own (``Furniture.evidence``). Only a shape
# that names itself as the site's is chrome wherever it is; the others are also what authors
# write, so they need chrome beside them (``boilerplate.rows``):
ALONE = "alone"  # labelled: "Published: …", "5 minutes ago", "4 min read", "12 comments", a row
NEAR = "near"  # a date ("12 March 2025", "2025-03-12 10:30"): next to removed chrome
AMONG = "among"  # a key and its count ("Votes: 3"): between removed chrome, above and below
PART = "part"  # a month and its year, a time of day: only as a part of a row of furniture


@dataclass(frozen=True)
class Furniture:
    """A line's furniture shape: its kind of chrome, what it is, and its evidence."""

    kind: str
    what: str
    evidence: str


def furniture_shape(text: str) -> Furniture | None:
    """The furniture shape a whole line has, whatever it proves (see ``ALONE``...), or None.
    A row of parts between separators ("12 March 2025 · 4 min read · 31 comments") proves
    itself when one of its parts is not a date or a time; a date and its time between
    separators are a date line (``NEAR``), more dates a list of them (None).

    >>> furniture_shape("Votes: 3 · Answers: 2").evidence, furniture_shape("Votes: 3").evidence
    ('alone', 'among')
    >>> furniture_shape("März 2025").evidence, furniture_shape("3. März 2025").evidence
    ('part', 'near')
    """
    if is_quoted(text) or "\ufffd" in text:
        return None
    key = furniture_key(text)
    if not key or len(key) > 160 or (not _DIGIT.search(key) and not _credit(key)):
        return None
    one = _one_furniture(key)
    if one is not None:
        return one
    parts = [p for p in _FURNITURE_SEPARATOR.split(key) if p]
    if len(parts) < 2:
        return None
    found = [_one_furniture(part) for part in parts]
    if any(f is None for f in found):
        return None
    if all(f.kind == "timestamp" and f.evidence != ALONE for f in found):
        days = [f for f in found if f.evidence == NEAR]
        if len(found) == 2 and len(days) == 1 and any(f.what == "a time" for f in found):
            return Furniture("timestamp", "a date and its time", NEAR)
        return None  # dates one after another: a list of them, or a heading's
    if all(f.kind == "counter" for f in found):
        return Furniture("counter", "a row of counts", ALONE)
    return Furniture("post-meta", "a row of a post's date and counts", ALONE)


def furniture(text: str) -> tuple[str, str] | None:
    """The page furniture a whole line is on its own evidence, as (kind, what), or None: a
    labelled date, a relative time, a reading time, counts with their nouns, a photo credit,
    and rows of furniture ("12 March 2025 · 4 min read · 31 comments"). A date alone ("12
    March 2025", "2025-03-12 10:30") is not one: a letter's or a diary's date has that shape
    (see ``furniture_date``), nor a key and its count ("Votes: 3", ``furniture_field``), nor a
    line with anything else on it.

    >>> furniture("প্রকাশ: ১২ মার্চ ২০২৫, ১০:৩০"), furniture("3 நிமிடங்களுக்கு முன்")
    (('timestamp', 'a labelled date'), ('timestamp', 'a relative time'))
    >>> furniture("Lukuaika 3 min"), furniture("조회 4,213 · 추천 57")
    (('counter', 'a reading time'), ('counter', 'a row of counts'))
    >>> furniture("Kuva: Matti Virtanen"), furniture("১২ মার্চ ২০২৫"), furniture("Votes: 3")
    (('post-meta', 'a photo credit'), None, None)
    >>> [furniture(t) for t in ("We met on 12 March 2025 at 10:30.", "3 eggs", "2025")]
    [None, None, None]
    """
    found = furniture_shape(text)
    if found is None or found.evidence != ALONE:
        return None
    return found.kind, found.what


def furniture_date(text: str) -> bool:
    """A date alone on a line, unlabelled: with its day, in digits or with its month's name,
    with its time of day or not ("2025-01-18", "ti 4.3.2025 klo 8.15", "১২ মার্চ ২০২৫"). It
    goes only next to removed chrome, or under posts' authors (``boilerplate.rows``): alone
    it can be a letter's date or a line of a diary. A month and its year ("März 2025") is
    not one: a diary's or an archive's heading.

    >>> [furniture_date(t) for t in ("2025-01-18", "ti 4.3.2025", "১২ মার্চ ২০২৫", "2025")]
    [True, True, True, False]
    >>> [furniture_date(t) for t in ("Březen 2025", "Published: 12 March 2025", "12 apples")]
    [False, False, False]
    """
    found = furniture_shape(text)
    return found is not None and found.kind == "timestamp" and found.evidence == NEAR


def furniture_field(text: str) -> bool:
    """A counter's noun as a key and its count ("Votes: 3", "Beiträge: 1.532", "回答数：3"):
    a post's furniture between other removed chrome, the author's text elsewhere.

    >>> furniture_field("Votes: 3"), furniture_field("3 votes"), furniture_field("Score: 3")
    (True, False, False)
    """
    found = furniture_shape(text)
    return found is not None and found.evidence == AMONG


# a noun, then a bare number: the count a tab prints ("Comments 214"), or a heading's number
_NOUN_THEN_NUMBER = re.compile(r"[^\d()]+\s\d[\d.,]*")


def _one_furniture(key: str) -> Furniture | None:
    """The shape of one folded part of a line (the whole line, or a part of a row)."""
    shapes = page_furniture()
    dated = shapes.dated.fullmatch(key)
    if dated is not None and _DIGIT.search(key):
        if dated["label"] or dated["label2"]:
            return Furniture("timestamp", "a labelled date", ALONE)
        if dated["month"] and not (dated["dayb"] or dated["daya"]):
            if dated["before"] or dated["after"]:
                return None  # "März 2025 10:30": no day to go with the time
            return Furniture("timestamp", "a month and its year", PART)
        if dated["before"] or dated["after"]:
            return Furniture("timestamp", "a date with its time of day", NEAR)
        if dated["month"] or dated["cjk"]:
            return Furniture("timestamp", "a date with its month's name", NEAR)
        return Furniture("timestamp", "a date in digits", NEAR)
    if shapes.labelled.fullmatch(key):
        return Furniture("timestamp", "a labelled date", ALONE)
    if shapes.relative.fullmatch(key):
        return Furniture("timestamp", "a relative time", ALONE)
    if shapes.reading.fullmatch(key):
        return Furniture("counter", "a reading time", ALONE)
    if shapes.counter.fullmatch(key):
        if _NOUN_THEN_NUMBER.fullmatch(key):  # "Reviews 3": a section's heading as well
            return Furniture("counter", "a count after its noun", NEAR)
        return Furniture("counter", "a count with its noun", ALONE)
    if shapes.field.fullmatch(key):
        return Furniture("counter", "a count after its noun as a key", AMONG)
    if _credit(key):
        return Furniture("post-meta", "a photo credit", ALONE)
    if shapes.clock.fullmatch(key) and _DIGIT.search(key):
        return Furniture("timestamp", "a time", PART)
    return None


# a dot between word characters (letters with their marks: an Indic vowel sign or virama is
# part of its word, though ``str.isalnum`` says no), not a sentence's end
_INNER_DOT = regex.compile(r"(?<=[\p{L}\p{M}\p{N}])[.](?=[\p{L}\p{M}\p{N}])")


def _credit(key: str) -> bool:
    """A photo credit: its label and a short name or source, no sentence in it
    ("Foto: dpa/Anna Berg", "(Photo: Reuters)", "Photo by Jo Lee on Unsplash")."""
    match = page_furniture().credit.fullmatch(key)
    if match is None:
        return False
    rest = match.group("rest").strip()
    words = rest.split()
    inside = _INNER_DOT.sub("", rest)  # "example.com", "A.P."
    return (
        0 < len(words) <= CREDIT_MAX_WORDS
        and any(ch.isalpha() for ch in rest)
        and not sentence_marks(inside.rstrip("."))
        and not rest.endswith((":", "："))
    )
