"""Title rules for the shapes that made cleaning not idempotent and for the dev pages
``c1t_*`` (issue 18, "true titles"): a subject's short name over its infobox (the first field
won over it once the clean text was cleaned again), a short title under removed chrome (no
title line the first time, one the second). Each family is built in several languages and
labels, with a look-alike that keeps the old answer."""

from __future__ import annotations

import re

import pytest

import bench_fidelity
from persona_archive.cleaning.pipeline import clean_text

_ANCHOR = re.compile(r"\n\{: #p-\d+ \}")


def _cleaned(text: str) -> tuple[str, bool]:
    """The title a raw text gets and whether it came from a line of the text."""
    got = bench_fidelity.clean_uncached("page.txt", text.encode("utf-8"))
    return got.title, got.title_line


def _fixed_point(text: str) -> bool:
    """Whether cleaning the clean text gives the same page (title, its source and body)."""
    clean = bench_fidelity.plain_text(bench_fidelity.clean_uncached("p.txt", text.encode()))
    again = bench_fidelity.plain_text(bench_fidelity.clean_uncached("c.txt", clean.encode()))
    return again == clean and _ANCHOR.sub("", clean_text(clean)) == _ANCHOR.sub(
        "", clean_text(text)
    )


# ------------------------------------------------- a subject's short name over its infobox

INFOBOXES = {
    "cs": (
        "Povaha asistenta",
        "Typ: pojem z oblasti jazykových modelů\n\nSouvisí s: osobnost, tón, hodnoty",
        "Povaha asistenta je souhrn stálých rysů, kterými se model projevuje v rozhovoru.",
    ),
    "en": (
        "Assistant temperament",
        "Type: a term from language model design\n\nRelated to: tone, values, honesty",
        "Assistant temperament is the set of stable traits a model shows in conversation.",
    ),
    "de": (
        "Assistentencharakter",
        "Art: Begriff aus der Sprachmodellforschung\n\nVerwandt mit: Ton, Werte",
        "Der Assistentencharakter ist die Summe der Züge, die ein Modell im Gespräch zeigt.",
    ),
    "fr": (
        "Tempérament conversationnel",
        "Type : notion des modèles de langage\n\nDomaine : ton, valeurs",
        "Le tempérament conversationnel désigne les traits stables qu'un modèle montre.",
    ),
    "ru": (
        "Характер ассистента",
        "Тип: понятие из области языковых моделей\n\nСвязано с: тон, ценности",
        "Характер ассистента — это совокупность черт, которые модель проявляет в разговоре.",
    ),
    "pl": (
        "Charakter asystenta",
        "Rodzaj: pojęcie z dziedziny modeli\n\nPowiązane: ton, wartości\n\nPierwsze użycie: 2023",
        "Charakter asystenta to zbiór stałych cech, które model okazuje w rozmowie.",
    ),
}


@pytest.mark.parametrize("language", sorted(INFOBOXES))
def test_a_short_subject_over_its_infobox_is_the_title_and_stays_it(language):
    title, fields, prose = INFOBOXES[language]
    text = f"{title}\n\n{fields}\n\n{prose}\n"
    assert _cleaned(text) == (title, True)
    assert _fixed_point(text)


def test_a_sites_name_over_an_events_fields_leaves_the_event_its_title():
    # the prose does not speak of the line over the fields: the first field stays the title
    text = (
        "Kettle Club\n\nMeetup: persona design evening\n\nPlace: the library\n\nPrice: free\n\n"
        "We meet to talk about how assistants should sound when they say no.\n"
    )
    assert _cleaned(text) == ("Meetup: persona design evening", True)
    assert _fixed_point(text)


# ------------------------------------------------------ a short title under removed chrome

UNDER_CHROME = {
    "de": (
        "Skip to content",
        "Persona-Dateien schreiben",
        "Eine Persona-Datei beschreibt den Ton. Sie ist kurz.",
    ),
    "en": (
        "Skip to content",
        "Writing personas",
        "A persona file describes the assistant's tone. It is short and plain.",
    ),
    "de-skip": (
        "Zum Hauptinhalt springen",
        "Tonfall einstellen",
        "Der Tonfall wird in der Persona-Datei festgelegt. Er gilt für jedes Gespräch.",
    ),
    "en-menu": (
        "Skip to content\nHome\nDocs\nBlog",
        "Writing personas",
        "A persona file describes the assistant's tone. It is short and plain.",
    ),
}


@pytest.mark.parametrize("case", sorted(UNDER_CHROME))
def test_a_short_title_under_removed_chrome_is_a_title_line_the_first_time(case):
    chrome, title, prose = UNDER_CHROME[case]
    text = f"{chrome}\n{title}\n{prose}\n"
    assert _cleaned(text) == (title, True)
    assert _fixed_point(text)


def test_a_posters_name_under_removed_chrome_stays_in_the_body():
    # a person's name heading a post is no title unless the prose speaks of it
    text = (
        "Skip to content\nWren Abara\n"
        "I asked the assistant to be blunter about my bread, and it finally said the crumb was "
        "gummy.\n"
    )
    assert not _cleaned(text)[1]
    assert _fixed_point(text)


def test_a_title_in_capitals_with_a_colon_is_no_field_of_an_infobox():
    # an event's kind over its headline in capitals, the event's fields under it
    text = (
        "Előadás\nUDVARIAS GÉPEK: MIT TANULNAK A MODELLEK?\nElőadó: Szabó Márton\n"
        "Helyszín: B épület, 214-es terem\n"
        "Az előadás a gépek udvariasságáról szól, és arról, mit tanulnak a modellek.\n"
    )
    assert _cleaned(text)[0] == "UDVARIAS GÉPEK: MIT TANULNAK A MODELLEK?"
