"""Titles of shapes ``headline`` refuses: a news headline of two short sentences, an
encyclopaedia's subject that the first sentence opens with, a short title with its byline under
it, a short title on a clean text's first line.

Each needs evidence beside it (furniture above, the lead or byline under it), because the same
shapes are a greeting, a name or a fragment elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from persona_archive.cleaning.boilerplate.interface import match_interface
from persona_archive.cleaning.boilerplate.shapes import STORE_RATING
from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.text import _LIST_ITEM, _words
from persona_archive.cleaning.structure.titles.chrome import _in_capitals, chrome_reason
from persona_archive.cleaning.structure.titles.credits import (
    _is_byline_line,
    _name_like,
    _signed_date,
)
from persona_archive.cleaning.structure.titles.dates import _dateline, _holds_date, _is_date_line
from persona_archive.cleaning.structure.titles.evidence import body_share, prose_keys
from persona_archive.cleaning.structure.titles.headline import (
    _META,
    _TWO_SENTENCES,
    _sentences_any,
    headline,
)
from persona_archive.cleaning.structure.titles.labels import _EVENT_FIELD, _numbered
from persona_archive.cleaning.structure.titles.marked import _TITLE_SEPARATOR
from persona_archive.cleaning.structure.titles.measure import (
    _INVISIBLE,
    _STOPS,
    _TOP_REACH,
    HEADLINE_MAX_WORDS,
    _is_body,
    _key,
    _no_space_script,
    _size,
    _unanchored,
    _width,
)
from persona_archive.cleaning.structure.titles.neighbours import (
    _FIELD,
    _above,
    _breadcrumb,
    _under,
)


def _paired_headline(body: list[Line], i: int, gone: dict[int, str], names: Iterable[str]) -> str:
    """A news headline of two short sentences without a final full stop ("Miejski chatbot
    przestał udawać człowieka. Mieszkańcy są zadowoleni"), else "": the page's furniture right
    above it (a section label, removed or not) or nothing (the text's first line), and its
    lead, byline or date right under it, or it is the text's very first line (a clean text
    gives its title there, whatever the page kept under it). Between two lines of prose it is
    prose.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("\\nThe bot stopped pretending. Residents approve\\nIt now says "
    ...                    "that it is a program, the city said.")
    >>> _paired_headline(body, 0, {1: "Tech"}, ())
    'The bot stopped pretending. Residents approve'
    >>> body = split_lines("Hi.\\nThis one ends. And another one follows\\nText.")
    >>> _paired_headline(body, 1, {}, ())
    ''
    """
    text = " ".join(body[i].text.split())
    sentences = _sentences_any(text)
    if not (
        len(sentences) == 2
        and len(_words(text)) <= _TWO_SENTENCES
        and not re.search(rf"[{_STOPS}!！]$", text)
        and len(_words(sentences[0])) >= 3
        and len(_words(sentences[1])) >= 2
    ):
        return ""
    no = body[i].no - 1
    above = next((ln.text for ln in body[:i] if ln.no == no), None)
    furniture = (
        i == 0  # the text's first line: the clean text gives its title so
        or no in gone
        or (above is not None and chrome_reason(above, names) is not None)
    )
    under = body[i + 1].text if i + 1 < len(body) else ""
    led = (
        _is_body(under)
        or _is_byline_line(under)
        or _is_date_line(under)
        or body[i].no == 1  # the text's very first line: where a clean text gives its title
    )
    return text if furniture and led and headline(sentences[0].rstrip(". "), names) else ""


_SUBJECT_WORDS = 4
"""A line this short that the body's first sentence opens with is the page's subject."""


def _asked_title(body: list[Line], i: int, names: Iterable[str]) -> str:
    """A forum's title that states something and then asks ("My character turns into a
    customer service agent after 40 messages. Why?"), too long for a headline of two sentences,
    with the post's metadata right under it ("submitted 7 hours ago by quietferns", a byline, a
    date): a title has its post's furniture under it, a post's opening has more of its text.
    On the text's very first line anything may follow it: a clean text gives its title there
    (the archive's own output, cleaned again). Else "".

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("My character turns into a customer service agent after forty "
    ...                    "messages. Why?\\nsubmitted 7 hours ago by fern\\nText of the post.")
    >>> _asked_title(body, 0, ())
    'My character turns into a customer service agent after forty messages. Why?'
    >>> post = ("My character turns into a customer service agent after forty messages. Why?"
    ...         "\\nI run a small model for a campaign, and it drifts.")
    >>> _asked_title(split_lines("r/bots\\n" + post), 1, ()), _asked_title(split_lines(post), 0, ())
    ('', 'My character turns into a customer service agent after forty messages. Why?')
    """
    text = " ".join(body[i].text.split())
    sentences = _sentences_any(text)
    if not (
        len(sentences) == 2
        and re.search(r"[?？؟]$", text)
        and len(_words(text)) <= HEADLINE_MAX_WORDS
        and len(_words(sentences[0])) >= 3
    ):
        return ""
    if i + 1 >= len(body):
        return ""
    under = body[i + 1].text.strip()
    first = body[i].no == 1  # the text's very first line: where a clean text gives its title
    right_under = body[i + 1].no == body[i].no + 1
    if not first and not (
        right_under and (_META.search(under) or _is_byline_line(under) or _is_date_line(under))
    ):
        return ""
    return text if headline(sentences[0].rstrip(". "), names) else ""


def _subject(body: list[Line], start: int, names: Iterable[str]) -> tuple[int, str] | None:
    """A short line above the body that the body's first sentence opens with ("Lumen", then
    "Lumen is the household assistant…"): the subject an encyclopaedia's or a glossary's page
    is named after, too short to be heading-like, and the page's title. Chrome, a menu's words
    and a line the sentence only mentions later are no subject, and neither is a line above a
    headline: the page has its heading, and a news release opening with its institution's name
    ("Universitas …", then the headline, then "Universitas … meresmikan …") names its site.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Explore\\nLumen\\nHistory\\nLumen is the assistant of the novel, kind.")
    >>> _subject(body, 3, ())
    (1, 'Lumen')
    >>> _subject(split_lines("Home\\nHome is where the kettle is, said my aunt."), 1, ())
    >>> body = split_lines("Kettle College\\nKettle College opens a lab on assistants\\n"
    ...                    "Kettle College opened a laboratory that studies assistants.")
    >>> _subject(body, 2, ())
    """
    opening = " ".join(body[start].text.split())
    for i in range(start - 1, -1, -1):
        text = " ".join(body[i].text.split())
        if headline(text, names) and not (
            opening.startswith(text) and len(text.split()) <= _SUBJECT_WORDS
        ):
            return None  # the page's headline stands between: no subject above it
        if (
            0 < len(text.split()) <= _SUBJECT_WORDS
            and any(ch.isalpha() for ch in text)
            and len(opening) > len(text)
            and opening.startswith(text)
            and opening[len(text)] in " ,("
            and not chrome_reason(text, names)
        ):
            return i, text
    return None


def _time_line(text: str) -> bool:
    """A date or a time the chrome rules remove as a timestamp ("입력 2026.03.04 10:42")."""
    found = match_interface(text.strip())
    return bool(_is_date_line(text) or (found and found.rule == "interface:timestamp"))


def _signed_title(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str] | None = None
) -> str | None:
    """A title too short to be heading-like ("Tysta maskiner", "Persona drift") whose byline
    stands right under it in the source: a byline follows a headline, never a site's name or a
    section label. A menu's words, other chrome and a label ("Notes:") are no title. Blank
    lines may stand between them, not a line removed (``gone``).

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Krönika\\nTysta maskiner\\nAv Annika Berg\\nText.")
    >>> _signed_title(body, 1, ()), _signed_title(body, 0, ())
    ('Tysta maskiner', None)
    >>> _signed_title(split_lines("Home\\nBy Ines Walcott\\nText."), 0, ())
    >>> _signed_title(split_lines("TYSTA MASKINER IDAG\\nAv Annika Berg\\nText."), 0, ())
    'TYSTA MASKINER IDAG'
    >>> page = "챗봇의 성격\\n입력 2026.03.04 10:42\\n김하늘 기자\\nText."
    >>> body = [ln for ln in split_lines(page) if ln.no != 2]
    >>> _signed_title(body, 0, (), {2: "입력 2026.03.04 10:42"})
    '챗봇의 성격'
    >>> _signed_title(split_lines("THE POLITE MACHINE\\nMara Ellison\\nI thank the machine, "
    ...                           "politely, every morning of the week."), 0, ())
    'THE POLITE MACHINE'
    >>> body = split_lines("Local News\\nLibrary bot\\n\\nThe county library has a chatbot.")
    >>> _signed_title(body, 1, (), {3: "By Harriet Cole"}), _signed_title(body, 1, (), {3: "Home"})
    ('Library bot', None)
    """
    gone = gone or {}
    # the next line in the source, kept or removed (a byline an earlier step took to the
    # authors counts where it stood); blank lines may stand between them (a clean text's), and
    # the article's times removed as chrome ("입력 2026.03.04 10:42", "Updated 09:15")
    kept = {ln.no: ln.text for ln in body[i + 1 : i + 2]}
    under = ""
    for no in range(body[i].no + 1, max([*kept, *gone, body[i].no]) + 1):
        if no in kept:
            under = kept[no].strip()
            break
        if gone.get(no, "").strip() and not _time_line(gone[no]):
            under = gone[no].strip()
            break
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    if not any(ch.isalpha() for ch in text):
        return None
    if not _is_byline_line(under) and not _named_author(body, i, under, text):
        return None
    reason = chrome_reason(text, names)
    if reason == _BRANDING and len(text.split()) >= _SIGNED_CAPITALS and not _signed_date(under):
        reason = None  # a short headline typed in capitals: a byline follows no site's name
        # (a signature with its date, "Ada Lindgren, March 2026", may stand under a site's)
    if (
        len(text.split()) > _SUBJECT_WORDS
        or re.search(r"[.!…。！:：|]$", text)
        or _is_byline_line(text)
        or reason
        or _is_date_line(text)
    ):
        return None
    return text


def _named_author(body: list[Line], i: int, under: str, text: str) -> bool:
    """Whether ``under``, the line right under ``body[i]``, is its author's bare name (no "By":
    "Mara Ellison") with the prose right under the name, and the prose speaks of ``text``
    (``_spoken_of``): an essay's title over its author. A site's name (a name itself: "Hive
    Minded") or one the prose does not speak of heads a post by that author, no title.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "\\nI thank the machine, politely, every morning of the week."
    >>> body = split_lines("THE POLITE MACHINE\\nMara Ellison" + prose)
    >>> _named_author(body, 0, "Mara Ellison", "THE POLITE MACHINE")
    True
    >>> body = split_lines("KETTLE TIMES\\nMara Ellison" + prose)
    >>> _named_author(body, 0, "Mara Ellison", "KETTLE TIMES")
    False
    """
    if i + 2 >= len(body) or body[i + 1].text.strip() != under or _name_like(text):
        return False
    return (
        _name_like(under)
        and _is_body(body[i + 2].text)
        and _spoken_of(text, body[i + 2 : i + 2 + _NAMED_PROSE])
    )


_NAMED_PROSE = 3
"""The lines of prose under an author's name that must speak of the title over it."""


def _crumbed_title(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str] | None = None
) -> str | None:
    """A title too short to be heading-like ("Gépi udvariasság", "Tone drift") with the page's
    breadcrumb right above it and its date right under it in the source, kept or removed as
    chrome: the breadcrumb leads to the page's headline, the date follows it; a site's name
    has neither. Chrome, a label and a person's name are no title.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Home » Events\\nMachine manners\\n12 March 2026, 17:00\\nText.")
    >>> _crumbed_title(body, 1, ()), _crumbed_title(split_lines("Machine manners\\nText."), 0, ())
    ('Machine manners', None)
    >>> body = split_lines("Home » News\\nPress release\\n12 March 2026\\nScientists study "
    ...                    "how models talk about themselves\\nText.")
    >>> _crumbed_title(body, 1, ())

    An episode's or an issue's number right above it (``_NUMBERED``: "Episode 41", "Folge 41",
    "第41回") leads to its title as a breadcrumb does, the date and length under it:

    >>> body = split_lines("Episode 41\\nSlow circuits\\nMarch 4, 2026 · 38 min\\nText.")
    >>> _crumbed_title(body, 1, ()), _crumbed_title(split_lines("Top 10\\nSlow circuits"), 1, ())
    ('Slow circuits', None)
    >>> body = split_lines("5. előadás\\nGépi személyiség\\nElőadó: dr. Kovács Márta\\n"
    ...                    "2026. március 4.\\nText.")
    >>> _crumbed_title(body, 1, ())
    'Gépi személyiség'

    Under a part's number, the title has its description (prose) right under it, or its date:

    >>> body = split_lines("The Slow Kettle\\nEpisode 58\\nPatient machines\\nA talk about "
    ...                    "assistants that wait, and why waiting feels kind to the people they "
    ...                    "serve.")
    >>> _crumbed_title(body, 2, ()), _crumbed_title(body, 1, ())
    ('Patient machines', None)
    """
    gone = gone or {}
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    if (
        not any(ch.isalpha() for ch in text)
        or len(text.split()) > _SUBJECT_WORDS
        or re.search(r"[.!…。！:：|]$", text)
        or chrome_reason(text, names)
        or _is_byline_line(text)
        or _name_like(text)
        or _is_date_line(text)
    ):
        return None
    above = _above(body, i, gone)
    if not (_breadcrumb(above) or _numbered(above)):
        return None
    under = _under(body, i, gone, 2)
    if (
        _numbered(above)
        and len(text.split()) >= 2
        and i + 1 < len(body)
        and under[:1] == [body[i + 1].text.strip()]
        and _is_body(body[i + 1].text)
    ):
        return text  # an episode's title under its number, its description right under it
    if under and (_EVENT_FIELD.match(under[0]) or _is_byline_line(under[0])):
        under = under[1:]  # the lecturer's or the speaker's field over the date
    if not (under and (_is_date_line(under[0]) or _dateline(under[0]))):
        return None
    for below in body[i + 1 : i + 1 + _CRUMBED_REACH]:
        if _is_body(below.text):
            break
        if headline(below.text, names):
            return None  # a kind's label over the date ("Press release"), the headline under
    return text


