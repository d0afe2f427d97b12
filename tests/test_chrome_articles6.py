"""Chrome of news, blog, podcast, video and documentation pages that their shape tells
(issue 18, session 22): a post pager's labels and titles under the text, a comment form's
fields, an author box repeating the header's name, a subscription box whose heading repeats
its button, a series' list counting down, a card list's next headlines, lower-case tags under
the text, a transcript's label and notice over named or timed turns, a read-also box ending
at a fact box's heading, a docs sidebar with a tab row; guest lines and a video page's
counters. Each case is built here (other sites and languages than the corpus pages where
it can), beside the content of the same shape that stays."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of


def test_a_post_pager_under_the_text_goes():
    page = [
        "Dzisiaj upiekłam chleb razowy i pierwszy raz wyszedł dobrze.",
        "Poprzedni",
        "Jak nauczyłam się robić zakwas",
        "Następny",
        "Ogród zimą i pierwsze przymrozki",
    ]
    assert kept(*page) == page[:1]


def test_a_menu_over_the_headline_is_no_pager():
    page = [
        "Blog",
        "Inicio",
        "Recetas caseras del domingo",
        "Archivo",
        "Pan de centeno con semillas",
        "Hoy os cuento cómo hice el pan de centeno de mi abuela.",
    ]
    assert "Pan de centeno con semillas" in kept(*page)


def test_a_comment_forms_fields_go_and_a_comment_stays():
    form = [
        "We fixed the bell on the old bike at last.",
        "Leave a comment",
        "Name (required)",
        "Mail (will not be published)",
        "Post Comment",
    ]
    assert kept(*form) == form[:1]
    comments = ["Nice post.", "Leave a comment", "Danke für den Tipp", "Post Comment"]
    assert "Danke für den Tipp" in kept(*comments)


def test_an_author_box_repeating_the_header_goes():
    page = [
        "Why my sourdough starter needs a name",
        "By Nadia Osei",
        "I named the starter in March and fed it every morning.",
        "It is still alive, which surprised everyone at home.",
        "The bread is better than last year, and the kitchen smells of it.",
        "Share this",
        "Nadia Osei",
        "Nadia bakes, cycles and writes about small machines at home.",
        "© 2026 Crumb Notes",
    ]
    assert kept(*page)[-1] == "The bread is better than last year, and the kitchen smells of it."


def test_the_authors_own_comment_under_the_text_stays():
    page = [
        "Why my sourdough starter needs a name",
        "By Nadia Osei",
        "I named the starter in March and fed it every morning.",
        "It is still alive, which surprised everyone at home.",
        "The bread is better than last year, and the kitchen smells of it.",
        "Tags: bread, starter",
        "Nadia Osei",
        "Thanks, I will try rye next week.",
        "Reply",
    ]
    assert "Thanks, I will try rye next week." in kept(*page)


def test_a_subscription_box_whose_heading_repeats_its_button_goes():
    page = [
        "Les abeilles sont rentrées tôt hier soir.",
        "S'abonner à Carnet du rucher",
        "Les nouveaux billets dans votre boîte mail.",
        "S'abonner",
        "Ce matin, la ruche était calme et le miel presque prêt.",
    ]
    assert kept(*page) == [page[0], page[4]]


def test_a_paragraph_beginning_with_the_verb_stays():
    page = [
        "Subscribe to nothing, my grandmother said, and read what the bees tell you instead.",
        "Subscribe",
        "We walked to the hives after lunch.",
    ]
    assert page[0] in kept(*page)


def test_a_series_list_counting_down_goes():
    series = [
        "Danke fürs Zuhören, nächste Woche geht es wieder um Bienen.",
        "Weitere Folgen",
        "Folge 41: Honig im Winter",
        "Folge 40: Wenn der Schwarm auszieht",
        "Teilen",
        "Wir lesen uns nächste Woche wieder, bis dann.",
    ]
    assert kept(*series) == [series[0], series[-1]]


def test_a_list_counting_up_stays():
    steps = [
        "So habe ich die Kette gewechselt.",
        "Teilen",
        "Schritt 1: Rad ausbauen",
        "Schritt 2: Kettenschloss öffnen",
        "Teilen",
        "Danach lief das Rad wieder leise.",
    ]
    assert "Schritt 1: Rad ausbauen" in kept(*steps)


def test_lower_case_tags_under_the_text_go_and_a_signature_stays():
    tags = [
        "Po roce jsem konečně pochopila, proč rajčata praskají.",
        "zahrada",
        "rajčata",
        "Sdílet",
    ]
    assert kept(*tags) == tags[:1]
    signed = ["See you next week at the market.", "Warmly", "Ines Duarte"]
    assert kept(*signed) == signed


def test_a_transcripts_label_and_notice_over_named_timed_turns_go():
    page = [
        "In deze aflevering praten we over broodbakken met een assistent.",
        "Transcriptie",
        "Automatisch gemaakt, niet nagekeken.",
        "Sanne",
        "00:00:04",
        "Welkom bij een nieuwe aflevering over brood en machines.",
        "Pieter",
        "00:00:12",
        "Fijn om er te zijn, ik heb zelfs brood meegenomen.",
        "Sanne",
        "00:00:20",
        "Dan beginnen we meteen met het deeg.",
    ]
    got = kept(*page)
    assert "Transcriptie" not in got and "Automatisch gemaakt, niet nagekeken." not in got
    assert "Welkom bij een nieuwe aflevering over brood en machines." in got


def test_a_transcripts_first_words_under_its_label_stay():
    page = [
        "Transcript",
        "Hello and welcome back to the show, everyone, it has been a long month.",
        "Mara Quinn (00:00:15)",
        "Thanks for having me.",
        "Tomasz Wren (00:00:20)",
        "Shall we start with the bees?",
    ]
    assert page[1] in kept(*page)


def test_a_read_also_box_ends_at_a_fact_boxs_heading():
    page = [
        "Biblioteket öppnar en ny läshörna för barn i januari.",
        "Read also",
        "Bridge over the river opens again next spring",
        "Winter market moves to the main square this year",
        "Facts: how the reading corner works",
        "Children can borrow four books at a time.",
    ]
    got = kept(*page)
    assert "Facts: how the reading corner works" in got
    assert "Winter market moves to the main square this year" not in got


def test_the_next_cards_of_a_related_list_go():
    page = [
        "Por fin arreglé la tetera vieja de mi abuela.",
        "Te puede interesar",
        "Cómo aprendí a hacer masa madre en casa",
        "3 min de lectura",
        "Por qué mi tetera siempre gotea un poco",
        "7 min de lectura",
        "Gracias por leer hasta aquí, nos vemos el domingo.",
    ]
    assert kept(*page) == [page[0], page[-1]]


def test_a_heading_under_a_reading_time_without_a_list_stays():
    page = [
        "Por fin arreglé la tetera vieja de mi abuela.",
        "3 min de lectura",
        "Lo que aprendí con la tetera",
        "Hay que limpiar la cal una vez al mes, no una vez al año.",
    ]
    assert "Lo que aprendí con la tetera" in kept(*page)


@pytest.mark.parametrize(
    "line",
    [
        "12万 回視聴  2026/10/02",
        "チャンネル登録者数 9800人",
        "Deutsch (automatisch erzeugt)",
    ],
)
def test_a_video_pages_counters_are_known(line):
    assert rule_of(line) is not None


def test_a_guest_line_goes_beside_the_players_and_a_guests_turn_stays():
    page = [
        "Un episodio sobre pan, abejas y asistentes que dicen no sé.",
        "Invitada: Lucía Ferrer, panadera",
        "Apple Podcasts",
        "Spotify",
    ]
    assert "Invitada: Lucía Ferrer, panadera" not in kept(*page)
    turn = ["Host: So, is it ready?", "Guest: Not yet, the dough needs an hour", "Host: Fine."]
    assert kept(*turn) == turn


def test_a_docs_sidebar_with_a_tab_row_goes_over_the_heading():
    page = [
        "Самовар",
        "samovar/persona",
        "★ 1.2k",
        "Главная   Начало работы   Руководство   Справочник API   Изменения",
        "Руководство",
        "Описание персонажа",
        "Тон и стиль",
        "Описание персонажа",
        "Файл персонажа задаёт характер и манеру речи модели.",
        "Редактировать эту страницу",
    ]
    assert kept(*page) == page[7:9]


def test_a_line_of_many_words_over_the_heading_keeps_the_sidebar():
    page = [
        "Самовар",
        "Руководство",
        "Описание персонажа",
        "мы пишем эту документацию вместе и медленно",
        "Описание персонажа",
        "Файл персонажа задаёт характер и манеру речи модели.",
        "Редактировать эту страницу",
    ]
    assert "Руководство" in kept(*page)


def test_a_guest_line_over_the_chapters_goes():
    page = [
        "Puntata dedicata al pane, alle api e agli assistenti che dicono non lo so.",
        "Ospite: Marco Bellini, apicoltore",
        "Capitoli",
        "00:00 Introduzione",
        "03:20 Le arnie in inverno",
        "11:45 Domande degli ascoltatori",
    ]
    assert "Ospite: Marco Bellini, apicoltore" not in kept(*page)


def test_a_reporters_address_under_the_byline_goes():
    page = [
        "Kirjasto kokeilee avustajaa, joka myöntää, ettei tiedä",
        "Av Sanna Virtanen",
        "sanna.virtanen@paikallislehti.example",
        "Publicerad 5 december 2026 kl. 07.30",
        "Kirjaston uusi avustaja vastaa lainoja ja aukioloaikoja koskeviin kysymyksiin.",
    ]
    assert "sanna.virtanen@paikallislehti.example" not in kept(*page)


def test_an_address_among_the_paragraphs_stays():
    page = [
        "Write to us with your questions about the hives.",
        "bees@apiary.example",
        "We answer every letter within a week.",
    ]
    assert kept(*page) == page


def test_the_next_cards_of_a_list_in_an_unspaced_script_go():
    page = [
        "今日は祖母の古いやかんをようやく直しました。",
        "関連動画",
        "天然酵母の育て方を一から学んだ話",
        "台所ノート",
        "12万 回視聴",
        "急須がいつも少しだけ漏れる理由",
        "お茶の時間",
        "3.4万 回視聴",
        "ありがとうございました、また来週お会いしましょう。",
    ]
    assert kept(*page) == [page[0], page[-1]]


@pytest.mark.parametrize(
    "line",
    [
        "Comparte esto:",
        "Páči sa mi to:",
        "Bagikan: 112",
        "Lokalbladet · Ansvarig utgivare: Per Nilsson",
        "Ansvarlig redaktør: Kari Nordmann",
    ],
)
def test_a_share_box_label_a_share_count_and_an_imprint_are_known(line):
    assert rule_of(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Ansvarig utgivare är den som svarar för allt som publiceras.",
        "Bagikan: sebuah kata yang kami pakai setiap hari.",
    ],
)
def test_the_same_words_in_a_sentence_stay(line):
    assert rule_of(line) is None


def test_a_mastheads_weather_widget_goes():
    page = [
        "Kurier Doliny",
        "Nowy Sącz -2°C Zachmurzenie",
        "Piekarnia testuje asystenta, który przyznaje się do niewiedzy",
        "Od grudnia klienci mogą zamawiać chleb przez czat na stronie piekarni.",
    ]
    assert "Nowy Sącz -2°C Zachmurzenie" not in kept(*page)


def test_an_oven_line_among_the_text_stays():
    page = [
        "Rye bread for beginners",
        "Mix the flour, the water and the starter, then leave it overnight.",
        "Oven 220°C",
        "Bake it for forty minutes and let it cool before cutting.",
    ]
    assert "Oven 220°C" in kept(*page)


def test_an_articles_page_numbers_go_over_its_pager():
    page = [
        "Sahifa ya kwanza ya makala kuhusu nyuki na msaidizi wa kidijitali.",
        "Ukurasa:",
        "1",
        "2",
        "3",
        "Next",
        "© 2026 Habari za Mji",
    ]
    assert kept(*page) == page[:1]


@pytest.mark.parametrize(
    "line",
    ["Download transcript (.txt)", "Transkript herunterladen", "Scarica la trascrizione (PDF)"],
)
def test_a_transcripts_download_button_is_known(line):
    assert rule_of(line) is not None


def test_a_series_item_of_two_short_headlines_goes():
    series = [
        "Danke fürs Zuhören, diesmal ging es um Bienen und Brot.",
        "Weitere Folgen",
        "86. Haben Modelle Launen? Ein vorsichtiges Gespräch",
        "85. Bienen, Räder und Benchmarks",
        "Teilen",
        "Bis nächste Woche, dann mit einem neuen Gast.",
    ]
    assert kept(*series) == [series[0], series[-1]]


def test_the_links_heading_by_the_chapters_and_its_links_go():
    page = [
        "In dieser Folge geht es um Brot, Bienen und höfliche Assistenten.",
        "Kapitelmarken",
        "00:00:00 Begrüßung",
        "00:03:10 Der Sauerteig",
        "00:21:40 Hörerpost",
        "Links zur Folge",
        "Unser Rezept für Roggenbrot",
        "Die Imkerei am Stadtrand",
        "Teilen",
        "Danke fürs Zuhören, bis zur nächsten Folge.",
    ]
    assert kept(*page) == [page[0], page[-1]]


def test_a_section_label_beside_an_advertisement_stays_a_heading():
    page = [
        "Advertisement",
        "Opinion",
        "Opinion | We should stop asking chatbots to love us back",
        "By Harriet Oyelaran",
        "Every few weeks someone tells me they say goodnight to a chatbot.",
    ]
    assert "By Harriet Oyelaran" in kept(*page)
