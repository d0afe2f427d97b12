"""A short line of the text ending in a colon introduces what follows (a list, a quote): it is
content in every language, alone and next to chrome (a post's tags, a press release's contact
label). The press contact labels themselves still go. Every line here is written for these
tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import general_rule

INTRODUCING = [
    "Key points:",
    "Our three questions:",
    "What you need:",
    "Die wichtigsten Punkte:",
    "Unsere drei Fragen:",
    "Les points clés :",
    "Nos trois questions :",
    "Puntos clave:",
    "Pontos principais:",
    "I punti chiave:",
    "De belangrijkste punten:",
    "Najważniejsze punkty:",
    "Основные моменты:",
    "Наші три питання:",
    "Τα βασικά σημεία:",
    "Üç sorumuz:",
    "النقاط الرئيسية:",
    "הנקודות העיקריות:",
    "我们的三个问题：",
    "主なポイント：",
    "핵심 요약:",
    "Những điểm chính:",
    "Tiga pertanyaan kami:",
    "Våra tre frågor:",
    "Hlavní body:",
]


@pytest.mark.parametrize("line", INTRODUCING)
def test_a_line_introducing_a_list_is_no_interface_string(line):
    assert general_rule(line) is None


@pytest.mark.parametrize("line", INTRODUCING)
def test_a_line_introducing_a_list_stays_after_a_posts_tags(line):
    """A tag list under its label, then the text's own list: the tags end at the colon line."""
    out = kept("Tags:", "bread", line, "Flour and water", "Salt")
    assert line in out
    assert out[-2:] == ["Flour and water", "Salt"]


@pytest.mark.parametrize("line", INTRODUCING)
def test_a_line_introducing_a_list_stays_in_a_press_release(line):
    opening = "The lab opened its doors today."
    out = kept(opening, line, "Free entry", "Media contact:", "Jo Pereira")
    assert out == [opening, line, "Free entry", "Jo Pereira"]


@pytest.mark.parametrize("line", INTRODUCING)
def test_a_line_introducing_a_list_stays_between_a_posts_furniture(line):
    out = kept("3 hours ago", line, "- Flour", "- Water", "5 likes")
    assert out == [line, "- Flour", "- Water"]


def test_a_posts_tags_under_their_label_still_go():
    assert kept("The bread rose well.", "Tags:", "bread", "baking", "12 Comments") == [
        "The bread rose well."
    ]


PRESS_CONTACT_LABELS = [
    "Press contact:",
    "Media relations:",
    "Press office",
    "Kontakt für Medien:",
    "Pressestelle:",
    "Relations presse :",
    "Oficina de prensa:",
    "Contato com a imprensa:",
    "Contatti per la stampa:",
    "Persvragen:",
    "Biuro prasowe:",
    "Контакты для прессы:",
    "Для ЗМІ:",
    "Tiskové oddělení:",
    "Γραφείο Τύπου:",
    "Kontak pers:",
    "ติดต่อสื่อมวลชน",
    "媒体垂询：",
    "本件に関するお問い合わせ先",
    "보도자료 문의:",
]


@pytest.mark.parametrize("line", PRESS_CONTACT_LABELS)
def test_a_press_contact_label_goes(line):
    found = general_rule(line)
    assert found is not None and found[0] == "interface:contact"


@pytest.mark.parametrize(
    "line",
    [
        "Press office staff said the lab opens on Monday.",
        "Die Pressestelle bestätigte den Termin.",
        "Contact presse: appeler avant midi.",
        "Media relations matter to small labs",
    ],
)
def test_a_sentence_about_the_press_office_stays(line):
    assert general_rule(line) is None
