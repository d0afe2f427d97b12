"""The title must not depend on whether the chrome rules removed the page's chrome (issue 18,
point 4): the same header gives the same title with its menu rows, breadcrumbs and prompts
kept, removed as chrome (their text then only in ``Hints.removed``), or half removed. A
breadcrumb or a repository's path confirms a short heading either way; a breadcrumb kept is
the page's furniture as one removed is; the page's own text cleaned again keeps its title.

Pages are written as the corpus's templates are: a line starting with ``~ `` is chrome."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import Line, split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import chrome_reason, title_line


def _lines(page: str) -> list[tuple[Line, bool]]:
    """Each line of ``page`` with whether it is chrome (``~ ``), its mark taken off."""
    out = []
    for line in split_lines(page):
        chrome = line.text.startswith("~ ")
        out.append((Line(line.no, line.text[2:] if chrome else line.text), chrome))
    return out


def _title(page: str, remove: str) -> str:
    """The title of ``page`` with its chrome kept ("none"), removed ("all"), or every other
    chrome line removed ("half"), as the chrome rules may leave it."""
    lines = _lines(page)
    chrome = [ln.no for ln, c in lines if c]
    gone = set(chrome if remove == "all" else chrome[::2] if remove == "half" else ())
    body = [ln for ln, _ in lines if ln.no not in gone]
    removed = tuple((ln.no, ln.text) for ln, _ in lines if ln.no in gone)
    return build(body, Hints(removed=removed)).title


def _clean_again(page: str) -> str:
    """The title of ``page``'s clean text (its chrome removed) cleaned again: the title line,
    then the body's paragraphs."""
    lines = _lines(page)
    body = [ln for ln, c in lines if not c]
    removed = tuple((ln.no, ln.text) for ln, c in lines if c)
    doc = build(body, Hints(removed=removed))
    text = "\n\n".join([doc.title, *(b.text for b in doc.blocks)])
    return build(split_lines(text), Hints()).title


DOCS_EN = (
    "~ kettle-kit\n~ latest\n~ Search docs\n~ Docs » Guides » Tone files\nTone files\n"
    "~ Edit on GitHub\n"
    "A tone file describes how the assistant should sound: its register, its pace and the "
    "words it avoids.\n"
    "Tone files are plain text. Every line holds one rule, and the assistant reads them from "
    "top to bottom.\n~ Previous\n~ Next\n"
)
DOCS_DE_STEPS = (
    "~ Teekessel-Werkzeug\n~ Dokumentation ›\n~ Anleitungen ›\nVersionshinweise\n"
    "Hier steht jede Änderung an diesem Werkzeug, die Nutzer bemerken können, mit der "
    "Version, in der sie kam.\n"
    "Die Versionshinweise werden bei jeder Veröffentlichung von Hand ergänzt und geprüft.\n"
)
REPOSITORY = (
    "~ Skip to content\n~ Sign in\n~ ada-l / kettle-notes\n~ Public\n~ Code\n~ Issues 3\n"
    "~ main\n~ .github\n~ src/kettle_notes\n~ README.md\nkettle-notes\n"
    "A small tool that keeps kettle-notes for a tea room: which kettle boiled, when and for "
    "whom, and how the tea was judged.\n"
    "Install it with pip and point it at a folder of notes written by hand.\n"
)
NEWS_ES = (
    "~ Aceptar y cerrar\n~ Diario del Puerto\n~ Suscríbete\n~ Internacional\n~ Política\n"
    "~ Sociedad\n~ Tecnología\n~ Cultura\n~ Tecnología › Inteligencia artificial\n"
    "Los vecinos que hablan cada noche con un asistente de voz\n"
    "Cada vez más personas mayores del barrio charlan con un asistente de voz antes de "
    "dormir. Los psicólogos piden calma.\n"
    "Por Lucía Ferrer\n"
    "Todas las noches, Ramón le cuenta su día a un asistente que instaló su nieta en la "
    "cocina.\n"
)
WIKI_ID = (
    "~ Kebun Teh\n~ Beranda\n~ Dokumentasi\n~ Riwayat Versi\n~ Komunitas\n~ Cari dokumentasi…\n"
    "~ Beranda / Riwayat Versi\nRiwayat Versi\n"
    "Semua perubahan pada alat pencatat teh ini ditulis di riwayat versi, dari yang terbaru "
    "sampai yang pertama.\n"
    "Setiap versi mencatat tanggal rilis dan siapa yang mengujinya di dapur.\n"
)