_CRUMBED_REACH = 4

"""How far under a short line a headline would show it to be a label over the date."""


_SIGNED_CAPITALS = 3
"""A line in capitals of this many words or more with a byline right under it is a headline
typed so ("CHATBOT JUGA PERLU SOPAN", then "Oleh Ahmad Fauzi"), not the site's branding."""


# A rating line under a place's or a product's name: stars, a score out of five or ten, a
# count of reviews ("★ 4.6 (318 รีวิว)", "4.6 ★★★★★ 318 reviews", "4,5/5 · 120 avis").
_RATING = re.compile(
    r"^(?:[★☆✩✪⭐]+\s*\d(?:[.,]\d)?|\d(?:[.,]\d)?\s*(?:[★☆✩✪⭐]+|/\s*(?:5|10)\b"
    r"|(?:out\s+of|von|sur|de|su|из|z|van|av|na)\s+(?:5|10)\b))"
    # then more stars, the count of reviews, a part set apart: "(318 รีวิว)", "· 120 avis"
    r"(?:\s*[★☆✩✪⭐½]+)?(?:\s*[·•|]?\s*\(?[\d.,]+\s*[^\s\d()]{0,16}\)?)?(?:\s*[·•|].{0,30})?$"
    # a score with its star icon's name, which an icon font leaks into the text ("4,3star",
    # "4.5 star_rate"): the store's rating as a scrape of its page saves it
    r"|^\d[.,]\d\s*star(?:_rate|_half)?$",
    re.IGNORECASE,
)
_RATED_WIDTH = 60
"""The widest a place's or a product's name over its rating can be."""


