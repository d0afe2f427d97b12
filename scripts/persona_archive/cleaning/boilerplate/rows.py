"""Chrome told by its shape in any language, for sites the interface list does not know: a row
of sharing targets, a copyright line, a pager, a row of counters, a date line, post furniture
printed the same way under every post, and the short lines left inside a page's footer.

Each shape is evidence of a different strength. A row of sharing targets and a short copyright
line are chrome wherever they are (``line_rule``). The weaker shapes go only next to a line
already removed as chrome, or when the page prints them again and again as its template does
(``row_rules``, run with the other context rules to a fixpoint): a line of numbers and a few
words can be someone's answer ("3 eggs 200 g flour 1 pinch salt"), and a date can be a diary's
heading, so on their own they stay.

Page furniture made of numbers and dates (``shapes.furniture_shape``, words in
``data/page_furniture.yml``) goes on its evidence, in every language. Labelled furniture is
chrome on its own: a labelled date ("Published: …"), a relative time, a reading time, counts
with their nouns, a photo credit, a row of furniture parts. A date alone, in digits or with
its month's name, goes only next to removed chrome or under posts' authors: it can be a
letter's date or a line of the author's. A key and its count ("Votes: 3") goes only between
removed chrome. A month and its year ("März 2025") stays: a diary's or an archive's heading.
"""

from __future__ import annotations

import itertools
import re

import regex

from persona_archive.cleaning.boilerplate.articles import in_a_list
from persona_archive.cleaning.boilerplate.interface import (
    _UNSPACED,
    _WORD,
    has_letter,
    interface_key,
    repo_interface_strings,
)
from persona_archive.cleaning.boilerplate.shapes import (
    ALONE,
    NEAR,
    furniture,
    furniture_date,
    furniture_field,
    furniture_shape,
    is_bare_count,
    is_quoted,
    limit_field,
    sentence_marks,
)
from persona_archive.cleaning.model import Line

# sharing and following targets as sites print them in a row ("Share: Facebook X LinkedIn
# Email"), folded; brand names are the same in every language, the few transliterated ones
# are written in their scripts
PLATFORMS = frozenset(
    interface_key(name)
    for name in (
        "Facebook", "X", "Twitter", "LinkedIn", "Reddit", "WhatsApp", "Telegram", "Instagram",
        "YouTube", "Pinterest", "Tumblr", "Pocket", "Bluesky", "Mastodon", "Threads", "TikTok",
        "VK", "VKontakte", "OK", "Odnoklassniki", "Weibo", "WeChat", "QQ", "LINE", "Zalo",
        "Viber", "Xing", "Flipboard", "Messenger", "Email", "E-mail", "E-post", "E-posta",
        "Mail", "RSS", "Hatena", "はてなブックマーク", "微博", "微信", "QQ空间", "カカオトーク",
        "카카오톡", "카카오스토리", "페이스북", "트위터", "تلگرام", "لینکدین", "توییتر",
        "فیسبوک", "واتساپ", "اینستاگرام", "تويتر", "فيسبوك", "واتساب", "تيليجرام",
        "لينكدإن", "פייסבוק", "וואטסאפ", "טוויטר", "טלגרם", "Фейсбук", "Телеграм",
        "ВКонтакте", "Имейл", "Връзка", "Копировать ссылку",
        "फेसबुक", "एक्स", "ट्विटर", "यूट्यूब", "इंस्टाग्राम", "व्हाट्सऐप", "व्हाट्सएप", "टेलीग्राम",
        "ফেসবুক", "হোয়াটসঅ্যাপ", "ইউটিউব", "টুইটার", "ইনস্টাগ্রাম", "یوتیوب", "يوتيوب",
        "إنستغرام", "تيليغرام", "יוטיוב", "אינסטגרם", "Ютуб", "Твиттер", "Одноклассники",
        "Телеграмм", "Вайбер", "Φέισμπουκ", "เฟซบุ๊ก", "ไลน์", "ยูทูบ", "フェイスブック",
        "ツイッター", "ライン", "ユーチューブ", "유튜브", "인스타그램",
    )
)  # fmt: skip


PLATFORM_ROW_MIN = 2


PLATFORM_LABEL_MAX_WORDS = 3


_ROW_TOKEN = re.compile(r"[^\s,;|·•/]+")


def platform_row(text: str) -> str | None:
    """A row of sharing or following targets, after a label of up to three words in any
    language ("Dela: Facebook X LinkedIn E-post", "Κοινοποίηση: Facebook X"): two targets or
    more, nothing after them but more targets. Returns the detail, or None.

    >>> platform_row("Споделяне: Facebook X Reddit WhatsApp Имейл")
    'a row of 5 sharing targets after a label of 1 word'
    >>> [platform_row(t) for t in ("I left Facebook and X.", "Facebook", "X Twitter history")]
    [None, None, None]
    """
    if is_quoted(text) or "?" in text or "!" in text:
        return None
    chunks = [m for m in _ROW_TOKEN.finditer(text) if interface_key(m.group()).rstrip(":：")]
    tokens = [interface_key(m.group()).rstrip(":：") for m in chunks]
    first = next((i for i, t in enumerate(tokens) if t in PLATFORMS), len(tokens))
    label, targets = tokens[:first], tokens[first:]
    if len(targets) < PLATFORM_ROW_MIN or not all(t in PLATFORMS for t in targets):
        return None
    # a label with a sentence mark, separators aside ("A… A A ツイッター", "A; A ツイッター"): prose
    written = text[: chunks[first].start()].rstrip(" ,;|·•/:：") if label else ""
    if len(label) > PLATFORM_LABEL_MAX_WORDS or (
        label and ("." in text or sentence_marks(written))
    ):
        return None
    words = "word" if len(label) == 1 else "words"
    return f"a row of {len(targets)} sharing targets after a label of {len(label)} {words}"


