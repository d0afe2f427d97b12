"""Furniture that forums, review and store pages print per post or per item, told by its
repetition within the page (``boilerplate.repeats``), and the content of the same shape that
stays: one-word replies posted several times, a poem's refrain, a recipe's label-value list,
a table of figures the text introduces, numbered headings. Every line here is written for
these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate.repeats import (
    label_tables,
    listing_tables,
    post_head_lines,
)
from persona_archive.cleaning.model import split_lines

POST = "Il bot mi ha chiesto quanta luce ricevono le piantine prima di rispondere."
OTHER = "Anche da noi il tono è cambiato dopo l'aggiornamento della settimana scorsa."


def _page(*texts: str):
    return split_lines("".join(t + "\n" for t in texts))


# ------------------------------------------------------------------ a listing at the page's end
LISTING = [
    "Argomenti suggeriti",
    "Argomento",
    "Risposte",
    "Visualizzazioni",
    "Attività",
    "Quanto deve essere educato un bot di assistenza?",
    "Progettazione",
    "12",
    "340",
    "dic 2025",
    "Il pane e l'assistente che sbaglia le dosi",
    "Cucina",
    "7",
    "215",
    "nov 2025",
    "Promemoria per le api",
    "Apicoltura",
    "4",
    "98",
    "ott 2025",
]


def test_a_listing_of_other_threads_goes_with_its_header() -> None:
    lines = _page("ann", POST, "bo", OTHER, *LISTING, "Powered by a forum")
    removed = {len(lines) - 1: ("interface:navigation", "")}
    listing_tables(lines, removed, {})
    assert sorted(set(range(len(lines))) - set(removed)) == [0, 1, 2, 3]
    assert all(removed[i][0] == "interface:related" for i in range(4, len(lines) - 1))


def test_a_table_the_text_introduces_stays() -> None:
    """The same rows under "Le mie arnie quest'anno:" are the post's table."""
    intro = "Le mie arnie quest'anno:"
    rows = ["Arnia A", "12", "340", "mag 2025", "Arnia B", "7", "215", "giu 2025"]
    rows += ["Arnia C", "4", "98", "lug 2025"]
    lines = _page(POST, intro, *rows, "Powered by a forum")
    removed = {len(lines) - 1: ("interface:navigation", "")}
    listing_tables(lines, removed, {})
    assert sorted(removed) == [len(lines) - 1]


def test_a_table_over_more_prose_stays() -> None:
    """A table of figures inside the text, with prose under it, is no listing at the end."""
    rows = ["Arnia A", "12", "340", "Arnia B", "7", "215", "Arnia C", "4", "98"]
    lines = _page(POST, *rows, OTHER, "Powered by a forum")
    removed = {len(lines) - 1: ("interface:navigation", "")}
    listing_tables(lines, removed, {})
    assert sorted(removed) == [len(lines) - 1]


def test_a_listing_with_no_chrome_beside_it_stays() -> None:
    rows = ["Arnia A", "12", "340", "Arnia B", "7", "215", "Arnia C", "4", "98"]
    lines = _page(POST, *rows)
    removed: dict[int, tuple[str, str]] = {}
    listing_tables(lines, removed, {})
    assert removed == {}


# ------------------------------------------------------------------ a store's label table
def test_a_label_tables_values_go_when_its_labels_went() -> None:
    offers = []
    for seller, price in (("Casa Brasil", "R$ 499,90"), ("Mega Lar", "R$ 519,00")):
        offers += ["Vendedor", seller, "Preço", price, "Frete", "Grátis"]
    lines = _page(POST, *offers, OTHER)
    labels = [i for i, line in enumerate(lines) if line.text in ("Vendedor", "Preço", "Frete")]
    removed = {i: ("interface:post-meta", "") for i in labels}
    label_tables(lines, removed, {})
    assert sorted(set(range(len(lines))) - set(removed)) == [0, len(lines) - 1]


@pytest.mark.parametrize(
    "rows",
    [
        # a recipe's label-value list: nothing took its labels
        ["Ingrediente", "farina", "Quantità", "500 g", "Ingrediente", "acqua", "Quantità", "400 g"],
        # a poem's refrain
        ["Petit pain, petit pain", "Qui se lève le matin", "Petit pain, petit pain", "Au jardin"],
    ],
)
def test_a_label_table_of_the_text_stays(rows: list[str]) -> None:
    lines = _page(POST, *rows, OTHER)
    removed: dict[int, tuple[str, str]] = {}
    label_tables(lines, removed, {})
    assert removed == {}


