"""Chrome on article-like pages of kinds the corpus lacked (issue 18): an event listing's
practical fields printed as headings over their values, its calls, counters and list of other
events; an open archive's record, label over value; a review site's score rows, verdict and
store buttons; a Read the Docs theme's flyout; an online course's player, progress buttons and
outline over the lesson's heading; a Quora-like answer's counters and credential line; a wiki
talk page's header box. Each goes on evidence; the same words in a sentence, a heading over
prose, a lone pair of fields stay. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of
from persona_archive.cleaning.boilerplate.articles import stacked_label


@pytest.mark.parametrize(
    "line",
    [
        # an event listing
        "Get tickets",
        "Report this event",
        "Public group",
        "No photos yet",
        "Hosted by Ana Ruiz and 3 others",
        "Veranstaltet von Dr. A. Berg und 2 weitere",
        "Attendees (12)",
        "Refunds up to 7 days before the event",
        "참가자 18명",
        # a review site
        "Scarica da Google Play",
        "Download on App Store",
        "Este artículo contiene enlaces de afiliados: si compras, recibimos una comisión.",
        "Cet article contient des liens affiliés vers des boutiques en ligne.",
        "Rating: 4/5",
        "Note : 7 sur 10",
        "التقييم العام: 9 من 10",
        # a Read the Docs theme
        "View page source",
        "Afficher la source de la page",
        "Revision 9f8e7d6c.",
        "v: stable",
        # an online course
        "Mark as complete",
        "Marcar como concluído",
        "Velocidade 1.5x",
        # a documentation page, an open archive
        "Dernière modification le : 3 mars 2026",
        "Mis à jour le 3 mars 2026 par J. Martin",
        # a Quora-like answer
        "Sign up to see more answers",
        "Sort: Recommended",
        "Follow · 31",
        "Software engineer · Updated 3 years ago",
        # a wiki talk page
        "This is the talk page for discussing improvements to the Beekeeping article.",
    ],
)
def test_an_article_pages_furniture_goes_alone(line):
    assert rule_of(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "I wanted to get tickets for the bike race, but they sold out in an hour.",
        "Rating: the assistant was kind, but it never admitted a mistake.",
        "The engineer, who had worked there for 3 years, taught the bot to say no.",
        "This is the talk page I mentioned: nobody there agrees about the bees.",
        "We could mark as complete only the lessons we had really understood.",
        # a recipe's schedule and a glossary's entry, shaped like a credential and a version
        "Levain · 12 hours",
        "v: velocity",
    ],
)
def test_the_same_words_in_a_sentence_stay(line):
    assert rule_of(line) is None


def test_the_score_rows_go_beside_the_verdict():
    page = [
        "The assistant kept its calm tone for two weeks of testing.",
        "Final verdict",
        "Ease of use 9",
        "Performance 7.5",
        "Download on App Store",
    ]
    assert kept(*page) == ["The assistant kept its calm tone for two weeks of testing."]


def test_a_performance_line_in_a_list_of_the_text_stays():
    page = ["We timed each step of the bake.", "Performance 7", "It was better than we hoped."]
    assert kept(*page) == page


# --------------------------------------------------------------------------- stacked fields


def test_an_events_fields_over_their_values_go():
    page = [
        "Stammtisch über höfliche Chatbots",
        "Datum und Uhrzeit",
        "Donnerstag, 14. Januar 2027 · 19:00",
        "Veranstaltungsort",
        "Café Lindenhof, Karl-Heine-Straße 8",
        "Wir reden über Chatbots, die sich zu oft entschuldigen.",
    ]
    assert kept(*page) == [
        "Stammtisch über höfliche Chatbots",
        "Wir reden über Chatbots, die sich zu oft entschuldigen.",
    ]


def test_a_place_heading_over_a_paragraph_stays():
    page = [
        "Date and time",
        "Saturday at ten",
        "Location",
        "The old mill by the river. Bring boots, the path is muddy.",
    ]
    assert kept(*page) == page


def test_a_records_fields_over_their_values_go():
    page = [
        "Estudiamos si el carácter de un asistente cambia de un idioma a otro.",
        "Tipo de documento",
        "Preprint",
        "Licencia",
        "CC BY 4.0",
        "Fecha de depósito",
        "3 de marzo de 2026",
    ]
    assert kept(*page) == [page[0]]


def test_two_record_pairs_stay():
    page = [
        "The notes of the bee club.",
        "Type de document",
        "Carnet de notes",
        "Licence",
        "libre de copier",
        "We meet on Sunday mornings by the hives.",
    ]
    assert kept(*page) == page


def test_stacked_labels():
    assert stacked_label("Veranstaltungsort") == "place"
    assert stacked_label("Date and time") == "when"
    assert stacked_label("Palabras clave") == "record"
    assert stacked_label("Bees") is None


def test_an_events_capacity_beside_its_place_goes():
    page = [
        "Venue: Town library, room 2",
        "Capacity: 30 people",
        "We will talk about assistants that admit what they do not know.",
    ]
    assert kept(*page) == [page[2]]


def test_a_capacity_line_without_a_place_stays():
    page = ["Capacity: 30 people", "The room was full long before the talk began."]
    assert kept(*page) == page


# --------------------------------------------------------------------------- course outlines


def test_a_courses_outline_over_the_lessons_heading_goes():
    page = [
        "Cursos Mi cuenta",
        "Semana 1: lo básico",
        "Lección 2: el tono",
        "Lección 3: decir que no",
        "Lección 3: decir que no",
        "Un buen asistente sabe negarse sin sermonear.",
        "Lo veremos con ejemplos de cocina.",
        "Mark as complete",
    ]
    out = kept(*page)
    assert out[0] == "Lección 3: decir que no"
    assert "Semana 1: lo básico" not in out
    assert "Lo veremos con ejemplos de cocina." in out


def test_short_lines_over_a_heading_without_a_course_tool_stay():
    page = [
        "Ana",
        "hola",
        "Lección 3",
        "Lección 3",
        "Un buen asistente sabe negarse sin sermonear.",
    ]
    assert "hola" in kept(*page)


# --------------------------------------------------------------------------- related lists


def test_the_headlines_under_related_reviews_go():
    page = [
        "The verdict: a calm assistant worth its price.",
        "Related reviews",
        "A budget kitchen scale that weighs to the gram",
        "Wireless headphones for long rides",
        "© 2026 Review Example",
    ]
    assert kept(*page) == ["The verdict: a calm assistant worth its price."]


# --------------------------------------------------------------------------- docs sidebars


def test_a_sidebar_with_the_sites_name_twice_and_a_trail_goes():
    page = [
        "Kit",
        "Instalación",
        "Cómo escribir una persona breve",
        "Preguntas",
        "Kit",
        "» Cómo escribir una persona breve",
        "Cómo escribir una persona breve",
        "Una persona breve cabe en una página y se prueba en diez minutos.",
        "Editar esta página",
    ]
    assert kept(*page) == page[6:8]


def test_short_lines_over_a_heading_with_a_sentence_among_them_stay():
    page = [
        "Kit",
        "Instalación",
        "Preguntas",
        "Hoy probé el kit nuevo y me gustó mucho.",
        "Kit",
        "Cómo escribir",
        "Cómo escribir",
        "Una persona breve cabe en una página.",
        "Editar esta página",
    ]
    assert "Hoy probé el kit nuevo y me gustó mucho." in kept(*page)
    assert "Instalación" in kept(*page)


# --------------------------------------------------------------------------- event headers


def test_an_event_platforms_menu_row_goes():
    assert rule_of("Find events · Find groups · Start a new group") is not None
    assert rule_of("Trouver des événements Trouver des groupes Créer un groupe") is not None


def test_the_events_title_under_its_visibility_badge_stays():
    page = [
        "Evento público",
        "Café de los lunes: ¿cuánto carácter necesita un asistente?",
        "Hablaremos de asistentes que piden perdón demasiado.",
    ]
    assert kept(*page) == page[1:]