COPYRIGHT_MAX_WORDS = 14


# a "©" as a notice writes it: at the start of a word, a year, a name or the line's end after
# it (inside a word it is a piece of mojibake: "Ã©")
_COPYRIGHT = re.compile(
    r"(?:^|(?<=[\s(]))©(?=\s|\d|[^\W\d_]|$)|\(c\)\s?\d{4}|copyright\s?\d{4}", re.I
)


_YEAR_AFTER = re.compile(r"(?:©|\(c\)|copyright)\s?(?:©\s?)?(?:\d{4}(?:\s?[-–]\s?\d{4})?)", re.I)


def copyright_line(text: str) -> str | None:
    """A short line that holds a copyright notice in any language, also inside a row of footer
    links ("iletişim kurallar gizlilik © 2026 example sözlük"): a "©" with a year, or one
    followed by at most five words to the end; at most ``COPYRIGHT_MAX_WORDS`` words, no
    question or exclamation. A sentence about the sign ("The © sign was added by law.") has
    more than that after it.

    >>> copyright_line("Acerca de Contacto Privacidad © 2026 Opiniones Example")
    'a copyright notice (©)'
    >>> copyright_line("The © sign was added to the cover by the printer in the end.") is None
    True
    """
    if is_quoted(text) or "?" in text or "!" in text or not has_letter(text):
        return None  # "© 2024" alone has no letter: a line without one is never chrome
    words = text.split()
    notice = _COPYRIGHT.search(text)
    if len(words) > COPYRIGHT_MAX_WORDS or notice is None or "\ufffd" in text:
        return None
    if _YEAR_AFTER.search(text) or len(text[notice.end() :].split()) <= 5:
        return "a copyright notice (©)"
    return None


def _marks(text: str) -> int:
    """Sentence marks outside numbers ("1.9K", "18:30"), a middle dot between spaces left out:
    a row's separator ("12 views · 3 comments"), though NFC makes the Greek ano teleia the
    same character."""
    words = [t for t in re.sub(r"\s[·•]\s", " ", text).split() if not _NUMBER_TOKEN.fullmatch(t)]
    return sentence_marks(" ".join(words))


_META_SEPARATOR = re.compile(r"\s[·•|]\s")


META_ROW_MAX_SEGMENTS = 6


def meta_row(text: str) -> str | None:
    """A row of a post's dates and counters between separators ("58 min · Released 2 March
    2026", "۵ دقیقه مطالعه · ۱۲ اسفند ۱۴۰۴"): two to six segments, each a date line or a row
    of counters. "strong" when one of them is a date (a post's meta line), "weak" when all are
    counters (an ingredient row "3 eggs · 200 g flour" has that shape too: it goes only next
    to chrome). None if not.

    >>> meta_row("1 412 prečítaní · 6 diskusných príspevkov"), meta_row("3 eggs · 200 g flour")
    ('weak', 'weak')
    >>> meta_row("58 min · Released 2 March 2026"), meta_row("Ana · she wrote it in 2026")
    ('strong', None)
    """
    if is_quoted(text):
        return None
    segments = [seg.strip() for seg in _META_SEPARATOR.split(text.strip())]
    if not 2 <= len(segments) <= META_ROW_MAX_SEGMENTS:
        return None
    dates = [is_date_line(seg) for seg in segments]
    pairs = zip(dates, segments, strict=True)
    if not all(date or counter_skeleton(seg) is not None for date, seg in pairs):
        return None
    return "strong" if any(dates) else "weak"


def line_rule(text: str) -> tuple[str, str] | None:
    """A shape that is chrome on its own: (rule, detail), or None."""
    detail = platform_row(text)
    if detail is not None:
        return "interface:sharing", detail
    if hashtag_row(text):
        return "interface:post-meta", "a row of hashtags: a post's tags"
    if meta_row(text) == "strong":
        return "interface:post-meta", "a row of a post's date and counters"
    detail = copyright_line(text)
    if detail is not None:
        return "interface:legal", detail
    if view_counter(text):
        return "interface:counter", "a view counter: the eye glyph and a count"
    if star_rating(text) and (has_letter(text) or _DIGIT.search(text)):
        return "interface:voting", "a rating in stars with its score or label"
    found = furniture(text)
    if found is not None:
        return f"interface:{found[0]}", f"page furniture: {found[1]} (page_furniture.yml)"
    return None


_DIGIT = re.compile(r"\d")


