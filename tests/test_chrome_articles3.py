"""Chrome left on articles (issue 18): Blogger's widgets in its languages, a store's and a
review site's helpfulness lines and furniture, a newsletter's footer (Chinese, Dutch and more),
a comment form's fields, an event page's buttons and its block of practical fields, a podcast
page's player, episode lists and credits, a live blog's key events and its reporter line under
every entry, a discussion's reading time, sort and log-in prompt, a reader-written article's
disclaimer and a caption with its photo credit, a docs page's tools and its callouts' labels,
numbered "most read" lists and the text's own list of quantities. Each goes on evidence; the
same words in an author's sentence stay. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import match_interface
from persona_archive.cleaning.boilerplate.articles import event_field, listed_headline


@pytest.mark.parametrize(
    "line",
    [
        # Blogger's widgets
        "Posta un commento",
        "Nessun commento:",
        "கருத்துகள் இல்லை:",
        "Visualizza il mio profilo completo",
        "Post più popolari",
        "வலைப்பதிவு காப்பகம்",
        "Invia tramite email",
        "இதை வலைப்பதிவிடு!",
        "Segnala una violazione",
        "இடுகையிட்டது ராதா நேரம் 10:15 AM",
        "லேபிள்கள்: உதவியாளர், சமையல்",
        "புதிய இடுகை பழைய இடுகை முகப்பு",
        "Tema Semplice. Immagini dei temi di luoghi. Powered by Blogger.",
        "எளிய தீம். Blogger இயக்குவது.",
        # a store's reviews
        "31 mensen vonden deze review nuttig",
        "1 persoon vond deze review nuttig",
        "42 kişi bu yorumu faydalı buldu",
        "12 persone hanno trovato utile questa recensione",
        "7 אנשים מצאו את הביקורת הזו מועילה",
        "Vond je dit nuttig?",
        "Bu yorum işinize yaradı mı?",
        "Hasznos volt? Igen (14) Nem (1)",
        "Google Play   Privacybeleid   Servicevoorwaarden   Nederland (Nederlands)",
        "Toevoegen aan verlanglijst",
        # a review site
        "128 értékelés alapján",
        "Based on 128 reviews",
        "Szűrés: Összes 5★ 4★ 3★ 2★ 1★",
        "Értékelés írása",
        "További vélemények betöltése",
        "Hasonló termékek",
        # a newsletter's footer
        "發布日期：2026-11-20",
        "瀏覽次數：1,204",
        "回電子報列表",
        "喜歡這期電子報嗎？歡迎轉寄給朋友",
        "分享到：Facebook｜LINE｜X",
        "您會收到這封信，是因為您曾在本站訂閱電子報。",
        "若不想再收到，請點此取消訂閱｜修改訂閱資料",
        "取消訂閱｜更新訂閱偏好",
        "Doorgestuurd gekregen? Meld je hier aan.",
        "Afmelden · Voorkeuren aanpassen",
        # an event page
        "Adaugă în calendar",
        "Hozzáadás a naptárhoz: Google · iCal",
        "Înapoi la evenimente",
        "Alte evenimente",
        "Locuri disponibile: 8",
        # a podcast page
        "Épisodes suivants",
        "Voir tous les épisodes",
        "Hébergé par Ausha. Consultez ausha.co/confidentialite pour plus d'informations.",
        # a live blog
        "Key events",
        "Share this live blog",
        "Got a story? Email news@fenwickpost.example",
        # a discussion
        "Čtení na 3 minuty",
        "Řadit: Nejnovější",
        "Pro vstup do diskuse se musíte přihlásit.",
        # a reader-written article
        "Tulisan ini adalah kiriman warga. Isi tulisan sepenuhnya tanggung jawab penulis.",
        "Tulisan lain dari Siti Rahmawati",
        "Belum ada komentar. Jadilah yang pertama!",
        "Ilustrasi: kader posyandu mencatat berat badan balita. Foto: dokumentasi pribadi",
        "Trợ lý ảo trên trang web của thư viện. Ảnh: Thư viện tỉnh",
        # a docs page
        "Export as PDF",
        # Archive of Our Own
        "bramblewick, quietsmoker and 55 more users as well as 212 guests left kudos on this work!",
        "otwarchive v0.9.380.1",
        # a Georgian news page
        "სხვა სიახლეები",
        "თეგები: სემინარი, ფილოსოფია, ხელოვნური ინტელექტი",
        "ნახვები: 312",
        # a recipe card
        "Εκτύπωση συνταγής",
        # a paywall
        "Il vous reste 75% de cet article à lire.",
        "Déjà abonné ? Se connecter",
        "Dit artikel is alleen beschikbaar voor abonnees.",
        # a news page's links
        "Torna alle notizie",
        "Hibát találtál?",
        "הכי נקראות",
        "Share this event",
        # Habr's digest box, a comment section's heading with its count
        "Присылаем лучшие статьи раз в месяц",
        "Comments 214",
        "コメント 3",
        # log-in prompts, a podcast's support, subscribe and transcript lines, Nordic footers
        "Join the conversation: log in to comment.",
        "Support The Long Context on Patreon",
        "Unterstütze den Podcast auf Steady.",
        "Subscribe wherever you get your podcasts.",
        "Transcripts are produced by volunteers and may contain errors.",
        "← Episode 62   Episode 64 →",
        "Du modtager denne mail, fordi du har tilmeldt dig Maskinmøder.",
        "Afmeld nyhedsbrevet · Opdater dine oplysninger",
        "Tak fordi du læser Maskinbrevet! Abonner gratis for at få nye indlæg.",
        "További hírek",
        # an app store's in-app purchases badge
        "Reklam içerir • Uygulama içi satın alma işlemleri",
    ],
)
def test_an_articles_furniture_goes_alone(line):
    found = match_interface(line)
    assert found is not None and found.context == "line", found
    assert kept("Erste Zeile des Textes, ein ganzer Satz.", line, "Noch ein Satz.") == [
        "Erste Zeile des Textes, ein ganzer Satz.",
        "Noch ein Satz.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Nessun commento: il pane parla da sé.",
        "Ho visto 31 mensen che vonden la recensione inutile, ma io no.",
        "Vond je dit nuttig? Ik wel, de band zat er meteen om.",
        "Hasznos volt? Igen, nagyon, köszönöm!",
        "Doorgestuurd gekregen? Dan weet je al dat ik over fietsen schrijf.",
        "喜歡這期的內容嗎？我們下週會再聊蜜蜂。",
        "Adaugă în calendar ziua în care albinele se trezesc, e o sărbătoare.",
        "Alte evenimente din viața mea au fost mai liniștite.",
        "Key events in the life of a hive happen in spring.",
        "Čtení na dobrou noc mám nejraději.",
        "Tulisan ini adalah cerita saya tentang kebun cabai.",
        "Tôi nói với anh: hãy đợi.",
        "Musique et silence se répondent",
        "Got a story about your bees? I would love to hear it over tea.",
        "Three friends left kudos on my scarf at the market, which was sweet.",
        "Next Chapter of my life starts in the village.",
        "Il vous reste une heure avant que le pain soit prêt.",
        "You have two free hours left, so bake.",
        "All news about the bees was good this year.",
        "Comments 2 and 3 above made me laugh.",
        "Tak fordi du læser med, kære ven!",
        "Support your local beekeeper on market days.",
        "Episode 3 of the series was my favourite.",
        "4.5 · 2 cups of flour",
    ],
)
def test_the_same_words_in_a_sentence_stay(line):
    assert match_interface(line) is None or match_interface(line).context != "line"
    page = ["Eine Zeile des Textes, ein ganzer Satz.", line, "Noch ein Satz."]
    assert kept(*page) == page


def test_blogger_profile_heading_goes_beside_its_widgets():
    page = [
        "Il pane era buono e alto.",
        "Archivio blog",
        "Informazioni personali",
        "Visualizza il mio profilo completo",
    ]
    assert kept(*page) == ["Il pane era buono e alto."]


def test_a_profile_heading_word_among_the_text_stays():
    page = ["Ecco cosa so di me.", "Informazioni personali", "Sono nata a Bari nel 1948."]
    assert kept(*page) == page


def test_a_stores_answers_go_under_its_question():
    page = ["De assistent legde het geduldig uit.", "Vond je dit nuttig?", "Ja   Nee"]
    assert kept(*page) == ["De assistent legde het geduldig uit."]


def test_answers_alone_in_a_conversation_stay():
    page = ["Heb je de band al geplakt?", "Ja Nee", "Dat is geen antwoord, Joris."]
    assert kept(*page) == page


def test_a_comment_forms_fields_go_beside_the_comment_section():
    page = ["Краще чесне «не знаю».", "Залишити коментар", "Ваш коментар", "Надіслати"]
    assert kept(*page) == ["Краще чесне «не знаю»."]


def test_a_podcast_players_buttons_go_beside_its_links():
    page = [
        "4 déc. 2026",
        "Lecture",
        "Télécharger",
        "Écouter sur Spotify",
        "Dans cet épisode, nous parlons de politesse.",
    ]
    assert kept(*page) == ["Dans cet épisode, nous parlons de politesse."]


def test_credits_go_beside_chrome_and_stay_in_the_text():
    page = [
        "Hugo : La confiance vient de la constance.",
        "Réalisation : Studio Fougère",
        "Musique : Les Abeilles Électriques",
        "Épisodes suivants",
    ]
    assert kept(*page) == ["Hugo : La confiance vient de la constance."]
    prose = ["Le studio a tout enregistré.", "Musique : Les Abeilles Électriques", "Merci !"]
    assert kept(*prose) == prose


# --------------------------------------------------------------------------- callout labels


DOCS = [
    "Character guidelines",
    "A guideline is a short paragraph in the character file.",
    "Warning",
    "Do not write guidelines that deny any inner states.",
    "Writing about feelings",
    "Some users ask the assistant how it feels.",
]


def test_a_callouts_label_goes_on_a_page_with_docs_tools():
    page = [*DOCS, "Was this page helpful?", "Edit this page"]
    assert "Warning" not in kept(*page)
    assert "Do not write guidelines that deny any inner states." in kept(*page)


def test_callouts_labels_go_when_the_page_has_two():
    page = [*DOCS, "Tip", "Read your guidelines aloud before you save them."]
    assert [line for line in kept(*page) if line in ("Warning", "Tip")] == []


def test_a_single_tip_heading_in_an_essay_stays():
    page = ["My week with bees.", "Tip", "Never open a hive in the rain, they hate it."]
    assert kept(*page) == page


def test_a_label_over_a_heading_stays():
    page = [*DOCS[:2], "Note", "Writing about feelings", "Some text here.", "Edit this page"]
    assert "Note" in kept(*page)


# --------------------------------------------------------------------------- event fields


def test_an_events_practical_fields_go():
    page = [
        "Atelier – Ce personalitate ar trebui să aibă un asistent?",
        "Data: sâmbătă, 12 decembrie 2026",
        "Ora: 11:00 – 13:00",
        "Locația: Sala mare, strada Florilor 0, Cluj-Napoca",
        "Intrare: gratuită, cu înscriere",
        "Vă invităm la un atelier despre caracterul asistenților.",
    ]
    assert kept(*page) == [page[0], page[-1]]


def test_fields_without_a_place_or_with_sentences_stay():
    diary = ["Ora: la mattina presto", "Prezzo: poco", "Il forno era già caldo."]
    assert kept(*diary) == diary
    recipe = ["Time: 40 minutes", "Price: cheap", "Mix the flour with water."]
    assert kept(*recipe) == recipe
    told = ["Where: the old mill. We met there.", "When: at dawn. It was cold.", "Done."]
    assert kept(*told) == told


def test_a_place_and_a_price_go_and_so_does_a_place_beside_a_removed_time():
    page = ["Rencontre : les personnages des IA", "Lieu : Médiathèque, salle 2", "Tarif : Gratuit"]
    assert kept(*page, "Le programme suit.") == [page[0], "Le programme suit."]
    page = [
        "„A gép jelleme” – előadás",
        "Időpont: 2026. március 12. 17:00",
        "Helyszín: Főépület, Díszterem",
        "A Nyitott Egyetem sorozat márciusi előadása.",
    ]
    assert kept(*page) == [page[0], page[-1]]


def test_a_speaker_beside_a_place_stays():
    page = ["Cím", "Előadó: Szabó Márton", "Helyszín: B épület", "A nyelvi modellek kedvesek."]
    assert "Előadó: Szabó Márton" in kept(*page)


def test_event_field_kinds():
    assert event_field("Helyszín: Főépület, Díszterem") == "place"
    assert event_field("Ora: 11:00") == "when"
    assert event_field("Name: Ana") is None


# --------------------------------------------------------------------------- live blogs


LIVE = [
    "Live: council votes on rooftop beehives",
    "12:10",
    "Tom Adeyemi",
    "That is the end of today's meeting.",
    "11:42",
    "Tom Adeyemi",
    "The beehive motion passed by nine votes to three.",
    "10:05",
    "Tom Adeyemi",
    "Good morning. The council meeting has started.",
]


def test_a_live_blogs_reporter_line_under_each_entry_goes():
    assert "Tom Adeyemi" not in kept(*LIVE)
    assert "The beehive motion passed by nine votes to three." in kept(*LIVE)


def test_a_chats_alternating_speakers_stay():
    chat = list(LIVE)
    chat[2], chat[5], chat[8] = "Tom Adeyemi", "Ana Ruiz", "Tom Adeyemi"
    assert [line for line in kept(*chat) if line in ("Tom Adeyemi", "Ana Ruiz")] == [
        "Tom Adeyemi",
        "Ana Ruiz",
        "Tom Adeyemi",
    ]


# --------------------------------------------------------------------------- lists


def test_a_numbered_most_read_list_goes_under_its_label():
    page = [
        "Учні кажуть, що боту стало легше довіряти.",
        "Читайте також",
        "На Житомирщині відкрили музей бджільництва",
        "Найпопулярніше",
        "1. Графік відключень на вихідні",
        "2. Ціни на хліб зросли на 5%",
        "Коментарі (2)",
    ]
    assert kept(*page) == [page[0]]


def test_numbered_steps_running_into_prose_stay():
    page = [
        "Читайте також",
        "1. Змішайте борошно з водою.",
        "2. Залиште тісто на ніч",
        "Вранці тісто підніметься, і його можна пекти.",
    ]
    assert kept(*page)[-3:] == page[1:]


def test_listed_headline():
    assert listed_headline("3. Vánoční trhy začínají v pátek")
    assert not listed_headline("1. Mix the flour. Then wait.")


def test_the_last_item_of_a_list_of_quantities_stays_above_chrome():
    page = [
        "Ingredienti",
        "500 g di farina di tipo 1",
        "100 g di pasta madre rinfrescata",
        "10 g di sale",
        "Pubblicato da Nonna Pina alle 10:42",
    ]
    assert kept(*page) == page[:4]


def test_a_row_of_counters_under_another_counter_still_goes():
    page = ["The hive is calm.", "412 views", "3 commenti:", "Share", "Reply"]
    assert "3 commenti:" not in kept(*page)


# --------------------------------------------------------------------------- comment headings


def test_a_comment_sections_heading_over_its_first_comment_goes():
    page = [
        "Vielleicht ist das die falsche Frage.",
        "Kommentare",
        "Sabine",
        "3. Februar 2025 um 09:12",
        "Schöner Text! Ich hätte mich auch geärgert.",
        "Jonas",
        "4. Februar 2025 um 10:40",
        "Danke fürs Teilen.",
    ]
    assert "Kommentare" not in kept(*page)
    assert "Schöner Text! Ich hätte mich auch geärgert." in kept(*page)


def test_an_empty_comment_sections_heading_at_the_pages_end_goes():
    page = ["Poate că liniștea este cea mai bună setare pentru casă.", "Comentarii"]
    assert kept(*page) == [page[0]]


def test_a_comments_line_among_the_text_stays():
    page = ["Ich lese gern.", "Kommentare", "Die Kommentare unter meinem Text waren freundlich."]
    assert kept(*page) == page


# --------------------------------------------------------------------------- footers and lists


def test_a_footers_address_and_telephone_go_beside_its_chrome():
    page = [
        "სემინარის ბოლოს სტუდენტებმა ერთად დაწერეს მოკლე აღწერა.",
        "ყველა სიახლე",
        "მისამართი: ქუთაისი, თამარ მეფის ქ. 0",
        "ტელ: +995 431 00 00 00",
        "© 2026 ქუთაისის უნივერსიტეტი. ყველა უფლება დაცულია.",
    ]
    assert kept(*page) == [page[0]]


def test_an_address_in_the_text_stays():
    page = ["We moved last spring.", "Address: the old mill by the river", "It is quiet there."]
    assert kept(*page) == page


def test_dates_between_a_related_lists_headlines_go():
    page = [
        "სემინარის ბოლოს სტუდენტებმა ერთად დაწერეს მოკლე აღწერა.",
        "სხვა სიახლეები",
        "უნივერსიტეტში ახალი ველოსიპედების სადგომი გაიხსნა",
        "01.12.2026",
        "სტუდენტებმა ფუტკრების სკა ააწყვეს",
        "28.11.2026",
        "ყველა სიახლე",
    ]
    assert kept(*page) == [page[0]]


def test_a_recipe_cards_pin_button_goes_beside_its_print_button():
    page = [
        "Βγήκε ακριβώς.",
        "Εκτύπωση συνταγής",
        "Καρφίτσωμα",
        "Μερίδες: 8",
        "Καλή όρεξη σε όλους!",
    ]
    assert kept(*page) == [page[0], *page[3:]]


# --------------------------------------------------------------------------- tag pills

MEDIUM = [
    "Measuring all three with one number hides which one is moving.",
    "Machine Learning",
    "AI Alignment",
    "Large Language Models",
    "1.1K",
    "18",
    "Follow",
    "Written by Corinne Bexley",
    "2.4K Followers",
]


def test_topic_tags_over_an_author_box_go():
    assert kept(*MEDIUM) == [MEDIUM[0]]


def test_a_poems_last_lines_stay():
    short = [MEDIUM[0], "and the bread", "rose anyway", *MEDIUM[4:]]
    assert kept(*short)[:3] == short[:3]


def test_habrs_difficulty_and_type_go_beside_its_furniture():
    page = [
        "Заголовок статьи про характер модели",
        "Простой",
        "8 мин",
        "Кейс",
        "Мы делаем помощника.",
    ]
    assert kept(*page) == [page[0], page[-1]]


def test_a_one_word_reply_among_the_comments_stays():
    page = ["Как вам новый бот?", "Простой", "Мне тоже понравился."]
    assert kept(*page) == page


def test_vietnamese_keywords_go_beside_the_related_list():
    page = ["Thư viện sẽ đánh giá lại.", "Từ khóa: chatbot, trợ lý ảo, AI", "Tin liên quan"]
    assert kept(*page) == [page[0]]
