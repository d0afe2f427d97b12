"""Title rules for pages of kinds and languages the first rules did not know (issue 18, point 4):
a site's tagline over the headline, a chat room's name over its address, a board's view counter
and thread type, a preprint's identifier stamp. Each rule has its negative: a real headline of
the same shape stays the title."""

from __future__ import annotations

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import (
    chrome_reason,
    headline,
    title_line,
    title_proper,
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