# a rating drawn in stars, with its score after it at most: "★★★★☆", "★★★½", "★★★★★ (12)",
# "Rating: ★★★★☆ 4/5", "★★★★★ (12 votes)"
_STAR_RATING = re.compile(
    r"(?:[^\W\d_][^\s\d:：]{1,19}(?: [^\s\d:：]{2,20})?[:：]\s?)?([★☆✩✭⭐]{1,5}½?)"
    r"(?:\s?(?:\d(?:[.,]\d)?\s?/\s?(?:5|10)|[(（]\d[\d,.]*(?:\s?[^\s\d()（）]{1,12}){0,2}[)）]))?"
)


def star_rating(text: str) -> bool:
    """A rating in stars: five of them, empty and full, or a half, or fewer with their score.
    Three full stars alone are a scene break in a story: they stay. With its score or a label
    it is chrome alone (``line_rule``); stars alone, a line of symbols, go only next to chrome.

    >>> [star_rating(t) for t in ("★★★★☆", "★★★½", "★★★★★ (12)", "★★★", "★ for effort")]
    [True, True, True, False, False]
    """
    match = _STAR_RATING.fullmatch(text.strip())
    if match is None:
        return False
    stars = match.group(1)
    scored = match.end(1) < len(text.strip())
    return len(stars) == 5 or "☆" in stars or "½" in stars or "✩" in stars or scored


# the eye a channel or a blog prints before a post's views ("👁 3,1K 09:14", "👁️ 2 418"),
# with the post's time after it at most; the pair of eyes (👀) is a reaction and stays one
_VIEW_COUNTER = re.compile(
    r"(?:\U0001f441\ufe0f?(?:\u200d\U0001f5e8\ufe0f?)?)\s?\d[\d\s,.]{0,9}[kmкмтыс.]{0,4}"
    r"(?:\s\d{1,2}:\d{2})?",
    re.I,
)


def view_counter(text: str) -> bool:
    """A post's views after the eye glyph, and its time at most: a channel's furniture.

    >>> view_counter("👁 3,1K 09:14"), view_counter("👁 2 418"), view_counter("👁 I saw it")
    (True, True, False)
    """
    return _VIEW_COUNTER.fullmatch(text.strip()) is not None


# --------------------------------------------------------------------------- weaker shapes

_PAGER_ARROWS = frozenset("«»‹›<>→←…")


def pager(text: str) -> str | None:
    """A pager in any language: page numbers counting up from 1 ("1 2 3", "[1] 2", "1 2 3 …
    48") with at most four words around them ("Sayfa:", "Next »", "Lihat Semua"). "strong"
    when it has an arrow or an ellipsis, or a label with a colon before the numbers (it is
    chrome on its own); "weak" for numbers alone or with a word or two, which go only next to
    chrome (a reply "1 2 3" is a count). None if not.

    >>> [pager(t) for t in ("1 2 3 »", "Oldal: 1 2 3", "1 2 3", "1 2 apples", "2 3 4")]
    ['strong', 'strong', 'weak', 'weak', None]
    >>> pager("1 2 3 ... 7 »"), pager("1 2 3... and so on.")
    ('strong', None)
    """
    if is_quoted(text) or _marks(text.replace("…", "").replace("...", "")):
        return None  # an ellipsis between the pages is no sentence ("1 2 3 ... 7 »")
    tokens = text.replace("[", " ").replace("]", " ").split()
    numbers = [t for t in tokens if t.isdigit()]
    others = [t for t in tokens if not t.isdigit()]
    if len(numbers) < 2 or numbers[:2] != ["1", "2"]:
        return None
    run = 0
    for expected, token in enumerate(numbers, start=1):
        if token != str(expected):
            break
        run += 1
    if run < 2 or len(numbers) - run > 1:  # "1 2 3 … 48": the last page after the run
        return None
    arrows = any(ch in _PAGER_ARROWS for t in others for ch in t) or "..." in text
    words = [t for t in others if has_letter(t)]
    if len(words) > 4:
        return None
    if arrows:
        return "strong"
    first_number = next(i for i, t in enumerate(tokens) if t.isdigit())
    label = [t for t in tokens[:first_number] if has_letter(t)]
    if label and label == words and label[-1].endswith((":", "：")):
        return "strong"  # "Oldal: 1 2 3"
    return "weak" if len(words) <= 2 else None


COUNTER_ROW_MAX_TOKENS = 14


COUNTER_WORDS_MAX_RUN = 3


_NUMBER_TOKEN = re.compile(
    r"[(\[（]?[+\-−]?\d[\d,.:/\-–٬٫]*(?:[kmb]|千|万|萬|тыс\.?|млн)?[)\]）]?%?", re.I
)


