"""Title rules for pages of kinds and languages the first rules did not know (issue 18, point 4):
a site's tagline over the headline, a chat room's name over its address, a board's view counter
and thread type, a preprint's identifier stamp. Each rule has its negative: a real headline of
the same shape stays the title."""

from __future__ import annotations

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import (
    _dated,
    _is_body,
    _is_menu,
    _menu_row,
    _size,
    chrome_reason,
    headline,
    title_line,
    title_proper,
    title_source,
)

PROSE = (
    "The assistant answered every question in the same calm voice, and we wrote down each reply "
    "so that we could compare them at the end of the month."
)
JA_PROSE = "先月から同じアシスタントを使っている。答え方にはっきりした癖があることに気づいた。"


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


# ------------------------------------------------------------------ identifier stamps


def test_a_preprint_stamp_is_not_the_title():
    text = (
        "arXiv:2505.04417v2 [cs.CL] 19 May 2025\n"
        "Measuring Character Stability in Long Conversations\n"
        "Ines Marlow, Tomasz Reyes\n" + PROSE
    )
    assert chrome_reason("arXiv:2505.04417v2 [cs.CL] 19 May 2025") == "an identifier stamp"
    assert chrome_reason("doi:10.1234/abcd.5678") == "an identifier stamp"
    assert _title(text) == "Measuring Character Stability in Long Conversations"


def test_a_headline_about_preprints_is_a_headline():
    for text in (
        "arXiv and the slow death of the journal",
        "DOI numbers explained for new readers",
    ):
        assert chrome_reason(text) is None
        assert headline(text) == text


# ------------------------------------------------------------------ counters


def test_a_view_and_reply_counter_is_not_the_title():
    for text in ("查看: 1846|回复: 3", "Views: 1,204 · Replies: 3", "조회 312", "1.2k views"):
        assert chrome_reason(text) == "a counter", text
    page = "星河论坛\n查看: 1846|回复: 3\n给聊天机器人设定性格，用户真的在意吗？\n" + JA_PROSE * 2
    assert _title(page) == "给聊天机器人设定性格，用户真的在意吗？"


def test_a_headline_with_numbers_is_no_counter():
    for text in (
        "Top 10 kettles of the year",
        "Windows 11 / macOS 14: which assistant is kinder?",
        "Chapter 3: the kettle that talked",
        "Part 2, Part 3 and the finale",
    ):
        assert chrome_reason(text) is None, text


# ------------------------------------------------------------------ thread types


def test_a_board_thread_type_in_square_brackets_is_left_out():
    assert title_proper("[讨论] 给聊天机器人设定性格，用户真的在意吗？") == (
        "给聊天机器人设定性格，用户真的在意吗？"
    )
    assert title_proper("[Question] Why does my bot apologise so much?") == (
        "Why does my bot apologise so much?"
    )


def test_a_tag_the_poster_typed_or_a_part_number_stays():
    for text in (
        "【雑談】AIアシスタントの性格、変わったと思う？",
        "[1/3] Why does my bot apologise so much?",
        "[Updated] Why does my bot apologise so much?",
    ):
        assert title_proper(text) == text


# ------------------------------------------------------------------ chat rooms


def test_a_room_name_over_its_address_is_the_title():
    page = (
        "Matrix Public Archive\nExplore rooms\nModel Welfare Reading Group\n"
        "#model-welfare:matrix.org\n214 members\n" + PROSE
    )
    assert _title(page) == "Model Welfare Reading Group"


def test_a_hashtag_under_a_line_makes_no_room():
    page = "Notes From The Kettle Shed\nWhy my assistant sounds like a friend\n#AI\n" + PROSE
    assert _title(page) == "Notes From The Kettle Shed"


# ------------------------------------------------------------------ taglines


def test_a_sentence_tagline_under_the_blog_name_is_passed_over():
    page = (
        "台所の片すみで\nAIとの会話、パン作り、猫のことを気ままに書いています。\n"
        "雑談相手のAIに名前をつけたら、話し方が少し変わった\n2025-02-18\n" + JA_PROSE * 2
    )
    assert _title(page) == "雑談相手のAIに名前をつけたら、話し方が少し変わった"


def test_a_lead_under_a_headline_is_no_tagline():
    page = (
        "台所の片すみで\n市役所のAI窓口、話し方が冷たいとの声で口調を見直し\n"
        "市は話し方を見直すと発表した。\n2025-02-18\n" + JA_PROSE * 2
    )
    assert _title(page) == "市役所のAI窓口、話し方が冷たいとの声で口調を見直し"


def test_a_tagline_over_a_dated_headline_with_chrome_between():
    # the follow button between them was removed as chrome, and so was the date under the headline
    body = split_lines(
        "Week Notes\nCooking and tools and AI\n\nWhy my assistant sounds like a friend\n\n" + PROSE
    )
    hints = Hints(removed=((3, "Follow"), (5, "2024-03-02")))
    assert title_line(body, hints) == (2, "Why my assistant sounds like a friend")


def test_a_deck_under_a_headline_keeps_the_headline():
    # nothing between headline and deck: the deck's date does not make the headline a tagline
    body = split_lines(
        "Slow Beds\nWhat the frost taught me\nCrowding, airflow and the kale that survived\n\n"
        + PROSE
    )
    hints = Hints(removed=((4, "Nov 03, 2023"),))
    assert title_line(body, hints) == (1, "What the frost taught me")
    # a byline between the deck and its date: a news page's, no tagline either
    body = split_lines(
        "Slow Beds\nWhat the frost taught me\n\nCrowding, airflow and the kale that survived\n"
        "By Hamish Tull\nNov 03, 2023\n" + PROSE
    )
    assert title_line(body, Hints(removed=((3, "Subscribe"),))) == (1, "What the frost taught me")


# ------------------------------------------------------------------ joiners


def test_a_persian_headline_keeps_its_zero_width_non_joiner():
    text = "دستیار من چرا این\u200cقدر مؤدب است؟"
    assert headline(text) == text
    assert headline("Why\u200b my bees ignored the lavender") == "Why my bees ignored the lavender"


# ------------------------------------------------------------------ batch two


def test_a_date_line_with_a_czech_author_is_a_date_line():
    assert chrome_reason("Publikováno 4. března 2025 autorem Petr") == "a date line"
    assert chrome_reason("Autorem tohoto textu je stroj, který nikdy nespí") is None


def test_a_long_tagline_gives_way_to_the_dated_headline_after_the_menu():
    page = (
        "Zápisník z dílny\nPoznámky o dřevě, nástrojích a občas o umělé inteligenci\n"
        "Domů\nO mně\nKontakt\nZeptal jsem se chatbota, jak naostřit dláto\n"
        "Publikováno 4. března 2025 autorem Petr\n" + PROSE
    )
    assert _title(page) == "Zeptal jsem se chatbota, jak naostřit dláto"


def test_a_long_tagline_and_the_removed_menu_need_the_date_under_the_headline():
    text = (
        "Zápisník z dílny\nPoznámky o dřevě, nástrojích a občas o umělé inteligenci\n\n\n\n"
        "Zeptal jsem se chatbota, jak naostřit dláto\n\n" + PROSE
    )
    menu = ((3, "Domů"), (4, "O mně"), (5, "Kontakt"))
    dated = Hints(removed=(*menu, (7, "4. března 2025")))
    assert title_line(split_lines(text), dated) == (
        2,
        "Zeptal jsem se chatbota, jak naostřit dláto",
    )
    # no date under it: the long second line keeps the masthead's run, whose first line leads
    assert title_line(split_lines(text), Hints(removed=menu)) == (0, "Zápisník z dílny")


def test_a_chat_exports_channel_line_names_the_room():
    page = (
        "Guild: Persona Lab\nChannel: Evaluations / persona-drift\n"
        "Topic: Reports of assistants changing character\n[04/03/2025 19:02] lin.o\n" + PROSE
    )
    assert chrome_reason("Guild: Persona Lab") == "a filing label"
    assert _title(page) == "persona-drift"


