"""A job board's furniture around a posting: the apply, save and share buttons, the similar
jobs' label and its list, the job alert box, the views and the posting's date. The posting's
own facts (place, hours, salary) are its information and stay, and so does a sentence that
asks the reader to apply. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import match_interface

TEXT = "We are looking for someone who keeps the assistant's tone friendly and honest."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Solliciteer direct", "post-actions"),
        ("Bewaar vacature", "post-actions"),
        ("Jetzt bewerben", "post-actions"),
        ("Откликнуться на вакансию", "post-actions"),
        ("Vergelijkbare vacatures", "related"),
        ("Offres similaires", "related"),
        ("Vacaturealert aanmaken", "newsletter"),
        ("Create job alert", "newsletter"),
        ("214 keer bekeken", "counter"),
        ("Geplaatst op 2 december 2026", "timestamp"),
    ],
)
def test_a_job_boards_furniture_goes_alone(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line" and found.kind == kind
    assert kept(TEXT, line, "Send us a letter and your portfolio.") == [
        TEXT,
        "Send us a letter and your portfolio.",
    ]


def test_the_postings_facts_stay():
    page = ["Locatie", "Utrecht", "Uren", "32 - 40 uur per week", "Salaris", "€ 3.600", TEXT]
    assert kept(*page) == page


def test_a_sentence_asking_to_apply_stays():
    page = [TEXT, "Solliciteer direct via onze website, we lezen elke brief.", "Tot snel."]
    assert kept(*page) == page
