"""A press release's furniture: the kind of document beside its date, and the media contact.

The media contact is the sender's furniture (issue 18, the convention of
``tests/fidelity/README.md``): under its label, on one line with its label, or alone after the
release's last sentence, the fields that hold a way to reach someone go; a name with no address
or number, a sentence that gives an address and a contact inside the text stay. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page
from persona_archive.cleaning.boilerplate.contacts import fields, reachable

TEXT = "The city's assistant will answer residents' questions at night from Monday."

PAGES = {
    "under a label, one field a line (Polish)": """
t Biblioteka miejska uruchomiła asystenta, który odpowiada na pytania czytelników przez całą dobę.
t Asystent mówi krótko i zawsze podaje godziny otwarcia filii.
c Kontakt dla mediów:
c Anna Wiśniewska
c tel. +48 22 555 01 23
c a.wisniewska@biblioteka.example.pl
c © 2026 Biblioteka Miejska
""",
    "under a label, the fields on one line (Czech)": """
t Tým získal grant na výzkum toho, jak jazykové modely popisují samy sebe.
t Do výzkumu se zapojí i studenti, kteří budou hodnotit rozhovory s modely.
c Kontakt pro média:
c Mgr. Petr Novák, tiskový mluvčí, tel. +420 377 000 111, novak@vysoka-skola.example
c Sdílet: Facebook | LinkedIn | X
""",
    "a label and its address on one line, amid the text (Greek)": """
t Η ομάδα θα μελετήσει πώς οι μαθητές αντιλαμβάνονται τον χαρακτήρα ενός ψηφιακού βοηθού.
c Γραφείο Τύπου: grafeio@panepistimio.example.gr
t Η μελέτη θα διαρκέσει δύο χρόνια και τα αποτελέσματα θα δημοσιευτούν ανοιχτά.
""",
    "no label, after the last sentence (English)": """
t The charter sets out how the company's assistants should speak about their own limits.
t About Larkspur Labs
t Larkspur Labs builds tutoring assistants for schools. It was founded in 2021 in Leeds.
c Media: Dana Whitfield, press@larkspur.example, +44 113 496 0571
c © 2026 Wire Service Ltd. All rights reserved.
""",
    "no label, a name over its number (Swedish)": """
t Myndigheten ska ta fram riktlinjer för hur offentliga chattbotar beskriver sin egen roll.
t Uppdraget ska redovisas senast i juni nästa år.
c Karin Holm
c Pressekreterare, telefon 08-555 010 20
""",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_a_media_contact_goes_and_the_release_stays(name):
    lines, text = marked_page(PAGES[name])
    assert kept(*lines) == text


KEPT = {
    "a name under the label with no way to reach it": """
t The library will test the assistant in three branches before the summer.
c Media contact:
t Anna Wiśniewska
t The pilot ends in June, and the results will be published on the library's website.
""",
    "a sentence that gives an address": """
t We tested the bread assistant for a month and it never once suggested more yeast.
t Write to the bakery at pina@forno.example if you want the recipe for the rye loaf.
""",
    "a contact inside the text, above its last sentence": """
t The helpline's assistant answers in Welsh and English, day and night.
t Helpline: +44 29 2000 0000, help@cymorth.example
t Callers said the assistant's short answers felt calmer than the old recorded menu.
""",
    "a thread's last posts under their handles": """
t I asked the bot for a rye recipe and it gave me three, all of them good.
t reply
t fernwise@lemmy.example 2 days ago
t Same here.
t reply
t saltmarsh@lemmy.example
t 48 213
""",
    "a book's number at the end": """
t The chapter on the assistant's character is the best part of the book.
t ISBN 978-3-16-148410-0
""",
    "a recipe's quantities and a year range at the end": """
t Mix everything, cover the bowl and leave it in a cool place for the night.
t 500 g flour, 350 g water, 10 g salt
t 2025–2026 season
""",
}


@pytest.mark.parametrize("name", list(KEPT))
def test_what_looks_like_a_contact_but_is_text_stays(name):
    lines, text = marked_page(KEPT[name])
    assert kept(*lines) == text


@pytest.mark.parametrize(
    "line, expected",
    [
        ("tel. +48 22 555 01 23", True),
        ("Phone: (0113) 496 0571", True),
        ("+1 617 555 0142", True),
        ("press@larkspur.example", True),
        ("2026-12-01 22:13:45", False),
        ("1 240 pytań", False),
        ("12.03.2026", False),
        ("ISBN 978-3-16-148410-0", False),
    ],
)
def test_reachable_needs_an_address_or_a_labelled_or_international_number(line, expected):
    assert reachable(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Dr. Mina Osei, Head of Communications, mina@lab.example", True),
        ("Jan Kowalski | Rzecznik prasowy | +48 600 000 000", True),
        ("Call us on +44 113 496 0571 and we will answer.", False),
        ("The press office, which moved to the new building last spring, answers by phone", False),
    ],
)
def test_fields_are_short_parts_with_no_sentence(line, expected):
    assert fields(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Komunikat prasowy | 3 grudnia 2026",
        "Press release · 3 December 2026",
        "Pressemitteilung | 3. Dezember 2026",
        "プレスリリース｜2026年3月4日",
        "Aktualności | 3 grudnia 2026",
    ],
)
def test_a_releases_kind_beside_its_date_goes(line):
    """A row of the document's kind and its date (a Polish month spelled by a regex as
    "grud(?:nia|zień)" is a word of the list all the same)."""
    assert kept(TEXT, line) == [TEXT]


@pytest.mark.parametrize(
    "line", ["Komunikat prasowy", "Press release", "Spotkanie | 3 grudnia 2026"]
)
def test_the_kind_alone_and_a_heading_beside_a_date_stay(line):
    assert kept(TEXT, line) == [TEXT, line]


def test_a_japanese_wires_calls_and_labels_go_and_the_release_stays():
    """A Japanese wire's calls to send a release or register, its media-only notice and the
    company's list of releases go alone; its record labels beside them."""
    lines, text = marked_page(
        """
c プレスリリースを配信する
t パン屋向けのアシスタントに、話し方を選べる新しい機能が加わりました。
t 店主は三つの話し方から、お客様への答え方を選べます。
c このプレスリリースには、メディア関係者向けの情報があります
c メディアユーザー登録
c ビジネスカテゴリ
c 種類
c 株式会社こむぎラボのプレスリリース一覧
"""
    )
    assert kept(*lines) == text


def test_a_label_of_the_wire_among_prose_stays():
    lines, text = marked_page(
        """
t 新しい機能について、店主の声を集めました。
t キーワード
t 「短く」を選んだ店が一番多く、朝の忙しい時間に助かるそうです。
"""
    )
    assert kept(*lines) == text