def counter_skeleton(text: str) -> str | None:
    """A row of counters, times and labels ("412 photos 19 videos", "1.9K views 10:14",
    "Comentarii (2)", "3-8 17:05 回复 赞 21"): numbers with at most three words between them,
    no sentence punctuation, starting with a number or ending with a count in brackets (a row
    that starts with a word and gives a time is a post's author and date: the structure stage
    reads it). Returns the row with its numbers as "#" (the template it was printed from), or
    None.

    >>> counter_skeleton("4 Antworten · 11 Likes · 320 Aufrufe")
    '# antworten · # likes · # aufrufe'
    >>> [counter_skeleton(t) for t in ("It cost 4 euros.", "2026", "2:40 so it goes")]
    [None, None, None]
    >>> [counter_skeleton(t) for t in ("Priya Raman 10:42 AM", "Jana (00:00:12)")]
    [None, None]
    """
    if is_quoted(text) or _marks(text) or not has_letter(text):
        return None
    tokens = text.split()
    if len(tokens) > COUNTER_ROW_MAX_TOKENS:
        return None
    out, numbers, words = [], 0, 0
    for token in tokens:
        if _NUMBER_TOKEN.fullmatch(token):
            out.append("#")
            numbers += 1
            words = 0
            continue
        if has_letter(token):
            words += 1
            if words > COUNTER_WORDS_MAX_RUN:
                return None
        out.append(interface_key(token) or token)
    if numbers == 0 or len(out) < 2 or _IP_ADDRESS.search(text):
        return None  # an address signs an anonymous post: "203.0.113.54 (talk) 14:02"
    if numbers == 1 and _TIME_CODE.fullmatch(tokens[0]) and len(out) > 2:
        return None  # "2:40 three fixes": a transcript's time code and its words
    if not (
        _NUMBER_TOKEN.fullmatch(tokens[0])
        or _PAREN_COUNT.fullmatch(tokens[-1])
        or _BUTTONS_AND_COUNT.fullmatch(text.strip())
    ):
        return None  # "Priya Raman 10:42 AM", "qingmu 3 天前": a post's author and time
    return " ".join(out)


_IP_ADDRESS = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


# two words or more and a count closing them, no time: "Thích Trả lời 15" (a post's buttons
# and its likes), counted only when the template prints it under posts apart from each other
# (a list's "Titre numéro 3" lines are one under the other); "Chapter 12" has one word
_BUTTONS_AND_COUNT = re.compile(r"(?:[^\W\d_][^\s\d]*\s){2,3}\d[\d,.]*[km]?", re.I)


# a count in brackets closing a label: "Comentarii (2)", "Diskusia (6)"
_PAREN_COUNT = re.compile(r"[(\[（]\d[\d,.]*[)\]）]")


_TIME_CODE = re.compile(r"\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?")


# a date with separators or a month's name in any language, with an optional time and zone:
# "14. 2. 2026 9:02", "Tue 03 Feb 2026 10:21PM UTC", "2 Maret 2026 09:15", "2026. Február 08",
# "2026.03.01. 21:47", "Sun 01-Mar-26 20:14:09"
# a month's name: letters with their marks (Thai and Indic vowels are marks, not letters)
_MONTH = r"[^\W\d_][^\s\d.,:;!?()\[\]]{2,13}"
_DATE = (
    rf"(?:\d{{1,2}}\.?\s?(?:\d{{1,2}}\.|{_MONTH}\.?,?)\s?\d{{4}}|\d{{4}}[-./年]\s?\d{{1,2}}[-./月]"
    rf"\s?\d{{1,2}}(?:日|\.)?|\d{{4}}\.\s{_MONTH}\.?\s\d{{1,2}}\.?|{_MONTH}\.?\s\d{{1,2}},?\s\d{{4}}"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}-[^\W\d_]{{3,9}}-\d{{2,4}}"
    r"|\d{4}년\s?\d{1,2}월\s?\d{1,2}일|\d{1,2} (?:thg|tháng) \d{1,2},? (?:năm )?\d{4})"
)
# the half of the day after a time, as sites print it: "pm", "π.μ." (el), "ق.ظ" (fa), "SA"
# (vi), "น." (th), "ص"/"م" (ar); before it in Korean and Japanese ("오전 9:12", "午後3:05")
_MERIDIEM = r"(?:[ap]\.?m\.?|น\.|[πμ]\.\s?μ\.|[قب]\.\s?ظ\.?|ص|م|sa|ch)"
_MERIDIEM_BEFORE = r"(?:오전|오후|午前|午後|上午|下午)"
# a time zone's abbreviation after a time: "UTC", "ET", "CET", "PST", "MSK"
_ZONE = r"(?:utc|gmt|[a-z]{0,3}t|msk)"
_CLOCK = (
    rf"(?:{_MERIDIEM_BEFORE}\s?)?\d{{1,2}}[:.h]\d{{2}}(?::\d{{2}})?"
    rf"(?:\s?{_MERIDIEM})?(?:\s?{_ZONE})?"
)
# a time after the date, with up to two short words joining them ("a las", "στις", "o godz.")
_TIME = rf"(?:,?\s(?:[^\W\d_][^\s\d]{{0,5}}\s){{0,2}}{_CLOCK})"
# a date line: up to three words of a label, the date, the time, the post's number
# ("26. Feb. 2026 · #1") or its views ("· 1.2만 조회수"); or the time first ("오전 9:12 · 2026년
# 3월 2일", "Updated 16:05, 4 MAR 2026")
# A label's and a weekday's words are letters with their marks: an Indic vowel sign or virama
# is part of its word ("अपडेटेड:", "প্রকাশিত"), though ``re``'s word characters leave it out
_LABEL = r"(?:\p{L}[\p{L}\p{M}]*[:：]?\s){0,3}"
_VIEWS = r"(?:\s?[·•|]\s?\d[\d,.]*[\p{L}\p{M}]{0,2}\s?\p{L}[\p{L}\p{M}]{1,11})"
_DATE_LINE = regex.compile(
    rf"{_LABEL}(?:(?:\p{{L}}[\p{{L}}\p{{M}}]{{1,9}}\.?,?\s)?{_DATE}{_TIME}?"
    rf"|{_CLOCK}(?:,|\s?[·•|])?\s{_DATE})"
    r"(?:\s\([^()]{1,12}\))?"
    rf"(?:\s?[·•|]\s?#\d{{1,6}}|{_VIEWS})?",
    regex.I,
)

