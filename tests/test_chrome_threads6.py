"""Thread and review furniture found by its shape rather than its words (issue 18, session 22):
a line the template prints with every post around a figure or a poster's name, a date under a
short label, a poster's figures under the name, ratings (stars, a mean of 5, a histogram) and
pagers printed one item a line. Each rule is tested in a language and layout other than the
dev pages' (``d1f_*``), and the same shapes among a post's text stay. Every sentence here is
written for these tests."""

from __future__ import annotations

from conftest import kept, marked_page


def _check(page: str) -> None:
    lines, text = marked_page(page)
    assert kept(*lines) == text


def test_a_rating_line_printed_with_each_review_goes():
    _check(
        """
t Ingrid_B
c Betyg 4 av 5 stjärnor
t Appen frågar innan den byter bönor, och det uppskattar jag.
c Hjälpsam
c Anmäl
t bertil_h
c Betyg 2 av 5 stjärnor
t För många frågor innan jag fick beställa.
c Hjälpsam
c Anmäl
"""
    )


def test_a_posts_stamp_printed_twice_goes_even_away_from_chrome():
    _check(
        """
t Ilona
c írta 2026. dec. 3., 09:14 órakor
t A kenyérsütő asszisztense mindig megkérdezi, mennyi liszt van itthon.
t Gábor
c írta 2026. dec. 3., 11:40 órakor
t Nálam is így van, de ez szerintem hasznos.
c Megosztás
"""
    )


def test_headings_with_a_figure_among_the_text_stay():
    _check(
        """
t Dag 1 i Lissabon
t Vi cyklade längs floden och frågade appen om vägen till bageriet.
t Dag 2 i Lissabon
t Appen föreslog en lugnare väg, och den var vackrare än vi trodde.
"""
    )


def test_a_date_under_a_short_label_beside_a_posts_buttons_goes():
    _check(
        """
t Çay makinesinin asistanı her sabah suyun sıcaklığını soruyor.
c Yanıtla
c Alıntı
c Düzenlendi: 3 Aralık 2026
t mehmet_k
t Bende de aynı, ayarlardan kapatabilirsin.
"""
    )


def test_a_date_under_a_label_among_the_text_stays():
    _check(
        """
t Kursen börjar i januari och vi träffas varje tisdag.
t Sista anmälan: 3 december 2026
t Ta med eget förkläde och en burk surdeg.
"""
    )


def test_a_line_the_template_fills_with_a_posters_name_goes():
    _check(
        """
t ivan_p
c 3 дек 2026
t Ассистент в чайнике каждый раз напоминает про накипь.
t olga_m
c 3 дек 2026
c В ответ на ivan_p
t В настройках есть пункт «Напоминания», его можно выключить.
t ivan_p
c 4 дек 2026
c В ответ на olga_m
c olga_m писал(а):
t В настройках есть пункт «Напоминания».
t Нашёл, спасибо, теперь он молчит.
"""
    )


def test_thanks_to_a_poster_by_name_stay():
    _check(
        """
t ivan_p
c 3 дек 2026
t Ассистент в чайнике каждый раз напоминает про накипь.
t olga_m
c 4 дек 2026
t Спасибо, ivan_p.
t anna_s
c 4 дек 2026
t Спасибо, olga_m.
"""
    )


def test_a_posters_figures_under_the_name_go():
    _check(
        """
t Lena M.
c 12 Bewertungen · 3 Fotos
t Der Assistent der Bäckerei empfiehlt ruhig und ohne Druck.
t Jonas
t DE
c 1 Bewertung
t Zu viele Rückfragen bei einer einfachen Bestellung.
"""
    )


def test_an_ingredient_list_under_its_heading_stays():
    _check(
        """
t Zutaten
t 2 Eier
t 3 Eier
t 250 Gramm Mehl
t Der Assistent hat mir geraten, den Teig eine Stunde ruhen zu lassen.
"""
    )


def test_ratings_stars_a_mean_and_a_histogram_go():
    _check(
        """
t Kawiarnia pod Lipą
c 4,4 z 5
c 5 gwiazdek 62%
c 4 gwiazdki 21%
c 3 gwiazdki 9%
c 2 gwiazdki 3%
c 1 gwiazdka 5%
t ola_w
c ★★★★☆
t Asystent przy kasie pyta o mleko tylko raz, i to mi wystarcza.
"""
    )


def test_a_rating_in_a_sentence_and_a_list_that_does_not_count_down_stay():
    _check(
        """
t Ich gebe der App 4,5 von 5 Punkten, weil sie nie drängelt.
t 3 Brote 40%
t 5 Brötchen 20%
t 2 Kuchen 40%
"""
    )


def test_a_pager_one_item_a_line_and_a_pages_place_go():
    _check(
        """
t Il bot del forno ora chiede conferma prima di cambiare programma.
t Rispondi
c 2 / 7
c ‹
c 1
c 2
c 3
c …
c 7
c ›
"""
    )