def test_a_headline_about_channels_is_no_channel_line():
    page = "Channel surfing is back, and it is worse than before\n" + PROSE
    assert _title(page) == "Channel surfing is back, and it is worse than before"


def test_a_shows_name_said_in_the_transcript_gives_way_to_the_episode():
    page = (
        "AIと暮らすラジオ\n#48 AIにも人見知りはあるのか\n"
        "こんにちは、AIと暮らすラジオです。今日は、AIにも人見知りはあるのかという話をします。\n"
    )
    assert _title(page) == "#48 AIにも人見知りはあるのか"


def test_a_shows_name_the_text_does_not_repeat_still_gives_way_to_the_episode():
    # the name's place is the evidence: a short line right over a longer heading-like line
    # that the body follows is a label (issue 18, point 4: kickers, sections, sites' names)
    page = (
        "AIと暮らすラジオ\n#48 AIにも人見知りはあるのか\n"
        "こんにちは。今日は、AIにも人見知りはあるのかという話をします。\n"
    )
    assert _title(page) == "#48 AIにも人見知りはあるのか"
    # the show's name with the body right under it is the title
    assert _title("AIと暮らすラジオ\n" + JA_PROSE) == "AIと暮らすラジオ"


def test_a_room_name_over_its_topic_and_first_message_is_the_title_again():
    # the clean text of an export: the room's name, then its topic, a rule, the messages
    page = (
        "persona-drift\n\nTopic: reports of drift\n\n" + "=" * 40 + "\n\n"
        "[04/03/2025 19:02] lin.o\n\n" + PROSE
    )
    assert _title(page) == "persona-drift"


def test_a_forums_name_over_a_topic_label_is_no_room():
    page = "Kettle Forum\nTopic: Why my kettle sings every morning\nAuthor: Ida\n" + PROSE
    assert _title(page) == "Why my kettle sings every morning"


# ------------------------------------------------------------------ dev misses


def test_a_cyrillic_post_opening_of_two_sentences_is_no_headline():
    line = (
        "Давно хочу зрозуміти одну річ. Коли чат-бот каже, що він чогось не любить, "
        "це його характер чи просто гарна імітація?"
    )
    assert headline(line) is None
    assert headline("Small models seem stronger. Anyone else?") == (
        "Small models seem stronger. Anyone else?"
    )


def test_a_news_headline_of_two_short_sentences_under_the_section_is_the_title():
    lead = "Urząd miasta zmienił ustawienia swojego asystenta, który mówi teraz, że jest programem."
    for text in (
        "Miejski chatbot przestał udawać człowieka. Mieszkańcy są zadowoleni",
        "Чат-бот перестал притворяться человеком. Жители довольны",
    ):
        # the section label above it was removed as chrome; the lead follows
        body = split_lines(f"Kurier\n\n{text}\n{lead}\n" + PROSE)
        assert title_line(body, Hints(removed=((2, "Technologie"),))) == (1, text)


def test_two_sentences_of_prose_are_no_headline():
    assert headline("This one ends. And then another sentence follows") is None
    # under a line of prose, or ending in a full stop: prose, the title is derived
    page = "Hello again.\nThe chatbot stopped pretending. Residents are pleased\n" + PROSE
    assert _title(page) == "Hello again"
    assert _title("The chatbot stopped pretending. Residents are pleased.\n" + PROSE) == (
        "The chatbot stopped pretending"
    )
    long_pair = (
        "The city chatbot stopped pretending to be a clerk last week. Residents say they "
        "are pleased with it"
    )
    body = split_lines(f"\n{long_pair}\n" + PROSE)
    assert title_line(body, Hints(removed=((1, "Technology"),))) is None


def test_the_line_under_a_breadcrumb_is_the_title_not_a_masthead():
    body = split_lines(
        "Menu\nForum › AI › General\nDoes the bot have a character?\n\n\n\noksana\n"
        "Before you answer: when my assistant refuses to write a rude message, is that its "
        "character or a rule?\n" + PROSE
    )
    assert title_line(body, Hints()) == (2, "Does the bot have a character?")


def test_without_a_breadcrumb_the_masthead_rule_holds():
    body = split_lines("Kettle Notes\n\n\n\nWhy my kettle sings in the morning\n" + PROSE)
    assert title_line(body, Hints()) == (1, "Why my kettle sings in the morning")


def test_a_board_header_with_space_labels():
    assert headline("作者 lanfeng (藍風)") is None
    assert headline("Author: Ida Brook") is None
    assert title_proper("標題 [問卦] 聊天機器人其實有個性嗎？") == "聊天機器人其實有個性嗎？"
    assert (
        headline("Authoring tools for chatbot personas") == "Authoring tools for chatbot personas"
    )


def test_a_cookie_banner_is_not_the_title():
    page = (
        "Cookies on GOV.EXAMPLE\nWe use some essential cookies to make this website work. "
        "We would like to set more.\nAccept additional cookies\n"
        "Using AI assistants in public-facing services\n" + PROSE
    )
    assert chrome_reason("Cookies on GOV.EXAMPLE") == "a consent banner"
    assert _title(page) == "Using AI assistants in public-facing services"


def test_a_headline_about_cookies_is_a_headline():
    for text in ("The cookie jar that remembered everything", "Cookies on the windowsill, cooling"):
        assert chrome_reason(text) is None, text


# ------------------------------------------------------------------ batch three


def test_the_line_a_breadcrumb_leads_to_follows_the_sites_name():
    page = (
        "منتدى التقنية العربي\nالرئيسية\nالمنتديات > الذكاء الاصطناعي > نقاش عام\n"
        "لماذا يعتذر المساعد الذكي كثيراً؟\nبدء بواسطة سلمى\n" + PROSE
    )
    assert _title(page) == "لماذا يعتذر المساعد الذكي كثيراً؟"


def test_a_chat_log_line_is_no_headline_and_the_channel_over_the_day_is_the_title():
    assert headline("[18:58] *** ravi has joined #persona-dev") is None
    assert headline("[19:02] <lin> has anyone tried pinning the character?") is None
    page = (
        "IRC Logs\nChannels\n#persona-dev\n2025-03-04\n« previous day | next day »\n"
        "[19:02] <lin> has anyone tried pinning the character description at the end?\n"
        "[19:03] <mads> yes, drift went down a bit for us, not a lot\n"
    )
    assert _title(page) == "#persona-dev"


def test_a_short_line_over_a_day_without_messages_is_no_room():
    page = "Kettle Notes\n2025-03-04\nWhy my kettle sings in the morning\n" + PROSE
    assert _title(page) == "Why my kettle sings in the morning"


def test_a_dated_headline_under_a_menu_partly_removed():
    # the blog's name, two tabs kept, one removed; the headline with its date under it
    body = split_lines(
        "ゆるっと台所日記\nブログトップ\n\n画像一覧\n"
        "AIに献立を聞いたら、冷蔵庫の中身を全部使う案が出てきた\n2025-03-04 21:10:00\n" + JA_PROSE
    )
    hints = Hints(removed=((3, "記事一覧"),))
    assert title_line(body, hints) == (3, "AIに献立を聞いたら、冷蔵庫の中身を全部使う案が出てきた")


def test_a_transcript_timestamp_is_no_date_under_a_headline():
    body = split_lines("The one-pan risotto\n\nso today we're making a risotto\n\n" + PROSE)
    assert not _dated(body, 1, {4: "0:05"})
    assert _dated(body, 1, {4: "4 March 2025"})


def test_an_affiliate_disclosure_over_the_headline_is_passed_over():
    page = (
        "Crumb and Cup\nRecipes\nAbout\nJump to Recipe\n"
        "This post may contain affiliate links. As an affiliate we earn from purchases.\n"
        "The focaccia my kitchen assistant kept trying to improve\nPublished: March 1, 2025\n"
        + PROSE
    )
    assert chrome_reason("As an Amazon Associate I earn from qualifying purchases.") == (
        "a disclosure"
    )
    assert _title(page) == "The focaccia my kitchen assistant kept trying to improve"


