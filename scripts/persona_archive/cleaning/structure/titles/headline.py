"""Whether one line, on its own, is heading-like (``headline``): not chrome, a byline,
metadata, a list item or prose, and of a headline's length; a browser title ("Headline | Site")
gives its headline part.

This is the test of a single line; which heading-like line is the page's title is decided by
the lines around it (``neighbours``, ``mastheads``, ``picker``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from persona_archive.cleaning.structure.detection import _NARRATION, _POST_MARKER, _is_reply_start
from persona_archive.cleaning.structure.text import _ABBREVIATIONS, _LIST_ITEM, _words
from persona_archive.cleaning.structure.titles.chrome import chrome_reason
from persona_archive.cleaning.structure.titles.credits import (
    _AUTHOR_LABEL,
    _BY_END,
    _CREDIT,
    _is_byline_line,
)
from persona_archive.cleaning.structure.titles.dates import (
    _ISSUE_NUMBER,
    _ascii_digits,
    _dateline,
    _holds_date,
)
from persona_archive.cleaning.structure.titles.measure import (
    _INVISIBLE,
    _ends_open,
    _key,
    _long_enough,
    _site_keys,
    _unanchored,
    _unquoted,
)
from persona_archive.cleaning.structure.titles.menus import _is_menu, _spaced_row, _tag_list
from persona_archive.cleaning.structure.titles.proper import title_proper

# A line of a post's or an article's metadata: a relative time, a vote count, "submitted … by".
_META = re.compile(
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b\d+\s*(?:s|m|h|d|w|mo|y|yr|yrs|hr|hrs|min|mins|sec|secs)\.?\s+ago\b"
    r"|\[[–-]\]|\bsubmitted\b.+\bby\b|\b\d+\s+points?\b"
    # a relative time in the other languages: "há 2 horas", "vor 3 Tagen", "2 ore fa"
    r"|\b(?:há|hace|il\s+y\s+a|vor|för)\s+\d+\s+(?:seg|min|hor|h\b|dia|día|sem|mes|an|sek|minute"
    r"|stunde|tag|woche|monat|jahr|heure|jour|mois|timm|dag|veck|mån|år)"
    r"|\b\d+\s+(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa\b"
    r"|\b\d+\s+(?:минут|час|дн|дней|недел|месяц|год|лет)\w*\s+назад"
    # "for 3 dage siden", "3 hari yang lalu", "3 நாட்களுக்கு முன்", "3 天前"
    r"|\bfor\s+\d+\s+(?:sekund|minut|time|dag|døgn|uge|uke|måned|år)\w*\s+siden\b"
    r"|\b\d+\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu\b"
    r"|\b\d+\s+(?:வினாடிகளுக்கு|நிமிடங்களுக்கு|மணிநேரத்திற்கு|மணி\s+நேரத்திற்கு|நாட்களுக்கு"
    r"|நாளுக்கு|வாரங்களுக்கு|மாதங்களுக்கு|ஆண்டுகளுக்கு)\s+முன்"
    r"|\b\d+\s*(?:秒|分鐘|分钟|小時|小时|天|週|周|個月|个月|年)前",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s+[|]\s+")
# What the "Site" of "Headline | Site" looks like: a name (capitalised words, a domain), at most
# four words, nothing a sentence or markup would have; anything else keeps the whole line.
_SITE_NAME = re.compile(r"[^\W\d_][\w.,'’&-]*(?:\s+[\w.,'’&-]+){0,3}")


def _site_name_shape(text: str) -> bool:
    """Whether ``text`` can be a site's name after a headline's "|".

    >>> [_site_name_shape(t) for t in ("Le Carnet", "hive-minded.org", "> title", "see below")]
    [True, True, False, False]
    """
    return bool(_SITE_NAME.fullmatch(text)) and (text[0].isupper() or "." in text)


_DASH_SEPARATOR = re.compile(r"\s+[-–—·]\s+")
_BREADCRUMB = re.compile(r"\s[›»‹＞]\s|\s>\s|\s/\s.*\s/\s")  # two " / ": "Home / Blog / …"


_TWO_SENTENCES = 12
"""A headline of two sentences ("X. Y", "X. Y?") has at most this many words; a longer line of
two is a post's or an article's opening."""


_ANY_BOUNDARY = re.compile(r"[.!?…]+[\"”’»)\]]*\s+")


def _sentences_any(text: str) -> list[str]:
    """``text``'s sentences in any cased script: a boundary is a sentence mark, then a space and
    a capital or a digit of any script (not only A–Z); initials and abbreviations go on.

    >>> _sentences_any("Давно хочу зрозуміти одну річ. Коли бот каже «ні», це характер?")
    ['Давно хочу зрозуміти одну річ.', 'Коли бот каже «ні», це характер?']
    >>> _sentences_any("Dr. Who met J. Smith here. Then left")
    ['Dr. Who met J. Smith here.', 'Then left']
    """
    out, start = [], 0
    for m in _ANY_BOUNDARY.finditer(text):
        after = text[m.end() :].lstrip('"“‘([«„')
        token = text[start : m.start() + 1].rsplit(None, 1)[-1].rstrip(".!?…").casefold()
        if not after or not (after[0].isupper() or after[0].isdigit()):
            continue
        if text[m.start()] == "." and (len(token) <= 1 or token in _ABBREVIATIONS):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def _several_sentences(text: str) -> bool:
    """More than one sentence, one of them ending in a full stop before the last ("Why X? With
    Y" is one headline; so is a statement and a question after it, a forum's title, and a news
    headline of two short sentences, when the whole is short: ``_TWO_SENTENCES``)."""
    sentences = _sentences_any(text)
    words = len(_words(text))
    if len(sentences) == 2 and text.rstrip().endswith(("?", "？")) and words <= _TWO_SENTENCES:
        return False  # a forum's title that asks: "Small models seem stronger. Anyone else?"

    if any(re.search(r"\.[\"”’)\]]*$", s) and len(_words(s)) >= 3 for s in sentences[:-1]):
        return True
    # a full stop after a word (not an abbreviation) and more after it: "… study. 🧵 1/5"
    return bool(re.search(r"[^\W\d_]{4,}\.[\"”’)\]]*\s+\S", text))


def headline(text: str, names: Iterable[str] = ()) -> str | None:
    """The headline a line at the top of a page gives, or None when it is not heading-like:
    chrome (``chrome_reason``), a byline, a post's metadata, a list item, prose (a final full
    stop, several sentences), too short or too long (``_long_enough``). A line in the shape of a
    browser title, "Headline | Site" (or "Headline - Site" when Site is the site's name), gives
    its headline part, and so does "Opinion | Headline" (a section's or the site's name first);
    a status tag, an issue's number or a thread prefix beside it is left out (``title_proper``).

    >>> headline("Why my bees ignored the lavender this year")
    'Why my bees ignored the lavender this year'
    >>> headline("Why my bees ignored the lavender | Hive Minded")
    'Why my bees ignored the lavender'
    >>> headline("Why my bees ignored the lavender - Hive Minded", ["Hive Minded"])
    'Why my bees ignored the lavender'
    >>> [headline(t) for t in ("Hive Minded", "rowan_ix 6 hours ago | next [–]", "By Ines Walcott")]
    [None, None, None]
    >>> headline("Should an AI be allowed to say no? With Farah Idris")
    'Should an AI be allowed to say no? With Farah Idris'
    >>> headline("Τοπικό γλωσσικό μοντέλο σε κάρτα 8GB: αξίζει;")
    'Τοπικό γλωσσικό μοντέλο σε κάρτα 8GB: αξίζει;'
    >>> headline("Pixels › Intelligence artificielle") is None  # a breadcrumb
    True
    >>> headline("Re: [charter-wg] drift in the assistant's voice after long sessions")
    "Re: [charter-wg] drift in the assistant's voice after long sessions"
    >>> headline("Un assistant qui dit « je ne sais pas » : défaut ou qualité ?")
    'Un assistant qui dit « je ne sais pas » : défaut ou qualité ?'
    """
    spaced = text.strip()  # a menu's layout, runs of spaces between its items, is evidence
    text = " ".join(_INVISIBLE.sub("", _unanchored(text)).split())
    if not text or chrome_reason(text, names) or _is_menu(spaced):
        return None
    parts = _SEPARATOR.split(text)
    if len(parts) > 2 or _BREADCRUMB.search(_unquoted(text)):
        return None  # a menu or a breadcrumb ("Pixels › Intelligence artificielle")
    if len(parts) == 2:
        first, second = (chrome_reason(p, names) is not None for p in parts)
        if _site_name_shape(parts[1]) and not (first or second):
            text = parts[0]  # "Headline | Site"
        elif (first or _site_name_shape(parts[0])) and not (second or _site_name_shape(parts[1])):
            text = parts[1]  # "Opinion | Headline", "Site | Headline"
        else:
            return None
    else:
        pieces = _DASH_SEPARATOR.split(text)
        keys = _site_keys(names)
        if len(pieces) >= 2 and _key(pieces[-1]) in keys:
            text = pieces[0] if len(pieces) == 2 else text
    text = _issue_stripped(text, names)
    if (
        len(text) > 150
        or _tag_list(text)
        or _dateline(text)
        or _ADDRESS.search(text)
        or _spaced_row(spaced)
        or not _ends_open(text)
        or not _long_enough(text)
        or _several_sentences(text)
        or _is_byline_line(text)
        or _AUTHOR_LABEL.match(text)
        or _CHAT_STAMP.match(text)
        or _BY_END.search(text)
        or _CREDIT.match(text)
        or _META.search(text)
        or _stamped(text)
        or _NARRATION.match(text)
        or _POST_MARKER.match(text)
        or _LIST_ITEM.match(text)
        or text.startswith(">")
        or _is_reply_start(_MAIL_PREFIX.sub("", text))
    ):
        return None
    return title_proper(text)


# A newsletter's name in lenticular brackets, then its issue's number, before the headline
# and set apart by a full-width or a plain bar ("【小島科技電子報】第 27 期｜為什麼…",
# "Issue 27 | Why…").
_ISSUE_PREFIX = re.compile(r"^(?:【[^】]{1,30}】\s*)?(?P<issue>[^｜|]{1,20}?)\s*[｜|]\s*(?=\S)")


def _issue_stripped(text: str, names: Iterable[str]) -> str:
    """``text`` without a newsletter's name and issue number before its headline: the
    masthead's, printed beside every issue's headline. A column's label before a bar ("專訪｜
    …") is the headline's own and stays.

    >>> _issue_stripped("【小島電子報】第 27 期｜為什麼 AI 總是說好問題？", ())
    '為什麼 AI 總是說好問題？'
    >>> _issue_stripped("專訪｜AI 助理該不該有脾氣？", ())
    '專訪｜AI 助理該不該有脾氣？'
    """
    m = _ISSUE_PREFIX.match(text)
    if m and _ISSUE_NUMBER.match(_ascii_digits(m["issue"].strip())) and len(text) > m.end():
        return text[m.end() :]
    return text


# A message's reply or forward prefixes before its subject, in the mail clients' languages, with
# a mailing list's tag ("Re: ", "AW: Fwd: ", "SV: [charter-wg] ", "Odp: ", "回复："): the subject
# of a message answered or passed on is still a title; the test for a comment's reply ("Re your
# point…", "Agreed") reads what follows them.
_MAIL_PREFIX = re.compile(
    r"^(?:(?:re|aw|sv|vs|antw|odp|ynt|wg|tr|rv|enc|rif|fwd?|réf|отв|ответ|απ|σχετ|回复|答复|回覆"
    r"|返信|転送|답장|전달|رد|השב)(?:\[\d+\])?\s*[:：]\s*)+(?:\[[^\]\s][^\]]{0,40}\]\s*)?",
    re.IGNORECASE,
)


# A clock time to the minute ("08:01", "21:13:05.12"): with a full date, a post's header.
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?![\d:])")


# Two counts side by side, neither a year ("… 2026 38 0 Never": a post's views and comments).
_COUNTS = re.compile(
    r"(?<!\S)(?!(?:19|20)\d\d(?!\S))\d{1,3}(?:[.,]\d{3})*\s+"
    r"(?!(?:19|20)\d\d(?!\S))\d{1,3}(?:[.,]\d{3})*(?!\S)"
)


def _stamped(text: str) -> bool:
    """Whether ``text`` holds a full date and a clock time: a post's header ("1 名無しさん
    2026/03/05(木) 08:01:12.34 ID:aB3dE6fG0", "ana – 2026-03-05 21:13"), a log's line, the
    record of a post, never its headline, which may name a day but not the minute; or a full
    date and two counts side by side (a paste's row: its poster, date, views and comments,
    "a guest Feb 2nd, 2026 38 0 Never"), where a headline has a count in words.

    >>> _stamped("1 名無し 2026/03/05(木) 08:01:12.34 ID:aB3d"), _stamped("Bees of 2025-03-05")
    (True, False)
    >>> _stamped("a guest Feb 2nd, 2026 38 0 Never")
    True
    >>> _stamped("What changed on 3 March 2026 for 40 bakers")
    False
    """
    return bool(_TIME.search(text) or _COUNTS.search(text)) and _holds_date(text)


# An address with its scheme ("https://…", "gemini://…", "gopher://…"): a proxy's or a cache's
# banner names the page so; a headline names no address.
_ADDRESS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S", re.IGNORECASE)
_CHAT_STAMP = re.compile(r"^\[[^\]]{0,30}\d{1,2}:\d{2}[^\]]{0,12}\]\s*\S")
