"""A documentation site's furniture (Docusaurus, MkDocs Material, Mintlify, GitBook, Read the
Docs): the header's search shortcut and copy buttons, the helpfulness question with its answers
as a row or as faces, the last-updated line in the languages the themes ship in, the pager with
the titles it links to, and the "On this page" list printed after the text (the right column,
scraped last). Each goes on evidence; a heading "Next", a recap of the sections and a row of
emoji in a comment stay. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import match_interface

ALONE = [
    ("Ctrl K", "navigation"),
    ("⌘K", "navigation"),
    ("Copy page", "navigation"),
    ("Ask AI", "navigation"),
    ("Скопировать страницу", "navigation"),
    ("Copy code", "post-actions"),
    ("Copié !", "post-actions"),
    ("コピーしました", "post-actions"),
    ("Is this page helpful?", "voting"),
    ("¿Fue útil esta página?", "voting"),
    ("此页面对你有帮助吗？", "voting"),
    ("Thanks for your feedback!", "voting"),
    ("Дякуємо за відгук!", "voting"),
    ("Last updated on Mar 9, 2026 by Nadia Ferreira", "timestamp"),
    ("Dernière mise à jour le 3 décembre 2026", "timestamp"),
    ("Última actualización el 3 de diciembre de 2026", "timestamp"),
    ("Последнее обновление 3 декабря 2026 г.", "timestamp"),
    ("最后更新于 2026年12月3日", "timestamp"),
    ("Laatst bijgewerkt op 3 december 2026", "timestamp"),
    ("Next Previous", "navigation"),
    ("« Précédent Suivant »", "navigation"),
    ("上一页 下一页", "navigation"),
    ("Made with Material for MkDocs", "legal"),
    ("Powered by Mintlify", "legal"),
]


@pytest.mark.parametrize(("line", "kind"), ALONE)
def test_a_docs_sites_furniture_goes_alone_with_its_kind(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line" and found.kind == kind
    assert kept("A sentence of the page.", line, "Another sentence.") == [
        "A sentence of the page.",
        "Another sentence.",
    ]


PROSE = [
    "Copy the page into your notes before the next release.",
    "Last updated on the wiki, the recipe still calls for rye.",
    "Next time, ask the assistant for shorter answers.",
    "Thanks for your feedback, it changed how we write the tone section.",
]


@pytest.mark.parametrize("line", PROSE)
def test_the_same_words_in_a_sentence_stay(line):
    assert kept("A sentence of the page.", line, "Another sentence.") == [
        "A sentence of the page.",
        line,
        "Another sentence.",
    ]


BODY = [
    "Overview",
    "Every character file has a tone block with three dials.",
    "Setting a default tone",
    "Add the block to the character file:",
    "tone: warm",
    "Limits",
    "Tone settings do not change what the assistant knows.",
]


def test_the_contents_printed_after_the_text_go_with_their_label():
    page = [*BODY, "Edit this page", "On this page", "Overview", "Setting a default tone", "Limits"]
    assert kept(*page) == BODY


def test_the_contents_printed_after_the_text_go_under_other_chrome_without_a_label():
    page = [*BODY, "Edit this page", "Overview", "Setting a default tone", "Limits"]
    assert kept(*page) == BODY


def test_a_recap_of_the_sections_under_the_texts_own_words_stays():
    page = [*BODY, "We covered three parts:", "Overview", "Setting a default tone", "Limits"]
    assert kept(*page) == page


def test_a_pagers_titles_go_with_their_labels():
    page = [*BODY, "Previous", "Character files", "Next", "Memory", "More sentences here."]
    assert kept(*page) == [*BODY, "More sentences here."]


def test_a_pagers_title_with_its_arrow_goes_alone():
    page = [*BODY, "Next", "Sycophancy probes »", "More sentences here."]
    assert kept(*page) == [*BODY, "More sentences here."]


def test_a_heading_next_over_the_texts_own_line_stays():
    page = ["The first step is done.", "Next", "Shape the loaf", "Then leave it to rise."]
    assert kept(*page) == page


def test_the_helpfulness_answers_as_faces_go_under_the_question():
    page = [*BODY, "Was this page helpful?", "👍 👎", "More sentences here."]
    assert kept(*page) == [*BODY, "More sentences here."]


def test_faces_anywhere_else_stay():
    page = ["I asked the assistant how it felt about the change.", "👍 👎", "It answered both."]
    assert kept(*page) == page
