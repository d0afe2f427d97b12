"""Chrome left on threads (issue 18, fourth round): chat clients' message headers and reactions
copied with the messages, posts' stamps with the place they were sent from, masked IP
addresses, a post's counts one a line, a community's sidebar (its box, rules and moderators),
Korean boards' button rows, a reply's "Re:" subject, and the interface strings of boost
notices, message boxes, phpBB's notes and a thread starter's line, in many languages. Each
rule removes its chrome and keeps a look-alike line a writer could have written. The pages are
built here; every sentence is written for the tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import strip_boilerplate
from persona_archive.cleaning.model import split_lines


def rules(*texts: str) -> dict[str, str]:
    lines = split_lines("".join(t + "\n" for t in texts))
    return {c.before: c.rule for c in strip_boilerplate(lines).changes}


# --------------------------------------------------------------------------- chat headers

ASK = "Our hive bot calls every member love since the update. Is that the prompt?"
ANSWER = "It picked the word up from the channel, where half the regulars sign off so."
THANKS = "Thanks, I will ask it to use first names from now on."


@pytest.mark.parametrize(
    "headers",
    [
        ("wren.apiary — 03/04/2026 9:12 PM", "tomas_k — 03/04/2026 9:20 PM"),
        ("wren.apiary — Today at 9:12 PM", "tomas_k — Yesterday at 8:02 AM"),
        ("wren — Heute um 21:12", "tomas — Gestern um 08:02"),
        ("Ana Souza [08:12]", "Rui Matos [9:15 AM]"),
    ],
)
def test_a_chat_clients_message_headers_go_and_the_messages_stay(headers):
    first, second = headers
    assert kept(first, ASK, second, ANSWER, first, THANKS) == [ASK, ANSWER, THANKS]


def test_one_header_line_or_a_sentence_about_today_at_nine_stays():
    alone = "wren — Today at 9:12 PM"
    assert kept("Notes", ASK, alone, ANSWER) == ["Notes", ASK, alone, ANSWER]
    said = "We met — today at 9:12 PM, as planned."
    assert kept(ASK, said, ANSWER, said) == [ASK, said, ANSWER, said]


def test_a_log_of_events_with_their_times_in_brackets_stays():
    log = ("Left home [08:12]", "Reached the hives [08:40]", "Back home [11:02]", "A calm day.")
    assert kept(*log) == list(log)


def test_an_apps_badge_and_a_day_divider_over_headers_go_and_the_apps_name_stays():
    page = ("Hoje", "Ana Souza [08:12]", ASK, "Assistente Aurora", "APP", "[08:16]", ANSWER)
    assert kept(*page) == [ASK, "Assistente Aurora", ANSWER]


def test_the_word_app_or_today_as_a_message_stays():
    page = ("ana [08:12]", "Which one do you mean?", "rui [08:13]", "APP", "ana [08:14]", "Hoje")
    assert kept(*page) == ["Which one do you mean?", "APP", "Hoje"]
    page = ("ana [08:12]", "When do we bake?", "Hoje", "rui [08:13]", "Fine.")
    assert kept(*page) == ["When do we bake?", "Hoje", "Fine."]


def test_a_chat_channels_slug_beside_its_member_count_goes_and_a_hash_heading_stays():
    page = ("# forno-e-bots", "14 membros", "ana [08:12]", ASK, "rui [08:13]", ANSWER)
    assert kept(*page) == [ASK, ANSWER]
    heading = ("# Notes on bees", "14 membros", "ana [08:12]", ASK, "rui [08:13]", ANSWER)
    assert kept(*heading) == ["# Notes on bees", ASK, ANSWER]


# --------------------------------------------------------------------------- reactions one a line


def test_reactions_copied_one_emoji_over_its_count_go():
    page = ("tomas_k — Today at 9:20 PM", ANSWER, "😂", "4", "👍", "2", "ana — Today at 9:25 PM")
    assert kept(*page, THANKS) == [ANSWER, THANKS]


def test_a_message_that_is_an_emoji_and_one_that_is_a_number_stay():
    page = ("tomas_k — Today at 9:20 PM", "🐝", "ana — Today at 9:25 PM", "4", THANKS)
    assert kept(*page) == ["🐝", "ana — Today at 9:25 PM", "4", THANKS]  # its header too
    assert kept(ASK, "🐝", "4", THANKS) == [ASK, "🐝", "4", THANKS]


# --------------------------------------------------------------------------- post stamps

WEIBO = "挺好的，至少它说的都对。"
WEIBO2 = "太啰嗦了，我只想知道几月摇蜜。"


@pytest.mark.parametrize(
    "stamps",
    [
        ("12-03 09:40 来自北京", "12-03 10:02 来自浙江"),
        ("12-01 22:13 上海", "12-01 22:40 北京"),
        ("12-02 14:35", "12-02 15:02"),
    ],
)
def test_posts_stamps_with_their_place_under_the_authors_go(stamps):
    first, second = stamps
    assert kept("花蜜小王", first, WEIBO, "老周的果园", second, WEIBO2) == [
        "花蜜小王",
        WEIBO,
        "老周的果园",
        WEIBO2,
    ]


def test_a_weibo_stamp_with_its_client_and_another_stamp_go():
    page = ("城市养蜂笔记", "3-8 16:42 来自 iPhone客户端", WEIBO, "花蜜小王", "3-8 17:02", WEIBO2)
    assert kept(*page) == ["城市养蜂笔记", WEIBO, "花蜜小王", WEIBO2]


def test_a_stamp_alone_stays_and_so_do_stamps_with_their_year_for_the_title_stage():
    assert kept("城市养蜂笔记", "3-8 16:42 来自 iPhone客户端", WEIBO)[1].startswith("3-8")
    page = ("山茶与猫", "2026-12-01 22:13:45 上海", WEIBO, "北方的梨", "2026-12-01 22:40:08 北京")
    assert kept(*page, WEIBO2)[1] == "2026-12-01 22:13:45 上海"


def test_a_timetable_and_a_stamp_with_a_latin_place_stay():
    table = ("Bus 12", "07.15 08:30", "07.16 09:30", "07.17 10:30")
    assert kept(*table) == list(table)
    latin = ("ana", "12-03 10:02 Braga", "Hi.", "rui", "12-03 10:15 Porto", "Hello.")
    assert kept(*latin) == list(latin)


# --------------------------------------------------------------------------- masked addresses


def test_a_posters_masked_ip_address_goes_and_a_whole_address_stays():
    comment = "사장님 말투를 설정으로 정해 둔 거겠죠."
    assert kept("안장높이", "IP 121.♡.84.12", comment) == ["안장높이", comment]
    assert kept("(222.111.xxx.126)", comment) == [comment]
    assert kept("The router answers at", "IP 10.0.0.1") == ["The router answers at", "IP 10.0.0.1"]


# --------------------------------------------------------------------------- counts under posts


def test_a_posts_counts_one_a_line_go_where_other_posts_counts_were_removed():
    page = (
        "@colmena@mastodon.example",
        "Our bot sounds like an old beekeeper now.",
        "6",
        "21",
        "48",
        "Share",
        "@lucia@social.example",
        "How many questions does it get a day?",
        "1",
        "0",
        "3",
        "@colmena@mastodon.example",
        "About forty a day, twice that in spring.",
    )
    out = kept(*page)
    assert "1" not in out and "3" not in out
    assert "How many questions does it get a day?" in out


def test_a_list_of_numbers_in_a_post_stays():
    page = (
        "ana",
        "Our bot sounds like an old beekeeper now.",
        "6",
        "21",
        "Reply",
        "bo",
        "We counted the month's chats:",
        "1200",
        "940",
        "rui",
        "Three figures then:",
        "31",
        "12",
        "That is fewer complaints than last year.",
    )
    out = kept(*page)
    assert out[out.index("We counted the month's chats:") + 1 :][:2] == ["1200", "940"]
    assert "31" in out and "12" in out


# --------------------------------------------------------------------------- community sidebars

POST = "Since the update the garden app switches between formal and informal address."
REPLY = "Tell it at the start which one you want; mine kept to it all season."


def test_a_communitys_box_rules_and_moderators_in_the_sidebar_go():
    page = (
        POST,
        "Share",
        REPLY,
        "Share",
        "r/JardinageFR",
        "Le jardin potager et d'agrément, en pleine terre ou sur le balcon.",
        "Créé le 3 avr. 2014",
        "Public",
        "48 k",
        "Membres",
        "Règles de r/JardinageFR",
        "1",
        "Restez courtois",
        "2. Pas de publicité",
        "Modérateurs",
        "Envoyer un message aux modérateurs",
        "u/ciboulette_mod",
        "u/compost_bot",
        "Voir tous les modérateurs",
    )
    assert kept(*page) == [POST, REPLY]


def test_a_lemmy_communitys_name_and_description_in_the_sidebar_go():
    page = (
        "tea@lemmy.example.org",
        POST,
        "Reply",
        "Load more comments",
        "tea",
        "All about tea, pots and brewing.",
        "3,2K",
        "Subscribers",
        "118",
        "Users / day",
    )
    assert kept(*page) == ["tea@lemmy.example.org", POST]


def test_a_communitys_description_and_its_labels_without_figures_go_at_the_pages_end():
    page = (POST, "Share", "Community Info", "r/CompanionBots", "All about companion bots.")
    assert kept(*page, "Members", "Online") == [POST]
    assert kept(POST, "Reply", "Members", "Online") == [POST, "Reply", "Members", "Online"]


def test_a_line_under_a_communitys_name_with_the_thread_below_stays():
    page = ("Log In", "r/Tea", "Why does my kettle sing to me?", "Share", POST, REPLY)
    assert "Why does my kettle sing to me?" in kept(*page)
    assert kept(POST, "r/Tea", "All about tea.", REPLY) == [POST, "r/Tea", "All about tea.", REPLY]


def test_a_numbered_list_in_a_post_and_names_under_a_kept_heading_stay():
    rules_list = (POST, "Our house rules", "1", "Be kind", "2. No ads", REPLY)
    assert kept(*rules_list) == list(rules_list)
    names = (POST, "Moderators", "u/fern", "u/moss", REPLY)
    assert kept(*names) == list(names)


# --------------------------------------------------------------------------- korean boards

COMMENT = "사장님 말투를 학습시킨 게 아니라 설정으로 정해 둔 거겠죠."


def test_a_korean_boards_button_rows_and_an_adoption_rate_go():
    page = ("2026-12-03 09:41:27", "조회 1,284 추천 12", COMMENT, "답글 추천 5", "답변채택률 91.2%")
    assert kept(*page) == [COMMENT]


def test_a_korean_sentence_with_the_button_words_stays():
    said = "추천 감사합니다. 조회수가 생각보다 많네요."
    assert kept(COMMENT, said) == [COMMENT, said]


# --------------------------------------------------------------------------- reply subjects

TITLE = "Бот веломагазину підписується віршиком"


def test_a_replys_re_subject_that_repeats_the_title_goes():
    page = (TITLE, "Питав у бота ціну камери.", f"Re: {TITLE}", "Це налаштування магазину.")
    assert kept(*page) == [TITLE, "Питав у бота ціну камери.", "Це налаштування магазину."]


def test_a_line_starting_re_with_its_own_words_stays():
    page = (TITLE, "Питав у бота ціну камери.", "Re: камери і покришки", "Дякую.")
    assert kept(*page) == list(page)


# --------------------------------------------------------------------------- interface strings


@pytest.mark.parametrize(
    "line",
    [
        "Enviar mensagem para #forno-e-bots",
        "Message #help-forum",
        "Voir tous les modérateurs",
        "Règles de Reddit",
        "Востаннє редагувалось spitsa 3 грудня 2026, 18:44, всього редагувалось 1 раз.",
        "Last edited by spitsa on Thu Dec 03, 2026 6:44 pm, edited 1 time in total.",
        "Користувачі, що переглядають цей форум: немає зареєстрованих користувачів і 2 гостей",
        "Por sillin_alto, 3 de diciembre",
        "By sillin_alto, December 3",
        "Blueskyに参加して会話に加わろう",
        "✓ 채택",
        "Log in or sign up for Threads",
        "Threadsの規約",
        "You must be logged in to vote",
    ],
)
def test_a_line_the_list_knows_alone_goes(line):
    assert kept(POST, line, REPLY) == [POST, REPLY]


@pytest.mark.parametrize(
    "line, beside",
    [
        ("Jonas Weber hat geteilt", "Share"),
        ("湯のみ職人さんがリポスト", "Share"),
        ("Öffentlich", "3 hours ago"),
        ("Карма", "Добавить в закладки"),
    ],
)
def test_a_line_the_list_knows_beside_chrome_goes_and_between_sentences_stays(line, beside):
    assert kept(POST, beside, line, REPLY) == [POST, REPLY]
    assert kept(POST, line, REPLY) == [POST, line, REPLY]


def test_look_alike_sentences_of_the_new_strings_stay():
    for said in (
        "Message #help-forum if the bot goes quiet again.",
        "Por fin, 3 de diciembre llegó.",
        "My neighbour boosted the hive with a second box.",
    ):
        assert kept(POST, said, REPLY) == [POST, said, REPLY]


# --------------------------------------------------------------------------- rows of buttons


def test_a_row_of_buttons_the_list_knows_one_by_one_printed_under_posts_goes():
    page = ("Ano, funguje to.", "Odpovědět Citovat", "Díky za radu.", "Odpovědět Citovat")
    assert kept(*page) == ["Ano, funguje to.", "Díky za radu."]
    counted = (POST, "Quote · 4", REPLY, "Quote · 7")
    assert kept(*counted) == [POST, REPLY]


def test_a_row_printed_once_or_with_a_word_the_list_does_not_know_stays():
    assert kept(POST, "Odpovědět Citovat", REPLY) == [POST, "Odpovědět Citovat", REPLY]
    page = (POST, "Quote the bees", REPLY, "Quote the bees")
    assert kept(*page) == list(page)


# --------------------------------------------------------------------------- score rows and hubs

HABR = "Мы переписали описание персонажа, и жалоб стало заметно меньше."


def test_a_posts_score_row_and_its_tags_beside_chrome_go():
    page = (HABR, "Теги: чат-боты, персонажи", "+27 14 5", "Комментарии 5", "Хороший разбор.")
    assert kept(*page) == [HABR, "Хороший разбор."]


def test_a_score_row_among_sentences_stays():
    page = (HABR, "+27 14 5", "Хороший разбор.")
    assert kept(*page) == list(page)


def test_a_posts_starred_hubs_beside_its_reading_time_go():
    page = ("6 мин", "Машинное обучение*, Natural Language Processing*, Сельское хозяйство", HABR)
    assert kept(*page) == [HABR]


def test_starred_words_among_the_text_stay():
    page = (HABR, "Мёд*, воск*, прополис", "Хороший разбор.")
    assert kept(*page) == list(page)


def test_a_korean_boards_comment_count_in_brackets_goes():
    assert kept(COMMENT, "댓글 • [ 3 ]", "좋은 글이네요.") == [COMMENT, "좋은 글이네요."]
    said = "댓글 [3]번에 동의합니다."
    assert kept(COMMENT, said) == [COMMENT, said]


# --------------------------------------------------------------------------- a footer's tail

FOOTER = ("About", "Status", "Privacy policy")


def test_a_footers_last_row_parts_and_version_under_its_links_go():
    assert kept(POST, *FOOTER, "View source code", "v4.3.2") == [POST]
    assert kept(POST, *FOOTER, "Quellcode anzeigen", "v4.3.2") == [POST]


def test_a_posts_last_word_above_the_footer_and_a_version_in_the_text_stay():
    assert kept(POST, "Thanks, works now.", *FOOTER) == [POST, "Thanks, works now."]
    assert kept(POST, "v4.3.2", REPLY) == [POST, "v4.3.2", REPLY]
    assert kept(POST, "Privacy policy", "v4.3.2") == [POST, "v4.3.2"]
