"""The shapes of lines the boilerplate rules read, without their neighbours: sentence
punctuation in any script, quoted lines, counts and dates alone on a line, reaction rows, term
clouds, short interface-like lines. Pure functions of one line's text."""

from __future__ import annotations

import re
import unicodedata

import emoji

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


def is_headline(text: str) -> bool:
    """A line that could be another article's headline: not long, no sentence punctuation but
    a final question mark."""
    body = text.rstrip().removesuffix("?").removesuffix("？").rstrip()
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
