"""How the interface list compares a line: marks a writer may leave out are folded, marks that
make another word are not (a line is removed only when it is the interface string)."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.boilerplate.interface import interface_key

FOLDED = [  # written with and without the optional mark: the same key
    ("Café", "Cafe"),  # Latin accents
    ("Αρχική", "ΑΡΧΙΚΗ"),  # Greek tonos, case
    ("Ещё", "Еще"),  # Cyrillic ё
    ("تَعْلِيق", "تعليق"),  # Arabic vowel points
    ("תְּגוּבָה", "תגובה"),  # Hebrew points
    ("ख़बर", "खबर"),  # Devanagari nukta
    ("Chia sẻ", "Chia se"),  # Vietnamese tones on Latin letters
]

DISTINCT = [  # a vowel sign, virama or voicing mark makes another word: different keys
    ("ਖੋਜ", "ਖੋਜੋ"),  # Gurmukhi vowel sign
    ("करें", "कर"),  # Devanagari vowel sign and anusvara, at the end of the line
    ("सत्य", "सतय"),  # Devanagari virama
    ("แชร์", "แชร"),  # Thai thanthakhat
    ("กิน", "กน"),  # Thai vowel sign above
    ("バス", "ハス"),  # kana voicing mark
    ("தமிழ்", "தமிழ"),  # Tamil virama
]


@pytest.mark.parametrize(("written", "other"), FOLDED)
def test_marks_writers_leave_out_are_folded(written, other):
    assert interface_key(written) == interface_key(other)


@pytest.mark.parametrize(("written", "other"), DISTINCT)
def test_marks_that_make_another_word_are_compared(written, other):
    assert interface_key(written) != interface_key(other)


def test_decoration_at_the_ends_still_goes():
    """An emoji with its variation selector, a keycap: decoration, not a letter's mark."""
    assert interface_key("❤\ufe0f Share ❤\ufe0f") == "share"
    assert interface_key("Share 1\ufe0f\u20e3") == interface_key("Share 1")
