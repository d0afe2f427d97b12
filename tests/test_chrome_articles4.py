"""Chrome left on article-like pages (issue 18): a help center's vote count, request box, lists
and host credit; a store's app page headings in more languages; a podcast page's listen-on
buttons, download link and episode pager with its titles, and its transcript label over the
speakers' turns; a gist's clone box and each file's header; a Hatena blog's buttons and id
line; a news site's messaging-channel invitation; a docs page's copy buttons over its code;
an article's one date in its header. Each goes on evidence; the same words in an author's
sentence, a heading over prose, a date among the paragraphs stay. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of
from persona_archive.cleaning.boilerplate.articles import speaker_turn


@pytest.mark.parametrize(
    "line",
    [
        # a help center
        "Utilisateurs qui ont trouvé cela utile : 14 sur 17",
        "Usuarios a los que les pareció útil: 3 de 5",
        "12 of 15 found this helpful",
        "Vous avez d'autres questions ? Envoyer une demande",
        "Have more questions? Submit a request",
        "Weitere Fragen? Anfrage einreichen",
        "Articles dans cette section",
        "Artikel in diesem Abschnitt",
        "Artigos relacionados",
        "Fourni par Zendesk",
        "Powered by Document360",
        # a podcast page
        "Escúchalo en Spotify",
        "Écouter sur Apple Podcasts",
        "Ascolta su Spotify",
        "Descargar MP3",
        "Episodio anterior",
        "Nächste Folge",
        # a gist, a Hatena blog, a news site's channel
        "Save marianasilva/3f2a to your computer and use it in GitHub Desktop.",
        'Clone this repository at <script src="https://gist.github.com/ana/3f2a.js"></script>',
        "Revisions 2",
        "この記事をはてなブックマークに追加",
        "はてなスターを追加",
        "id:kusunoki 21:10",
        "Receba as notícias do Diário do Vale no WhatsApp",
        "Recibe las noticias de El Faro en WhatsApp",
    ],
)
def test_an_articles_furniture_goes_alone(line):
    assert rule_of(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "We sent a request to the council and heard nothing back for a month.",
        "Escúchalo en Spotify si quieres, pero el episodio completo está en la web.",
        "Mis padres nos pidieron que descargáramos el MP3 para el viaje en coche.",
        "The article in this section explains how the bees find their way home.",
        "Receba as notícias com calma: nem tudo precisa ser lido no mesmo dia.",
    ],
)
def test_the_same_words_in_a_sentence_stay(line):
    assert rule_of(line) is None


def test_store_headings_go_beside_the_stores_furniture():
    page = [
        "Lernbegleiter Eule",
        "Teilen",
        "Auf die Wunschliste",
        "Über diese App",
        "Die Eule erklärt Aufgaben Schritt für Schritt.",
        "Bewertungen und Rezensionen",
        "Neue Funktionen",
        "App-Support",
        "Ähnliche Apps",
    ]
    assert kept(*page) == ["Lernbegleiter Eule", "Die Eule erklärt Aufgaben Schritt für Schritt."]


def test_a_what_is_new_heading_in_an_essay_stays():
    page = ["Neue Funktionen", "Diese Woche habe ich gelernt, eine Fahrradkette zu wechseln."]
    assert kept(*page) == page


# --------------------------------------------------------------------------- copy buttons

DOCS_TOOLS = ["Diese Seite bearbeiten", "Zuletzt aktualisiert: 3. Dezember 2026"]


def test_a_copy_button_over_code_goes_on_a_docs_page():
    page = [
        "Die Datei beginnt mit einem Namen.",
        "Kopieren",
        "name: Gärtnerin",
        "Danach folgen die Eigenschaften.",
        *DOCS_TOOLS,
    ]
    assert "Kopieren" not in kept(*page)


def test_two_copy_buttons_go_without_the_tools():
    page = [
        "Install it first.",
        "Copy",
        "pip install teapot",
        "Then run the probe.",
        "Copy",
        "teapot probe --rounds 10",
    ]
    assert "Copy" not in kept(*page)


def test_a_copy_heading_over_prose_stays():
    page = ["Copy", "The copy on the box said the tea was from a small farm.", *DOCS_TOOLS]
    assert "Copy" in kept(*page)


def test_one_copy_line_over_code_without_tools_stays():
    page = ["Install it first.", "Copy", "pip install teapot", "That is all."]
    assert "Copy" in kept(*page)


# --------------------------------------------------------------------------- transcript labels


def test_a_transcript_label_over_the_turns_goes():
    page = [
        "En este episodio hablamos del humor de los modelos.",
        "Transcripción",
        "Marta: Bienvenidos a otro episodio.",
        "Elena: Gracias por la invitación.",
        "Marta: Empecemos por lo básico.",
    ]
    assert "Transcripción" not in kept(*page)


def test_a_transcript_heading_over_prose_stays():
    page = [
        "Transcript",
        "The transcript of the hearing ran to three hundred pages.",
        "Nobody read all of it, and the judge said so.",
    ]
    assert "Transcript" in kept(*page)


def test_speaker_turns_and_time_codes():
    assert speaker_turn("Ana Ruiz: Hola a todos.")
    assert speaker_turn("[01:02:03] We begin.")
    assert not speaker_turn("Note that the bread rose overnight.")


# --------------------------------------------------------------------------- episode pagers


def test_an_episodes_title_under_its_pager_label_goes():
    page = [
        "Elena: Gracias por la invitación.",
        "Episodio anterior",
        "56. Pan, abejas y algoritmos",
        "Episodio siguiente",
        "58. La memoria de las máquinas",
        "© 2026 Charlas de Silicio",
    ]
    assert kept(*page) == ["Elena: Gracias por la invitación."]


def test_a_line_of_text_under_a_pager_label_stays():
    page = [
        "Episodio anterior",
        "56. Pan, abejas y algoritmos",
        "En aquel episodio hablamos del pan y nos quedamos con hambre.",
    ]
    assert "56. Pan, abejas y algoritmos" in kept(*page)


# --------------------------------------------------------------------------- file headers


def test_a_files_name_and_its_raw_button_go():
    page = [
        "Notes on the baking assistant",
        "notes_persona.md",
        "Raw",
        "The assistant talks like a patient baker.",
    ]
    assert kept(*page) == [
        "Notes on the baking assistant",
        "The assistant talks like a patient baker.",
    ]


def test_a_files_name_without_a_button_stays():
    page = ["My settings live in one file:", "settings.yml", "It is short and easy to read."]
    assert kept(*page) == page


def test_a_raw_heading_in_a_recipe_stays():
    page = ["Raw", "Raw beetroot tastes of earth and rain.", "Cooked", "It turns sweet."]
    assert "Raw" in kept(*page)


# --------------------------------------------------------------------------- header dates


def test_the_articles_date_with_its_time_under_the_byline_goes():
    page = [
        "Miejski chatbot przestał udawać człowieka",
        "Marta Wiśniewska",
        "04.03.2025, 08:15",
        "Wcześniej asystent przedstawiał się imieniem. Teraz mówi, że jest programem.",
        "Według urzędu liczba skarg spadła o połowę.",
    ]
    assert "04.03.2025, 08:15" not in kept(*page)


def test_the_articles_date_under_its_headline_goes():
    page = ["圖書館AI客服學會說「不知道」", "2025/03/04 08:15", "館方近日調整設定，讓AI直接說明。"]
    assert "2025/03/04 08:15" not in kept(*page)


def test_a_release_pages_date_over_its_version_goes_with_the_release_furniture():
    """Not as an article's header date: as a code host's release furniture (boilerplate.releases),
    the title and the notes staying."""
    page = ["Tone lock", "haneul released this", "04 Mar 02:14", "v2.3.0", "Adds a tone lock."]
    assert kept(*page) == ["Tone lock", "Adds a tone lock."]


def test_a_diarys_dates_stay():
    page = [
        "Garden diary",
        "2025-02-20",
        "The first crocus came up today.",
        "2025-02-27",
        "Snow again, and the crocus sulks.",
    ]
    assert kept(*page) == page


def test_a_date_among_the_paragraphs_stays():
    page = [
        "The bridge",
        "They closed the bridge in spring. Nobody told the cyclists.",
        "Then it opened again. We were glad.",
        "04.03.2025, 08:15",
        "That morning the first bus crossed it.",
    ]
    assert "04.03.2025, 08:15" in kept(*page)


def test_a_date_without_its_time_under_a_title_stays():
    page = ["To my sister", "12.03.2025", "Dear Ana, the bees are back."]
    assert "12.03.2025" in kept(*page)


# --------------------------------------------------------------------------- breadcrumbs' kin


def test_a_kicker_repeating_the_breadcrumb_goes_with_it():
    page = [
        "Lokales › Lindenberg",
        "Lindenberg",
        "Stadtbücherei testet einen ehrlichen Chat-Assistenten",
        "Seit Montag beantwortet ein Programm Fragen. Das Team ist zufrieden.",
    ]
    assert kept(*page) == page[2:]


def test_a_headline_repeating_the_breadcrumb_over_its_byline_stays():
    page = [
        "Home › Recipes › Focaccia",
        "Focaccia",
        "By Ana Ruiz García and Tom Lee",
        "Mix the flour. Let it rest.",
    ]
    assert "Focaccia" in kept(*page)


def test_a_docs_sidebar_over_its_breadcrumb_goes():
    page = [
        "Kiefernhain Docs",
        "Anleitung",
        "API",
        "Einführung",
        "Persona-Dateien",
        "Startseite › Anleitung › Persona-Dateien",
        "Persona-Dateien schreiben",
        "Eine Persona-Datei beschreibt den Ton. Sie ist kurz.",
    ]
    assert kept(*page) == page[-2:]


def test_short_lines_over_a_trail_that_names_none_of_them_stay():
    page = [
        "Flour",
        "Water",
        "Salt",
        "Startseite › Rezepte › Brot",
        "Bread",
        "Mix it. Bake it.",
    ]
    assert kept(*page)[:3] == ["Flour", "Water", "Salt"]


def test_a_docs_sidebar_naming_the_page_over_its_heading_goes():
    page = [
        "松鼠评测",
        "指南",
        "快速开始",
        "编写人设",
        "评测指标",
        "编写人设",
        "人设文件告诉模型应当以什么样的性格回答问题。",
        "在 GitHub 上编辑此页",
    ]
    assert kept(*page) == ["编写人设", "人设文件告诉模型应当以什么样的性格回答问题。"]


def test_a_chats_short_lines_repeating_a_name_stay():
    page = ["Ana", "hi", "Bob", "hey", "Ana", "how are you today?", "Bob", "fine, thanks."]
    assert kept(*page) == page


# --------------------------------------------------------------------------- store reviews


@pytest.mark.parametrize(
    "line",
    [
        "App内課金あり",
        "5段階評価中",
        "1,284件の評価",
        "デベロッパの回答 2026/11/28",
        "The developer, Quietfern Ltd., indicated that the app’s privacy practices may include "
        "handling of data as described below.",
        "Geliştirici Limon Bilişim A.Ş., uygulamanın gizlilik uygulamalarının aşağıda "
        "açıklandığı gibi verilerin işlenmesini içerebileceğini belirtti.",
    ],
)
def test_an_app_stores_furniture_goes_alone(line):
    assert rule_of(line) is not None


def test_a_reviews_stars_with_its_date_go():
    page = [
        "さくらもち",
        "★★★★★ 2026/12/01",
        "正直なところがいい",
        "知らないことは知らないと言う。",
    ]
    assert "★★★★★ 2026/12/01" not in kept(*page)


def test_an_authors_own_star_rating_stays():
    page = ["Rye loaf", "★★★★☆ dense and sour", "It kept for a week. I would bake it again."]
    assert kept(*page) == page


def test_a_developers_line_printed_twice_goes_beside_the_stores_furniture():
    page = [
        "Lernbegleiter Eule",
        "Wiesengrund Software GmbH",
        "Teilen",
        "Die Eule erklärt Aufgaben Schritt für Schritt.",
        "Wiesengrund Software GmbH",
        "28. November 2026",
        "Danke für die Rückmeldung. Die Werbung wird seltener.",
    ]
    got = kept(*page)
    assert got.count("Wiesengrund Software GmbH") == 1
    assert (
        got.index("Wiesengrund Software GmbH")
        == got.index("Danke für die Rückmeldung. Die Werbung wird seltener.") - 1
    )


def test_a_company_named_once_stays():
    page = ["Mit freundlichen Grüßen", "Wiesengrund Software GmbH", "Teilen"]
    assert "Wiesengrund Software GmbH" in kept(*page)


# --------------------------------------------------------------------------- boxes in the text


def test_a_read_also_box_inside_the_text_goes():
    page = [
        "A biblioteca passou a usar um assistente virtual. Ele informa horários.",
        "Leia também",
        "Feira do livro usado volta à praça central no sábado",
        "Ciclovia da avenida Brasil ganha novo trecho",
        "“Preferimos uma resposta honesta”, disse Lúcia. O programa atendeu 900 perguntas.",
    ]
    assert kept(*page) == [page[0], page[-1]]


def test_a_read_also_label_over_one_heading_of_the_text_keeps_it():
    page = [
        "A biblioteca passou a usar um assistente virtual. Ele informa horários.",
        "Leia também",
        "Por que a franqueza do assistente importa",
        "A coordenadora explica a escolha. Ela prefere respostas honestas.",
    ]
    assert "Por que a franqueza do assistente importa" in kept(*page)
