"""Bylines in any language (``structure.bylines``): read right under the title, moved to the
authors and out of the text; prose that opens with the same words stays."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.bylines import byline_names

BODY = (
    "The first paragraph of the article says what happened and why it matters to readers. "
    "It is long enough to be prose and ends like a sentence."
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Av Annika Berg", ["Annika Berg"]),
        ("Par Claire Dubois et Marc Lefèvre", ["Claire Dubois", "Marc Lefèvre"]),
        ("de Andrei Popescu", ["Andrei Popescu"]),
        ("Autor: Joanna Lis", ["Joanna Lis"]),
        ("Von Anna Schmidt · 3. März 2026", ["Anna Schmidt"]),
        ("Автор: Ольга Смирнова", ["Ольга Смирнова"]),
        ("Του Γιάννη Παπαδόπουλου", ["Γιάννη Παπαδόπουλου"]),
        ("di Luca De Santis", ["Luca De Santis"]),
        ("מאת רונית אלון", ["רונית אלון"]),
        ("بقلم سارة الخطيب", ["سارة الخطيب"]),
        ("文／王小明", ["王小明"]),
        ("作者：佐藤 花子", ["佐藤 花子"]),
        ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
    ],
)
def test_a_byline_names_its_authors(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Par exemple, les assistants changent de ton.",  # prose opening with the lead word
        "Von Kopf bis Fuß",  # a deck: "bis" is no name
        "De acordo com a pesquisa",
        "by the way",
        "Av och till",
        "Autor: unbekannt",  # one lower-case word is no name
        "di cui parliamo oggi",
        "от автора до читателя",
        "作者说这个问题很难回答，因为每个人的答案都不一样。",  # a sentence, not a name
        "Author: Jane Doe said the results were clear.",
    ],
)
def test_prose_opening_like_a_byline_is_no_byline(line):
    assert byline_names(line) is None


def test_a_byline_under_the_title_goes_to_the_authors():
    s = build(split_lines(f"Tysta maskiner\nAv Annika Berg\n{BODY}"))
    assert s.title == "Tysta maskiner" and s.authors == ["Annika Berg"]
    assert [b.text for b in s.blocks] == [BODY]
    assert [c.rule for c in s.changes if c.rule == "byline"] == ["byline"]


def test_a_byline_under_a_deck_and_date_is_found_two_lines_down():
    text = (
        "Uczniowie sprawdzali, czy czatbot ma stały charakter\n"
        "Licealiści z Gdyni przez miesiąc zadawali trzem asystentom te same pytania.\n"
        f"Autor: Joanna Lis\n{BODY}"
    )
    s = build(split_lines(text))
    assert s.authors == ["Joanna Lis"]
    assert "Autor: Joanna Lis" not in [b.text for b in s.blocks]


def test_a_byline_far_from_the_title_stays_text():
    """A line naming people further down is the author's text (a credit, a quotation)."""
    text = f"Tysta maskiner\n{BODY}\n{BODY}\nAv Annika Berg\n"
    s = build(split_lines(text))
    assert s.authors == [] and "Av Annika Berg" in [b.text for b in s.blocks]


def test_the_catalogs_authors_win_and_the_byline_still_leaves_the_text():
    s = build(split_lines(f"Tysta maskiner\nAv Annika Berg\n{BODY}"), Hints(authors=("A. Berg",)))
    assert s.authors == ["A. Berg"] and [b.text for b in s.blocks] == [BODY]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Publicado por Marisol", ["Marisol"]),
        ("Posted by Wren", ["Wren"]),
        ("Publié par Léa", ["Léa"]),
        ("Skrevet av Ingrid", ["Ingrid"]),
        ("Scritto da Giulia", ["Giulia"]),
        ("Publicado por Marisol · 5 marzo, 2026", ["Marisol"]),
    ],
)
def test_a_lead_of_two_words_may_name_a_blogs_author_by_one_name(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    ["de Marisol", "Von Anna", "Par exemple", "Posted by marisol", "Publicado por el equipo"],
)
def test_one_word_after_a_short_lead_or_in_lower_case_is_no_byline(line):
    assert byline_names(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on March 4, 2026 by gardenbench", ["gardenbench"]),
        ("Posted on 2026-03-04 by Ana Ruiz", ["Ana Ruiz"]),
        ("Veröffentlicht am 4. März 2026 von Anna Berg", ["Anna Berg"]),
        ("Publicado el 4 de marzo de 2026 por Marisol Vega", ["Marisol Vega"]),
        ("Pubblicato il 4 marzo 2026 da giulia_orto", ["giulia_orto"]),
        ("Geplaatst op 4 maart 2026 door Ida de Vries", ["Ida de Vries"]),
        ("Opublikowano 4 marca 2026 przez Anna Nowak", ["Anna Nowak"]),
        ("Опубликовано 04.03.2026 от Ольга Смирнова", ["Ольга Смирнова"]),
    ],
)
def test_a_blog_themes_dated_byline_names_its_author(line, names):
    """The line a blog theme prints under the post's title: a lead, the date with a year or
    a day and month in figures, then the author, whose login may be written in lower case."""
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Posted on the fridge by my daughter: a note.",  # no date
        "Posted on Monday by the lake.",  # a weekday is no dated byline's date
        "Posted on 2 forums by ida",  # a count, not a date
        "Published on 4 March 2026 by the city council, the plan was short.",  # prose after
        "Veröffentlicht am 4. März 2026 von der Stadt",  # "der Stadt" is no name
    ],
)
def test_a_line_that_opens_like_a_dated_byline_but_is_text_is_none(line):
    assert byline_names(line) is None


def test_a_dated_byline_under_the_title_leaves_the_text_for_the_authors():
    s = build(
        split_lines(f"Why my assistant never says maybe\nPosted on March 4, 2026 by ana\n{BODY}")
    )
    assert s.authors == ["ana"] and [b.text for b in s.blocks] == [BODY]


def test_a_dated_byline_removed_as_a_date_line_still_names_the_authors():
    """The boilerplate stage may take "Publié le … par …" as a date line; the names it gives
    are read where it stood, between the title and the text."""
    lines = split_lines(f"Pourquoi mon assistant hésite\n\n{BODY}")
    hints = Hints(removed=((2, "Publié le 4 mars 2026 par Anne Roux"),))
    s = build(lines, hints)
    assert s.title == "Pourquoi mon assistant hésite" and s.authors == ["Anne Roux"]
    assert [b.text for b in s.blocks] == [BODY]


@pytest.mark.parametrize(
    "removed",
    [
        ((5, "Publié le 4 mars 2026 par Anne Roux"),),  # under the text's first line: not a byline
        ((2, "Publié le 4 mars 2026"),),  # a date line alone names no one
    ],
)
def test_a_removed_line_names_authors_only_as_a_byline_where_bylines_stand(removed):
    lines = split_lines(f"Pourquoi mon assistant hésite\n\n{BODY}\n\n{BODY}")
    assert build(lines, Hints(removed=removed)).authors == []
