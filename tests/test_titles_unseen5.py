"""Title rules for the shapes that made cleaning not idempotent and for the dev pages
``c1t_*`` (issue 18, "true titles"): a subject's short name over its infobox (the first field
won over it once the clean text was cleaned again), a short title under removed chrome (no
title line the first time, one the second). Each family is built in several languages and
labels, with a look-alike that keeps the old answer."""

from __future__ import annotations

import re

import pytest

import bench_fidelity
from persona_archive.cleaning.pipeline import clean_text

_ANCHOR = re.compile(r"\n\{: #p-\d+ \}")


def _cleaned(text: str) -> tuple[str, bool]:
    """The title a raw text gets and whether it came from a line of the text."""
    got = bench_fidelity.clean_uncached("page.txt", text.encode("utf-8"))
    return got.title, got.title_line


def _fixed_point(text: str) -> bool:
    """Whether cleaning the clean text gives the same page (title, its source and body)."""
    clean = bench_fidelity.plain_text(bench_fidelity.clean_uncached("p.txt", text.encode()))
    again = bench_fidelity.plain_text(bench_fidelity.clean_uncached("c.txt", clean.encode()))
    return again == clean and _ANCHOR.sub("", clean_text(clean)) == _ANCHOR.sub(
        "", clean_text(text)
    )


# ------------------------------------------------- a subject's short name over its infobox

INFOBOXES = {
    "cs": (
        "Povaha asistenta",
        "Typ: pojem z oblasti jazykových modelů\n\nSouvisí s: osobnost, tón, hodnoty",
        "Povaha asistenta je souhrn stálých rysů, kterými se model projevuje v rozhovoru.",
    ),
    "en": (
        "Assistant temperament",
        "Type: a term from language model design\n\nRelated to: tone, values, honesty",
        "Assistant temperament is the set of stable traits a model shows in conversation.",
    ),
    "de": (
        "Assistentencharakter",
        "Art: Begriff aus der Sprachmodellforschung\n\nVerwandt mit: Ton, Werte",
        "Der Assistentencharakter ist die Summe der Züge, die ein Modell im Gespräch zeigt.",
    ),
    "fr": (
        "Tempérament conversationnel",
        "Type : notion des modèles de langage\n\nDomaine : ton, valeurs",
        "Le tempérament conversationnel désigne les traits stables qu'un modèle montre.",
    ),
    "ru": (
        "Характер ассистента",
        "Тип: понятие из области языковых моделей\n\nСвязано с: тон, ценности",
        "Характер ассистента — это совокупность черт, которые модель проявляет в разговоре.",
    ),
    "pl": (
        "Charakter asystenta",
        "Rodzaj: pojęcie z dziedziny modeli\n\nPowiązane: ton, wartości\n\nPierwsze użycie: 2023",
        "Charakter asystenta to zbiór stałych cech, które model okazuje w rozmowie.",
    ),
}


@pytest.mark.parametrize("language", sorted(INFOBOXES))
def test_a_short_subject_over_its_infobox_is_the_title_and_stays_it(language):
    title, fields, prose = INFOBOXES[language]
    text = f"{title}\n\n{fields}\n\n{prose}\n"
    assert _cleaned(text) == (title, True)
    assert _fixed_point(text)


def test_a_sites_name_over_an_events_fields_leaves_the_event_its_title():
    # the prose does not speak of the line over the fields: the first field stays the title
    text = (
        "Kettle Club\n\nMeetup: persona design evening\n\nPlace: the library\n\nPrice: free\n\n"
        "We meet to talk about how assistants should sound when they say no.\n"
    )
    assert _cleaned(text) == ("Meetup: persona design evening", True)
    assert _fixed_point(text)


# ------------------------------------------------------ a short title under removed chrome

UNDER_CHROME = {
    "de": (
        "Skip to content",
        "Persona-Dateien schreiben",
        "Eine Persona-Datei beschreibt den Ton. Sie ist kurz.",
    ),
    "en": (
        "Skip to content",
        "Writing personas",
        "A persona file describes the assistant's tone. It is short and plain.",
    ),
    "de-skip": (
        "Zum Hauptinhalt springen",
        "Tonfall einstellen",
        "Der Tonfall wird in der Persona-Datei festgelegt. Er gilt für jedes Gespräch.",
    ),
    "en-menu": (
        "Skip to content\nHome\nDocs\nBlog",
        "Writing personas",
        "A persona file describes the assistant's tone. It is short and plain.",
    ),
}


@pytest.mark.parametrize("case", sorted(UNDER_CHROME))
def test_a_short_title_under_removed_chrome_is_a_title_line_the_first_time(case):
    chrome, title, prose = UNDER_CHROME[case]
    text = f"{chrome}\n{title}\n{prose}\n"
    assert _cleaned(text) == (title, True)
    assert _fixed_point(text)