PAGES = [
    (DOCS_EN, "Tone files"),
    (DOCS_DE_STEPS, "Versionshinweise"),
    (REPOSITORY, "kettle-notes"),
    (NEWS_ES, "Los vecinos que hablan cada noche con un asistente de voz"),
    (WIKI_ID, "Riwayat Versi"),
]


@pytest.mark.parametrize(("page", "title"), PAGES)
@pytest.mark.parametrize("remove", ["none", "half", "all"])
def test_the_title_is_the_same_with_or_without_the_chrome(page, title, remove):
    assert _title(page, remove) == title


@pytest.mark.parametrize(("page", "title"), PAGES)
def test_the_clean_text_keeps_its_title(page, title):
    assert _clean_again(page) == title


# ------------------------------------------------------------------ negatives


BOARD = (
    "~ Kettle Club\n~ Forum › Reviews\nReviews\n"
    "Three months of brewing with a talking kettle\nBy Ines Walcott\n2026-11-02 08:14\n"
    "For three months a talking kettle has told me when the water was ready, and its "
    "manners mattered more than its features.\n"
)
RELATED = (
    "~ Lire aussi | Les abeilles ont-elles peur de la pluie ?\n~ Accueil\n"
    "Pourquoi mes abeilles boudent la lavande cette année\n"
    "Par Odile Brannock\n"
    "Les abeilles ont laissé la lavande de côté tout le printemps, et je crois savoir "
    "pourquoi maintenant.\n"
)


def test_a_person_heading_a_post_is_no_title_on_the_first_line():
    page = (
        "Wren Abara\n\nI asked the assistant to plan a week of dinners, and it kept asking "
        "about the weather before answering.\n"
    )
    assert title_line(split_lines(page), Hints()) is None  # the title is derived


def test_a_name_the_prose_speaks_of_is_a_clean_text_title():
    page = (
        "Kettle Notes\n\nKettle notes record which kettle boiled, when and for whom, in a "
        "small tea room.\n"
    )
    assert title_line(split_lines(page), Hints()) == (0, "Kettle Notes")


# ------------------------------------------------------------------ prompts and listings


@pytest.mark.parametrize(
    "text",
    [
        "Search…",
        "Search docs",
        "Search or jump to...",
        "Suche…",
        "Dokumentation durchsuchen",
        "Rechercher dans la documentation",
        "Buscar en la documentación",
        "Cari dokumentasi…",
        "Поиск по сайту…",
        "ドキュメントを検索",
        "搜索文档",
        "문서 검색",
        "Tìm kiếm…",
        ".gitignore",
        ".github/",
        "On this page",
        "Auf dieser Seite",
        "このページの内容",
        "Lire aussi | Les abeilles ont-elles peur de la pluie ?",
        "Read also: Why the kettle sings at night",
        "Читайте также: Почему чайник поёт",
        "Baca juga: Teh hijau dan asisten",
    ],
)
def test_search_boxes_listings_and_contents_labels_are_chrome(text):
    assert chrome_reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "Search and rescue drones learn to talk",
        "Search for meaning in the age of chatbots",
        "Suche nach dem Charakter eines Modells",
        "Busca de sentido nas conversas com máquinas",
        "Find your voice",
        "gitignore tips for beginners",
        "On this page of the diary, a kettle",
        "Read more books, says the kettle",
        "Relatedness of bees and wasps",
    ],
)
def test_headlines_of_the_same_words_stay_titles(text):
    assert chrome_reason(text) is None


# ------------------------------------------------------------------ a heading named twice


DOCS_NAMED = (
    "~ Skip to content\nKettlework\nv2.1\nTone configuration\n~ Search\nGitHub\n"
    "~ Getting started\n~ Concepts\n~ Tones\n~ Changelog\nTone configuration\n"
    "A tone in Kettlework is built from three layers of rules, and each layer may override "
    "the one below it.\n"
)
TOC_UNDER_HEADLINE = (
    "Ivo's notes\nA year of sharpening my own kitchen knives\n~ Contents\nWhy bother\n"
    "~ The stones\nWhy bother\n"
    "My knives were never sharp for more than a month after a professional sharpening.\n"
)


PAGER = (
    "~ Kettle Forum\n~ Forums › Brewing › Kettles\n"
    "Can a chatbot judge a cup of green tea from a photo? (after the spring tasting)\n"
    "~ Page 1 / 3   Next ›\nleaf_and_spout\n~ Member · 812 posts\n~ 2026-03-01 21:47\n"
    "Yesterday after the tasting I showed a chatbot photos of every cup we brewed.\n"
)