# a date line ending in the post's number: a post's header, like a date with a time
_NUMBERED = re.compile(r".*\d\s?[·•|]\s?#\d{1,6}")


def has_time(text: str) -> bool:
    """Whether a date line gives a time of day ("... 19:02 น.", "9:41 pm")."""
    return re.search(r"\d{1,2}[:.]\d{2}(?!\d)", text) is not None


def is_date_line(text: str) -> bool:
    """A date with at most three words before it (a label: "Diperbarui:", "Sidan publicerades")
    and a time after it, in any language. It goes only next to chrome: alone it can be a
    diary's heading.

    >>> [is_date_line(t) for t in ("14. 2. 2026 9:02", "Diperbarui: 2 Maret 2026 09:15")]
    [True, True]
    >>> [is_date_line(t) for t in ("We met on 2 March 2026 at noon", "ann-b said 5 May 2024")]
    [False, False]
    """
    text = text.strip()
    return not is_quoted(text) and _DATE_LINE.fullmatch(text) is not None


_RECURRING_MIN = 2


EDGE_MAX_WORDS = 4


EDGE_MAX_CHARS = 40


# the kinds of removed lines that make a page's footer (not a post's furniture)
_FOOTER_RULES = frozenset(
    f"interface:{kind}"
    for kind in (
        "navigation", "legal", "consent", "skip-link", "account", "related", "newsletter",
        "sponsor", "hosting-banner", "tabs", "block", "edge", "sharing", "status", "contact",
    )
)  # fmt: skip


def _framed(text: str) -> bool:
    """A count in brackets or counts between separators: the shapes a site prints its counters
    in ("Diskusia (6)", "1 412 prečítaní · 6 príspevkov"), which an author's figures seldom take."""
    tokens = text.split()
    return bool(tokens and _PAREN_COUNT.fullmatch(tokens[-1])) or bool(_META_SEPARATOR.search(text))


# an item of a numbered list: "1. Write short answers", "2) 짧게 답하라고 적기"
_NUMBERED_ITEM = re.compile(r"\d{1,3}[.)]\s+[^\W\d_]\D*")


def _numbered_item(text: str) -> bool:
    """An item of a numbered list: its number and its words, no other figure. The number is the
    item's place in the author's list, not a count: next to chrome it stays.

    >>> _numbered_item("1. Write short answers"), _numbered_item("2) 모르면 모른다고 적기")
    (True, True)
    >>> _numbered_item("12 Kommentare"), _numbered_item("1. Antworten 4")
    (False, False)
    """
    return bool(_NUMBERED_ITEM.fullmatch(text.strip()))


# a character of a script written without spaces: a word on its own ("回", "답")
_UNSPACED_ONE = re.compile(f"[{_UNSPACED}]")

# a quantity: a number and a unit of weight or volume before what it measures ("200 g flour",
# "1 tsp salt", "250 ml de lait", "200 г муки"): an ingredient, which no site counts
_MEASURE = re.compile(
    r"[\d½¼¾⅓⅔⅛][\d½¼¾⅓⅔⅛.,/–-]*\s?"
    r"(?:k?g|mg|[mcd]?l|oz|lbs?|tsp|tbsp|tbs|cups?|TL|EL|[км]?г|[мд]?л|ч\.\s?л\.|ст\.\s?л\.)"
    r"\.?\s+[^\W\d_].*"
)


def interface_words(text: str) -> bool:
    """Whether at least half the distinct words of a row are words the interface list spells
    ("412 views 19 videos", "4 Antworten 11 Likes"): a bare row of counters next to chrome is
    the site's only then. A reply that is a table of figures ("2 trains 14 minutes 3 stops
    40 km") has the shape too, and its words are the author's.

    >>> interface_words("4 Antworten 11 Likes"), interface_words("2 trains 3 stops 40 km")
    (True, False)

    A letter alone is no word of the list (the list's patterns spell units and initials: a
    unit's "g" is everyone's), and a quantity before what it measures is an ingredient:
    >>> interface_words("500 g Mehl"), interface_words("1 tsp salt"), interface_words("14 days")
    (False, False, True)
    """
    if _MEASURE.fullmatch(text.strip()):
        return False
    words = {w for w in _WORD.findall(interface_key(text)) if len(w) > 1 or _UNSPACED_ONE.match(w)}
    known = repo_interface_strings().vocabulary
    return bool(words) and 2 * len(words & known) >= len(words)


