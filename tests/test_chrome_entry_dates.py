"""A diary's or a log's entry dates are its text (boilerplate ``_entry_dates``): a calendar date
between two lines of prose stays when the page has two or more, or the one stands below the
page's top; the article's date under its headline and deck, a date next to chrome and a
relative time go as before. Pages built here, in several languages and scripts."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.boilerplate import strip_boilerplate
from persona_archive.cleaning.model import split_lines

# (two entry dates, an entry's prose, a menu row the interface list knows)
DIARIES = {
    "en": (
        ["12 March 2025", "13 March 2025"],
        "The assistant was patient all morning and only grew curt by the evening.",
        "Home | About | Contact",
    ),
    "de": (
        ["3. März 2025", "4. März 2025"],
        "Der Assistent blieb den ganzen Morgen geduldig und wurde erst abends knapp.",
        "Startseite | Über uns | Kontakt",
    ),
    "fr": (
        ["12 mars 2025", "13 mars 2025"],
        "L'assistant est resté patient toute la matinée et ne s'est raidi que le soir.",
        "Accueil | À propos | Contact",
    ),
    "es": (
        ["12 de marzo de 2025", "13 de marzo de 2025"],
        "El asistente fue paciente toda la mañana y solo se volvió seco por la noche.",
        "Inicio | Acerca de | Contacto",
    ),
    "ru": (
        ["12 марта 2025", "13 марта 2025"],
        "Ассистент всё утро был терпелив и стал резок только к вечеру, как обычно.",
        "Главная | О нас | Контакты",
    ),
}


def _changes(raw: str) -> dict[str, str]:
    return {c.before: c.rule for c in strip_boilerplate(split_lines(raw)).changes}


@pytest.mark.parametrize("lang", sorted(DIARIES))
def test_a_diarys_entry_dates_stay(lang):
    dates, prose, _menu = DIARIES[lang]
    raw = "\n".join([prose, dates[0], prose, prose, dates[1], prose]) + "\n"
    gone = _changes(raw)
    assert not set(dates) & set(gone), (lang, gone)


@pytest.mark.parametrize("lang", sorted(DIARIES))
def test_one_date_among_prose_below_the_top_stays(lang):
    dates, prose, _menu = DIARIES[lang]
    raw = "\n".join([prose] * 11 + [dates[0]] + [prose] * 2) + "\n"
    assert dates[0] not in _changes(raw), lang


@pytest.mark.parametrize("lang", sorted(DIARIES))
def test_an_articles_date_under_its_deck_and_a_date_under_a_menu_go(lang):
    dates, prose, menu = DIARIES[lang]
    article = "\n".join(["A short headline", prose, dates[0], prose, prose]) + "\n"
    assert _changes(article).get(dates[0]) == "interface:timestamp", lang
    under_menu = "\n".join([menu, dates[0], prose, dates[1], prose]) + "\n"
    assert _changes(under_menu).get(dates[0]) == "interface:timestamp", lang
