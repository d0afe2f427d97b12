"""A review site's page of a place or a product names it over its rating ("★ 4.6 (318
reviews)"): the name is the title however short, before the reviews (whose first may look like a
headline in a script without full stops). A line of prose, a label or chrome over a rating is
none, and a score in a headline is no rating line."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles.unusual import _RATING


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


@pytest.mark.parametrize(
    ("name", "rating", "review"),
    [
        (
            "บ้านขนมปังป้าหนู ซอยเจ็ด",
            "★ 4.6 (318 รีวิว)",
            "ร้านนี้ใช้แชตบอตรับออร์เดอร์ น่ารักมาก ถามว่าแพ้อะไรไหมก่อนแนะนำขนม ขนมปังนุ่มมาก",
        ),
        (
            "Auntie Nu's Bakery",
            "4.6 ★★★★★ 318 reviews",
            "The shop takes orders through a chatbot that asks about allergies before it "
            "suggests anything, and the bread is soft.",
        ),
        (
            "Boulangerie du Canal",
            "4,5/5 · 120 avis",
            "La boutique prend les commandes par un assistant qui demande les allergies avant "
            "de conseiller quoi que ce soit.",
        ),
    ],
)
def test_a_place_named_over_its_rating_is_the_title(name, rating, review):
    page = f"Tasty Reviews\nSearch restaurants\n{name}\n{rating}\nOpen 07:00 - 18:00\n{review}\n"
    assert _title(page) == name


def test_a_score_in_a_headline_is_no_rating_line():
    for text in ("4 out of 5 dentists ask their chatbot first", "10 kettles we loved"):
        assert not _RATING.match(text), text
    page = (
        "Kettle Weekly\nWhy the kettle sings at night\n4 out of 5 dentists ask their chatbot "
        "first\nMy kettle sings at night because the water cools in its base, and I finally "
        "know why.\n"
    )
    assert _title(page) == "Why the kettle sings at night"