def row_rules(kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]):
    """The weaker shapes, read with their neighbours (one round; ``general_rules`` repeats the
    context rules to a fixpoint):

    - a pager ("1 2 3 »") alone; numbers counting from 1 with nothing else, next to chrome;
    - a counter row next to a removed line, or printed two or more times from the same
      template (its numbers differ) with at least one of them next to chrome, and never two
      of them one under the other (a training log's "Day 1: 5 km" / "Day 2: 7 km" stays);
    - a date line next to a removed line, or with a time of day and printed two or more
      times (posts' dates: a diary's date headings have no time); the furniture shapes'
      dates with a time of day too, unless two are one under the other (a timetable);
    - dates in digits or with a time under two posts' authors or more (``_post_dates``);
    - keys and their counts ("Votes: 3") with removed chrome above and below them
      (``_furniture_fields``);
    - a vote widget on one line ("▲ 27 ▼") next to a removed line, or printed two or more
      times (one per answer);
    - in the page's footer (every line after it removed, the two above it removed as footer
      chrome: navigation, legal, account... not a post's furniture), a short line without
      sentence punctuation: the footer's links the list does not know. The last post's
      one-line reply sits under its post's furniture and stays; a page without a line of
      prose has no footer.
    """
    seen = [i for i in range(len(kept)) if i not in removed]
    skeletons: dict[str, list[int]] = {}
    dated: list[int] = []  # date lines with a time of day
    timed: list[int] = []  # the furniture shapes' dates with a time of day ("2 dec. 18:02")
    for index in seen:
        text = kept[index].text
        kind = pager(text)
        if kind == "strong":
            removed[index] = ("interface:navigation", "a pager: page numbers counting from 1")
            anchors[index] = "navigation"
            continue
        skeleton = counter_skeleton(text)
        if skeleton is not None:
            skeletons.setdefault(skeleton, []).append(index)
        # a date with a time has the shape of a row of counters too ("5 marzo, 2026 a las 19:22")
        if is_date_line(text) and (has_time(text) or _NUMBERED.fullmatch(text.strip())):
            dated.append(index)
        elif _timed_date(text):
            timed.append(index)
    if not any(b - a == 1 for a, b in itertools.pairwise(timed)):
        dated = sorted([*dated, *timed])  # one under the other they are a timetable's rows
    _post_numbers(kept, removed, anchors)
    _number_rows(kept, removed, anchors, seen)
    _post_dates(kept, removed, anchors, seen)
    _furniture_fields(kept, removed, anchors, seen)
    votes = [i for i in seen if is_vote_row(kept[i].text) and i not in removed]
    if len(votes) >= _RECURRING_MIN:
        for index in votes:
            removed[index] = ("interface:voting", f"a vote widget, one of {len(votes)}")
            anchors[index] = "voting"
    if len(dated) >= _RECURRING_MIN:
        for index in dated:
            removed[index] = ("interface:timestamp", f"a post's date, one of {len(dated)}")
            anchors[index] = "timestamp"
    for skeleton, places in skeletons.items():
        if len(places) < _RECURRING_MIN:
            continue
        if any(b - a == 1 for a, b in itertools.pairwise(places)):
            continue
        if not any(_next_to_removed(kept, removed, i) for i in places):
            continue
        for index in places:
            detail = f"a row of counters printed {len(places)} times: {skeleton}"[:160]
            removed[index] = ("interface:counter", detail)
            anchors[index] = "counter"
    for index in seen:
        if index in removed or not _next_to_removed(kept, removed, index):
            continue
        text = kept[index].text
        if is_vote_row(text):
            removed[index] = ("interface:voting", "a vote widget on one line next to chrome")
            anchors[index] = "voting"
        elif star_rating(text):  # stars alone are symbols only: they go next to chrome
            removed[index] = ("interface:voting", "a rating in stars next to chrome")
            anchors[index] = "voting"
        elif meta_row(text) == "weak":
            removed[index] = ("interface:counter", "a row of counters next to chrome")
            anchors[index] = "counter"
        elif pager(text) == "weak":
            removed[index] = ("interface:navigation", "page numbers counting from 1 next to chrome")
            anchors[index] = "navigation"
        elif (
            counter_skeleton(text) is not None
            and not _LABELLED.fullmatch(text.strip())
            and not _BUTTONS_AND_COUNT.fullmatch(text.strip())  # "Titre numéro 3": a list's
            and not _numbered_item(text)
            and (_framed(text) or interface_words(text))
            and not in_a_list(kept, removed, index)
        ):
            removed[index] = ("interface:counter", "a row of counters next to chrome")
            anchors[index] = "counter"
        elif (is_date_line(text) or furniture_date(text)) and not limit_field(text):
            removed[index] = ("interface:timestamp", "a date line next to chrome")
            anchors[index] = "timestamp"
    _footer_lines(kept, removed, anchors)


POST_DATES_MIN = 2


AUTHOR_MAX_WORDS = 3