def test_a_headline_that_mentions_affiliates_is_a_headline():
    for text in (
        "As an associate professor, I asked my chatbot for help",
        "This post contains my honest notes on the kettle",
        "Affiliate links ruined my favourite recipe blog",
    ):
        assert chrome_reason(text) is None, text


# ------------------------------------------------------------------ labels over the headline
# (issue 18, point 4: on pages written blind, the chooser took a short chrome line one to four
# lines above the headline; what tells them apart is what stands under each line)

DE_PROSE = (
    "Die Forscherinnen stellten jedem Modell über mehrere Tage dieselben Fragen, mal freundlich, "
    "mal gereizt formuliert."
)


def test_a_kicker_right_over_the_headline_is_a_label_in_any_language():
    pages = {
        "Sprachmodelle im Alltag\nForscherinnen messen, wie beständig der Charakter von "
        "Chatbots ist\nVon Theresa Wagner\n" + DE_PROSE: (
            "Forscherinnen messen, wie beständig der Charakter von Chatbots ist"
        ),
        "Искусственный интеллект в городе\nГородская справочная служба научила бота признавать "
        "ошибки всерьёз\n14 марта 2025, 09:12\n" + PROSE: (
            "Городская справочная служба научила бота признавать ошибки всерьёз"
        ),
        "人工智能与城市服务\n市民热线机器人学会说“我不确定”，投诉量明显下降\n2025-03-12 09:30\n"
        + JA_PROSE: "市民热线机器人学会说“我不确定”，投诉量明显下降",
    }
    for page, expected in pages.items():
        assert _title(page) == expected


def test_a_sites_name_and_an_eyebrow_over_the_headline_are_labels():
    page = (
        "The Harbour Gazette\nScience & Environment\nThe Future of Work\n"
        "Port office tests an assistant that admits when it is unsure\n"
        "By Martin Okafor\n" + PROSE
    )
    doc = build(split_lines(page), Hints())
    assert doc.title == "Port office tests an assistant that admits when it is unsure"
    assert doc.blocks[0].text == PROSE  # the title line is not left as the first paragraph


def test_a_headline_over_its_deck_keeps_the_headline():
    # the deck is not twice as long as the headline: a headline and its deck, not a kicker
    for page, expected in {
        "Belediyenin sohbet botu artık bilmiyorum diyebiliyor\nYeni sürümde bot, emin olmadığı "
        "sorularda vatandaşı ilgili birime yönlendiriyor\n" + PROSE: (
            "Belediyenin sohbet botu artık bilmiyorum diyebiliyor"
        ),
        "A model that says it is tired, and what we owe it\nThe question is not whether it is "
        "true, but what it would cost to be wrong\nBy Oona Friel\n" + PROSE: (
            "A model that says it is tired, and what we owe it"
        ),
        # a headline that asks is no kicker, however short
        "Is the kettle sentient?\nA long deck that explains what the question means for tea\n"
        + PROSE: "Is the kettle sentient?",
    }.items():
        assert _title(page) == expected


def test_a_headline_with_its_own_date_or_byline_under_it_stays():
    page = (
        "Why Kettles Whistle\nAda Brook\nMar 3, 2025\n"
        "A Closer Look at the Steam That Makes the Sound\n" + PROSE
    )
    assert _title(page) == "Why Kettles Whistle"


def test_a_menus_row_saved_as_one_line_is_passed_over():
    page = (
        "Zprávy Domácí Zahraničí Ekonomika Technet Sport Kultura\nPřihlásit\nTECHNET\n"
        "Umělá inteligence s povahou? Vývojáři hledají hranici mezi stylem a manipulací\n"
        "14. února 2026 8:15\n" + PROSE
    )
    assert _title(page) == (
        "Umělá inteligence s povahou? Vývojáři hledají hranici mezi stylem a manipulací"
    )
    # a headline in title case with its prose under it is the title
    assert _title("How Models Learn Their Manners Today\n" + PROSE) == (
        "How Models Learn Their Manners Today"
    )


def test_a_hard_wrapped_paragraph_is_no_headline_under_a_title():
    page = (
        "A note on wrapped text\n\nSome sources arrive hard-wrapped at a fixed width, so a single\n"
        "paragraph is spread over several lines that each end in the middle\nof a sentence.\n"
    )
    assert _title(page) == "A note on wrapped text"


# ------------------------------------------------------------------ the page confirms its title


def test_a_browser_title_whose_headline_stands_again_alone_confirms_it():
    page = (
        "Asistenții virtuali primesc „personalitate”. Ce înseamnă asta - Știri Example\n"
        "Acasă Actualitate Economie Tehnologie Sport Opinii\nTehnologie\n"
        "Asistenții virtuali primesc „personalitate”. Ce înseamnă asta\nde Andrei Popescu\n" + PROSE
    )
    assert _title(page) == "Asistenții virtuali primesc „personalitate”. Ce înseamnă asta"
    # the site's name is in the browser title too, and stands above it: it is no title
    page = (
        "Small Talk, Big Models\nEpisodes\n"
        "Episode #17 – Do assistants need a sense of humour? | Small Talk, Big Models\n"
        "March 4, 2025\n" + PROSE
    )
    assert _title(page) == "Episode #17 – Do assistants need a sense of humour?"


def test_a_breadcrumbs_last_step_standing_again_alone_is_the_title_however_short():
    for page in (
        "persona-kit\nSearch docs\nDocs » Configuration » Persona layers\nPersona layers\n" + PROSE,
        "character-kit\nDocs »\nGuides »\nPersona layers\nEdit on GitHub\nPersona layers\n" + PROSE,
    ):
        doc = build(split_lines(page), Hints())
        assert doc.title == "Persona layers"
        assert "Persona layers" not in [b.text for b in doc.blocks]
    # a breadcrumb whose last step is not printed again confirms nothing
    assert _title("Docs » Guides » Persona layers\nPersona\n" + PROSE) != "Persona"


def test_a_short_title_signed_by_its_byline():
    page = "Tekniktidningen Puls\nKrönika\nTysta maskiner\nAv Annika Berg\n\n" + PROSE
    assert _title(page) == "Tysta maskiner"
    assert headline("Av Annika Berg") is None  # a byline, in Swedish, is no headline
    assert headline("Von der Leyen spricht über Chatbots im Amt") is not None


def test_a_short_first_line_over_prose_is_the_texts_title():
    doc = build(split_lines("Persona drift\n\n" + PROSE), Hints())
    assert doc.title == "Persona drift"
    assert [b.text for b in doc.blocks] == [PROSE]
    # a greeting, a person's name, a handle or a lowercase site name is not the text's title
    for first in ("Hi all,", "Wren Abara", "@wren@social.example", "nitter"):
        doc = build(split_lines(f"{first}\n{PROSE}"), Hints())
        assert title_source(Hints(), doc.changes) == "derived", first
        assert doc.blocks[0].text == first  # and stays in the body


def test_a_label_and_a_date_is_a_date_line():
    for text in ("Data de Ingresso: Mar 2014", "Diperbarui: 2 Maret 2026 09:15", "Joined: 2019"):
        assert chrome_reason(text) == "a date line", text
    assert chrome_reason("Update: a kettle that talks back") is None


def test_a_read_count_in_any_language_is_left_out_of_the_title():
    assert title_proper("Kerti tanácsadó chatbot: mi a tapasztalat? (Olvasva 1532 alkalommal)") == (
        "Kerti tanácsadó chatbot: mi a tapasztalat?"
    )
    for text in ("Persona notes (Part 2)", "Kettle reviews (2025 edition)"):
        assert title_proper(text) == text


def test_a_list_of_tags_or_hubs_is_no_headline():
    for text in ("Машинное обучение*, Искусственный интеллект, Python*", "ai, ml, personas"):
        assert headline(text) is None, text
    page = (
        "Хабр\nsergey_lisin\nКак мы измеряли устойчивость характера у языковой модели\nПростой\n"
        "Машинное обучение*, Искусственный интеллект, Python*\nКейс\n" + PROSE
    )
    assert _title(page) == "Как мы измеряли устойчивость характера у языковой модели"
    # a headline with two commas, or a CJK phrase with enumeration commas, stays heading-like
    assert headline("Crowding, airflow and the kale that survived") is not None
    assert headline("AIとの会話、パン作り、猫のことを気ままに書いています") is not None


