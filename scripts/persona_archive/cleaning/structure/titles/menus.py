"""Menus and rows of links: a line of navigation words, a row of short items set apart by
the page's layout, a menu saved as one line of capitalised words, a tag list.

A menu at the top of a page is the first heading-like text a scrape keeps; it is never the
title. These recognisers say only that a line is a menu: the title stage passes it over and the
line stays in the text (removing it is the boilerplate stage's business).
"""

from __future__ import annotations

import re
from collections import Counter

import regex

from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.titles.evidence import body_share, prose_keys
from persona_archive.cleaning.structure.titles.measure import _STOPS, _no_space_script, _vocabulary

# Navigation words, in the languages the archive meets (casefolded). A line made only of them
# ("Home | About | Contact", "Menu", "Startseite") is a menu, never a title.
_MENU = _vocabulary(
    """home menu search about contact contacts blog blogs news archive archives categories
    category tags topics login logout register subscribe newsletter podcasts episodes shop
    store donate privacy terms help faq more share next previous back top sitemap explore
    account profile settings notifications community forums forum events jobs careers press
    about-us accueil rechercher recherche contactez connexion actualités archives catégories
    startseite suche kontakt anmelden abmelden impressum datenschutz nachrichten themen
    inicio buscar búsqueda contacto noticias categorías acceder cerca contatti accedi notizie
    início pesquisar pesquisa contato notícias entrar zoeken inloggen nieuws главная поиск
    контакты меню новости войти регистрация архив szukaj kontakt aktualności zaloguj
    ホーム メニュー 検索 ログイン お問い合わせ ニュース 首页 首頁 菜单 菜單 搜索 搜尋 登录
    登入 注册 註冊 新闻 新聞 홈 메뉴 검색 로그인 뉴스 الرئيسية بحث القائمة اتصل الأخبار
    hem meny sök kontakta nyheter arkiv hjem søg søk nyheder forside buscar menú cerca
    ricerca buscar pesquisa assine assinar sair acasă acasa anasayfa domů főoldal etusivu
    αρχική головна beranda címlap kezdőlap"""
)
_MENU_PHRASES = frozenset(
    {
        "about us",
        "contact us",
        "log in",
        "log out",
        "sign in",
        "sign up",
        "sign out",
        "main menu",
        "skip to content",
        "skip to main content",
        "our team",
        "à propos",
        "über uns",
        "acerca de",
        "sobre nosotros",
        "chi siamo",
        "sobre nós",
        "over ons",
        "о нас",
        "strona główna",
        "iniciar sesión",
        "logga in",
        "logga ut",
        "om oss",
        "log ind",
        "logg inn",
        "om os",
        "fazer login",
        "ana sayfa",
        "giriş yap",
        "přihlásit se",
        "trang chủ",
        "área do assinante",
        "关于我们",
        "關於我們",
        "联系我们",
        "聯絡我們",
        "من نحن",
    }
)
# A skip link ("Skip to content", "Zum Inhalt springen", "Hoppa till innehållet") or a menu's
# control ("Open navigation", "Go to Reddit Home", "Back to top"): furniture at the top of a page.
_SKIP_LINK = re.compile(
    r"""^\W*(?:
        (?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|article
            |recipe|comments|video|footer)
      | (?:print|pin|save|rate)\s+(?:this\s+)?recipe
      | (?:aller|passer|accéder)\s+au\s+(?:contenu|menu)(?:\s+principal)?
      | (?:direkt\s+)?zum\s+(?:haupt)?inhalt(?:\s+springen|\s+wechseln)?
      | (?:ir|saltar|pasar)\s+al\s+contenido(?:\s+principal)?
      | (?:ir|pular|saltar)\s+para\s+o\s+conte[úu]do(?:\s+principal)?
      | (?:vai|salta|passa)\s+al\s+contenuto(?:\s+principale)?
      | (?:ga|spring)\s+naar\s+(?:de\s+)?(?:hoofd)?inhoud
      | hoppa\s+till\s+(?:huvud)?innehållet | (?:spring|hop|gå)\s+til\s+(?:hoved)?ind(?:hold|hald)
      | hopp\s+til\s+(?:hoved)?innhold(?:et)?
      | przejdź\s+do\s+(?:treści|zawartości) | перейти\s+к\s+(?:содержанию|контенту)
      | перейти\s+до\s+(?:основного\s+)?(?:вмісту|змісту) | ugrás\s+a\s+(?:fő)?tartalomra
      | siirry\s+(?:pää)?sisältöön | içeriğe\s+(?:atla|geç) | přeskočit\s+na\s+obsah
      | preskočiť\s+na\s+obsah | sari\s+la\s+conținut | μετάβαση\s+στο\s+περιεχόμενο
      | langsung\s+ke\s+konten | chuyển\s+đến\s+nội\s+dung | דלג\s+לתוכן
      | تخط[ىي]\s+إلى\s+المحتوى | ข้ามไปยังเนื้อหา
      | παράλειψη\s+στο\s+περιεχόμενο | 跳到主要内容 | 跳至主要內容 | 본문\s*바로가기
      | メインコンテンツへ(?:スキップ|移動)
      | (?:open|close|toggle|show|hide|expand|collapse)\s+(?:the\s+)?(?:main\s+|site\s+)?
            (?:menu|navigation|nav|search|sidebar)
      | (?:go|back|return)\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:home|homepage|home\s+page
            |front\s+page|top)
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _is_menu(text: str) -> bool:
    """A menu: a line of navigation words (``_MENU``), or three or more short items that the
    page's layout set apart with runs of spaces or dots ("Hem   Galleri   Om mig   Kontakt",
    "Mark as read · Add to favourites · Share"): a row of links; in a script written without
    spaces, only items of one or two words set apart with runs of spaces.

    >>> _is_menu("Hem   Galleri   Utrustning   Om mig   Kontakt"), _is_menu("Why  bees left")
    (True, False)
    """
    spaces = not _no_space_script(text)  # Thai sets its phrases apart with spaces
    for row, words in ((r"\s{2,}", 3 if spaces else 2), (r"\s+[·•]\s+", 3 if spaces else 0)):
        items = [i for i in re.split(row, text.strip()) if i]  # runs of spaces, or dots
        if any(re.search(rf"[{_STOPS}!?！？:,]", i) for i in items):
            continue
        sizes = [len(i.split()) for i in items]
        if len(items) >= 3 and all(n <= words for n in sizes):
            return True
        # four or more items set apart: one of them may be a longer link ("फ़ॉलो कर रहे हैं")
        if spaces and len(items) >= _ROW_ITEMS and sorted(sizes)[-2] <= words:
            return max(sizes) <= words + 1
    items = [i for i in re.split(r"\s*[|·•/»›>]\s*|\s{2,}", text.casefold().strip()) if i]
    if not items:
        return False
    for item in items:
        item = item.strip(" \t-–—:*#")
        if item in _MENU_PHRASES:
            continue
        words = item.split()
        if not words or not all(w.strip(".,!?") in _MENU for w in words):
            return False
    return True


# A control that opens a list ("Sort by: Most helpful ▾", "Language ▼"): a form's, not a title.
_DROPDOWN = re.compile(r"[▾▼⌄▿⏷🔽]\W*$")


def _spaced_row(text: str) -> bool:
    """A menu or a row of topic tags in a script written without spaces, its items set apart
    by spaces ("首页 看贴 图片 精品 视频", "人工智能 大语言模型 心理学", "記事を書く ログイン
    会員登録"): three or more items of at most ``_SPACED_ITEM`` characters. A headline written
    so has a phrase longer than that ("用了半年 AI 助手，我发现它越来越像我").

    >>> _spaced_row("首页 看贴 图片 精品 视频"), _spaced_row("人工智能 大语言模型 心理学")
    (True, True)
    >>> _spaced_row("让AI帮我改红烧肉的做法"), _spaced_row("为什么有些 AI 助手总是先说“好问题”？")
    (False, False)

    An item's marks around its words ("■掲示板に戻る■", "↓最後", "【新着】") are the layout's:
    the item is measured without them.

    >>> _spaced_row("■掲示板に戻る■ 全部 1- 最新50 ↓最後")
    True
    """
    items = text.split()
    return (
        len(items) >= 3
        and _no_space_script(text)
        and all(
            len(_DECORATION.sub("", i)) <= _SPACED_ITEM and not re.search(r"[。！？、，]", i)
            for i in items
        )
    )


# Symbols a layout sets around a menu's item (squares, arrows, brackets): not its words.
_DECORATION = regex.compile(r"^[\p{S}\p{Ps}\p{Pe}\p{Pd}]+|[\p{S}\p{Ps}\p{Pe}\p{Pd}]+$")


_SPACED_ITEM = 6
"""A menu's item or a tag in a script without spaces has at most this many characters (a word
or two: "大语言模型", "記事を書く")."""


def _tag_list(text: str) -> bool:
    """A list of tags or hubs on one line: three or more items of one to three words between
    commas ("Машинное обучение*, Искусственный интеллект, Python*", "ai, ml, personas"), in a
    script written with spaces.

    >>> [_tag_list(t) for t in ("Bees, tea, bikes", "Crowding, airflow and the kale that lived")]
    [True, False]
    """
    if _no_space_script(text):
        return False  # no words to count: "AIとの会話、パン作り、猫のこと…" is a phrase
    items = [i.strip() for i in re.split(r"[,;]", text)]
    return len(items) >= 3 and all(0 < len(i.split()) <= 3 for i in items)


_PREFIX_MIN = 3
"""The shortest prefix every item of a row shares that makes it a row of labels."""


def _prefixed_row(text: str) -> bool:
    """A row of three or more labels that each open with the same word or prefix and go on
    ("ห้องก้นครัว ห้องไกลบ้าน ห้องศุภชลาศัย": rooms; "room-kitchen room-travel room-bikes"): a forum's
    rooms or tags, never a headline. Three words sharing two letters ("Unhappy Unusual
    Unseen") or none are no such row.

    >>> [_prefixed_row(t) for t in ("ห้องก้นครัว ห้องไกลบ้าน ห้องศุภชลาศัย",
    ...  "room-kitchen room-travel room-bikes", "Unhappy Unusual Unseen", "Bees in winter")]
    [True, True, False, False]
    """
    items = text.split()
    if len(items) < 3 or any(re.search(r"[.,:;!?]$", i) for i in items):
        return False
    prefix = items[0]
    for item in items[1:]:
        k = 0
        while k < min(len(prefix), len(item)) and prefix[k] == item[k]:
            k += 1
        prefix = prefix[:k]
    return len(prefix) >= _PREFIX_MIN and all(len(i) > len(prefix) for i in items)


_ROW_ITEMS = 4
"""A menu saved as one line has at least this many items (a site's name has fewer words)."""


def _menu_row(text: str) -> bool:
    """A menu's items saved as one line ("Zprávy Domácí Zahraničí Ekonomika Sport"):
    ``_ROW_ITEMS`` or more words of a cased script, two thirds of them capitalised words or
    numbers ("Dokument och publikationer"), no punctuation. A headline in title case has the
    same shape: only a line with nothing of a headline's own under it (``_lead``) is taken for
    a row.

    >>> [_menu_row(t) for t in ("Acasă Actualitate Economie Tehnologie", "Why the bees left")]
    [True, False]
    >>> _menu_row("Strona główna Technologia Sztuczna inteligencja")
    True
    """
    words = text.split()
    capitals = sum(w[0].isupper() or w.isdigit() for w in words)
    if not (len(words) >= _ROW_ITEMS and not regex.search(r"[^\w\p{M}\s&+-]", text)):
        return False
    if _no_space_script(text):
        return False
    if not any(ch.isupper() or ch.islower() for ch in text):
        # a caseless script (Hangul, Devanagari, Hebrew) has no capitals to tell a row from a
        # headline: two of its words must be navigation words ("블로그 검색 … 홈 내 소식 로그인")
        return sum(w.casefold() in _MENU for w in words) >= 2
    if _HOME_FIRST.match(text):  # a breadcrumb saved without its arrows, from the home link
        return words[0][0].isupper() and 2 * capitals >= len(words)
    return words[0][0].isupper() and 3 * capitals >= 2 * len(words)


def _home_row(text: str) -> bool:
    """A breadcrumb saved without its arrows: a menu's row that opens with the home link.

    >>> _home_row("Strona główna Technologia Sztuczna inteligencja"), _home_row("Home is here")
    (True, False)
    """
    return bool(_HOME_FIRST.match(text)) and _menu_row(text)


# The home link a breadcrumb opens with, in the major languages, then another capitalised item
# ("Strona główna Technologia Sztuczna inteligencja", "Startseite Technik Künstliche
# Intelligenz"): half the row's words capitalised is enough there, as an item may be two words.
_HOME_FIRST = regex.compile(
    r"^(?:home|homepage|startseite|accueil|inicio|início|home\s?page|главная|головна"
    r"|strona\s+główna|trang\s+chủ|ana\s?sayfa|hjem|hem|forside|etusivu|αρχική|domů|főoldal"
    r"|kezdőlap|acasă|beranda|úvod|pradžia|sākums|avaleht|naslovna|početna)\s+\p{Lu}",
    regex.IGNORECASE,
)


_ECHOES = 2
"""A row's words that stand elsewhere on the page as labels of their own: more than this many
make the row the site's menu; this many ..."""
_ROW_SHARE = 0.2
"""... when the body speaks of less than this share of its words (``evidence.body_share``)."""
_LABEL_WORDS = 2
"""A line of at most this many words is a label of its own (a menu's item, a section's name)."""
_SENTENCE_MARK = regex.compile(r"[.,;:!?…。！？、，؛،।]")
_CRUMB_STEP = re.compile(r"\s*[/›»>|·•]\s*")


def _echoed_row(
    body: list[Line], i: int, gone: dict[int, str], labels: Counter[str] | None = None
) -> bool:
    """Whether ``body[i]`` is the site's menu saved as one line, in any language and case
    ("Acasă Actualitate Sport Cultură Meteo", "होम देश विदेश खेल मौसम"): four or more words
    without a sentence's punctuation, ``_ECHOES`` of which the page shows elsewhere as labels
    of their own (a line of one or two words, a breadcrumb's step, a label before a colon:
    "Actualitate", "होम / टेक्नोलॉजी", "Meteo: …"), three of them or two and a body that hardly
    speaks of the row's words (``_ROW_SHARE``). A headline names what the body speaks of.
    ``labels``: the page's (``page_labels``), when the caller asks of many lines.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Home News Sport Weather Travel\\nThe pier reopens after the storm"
    ...                    "\\nThe pier reopened on Monday after the winter storm damaged it."
    ...                    "\\nWeather: rain tomorrow\\nSport")
    >>> _echoed_row(body, 0, {}), _echoed_row(body, 1, {})
    (True, False)
    """
    text = body[i].text.strip()
    if not _row_shape(text):
        return False
    words = text.split()
    if labels is None:
        labels = page_labels(body, gone)
    own = _page_labels([text])
    echoes = sum(labels[w] > own[w] for w in {w.casefold() for w in words})
    if echoes > _ECHOES:
        return True
    return echoes == _ECHOES and body_share(text, prose_keys(body[i + 1 :])) < _ROW_SHARE


_LABEL_REACH = 40
"""A label of its own is a short line, a breadcrumb or a label before a colon within this many
characters: the body's long lines are passed over (cheaply, on a long page)."""


def _row_shape(text: str) -> bool:
    """The shape of a menu saved as one line: ``_ROW_ITEMS`` words or more, in a script written
    with spaces, without a sentence's punctuation."""
    text = text.strip()
    return (
        len(text.split()) >= _ROW_ITEMS
        and not _SENTENCE_MARK.search(text)
        and not _no_space_script(text)
    )


def page_labels(body: list[Line], gone: dict[int, str]) -> Counter[str]:
    """The labels the page shows on lines of their own (``_page_labels``), kept or removed."""
    return _page_labels([ln.text for ln in body] + list(gone.values()))


def _page_labels(lines: list[str]) -> Counter[str]:
    """The labels ``lines`` show on lines of their own, casefolded, and on how many lines: a
    line of one or two words, a breadcrumb's steps, a label before a colon ("Actualitate",
    "होम / टेक्नोलॉजी", "Meteo:").

    >>> sorted(_page_labels(["Sport", "Home / Tech", "Meteo: rain", "A long line of prose."]))
    ['home', 'meteo', 'meteo: rain', 'sport', 'tech']
    """
    labels: Counter[str] = Counter()
    for line in lines:
        line = line.strip()
        head = line[:_LABEL_REACH]
        if len(line) > _LABEL_REACH and not _CRUMB_STEP.search(line) and ":" not in head:
            continue
        found = set()
        label, colon, _ = line.partition(":")
        if colon and 0 < len(label.split()) <= _LABEL_WORDS:
            found.add(label.casefold())
        steps = [s for s in _CRUMB_STEP.split(line) if s]
        found.update(s.casefold() for s in steps if len(s.split()) <= _LABEL_WORDS)
        labels.update(found)
    return labels