AUTHOR_MAX_CHARS = 40


def _post_dates(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str], seen: list[int]
) -> None:
    """Dates alone under posts' authors ("小林" / "2025-01-18" / the post), two or more on the
    page: the template's date under each name. A date goes only in digits or with its time of
    day (a diary's "12 March 2025" under a heading is its own), with a name-like line above
    it (a few words, no digit, no sentence mark) and words below it: a diary's date headings
    have its text above them, not a name.
    """
    places = []
    for pos, index in enumerate(seen):
        if index in removed or not _authors_date(kept[index].text):
            continue
        if pos == 0 or pos + 1 >= len(seen) or seen[pos - 1] in removed:
            continue
        above, below = kept[seen[pos - 1]].text.strip(), kept[seen[pos + 1]].text
        if (
            len(above.split()) <= AUTHOR_MAX_WORDS
            and len(above) <= AUTHOR_MAX_CHARS
            and has_letter(above)
            and not _DIGIT.search(above)
            and not sentence_marks(above)
            and not is_quoted(above)
            and not above.endswith((":", "："))
            and has_letter(below)
        ):
            places.append(index)
    if len(places) < POST_DATES_MIN:
        return
    for index in places:
        removed[index] = (
            "interface:timestamp",
            f"a post's date under its author, one of {len(places)}",
        )
        anchors[index] = "timestamp"


_TIMED = frozenset(("a date with its time of day", "a date and its time"))


def _timed_date(text: str) -> bool:
    """A date with its time of day alone on a line, unlabelled ("2 dec. 18:02", "03.12.2026 |
    09:02"): chrome when the page prints it twice or more (``row_rules``)."""
    found = furniture_shape(text)
    return found is not None and found.evidence == NEAR and found.what in _TIMED


def _authors_date(text: str) -> bool:
    """A date in digits alone ("2025-01-18"), or any date with its time of day: the shapes a
    post's template prints under its author."""
    found = furniture_shape(text)
    if found is None or found.evidence != NEAR:
        return False
    return found.what in _TIMED or (is_bare_count(text) and not has_letter(text))


def _furniture_fields(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str], seen: list[int]
) -> None:
    """Keys and their counts ("Votes: 3", "Beiträge: 1.532") between removed chrome: a run of
    them one under the other, with keys and their dates among them ("Reg: Sep 2021"), and a
    removed line right above it and right below it (a post's header, its author's panel). A
    key and its count is the author's text anywhere else, also under a post's removed date as
    its first line, and a run of keys and dates without a counter's noun is a form's or a
    profile's (``profiles``)."""
    fields = {i for i in seen if i not in removed and _field_or_dated_key(kept[i].text)}
    for index in sorted(fields):
        if index - 1 in fields:
            continue  # inside a run: its first line decides
        end = index
        while end + 1 in fields:
            end += 1
        run = range(index, end + 1)
        if index - 1 not in removed or end + 1 not in removed:
            continue
        if not any(furniture_field(kept[i].text) for i in run):
            continue
        for place in run:
            removed[place] = ("interface:counter", "a key and its count between chrome")
            anchors[place] = "counter"


def _field_or_dated_key(text: str) -> bool:
    """A key and its count ("Inlägg: 77"), or a key and a date ("Reg: Sep 2021", "Joined:
    12.03.2020"): the lines of a post's furniture that a key opens."""
    if furniture_field(text):
        return True
    key, colon, value = text.replace("：", ":").partition(":")
    if not colon or not _LABELLED.fullmatch(text.strip()) or not has_letter(key):
        return False
    found = furniture_shape(value.strip())
    return found is not None and found.kind == "timestamp" and found.evidence != ALONE


# "Wynik: 42", "Temperatura: 0,2": a key and its value, the first line of a post as often as
# a profile field (those go by ``_labelled_figures`` and ``_recurring_furniture``)
_LABELLED = re.compile(r"[^:：]{1,40}[:：]\s?\S+(?:\s\S+)?")


def _next_to_removed(kept: list[Line], removed: dict[int, tuple[str, str]], index: int) -> bool:
    return (index - 1 >= 0 and index - 1 in removed) or (
        index + 1 < len(kept) and index + 1 in removed
    )


FOOTER_RUN_MIN = 2