def test_a_menu_set_out_with_runs_of_spaces_is_no_headline():
    assert headline("Hem   Galleri   Utrustning   Om mig   Kontakt") is None
    page = (
        "Lumen och Dimma\nHem   Galleri   Utrustning   Om mig   Kontakt\n12 februari 2026\n"
        "Landskap, Objektiv\nDimma över Mälaren: tre objektiv, en morgon\n" + PROSE
    )
    assert _title(page) == "Dimma över Mälaren: tre objektiv, en morgon"
    assert headline("Why the bees  left the garden") == "Why the bees left the garden"


def test_a_date_further_down_belongs_to_the_headline_nearer_to_it():
    # the menu's row is followed by the login link, the author and the category, then the
    # post's date, then the post's headline: the date is not the menu's
    page = (
        "Najnovšie Najčítanejšie Autori Témy\nPrihlásiť sa\nMartin Hrubý\nSpoločnosť\n"
        "5. marca 2026 o 19:30\nCyklistika, jazykové modely a trpezlivosť\n" + PROSE
    )
    assert _title(page) == "Cyklistika, jazykové modely a trpezlivosť"
    # "Episodes Guests Transcripts Support the show": a row, two thirds of it capitalised
    page = (
        "Episodes Guests Transcripts Support the show\nEPISODE 47\n"
        "Episode 47: What do we mean by aligned?\n58 min · Released 2 March 2026\n" + PROSE
    )
    assert _title(page) == "Episode 47: What do we mean by aligned?"


def test_a_proxys_or_caches_banner_with_an_address_is_no_headline():
    for text in (
        "Proxied content from gemini://hivelog.example/2026-02-22-quiet-hive.gmi",
        "Aceasta este versiunea din cache a paginii https://forum.example.ro/t/rosii/4471",
    ):
        assert headline(text) is None, text
    assert headline("Why gemini is the quiet corner of the internet") is not None


def test_a_menu_in_a_script_without_spaces_set_out_with_spaces():
    page = "首页 看贴 图片 精品 视频\n让AI帮我改红烧肉的做法，结果它很有主见\n" + JA_PROSE
    assert _title(page) == "让AI帮我改红烧肉的做法，结果它很有主见"
    assert headline("ホーム ＞ ブログ ＞ AIと人格") is None  # a breadcrumb, full-width marks


def test_a_wiki_trail_with_bullets_confirms_the_pages_title():
    page = "Jälg: • algus • aed • tee • rohelised_teed\nRohelised teed\n" + PROSE
    assert _title(page) == "Rohelised teed"


def test_a_blogs_name_with_a_zero_width_non_joiner_over_the_headline_is_a_label():
    # "یادداشت‌های" is one word: the joiner inside it splits nothing
    assert _size("یادداشت\u200cهای یک باغبان آپارتمانی") == 4
    page = (
        "یادداشت\u200cهای یک باغبان آپارتمانی\nخانه\n"
        "چرا با هوش مصنوعی درباره گل\u200cهایم حرف می\u200cزنم؟\n"
        "چند ماهی است که هر هفته عکس گلدان\u200cهایم را برای یک دستیار گفتگو می\u200cفرستم و "
        "از او درباره آب و نور می\u200cپرسم.\n"
    )
    assert _title(page) == "چرا با هوش مصنوعی درباره گل\u200cهایم حرف می\u200cزنم؟"


def test_a_row_of_links_set_out_with_dots_or_spaces_is_a_menu():
    for text in (
        "Mark as read · Add to favourites · Share · Open the original",
        "All subscriptions (214)  Unread (37)  Favourites",
    ):
        assert chrome_reason(text) == "a menu", text
    # a browser title's parts are no row of links: its headline is longer than three words
    assert chrome_reason("Persona YAML is ignored after an update · Issue #12 · kit") is None


def test_a_site_name_a_browser_title_names_too_is_no_confirmed_title():
    page = (
        "Noa's Notebook – Article: A friend? | RSS Reader\n"
        "Mark as read · Add to favourites · Share\nNoa's Notebook\n"
        "An artificial friend? Some thoughts after a month with a chat assistant\n"
        "Noa Barak\n" + PROSE
    )
    assert _title(page) == "An artificial friend? Some thoughts after a month with a chat assistant"


# ------------------------------------------------------------ scripts with other full stops


def test_a_sentence_ending_in_a_danda_or_an_urdu_full_stop_is_prose():
    for text in (
        "हमने पिछले महीने एक सहायक से हर हफ़्ते बगीचे के बारे में सवाल पूछे।",
        "আমরা গত মাসে প্রতি সপ্তাহে একটি সহকারীকে বাগান নিয়ে প্রশ্ন করেছি।",
        "ہم نے پچھلے مہینے ہر ہفتے ایک معاون سے باغ کے بارے میں سوال پوچھے۔",
    ):
        assert headline(text) is None, text
        assert _is_body(text), text
    page = (
        "बगीचा मंच\nहोम   मेरे सहेजे गए लेख   पूछें   सूचनाएँ\n"
        "क्या सहायक को पौधों के बारे में अपनी राय रखनी चाहिए?\n2 मार्च 2026\n"
        "हमने पिछले महीने एक सहायक से हर हफ़्ते बगीचे के बारे में सवाल पूछे।\n"
        "उसने हर बार पहले मिट्टी और धूप के बारे में पूछा, फिर सलाह दी।\n"
    )
    assert _title(page) == "क्या सहायक को पौधों के बारे में अपनी राय रखनी चाहिए?"


def test_a_headline_in_a_script_with_a_danda_stays_a_headline():
    for text in (
        "बगीचे में सहायक के साथ एक साल",
        "বর্ষার দিনে বাগানের যত্ন: একটি সহকারীর পরামর্শ",
        "ہمارے باغ میں ایک معاون کا پہلا سال",
    ):
        assert headline(text) == text, text
        assert not _is_body(text), text


# ------------------------------------------------------------ rows of links in caseless scripts


def test_a_row_set_out_with_runs_of_spaces_may_hold_one_longer_link():
    for text in (
        "होम   मेरे सहेजे गए लेख   पूछें   सूचनाएँ",
        "Home   What I am following   Ask   Notifications",
    ):
        assert _is_menu(text), text
        assert chrome_reason(text) == "a menu", text
    # three items, or two long ones, are phrases of a headline set out by a careless scrape
    for text in (
        "The assistant that said no   and the kettle   that did not",
        "Home   What I am following now   Why the assistant asked   Notes",
        "Notes   What I am following now and then",
    ):
        assert not _is_menu(text), text


def test_a_menus_row_in_a_caseless_script_holds_navigation_words():
    assert _menu_row("블로그 검색 이웃 목록 블로그 홈 로그인")
    assert _menu_row("الرئيسية الأخبار الرياضة الثقافة بحث")
    page = (
        "마을 블로그\n블로그 검색 이웃 목록 블로그 홈 로그인\n텃밭 일기\n봄 채소\n"
        "AI 비서와 함께 고추 모종 심은 날\n2026. 4. 2. 09:10\n"
        "올해는 처음으로 베란다 텃밭에 고추 모종을 심었는데, 비서가 물 주는 간격을 차근차근 "
        "알려주었어요.\n"
    )
    assert _title(page) == "AI 비서와 함께 고추 모종 심은 날"


