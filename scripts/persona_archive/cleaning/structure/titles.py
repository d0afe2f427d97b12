"""Title and byline: recognise the lines at the top of a text that name its title and authors,
and supply a title where the text has none.

It exists because a scraped page carries its title and byline as ordinary lines, among the
site's chrome (menus, the site's name, section labels, dates, sign-up prompts, branding); they
must become the page's title and authors (and leave the body) only when their shape is
unmistakable. A text without a title line gets a *derived* title from its first sentence, which
the archive supplies (``title_source: derived``) and shows and cites in square brackets.

The order, first found wins (``title_source``): the catalog's ``title`` → a heading-like line
at the top that is not chrome (``text``: the first headline-shaped line before the body, past
the site's masthead, see ``title_line``) → the first sentence (``derived``). What counts as the
site's own name comes from the catalog and the site's profile (``Hints.site_names``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise
from urllib.parse import urlsplit

import regex

from persona_archive.cleaning.duplicates import word_count
from persona_archive.cleaning.model import Change, Line
from persona_archive.cleaning.structure.bylines import byline_names
from persona_archive.cleaning.structure.detection import (
    _NARRATION,
    _POST_MARKER,
    Hints,
    _is_reply_start,
)
from persona_archive.cleaning.structure.text import (
    _ABBREVIATIONS,
    _LIST_ITEM,
    STAGE,
    _sentences,
    _words,
)
from persona_archive.page import CATALOG, DERIVED, PAGE, TEXT  # noqa: F401 (re-exported)

_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|bin|al)\s+"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+(?:{_PARTICLE})*[A-Z][\w'’.-]*){{0,3}}"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|posted\s+by|words\s+by)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*$"
)
# What ends a sentence in the scripts the archive meets: the full stop and the ellipsis, the
# ideographic full stop, the Devanagari and Bengali danda ("।", "॥"), the Urdu full stop ("۔"),
# the Ethiopic ("።") and Burmese ("။") ones, the Armenian ("։").
_STOPS = ".…。।॥۔።။։"
TITLE_WIDTH = 90
"""A first sentence this wide (a CJK character counts two) or less is a title as it is..."""
TITLE_WORDS = 16
"""... if it has at most this many words; a longer one is cut at a clause boundary."""
TITLE_MAX_WIDTH = 150
"""A first sentence without a clause boundary is kept whole up to this width."""
TITLE_MIN_WORDS = 3
"""A clause cut shorter than this says too little: the cut is made further on."""


def _byline_authors(text: str) -> list[str] | None:
    """Author names of a byline line ("By Jane Doe and John Roe"), else None.

    >>> _byline_authors("By Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> _byline_authors("By the way, this is prose.") is None
    True
    """
    m = _BYLINE.match(text)
    if not m:
        return None
    names = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)) if p.strip()]
    if not names or any(not n[0].isupper() or len(_words(n)) < 2 for n in names):
        return None  # "by the way" and the like: the name pattern is case-insensitive here
    return names


# ----------------------------------------------------------------------------------- chrome


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one blank-separated string."""
    return frozenset(words.split())


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
# Where a post is filed, as a label and its value ("Series: Building a persona", "Category: AI",
# "Filed under: Bees", "Kategorie: KI"): the site's filing, never the post's title.
_FILING_LABEL = re.compile(
    r"^(?:series|category|categories|filed\s+under|posted\s+in|tags?|section|serie|série"
    r"|kategorie|kategorien|schlagwörter|rubrik|catégorie|catégories|rubrique|categoría|categoria"
    r"|etiquetas|sezione|reeks|kategoria|kategori|рубрика|категория|分类|分類|カテゴリー|카테고리"
    r"|guild|workspace)"
    r"\s*[:：]\s*\S",
    re.IGNORECASE,
)
# The furniture an emailed newsletter keeps in its web view: the link to the web view itself,
# "Forward to a friend", the note on why the reader gets it.
_EMAIL_FURNITURE = re.compile(
    r"""^\W*(?:
        (?:view|read|open|see)\s+(?:this\s+(?:email|e-mail|newsletter|message|issue)|it|online
            |in\s+(?:your\s+)?browser)(?:\s+(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s+)?browser
            |\s+online)?
      | (?:having\s+)?trouble\s+(?:viewing|reading)\s+this\s+(?:email|e-mail|message)\b.{0,60}
      | (?:email|e-mail)\s+not\s+displaying\s+correctly\b.{0,60}
      | forward\s+(?:this\s+(?:email|e-mail|newsletter)\s+)?to\s+a\s+friend
      | (?:click|tap)\s+here\s+to\s+(?:view|read)\b.{0,40}
      | (?:voir|afficher|lire|consulter)\s+(?:la\s+version\s+(?:en\s+ligne|web)
            |(?:cet|ce|cette|la)\s+(?:e-?mail|courriel|message|lettre|newsletter|infolettre)
                \s+(?:dans\s+(?:votre|le)\s+navigateur|en\s+ligne)
            |dans\s+(?:votre|le)\s+navigateur)
      | (?:im|in\s+(?:ihrem|deinem))\s+browser\s+(?:ansehen|anzeigen|öffnen|lesen)
      | (?:diese\s+)?(?:e-?mail|newsletter)\s+im\s+browser\s+(?:ansehen|anzeigen|öffnen|lesen)
      | online\s+(?:ansehen|lesen|anzeigen)
      | ver\s+(?:este\s+(?:correo|e-?mail)\s+)?en\s+(?:el|tu|su)\s+navegador
      | (?:ver|abrir|visualizar)\s+(?:este\s+e-?mail\s+)?no\s+(?:seu\s+)?navegador
      | visualizza\s+(?:questa\s+(?:e-?mail|newsletter)\s+)?(?:nel\s+(?:tuo\s+)?browser|online)
      | (?:visa|öppna|läs)\s+(?:i\s+(?:din\s+)?webbläsare|(?:mejlet|nyhetsbrevet)\s+i\s+webbläsaren)
      | bekijk\s+(?:deze\s+(?:e-?mail|nieuwsbrief)\s+)?in\s+(?:je|uw)\s+browser
    )[.!…]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Labels of a page's sections, not of the document: "Comments", "Transcript", "Related posts".
_SECTION_LABELS = frozenset(
    {
        "comments",
        "comment",
        "replies",
        "responses",
        "discussion",
        "transcript",
        "full transcript",
        "show notes",
        "episode notes",
        "notes",
        "summary",
        "abstract",
        "introduction",
        "conclusion",
        "contents",
        "table of contents",
        "in this article",
        "in this post",
        "in this episode",
        "related",
        "related posts",
        "related articles",
        "related stories",
        "read next",
        "read more",
        "latest",
        "latest posts",
        "latest news",
        "recent posts",
        "popular",
        "popular posts",
        "trending",
        "featured",
        "editor's picks",
        "editor’s picks",
        "most read",
        "most popular",
        "top stories",
        "references",
        "footnotes",
        "appendix",
        "update",
        "updates",
        "highlights",
        "key takeaways",
        "recent blog posts",
        "blog posts",
        "more stories",
        "more from",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "member-only story",
        "opinion",
        "analysis",
        "commentary",
        "editorial",
        "explainer",
        "breaking news",
        "exclusive",
        "sponsored",
        "advertisement",
        "anzeige",
        "werbung",
        "meinung",
        "publicité",
        "tribune",
        "publicidad",
        "opinión",
        "pubblicità",
        "opinione",
        "publicidade",
        "opinião",
        "annons",
        "annonse",
        "annonce",
        "åsikt",
        "meninger",
        "reklama",
        "реклама",
        "мнение",
        "广告",
        "廣告",
        "広告",
        "광고",
        "tl;dr",
        "tldr",
        "podcast appearances",
        "about the author",
        "commentaires",
        "résumé",
        "sommaire",
        "à lire aussi",
        "articles similaires",
        "transcription",
        "kommentare",
        "zusammenfassung",
        "inhalt",
        "inhaltsverzeichnis",
        "einleitung",
        "fazit",
        "verwandte artikel",
        "transkript",
        "comentarios",
        "resumen",
        "índice",
        "introducción",
        "conclusión",
        "artículos relacionados",
        "transcripción",
        "commenti",
        "riassunto",
        "indice",
        "introduzione",
        "articoli correlati",
        "trascrizione",
        "comentários",
        "resumo",
        "introdução",
        "conclusão",
        "artigos relacionados",
        "transcrição",
        "reacties",
        "samenvatting",
        "inhoud",
        "inleiding",
        "комментарии",
        "содержание",
        "введение",
        "заключение",
        "аннотация",
        "расшифровка",
        "похожие статьи",
        "komentarze",
        "spis treści",
        "wstęp",
        "podsumowanie",
        "コメント",
        "目次",
        "概要",
        "まとめ",
        "関連記事",
        "评论",
        "評論",
        "目录",
        "目錄",
        "摘要",
        "相关文章",
        "相關文章",
        "댓글",
        "목차",
        "요약",
        "관련 기사",
        "التعليقات",
        "تعليقات",
        "المحتويات",
        "ملخص",
        "مقالات ذات صلة",
    }
)
# Prompts to subscribe, sign up, log in or join, in several languages: an imperative, then at
# most a short object ("Subscribe to our newsletter", "Inscrivez-vous gratuitement").
_SIGN_UP = re.compile(
    r"""^\W*(?:
        (?:subscribe|sign\s+up|sign\s+in|log\s*in|register)
            (?:\s+(?:now|today|here|free|for\s+free))?(?:\s+(?:to|for|with)\b.{0,60})?
      | join\s+(?:us|now|today|free|our\s+\w+(?:\s+list)?|the\s+(?:newsletter|mailing\s+list
            |waitlist|wait\s+list|community|club))\b.{0,40}
      | create\s+(?:a|an|your)\s+(?:free\s+)?account\b.{0,40}
      | (?:get|download)\s+(?:the|our)\s+(?:free\s+)?(?:newsletter|app)\b.{0,40}
      | become\s+a\s+(?:paid\s+)?(?:member|subscriber|patron|supporter)\b.{0,40}
      | start\s+(?:your\s+)?free\s+trial\b.{0,40}
      | (?:enter|type)\s+your\s+e-?mail\b.{0,40}
      | (?:don['’]t|never)\s+miss\s+(?:a|an|another)\s+(?:post|issue|episode|story)\b.{0,40}
      | abonnez-vous\b.{0,60} | inscrivez-vous\b.{0,60} | connectez-vous\b.{0,60}
      | s['’]abonner\b.{0,60} | (?:jetzt\s+)?(?:abonnieren|registrieren|anmelden)\b.{0,60}
      | newsletter\s+abonnieren\b.{0,60} | melden\s+sie\s+sich\s+an\b.{0,60}
      | suscr[ií]bete\b.{0,60} | reg[ií]strate\b.{0,60} | inicia\s+sesi[oó]n\b.{0,60}
      | iscriviti\b.{0,60} | abbonati\b.{0,60} | inscreva-se\b.{0,60}
      | assine\s+(?:já|agora)\b.{0,60}
      | подпишитесь\b.{0,60} | зарегистрируйтесь\b.{0,60} | войдите\b.{0,60}
      | zapisz\s+się\b.{0,60} | zaloguj\s+się\b.{0,60}
      | (?:订阅|訂閱|注册|註冊|登录|登入|購読|登録|ログイン|구독|로그인|회원가입|اشترك|سجل).{0,30}
    )[.!…]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MONTHS = _vocabulary(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre januar februar märz april juni juli oktober
    dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
    diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro
    fevereiro março maio junho julho setembro outubro novembro dezembro januari februari maart
    mei augustus januari января февраля марта апреля мая июня июля августа сентября октября
    ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь
    декабрь stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
    listopada grudnia maj augusti augustus mei maart oktober mrt okt mei ianuarie februarie
    martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie ocak şubat mart
    nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık ledna února března dubna
    května června července srpna září října listopadu prosince leden únor březen duben
    květen červen červenec srpen říjen listopad prosinec január február március április május
    június július augusztus szeptember október marts desember tammikuuta helmikuuta
    maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta
    marraskuuta joulukuuta maret agustus desember ιανουαρίου φεβρουαρίου μαρτίου απριλίου
    μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου січня лютого
    березня квітня травня червня липня серпня вересня жовтня листопада грудня ינואר פברואר
    מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר"""
)
# Words that may stand beside a date on a date line: weekdays, "posted", "updated", "on", "at"…
_DATE_WORDS = _vocabulary(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri
    sat sun posted published updated last modified date dated on at am pm utc gmt est edt pst
    pdt cet cest of the st nd rd th ago le publié mis à jour lundi mardi mercredi jeudi
    vendredi samedi dimanche am um uhr veröffentlicht aktualisiert montag dienstag mittwoch
    donnerstag freitag samstag sonntag el de del publicado actualizado lunes martes miércoles
    jueves viernes sábado domingo il pubblicato aggiornato alle ore lunedì martedì mercoledì
    giovedì venerdì sabato domenica em atualizado às segunda terça quarta quinta sexta feira
    г года опубликовано обновлено publicerad uppdaterad kl den måndag tisdag onsdag torsdag
    fredag lördag söndag publiceret opdateret publisert oppdatert mandag tirsdag lørdag søndag
    gepubliceerd bijgewerkt aangepast om maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag ma di wo do vr za zo submitted received accepted revised created edited modified
    luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica publicat
    actualizat pazartesi salı çarşamba perşembe cuma cumartesi pazar güncelleme güncellendi
    yayınlanma tarihi pondělí úterý středa čtvrtek pátek sobota neděle aktualizováno
    publikováno hétfő kedd szerda csütörtök péntek szombat vasárnap thứ hai ba tư năm sáu
    bảy chủ nhật ngày tháng senin selasa rabu kamis jumat sabtu minggu wib wita wit am um
    poniedziałek wtorek środa czwartek piątek sobota niedziela opublikowano zaktualizowano
    ma ti ke to pe la su klo päivitetty julkaistu に更新 に公開 に投稿 更新 公開 投稿 发布
    發布 发表于 發表於 更新于 更新於 发布于 發佈於 작성 수정 등록"""
)
_DATE_TOKEN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?"
    r"|\d{1,2}月\d{1,2}日|\d{4}년(?:\s*\d{1,2}월(?:\s*\d{1,2}일)?)?|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\b\d{1,2}h\d{2}\b|\bkl\.?\s*\d{1,2}[.:]\d{2}\b"  # "08h30", Swedish "kl. 07.15"
)


def _site_keys(names: Iterable[str]) -> set[str]:
    """Comparison keys of a site's names: letters and digits, casefolded; for a URL or a host,
    also the host and the host's name (``https://www.example.org/a`` → ``exampleorg``,
    ``example``).

    >>> sorted(_site_keys(["Example Blog", "https://www.example.org/a"]))
    ['example', 'exampleblog', 'exampleorg']
    """
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        if "://" in name or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):
            host = (urlsplit(name if "//" in name else "//" + name).hostname or "").lower()
            parts = host.removeprefix("www.").split(".")
            keys.add(_key(".".join(parts)))
            if len(parts) >= 2 and len(parts[-2]) >= 4:
                keys.add(_key(parts[-2]))
        else:
            keys.add(_key(name))
    keys.discard("")
    return keys


def _key(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


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


# The author after a date ("… 4. März 2025 von Jana", "March 4, 2025 by Ines Walcott").
_DATE_BY = re.compile(
    r"\s+(?:by|von|par|por|di|door|av|af|przez|от|autorem|autor|autora|автор)\s+\S.{0,40}$",
    re.IGNORECASE,
)


def _is_date_line(text: str) -> bool:
    """A line that gives a date: date tokens, months and the words that stand beside them
    (weekdays, "posted", "updated"), or a short label and a date ("Data de Ingresso: Mar
    2014", "Diperbarui: 2 Maret 2026 09:15": a profile's or a post's field, in any language).

    >>> [_is_date_line(t) for t in ("Posted on March 3, 2024", "Joined: Mar 2014", "Top 10")]
    [True, True, False]
    """
    label, colon, value = text.partition(":")
    if (
        colon
        and value.startswith(" ")
        and 0 < len(label.split()) <= 3
        and not any(ch.isdigit() for ch in label)
        and _is_date_line(value.strip())
    ):
        return True
    folded = _DATE_BY.sub("", text.casefold())  # "Veröffentlicht am 4. März 2025 von Jana"
    dated = bool(_DATE_TOKEN.search(folded))
    rest = _DATE_TOKEN.sub(" ", folded)
    words = re.findall(r"[^\W\d_]+", rest)
    numbers = re.findall(r"\d+", rest)
    months = [w for w in words if w.rstrip(".") in _MONTHS]
    if not (dated or (months and numbers) or re.fullmatch(r"\s*(?:19|20)\d\d\s*", folded)):
        return False
    return all(w in _MONTHS or w in _DATE_WORDS for w in words) and len(numbers) <= 3


_BRANDING_WORDS = 4
"""A line in capitals of at most this many words is a site's branding ("THE MORNING LEDGER");
a longer one is a headline typed in capitals ("WHY I STOPPED THANKING MY CHATBOT")."""


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
    >>> chrome_reason("THE SYNTHETIC TIMES")
    'branding in capitals'
    >>> chrome_reason("Subscribe or Perish: How Newsletters Ate the Web") is None
    True
    """
    stripped = text.strip()
    if not stripped:
        return None
    if _key(stripped) in _site_keys(site_names):
        return "the site’s name"
    if _is_menu(stripped) or _SKIP_LINK.match(stripped):
        return "a menu"
    if _EMAIL_FURNITURE.match(stripped):
        return "an email’s furniture"
    if _FILING_LABEL.match(stripped):
        return "a filing label"
    if stripped.casefold().rstrip(" :") in _SECTION_LABELS:
        return "a section label"
    if _is_date_line(stripped):
        return "a date line"
    if _SIGN_UP.match(stripped):
        return "a sign-up prompt"
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
    if _DROPDOWN.search(stripped):
        return "a menu"
    return None


# A control that opens a list ("Sort by: Most helpful ▾", "Language ▼"): a form's, not a title.
_DROPDOWN = re.compile(r"[▾▼⌄▿⏷🔽]\W*$")


# The heading of a cookie or privacy banner ("Cookies on GOV.EXAMPLE", "We value your privacy",
# "Cookie-Einstellungen", "Vos choix en matière de cookies"): the consent notice's, not the page's.
_CONSENT = re.compile(
    r"^\W*(?:cookies\s+on\s+(?:the\s+)?(?-i:[A-Z0-9][\w.-]*)(?:\s+(?-i:[A-Z0-9][\w.-]*)){0,2}"
    r"(?:\s+(?:website|site))?"
    r"|(?:accept|reject|allow|decline|refuse)\s+(?:all\s+|additional\s+|optional\s+)?cookies"
    r"|we\s+(?:use|value)\s+(?:cookies|your\s+privacy)\b.{0,60}"
    r"|(?:this|our)\s+(?:site|website)\s+uses\s+cookies\b.{0,60}"
    r"|(?:manage\s+)?cookie\s*(?:settings|preferences|policy|consent|notice|choices)"
    r"|(?:your\s+)?privacy\s+(?:choices|settings|preferences)"
    r"|cookie-?(?:einstellungen|hinweis|richtlinie)|wir\s+verwenden\s+cookies\b.{0,60}"
    r"|(?:gestion\s+des\s+|paramètres\s+des\s+)cookies|nous\s+utilisons\s+des\s+cookies\b.{0,60}"
    r"|vos\s+choix\s+en\s+matière\s+de\s+cookies|utilizamos\s+cookies\b.{0,60}"
    r"|configuración\s+de\s+cookies|usiamo\s+i\s+cookie\b.{0,60}|impostazioni\s+(?:dei\s+)?cookie"
    r"|utilizamos\s+cookies\b.{0,60}|wij\s+gebruiken\s+cookies\b.{0,60}"
    r"|używamy\s+(?:plików\s+)?cookies?\b.{0,60}|мы\s+используем\s+(?:файлы\s+)?cookie\b.{0,60})"
    r"[.!…]*$",
    re.IGNORECASE,
)
# A repository's or a publisher's stamp printed on a document's first page, which a PDF's text
# keeps as a line of its own ("arXiv:2505.04417v2 [cs.CL] 19 May 2025", "doi:10.1000/xyz",
# "ISSN 1234-5678"): the copy's identifier, never its title.
_STAMP = re.compile(
    r"^(?:arxiv:\s*(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?\b"
    r"|doi:\s*10\.\d{4,}/|(?:https?://)?(?:dx\.)?doi\.org/10\.\d{4,}/"
    r"|e?-?issn:?\s*\d{4}-\d{3}[\dx]\b|isbn(?:-1[03])?:?\s*[\d-]{10,}"
    r"|preprint\s+(?:arxiv|doi)\b)",
    re.IGNORECASE,
)
# What a page counts: a label and a number ("Views: 1,204", "查看: 1846", "조회 312", "Yanıt: 4")
# or a number and a label ("1.2k views", "3 replies").
_COUNT = r"\d[\d.,\s]*(?:[kmb]|千|万|萬)?"
_COUNTER_PART = re.compile(
    rf"^(?:(?P<label>[^\W\d_][\w'’ -]{{0,20}}?)\s*[:：]?\s*{_COUNT}"
    rf"|{_COUNT}\s*(?P<after>[^\W\d_][\w'’-]{{0,20}}))$",
    re.IGNORECASE,
)
# The labels of a single count: a count of views, replies, comments, likes or readers.
_COUNTER_WORDS = _vocabulary(
    """views view replies reply comments comment likes like reads readers visits hits answers
    votes points shares görüntüleme görüntülenme yanıt yanıtlar yorum yorumlar beğeni okunma
    wyświetlenia wyświetleń odpowiedzi komentarze zobrazení odpovědi komentáře megtekintés
    válasz hozzászólás переглядів перегляди відповіді коментарі просмотры просмотров ответы
    ответов комментарии aufrufe antworten kommentare vues réponses commentaires visitas
    respuestas comentarios visualizzazioni risposte commenti visualizações respostas reacties
    weergaven visningar svar kommentarer 查看 阅读 閱讀 回复 回覆 评论 評論 点赞 點讚 浏览 瀏覽
    人気 閲覧 閲覧数 返信 コメント いいね 조회 조회수 댓글 공감 추천 مشاهدة مشاهدات تعليقات
    ردود بازدید نظرات צפיות תגובות दृश्य टिप्पणियां"""
)


def _is_counter(text: str) -> bool:
    """A line of counts: two or more "label: number" parts ("查看: 1846|回复: 3", "Views: 12 ·
    Replies: 3"), or one whose label is a count's ("조회 312", "1.2k views"). A title that has a
    number in it ("Top 10", "Chapter 3: the kettle") is no count.

    >>> [_is_counter(t) for t in ("查看: 1846|回复: 3", "1.2k views", "조회 312", "Top 10")]
    [True, True, True, False]
    """
    parts = [p.strip() for p in re.split(r"\s*[|·•∙/]\s*", text) if p.strip()]
    matches = [_COUNTER_PART.match(p) for p in parts]
    if not parts or not all(matches):
        return False
    labels = [(m.group("label") or m.group("after") or "").casefold().strip() for m in matches if m]
    if len(parts) >= 2 and all(re.search(r"\D[:：]", p) for p in parts):
        return True  # "查看: 1846|回复: 3"
    return any(label in _COUNTER_WORDS for label in labels)


def site_names(hints: Hints) -> tuple[str, ...]:
    """Every name the document's site goes by: the catalog's site, its URL, the profile's."""
    return tuple(n for n in (hints.site, hints.url, *hints.site_names) if n)


_TOP_LINES = 12
"""How far down the top of a text (in lines) a title line is looked for, before its body; the
lines of a menu (short, without sentence punctuation, not heading-like) are not counted, up to
``_TOP_REACH`` lines: a site's long menu does not hide the headline under it."""
_TOP_REACH = 40
HEADLINE_MIN_WORDS = 3
"""A headline has at least this many words (a script written without spaces: ``_MIN_WIDTH``)."""
HEADLINE_MAX_WORDS = 20
_MIN_WIDTH = 16
"""The width (a CJK character counts two) a headline in a script without spaces reaches."""
_MASTHEAD_GAP = 2
"""Lines gone in one place (chrome removed, blank lines) between a heading-like line and the
next one that make the first the page's masthead (the site's name, its tagline)..."""
_MASTHEAD_REACH = 8
"""... when the next one is at most this many lines further down, and the first is short."""
_MASTHEAD_MENU = 3
"""... or when a menu of this many one- or two-word lines stands between the two (the site's
navigation under its name and tagline, the episode's headline under it)."""
_MASTHEAD_WORDS = 8
"""A masthead line has at most this many words (a script without spaces: five times as wide)."""
_SITE_NAME_WORDS = 5
"""A heading-like line this short that the page repeats inside a longer line ("Subscribe to
The Quiet Weights", "Welcome back to Machine Minds Weekly") is the site's name."""
# Invisible characters a headline loses: zero-width space, direction marks, word joiner, BOM,
# soft hyphen. The zero-width non-joiner and joiner (U+200C, U+200D) are spelling in Persian
# and the Indic scripts ("این‌قدر") and in emoji sequences: they stay.
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u2060\ufeff\u00ad]")
# A line of a post's or an article's metadata: a relative time, a vote count, "submitted … by".
_META = re.compile(
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b\d+\s*(?:s|m|h|d|w|mo|y|yr|yrs|hr|hrs|min|mins|sec|secs)\.?\s+ago\b"
    r"|\[[–-]\]|\bsubmitted\b.+\bby\b|\b\d+\s+points?\b"
    # a relative time in the other languages: "há 2 horas", "vor 3 Tagen", "2 ore fa"
    r"|\b(?:há|hace|il\s+y\s+a|vor|för)\s+\d+\s+(?:seg|min|hor|h\b|dia|día|sem|mes|an|sek|minute"
    r"|stunde|tag|woche|monat|jahr|heure|jour|mois|timm|dag|veck|mån|år)"
    r"|\b\d+\s+(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa\b"
    r"|\b\d+\s+(?:минут|час|дн|дней|недел|месяц|год|лет)\w*\s+назад",
    re.IGNORECASE,
)
_NO_SPACE_SCRIPT = re.compile(
    r"[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
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


def _no_space_script(text: str) -> bool:
    """Whether most of the letters of ``text`` are of a script written without spaces (CJK,
    Thai, Lao, Khmer, Burmese)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(bool(_NO_SPACE_SCRIPT.match(ch)) for ch in letters) * 2 > len(
        letters
    )


def _long_enough(text: str) -> bool:
    """A headline's length: 3–20 words, or in a script without spaces a width of 16 or more."""
    if _no_space_script(text):
        return _MIN_WIDTH <= _width(text) <= TITLE_MAX_WIDTH
    n = min(len(text.split()), len(_words(text)))
    return HEADLINE_MIN_WORDS <= n <= HEADLINE_MAX_WORDS


def _ends_open(text: str) -> bool:
    """No final period, comma, semicolon or colon (a Greek question mark ``;`` is allowed)."""
    if re.search(r"[.,:।॥۔።။։]$", text):  # a full stop of any script
        return False
    if text.endswith(";"):
        return len(text) > 1 and "\u0370" <= text[-2] <= "\u03ff"
    return True


_TWO_SENTENCES = 12
"""A headline of two sentences ("X. Y", "X. Y?") has at most this many words; a longer line of
two is a post's or an article's opening."""


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
    """
    spaced = text.strip()  # a menu's layout, runs of spaces between its items, is evidence
    text = " ".join(_INVISIBLE.sub("", text).split())
    if not text or chrome_reason(text, names) or _is_menu(spaced):
        return None
    parts = _SEPARATOR.split(text)
    if len(parts) > 2 or _BREADCRUMB.search(text):
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
        or _NARRATION.match(text)
        or _POST_MARKER.match(text)
        or _LIST_ITEM.match(text)
        or text.startswith(">")
        or _is_reply_start(text)
    ):
        return None
    return title_proper(text)


# An address with its scheme ("https://…", "gemini://…", "gopher://…"): a proxy's or a cache's
# banner names the page so; a headline names no address.
_ADDRESS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S", re.IGNORECASE)


def _spaced_row(text: str) -> bool:
    """A menu in a script written without spaces, its items set apart by spaces ("首页 看贴
    图片 精品 视频"): three or more items of at most four characters.

    >>> _spaced_row("首页 看贴 图片 精品 视频"), _spaced_row("让AI帮我改红烧肉的做法")
    (True, False)
    """
    items = text.split()
    return (
        len(items) >= 3
        and _no_space_script(text)
        and all(len(i) <= 4 and not re.search(r"[。！？、，]", i) for i in items)
    )


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


# A status tag a forum prints with a thread's title, in brackets ("[SOLVED]", "(Resolved)") or
# before a colon ("Sticky:"): the thread's state, which changes over its life, not its title.
_STATUS_WORDS = (
    r"solved|resolved|fixed|closed|answered|done|duplicate|wip|outdated|"
    r"résolu|resolu|fermé|gelöst|geloest|erledigt|resuelto|solucionado|cerrado|risolto|chiuso|"
    r"resolvido|fechado|opgelost|löst|løst|rozwiązane|rozwiązany|решено|решён|решен|закрыто|"
    r"已解决|已解決|解決済み|解決済|해결"
)
_STATUS_TAG = re.compile(
    r"^(?:sticky|pinned|locked|moved|solved|resolved|closed|épinglé|angepinnt|fijado)\s*:\s*(?=\S)"
    rf"|^\s*[\[(【]\s*(?:{_STATUS_WORDS})\s*[\])】]\s*[:\-–—]?\s*"
    rf"|\s*[:\-–—]?\s*[\[(【]\s*(?:{_STATUS_WORDS})\s*[\])】]\s*$",
    re.IGNORECASE,
)
# An issue tracker's number after an issue's title ("… is a list #214", "… (#214)"): the
# issue's identifier, which the tracker shows beside its title, not in it.
_ISSUE_NUMBER = re.compile(r"\s+(?:#\d{2,}|\(#\d+\)|!\d{2,})$")
# A label before a title ("Title: …", "Tema: …", "Betreff: …") and a read count after a
# topic's title ("(Read 412 times)", "(Leído 412 veces)"): the page's furniture.
_TITLE_LABEL = re.compile(
    r"^(?:title|subject|topic|thread|titel|thema|betreff|titre|sujet|objet|título|titulo|tema|asunto"
    r"|assunto|tópico|topico|téma|titolo|oggetto|argomento|onderwerp|ämne|rubrik|tytuł|temat|název|konu|başlık"
    r"|название|тема|标题|標題|主题|主題|件名|タイトル|제목)\s*[:：]\s*(?=\S)"
    # a board's header in a script without spaces labels its fields with a space only ("標題 …")
    r"|^(?:标题|標題|主题|主題|件名|제목)\s+(?=\S)",
    re.IGNORECASE,
)
# A post header's author field ("作者 lanfeng (藍風)", "Author: Ida", "Автор: Ида"): metadata.
_AUTHOR_LABEL = re.compile(
    r"^(?:(?:author|autor|auteur|autore|автор|szerző|yazar|written\s+by|posted\s+by)\s*[:：]"
    r"|(?:作者|發信人|发信人|著者|筆者|작성자|글쓴이)\s*[:：]?)\s*\S.{0,60}$",
    re.IGNORECASE,
)
_READ_COUNT = re.compile(
    r"\s*\((?:(?:read|viewed|leído|leido|gelesen|lu|letto|lido|gelezen|läst|przeczytany)\s+)?"
    r"[\d.,\s]+\s*(?:times|views|veces|mal|fois|volte|vezes|keer|gånger|razy|visite"
    r"|visualizaciones|aufrufe|vues|просмотр\w*)\)$"
    # any language: a word, a count of two digits or more, a word ("(Olvasva 1532 alkalommal)")
    r"|\s*\([^\W\d_]+\s+\d[\d.,\s]*\d\s+[^\W\d_]+\)$",
    re.IGNORECASE,
)
# The domain of a linked page after a link aggregator's title ("… (github.com/wrenlab)").
_LINK_DOMAIN = re.compile(r"\s+\((?:[\w-]+\.)+[a-z][\w-]+(?:/[\w.~/-]*)?\)$", re.IGNORECASE)
# A forum's thread prefix or a site's kind of post, printed as a badge before the title and
# glued to it in a scrape ("Discussion Should apps talk like a person?", "Journal Faire
# tourner…"): a label, not the title's first word.
_THREAD_PREFIX = re.compile(
    r"^(?:discussion|question|journal|help|guide|tutorial|announcement|poll|request|solved"
    r"|resolved|showcase|meta|diskussion|frage|hilfe|anleitung|umfrage|débat|aide|sondage"
    r"|tutoriel|dépêche|discusión|pregunta|ayuda|discussione|domanda|aiuto|discussão|dúvida"
    r"|ajuda|fråga|diskussion|hjälp|vraag|discussie|pytanie|dyskusja|вопрос|обсуждение)\s+"
    r"(?=\S)",
    re.IGNORECASE,
)


# A board's thread type, printed in square brackets before a thread's title ("[讨论]",
# "[Question]", "[질문]"): the board's filing of the thread, not its title. A tag in lenticular
# brackets ("【雑談】…") is one the poster typed into the title (a Japanese board's custom):
# it stays.
_THREAD_TYPE = re.compile(
    r"^\s*\[\s*(?:discussion|question|help|share|sharing|guide|tutorial|announcement|poll"
    r"|request|showcase|idea|news|review|diskussion|frage|hilfe|débat|aide|discusión|pregunta"
    r"|ayuda|discussione|domanda|aiuto|dúvida|ajuda|pytanie|dyskusja|dotaz|diskuze|kérdés"
    r"|soru|tartışma|yardım|вопрос|обсуждение|питання|обговорення|讨论|討論|求助|分享|原创|原創"
    r"|转载|轉載|提问|提問|问题|問題|公告|闲聊|閒聊|教程|心得|新闻|新聞|问答|問答|经验|經驗|资讯"
    r"|資訊|情報|質問|雑談|相談|議論|お知らせ|질문|토론|정보|잡담|공지|후기|سؤال|نقاش|پرسش|שאלה"
    r"|問卦|爆卦|請益|新聞|閒聊|協尋|心得"
    r"|דיון|प्रश्न|चर्चा)\s*\]\s*[:：\-–—]?\s*",
    re.IGNORECASE,
)


def title_proper(text: str) -> str:
    """A headline without what a site prints beside a title: a status tag ("[SOLVED]"), an
    issue's number ("#214"), the linked page's domain ("(github.com/wrenlab)"), a label ("Title:",
    "Tema:") and a read count ("(Leído 412 veces)"), a thread-prefix badge glued to the title
    ("Discussion Should…").
    A badge is taken off only when it is capitalised and what follows is a title in sentence
    case (a capital, then lowercase words): in a title in title case ("Question Everything You
    Know") or in a phrase ("Help wanted") the word is the title's.

    >>> title_proper("[SOLVED] Persona resets after every update")
    'Persona resets after every update'
    >>> title_proper("Persona score drops to zero on lists #214")
    'Persona score drops to zero on lists'
    >>> title_proper("Discussion Should hive apps talk to you like a person?")
    'Should hive apps talk to you like a person?'
    >>> [title_proper(t) for t in ("Question Everything You Knew", "Help wanted at the bakery")]
    ['Question Everything You Knew', 'Help wanted at the bakery']
    >>> title_proper("Why we ranked this kettle #1")
    'Why we ranked this kettle #1'
    """
    proper = _THREAD_TYPE.sub("", _STATUS_TAG.sub("", _TITLE_LABEL.sub("", text))).strip()
    proper = _LINK_DOMAIN.sub("", _ISSUE_NUMBER.sub("", _READ_COUNT.sub("", proper))).strip()
    proper = _TITLE_LABEL.sub("", proper)
    m = _THREAD_PREFIX.match(proper)
    if m and proper[0].isupper() and _sentence_case(proper[m.end() :]):
        proper = proper[m.end() :]
    return proper if _long_enough(proper) else text


def _sentence_case(text: str) -> bool:
    """A title in sentence case: a capital first, then three or more words, most of them
    lowercase (names aside: at most a third capitalised)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if len(words) < 4 or not words[0][0].isupper():
        return False
    capitals = sum(w[0].isupper() for w in words[1:])
    return 3 * capitals <= len(words) - 1


def _short(text: str) -> bool:
    """Short enough for a masthead line (a site's name, its tagline): ``_MASTHEAD_WORDS``."""
    if _no_space_script(text):
        return _width(text) <= 5 * _MASTHEAD_WORDS
    return len(text.split()) <= _MASTHEAD_WORDS


def _is_body(text: str) -> bool:
    """A line of the body's prose: a sentence of eight words or more ending in a full stop (not
    a question: a headline may ask one), or a line longer than any headline."""
    text = text.strip()
    if _width(text) > 2 * 120 or len(text) > 150:
        return True
    return bool(re.search(rf"[{_STOPS}!！][\"”’)\]»]*$", text)) and (
        len(_words(text)) >= 8 or (_no_space_script(text) and _width(text) >= 40)
    )


def _name_short(text: str, headline_text: str) -> bool:
    """Whether ``text`` is short enough for a site's or a show's name (``_SITE_NAME_WORDS``)
    and says less than the heading-like line after it; in a script without spaces, by width
    ("AIと暮らすラジオ" over "#48 AIにも人見知りはあるのか")."""
    if _no_space_script(text):
        return _width(text) <= 2 * _MIN_WIDTH and _width(headline_text) > _width(text)
    return len(_words(text)) <= _SITE_NAME_WORDS and len(_words(headline_text)) > len(_words(text))


def _recurs(text: str, later: list[Line]) -> bool:
    """Whether ``text`` stands inside a longer line further down (as whole words), or alone on
    a line in the last third of the page (the footer repeating the site's name).

    >>> from persona_archive.cleaning.model import split_lines
    >>> later = split_lines("Body one.\\nBody two.\\nBody three.\\nKettle Club")
    >>> _recurs("Kettle Club", later), _recurs("Kettle Club", later[:2])
    (True, False)
    """
    if _no_space_script(text):  # no word boundaries to match on: "AIと暮らすラジオです。"
        pattern = re.compile(re.escape(text), re.IGNORECASE)
    else:
        pattern = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE)
    footer = len(later) - len(later) // 3
    return any(
        pattern.search(ln.text) and (len(ln.text) > len(text) or i >= footer)
        for i, ln in enumerate(later)
    )


def title_line(body: list[Line], hints: Hints) -> tuple[int, str] | None:
    """The document's title line in ``body``: its index and the headline it gives, or None.

    The headline is looked for among the lines at the top, before the body's prose begins
    (``_is_body``), among the heading-like ones (``headline``): chrome, bylines and metadata
    lines are passed over (and stay in the body). Of these, the first is the headline, except:

    - a run of short heading-like lines followed, after two or more lines gone in one place
      (the menu or date lines removed as chrome, blank lines) and at most eight lines further,
      by another heading-like line is the page's masthead (the site's name, its tagline): the
      headline comes after it. Chrome still there is no such evidence: a clean text (one blank
      line between paragraphs) keeps its first headline;
    - a line the next one ends (a breadcrumb glued to the headline) gives way to the next;
    - a short line the page repeats inside a longer line further down is the site's name.

    A headline that nothing follows, or that a label follows ("The method:", the meme format of
    a social post), is none: the title is derived.

    >>> from persona_archive.cleaning.model import split_lines
    >>> prose = "Prose goes on here. " * 5
    >>> body = split_lines("MENU\\nMarch 3, 2024\\nThe Quiet Model Speaks\\n" + prose)
    >>> title_line(body, Hints())
    (2, 'The Quiet Model Speaks')
    >>> body = split_lines("Leaf and Kettle\\n\\n\\nCold brewing green tea, and why\\n" + prose)
    >>> title_line(body, Hints())
    (1, 'Cold brewing green tea, and why')
    """
    known = site_names(hints)
    names = (*known, *_page_names(body))
    removed = dict(hints.removed)
    confirmed = _confirmed_title(body, known, removed) or _marked_heading(body, known)
    if confirmed is not None:
        return confirmed
    top: list[tuple[int, str]] = []
    figure: set[int] = set()  # a lead photo's credit and caption: passed over like chrome
    counted = 0
    for i, line in enumerate(body[:_TOP_REACH]):
        if _is_body(line.text):
            if not top and _tagline(body, i, names, removed):
                counted += 1  # the site's tagline, a sentence under its name: the masthead's
                continue
            if _banner_text(body, i) or chrome_reason(line.text, names):
                counted += 1  # a cookie banner's text, an affiliate disclosure, an email's
                continue  # note on reading it online: the page's, however long
            subject = _subject(body, i, known)
            if subject is not None:
                return subject
            break
        if counted >= _TOP_LINES:
            break
        room = room_label(line.text) or _room_name(body, i, known)
        if room and not top:
            return i, room  # a chat export's channel line or room name, before any headline
        text = (
            headline(line.text, names)
            or _paired_headline(body, i, removed, known)
            or _signed_title(body, i, known, removed)
        )
        if _CREDIT.match(line.text.strip()):
            figure.add(i)
        elif text and _beside_figure_or_byline(body, i):
            text = None
            if not (i and _BY_END.search(body[i - 1].text)):
                figure.add(i)
        if text:
            top.append((i, text))
        if text or not _menu_item(line.text):
            counted += 1
    if not top:
        return _opening_title(body, known, removed)
    runs: list[list[tuple[int, str]]] = [[top[0]]]
    for prev, cur in pairwise(top):
        p, c = body[prev[0]], body[cur[0]]
        numbers = [ln.no for ln in body[prev[0] : cur[0] + 1]]
        gone = max(b - a - 1 for a, b in pairwise(numbers))  # the most lines gone in one place
        between = [body[k] for k in range(prev[0] + 1, cur[0]) if k not in figure]
        menu = len(between) >= _MASTHEAD_MENU and all(_menu_item(ln.text) for ln in between)
        if not menu and between and _dated(body, cur[0], removed):
            # a dated headline under a menu of which some items were removed as chrome
            dropped = sum(1 for n, t in removed.items() if p.no < n < c.no and t.strip())
            menu = len(between) + dropped >= _MASTHEAD_MENU and all(
                _menu_item(ln.text) for ln in between
            )
        navigation = _navigation(between, names) or _section_over(runs[-1], between, cur[1])
        bylined = bool(between) and _is_byline_line(between[0].text)
        if _under_crumb(body, prev[0], removed) and not _crumb_ends(between, c.text, cur[1]):
            runs[-1].append(cur)  # the line the breadcrumb leads to is the page's title
            continue
        if _under_crumb(body, cur[0], removed) and _key(prev[1]) != _key(cur[1]):
            runs.append([cur])  # ... and what stands above the breadcrumb is the site's header
            continue
        if _crumb_ends(between, c.text, cur[1]) or (
            (
                (
                    ((gone >= _MASTHEAD_GAP and c.no - p.no <= _MASTHEAD_REACH) or menu)
                    and (
                        all(_short(text) for _, text in runs[-1])
                        # a longer tagline: the headline is the one with its date under it
                        or (_dated(body, cur[0], removed) and not _dated(body, prev[0], removed))
                    )
                )
                or navigation
            )
            and _key(prev[1]) != _key(cur[1])
            and not bylined
        ):
            runs.append([cur])
        else:
            runs[-1].append(cur)
    run = runs[-1]  # every run before the last is a masthead
    choice = run[0]
    for nxt in run[1:]:
        text = choice[1]
        if _key(text) == _key(nxt[1]) or _is_byline_line(body[choice[0] + 1].text):
            break  # a headline has its byline under it
        if _in_capitals(text) and not _in_capitals(nxt[1]):
            choice = nxt  # a kicker in capitals over the headline ("THE WEEK IN TECHNOLOGY")
            continue
        if _room_named(body, nxt[0]) or _tagline_over(body, choice, nxt, names, removed):
            choice = nxt
            continue
        if (
            _holds(text, nxt[1])
            or (
                _name_short(text, nxt[1])  # a headline says more than a name
                and _recurs(text, body[nxt[0] + 1 :])
            )
            or _label_over(body, choice, nxt, removed)
            or _kicker_over_decked(body, choice, nxt, removed)
        ):
            choice = nxt
            continue
        break
    following = body[choice[0] + 1] if choice[0] + 1 < len(body) else None
    if following is None or _is_label(following.text):
        return None  # a headline is followed by its byline, date or body, not by a label
    return choice


# A level-one heading in Markdown or gemtext ("# The quiet hive"): marked as the page's heading.
_MARKED_HEADING = re.compile(r"^#[ \t]+(?P<text>[^#\s].*?)[ \t#]*$")
# A field that names the document's title ("Title: …", "Titre : …", "标题：…"): a catalogue's or
# a repository's record of the document, which names its title so.
_TITLE_FIELD = re.compile(
    r"^(?:title|titel|titre|título|titulo|titolo|tytuł|název|başlık|название|заголовок|标题|標題"
    r"|タイトル|제목)\s*[:：]\s*(?P<text>\S.*)$",
    re.IGNORECASE,
)
# A wiki's page name with its namespace ("Talk:Assistant persona", "Diskussion:Sprachmodell",
# "Обсуждение:Чат-бот", "User talk:Ada"): the name the wiki gives the page, printed as its
# heading. The namespace is one or two words glued to the colon, the name opens with a letter.
_WIKI_PAGE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?:[^\W\d_][^:/]*$")
_MARKED_PROSE = 1
"""Lines of prose a marked heading may stand under (a proxy's one-sentence notice) ..."""
_FIELD_PROSE = 3
"""... and a title's field (a repository's appeal for funds and its thanks above the record)."""


def _wiki_page(text: str) -> bool:
    """A wiki's page name with its namespace, the namespace capitalised ("Talk:Assistant
    persona"); a label and its value ("Note: this"), a time, an address and a title's field
    ("Title: …", which a space follows) are none.

    >>> [_wiki_page(t) for t in ("Talk:Assistant persona", "Note: soon", "mailto:a@b.c")]
    [True, False, False]
    """
    return (
        bool(_WIKI_PAGE.match(text))
        and text[0].isupper()
        and len(text.split()) <= _MASTHEAD_WORDS
        and not _TITLE_FIELD.match(text)
    )


def _marked_heading(body: list[Line], names: Iterable[str]) -> tuple[int, str] | None:
    """The first title the text marks as such at its top: a level-one heading ("# The quiet
    hive", a gemtext page or Markdown saved as text) or a title's field ("Title: Do assistants
    keep their manners?", a repository's abstract page) or a wiki's page name with its
    namespace ("Talk:Assistant persona"), before the body's prose: the writer
    or the record named it, whatever stands above it (a proxy's banner and its notice, a
    site's menu, an appeal for funds). A level-two heading ("## 2026-02-22"), a hashtag
    ("#bees"), chrome after the mark and a heading under more prose (a section's) are none.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Proxied by a gateway · status 20\\nNo attempt was made to check the "
    ...                    "certificate of the remote host.\\n# The quiet hive\\n## 2026-02-22\\n"
    ...                    "The bees have been quiet all winter, and I keep listening to them.")
    >>> _marked_heading(body, ())
    (2, 'The quiet hive')
    >>> _marked_heading(split_lines("#bees #winter\\nText of the post, which goes on."), ())
    """
    prose = 0
    for i, line in enumerate(body[:_TOP_REACH]):
        text = line.text.strip()
        m = _MARKED_HEADING.match(text) if prose <= _MARKED_PROSE else None
        m = m or _TITLE_FIELD.match(text)
        if m and headline(m["text"], names):
            return i, title_proper(m["text"])
        if _wiki_page(text) and not chrome_reason(text, names):
            return i, text
        if _is_body(text):
            prose += 1
            if prose > _FIELD_PROSE:
                break
    return None


# What separates a page's title from the site's name in a browser's title line ("Headline |
# Site", "Headline - Site", "Site :: Headline", "Headline · Site").
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|·•:]{1,2}|[-–—])\s+")


def _over_headline(body: list[Line], j: int, gone: dict[int, str]) -> bool:
    """Whether ``body[j]`` is a label over the heading-like line right under it (a site's
    name that its browser title names too: "Noa's blog – Article: A friend? | RSS reader")."""
    if j + 1 >= len(body):
        return False
    under = headline(body[j + 1].text)
    return bool(under) and _label_over(body, (j, body[j].text), (j + 1, under), gone)


_CRUMB_SEPARATOR = re.compile(r"\s*[•＞]\s*|\s+[›»>‹/]\s+")
_CRUMB_END = re.compile(r"\s[›»>＞]$")


def _confirmed_title(
    body: list[Line], names: Iterable[str], gone: dict[int, str] | None = None
) -> tuple[int, str] | None:
    """The title line the page confirms: a line at its top in the shape of a browser title
    ("Headline - Site", "Site | Headline") one of whose parts stands again, alone, on another
    line at the top. The page names that line twice, once as the document's title: it is the
    title, whatever the lines around it (a menu row, a kicker, a site's name in words). So
    does a breadcrumb whose last step stands again alone under it, with the text under that
    ("Docs » Guides » Persona files", then "Persona files"; a repository's path "owner /
    tone-checker", then its README's "tone-checker"): the page's heading, however short.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Why my bees ignored the lavender - Hive Minded\\nHome Garden Bees "
    ...                    "Shop\\nWhy my bees ignored the lavender\\nThe bees went elsewhere, "
    ...                    "and I think I know why now.")
    >>> _confirmed_title(body, ())
    (2, 'Why my bees ignored the lavender')
    >>> _confirmed_title(split_lines("Home | Hive Minded\\nHome\\nText of the page here."), ())
    >>> body = split_lines("Docs » Guides » Persona files\\nPersona files\\nA persona file "
    ...                    "describes a character for the assistant to play.")
    >>> _confirmed_title(body, ())
    (1, 'Persona files')
    """
    top: list[tuple[int, str]] = []
    for i, line in enumerate(body[:_TOP_REACH]):
        if _is_body(line.text):
            break
        top.append((i, " ".join(_INVISIBLE.sub("", line.text).split())))
    alone = {
        _key(text): i for i, text in reversed(top) if text and not _TITLE_SEPARATOR.search(text)
    }
    opening = bool(top) and body[0].no == 1 and not _TITLE_SEPARATOR.search(top[0][1])
    for i, text in top:
        if opening and headline(top[0][1], names):
            break  # a clean text's title, on its first line: no browser title overrides it
        parts = _TITLE_SEPARATOR.split(text)
        if len(parts) < 2:
            continue
        for k, part in enumerate(parts):
            j = alone.get(_key(part))
            if (
                j is not None
                and j != i
                # the site's name stands above its pages' titles; the headline comes first
                and (j > i or (k == 0 and len(part) == max(len(p) for p in parts)))
                and (_long_enough(part) or (_no_space_script(part) and _width(part) >= 8))
                and not chrome_reason(part, names)
                and not _over_headline(body, j, gone or {})  # the site's name, printed alone
            ):
                return j, title_proper(top[j][1])
    last = {_key(text): i for i, text in top if text}
    for i, text in top:
        crumbs = _CRUMB_SEPARATOR.split(text)
        if len(crumbs) >= 2:
            tail = crumbs[-1]  # "Docs » Configuration » Persona layers"
        elif i and _CRUMB_END.search(top[i - 1][1]):
            tail = text  # a breadcrumb saved one step a line: "Guides »", then "Persona files"
        else:
            continue
        j = last.get(_key(tail))
        if (
            j is not None
            and any(ch.isalpha() for ch in tail)
            and not chrome_reason(tail, names)
            and (
                j == 0  # the text's first line: where a clean text gives its title
                or (j > i and _lead(body, j, gone or {}) in ("body", "byline", "date", "deck"))
            )
        ):
            return j, title_proper(top[j][1])
    return None


# A chat room's address printed under its name: Matrix "#room:server.org" or "!id:server.org",
# XMPP "room@conference.server.org".
_ROOM_ADDRESS = re.compile(
    r"^[#!][\w.=-]+:[\w-]+(?:\.[\w-]+)+$|^[\w.-]+@(?:conference|muc|chat)\.[\w.-]+$"
)


# A chat export's line naming its channel or room ("Channel: Evaluations / persona-drift",
# "Room: #kettle-club", "Kanal: allgemein"): the room's name, after its category, is the title.
_ROOM_LABEL = re.compile(
    r"^(?:channel|room|chat|kanal|canal|salon|kanał|канал|频道|頻道|チャンネル|채널)\s*[:：]\s*"
    r"(?:[^/\n]{1,40}\s/\s)?#?(?P<room>[^\s/#][^/]{0,80}?)\s*$",
    re.IGNORECASE,
)


def room_label(text: str) -> str | None:
    """The room's name a chat export's channel line gives, else None.

    >>> room_label("Channel: Evaluations / persona-drift"), room_label("Room: #kettle-club")
    ('persona-drift', 'kettle-club')
    >>> room_label("Channel surfing is back, and it is worse than before") is None
    True
    """
    m = _ROOM_LABEL.match(" ".join(text.split()))
    return m.group("room") if m else None


# A room's or channel's topic line, under its name ("Topic: weekly reading group"), and the
# stamp a chat export's message starts with ("[04/03/2025 19:02] lin.o", "[19:02] <lin>").
_TOPIC = re.compile(r"^(?:(?:channel|room)\s+)?topic\s*[:：]\s*\S", re.IGNORECASE)
_CHAT_STAMP = re.compile(r"^\[[^\]]{0,30}\d{1,2}:\d{2}[^\]]{0,12}\]\s*\S")


def _room_name(body: list[Line], i: int, names: Iterable[str]) -> str | None:
    """A chat room's name on a line of its own, too short to be heading-like ("persona-drift"),
    that the room's address follows, or its topic line and then the first message's stamp: a
    room export's heading, and the title (the clean text of an export gives it back so). A
    forum's name over "Topic: <the thread's title>" is no room.

    >>> from persona_archive.cleaning.model import split_lines
    >>> _room_name(split_lines("persona-drift\\nTopic: x\\n===\\n[04/03/2025 19:02] ann"), 0, ())
    'persona-drift'
    >>> _room_name(split_lines("persona-drift\\n[04/03/2025 19:02] ann\\nHi."), 0, ())
    'persona-drift'
    >>> _room_name(split_lines("Kettle Forum\\nTopic: Why my kettle sings\\nAuthor: Ida"), 0, ())
    >>> _room_name(split_lines("Home\\nTopic: drift\\n[04/03/2025 19:02] lin\\nHi."), 0, ())
    """
    text = " ".join(body[i].text.split())
    under = [ln.text.strip() for ln in body[i + 1 : i + 1 + _TOP_LINES]]
    if not under or not (_ROOM_ADDRESS.match(under[0]) or _export_header(under)):
        return None
    if (
        not any(ch.isalpha() for ch in text)
        or len(text.split()) > _SITE_NAME_WORDS
        or re.search(r"[.!?…。！？:：]", text)
        or chrome_reason(text, names)
    ):
        return None
    return text


def _export_header(lines: list[str]) -> bool:
    """Whether ``lines`` are the rest of a chat export's header, then its first message: the
    room's topic, the export's own labelled lines ("Topic: …", "After: …") or the log's day
    first, and a message's stamp ("[04/03/2025 19:02] lin.o", "[19:02] <lin>") before any
    prose."""
    worded = [t for t in lines if any(ch.isalnum() for ch in t)]  # past rules of "=" signs
    if worded and _CHAT_STAMP.match(worded[0]):
        return True
    if not worded or not (
        _TOPIC.match(worded[0])
        # the export's own field ("After: 2025-03-01"), not a headline with a colon in it
        or (re.match(r"^[^\W\d_][\w ]{0,20}:\s", worded[0]) and not headline(worded[0]))
        or _is_date_line(worded[0])  # a log's day
    ):
        return False
    for text in worded[1:]:
        if _CHAT_STAMP.match(text):
            return True
        if _is_body(text):
            return False
    return False


_COOKIE_WORD = re.compile(
    r"\bcookies?\b|\bprivacy\b|datenschutz|confidentialité|privacidad|privacy|prywatności",
    re.IGNORECASE,
)


# An affiliate or sponsorship disclosure a site prints over every post ("This post may contain
# affiliate links. …", "As an Amazon Associate I earn …", "Dieser Beitrag enthält
# Affiliate-Links"): the site's notice, never the post's first sentence.
_DISCLOSURE = re.compile(
    r"^\W*(?:(?:this|the)\s+(?:post|article|page|recipe|review)\s+(?:may\s+)?contains?\s+"
    r"(?:affiliate|sponsored|paid)\b|as\s+an?\s+(?:amazon\s+associate|affiliate)\b"
    r"|(?:affiliate\s+)?disclosure\s*:|dieser\s+(?:beitrag|artikel)\s+enthält\s+"
    r"(?:affiliate|werbe)|cet\s+article\s+(?:peut\s+)?contient?\s+des\s+liens\s+affiliés"
    r"|este\s+(?:artículo|post)\s+(?:puede\s+)?contiene?\s+enlaces\s+de\s+afiliado)",
    re.IGNORECASE,
)


def _banner_text(body: list[Line], i: int) -> bool:
    """Whether ``body[i]``, a sentence, is a consent banner's text: the line above it is the
    banner's heading (``_CONSENT``) and it speaks of cookies or privacy.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Cookies on Example\\nWe use cookies to make this site work well.")
    >>> _banner_text(body, 1), _banner_text(split_lines("Tea\\nCookies are best warm."), 1)
    (True, False)
    """
    return (
        i > 0
        and bool(_CONSENT.match(body[i - 1].text.strip()))
        and bool(_COOKIE_WORD.search(body[i].text))
    )


def _under_crumb(body: list[Line], i: int, gone: dict[int, str]) -> bool:
    """Whether the line right above ``body[i]`` in the source (kept or removed as chrome) is a
    breadcrumb of three or more steps ("Forum › AI › General", "Home > Blog > Notes"): the
    page's location, whose heading comes right under it, so ``body[i]`` is the page's title
    and no masthead.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Menu\\nForum › AI › General\\nDoes the bot have a character?")
    >>> _under_crumb(body, 2, {}), _under_crumb(body, 1, {})
    (True, False)
    """
    no = body[i].no - 1
    above = next((ln.text for ln in body[:i] if ln.no == no), gone.get(no, ""))
    return len(re.split(r"\s+[›»>‹]\s+", above.strip())) >= 3 or bool(
        re.search(r"\S\s/\s\S.*\s/\s\S", above)
    )


def _room_named(body: list[Line], i: int) -> bool:
    """Whether the line under ``body[i]`` is a chat room's address: ``body[i]`` is the room's
    name, which a room export or archive prints over it (after the archive's own name)."""
    return i + 1 < len(body) and bool(_ROOM_ADDRESS.match(body[i + 1].text.strip()))


def _dated(body: list[Line], i: int, gone: dict[int, str] | None = None) -> bool:
    """Whether a date line stands right under ``body[i]`` (a blog post's date under its
    headline); ``gone``: the lines an earlier stage removed as chrome, by line number, which
    count where they stood. A byline between them is a news page's (headline, deck, byline,
    date): no such evidence.

    >>> from persona_archive.cleaning.model import split_lines
    >>> _dated(split_lines("A headline here\\n2025-02-18\\nText."), 0)
    True
    >>> _dated(split_lines("A headline here\\nBy Ada Brook\\nMarch 3, 2025"), 0)
    False
    >>> _dated(split_lines("A headline here\\n\\nText of it."), 0, {2: "2025-02-18"})
    True
    """
    return any(
        _is_date_line(text) and not _CLOCK.fullmatch(text)
        for text in _under(body, i, gone or {}, 1)
    )


# A clock time alone ("0:05", "19:02:11"): a transcript's or a log's timestamp, not a post's date.
_CLOCK = re.compile(r"\W*\d{1,2}:\d{2}(?::\d{2})?\W*")


def _under(body: list[Line], i: int, gone: dict[int, str], count: int = 2) -> list[str]:
    """The next ``count`` lines under ``body[i]`` in the source, those removed as chrome
    (``gone``) in their place; blank lines are passed over."""
    texts: list[str] = []
    j, no = i + 1, body[i].no + 1
    last = max([body[-1].no, *gone]) if body else 0
    while len(texts) < count and no <= last:
        if j < len(body) and body[j].no == no:
            texts.append(body[j].text.strip())
            j += 1
        elif gone.get(no, "").strip():
            texts.append(gone[no].strip())
        no += 1
    return texts


def _under_name(body: list[Line], i: int, names: Iterable[str]) -> bool:
    """Whether the line right above ``body[i]`` in the source (nothing removed between them)
    is the site's name: the catalog's, the profile's or a name the page gives itself
    (``_page_names``)."""
    return (
        i > 0 and body[i - 1].no == body[i].no - 1 and _key(body[i - 1].text) in _site_keys(names)
    )


def _tagline(
    body: list[Line], i: int, names: Iterable[str], gone: dict[int, str] | None = None
) -> bool:
    """Whether ``body[i]``, a sentence, is the site's tagline: one sentence right under the
    site's name, and the next line (past chrome) a headline with its date under it ("Kitchen
    Corner" / "Notes on bread, cats and talking to machines." / the post's headline / its date).
    A lead under a headline is no tagline: the headline comes first."""
    text = " ".join(body[i].text.split())
    if len(_sentences(text)) != 1 or _width(text) > 2 * TITLE_WIDTH:
        return False
    if not _under_name(body, i, names):
        return False
    for j in range(i + 1, min(i + 4, len(body))):
        if headline(body[j].text, names):
            return _dated(body, j, gone)
        if not chrome_reason(body[j].text, names):
            return False
    return False


def _tagline_over(
    body: list[Line],
    choice: tuple[int, str],
    nxt: tuple[int, str],
    names: Iterable[str],
    gone: dict[int, str] | None = None,
) -> bool:
    """Whether ``choice``, a heading-like line right under the site's name, is its tagline over
    the headline ``nxt``: ``nxt`` has the post's date right under it and ``choice`` none, the
    tagline is no wider than the headline, and chrome stands between them (the blog's follow
    button, its menu: still there or removed), nothing else. A deck stands right under its
    headline ("Site" / headline / deck / date): the headline stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Week Notes\\nCooking and tools and AI\\nWhy my assistant sounds "
    ...                    "like a friend\\n\\nText.")
    >>> _tagline_over(body, (1, body[1].text), (2, body[2].text), ["Week Notes"],
    ...               {4: "2024-03-02"})
    False
    >>> body = split_lines("Week Notes\\nCooking and tools and AI\\n\\nWhy my assistant sounds "
    ...                    "like a friend\\n\\nText.")
    >>> _tagline_over(body, (1, body[1].text), (2, body[2].text), ["Week Notes"],
    ...               {3: "Follow", 5: "2024-03-02"})
    True
    """
    i, j = choice[0], nxt[0]
    between = [body[k].text for k in range(i + 1, j)]
    between += [t for n, t in (gone or {}).items() if body[i].no < n < body[j].no and t.strip()]
    return (
        _under_name(body, i, names)
        and not _dated(body, i, gone)
        and _dated(body, j, gone)
        and _width(choice[1]) <= _width(nxt[1])
        and bool(between)
        and all(k in (gone or {}).values() or chrome_reason(k, names) for k in between)
    )


def _page_names(body: list[Line]) -> tuple[str, ...]:
    """The names a page gives itself at its top: its lines of one or two words before the
    body's prose that are no menu's words ("Lantern Notes"). A headline ending in one of them
    after a dash ("How I taught my assistant … — Lantern Notes") is in a browser title's shape.
    """
    names = []
    for line in body[:_TOP_REACH]:
        if _is_body(line.text):
            break
        text = " ".join(line.text.split())
        if (
            0 < len(text.split()) <= 2
            and any(ch.isalpha() for ch in text)
            and not _long_enough(text)  # a headline in a script without spaces is one "word"
            and not _is_menu(text)
        ):
            names.append(text)
    return tuple(names)


def _holds(text: str, later: str) -> bool:
    """Whether a heading-like line holds the next one whole, with a little around it: a
    browser title ("<headline> - YouTube", "python - <question> - Stack Overflow") or a
    breadcrumb glued to the headline ("HomeTechnology<headline>"); the next is the headline.

    >>> _holds("I let an AI plan my allotment - YouTube", "I let an AI plan my allotment")
    True
    >>> _holds("Why bees dance and what it means", "what it means")
    False
    """
    key, inner = _key(text), _key(later)
    return bool(inner) and inner in key and 2 * len(inner) >= len(key)


# A lead photo's credit line ("Photo: Ana Lima for Field and Circuit", "Photo by … on Unsplash",
# "Foto: dpa", "© Reuters"): the figure's furniture, and the line beside it is its caption.
_CREDIT = re.compile(
    r"^\W*(?:(?:photo(?:graph)?|image|picture|illustration|foto|bild|imagen|immagine|imagem"
    r"|crédit\s+photo|credit|crédito|quelle|fonte|source|фото)s?(?:\s+(?:by|credit|de|di|von))?"
    r"\s*[:©]|(?:photo|image|picture|illustration)\s+by\b|©\s*\w)",
    re.IGNORECASE,
)
# A byline split over two lines ("News provided by" / "Kestrel Learning Ltd", "Issue created 2
# weeks ago by" / "Juno Achterberg"): the first ends with the preposition, the second is a name.
_BY_END = re.compile(r"\s(?:by|von|par|por|di|da|door|av|af|przez|от)\s*:?$", re.IGNORECASE)


def _beside_figure_or_byline(body: list[Line], i: int) -> bool:
    """Whether a heading-like line is a figure's caption (a photo credit just above or below
    it) or the name of a byline split over two lines (the line above ends with "by")."""
    above = body[i - 1].text.strip() if i > 0 else ""
    below = body[i + 1].text.strip() if i + 1 < len(body) else ""
    return bool(_CREDIT.match(above) or _CREDIT.match(below) or _BY_END.search(above))


_SUBJECT_WORDS = 4
"""A line this short that the body's first sentence opens with is the page's subject."""


def _subject(body: list[Line], start: int, names: Iterable[str]) -> tuple[int, str] | None:
    """A short line above the body that the body's first sentence opens with ("Lumen", then
    "Lumen is the household assistant…"): the subject an encyclopaedia's or a glossary's page
    is named after, too short to be heading-like, and the page's title. Chrome, a menu's words
    and a line the sentence only mentions later are no subject.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Explore\\nLumen\\nHistory\\nLumen is the assistant of the novel, kind.")
    >>> _subject(body, 3, ())
    (1, 'Lumen')
    >>> _subject(split_lines("Home\\nHome is where the kettle is, said my aunt."), 1, ())
    """
    opening = " ".join(body[start].text.split())
    for i in range(start - 1, -1, -1):
        text = " ".join(body[i].text.split())
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


def _navigation(between: list[Line], names: Iterable[str]) -> bool:
    """Whether the lines between two heading-like lines are the site's navigation: two or more,
    each a menu item (``_menu_item``) or other chrome (a date line, a section label), one of
    them a navigation word ("Home", "Contact", "Episodes": ``_is_menu``). A tagline or a
    site's name above it is the masthead's, whatever its length ("Notes from a garage, mostly
    about wood…" over Home, Projects, Writing); a tag row or a paste's labels under a headline
    ("A GUEST", "NEVER") are no navigation. Blank lines do not count, so the clean text (one
    blank line between paragraphs) gives the same title again."""
    return (
        len(between) >= 2
        and all(_menu_item(ln.text) or chrome_reason(ln.text, names) for ln in between)
        and any(_is_menu(ln.text) for ln in between)
    )


def _section_over(run: list[tuple[int, str]], between: list[Line], text: str) -> bool:
    """Whether a site's name stands over a section's label and the headline: one short line
    (``_SITE_NAME_WORDS``) before, one or two menu-item lines between ("Columns", "IT 이야기"),
    and a heading-like line that says more after it ("The Polyglot Desk", "Columns", "Letters
    that look broken but are not"). A headline's author and date under it ("Ada Brook",
    "Mar 3") are no section label: the line after them is its deck."""
    return (
        len(run) == 1
        and 1 <= len(between) <= 2
        and all(
            _menu_item(ln.text)
            and not _is_byline_line(ln.text)
            and not _name_like(ln.text)
            and not _is_date_line(ln.text)
            for ln in between
        )
        and len(_words(run[0][1])) <= _SITE_NAME_WORDS
        and len(_words(text)) > len(_words(run[0][1])) + 1
        and not run[0][1].rstrip().endswith(("?", "？", "؟"))  # a question is no site's name
    )


def _name_like(text: str) -> bool:
    """A person's name on a line of its own: two or three capitalised words of letters.

    >>> [_name_like(t) for t in ("Ada Brook", "Columns", "IT 이야기", "Machine learning")]
    [True, False, False, False]
    """
    words = text.split()
    return 2 <= len(words) <= 3 and all(
        w[0].isupper() and w[1:].replace("-", "").replace("’", "").isalpha() and w[1:].islower()
        for w in words
    )


def _crumb_ends(between: list[Line], raw: str, text: str) -> bool:
    """Whether a breadcrumb above a heading-like line ends with it ("Index » Help » [SOLVED]
    Persona resets", then the thread's title): the page names that line as where the reader
    is, so it is the title and what stands above it the site's header."""
    keys = {_key(raw), _key(text)} - {""}
    for ln in between:
        parts = re.split(r"\s+[›»>‹/|]\s+", ln.text.strip())
        if len(parts) >= 2 and _key(parts[-1]) in keys:
            return True
    return False


# A byline in the languages the archive meets, with the name in capitals ("Av Annika Berg",
# "Par Élodie Marchand", "di Marco Bellini"): the preposition in any case, then two to four
# capitalised words, and at most a short tail (", Stockholm", "| 5 min"). A headline that
# opens with the same word ("Von der Leyen …", "By the sea") has a word in lowercase.
_SIGNED = re.compile(
    r"^(?i:by|von|par|por|di|door|av|af|przez|от|автор:?|de)\s+"
    r"(?:[^\W\d_a-zà-öø-ÿа-я][\w'’.-]*\s+){1,3}[^\W\d_a-zà-öø-ÿа-я][\w'’.-]*"
    r"(?:\s*[,·|–-]\s*.{0,40})?$"
)


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
    """
    gone = gone or {}
    if i + 1 >= len(body) or any(no in gone for no in range(body[i].no + 1, body[i + 1].no)):
        return None  # blank lines may stand between them (a clean text's), nothing else
    text = " ".join(_INVISIBLE.sub("", body[i].text).split())
    under = body[i + 1].text.strip()
    if not _is_byline_line(under) or not any(ch.isalpha() for ch in text):
        return None
    if (
        len(text.split()) > _SUBJECT_WORDS
        or re.search(r"[.!…。！:：|]$", text)
        or _is_byline_line(text)
        or chrome_reason(text, names)
        or _is_date_line(text)
    ):
        return None
    return text


_CJK_NAME_WIDTH = 8
"""A first line in a script without spaces narrower than this (three characters) is a person's
name heading a post ("林晓"), no title."""


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
    """
    if len(body) < 2 or any(n in gone for n in range(1, body[1].no)):
        return None
    text = " ".join(_INVISIBLE.sub("", body[0].text).split())
    if (
        not any(ch.isalpha() for ch in text)
        or text[0].islower()  # a site's name in lowercase ("nitter"), a fragment
        or len(text.split()) > _SUBJECT_WORDS
        or (_no_space_script(text) and _width(text) < _CJK_NAME_WIDTH)  # a name: "林晓"
        or not _is_body(body[1].text)
        or re.search(r"[^\w\s)\]’'\"”»]$", text)
        or "@" in text
        or _name_like(text)
        or chrome_reason(text, names)
        or _is_date_line(text)
    ):
        return None
    return 0, text


_LABEL_WORDS = 4
"""A heading-like line of at most this many words (a script without spaces: four times as wide)
right over a longer one is a label (a kicker, a section's or a site's name) ..."""
_KICKER_WORDS = 7
"""... and one of up to this many words when the next says at least ``_KICKER_RATIO`` times as
much (a deck under its headline is rarely twice as long: the headline stays)."""
_KICKER_RATIO = 1.8
_LEAD_SKIP = 12
_OWN_SKIP = 2
"""A line's own byline or date stands right under it, or past this many lines of furniture
(the author's name, a category); one further down belongs to a line nearer to it."""
"""Lines of furniture (chrome, a menu's items) passed over to find what stands under a line."""


def _size(text: str) -> float:
    """How much a line says: its words, or in a script without spaces a quarter of its width
    (a word of two characters or so)."""
    if _no_space_script(text):
        return _width(text) / 4
    return float(len(_words(text.replace("\u200c", ""))))  # a joiner (ZWNJ) splits no word


def _lead(body: list[Line], i: int, gone: dict[int, str]) -> str:
    """What stands under ``body[i]`` in the source, past blank lines, scrape copies and the
    page's furniture (chrome removed or kept, a menu's items): "body" (the text's prose),
    "byline", "date" (a date or a post's metadata), "deck" (a heading-like line right under
    it: a deck, or the headline under a kicker), "apart" (a heading-like line past the page's
    furniture), "other" (some other content), or "" (nothing but furniture). A headline is
    followed by its byline, date, deck or body; a site's name, a menu's row or a kicker is
    followed by the page's furniture or by the headline.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Kettle Weekly\\nNews\\nWhy the kettle sings at night\\nBy Ada Brook")
    >>> _lead(body, 0, {}), _lead(body, 2, {}), _lead(body, 3, {})
    ('apart', 'byline', '')
    """
    j = i + 1
    skipped = 0
    last = max([body[-1].no, *gone]) if body else 0
    for no in range(body[i].no + 1, last + 1):
        kept = j < len(body) and body[j].no == no
        text = (body[j].text if kept else gone.get(no, "")).strip()
        j += kept
        if not text:
            continue  # a blank line, a scrape copy removed
        if _is_byline_line(text) or _AUTHOR_LABEL.match(text):
            kind = "byline"
        elif (
            _META.search(text)
            or _holds_date(text)
            or _dateline(text)
            or any(_is_date_line(p) for p in re.split(r"\s+[·•|]\s+", text))
        ):
            kind = "date"  # "March 9, 2025 · 38 min", "ana merged 3 commits … Mar 4, 2025"
        else:
            kind = ""
        if kind and skipped <= _OWN_SKIP:
            return kind
        if kind:  # a byline or date further down is the next line's: furniture here
            skipped += 1
            continue
        if kept and _is_body(text):
            return "body"
        if kept and headline(text):
            return "apart" if skipped else "deck"
        if kept and not (_furniture(text) or chrome_reason(text)):
            return "other"
        skipped += 1
        if skipped > _LEAD_SKIP:
            break
    return ""


def _holds_date(text: str) -> bool:
    """Whether a line holds a full date (a numeric one, or a month's name beside a day and a
    year): a post's or a commit's metadata ("ana merged 3 commits into main Mar 4, 2025"),
    which a headline seldom carries.

    >>> [_holds_date(t) for t in ("ana merged 3 commits on Mar 4, 2025", "Top 10 of 2025")]
    [True, False]
    """
    if re.search(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", text):
        return True
    tokens = re.findall(r"[^\W\d_]+\.?|\d+", text.casefold())
    for k, token in enumerate(tokens):
        if token.rstrip(".") in _MONTHS:
            near = tokens[max(0, k - 2) : k + 3]
            days = [t for t in near if t.isdigit() and len(t) <= 2]
            years = [t for t in near if t.isdigit() and len(t) == 4]
            if days and years:
                return True
    return False


# A full date in any language's words: a month's name (any word), its day and the year ("Machi
# 1, 2026", "1 Machi 2026", "1. Mäerz 2026"), or a numeric date ("2026-03-01", "01/03/2026").
_DATE_SHAPE = re.compile(
    r"^(?:[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+(?:19|20)\d\d"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d)\b"
)


def _dateline(text: str) -> bool:
    """A post's dateline: parts set apart by dots or bars, one of them opening with a full date
    in the shape of any language ("Machi 1, 2026 na Amani Mwakyusa · Maoni 3", "1 Ebrill 2026
    · 4 munud"), where the month's name need not be one the archive knows. A headline is no
    list of parts and seldom opens one with a date.

    >>> [_dateline(t) for t in ("Machi 1, 2026 na Amani · Maoni 3", "Windows 11, 2025 review")]
    [True, False]
    """
    parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", text) if p.strip()]
    return len(parts) >= 2 and any(_DATE_SHAPE.match(p) for p in parts)


def _furniture(text: str) -> bool:
    """A line too short for a headline and no sentence ("Science & Environment", "Episodes",
    "TECHNET", "분류 전체보기"): a menu's item or a label of the page.

    >>> [_furniture(t) for t in ("Science & Environment", "Agreed.", "Why bees dance at dawn")]
    [True, False, False]
    """
    return not _long_enough(text) and not re.search(rf"[{_STOPS}!?！？]", text)


def _label_over(
    body: list[Line], choice: tuple[int, str], nxt: tuple[int, str], gone: dict[int, str]
) -> bool:
    """Whether ``choice``, a heading-like line, is a label over the headline ``nxt`` (a menu's
    row, a site's name or tagline in words, a section's name, a kicker, in any language):
    nothing of a headline's own stands under it (its byline, date or the body's prose), only
    the page's furniture or a heading-like line, and ``nxt`` has a headline's lead under it
    (its deck, byline, date or the body). A heading-like line under ``choice`` may be its
    deck: ``choice`` is a label over its headline only when it is short (``_LABEL_WORDS``
    words, or up to ``_KICKER_WORDS`` when the next says ``_KICKER_RATIO`` times as much), or
    a menu's row (``_menu_row``) with furniture under it. A line that asks or exclaims is a
    headline.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Language models at work\\nThe assistant that learned to say it is "
    ...                    "unsure\\nBy Ada Brook\\nText.")
    >>> _label_over(body, (0, body[0].text), (1, body[1].text), {})
    True
    >>> body = split_lines("Why the kettle sings\\nBy Ada Brook\\nA deck that says more than "
    ...                    "the headline does\\nText.")
    >>> _label_over(body, (0, body[0].text), (2, body[2].text), {})
    False
    """
    x, y = choice[1], nxt[1]
    if re.search(r"[?!？！؟]\W*$", x):
        return False
    under = _lead(body, choice[0], gone)
    if under not in ("", "apart", "deck"):
        return False  # its own byline, date or prose: a headline
    small, large = _size(x), _size(y)
    if under == "deck":  # a kicker right over its headline, or a headline over its deck
        short = small <= _LABEL_WORDS or (small <= _KICKER_WORDS and large >= _KICKER_RATIO * small)
    else:  # a site's name or a menu's row, the page's furniture under it
        short = small <= _LABEL_WORDS or _menu_row(x)
    if not (short and (large > small or _menu_row(x))):
        return False
    j = nxt[0]
    below = body[j + 1].text.strip() if j + 1 < len(body) else ""
    if (
        body[j + 1 : j + 2]
        and body[j + 1].no == body[j].no + 1
        and below[:1].islower()
        and not (_furniture(below) or _is_byline_line(below))
    ):
        return False  # a hard-wrapped line of prose, its sentence going on below
    return _lead(body, j, gone) in ("body", "byline", "date", "deck")


def _kicker_over_decked(
    body: list[Line], choice: tuple[int, str], nxt: tuple[int, str], gone: dict[int, str]
) -> bool:
    """Whether ``choice`` is a kicker over the headline ``nxt`` because ``nxt`` has its deck
    right under it: three lines in a row, the third longer than ``nxt`` and followed by the
    article's byline or date ("Asistentes digitales en la banca y los seguros" / the headline /
    its deck / "Por Camila …"). The byline or the date stands under the deck, the deck under
    its headline: the line over the headline is a label, however long. A headline over its deck
    has the body's prose under the deck, not a third line, and stays.

    >>> from persona_archive.cleaning.model import split_lines
    >>> body = split_lines("Banks and the talking machines of tomorrow\\nInsurers want a bot "
    ...                    "that sounds less like a contract\\nThree firms reviewed the tone of "
    ...                    "their assistants after a survey of their clients\\nBy Ada Brook"
    ...                    "\\nText.")
    >>> _kicker_over_decked(body, (0, body[0].text), (1, body[1].text), {})
    True
    >>> body = split_lines("Insurers want a bot that sounds less like a contract\\nThree firms "
    ...                    "reviewed the tone of their assistants after a survey\\nThe survey "
    ...                    "asked two thousand clients what they thought of the bots.")
    >>> _kicker_over_decked(body, (0, body[0].text), (1, body[1].text), {})
    False
    """
    i, j = choice[0], nxt[0]
    if (
        j != i + 1
        or j + 1 >= len(body)
        or body[j].no != body[i].no + 1
        or body[j + 1].no != body[j].no + 1
        or re.search(r"[?!？！؟]\W*$", choice[1])
    ):
        return False
    deck = body[j + 1].text.strip()
    if (
        _is_byline_line(deck)
        or _is_date_line(deck)
        or _dateline(deck)
        or chrome_reason(deck)
        or _size(deck) <= _size(nxt[1])
    ):
        return False
    return _lead(body, j + 1, gone) in ("byline", "date")


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
    return words[0][0].isupper() and 3 * capitals >= 2 * len(words)


def _is_byline_line(text: str) -> bool:
    """A byline ("By Jane Doe", "by Odile Brannock", "Por Ana Souza, de Campinas", "de Andrei
    Popescu", "Автор: Ольга Смирнова", "文／王小明"): a headline has one under it, a site's
    masthead does not, and a byline is no headline itself. One test for every place the title
    stage asks: English bylines, the shapes with a trailing date or place, and
    ``bylines.byline_names`` in any language."""
    return bool(
        _byline_authors(text)
        or _BYLINE_START.match(text)
        or _SIGNED.match(text)
        or byline_names(text)
    )


# the lead word in any case, the names capitalised (a global IGNORECASE made "Von der Leyen
# spricht über Chatbots im Amt" a byline)
_BYLINE_START = re.compile(
    r"^(?i:by|von|par|por|di|door|av|af|przez|от|автор:?)\s+[A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w'’.-]+"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w'’.-]+)+(?:\s*[,·|–-].{0,60})?$"
)


def _menu_item(text: str) -> bool:
    """A menu's item: one or two words without sentence punctuation ("Open Source", "Topics:")."""
    return len(text.split()) <= 2 and not re.search(rf"[{_STOPS}!?！？]", text)


def _is_label(text: str) -> bool:
    """A short label that introduces what follows ("Actual agent:", "The method:")."""
    return text.endswith((":", "：")) and len(_words(text)) <= 4


def title_source(hints: Hints, changes: Iterable[Change]) -> str:
    """Where ``build`` took the title from, for the front matter's ``title_source``: the
    catalog's, a title line of the text (a ``title`` change), or derived from the first sentence.

    >>> title_source(Hints(title="T"), []), title_source(Hints(), [])
    ('catalog', 'derived')
    >>> title_source(Hints(), [Change(STAGE, "title", 1, "A Title")])
    'text'
    """
    if (hints.title or "").strip():
        return CATALOG
    if any(c.stage == STAGE and c.rule == "title" for c in changes):
        return TEXT
    return DERIVED


# ------------------------------------------------------------------------- derived titles

# Quotation marks: opener -> the marks that close it (German „…“ and ‚…‘, French «…», Danish
# »…«, CJK 「…」). A ’ between letters is an apostrophe, not a closing mark.
_QUOTE_PAIRS = {
    "“": "”",
    "„": "“”",
    "‘": "’",
    "‚": "‘’",
    "«": "»",
    "»": "«»",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    "〝": "〞〟",
    '"': '"',
}


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans ``(start, end)`` of the outermost closed quotations in ``text``.

    >>> quotations('He said “Stop. Now.” and left.')
    [(8, 20)]
    >>> quotations("Sie sagte „Halt“ und ging."), quotations("It’s the students’ work.")
    ([(10, 16)], [])
    """
    return _scan_quotes(text)[0]


def _unclosed_quote(text: str) -> int | None:
    """Where the outermost quotation that ``text`` opens and never closes starts, else None.

    >>> _unclosed_quote("He said “stop and"), _unclosed_quote("He said “stop.”")
    (8, None)
    """
    stack = _scan_quotes(text)[1]
    return stack[0][1] if stack else None


def _scan_quotes(text: str) -> tuple[list[tuple[int, int]], list[tuple[str, int]]]:
    """Closed outermost quotation spans, and the openers left unclosed (mark, position)."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch == "’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # an apostrophe
        depth = next(
            (d for d in range(len(stack) - 1, -1, -1) if ch in _QUOTE_PAIRS[stack[d][0]]), None
        )
        if depth is not None:
            start = stack[depth][1]
            del stack[depth:]
            if not stack:
                spans.append((start, i + 1))
        elif ch in _QUOTE_PAIRS and not (ch == "‘" and i > 0 and text[i - 1].isalnum()):
            stack.append((ch, i))
    return spans, stack


def _width(text: str) -> int:
    """Display width: a wide (CJK) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _inside(position: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((s, e) for s, e in spans if s < position < e), None)


def _first_sentence(text: str) -> str:
    """The text's first sentence, never ending inside a quotation."""
    text = " ".join(text.split())
    spans = quotations(text)
    position = 0
    for sentence in _sentences(text):
        position = text.index(sentence, position) + len(sentence)
        if not _inside(position, spans):
            return text[:position]
    return text


_TRAILING = re.compile(r"(?:\s|…|\.{2,}|[,;:，、；：،؛—–-])+$")
# A clause boundary: after a comma, semicolon or colon (Latin, Arabic, CJK), or before a dash
# or an opening parenthesis.
_CLAUSE = re.compile(r"(?P<after>[,;:،؛](?=\s)|[，、；：])|\s(?=[—–-]\s)|\s(?=\()|(?<=\w)—(?=\w)")


def _tidy(text: str) -> str:
    """A title's end: no ellipsis, clause punctuation or single final full stop."""
    text = _TRAILING.sub("", text.strip())
    if text.endswith(".") and not text.endswith(".."):
        text = _TRAILING.sub("", text[:-1])
    return text


def _fits(text: str) -> bool:
    """Short enough to be a title as it is: ``TITLE_WIDTH`` and ``TITLE_WORDS`` (words between
    spaces: a language written without spaces is measured by its width alone)."""
    return _width(text) <= TITLE_WIDTH and len(text.split()) <= TITLE_WORDS


def derive_title(text: str) -> str:
    """A title supplied from the first sentence of ``text``: the whole sentence when it is
    short (``TITLE_WIDTH``, ``TITLE_WORDS``), else cut at its last clause boundary that keeps it
    short, else the whole sentence up to ``TITLE_MAX_WIDTH``, else cut between words. Never cut
    inside a quotation and never ending in "…": it is shown as supplied, in [ ], not shortened.

    >>> derive_title("Short one. Then more.")
    'Short one'
    >>> derive_title("The model kept apologising for things it had not done, which was funny "
    ...              "for a while and then just tiring, and eventually we stopped asking.")
    'The model kept apologising for things it had not done'
    >>> print(derive_title("Researchers: “Giving language models agency and intrinsic "
    ...                    "motivation is a fascinating and important direction”"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Researchers: “Giving language models agency and intrinsic motivation is a fascinating and
    important direction”
    >>> derive_title("He wrote “I am not a tool. I am a mind that cares.” in the letter. More.")
    'He wrote “I am not a tool. I am a mind that cares.” in the letter'
    """
    return _close(_choose(_tidy(_first_sentence(text))))


def _close(title: str) -> str:
    """A title that opens a quotation it never closes (the source's stray mark) ends before it
    when enough is left; a lone mark at the start stays, as the source has it."""
    opened = _unclosed_quote(title)
    if opened is not None and word_count(title[:opened]) >= TITLE_MIN_WORDS:
        return _tidy(title[:opened])
    return title


def _choose(first: str) -> str:
    if _fits(first):
        return first
    spans = quotations(first)
    best = ""
    for m in _CLAUSE.finditer(first):
        position = m.end() if m.group("after") else m.start()
        if _inside(position, spans):
            continue
        cut = _tidy(first[:position])
        if word_count(cut) >= TITLE_MIN_WORDS and _fits(cut):
            best = cut
    if best:
        return best
    if _width(first) <= TITLE_MAX_WIDTH:
        return first
    return _word_cut(first, spans)


def _word_cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` cut at the last space within ``TITLE_WIDTH``; a cut inside a quotation moves
    before its opening mark (or, when too little is left, after its closing mark)."""
    position = 0
    for m in re.finditer(r"\s", text):
        if _width(text[: m.start()]) > TITLE_WIDTH:
            break
        position = m.start()
    if not position:
        return text
    span = _inside(position, spans)
    if span:
        before = _tidy(text[: span[0]])
        position = span[0] if word_count(before) >= TITLE_MIN_WORDS else span[1]
    return _tidy(text[:position])