def _footer_lines(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Short lines inside the footer's run of chrome (see ``row_rules``): a page with a body
    (a line of prose above the footer) whose footer has two removed lines of footer chrome
    or more right above each such line."""
    n = len(kept)
    index = n - 1
    while index >= 0 and index in removed:
        index -= 1
    if not any(i not in removed and _marks(kept[i].text) for i in range(index)):
        return  # no body above: the lines at the end of a page of menus (a title) stay
    # from the bottom: the kept lines each with only removed lines and such lines below
    while index >= 0:
        text = kept[index].text.strip()
        above = index - 1
        if any(
            i < 0 or i not in removed or removed[i][0] not in _FOOTER_RULES
            for i in range(above - FOOTER_RUN_MIN + 1, above + 1)
        ):
            return
        if (
            is_quoted(text)
            or len(text) > EDGE_MAX_CHARS
            or len(text.split()) > EDGE_MAX_WORDS
            or _marks(text)
            or not has_letter(text)
            or (index + 1 < n and index + 1 not in removed)
        ):
            return
        removed[index] = ("interface:edge", "a short line inside the page's footer of chrome")
        anchors[index] = "edge"
        index = above
        while index >= 0 and index in removed:
            index -= 1


_VOTE_ARROWS = "▲▼△▽▴▾⬆⬇⇧⇩↑↓⏶⏷🔼🔽"


# the score between the arrows, or a count after each ("▲ 14 ▼ 2": up and down votes)
_VOTE_ROW = re.compile(
    rf"[{_VOTE_ARROWS}]\ufe0f?\s?[+\-−]?\d[\d,.]*[km]?\s?[{_VOTE_ARROWS}]\ufe0f?"
    r"(?:\s?[+\-−]?\d[\d,.]*[km]?)?",
    re.I,
)


def is_vote_row(text: str) -> bool:
    """A vote widget on one line: an arrow, the score, an arrow ("▲ 27 ▼"), or the up votes
    and the down votes each after its arrow ("▲ 14 ▼ 2").

    >>> is_vote_row("▲ 27 ▼"), is_vote_row("▲ 14 ▼ 2"), is_vote_row("▲ up we go ▼")
    (True, True, False)
    """
    return _VOTE_ROW.fullmatch(text.strip()) is not None


_HASHTAG_ROW = re.compile(r"#[^\s#]*[^\W\d_][^\s#]*#?(?:\s+#[^\s#]*[^\W\d_][^\s#]*#?)+")


def hashtag_row(text: str) -> bool:
    """A line of two hashtags or more and nothing else ("#AI #デザイン", "#人工智能# #喝茶#"): a
    post's tags. A sentence that uses one ("I tagged it #ai") is not one.

    >>> hashtag_row("#김장 #AI비서 #요리일기"), hashtag_row("Posted under #ai today")
    (True, False)
    """
    return _HASHTAG_ROW.fullmatch(text.strip()) is not None


POST_NUMBERS_MIN = 2


def _post_numbers(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str]
) -> None:
    """Posts' numbers alone on their lines ("#1" ... "#4" under each author), two or more in
    increasing order and never one under the other: a thread's template numbering its posts.
    A single "#2", numbers out of order (a list's own) or with no words after them stay.
    Numbers already removed as counts next to chrome count too: the template printed them
    all."""
    places = [i for i in range(len(kept)) if is_post_number(kept[i].text)]
    numbers = [int(kept[i].text.strip()[1:]) for i in places]
    if len(places) < POST_NUMBERS_MIN or not all(_words_follow(kept, i) for i in places):
        return
    if any(b <= a for a, b in itertools.pairwise(numbers)):
        return
    if any(b - a == 1 for a, b in itertools.pairwise(places)):
        return
    for index in (i for i in places if i not in removed):
        removed[index] = ("interface:counter", f"a post's number, one of {len(places)} in order")
        anchors[index] = "counter"


def _words_follow(kept: list[Line], index: int) -> bool:
    """Whether a line with letters follows the post's number before the next number (the post's
    author or its text): a page of figures alone numbers nothing."""
    for line in kept[index + 1 :]:
        if is_post_number(line.text):
            return False
        if has_letter(line.text):
            return True
    return False


# two to four counts side by side and nothing else ("2,114 8 21", "4,812 2 19 33": an author's
# reputation and badges; "3 41 260": a post's replies, shares and likes)
_NUMBER_ROW = re.compile(r"\d[\d,.]*[kKmM万만]?(?: \d[\d,.]*[kKmM万만]?){1,3}")


NUMBER_ROWS_MIN = 2


def _number_rows(
    kept: list[Line], removed: dict[int, tuple[str, str]], anchors: dict[int, str], seen: list[int]
) -> None:
    """Rows of two to four bare counts that the template prints under posts: two or more on
    the page, never one under the other, at least one of them next to removed chrome. One
    such row is someone's answer (a sum, a score), a table of numbers has its rows one under
    the other, and rows with no words around them (a page of figures) number no post: they
    stay."""
    places = [i for i in seen if i not in removed and _NUMBER_ROW.fullmatch(kept[i].text.strip())]
    if len(places) < NUMBER_ROWS_MIN or any(b - a == 1 for a, b in itertools.pairwise(places)):
        return
    if not any(_next_to_removed(kept, removed, i) for i in places):
        return
    if not all(_words_beside(kept, i) for i in places):
        return
    for index in places:
        removed[index] = ("interface:counter", f"a row of counts, one of {len(places)}")
        anchors[index] = "counter"


def _words_beside(kept: list[Line], index: int) -> bool:
    """Whether a line right above or below has letters (a post's author or its text)."""
    return any(
        0 <= near < len(kept) and has_letter(kept[near].text) for near in (index - 1, index + 1)
    )


def is_post_number(text: str) -> bool:
    """A post's number as boards print it ("#12"): a bare count for the rules.

    >>> is_post_number("#12"), is_post_number("#ai")
    (True, False)
    """
    return re.fullmatch(r"#\d{1,6}", text.strip()) is not None and is_bare_count(text)