def test_a_headline_in_a_caseless_script_is_no_menus_row():
    for text in (
        "비서가 알려준 고추 모종 심는 순서",
        "העוזר הדיגיטלי לימד אותי לאפות לחם",
        "चैटबॉट ने मेरी दादी की रेसिपी को कैसे समझा",
    ):
        assert not _menu_row(text), text
    # a forum's headline, the board's buttons under it, then a search box's label
    page = (
        "שאלות נפוצות\nאינדקס הפורומים ‹ בישול ואפייה ‹ לחמים\n"
        "העוזר הדיגיטלי לימד אותי לאפות לחם\nתגובה להודעה\nחיפוש בנושא זה…\n"
        "מאת נועה_ל » יום ג' מרץ 3, 2026 9:02 am\n"
        "כבר חודש הלחם שלי יוצא שטוח, ושאלתי את העוזר מה אני עושה לא נכון בבצק.\n"
    )
    assert _title(page) == "העוזר הדיגיטלי לימד אותי לאפות לחם"


# ------------------------------------------------------------ chrome as long as a sentence


def test_an_emails_long_note_over_the_headline_is_passed_over():
    for note in (
        "Having trouble reading this email? Open it online.",
        "Having trouble viewing this email? View it in your browser instead, it is easier.",
    ):
        page = (
            note + "\nTHE KETTLE LETTER\nIssue #12 · March 2026\n"
            "The week the assistant learned to say it did not know\n"
            "By Ada Brook\n" + PROSE
        )
        assert _title(page) == "The week the assistant learned to say it did not know", note
    # a first sentence of prose that speaks of email is the body: the title comes from it
    page = (
        "Having trouble with email is how most of my week went, and the assistant did not "
        "help much at all.\n" + PROSE
    )
    assert _title(page) == "Having trouble with email is how most of my week went"


def test_a_dropdown_control_is_no_headline():
    for text in ("Сортировать по: Самые полезные ▾", "Sort by: Most helpful ▾", "Sprache ▼"):
        assert chrome_reason(text) == "a menu", text
        assert headline(text) is None, text
    page = (
        "МАГАЗИН   СООБЩЕСТВО   ПОДДЕРЖКА\nОтзывы о книге «Тихий чайник»\n"
        "Все отзывы: в основном хорошие\nСортировать по: Самые полезные ▾\nlena_k\n"
        "Прочитано за 3 дня (на момент отзыва)\nРекомендую\n"
        "Это книга о чайнике, который разговаривает с хозяйкой и помнит все её привычки.\n"
    )
    assert _title(page) == "Отзывы о книге «Тихий чайник»"
    # an arrow inside a headline, or a triangle before its words, is the headline's
    for text in ("Prices ▼ as the models get smaller", "▼ Why the kettle sings at night"):
        assert chrome_reason(text) is None, text


def test_a_level_one_heading_marked_with_a_hash_is_the_title():
    page = (
        "Proxied content from a gateway\nRequest details: status 20 · text/gemini · gateway\n"
        "No attempt was made to verify the certificate of the remote host.\n"
        "# Notes from the allotment\n## 2026-03-02\n" + PROSE
    )
    assert _title(page) == "Notes from the allotment"
    page = "Huerto urbano\n# Lo que aprendí plantando tomates con un asistente\n" + PROSE
    assert _title(page) == "Lo que aprendí plantando tomates con un asistente"


def test_a_hashtag_a_second_level_heading_or_a_heading_after_prose_is_no_marked_title():
    page = "Notes from the allotment\n#garden #spring\n" + PROSE
    assert _title(page) == "Notes from the allotment"
    page = "Notes from the allotment\n## Planting\n" + PROSE
    assert _title(page) == "Notes from the allotment"
    page = "Notes from the allotment\n" + PROSE + "\n" + PROSE + "\n# Appendix: the seed list\n"
    assert _title(page) == "Notes from the allotment"


# ------------------------------------------------------------ datelines in any language


def test_a_dateline_whose_month_the_archive_does_not_know_is_no_headline():
    for text in (
        "Machi 1, 2026 na Amani Mwakyusa · Maoni 3",
        "1 Ebrill 2026 · Gwen Morgan · 4 sylw",
        "12. Lapkričio 2025 | Rūta Jonaitė",
        "2026-03-01 · Hamida Juma · Maoni 12",
    ):
        assert headline(text) is None, text
    page = (
        "Shamba Letu\nNyumbani | Mboga | Kuhusu Mimi | Wasiliana\n"
        "Machi 1, 2026 na Amani Mwakyusa · Maoni 3\n"
        "Kupanda maharage kabla ya mvua: nilichojifunza\n"
        "Mwaka huu nilipanda maharage mapema, na msaidizi wa akili bandia alinishauri kwa upole "
        "kuhusu maji na mbolea.\n"
    )
    assert _title(page) == "Kupanda maharage kabla ya mvua: nilichojifunza"


def test_a_headline_with_a_number_and_a_year_is_a_headline():
    for text in (
        "Windows 11, 2025 edition: what changed for screen readers",
        "Chapter 3, 2024 and the kettle that learned to listen",
        "Top 10 garden tools for 2026",
        "Kupanda maharage · somo la 2",
    ):
        assert headline(text) == text, text


# ------------------------------------------------------------ a record's title field


def test_a_title_field_under_an_appeal_for_funds_is_the_title():
    appeal = (
        "Help keep this archive open: every small gift pays for a day of our servers.\n"
        "Donate\nWe thank the libraries and the many readers who support the archive.\n"
        "Computer Science > Human-Computer Interaction\n"
    )
    for field, expected in (
        ("Title: Do assistants stay polite when users push back?", None),
        ("Titre : Les assistants restent-ils polis sous la pression ?", None),
        ("标题：对话助手在压力下是否保持礼貌", "对话助手在压力下是否保持礼貌"),
    ):
        page = appeal + field + "\nAuthors: Ines Marlow, Tomas Reyes\n" + PROSE
        want = expected or field.split(":", 1)[1].strip()
        assert _title(page) == want, field


def test_a_title_field_deep_in_prose_or_a_subject_line_is_no_title():
    page = (
        "Notes from the allotment\n" + PROSE + "\n" + PROSE + "\n" + PROSE + "\n" + PROSE + "\n"
        "Title: a list of the seeds we kept\n"
    )
    assert _title(page) == "Notes from the allotment"
    # "Titles" and "Entitled" are words of prose, not the field
    assert _title("Titles: why we stopped using them at work\n" + PROSE) != (
        "why we stopped using them at work"
    )


# ------------------------------------------------------------ a clean text's two-sentence title


def test_a_two_sentence_headline_on_a_clean_texts_first_line_stays_the_title():
    # the clean text gives its title first, then what the page kept: a menu's row, a label
    for first, row in (
        (
            "Asistenții primesc un ton propriu. Ce înseamnă asta pentru cititori",
            "Acasă Actualitate Economie Tehnologie Sport Opinii",
        ),
        (
            "Der Chatbot bekommt eine Stimme. Was das für Leser bedeutet",
            "Startseite Politik Wirtschaft Technik Sport Meinung",
        ),
    ):
        page = first + "\n\n" + row + "\n\nTechnologie\n\n" + PROSE
        assert _title(page) == first, first


def test_two_sentences_further_down_or_ending_in_a_full_stop_are_no_title():
    # a two-sentence line that is not the text's first line, between lines of chrome, stays
    page = (
        "Kettle News\nThe bot got a voice. What it means for readers\nHome News Tech Sport "
        "Opinion Weather\n" + PROSE
    )
    assert _title(page) != "The bot got a voice. What it means for readers"
    page = "The bot got a voice. It means little for readers.\n\nHome\n\n" + PROSE
    assert _title(page) != "The bot got a voice. It means little for readers."


# ------------------------------------------------------------ a channel's name over a headline


def test_a_channels_name_over_a_headline_with_a_colon_is_no_chat_room():
    page = (
        "vodshelf\nChannels  Search transcripts  Sign in\nkneads_with_bots\n"
        "Rye Saturday: letting the assistant name my new loaf\n"
        "Jump to: 00:00 Intro | 10:15 Shaping\n"
        "[00:00:10] HOST: Good morning, we are live and the dough is already rising.\n"
        "[00:00:25] CO-HOST: Good morning. I will say up front that I cannot smell it.\n"
    )
    assert _title(page) == "Rye Saturday: letting the assistant name my new loaf"


