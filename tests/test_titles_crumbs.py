"""A breadcrumb's last step, standing again alone under the breadcrumb, is the page's heading,
except when it is the board or category a post stands in: then the post's headline, with its
own byline or date under it and the body speaking of it, is the title. Negatives: a docs page's
heading over its deck, a news headline over a longer deck, a page label under the heading."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles.evidence import _keys


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


BOARDS = [
    (
        "Cyclists' Corner\nCyclists' Corner > Community > Reviews\nReviews\n"
        "Three months of commuting with a voice assistant\nspoke_and_chain\n2026-11-02 08:14\n"
        "Views 1,204   Likes 31\n"
        "For three months I have asked a voice assistant to plan my commuting route, and its "
        "manners turned out to matter more than its features.\n"
        "On rainy days it warned me about the slippery bridge instead of cheering me on.\n",
        "Three months of commuting with a voice assistant",
    ),
    (
        "자전거마당\n자전거마당 > 커뮤니티 > 사용기\n사용기\n"
        "음성 비서와 함께한 출근길 석 달, 말투가 생각보다 중요했어요\n페달왕\n"
        "2026-11-02 08:14\n"
        "석 달 동안 음성 비서에게 출근길 경로를 물어봤는데, 기능보다 말투가 훨씬 중요하다는 걸 "
        "알게 됐습니다.\n비 오는 날에는 무작정 응원하지 않고 미끄러운 다리를 조심하라고 "
        "알려주더군요.\n",
        "음성 비서와 함께한 출근길 석 달, 말투가 생각보다 중요했어요",
    ),
    (
        "Radlerforum\nRadlerforum › Gemeinschaft › Erfahrungsberichte\nErfahrungsberichte\n"
        "Drei Monate Pendeln mit einem Sprachassistenten\nKettenblatt\n02.11.2026, 08:14\n"
        "Seit drei Monaten lasse ich mir von einem Sprachassistenten die Strecke zum Pendeln "
        "planen, und sein Ton ist mir wichtiger geworden als seine Funktionen.\n"
        "Bei Regen warnt der Sprachassistent vor der rutschigen Brücke, statt mich anzufeuern.\n",
        "Drei Monate Pendeln mit einem Sprachassistenten",
    ),
]


@pytest.mark.parametrize(("page", "title"), BOARDS)
def test_a_post_under_its_board_is_the_title(page, title):
    assert _title(page) == title


def test_a_docs_heading_over_its_deck_stays_the_title():
    page = (
        "Docs » Guides » Persona files\nPersona files\n"
        "How persona files describe a character to the assistant\n"
        "Last updated 2026-03-02\n"
        "A persona file describes a character for the assistant to play, and the assistant "
        "reads it before every conversation.\n"
    )
    assert _title(page) == "Persona files"


def test_a_news_headline_over_a_longer_deck_stays_the_title():
    page = (
        "News › Science › Quiet hives this winter\nQuiet hives this winter\n"
        "Why keepers across the valley heard nothing from their colonies in January\n"
        "By Ines Walcott\n"
        "Keepers across the valley say their hives were quiet this winter, and the colonies "
        "survived the cold in good numbers.\n"
    )
    assert _title(page) == "Quiet hives this winter"


def test_a_page_label_under_the_heading_leaves_the_heading():
    page = (
        "Tone checker\nDocs › Changelog\nChangelog\nOn this page\n2.3.0\n2.2.1\n"
        "All notable changes to this project are documented in this file.\n"
        "2.3.0 – 2026-02-28\nAdded\n- A tone check for long sessions\n"
    )
    assert _title(page) == "Changelog"


def test_hangul_is_compared_by_pairs_of_syllables():
    assert {"성격", "격이"} <= _keys("성격이")
    assert "성격" in _keys("성격을 문서로")