def test_a_reply_under_a_removed_button_is_no_value() -> None:
    """A comment section whose buttons went ("Odpowiedz", "Zgłoś") repeats in rows too, but
    its texts stand under the poster's name, not under a label: "xD" stays."""
    rows = []
    for name, reply in (("bialy_kruk", "xD"), ("kasztan", "xD"), ("sowa", "( ͡° ͜ʖ ͡°)")):
        rows += ["Odpowiedz", "Zgłoś", name, reply]
    lines = _page(POST, *rows)
    buttons = [i for i, line in enumerate(lines) if line.text in ("Odpowiedz", "Zgłoś")]
    removed = {i: ("interface:post-actions", "") for i in buttons}
    label_tables(lines, removed, {})
    assert sorted(removed) == buttons


# ------------------------------------------------------------------ a post's head line
@pytest.mark.parametrize("date", ["gen 2026", "12 sty", "10/01/2026"])
def test_a_date_between_each_name_and_text_goes(date: str) -> None:
    lines = _page("ann", date, POST, "bo", date, OTHER, "cy", date, "Grazie!")
    removed: dict[int, tuple[str, str]] = {}
    post_head_lines(lines, removed, {})
    assert sorted(removed) == [1, 4, 7]


@pytest.mark.parametrize(
    "texts",
    [
        # numbered headings that differ
        [
            "Settimana 1",
            "Giorno 1",
            POST,
            "Settimana 2",
            "Giorno 2",
            OTHER,
            "Note",
            "Giorno 3",
            POST,
        ],
        # the same line under one name only
        ["ann", "gen 2026", POST, "ann", "gen 2026", OTHER, "ann", "gen 2026", POST],
        # twice is not a template
        ["ann", "gen 2026", POST, "bo", "gen 2026", OTHER],
    ],
)
def test_lines_over_a_text_that_are_no_head_line_stay(texts: list[str]) -> None:
    lines = _page(*texts)
    removed: dict[int, tuple[str, str]] = {}
    post_head_lines(lines, removed, {})
    assert removed == {}


# ------------------------------------------------------------------ the whole stage
@pytest.mark.parametrize("reply", ["Same", "Danke!", "なるほど", "Grazie!", "Dzięki."])
def test_one_word_replies_posted_several_times_stay(reply: str) -> None:
    """The replies stay, and the dates over them and the listing of other threads go."""
    page = ["ann", "gen 2026", POST, "2 Mi piace", "bo", "gen 2026", reply]
    page += ["cy", "gen 2026", OTHER, "3 Mi piace", "dan", "gen 2026", reply]
    page += ["eve", "gen 2026", POST, *LISTING, "Powered by Discourse"]
    out = kept(*page)
    assert out.count(reply) == 2
    assert POST in out and OTHER in out
    assert "gen 2026" not in out and "Visualizzazioni" not in out and "340" not in out


def test_a_recipe_and_a_poem_in_reviews_stay() -> None:
    recipe = ["500 g mąki żytniej", "400 g wody", "100 g zakwasu", "10 g soli"]
    poem = ["Petit pain, petit pain,", "Qui se lève le matin,", "Petit pain, petit pain,"]
    page = ["ann", "12 sty", "Mój przepis wygląda tak:", *recipe, "Utile", "14", "Signaler"]
    page += ["bo", "13 sty", "Il a écrit ceci :", *poem, "Utile", "3", "Signaler"]
    page += ["cy", "14 sty", POST, "Utile", "5", "Signaler"]
    out = kept(*page)
    for line in (*recipe, *poem, POST):
        assert line in out


def test_a_plus_one_posted_twice_stays() -> None:
    """A "+1" under a date that goes is a reply, not a bare count beside removed chrome: the
    page prints no other signed count (``context._plus_one_reply``)."""
    page = ["ann", "gen 2026", POST, "bo", "gen 2026", "+1", "cy", "gen 2026", OTHER]
    page += ["dan", "gen 2026", "+1", "eve", "gen 2026", POST]
    assert kept(*page).count("+1") == 2