def test_numbers_that_do_not_count_up_stay():
    _check(
        """
t I asked the assistant for three lucky numbers and it gave me these:
t 3
t 1
t 4
t It added that luck is not a thing it can measure.
"""
    )


def test_a_verified_purchase_badge_goes_alone_in_any_language():
    for line in ("Verifizierter Kauf", "Ověřený nákup", "Doğrulanmış satın alma", "구매 인증"):
        _check(
            f"""
t Der Wasserkocher sagt leise Bescheid, wenn das Wasser kocht.
c {line}
t Mehr braucht er nicht zu sagen.
"""
        )


def test_a_verified_badge_and_a_rank_alone_go_beside_a_posts_furniture():
    _check(
        """
t sofie_l
c Kendt medlem
c 3. dec. 2026
c Verificeret
t Assistenten i bageriet spørger altid, før den foreslår noget nyt.
"""
    )


def test_the_same_words_in_a_sentence_stay():
    _check(
        """
t Ich habe den Kessel als verifizierter Käufer bewertet, weil ich ihn wirklich benutze.
t Verificado o no, el asistente debería responder con calma.
"""
    )


def test_a_stamp_row_with_a_field_that_changes_goes():
    _check(
        """
t kasia_w
c ★★★★★
c 2026-11-30 18:02 | Wariant: biały
t Czajnik mówi cicho, że woda się zagotowała, i nic więcej.
t marek
c ★★★☆☆
c 2026-11-28 07:45 | Wariant: czarny
t Ładny, ale asystent przypomina o piciu wody co rano.
"""
    )


def test_a_topics_figures_one_a_line_go_beside_a_removed_counter():
    _check(
        """
c 7 indlæg
c 3 deltagere
c 1.204 visninger
c 5 følgere
t Der Wasserkocher im Büro grüßt jeden Morgen mit einem Wetterbericht.
"""
    )


def test_a_list_of_things_counted_stays():
    _check(
        """
t Für das Brot brauchst du:
t 3 Tassen Mehl
t 2 Löffel Salz
t 1 Würfel Hefe
"""
    )


def test_who_is_reading_and_the_time_zone_at_a_forums_end_go():
    _check(
        """
t A chaleira da cozinha agora avisa quando a água ferve, sem mais conversa.
c Utilizadores a ler este tópico: 3 (1 membros e 2 visitantes)
c Todas as horas são GMT+1. Agora são 21:40.
c Powered by vBulletin® Version 5.6.9
"""
    )


def test_a_meeting_time_in_utc_among_the_text_stays():
    _check(
        """
t Вебінар про характер асистентів почнеться о 18:00 UTC+2.
t Посилання надішлемо за годину до початку.
"""
    )


def test_a_sort_label_with_its_choices_on_one_line_goes():
    _check(
        """
t Vattenkokarens assistent säger bara att vattnet kokar.
c Sortera efter: Bästa Nyaste Äldsta Kontroversiella
t Det räcker för mig.
"""
    )


def test_a_sort_label_before_a_sentence_stays():
    _check(
        """
t Sortuj według: daty pieczenia, potem według rodzaju mąki.
"""
    )


def test_a_price_and_filter_counts_around_a_products_reviews_go():
    _check(
        """
t Czajnik z asystentem głosowym
c 4,6 z 5
c 189,99 zł
c 5 gwiazdek (212)
c 4 gwiazdki (31)
c 3 gwiazdki (4)
c Ze zdjęciami (57)
c Z komentarzem (140)
t Asystent mówi tylko, że woda się zagotowała, i to mi wystarcza.
"""
    )


def test_a_figure_alone_and_a_price_in_a_sentence_stay():
    _check(
        """
t The kettle cost less than the toaster.
t 1987
t It was 19,99 € and worth every cent.
"""
    )


def test_who_started_a_thread_goes_over_its_first_post():
    _check(
        """
c Aloittaja leipuri_66
c Aloitettu 2.12.2026
t leipuri_66
c 2.12.2026
t Leipäkoneen avustaja kysyy joka kerta, haluanko rapean kuoren.
"""
    )


def test_a_blogs_name_ending_with_a_commenters_name_stays():
    _check(
        """
t Kuchnia u Pina
t Piekę chleb z asystentem, który pyta o temperaturę w kuchni.
t Pina
c 3 grudnia 2026
t Dziękuję za przepis.
"""
    )


def test_a_posts_buttons_one_a_line_under_two_posts_go():
    _check(
        """
t Leipäkoneen avustaja odottaa, kunnes sanon olevani valmis.
c Hyödyllinen
c Ilmoita 2
t Minun koneeni puhuu liikaa aamuisin.
c Hyödyllinen 3
c Ilmoita
"""
    )
