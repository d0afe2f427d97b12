"""Why a line at the top of a page is the site's chrome and not the document's title
(``chrome_reason``): the site's name, a menu, a label or notice, a date line, branding in
capitals, a code host's event line.

The answer only keeps a line from being taken as the title: the line is not removed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from persona_archive.cleaning.structure.titles.dates import _is_date_line, _issue_line
from persona_archive.cleaning.structure.titles.labels import (
    _CONSENT,
    _DISCLOSURE,
    _DOTFILE,
    _EMAIL_FURNITURE,
    _EVENT_FIELD,
    _FILING_LABEL,
    _GIT_LINE,
    _MEMBER_PROMPT,
    _PROXY_NOTICE,
    _READ_ALSO,
    _SEARCH_PROMPT,
    _SECTION_LABELS,
    _SIGN_UP,
    _STAMP,
    _THREAD_NOTICE,
    _is_counter,
    _is_event,
    _numbered,
    _wiki_from,
)
from persona_archive.cleaning.structure.titles.measure import _key, _site_keys
from persona_archive.cleaning.structure.titles.menus import (
    _DROPDOWN,
    _SKIP_LINK,
    _is_menu,
    _prefixed_row,
)

_BRANDING_WORDS = 4
"""A line in capitals of at most this many words is a site's branding ("THE MORNING LEDGER");
a longer one is a headline typed in capitals ("WHY I STOPPED THANKING MY CHATBOT")."""


# A link back to the site's lists, an arrow before a few words ("« Past issues", "← All posts",
# "‹ Zurück"): never a title. A headline that opens a quotation closes it ("« Non », dit-il").
_BACK_LINK = re.compile(r"^[«‹←⟵]\s*[^«»‹›]{1,40}$")
# An app store's banner over its listing, a word of its own language beside the store's name
# ("App Store Preview", "Pratinjau App Store", "App Store 預覽"): the store's, never the app's.
_STORE_BANNER = re.compile(
    r"^(?:\w+\s+)?(?:App\s+Store|Google\s+Play|Play\s+Store|Microsoft\s+Store)"
    r"(?:\s*-?\s*[^\W\d_][^\s\d]*)?$",
    re.IGNORECASE,
)
# A store's notice under an app's name that it shows ads or sells inside the app ("Contains
# ads • In-app purchases", "Reklam içerir • Uygulama içi satın alma işlemleri", "Enthält
# Werbung · In-App-Käufe"): the store's, beside every listing.
_STORE_NOTICE = re.compile(
    r"^(?:(?:contains\s+ads|in-app\s+purchases|offers\s+in-app\s+purchases|reklam\s+içerir"
    r"|uygulama\s+içi\s+satın\s+alma(?:\s+işlemleri)?|enthält\s+werbung|in-app-käufe"
    r"|contiene\s+anuncios|compras\s+(?:en\s+la\s+aplicación|dentro\s+de\s+la\s+app)"
    r"|contient\s+des\s+annonces|achats\s+intégrés|contiene\s+annunci|acquisti\s+in-app"
    r"|contém\s+anúncios|compras\s+no\s+app|bevat\s+advertenties|in-app-aankopen"
    r"|zawiera\s+reklamy|zakupy\s+w\s+aplikacji|есть\s+реклама|покупки\s+в\s+приложении"
    r"|berisi\s+iklan|pembelian\s+dalam\s+aplikasi|có\s+quảng\s+cáo|mua\s+hàng\s+trong"
    r"\s+ứng\s+dụng|含廣告|含广告|應用程式內購|应用内购买|広告を含む|アプリ内課金|광고\s*포함"
    r"|인앱\s*구매)\s*(?:[·•|]\s*)?)+$",
    re.IGNORECASE,
)
# The store's prompt on an app's web listing, in every language with the store's name in it
# ("Open the Mac App Store to buy and download apps.", "Öffne den Mac App Store, um Apps zu
# kaufen und zu laden."): one short sentence beside every listing, never the app's.
_STORE_PROMPT = re.compile(r"^(?=.*\bMac\s+App\s+Store\b)(?:\S+\s+){2,13}\S+[.!。]$")
_BACK_LINK_WORDS = 4
"""The most words such a link has after its arrow."""


def _in_capitals(text: str) -> bool:
    """Every cased letter of ``text`` is a capital (two or more of them), and most of its letters
    are cased ("AI" in a Chinese headline is no headline in capitals)."""
    cased = [ch for ch in text if ch.isupper() or ch.islower()]
    letters = [ch for ch in text if ch.isalpha()]
    return len(cased) >= 2 and all(ch.isupper() for ch in cased) and 2 * len(cased) > len(letters)


def _is_branding(text: str) -> bool:
    cased = [ch for ch in text if ch.isupper() or ch.islower()]
    letters = [ch for ch in text if ch.isalpha()]  # "AI" in a Chinese line is not branding
    return (
        len(cased) >= 2
        and all(ch.isupper() for ch in cased)
        and len(text.split()) <= _BRANDING_WORDS
        and 2 * len(cased) > len(letters)
    )


def chrome_reason(text: str, site_names: Iterable[str] = ()) -> str | None:
    """Why a line at the top of a page is the site's chrome and not the document's title, or
    None when it may be a title. The line is not removed: it only is not the title.

    >>> chrome_reason("Home | About | Contact"), chrome_reason("Startseite")
    ('a menu', 'a menu')
    >>> chrome_reason("PERSONA WEEKLY", ["Persona Weekly"]), chrome_reason("personaweekly.net", ["https://www.personaweekly.net/x"])
    ('the site’s name', 'the site’s name')
    >>> chrome_reason("Comments"), chrome_reason("Inhaltsverzeichnis")
    ('a section label', 'a section label')
    >>> chrome_reason("Posted on March 3, 2024"), chrome_reason("2024年3月3日")
    ('a date line', 'a date line')
    >>> chrome_reason("Subscribe to our newsletter"), chrome_reason("Inscrivez-vous gratuitement")
    ('a sign-up prompt', 'a sign-up prompt')
    >>> chrome_reason("Cari dokumentasi…"), chrome_reason("Dokumentation durchsuchen")
    ('a search box', 'a search box')
    >>> chrome_reason("THE SYNTHETIC TIMES")
    'branding in capitals'
    >>> chrome_reason("ada-l opened this issue on Mar 3, 2026 · 4 comments")
    "a code host's event"
    >>> chrome_reason("Subscribe or Perish: How Newsletters Ate the Web") is None
    True
    >>> chrome_reason("« Past issues"), chrome_reason("« Non », dit le robot") is None
    ('a link back', True)
    >>> chrome_reason("App Store-forhåndsvisning"), chrome_reason("App Store முன்னோட்டம்")
    ("a store's banner", "a store's banner")
    >>> chrome_reason("Open the Mac App Store to buy and download apps.")
    "a store's prompt"
    >>> chrome_reason("Why I stopped buying apps in the Mac App Store") is None
    True
    >>> chrome_reason("Episode 41"), chrome_reason("5. előadás"), chrome_reason("Room 41") is None
    ("a part's number", "a part's number", True)
    """
    stripped = text.strip()
    if not stripped:
        return None
    if _key(stripped) in _site_keys(site_names):
        return "the site’s name"
    if _is_menu(stripped) or _SKIP_LINK.match(stripped) or _prefixed_row(stripped):
        return "a menu"
    if _EMAIL_FURNITURE.match(stripped):
        return "an email’s furniture"
    if _FILING_LABEL.match(stripped):
        return "a filing label"
    if _EVENT_FIELD.match(stripped):
        return "an event's field"
    if stripped.casefold().rstrip(" :") in _SECTION_LABELS:
        return "a section label"
    if _is_date_line(stripped):
        return "a date line"
    if _issue_line(stripped):
        return "an issue line"
    if _BACK_LINK.match(stripped) and len(stripped[1:].split()) <= _BACK_LINK_WORDS:
        return "a link back"
    if _STORE_BANNER.match(stripped) or _STORE_NOTICE.match(stripped):
        return "a store's banner"
    if _STORE_PROMPT.match(stripped):
        return "a store's prompt"
    if _SIGN_UP.match(stripped) or _MEMBER_PROMPT.match(stripped):
        return "a sign-up prompt"
    if _THREAD_NOTICE.match(stripped):
        return "a thread's notice"
    if _SEARCH_PROMPT.match(stripped):
        return "a search box"
    if _READ_ALSO.match(stripped):
        return "a link to another article"
    if _is_branding(stripped):
        return "branding in capitals"
    if _STAMP.match(stripped):
        return "an identifier stamp"
    if _CONSENT.match(stripped):
        return "a consent banner"
    if _DISCLOSURE.match(stripped):
        return "a disclosure"
    if _is_counter(stripped):
        return "a counter"
    if _is_event(stripped):
        return "a code host's event"
    if _wiki_from(stripped):
        return "a wiki's tagline"
    if _DROPDOWN.search(stripped):
        return "a menu"
    if _DOTFILE.match(stripped):
        return "a file listing's entry"
    if _GIT_LINE.match(stripped):
        return "a git viewer's line"
    if _PROXY_NOTICE.match(stripped):
        return "a proxy's notice"
    if _numbered(stripped):
        return "a part's number"
    return None