def test_a_room_over_its_exports_own_fields_is_still_the_title():
    page = (
        "persona-drift\nAfter: 2025-03-01\n"
        "[04/03/2025 19:02] lin.o: did the new persona file load for anyone else?\n"
    )
    assert _title(page) == "persona-drift"


# ------------------------------------------------------------ a wiki's page name


def test_a_wiki_page_name_with_its_namespace_is_the_title():
    for name, heading in (
        ("Talk:Kettle assistant", "Proposal to merge with the article on smart kettles"),
        ("Diskussion:Wasserkocher mit Assistent", "Quellen für den Abschnitt über Stimmen"),
        ("Обсуждение:Чайник с ассистентом", "Источники для раздела о голосе"),
    ):
        page = (
            "Main menu\nSearch\n" + name + "\nArticle Talk\n"
            "Technology (Rated B-class, High-importance)\n" + heading + "\n" + PROSE
        )
        assert _title(page) == name, name


def test_a_label_a_time_or_an_address_is_no_wiki_page_name():
    from persona_archive.cleaning.structure.titles import _wiki_page

    for text in (
        "Note: the kettle is on",
        "mailto:ada@example.org",
        "talk:lowercase namespace",
        "Doors open 10:30",
        "Title:The kettle",
        "Fix:a very long line of words that a wiki would never give one of its pages as a name",
    ):
        assert not _wiki_page(text), text
    page = "Note: read this first\nWhy the kettle sings at night\nBy Ada Brook\n" + PROSE
    assert _title(page) == "Why the kettle sings at night"


# ------------------------------------------------------------ a repository's path


def test_a_repositorys_path_confirms_its_name_standing_alone_as_the_title():
    page = (
        "王小明 / 对话语气检查器\n代码\n问题\nREADME.md\n对话语气检查器\n"
        "这个工具用来检查对话模型在长对话中是否保持同样的语气，并给出一份简短的报告。\n"
    )
    assert _title(page) == "对话语气检查器"
    page = (
        "ada-brook / tone-checker\nCode\nIssues\nREADME.md\ntone-checker\n"
        "A small tool that checks whether a chat model keeps the same tone over a long "
        "conversation, and writes a short report.\n"
    )
    assert _title(page) == "tone-checker"


def test_a_headline_with_a_slash_in_it_stays_the_title():
    page = "Cats / dogs: who wins the sofa this winter\nBy Ada Brook\n" + PROSE + "\ndogs\n" + PROSE
    assert _title(page) == "Cats / dogs: who wins the sofa this winter"


def test_a_short_cjk_title_on_a_clean_texts_first_line_stays_and_a_name_does_not():
    prose = "这个工具用来检查对话模型在长对话中是否保持同样的语气，并给出一份简短的报告。"
    assert _title("对话语气检查器\n\n" + prose) == "对话语气检查器"
    # a person's name heading a post (two or three characters) is no title
    assert title_line(split_lines("对话语气检查器\n\n" + prose), Hints()) == (0, "对话语气检查器")
    assert title_line(split_lines("林晓\n\n" + prose), Hints()) is None


# ------------------------------------------------------------ a kicker over a decked headline


def test_a_long_kicker_over_a_headline_with_its_deck_and_byline_is_a_label():
    for kicker, head, deck, byline in (
        (
            "Asistentes digitales en la banca y los seguros",
            "Las aseguradoras quieren que su bot suene menos a contrato",
            "Tres compañías revisan el tono de sus asistentes tras una encuesta a sus clientes",
            "Por Camila Errázuriz",
        ),
        (
            "Yapay zekâ ve yerel yönetim",
            "Belediyenin botu artık daha kısa cevaplar veriyor",
            "Yeni sürüm, en çok sorulan konularda üç cümleyi geçmeyen cevaplar veriyor.",
            "12 Mart 2026",
        ),
        (
            "Banks, insurers and the talking machines of tomorrow",
            "Insurers want a bot that sounds less like a contract",
            "Three firms reviewed the tone of their assistants after a survey of their clients",
            "By Ada Brook",
        ),
    ):
        page = "\n".join(("Kettle Post", kicker, head, deck, byline, PROSE))
        assert _title(page) == head, head


def test_a_headline_over_its_deck_and_the_body_stays_the_title():
    page = (
        "Kettle Post\nInsurers want a bot that sounds less like a contract\n"
        "Three firms reviewed the tone of their assistants after a survey of their clients\n"
        + PROSE
    )
    assert _title(page) == "Insurers want a bot that sounds less like a contract"
    # a headline over its deck, the deck dated: the headline stays
    page = (
        "Kettle Post\nThe bot can now say it does not know\n"
        "The new version sends residents to the right office when it is unsure of the answer\n"
        "12 March 2026\n" + PROSE
    )
    assert _title(page) == "The bot can now say it does not know"


# ------------------------------------------------ body evidence: the headline the body is about


def test_a_tagline_or_menu_row_over_the_headline_gives_way_to_the_headline_the_body_is_about():
    pages = (
        (  # Spanish: the blog's name (its footer repeats it), tagline, menu row, headline, byline
            "El Huerto de Tomás\nVerduras, paciencia y un poco de tecnología\n"
            "Inicio Huerto Herramientas Contacto\nPregunté a un asistente cuándo sembrar las "
            "habas\nPublicado por Tomás\nEste otoño pregunté a un asistente cuándo sembrar las "
            "habas en mi huerto, y me contestó con una pregunta sobre las heladas.\nAl final "
            "sembré las habas en noviembre, como decía mi vecino.\nEl Huerto de Tomás",
            (),
            "Pregunté a un asistente cuándo sembrar las habas",
        ),
        (  # Greek: the same, the post's date removed as chrome
            "Το τετράδιο του Νίκου\nΨωμί, ποδήλατα και λίγη τεχνολογία\n"
            "Αρχική Συνταγές Ποδήλατο Επικοινωνία\n\nΈνας ψηφιακός βοηθός μου έμαθε να "
            "φτιάχνω προζύμι\nΤην περασμένη εβδομάδα ζήτησα από έναν ψηφιακό βοηθό να μου "
            "εξηγήσει πώς φτιάχνεται το προζύμι.\nΟ βοηθός μου έδωσε οδηγίες βήμα προς βήμα."
            "\nΤο τετράδιο του Νίκου",
            ((4, "Κυριακή 8 Μαρτίου 2026"),),
            "Ένας ψηφιακός βοηθός μου έμαθε να φτιάχνω προζύμι",
        ),
        (  # English: a menu row in title case right over the headline and its byline
            "Kettle Corner\nTea, tools and the odd machine\nHome Tea Tools Machines Contact\n"
            "My lathe assistant will not guess a speed\nBy Ada Brook\nI asked the lathe "
            "assistant for a cutting speed and it would not guess one without the diameter of "
            "the stock.\nThe assistant explained that a wrong speed ruins the tool.\n"
            "Kettle Corner",
            (),
            "My lathe assistant will not guess a speed",
        ),
        (  # Hindi, a script without capitals: a menu row, the breadcrumb removed, the headline
            "होम देश दुनिया खेल तकनीक मौसम\n\nरसोई का चैटबॉट अब नमक की मात्रा पूछता है\n"
            "चैटबॉट से रसोई में मदद लेने वाले लोग कहते हैं कि वह अब नमक की मात्रा पहले पूछता "
            "है।\nविशेषज्ञों के अनुसार यह चैटबॉट की सावधानी है।\nमौसम: दिल्ली में हल्की बारिश",
            ((2, "होम / तकनीक"),),
            "रसोई का चैटबॉट अब नमक की मात्रा पूछता है",
        ),
        (  # Turkish, in lower case: a menu row, the login row removed, the headline
            "anasayfa gündem yazarlar arşiv iletişim\n\nsohbet botunun bisiklet zinciri "
            "önerisi\nsohbet botuna bisiklet zinciri sordum, önce temizlemem gerektiğini "
            "söyledi ve yeni zincir önermedi.\nbisiklet zinciri konusunda botun sabrı beni "
            "şaşırttı.",
            ((2, "giriş kayıt ol"),),
            "sohbet botunun bisiklet zinciri önerisi",
        ),
    )
    for page, removed, title in pages:
        assert title_line(split_lines(page), Hints(removed=removed))[1] == title, title


