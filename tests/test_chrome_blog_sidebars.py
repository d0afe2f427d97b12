"""A blog's furniture after its post (WordPress and its themes, in the languages they ship
in): the links to the posts before and after this one with their titles, the sidebar's recent
posts under their heading, its categories, the comment form's website field and the theme's
credit. Each goes on evidence; a heading of the text over its own lines stays. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import match_interface

TEXT = "Στην αρχή εκνευρίστηκα, αλλά τελικά μέτρησα τη θερμοκρασία του φούρνου."


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Προηγούμενο άρθρο", "Επόμενο άρθρο"),
        ("Vorheriger Beitrag", "Nächster Beitrag"),
        ("Предыдущая запись", "Следующая запись"),
        ("前の記事", "次の記事"),
    ],
)
def test_the_links_to_the_posts_around_this_one_go_with_their_titles(before, after):
    comment = "Πολύ ωραίο κείμενο, ευχαριστώ που το μοιράστηκες."
    page = [TEXT, before, "Το πρώτο μου προζύμι", after, "Μελομακάρονα χωρίς άγχος", comment]
    assert kept(*page) == [TEXT, comment]


def test_a_sidebars_recent_posts_and_categories_go():
    page = [
        TEXT,
        "Δημοσίευση σχολίου",
        "Πρόσφατα άρθρα",
        "Μελομακάρονα χωρίς άγχος",
        "Το πρώτο μου προζύμι",
        "Αρχεία",
        "Δεκέμβριος 2026",
        "Νοέμβριος 2026",
        "Κατηγορίες",
        "Κουζίνα",
        "Τεχνολογία",
        "Υπερήφανα με τη δύναμη του WordPress",
    ]
    assert kept(*page) == [TEXT]


def test_a_comment_forms_website_field_goes_beside_its_fields():
    page = [TEXT, "Αφήστε μια απάντηση", "Σχόλιο *", "Όνομα *", "Ιστότοπος", "Δημοσίευση σχολίου"]
    assert kept(*page) == [TEXT]


def test_a_heading_of_the_text_over_its_own_lines_stays():
    page = ["Κατηγορίες", "Κουζίνα", "Η κουζίνα μου είναι μικρή αλλά φωτεινή.", TEXT]
    assert kept(*page) == page
    page = ["Website", "We rebuilt it in a weekend.", TEXT]
    assert kept(*page) == page


def test_the_credit_and_share_label_go_alone():
    for line in ("Υπερήφανα με τη δύναμη του WordPress", "Κοινοποίηση:"):
        found = match_interface(line)
        assert found is not None and found.context == "line"
