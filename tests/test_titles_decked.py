"""A news page's site name over its tagline and menu, then the headline with its deck and the
byline under the deck: the headline is the title. The body's evidence weighs the headline
against the site's name only where the body speaks of two of the name's words at least (one
word in common, "Diario" and "diarias", says little); a kicker over the decked headline is no
title."""

from __future__ import annotations

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


ES = (
    "Zaragoza 9 °C | Jueves, 3 de diciembre de 2026\nDiario del Moncayo\n"
    "El periódico de la comarca desde 1923\nPortada\nComarca\nDeportes\nOpinión\nServicios\n"
    "Comarca > Borja\nAYUNTAMIENTOS\n"
    "El asistente virtual de Borja aprende a decir que no lo sabe\n"
    "El consistorio ajusta el carácter de su asistente municipal después de que diera fechas "
    "equivocadas para la recogida de poda\n"
    "Marta Lisón\nBorja | 03·12·26 | 07:45\n"
    "El Ayuntamiento de Borja ha modificado el comportamiento de su asistente virtual, que "
    "atiende cada día las consultas diarias de los vecinos sobre la recogida y el padrón.\n"
    "Los técnicos prefieren un asistente que diga que no lo sabe a uno que se equivoque.\n"
)


def test_a_decked_headline_under_a_newspapers_masthead_is_the_title():
    assert _title(ES) == "El asistente virtual de Borja aprende a decir que no lo sabe"


EN = (
    "The Valley Courier\nNews from the valley since 1923\nHome\nValley\nSport\nOpinion\n"
    "Services\nTown halls\n"
    "The town's assistant learns to say it does not know\n"
    "The council changed the manner of its chatbot after it gave residents wrong dates for "
    "the garden waste collection\n"
    "By Ada Brook\nMarch 3, 2026\n"
    "The council has changed how its assistant answers residents: it now says when it does "
    "not know a collection date and gives the number to call.\n"
    "Officials said an assistant that admits it does not know is better than a friendly one "
    "that is wrong.\n"
)


def test_a_decked_headline_under_a_site_name_and_menu_is_the_title():
    assert _title(EN) == "The town's assistant learns to say it does not know"
