"""Furniture of sites in languages the list knew little of: a MediaWiki wiki in Serbian
(Cyrillic and Latin: the tagline, its tools, the last-edited line, its tabs beside the other
furniture), a Hungarian app-review page (the helpfulness question, the developer's reply label,
the rating with its score), a Czech shop-blog's cart and comment buttons and a Georgian
university's menu. Each goes on evidence; the same words in a sentence stay. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import match_interface


@pytest.mark.parametrize(
    "line",
    [
        "Из Википедије, слободне енциклопедије",
        "Iz Vikipedije, slobodne enciklopedije",
        "Ова страница је последњи пут уређена 3. децембра 2026. у 21:14.",
        "Мобилни приказ",
        "Hasznosnak találtad?",
        "Értékelés: 4,5",
        "Válasz a fejlesztőtől",
        "Přidat do košíku",
    ],
)
def test_a_sites_furniture_goes_alone(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"
    assert kept("Прва реченица текста.", line, "Друга реченица.") == [
        "Прва реченица текста.",
        "Друга реченица.",
    ]


def test_a_wikis_tabs_go_beside_its_tools():
    page = ["Чланак", "Разговор", "Прочитај", "Уреди извор", "Прикажи историју", "Текст."]
    assert kept(*page) == ["Текст."]


def test_a_tab_word_among_the_text_stays():
    page = ["Прва реченица текста.", "Историја", "Град је основан давно."]
    assert kept(*page) == page


@pytest.mark.parametrize(
    "line",
    [
        "Из Београда, слободне мисли, пишем вам ово писмо о пчелама.",
        "Válasz a fejlesztőtől még nem jött, de türelmes vagyok.",
        "Értékelés: szerintem jobb lett az új verzió.",
        "Pontszám: 6/10",
        "Értékelés: 4/5",
    ],
)
def test_the_same_words_in_a_sentence_and_a_reviewers_own_score_stay(line):
    assert match_interface(line) is None
