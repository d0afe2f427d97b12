"""Chrome by class: each class of site furniture is covered in the major languages and in the
forms the software prints, not only in the instance a page showed; and for each class the lines
an author writes that look like it stay (a sentence that starts with the same words, a heading
in quotes, a spec sheet's "Display:"). Every line here is written for these tests."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.boilerplate import general_rule, strip_boilerplate
from persona_archive.cleaning.model import split_lines


def page(*texts: str):
    return split_lines("".join(t + "\n" for t in texts))


def kept(*texts: str) -> list[str]:
    return [line.text for line in strip_boilerplate(page(*texts)).lines]


def rule_of(text: str) -> str | None:
    found = general_rule(text)
    return found[0] if found else None


# --------------------------------------------------------------------------- forum navigation

FORUM_NAVIGATION = [
    ("Return to “Bread and baking”", "interface:navigation"),
    ("Zurück zu „Fahrräder“", "interface:navigation"),
    ("Retourner vers « Éclairage »", "interface:navigation"),
    ("Volver a “Jardinería”", "interface:navigation"),
    ("Voltar para “Música”", "interface:navigation"),
    ("Torna a «Cucina»", "interface:navigation"),
    ("Powrót do „Ogród”", "interface:navigation"),
    ("Вернуться в «Велосипеды»", "interface:navigation"),
    ("Повернутися до «Сад і город»", "interface:navigation"),
    ("Zpět na „Kola“", "interface:navigation"),
    ("Terug naar “Fietsen”", "interface:navigation"),
    ("Tillbaka till ”Cyklar”", "interface:navigation"),
    ('חזרה אל "גינון"', "interface:navigation"),
    ("العودة إلى «الطبخ»", "interface:navigation"),
    ("「自転車」に戻る", "interface:navigation"),
    ("Back to topic list", "interface:navigation"),
    ("Вернуться к списку тем", "interface:navigation"),
    ("Konu listesine dön", "interface:navigation"),
    ("Thread Tools", "interface:navigation"),
    ("Thread Tools   Display Modes", "interface:navigation"),
    ("Ämnesverktyg   Visningsalternativ", "interface:navigation"),
    ("Outils du sujet   Affichage", "interface:navigation"),
    ("Herramientas del tema Mostrar", "interface:navigation"),
    ("スレッドツール 表示モード", "interface:navigation"),
    ("Display posts from previous:", "interface:navigation"),
    ("Display: All posts Sort by: Post time Direction: Ascending", "interface:navigation"),
    ("Afficher : Tous les messages Trier par : Date Ordre : Croissant", "interface:navigation"),
    ("Alla tider är GMT +1. Klockan är nu 13:02.", "interface:timestamp"),
    ("Tutti gli orari sono GMT +1. Ora sono le 18:40.", "interface:timestamp"),
    ("All times are UTC+01:00", "interface:timestamp"),
    ("Originally Posted by maple_rider", "interface:post-meta"),
    ("Ursprungligen postat av Snöflinga", "interface:post-meta"),
    ("Originariamente inviato da Gianni B", "interface:post-meta"),
    ("Oorspronkelijk geplaatst door fietsfan", "interface:post-meta"),
    ("Postado originalmente por ana_m", "interface:post-meta"),
]


@pytest.mark.parametrize(("line", "rule"), FORUM_NAVIGATION)
def test_forum_navigation_goes_alone(line, rule):
    assert rule_of(line) == rule


FORUM_NAVIGATION_LOOKALIKES = [
    "Return to “normal” took the whole winter.",
    "Back to basics: a loaf with four ingredients",
    "Display: 6.1-inch OLED",
    "Display",
    "Thread tools are what I wish the old board had.",
    "All times are UTC in this log.",
    "All times are approximate; the recorder drifted.",
    "Originally posted by the author in 2019, this essay was later revised.",
    "Сообщение от Ивана",
    "Quote:",
    "> Return to “Bread and baking”",
]


@pytest.mark.parametrize("line", FORUM_NAVIGATION_LOOKALIKES)
def test_lines_like_forum_navigation_stay_alone(line):
    assert rule_of(line) is None


def test_a_quote_label_goes_next_to_the_posts_furniture_and_stays_in_prose():
    post = [
        "Reg: Mar 2019",
        "Quote:",
        "Originally Posted by maple_rider",
        "The kettle takes four minutes.",
        "That matches what I measured on mine.",
    ]
    assert kept(*post)[-2:] == post[-2:]
    assert "Quote:" not in kept(*post)
    essay = ["The line I keep returning to.", "Quote:", "Slow is smooth, smooth is fast."]
    assert kept(*essay) == essay