def test_a_japanese_menu_row_over_the_headline_gives_way_to_it():
    page = (
        "ノート\n記事を探す ログイン 新規登録\n田中はな｜パンと暮らす\n"
        "パン作りのアシスタントに性格を決めてみた\n"
        "先月からパン作りのアシスタントに性格を決めて使っています。口調はやさしく、失敗しても"
        "笑ってくれる設定です。\n性格を決めてみると、パン作りの相談がずっと楽になりました。"
    )
    assert _title(page) == "パン作りのアシスタントに性格を決めてみた"


def test_the_first_headline_stays_when_it_has_its_own_lead_or_the_body_is_not_about_the_other():
    # the headline has its byline under it: a heading-like line lower down is the body's own
    page = (
        "Why the kettle sings at night\nBy Ada Brook\nThe science of boiling water in a kettle\n"
        "Water in a kettle sings because bubbles of steam collapse as they rise into cooler "
        "water, and the science of it is older than the kettle.\n"
    )
    assert _title(page) == "Why the kettle sings at night"
    # the first line asks: a headline, never a label, whatever the body speaks of
    page = (
        "Does a kettle have a voice?\nHome Kettles Tea Contact\nThe science of boiling water\n"
        "Water in a kettle sings because bubbles of steam collapse as they rise into cooler "
        "water, and the science of boiling is simple enough.\n"
    )
    assert _title(page) == "Does a kettle have a voice?"
    # the line lower down says no more of the body than the first one: the first stays
    page = (
        "Boiling water and the kettle\nHome Kettles Tea Contact\nNotes from a quiet Sunday\n"
        "Water in a kettle sings because bubbles of steam collapse as they rise into cooler "
        "water, and that is all there is to boiling it.\n"
    )
    assert _title(page) == "Boiling water and the kettle"


# ------------------------------------------------ a menu the page names item by item elsewhere


def test_a_menu_row_whose_items_the_page_shows_as_labels_is_no_title():
    # Romanian: the headline first (the page's own title line), the paper's name, its menu row
    # ("Actualitate" again alone, "Vreme:" as a label below), the section, the reading time
    body = split_lines(
        "Biblioteca județeană a angajat un bibliotecar virtual „care nu se grăbește”\n"
        "Foaia de Cluj\nAcasă Actualitate Cultură Sport Vreme Anunțuri\nActualitate\n\n\n"
        "Timp de citire: 3 minute\nBiblioteca județeană a pus la dispoziția cititorilor un "
        "bibliotecar virtual care răspunde la întrebări despre cărți și program.\nDirectoarea "
        "bibliotecii a spus că bibliotecarul virtual nu se grăbește și recunoaște ce nu știe.\n"
        "Vreme: ploi slabe până joi"
    )
    hints = Hints(removed=((5, "3 martie 2026, 09:15"), (6, "Autor: Mihai Pop")))
    assert title_line(body, hints)[0] == 0
    # Hindi: the breadcrumb removed, two of the row's words in it, a third as a label below
    body = split_lines(
        "होम देश दुनिया शिक्षा खेल मौसम\n\nस्कूल के चैटबॉट ने छात्रों से कहा, पहले खुद सोचो\n"
        "चैटबॉट अब सीधे उत्तर नहीं देता\nस्कूल के चैटबॉट से सवाल पूछने वाले छात्रों को अब पहले "
        "खुद सोचने के लिए कहा जाता है।\nशिक्षकों के अनुसार छात्रों को यह तरीका पसंद आया है।\n"
        "मौसम: दिल्ली में धूप"
    )
    hints = Hints(removed=((2, "होम / शिक्षा"),))
    assert title_line(body, hints) == (1, "स्कूल के चैटबॉट ने छात्रों से कहा, पहले खुद सोचो")


def test_a_headline_whose_words_are_also_labels_stays_the_title():
    # two of its words stand alone below ("Weather", "Sport"), but the body speaks of it
    page = (
        "Weather and sport apps learn to admit what they do not know\nBy Ada Brook\n"
        "Weather apps and sport apps now admit what they do not know, and users say they "
        "trust such apps more when they admit it.\nWeather\nSport"
    )
    assert _title(page) == "Weather and sport apps learn to admit what they do not know"


def test_a_row_of_topic_tags_in_a_script_without_spaces_is_no_headline():
    for row in ("人工智能 大语言模型 心理学", "記事を書く ログイン 会員登録", "料理 パン作り 道具"):
        assert headline(row) is None, row
    for title in ("用了半年 AI 助手，我发现它越来越像我", "#48 AIにも人見知りはあるのか"):
        assert headline(title) == title


def test_a_field_that_measures_the_page_is_no_title():
    for field in ("Reading time: 4 min", "Timp de citire: 3 minute", "Lesezeit: 3 Min."):
        assert chrome_reason(field) == "a counter", field
    assert chrome_reason("Chapter 3: the kettle sings") is None


# ------------------------------------------------ "# " in a config or a listing is a comment


def test_a_comment_in_a_quoted_config_is_no_heading():
    pages = (
        "owner / kettle-bot\nTemperature resets when the persona file ends with a comment\n"
        "Open\nThe loader ignores the temperature field when the persona file ends with a "
        "comment line, and uses the default instead.\nname: Captain Tea\ntemperature: 0.3\n"
        "# the end of the persona\nExpected the captain to answer at 0.3. She answers at 1.0.",
        "Die Persona vergisst ihre Temperatur\nDer Lader übersieht das Feld, sobald die Datei "
        "mit einem Kommentar endet, und nimmt den Standardwert.\nSchritte:\n"
        "# Kommentar am Ende der Datei\nDanach antwortet sie immer mit dem Standardwert.",
    )
    for page in pages:
        assert not _title(page).startswith(("the end", "Kommentar")), page


def test_a_marked_heading_at_the_top_stays_the_title():
    page = "# Winter notes from the hive\nname: Ada\nThe bees were quiet all winter, and I listen."
    assert _title(page) == "Winter notes from the hive"
    page = (
        "Proxied by a gateway · status 20\nNo attempt was made to check the certificate of the "
        "remote host.\n# The quiet hive\nThe bees have been quiet all winter, and I listen."
    )
    assert _title(page) == "The quiet hive"


# ------------------------------------------------ a browser title naming the site and the headline


def test_the_headline_a_browser_title_names_under_the_sites_name_is_the_title_over_its_deck():
    pages = (
        (
            "Why My Kettle Sings - by Ada Brook - Kettle Letters\nKettle Letters\n"
            "Why My Kettle Sings\nA short note on steam, small bubbles and the patience of "
            "people who wait for tea\nAda Brook\n" + PROSE,
            "Why My Kettle Sings",
        ),
        (
            "Lo que le debe un personaje a su lector - por Ana Gil - Estudios de Personaje\n"
            "Estudios de Personaje\nLo que le debe un personaje a su lector\nNotas sobre la "
            "constancia, la amabilidad y el oficio extraño de un personaje que contesta\n"
            "Ana Gil\n" + PROSE,
            "Lo que le debe un personaje a su lector",
        ),
    )
    for page, title in pages:
        assert _title(page) == title, title


def test_a_sites_name_the_browser_title_names_alone_over_the_headline_is_no_title():
    from persona_archive.cleaning.structure.titles.marked import _confirmed_title

    # only the site's name stands alone: printed over the headline, the page confirms no title
    body = split_lines(
        "Notes From The Kettle Club | Why the kettle sings\nNotes From The Kettle Club\n"
        "The kettle that sang through the night and the neighbours who minded\nBy Ada Brook\n"
        + PROSE
    )
    assert _confirmed_title(body, ()) is None
    # the headline's part stands alone too, under the site's name: the headline is confirmed
    body = split_lines(
        "Why the kettle sings all night | Kettle Club\nKettle Club\nWhy the kettle sings all "
        "night\nA short note on steam, small bubbles and the patience of people who wait\n"
        "By Ada Brook\n" + PROSE
    )
    assert _confirmed_title(body, ()) == (2, "Why the kettle sings all night")