# A store's rating of an app (shapes.STORE_RATING: "4.6 • 2.1K Ratings", "4,6 • 2,1 t
# bedømmelser", "4.6 • 2,100 則評分") stands under the app's name, its subtitle and its maker.
_STORE_REACH = 5
"""How far under an app's name a store prints its rating (its subtitle, maker, devices between)."""


def _store_rated(body: list[Line], i: int) -> bool:
    """Whether a store's rating stands a few lines under ``body[i]`` (``_STORE_REACH``), only
    short lines between (the app's subtitle, its maker, the devices it runs on), no prose."""
    for k in range(i + 1, min(len(body), i + 1 + _STORE_REACH)):
        text = body[k].text.strip()
        if STORE_RATING.match(text):
            return True
        if _is_body(text) or _width(text) > _RATED_WIDTH:
            return False
    return False


def _maker_under(body: list[Line], i: int, text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` (``body[i]``, over a rating) is the maker of what the line right over
    it names ("Kettle Pal – Tea Companion", then "Pekoe Labs", then "4.5★"): a
    store prints the app's name, its maker under it, the rating under the maker. The maker's
    line is a name, narrower than the app's.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kettle Pal – Tea Companion\\nPekoe Labs\\n4.5★\\nText.")
    >>> _maker_under(body, 1, "Pekoe Labs", ())
    True

    A maker as wide as the app's name or wider, a company's name of any shape, is its maker all
    the same when the browser's title on the page's first line names the app ("Kettle Pal -
    Apps on Google Play"):

    >>> body = split_lines("Kettle Pal - Apps on Google Play\\nKettle Pal\\nPekoe Labs\\n4.6★")
    >>> _maker_under(body, 2, "Pekoe Labs", ()), _maker_under(body[1:], 1, "Pekoe Labs", ())
    (True, False)
    """
    if i == 0 or body[i - 1].no != body[i].no - 1:
        return False
    above = " ".join(body[i - 1].text.split())
    return (
        any(ch.isalpha() for ch in above)
        and not chrome_reason(above, names)
        and not _LINK_ROW.search(above)
        and not _is_body(above)
        and (
            (_width(above) > _width(text) and _name_like(text))
            or (_tab_names(body, i - 1) and len(text.split()) <= _MAKER_WORDS)
        )
    )


_MAKER_WORDS = 5
"""The most words of a maker's line under an app's name the browser title names ("Blatt &
Dampf GmbH")."""


def _tab_names(body: list[Line], i: int) -> bool:
    """Whether the page's first line, in the shape of a browser title ("Kettle Pal - Apps on
    Google Play"), names ``body[i]`` as one of its parts: the page's own name for what it shows.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kettle Pal - Apps on Google Play\\nGames\\nKettle Pal")
    >>> _tab_names(body, 2), _tab_names(body, 1), _tab_names(body, 0)
    (True, False, False)
    """
    if i == 0:
        return False
    parts = _TITLE_SEPARATOR.split(" ".join(body[0].text.split()))
    key = _key(body[i].text)
    return len(parts) > 1 and bool(key) and any(_key(p) == key for p in parts)


def _rated_gone(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether a rating stands under ``body[i]`` in the source, right under it or under its
    maker (a line narrower than it), where the chrome rules removed it: the rating is evidence
    of the name over it all the same.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Pati: Kedi Günlüğü\\nMırlayan Yazılım\\n\\n\\nText.")
    >>> _rated_gone(body, 0, {3: "4,3 star", 4: "18 B yorum"}), _rated_gone(body, 1, {})
    (True, False)
    """
    if not any(no in gone for no in range(body[i].no + 1, body[i].no + 3)):
        return False  # nothing removed where the rating would stand
    under = _under(body, i, gone, 2)
    text = body[i].text.strip()
    if under and _RATING.match(under[0]):
        return True
    return (
        len(under) == 2
        and bool(_RATING.match(under[1]))
        and not _is_body(under[0])
        and _width(under[0]) < _width(text)
    )


def _rated_title(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str] | None = None
) -> str | None:
    """A name too short to be heading-like ("Auntie Nu's Bakery", "บ้านขนมปังป้าหนู อารีย์")
    with its rating right under it in the source: a review site's page of a place or a
    product, named so; or an app's name with the store's rating a few lines under it, the
    first such line (``_store_rated``: its subtitle under it is rated the same). Chrome, a
    label, a date and a line of prose are none.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Tasty Reviews\\nAuntie Nu's Bakery\\n★ 4.6 (318 reviews)\\nText.")
    >>> _rated_title(body, 1, ()), _rated_title(body, 0, ())
    ("Auntie Nu's Bakery", None)
    >>> body = split_lines("Kettle Pal – Tea Companion\\nBrew notes with a patient assistant\\n"
    ...                    "Pekoe Labs\\n4.6 • 2.1K Ratings\\nFree\\nText.")
    >>> _rated_title(body, 0, ())
    'Kettle Pal – Tea Companion'
    >>> body = split_lines("茶壺夥伴 – 你的泡茶助理\\nPekoe Labs\\n4.5★\\nText.")
    >>> _rated_title(body, 0, ()), _rated_title(body, 1, ())
    ('茶壺夥伴 – 你的泡茶助理', None)
    """
    if i + 1 >= len(body):
        return None
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    right_under = body[i + 1].no == body[i].no + 1 and _RATING.match(body[i + 1].text.strip())
    if right_under and _maker_under(body, i, text, names):
        return None  # the app's maker, the app's name right over it
    made = (  # the app's name over its maker, the rating under the maker
        i + 2 < len(body)
        and body[i + 2].no == body[i + 1].no + 1 == body[i].no + 2
        and _RATING.match(body[i + 2].text.strip())
        and _maker_under(body, i + 1, body[i + 1].text.strip(), names)
    )
    rated = right_under or made or _store_rated(body, i) or _rated_gone(body, i, gone or {})
    if not rated or not any(ch.isalpha() for ch in text):
        return None
    if (
        _width(text) > _RATED_WIDTH
        or re.search(r"[.!…。！:：|]$", text)
        or _RATING.match(text)
        or chrome_reason(text, names)
        or _is_date_line(text)
        or _is_byline_line(text)
        or _LIST_ITEM.match(text)  # a review's pro or con ("- too cheerful") over its score
    ):
        return None
    return _AGE_RATING.sub("", text) or text


# The age rating a store prints after an app's name, glued to it in a scrape ("Kettle Pal 4+",
# "Sohbet Dostu 12+"): the store's, not the app's name.
_AGE_RATING = re.compile(r"\s+\d{1,2}\+$")


def _file_title(body: list[Line], i: int, names: Iterable[str], gone: dict[int, str]) -> str:
    """A file's name as the title of a page that shares one file (a paste, a gist:
    "persona_eval_results.md" over its author and the text): ``chrome_reason`` takes a file's
    name for an entry of a code host's listing, which lists several; a page whose top names no
    other file has this one as its title.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Paste site\\nkettle_notes.txt\\na guest\\nThe kettle sings at night.")
    >>> _file_title(body, 1, (), {})
    'kettle_notes.txt'
    >>> body = split_lines("README.md\\nUpdate docs\\npyproject.toml\\nRelease\\nText.")
    >>> _file_title(body, 0, (), {})
    ''
    """
    text = body[i].text.strip()
    if text.startswith(".") or chrome_reason(text, names) != _FILE_ENTRY:
        return ""
    top = [ln.text for ln in body[:_TOP_REACH]] + list(gone.values())
    if sum(1 for t in top if chrome_reason(t.strip(), names) == _FILE_ENTRY) > 1:
        return ""  # a listing's entries, a README's among them
    return text


_FILE_ENTRY = "a file listing's entry"
"""The reason ``chrome_reason`` gives for a file's name on a line of its own."""


_CJK_NAME_WIDTH = 8
"""A first line in a script without spaces narrower than this (three characters) is a person's
name heading a post ("林晓"), no title."""


_PROSE_WIDTH = 40
"""The width of a line of prose in a script that marks no sentence's end (``_prose``)."""


def _prose(text: str, title: str) -> bool:
    """The body's prose under a title: a sentence (``_is_body``), or in a script that marks
    no sentence's end (Thai, Lao, Khmer) a line three times as wide as the title and
    ``_PROSE_WIDTH`` or more.

    >>> _prose("เมื่อเช้าฉันถามแชตบอตว่าควรชงชาเขียวด้วยน้ำร้อนแค่ไหน มันตอบอย่างสุภาพ", "ชากับแชตบอต")
    True
    >>> _prose("หน้าแรก", "ชากับแชตบอต"), _prose("Home", "Tea")
    (False, False)
    """
    return _is_body(text) or bool(
        _UNMARKED.search(text)
        and _width(text) >= max(_PROSE_WIDTH, 3 * _width(title))
        and not re.search(r"[:：]$", text.strip())
    )


def _post_header(text: str, names: Iterable[str]) -> bool:
    """A line between a clean text's short title and its prose that confirms the title as a
    byline does: a date or a byline, a post's metadata ("submitted 6 hours ago by ann",
    "ann 6 hours ago | next [–]"), an event's field ("Előadó: dr. Kovács Márta") or a section's
    label ("Discussion", "Transcript"), a post's category or tags ("カテゴリー：日記").

    >>> [_post_header(t, ()) for t in ("Ada Lindgren, March 2026", "Előadó: dr. Kovács Márta",
    ...  "submitted 6 hours ago by tinwhistle_ann", "Transcript")]
    [True, True, True, True]
    >>> _post_header("Hello there", ())
    False
    """
    text = text.strip()
    return bool(
        _dated_or_signed(text)
        or _EVENT_FIELD.match(text)
        or _POST_FIELD.fullmatch(text)
        or chrome_reason(text, names) == "a section label"
    )


# A post's category or tags on a line between its title and its text: a label of one word (a
# headline's words before its colon are more: "Dimma över Mälaren: tre objektiv"), a colon, a
# short value ("カテゴリー：日記", "Tags: bread, levain", "分类：随笔").
_POST_FIELD = re.compile(r"[^\W\d_][\w'’-]{0,20}\s?[:：]\s*[^\s.!?。！？][^.!?。！？]{0,40}")


def _opening_title(
    body: list[Line], names: Iterable[str], gone: dict[int, str]
) -> tuple[int, str] | None:
    """A short title on the text's first line, the body's prose right under it ("Persona
    files", then "A persona file describes…"): a clean text gives its title so, however short
    (a title too short to be heading-like, which the page's breadcrumb or byline confirmed).
    Nothing stands above it, not even a line removed; a line that ends in punctuation (a
    greeting, "Hi all,"), a person's name or a handle heading a post, and chrome are no title.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "A persona file describes a character for the assistant to play, and its tone."
    >>> _opening_title(split_lines("Persona files\\n\\n" + prose), (), {})
    (0, 'Persona files')
    >>> _opening_title(split_lines("Wren Abara\\n" + prose), (), {})
    >>> _opening_title(split_lines("Hi all,\\n" + prose), (), {})
    >>> _opening_title(split_lines("persona-kit\\n\\nThe persona-kit reads a file that "
    ...                            "describes a persona and its tone."), (), {})
    (0, 'persona-kit')
    >>> essay = "\\nAda Lindgren, March 2026\\nThis essay is about written characters, and more."
    >>> _opening_title(split_lines("ON WRITTEN CHARACTERS" + essay), (), {})
    (0, 'ON WRITTEN CHARACTERS')
    >>> _opening_title(split_lines("THE KETTLE TIMES" + essay), (), {})
    """
    if len(body) < 2 or any(n in gone for n in range(body[0].no + 1, body[1].no)):
        return None
    text = " ".join(_INVISIBLE.sub("", _unanchored(body[0].text)).split())
    signed = len(body) > 2 and _post_header(body[1].text, names) and _is_body(body[2].text)
    reason = chrome_reason(text, names)
    if (
        not any(ch.isalpha() for ch in text)
        or len(text.split()) > _SUBJECT_WORDS
        or (_no_space_script(text) and _width(text) < _CJK_NAME_WIDTH)  # a name: "林晓"
        or not (_prose(body[1].text, text) or signed)
        or re.search(r"[^\w\s)\]’'\"”»?!？！]$", text)  # a question's mark ends a title
        or re.search(r"[,，、;；:：]", text)  # a greeting ("Hi all, how?"), a label
        or "@" in text
        or (reason and reason != _BRANDING)
        or _is_date_line(text)
    ):
        return None
    # a site's name in lowercase ("nitter") or in capitals, a fragment, a person's name heading
    # a post, a site's name over a post's date: no title, unless the prose speaks of it
    # ("persona-probe", "Catatan Rilis", "ON WRITTEN CHARACTERS" over "Ada Lindgren, March 2026")
    # a question's or an exclamation's mark: a title the prose speaks of, or the text's first
    # words ("Any ideas?", "Hello!")
    asked = bool(re.search(r"[?!？！]$", text))
    unsure = text[0].islower() or _name_like(text) or reason or signed or asked
    # a headline in capitals right over the prose (its byline moved to the authors) is spoken
    # of as any headline is; over a signature, a site's name in capitals must be every word
    capitals = reason == _BRANDING and not signed and len(text.split()) >= _SIGNED_CAPITALS
    share = 1.0 if reason and not capitals else _SPOKEN_SHARE
    if unsure and not _spoken_of(text, body[1:], share):
        return None  # a site's name in capitals: every word of it, as a title's
    return 0, text


_INFOBOX_FIELDS = 2
"""The fewest "label: value" lines an infobox under its subject's name holds."""


def _fielded_title(body: list[Line], i: int, names: Iterable[str]) -> str | None:
    """A short subject's name (``_SUBJECT_WORDS`` words at most: "Povaha asistenta",
    "Assistentencharakter") over an infobox, ``_INFOBOX_FIELDS`` or more "label: value" lines
    right under it ("Typ: pojem …", "Souvisí s: …"), and the prose under the box naming every
    word of it ("Povaha asistenta je souhrn …"): an encyclopaedia's article as its clean text
    gives it, the title too short for ``headline``, its fields heading-like. A site's name over
    an event's fields ("Kettle Club", then "Meetup: …", "Place: …") is not what the prose
    speaks of: the event's title stays the first field.

    >>> from persona_archive.cleaning.model import split_lines
    >>> box = "\\nType: a term of model design\\nRelated to: tone, values\\n"
    >>> body = split_lines("Assistant temperament" + box + "Assistant temperament is the set "
    ...                    "of stable traits a model shows.")
    >>> _fielded_title(body, 0, ())
    'Assistant temperament'
    >>> body = split_lines("Kettle Club" + box + "We meet to talk about how assistants sound.")
    >>> _fielded_title(body, 0, ())
    """
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    if (
        not any(ch.isalpha() for ch in text)
        or len(text.split()) > _SUBJECT_WORDS
        or re.search(r"[^\w\s)\]’'\"”»?!？！]$", text)
        or _FIELD.match(text)
        or chrome_reason(text, names)
        or _is_date_line(text)
        or _is_byline_line(text)
    ):
        return None
    fields = 0
    for line in body[i + 1 :]:
        if _FIELD.match(line.text.strip()) and not _is_body(line.text):
            if _in_capitals(line.text):
                return None  # a headline in capitals with its colon: an event's, not a field
            fields += 1
            continue
        if fields < _INFOBOX_FIELDS or not _is_body(line.text):
            return None
        return text if body_share(text, prose_keys([line])) == 1.0 else None
    return None


_BRANDING = "branding in capitals"
"""The reason ``chrome_reason`` gives for a line in capitals: a plain text's title is set so."""


def _signed_or_dated(text: str) -> bool:
    """A byline, a date or an author's name with the date ("Ada Lindgren, March 2026").

    >>> _signed_or_dated("Ada Lindgren, March 2026"), _signed_or_dated("Home")
    (True, False)
    """
    text = text.strip()
    return bool(
        _is_byline_line(text) or _is_date_line(text) or _holds_date(text) or _dateline(text)
    )


_SPOKEN_SHARE = 0.5
"""The share of a short line's words the prose under it must speak of to be its subject."""


def _spoken_of(text: str, below: list[Line], share: float = _SPOKEN_SHARE) -> bool:
    """Whether the prose in ``below`` speaks of ``share`` of ``text``'s words or more
    (``evidence.body_share``): a name a post is headed by is seldom in its text, the name of
    what a page documents is.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = split_lines("Release notes of the persona kit: every change made to the kit.")
    >>> _spoken_of("Persona Notes", prose), _spoken_of("Wren Abara", prose)
    (True, False)
    """
    return body_share(text, prose_keys(below)) >= share


# A line of a memo's header block: two columns set apart by a run of spaces ("Network Working
# Group            M. Kessler", "Intended status: Informational      11 March 2026").
_TWO_COLUMNS = re.compile(r"\S.*?\S {3,}\S.*")
_MEMO_ROWS = 2
"""A header block has at least this many two-column lines."""


def _memo_title(body: list[Line], i: int, names: Iterable[str], gone: dict[int, str]) -> str | None:
    """The title of a memo in the shape of an RFC or an Internet-Draft: the heading-like line
    right under its header block (``_MEMO_ROWS`` or more two-column lines, kept or removed as
    chrome, blank lines between passed over), centred or not. What the site prints above the
    block (a tracker's fields, "Document type: …") is the site's; the memo names itself
    there.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Document type: Active Internet-Draft\\nNetwork Working Group"
    ...                    "        A. Brook\\nInternet-Draft          Kettle Institute\\n\\n"
    ...                    "     A Header Convention for Kettles That Sing\\nAbstract")
    >>> _memo_title(body, 3, (), {}), _memo_title(body, 0, (), {})
    ('A Header Convention for Kettles That Sing', None)
    """
    text = headline(body[i].text, names)
    if not text or _TWO_COLUMNS.fullmatch(body[i].text.strip()):
        return None  # not heading-like, or a row of the block itself
    source = {**gone, **{ln.no: ln.text for ln in body[:i]}}
    rows, no = 0, body[i].no - 1
    while no > 0 and rows < _MEMO_ROWS:
        line = source.get(no, "").strip()
        no -= 1
        if not line:
            if rows:
                break  # a blank line ends the block; one under it is passed over
            continue
        if not _TWO_COLUMNS.fullmatch(line):
            break
        rows += 1
    return text if rows >= _MEMO_ROWS else None


# Scripts that end no sentence with a mark (Thai, Lao, Khmer): a deck in them may look like
# a headline.
_UNMARKED = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff]")
_LINK_ROW = re.compile(r"\s[|·•/›»]\s")
"""A separator between a row's links or a breadcrumb's steps: no headline's."""
_DECK_OVER = 1.5
"""A deck says at least this many times as much as the short line over it (``_size``): a
headline of two words has a sentence under it, not another short line."""


def _dated_or_signed(text: str) -> bool:
    """A date, a byline or a post's metadata: what stands under a headline's block."""
    return bool(
        _signed_or_dated(text)
        or _META.search(text)
        or any(_is_date_line(p) for p in re.split(r"\s+[·•|]\s+", text))
    )


def _uncased_name(text: str) -> bool:
    """Two or three words of letters alone in a script without case ("مریم رضایی", "สมศรี
    ใจดี"): a person's name, as ``credits._name_like`` tells it in a cased script."""
    words = text.split()
    uncased = not any(ch.isupper() or ch.islower() for ch in text)
    return uncased and 2 <= len(words) <= 3 and all(w.isalpha() for w in words)


# A release's line in a product's release notes: a version's number, a word before it or not,
# and the release's date ("Version 2.4 · 3 March 2025", "2.4.0 – 2025-03-01", "版本 2.4 ·
# 2025年3月3日").
_VERSION_LINE = regex.compile(
    r"^(?:[\p{L}\p{M}]+\.?\s*)?v?[0-9]+\.[0-9]+(?:\.[0-9]+)*\s*[·•|–—-]\s*(?P<date>.+)$"
)


def _versioned_title(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str]
) -> str | None:
    """A short heading of a product's release notes or changelog ("Release notes",
    "Udgivelsesnoter", "版本資訊") with its first release's line right under it in the source,
    kept or removed (a version's number and its date, ``_VERSION_LINE``): the page's heading,
    however short. The product's name over it has its menu under it, not a release; a line
    with numbers, a date, chrome or a sentence's mark is none.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kettle Pal\\nRelease notes\\nVersion 2.4 · 3 March 2025\\nText.")
    >>> _versioned_title(body, 1, (), {}), _versioned_title(body, 0, (), {})
    ('Release notes', None)
    """
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    if (
        not any(ch.isalpha() for ch in text)
        or any(ch.isdigit() for ch in text)
        or len(text.split()) > _SUBJECT_WORDS
        or regex.search(r"[^\w\p{M}\s)]$", text)  # a vowel sign ends a word ("குறிப்புகள்")
        or chrome_reason(text, names)
        or _is_byline_line(text)
    ):
        return None
    under = _under(body, i, gone, 1)
    m = _VERSION_LINE.match(under[0]) if under else None
    if not m or not _is_date_line(m["date"]):
        return None
    return text


def _decked_title(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str]
) -> str | None:
    """A headline of a shape ``headline`` refuses (too short: "Quiet kettles", "安静的水壶"; or
    ending in a colon: "Three ways a model says no:") with its deck right under it (one
    sentence that says more, nothing between them) and the article's date or byline under the
    deck, kept or removed as chrome: a date or a byline stands under a headline's block, never
    under a site's name or a section label and the prose they stand over. A tagline under a
    site's name has the site's furniture or the headline under it, not the text. A line of the
    interface list (a menu's word, "Technology", "เทคโนโลยี") is a section label, however
    alone; a row or a breadcrumb is none either; a line right under a headline is its author's.
    A deck ends in a sentence's mark, except in the scripts that mark none (Thai, Lao, Khmer);
    a line without one elsewhere is a headline itself, and so it is under a person's name.

    >>> from persona_archive.cleaning.model import split_lines
    >>> page = ("Kettle Weekly\\nTechnology\\nQuiet kettles\\nWe tried nine kettles in a month "
    ...         "and kept two of them.\\nMarch 3, 2025\\nThe first one whistled at dawn, and "
    ...         "the neighbours complained about it within a week of the test.")
    >>> body = split_lines(page)
    >>> _decked_title(body, 2, (), {}), _decked_title(body, 1, (), {})
    ('Quiet kettles', None)
    >>> body = split_lines(page.replace("March 3, 2025\\n", ""))
    >>> _decked_title(body, 2, (), {})  # a section label over the lead: no deck
    """
    if i + 1 >= len(body) or body[i + 1].no != body[i].no + 1:
        return None  # the deck right under it: nothing removed between
    if i and body[i - 1].no == body[i].no - 1 and headline(body[i - 1].text, names):
        return None  # a headline right over it: this is its author's name, its label
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    colon = text.endswith((":", "：")) and not text.endswith("::")
    bare = text.rstrip(" :：") if colon else text
    if not any(ch.isalpha() for ch in bare) or _is_body(text) or headline(text, names):
        return None
    if colon:
        shaped = headline(bare, names) is not None  # a headline but for its colon
    else:
        shaped = (
            (_no_space_script(text) and _width(text) >= _CJK_NAME_WIDTH)
            or 2 <= len(text.split()) <= _SUBJECT_WORDS
        ) and not re.search(r"[.!…。！|,，]$", text)
    if (
        not shaped
        or chrome_reason(text, names)
        or _LINK_ROW.search(text)
        or match_interface(text)  # a menu's word (the interface list's): a section label
        or _is_date_line(text)
        or _is_byline_line(text)
        or "@" in text
    ):
        return None
    under = _under(body, i, gone, 3)
    if len(under) < 3:
        return None
    deck, stamp, after = under
    sentence = bool(re.search(rf"[{_STOPS}!！?？]$", deck))
    if not sentence and (not _UNMARKED.search(deck) or _name_like(text) or _uncased_name(text)):
        return None  # a heading-like line: the headline itself, under a menu's or a blog's name
    if (
        len(_sentences_any(deck)) != 1
        or deck.rstrip().endswith((":", "："))
        or chrome_reason(deck, names)
        or _dated_or_signed(deck)
        or (not colon and _size(deck) < _DECK_OVER * _size(bare))
        or not _dated_or_signed(stamp)
        or (headline(after, names) and not _is_body(after))
    ):
        return None
    return text