def test_a_posters_name_under_removed_chrome_stays_in_the_body():
    # a person's name heading a post is no title unless the prose speaks of it
    text = (
        "Skip to content\nWren Abara\n"
        "I asked the assistant to be blunter about my bread, and it finally said the crumb was "
        "gummy.\n"
    )
    assert not _cleaned(text)[1]
    assert _fixed_point(text)


# ------------------------------------------ a post's short title over its date, under a masthead

STAMPED = {
    "en": (
        "Crumb and Kettle\nNotes from a small kitchen, one loaf at a time\nHome\nRecipes",
        "Levain",
        "March 3, 2026 · 4 min read",
        "I asked the kitchen assistant how long my levain should rest, and it asked how warm "
        "the kitchen was.",
    ),
    "fa": (
        "دفترچه باغ\nیادداشت‌های کوتاه از یک باغچه کوچک\nخانه   درباره من   تماس",
        "زنبورها",
        "۱۲ اسفند ۱۴۰۴ · نوشته مریم",
        "امسال از دستیار پرسیدم چرا زنبورها سراغ اسطوخودوس نمی‌آیند. اول پرسید گل‌ها چه ساعتی "
        "آفتاب می‌گیرند.",
    ),
    "th": (
        "บันทึกครัวเล็ก\nเรื่องเล่าจากครัวเล็กๆ ทีละจาน\nหน้าแรก   สูตรอาหาร   เกี่ยวกับ",
        "ขนมปังแป้งเปรี้ยว",
        "3 มีนาคม 2569",
        "วันนี้ฉันถามผู้ช่วยว่าควรพักแป้งเปรี้ยวนานแค่ไหน มันถามกลับก่อนว่าในครัวร้อนแค่ไหน\n"
        "พอบอกว่ายี่สิบห้าองศา มันก็แนะนำให้พักสี่ชั่วโมง ขนมปังออกมาดีกว่าทุกครั้ง",
    ),
    "vi": (
        "Góc Bếp Nhỏ\nGhi chép từ một căn bếp nhỏ giữa thành phố\nTrang chủ   Công thức",
        "Bánh mì",
        "3 tháng 3, 2026",
        "Sáng nay tôi hỏi trợ lý nên ủ bột bánh mì bao lâu, và nó hỏi lại tôi trong bếp nóng "
        "cỡ nào.",
    ),
    "de": (
        "Brotzeit\nNotizen aus einer kleinen Backstube, ein Laib nach dem anderen\nStart\nRezepte",
        "Sauerteig",
        "3. März 2026",
        "Ich habe den Assistenten gefragt, wie lange mein Sauerteig ruhen soll, und er fragte "
        "zuerst nach der Temperatur.",
    ),
}


@pytest.mark.parametrize("language", sorted(STAMPED))
def test_a_short_title_over_its_date_wins_over_the_blogs_description(language):
    masthead, title, date, prose = STAMPED[language]
    text = f"{masthead}\n{title}\n{date}\n{prose}\n"
    assert _cleaned(text)[0] == title


def test_a_posters_name_over_its_date_is_no_title():
    # the prose does not name the line over the date: the description stays the title
    masthead, _, date, prose = STAMPED["en"]
    text = f"{masthead}\nAda Brook\n{date}\n{prose}\n"
    assert _cleaned(text)[0] == "Notes from a small kitchen, one loaf at a time"


def test_an_address_that_holds_a_date_is_no_posts_date():
    # a proxy's banner names the page's address (with its date) under the proxy's name
    text = (
        "Levain proxy\ngopher://tilde.example/0/phlog/2026-03-07-levain.txt\n"
        "This page is served by a levain proxy for readers without a client.\n"
        "Levain at nineteen degrees, and the assistant that asked first\n2026-03-07\n"
        "I asked the kitchen assistant how long my levain should rest, and it asked how warm "
        "the kitchen was.\n"
    )
    assert _cleaned(text)[0] == "Levain at nineteen degrees, and the assistant that asked first"


def test_a_title_in_capitals_with_a_colon_is_no_field_of_an_infobox():
    # an event's kind over its headline in capitals, the event's fields under it
    text = (
        "Előadás\nUDVARIAS GÉPEK: MIT TANULNAK A MODELLEK?\nElőadó: Szabó Márton\n"
        "Helyszín: B épület, 214-es terem\n"
        "Az előadás a gépek udvariasságáról szól, és arról, mit tanulnak a modellek.\n"
    )
    assert _cleaned(text)[0] == "UDVARIAS GÉPEK: MIT TANULNAK A MODELLEK?"


# ------------------------------------- a short title its browser title names beside the site