CRUMB_ROW = (
    "~ Przejdź do zawartości\n~ Zaloguj się   Zarejestruj się\n"
    "Strona główna Ogród Pszczoły i miód\nCzy pszczoły męczą się zimą w ulu?\n"
    "~ Obserwujący 3\n~ Odpowiedz w tym temacie...\n~ Recommended Posts\nbartnik_ola\n"
    "~ Napisano 3 lutego\n"
    "Czytałam, że pszczoły w ulu zimą cały czas drżą, żeby grzać królową, i zastanawiam się, "
    "czy to je męczy.\n"
)


WIKI = (
    "~ Jump to navigation\n~ Main page\n~ Read   Edit   View history\nKettle song\n"
    "~ From KettleWiki, the free encyclopedia of kettles\n"
    "A kettle song is the sound a kettle makes as the water in it comes to the boil, and "
    "it changes with the kettle's shape.\n"
)


SIGNED = (
    "~ 豆瓣\n~ 登录/注册\n茶与水壶小组\n~ 加入小组\n"
    "我的水壶突然不再一味唱歌了，你们也遇到过吗\n来自：\n山茶与猫\n"
    "~ 2026-12-01 22:13:45 上海\n"
    "最近每天晚上都会烧一壶水，以前水开的时候它总会唱歌。"
    "这周它开始安静了，我不知道是不是坏了。\n"
)


RECORD = (
    "Kettle care checklist for our tea room\n~ Duplicate\n~ Get the app free\n"
    "Owner: Tea room operations\nStatus: Draft for discussion\nLast reviewed by: the kettle group\n"
    "This page collects the small habits we agreed on when boiling water for guests all day.\n"
)
MEETUP = (
    "Meetup: kettles and their songs\nPlace: the library's back room\nPrice: free\n"
    "We meet to listen to kettles from every decade and talk about how their songs changed.\n"
)


def test_a_title_shaped_as_a_field_over_its_fields_stays_the_title():
    assert _title(MEETUP, "none") == "Meetup: kettles and their songs"


SITE_SUFFIX = (
    "~ Kettle Notes\n~ Archive\n~ About\n"
    "Why my kettle sings louder in winter — Kettle Notes\n"
    "For months my kettle sang louder on cold mornings, and I finally asked why it did.\n"
)


# ------------------------------------------------------------------ header cases, as data
# (page, its title): the same title whatever part of the chrome the page still holds; the
# WHOLE cases are pages whose chrome goes all or nothing (half of it is no page a site prints)

CASES_HALF = [
    pytest.param(
        DOCS_NAMED, "Tone configuration", id="a_short_heading_the_header_names_too_is_the_title"
    ),
    pytest.param(
        CRUMB_ROW,
        "Czy pszczoły męczą się zimą w ulu?",
        id="a_breadcrumb_without_its_arrows_is_no_title",
    ),
    pytest.param(WIKI, "Kettle song", id="a_wikis_heading_over_its_tagline_kept_or_removed"),
    pytest.param(
        SIGNED,
        "我的水壶突然不再一味唱歌了，你们也遇到过吗",
        id="a_posts_author_label_with_its_date_kept_or_removed",
    ),
    pytest.param(
        SITE_SUFFIX,
        "Why my kettle sings louder in winter",
        id="the_sites_name_after_a_dash_goes_whether_kept_or_removed",
    ),
]

CASES_WHOLE = [
    pytest.param(
        BOARD,
        "Three months of brewing with a talking kettle",
        id="a_board_removed_as_chrome_leaves_the_post_its_title",
    ),
    pytest.param(
        RELATED,
        "Pourquoi mes abeilles boudent la lavande cette année",
        id="a_related_link_removed_at_the_top_confirms_no_title",
    ),
    pytest.param(
        TOC_UNDER_HEADLINE,
        "A year of sharpening my own kitchen knives",
        id="a_section_named_in_a_table_of_contents_is_no_title",
    ),
    pytest.param(
        PAGER,
        "Can a chatbot judge a cup of green tea from a photo? (after the spring tasting)",
        id="a_pager_over_a_handle_is_no_breadcrumb",
    ),
    pytest.param(
        RECORD,
        "Kettle care checklist for our tea room",
        id="a_pages_fields_are_no_headline_over_a_masthead",
    ),
]


@pytest.mark.parametrize(("page", "title"), CASES_HALF)
@pytest.mark.parametrize("remove", ["none", "half", "all"])
def test_a_header_case_keeps_its_title_half(page, title, remove):
    assert _title(page, remove) == title


@pytest.mark.parametrize(("page", "title"), CASES_WHOLE)
@pytest.mark.parametrize("remove", ["none", "all"])
def test_a_header_case_keeps_its_title_whole(page, title, remove):
    assert _title(page, remove) == title