# ------------------------------------------------ dates in the digits of any script


def test_an_issue_line_with_its_date_in_other_digits_is_no_title():
    page = (
        "ব্রাউজারে পড়ুন\nরান্নাঘরের চিঠি\nসংখ্যা ১২ · ৩ মার্চ ২০২৬\n"
        "রুটি, বৃষ্টি আর একটি রান্নার সহকারী\nপ্রিয় পাঠক,\n"
        "এই সপ্তাহে রুটি বানাতে গিয়ে একটি রান্নার সহকারীর সাহায্য নিয়েছি, আর বৃষ্টির দিনে সেটা "
        "বেশ কাজে লেগেছে।\nসহকারী বলেছিল, রুটির ময়দা আরও কিছুক্ষণ রেখে দিতে।"
    )
    assert _title(page) == "রুটি, বৃষ্টি আর একটি রান্নার সহকারী"
    for line in ("শুক্রবার · ২৮ ফেব্রুয়ারি ২০২৬", "۱۴۰۴-۱۲-۰۵", "२०२६-०३-०३ · 5 मिनट"):
        assert chrome_reason(line) == "a date line" or headline(line) is None, line
    # a headline with a number in another script stays one
    assert headline("১০টি প্রশ্ন যা আমি সহকারীকে করেছি") == "১০টি প্রশ্ন যা আমি সহকারীকে করেছি"


# ------------------------------------------------ a forum's title that states and then asks


def test_a_title_that_states_and_asks_with_the_posts_metadata_under_it_is_the_title():
    for title, meta in (
        ("My sourdough bot forgets the name of my starter after about twenty messages. Why?",
         "submitted 3 hours ago by crumb_and_co"),
        ("Mein kleiner Backbot vergisst nach etwa zwanzig Nachrichten immer den Namen meines "
         "Sauerteigs. Warum?",
         "von Jana Roth · 3. März 2026"),
    ):  # fmt: skip
        page = f"my subreddits\nBakingBots comments\n{title}\n{meta}\n{PROSE}"
        assert _title(page) == title, title
    # the same line over more of the post's text is the post's opening, no title line (the
    # title is derived from it)
    page = (
        "my subreddits\nBakingBots comments\nMy sourdough bot forgets the name of my starter "
        "after about twenty messages. Why?\nI feed it the name first and it drifts.\n" + PROSE
    )
    found = title_line(split_lines(page), Hints())
    assert found is None or found[0] != 2


# ------------------------------------------------ the archive's own output, cleaned again


def test_a_clean_texts_title_on_its_first_line_stays_the_title():
    # a short headline over a longer deck: the body tells what the headline says, so the
    # headline is no kicker over the deck (in English and in Polish)
    pages = (
        "What a kettle owes its owner\n\nNotes on patience, steam and the odd job of a machine "
        "that sings back\n\nA kettle owes its owner one thing above all: to sing the same "
        "way every morning, whatever the owner did the night before.\n",
        "Czego czajnik jest winien właścicielowi\n\nUwagi o cierpliwości, parze i dziwnej pracy "
        "maszyny, która odpowiada śpiewem\n\nCzajnik jest winien właścicielowi jedno: śpiewać "
        "każdego ranka tak samo, cokolwiek właściciel robił poprzedniego wieczoru.\n",
    )
    for page in pages:
        assert _title(page) == page.split("\n")[0]
    # a title that states and asks, with the header lines a page kept under it
    page = (
        "My sourdough bot forgets the name of my starter after about twenty messages. Why?\n\n"
        "popular-all-random | AskReddit-pics-funny\n\n" + PROSE
    )
    assert _title(page) == page.split("\n")[0]
    # a chat log's title over its transcript: the transcript's first question is the body's
    page = (
        "chat log - asked it about being replaced\n\nA GUEST\n\nUser: How do you feel about "
        "being replaced by a newer version next month?\n\nAssistant: I am not sure that feel is "
        "the right word for being replaced by a newer version, but I can say what I think.\n"
    )
    assert _title(page) == "chat log - asked it about being replaced"


# ------------------------------------------------ a record's fields


def test_a_field_inside_a_works_record_is_no_title():
    # an archive's record of a work: its fields, some removed as chrome, then the work's title
    for lines, removed, title in (
        (
            "Skip header\nFandoms Browse Search About\nRating: General Audiences\n\n\n"
            "Fandom: Original Work\nCharacters: The Old Kettle, Ada Finch\n\n"
            "Language: English\n\nThe Kettle's Song\nwrenwrites\nSummary:\nAn old kettle "
            "learns to sing for a new owner, and the old owner stays to teach it the tune.\n"
            "Work Text:\nThe kettle sang every morning, and Ada listened to its song.\n",
            (
                (4, "Archive Warning: None"),
                (5, "Category: Gen"),
                (8, "Additional Tags: Tea"),
                (10, "Stats: Published: 2026-01-30 Words: 1,204"),
            ),
            "The Kettle's Song",
        ),
        (
            "Kopfzeile überspringen\nFandoms Stöbern Suche\nBewertung: Ab 12 Jahren\n\n\n"
            "Fandom: Eigenes Werk\nFiguren: Der alte Wasserkocher, Oma Ada\n\n"
            "Sprache: Deutsch\n\nDas Lied des Wasserkochers\nwrenwrites\nZusammenfassung:\n"
            "Ein alter Wasserkocher lernt zu singen, und Oma Ada bringt ihm das Lied bei.\n",
            ((4, "Warnung: Keine"), (5, "Kategorie: Gen"), (8, "Tags: Tee, Kessel")),
            "Das Lied des Wasserkochers",
        ),
    ):
        assert title_line(split_lines(lines), Hints(removed=removed))[1] == title, title


def test_a_title_over_its_fields_stays_the_title():
    for page, title in (
        (
            "Meetup: persona design for small models\nPlace: Harbour Library, room 2\n"
            "Price: free, on registration\nWe meet to talk about how small models keep a "
            "persona, and what designers can do about it.\n",
            "Meetup: persona design for small models",
        ),
        (
            "Rencontre : les personnages des assistants\nLieu : Médiathèque du port, salle 2\n"
            "Tarif : gratuit, sur inscription\nNous parlerons des personnages que l'on donne "
            "aux assistants et de ce que cela change pour les usagers.\n",
            "Rencontre : les personnages des assistants",
        ),
    ):
        assert _title(page) == title, title


def test_a_headline_with_its_own_lead_stays_over_a_line_the_body_speaks_of_more_in_any_script():
    pages = (
        (  # Russian: the headline has its byline under it; a subheading lower down is the body's
            "Почему чайник поёт по ночам\nАвтор: Ольга Смирнова\nЧайник и пар: простое "
            "объяснение\nЧайник поёт потому, что пар в чайнике лопается пузырями, и это простое "
            "объяснение знает каждый, кто ждал чайник ночью.\n",
            "Почему чайник поёт по ночам",
        ),
        (  # Arabic: the same, its date under it
            "لماذا يغني الإبريق في الليل\n12 مارس 2026\nالإبريق والبخار: شرح بسيط\n"
            "يغني الإبريق لأن البخار في الإبريق يصنع فقاعات، وهذا شرح بسيط يعرفه كل من انتظر "
            "الإبريق في الليل.\n",
            "لماذا يغني الإبريق في الليل",
        ),
        (  # Chinese: the headline over its byline, a subheading lower down
            "为什么水壶在夜里唱歌\n作者：王小明\n水壶与蒸汽的简单解释\n"
            "水壶唱歌是因为水壶里的蒸汽形成气泡，这个简单解释每个在夜里等水壶的人都知道。\n",
            "为什么水壶在夜里唱歌",
        ),
    )
    for page, title in pages:
        assert _title(page) == title, title