TABBED = {
    "de": (
        "Tonfall zurücksetzen — Parley Hilfe-Center",
        "Parley Hilfe-Center",
        "Tonfall zurücksetzen",
        "Wenn der Assistent zu förmlich klingt, kannst du den Tonfall zurücksetzen.",
    ),
    "ko": (
        "조수 성격 - 새전 위키",
        "새전 위키",
        "조수 성격",
        "조수 성격은 언어 모델이 대화에서 꾸준히 보여 주는 태도를 가리키는 말이다.",
    ),
    "en-colon": (
        "Kettlebot Support: Quiet mode",
        "Kettlebot Support",
        "Quiet mode",
        "Quiet mode stops the kettle assistant from speaking while it boils.",
    ),
}


@pytest.mark.parametrize("case", sorted(TABBED))
def test_a_short_title_named_beside_the_sites_name_in_the_tab_line_is_the_title(case):
    tab, site, title, prose = TABBED[case]
    text = f"{tab}\n{site}\nWie können wir helfen?\nSettings\n{title}\n{prose}\n"
    assert _cleaned(text)[0] == title


def test_a_menu_word_named_beside_the_sites_name_is_no_title():
    # "Settings | Kettlebot Support" over the settings page's own headline
    text = (
        "Settings | Kettlebot Support\nKettlebot Support\nSettings\n"
        "Choosing how the kettle talks to you\nThe kettle assistant can speak, beep or stay "
        "silent while it boils.\n"
    )
    assert _cleaned(text)[0] == "Choosing how the kettle talks to you"


def test_a_label_before_a_headlines_colon_is_no_sites_name():
    # "Opinion: …" is a headline; "Opinion" alone in the menu does not make it a browser title
    # when the rest of it does not stand alone too
    text = (
        "Opinion: Why the kettle should stay quiet\nOpinion\nNews\n"
        "I have lived with a talking kettle for a year, and I want it to stop.\n"
    )
    assert _cleaned(text)[0] == "Opinion: Why the kettle should stay quiet"


# ---------------------------------------------- a title in capitals over its author's bare name

CAPITALS = {
    "en": (
        "SMALL ROOMS",
        "THE POLITE MACHINE",
        "Mara Ellison",
        "Politeness toward a machine is not for the machine, she would have said.",
    ),
    "ru": (
        "МАЛЫЕ КОМНАТЫ",
        "ВЕЖЛИВАЯ МАШИНА НА КУХНЕ",
        "Ольга Светлова",
        "Вежливость к машине нужна не машине, сказала бы она о кухне.",
    ),
    "de": (
        "KLEINE RÄUME",
        "DIE HÖFLICHE MASCHINE",
        "Jonas Weidner",
        "Höflichkeit gegenüber einer Maschine ist nicht für die Maschine, sagte sie.",
    ),
}


@pytest.mark.parametrize("language", sorted(CAPITALS))
def test_a_title_in_capitals_over_its_authors_name_is_the_title(language):
    site, title, author, prose = CAPITALS[language]
    text = f"{site}\n{title}\n{author}\n{prose}\n"
    assert _cleaned(text)[0] == title


def test_a_sites_name_in_capitals_over_a_posters_name_is_no_title():
    # the prose does not speak of the line over the name: the title is derived from it
    text = (
        "KETTLE TIMES DAILY\nMara Ellison\nMy grandmother thanked the radio when the weather "
        "report was good, and I do the same.\n"
    )
    assert _cleaned(text)[0] != "KETTLE TIMES DAILY"


# --------------------------- a post's title under its date, its category between it and the text

CATEGORISED = {
    "ja": (
        "ことのは帳\n日々の小さなメモ\n2026-03-03",
        "紅茶の話",
        "カテゴリー：日記",
        "朝、アシスタントに紅茶の蒸らし時間を聞いたら、茶葉の量を先に聞き返された。",
    ),
    "en": (
        "Crumbs\nA small blog about bread\nMarch 4, 2026",
        "Gerald update",
        "Category: kitchen",
        "The bot still asks how warm the kitchen is before it gives a time, and I like it.",
    ),
    "zh": (
        "茶馆\n关于茶和机器的小笔记\n2026-03-04",
        "普洱与助手",
        "分类：随笔",
        "我问助手普洱要泡多久，它先问我用的是生茶还是熟茶，普洱的答案也就不一样了。",
    ),
}


@pytest.mark.parametrize("language", sorted(CATEGORISED))
def test_a_posts_title_under_its_date_over_its_category_is_the_title(language):
    masthead, title, field, prose = CATEGORISED[language]
    text = f"{masthead}\n{title}\n{field}\n{prose}\n"
    assert _cleaned(text) == (title, True)
    assert _fixed_point(text)


def test_a_headline_with_a_colon_is_no_category_line():
    # the words before a headline's colon are more than a label's one word: the tag line over
    # it is no title
    text = (
        "Lumen och Dimma\n3 mars 2026\nLandskap, Objektiv\n"
        "Dimma över Mälaren: tre objektiv, en morgon\n"
        "Jag ville se hur mina tre gamla objektiv klarar dimman över vattnet en tidig morgon.\n"
    )
    assert _cleaned(text)[0] == "Dimma över Mälaren: tre objektiv, en morgon"
