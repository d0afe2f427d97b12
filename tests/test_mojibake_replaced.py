"""Letters whose lead byte a code page left undefined and wrote as U+FFFD
(``mojibake_replaced.lost_leads``): a U+FFFD and the continuation byte after it are read as the
one letter of the page's script they can be; a U+FFFD alone stays a mark; nothing else moves."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST


def _replaced(text: str, codec: str) -> str:
    """UTF-8 read as ``codec`` with errors="replace", the C1 controls stripped."""
    read = text.encode("utf-8").decode(codec, errors="replace")
    return "".join(ch for ch in read if not 0x80 <= ord(ch) <= 0x9F)


def _restored_or_marked(out: str, correct: str) -> bool:
    return len(out) == len(correct) and all(
        o in (c, LOST) for o, c in zip(out, correct, strict=True)
    )


@pytest.mark.parametrize(
    "page, comment",
    [
        ("אני מעדיפה בוט שקט, בלי בדיחות.\n", "שבת שלום"),
        ("אני מעדיפה בוט שקט, בלי בדיחות.\n", "תודה רבה"),
    ],
)
def test_a_comment_whose_leads_were_replaced_is_read_or_marked(page, comment):
    damaged = _replaced(comment, "iso8859_8")
    out = fix_mojibake(page + damaged).splitlines()[-1]
    assert _restored_or_marked(out, comment), (damaged, out)
    assert out != damaged or LOST not in damaged


@pytest.mark.parametrize(
    "page, comment",
    [
        ("Я предпочитаю тихого бота.\n", "Спасибо большое"),
        ("Προτιμώ ένα ήσυχο ρομπότ.\n", "Ευχαριστώ πολύ"),
    ],
)
def test_a_letter_read_from_a_replaced_lead_is_one_of_the_words(page, comment):
    """Cyrillic and Greek lose continuation bytes ISO-8859-8 leaves undefined too, so how many
    letters a word had is not known; whatever is read is a letter the word holds (or the
    damage is left as it was)."""
    damaged = _replaced(comment, "iso8859_8")
    out = fix_mojibake(page + damaged).splitlines()[-1]
    assert all(ch in comment or ch in damaged for ch in out), out


@pytest.mark.parametrize(
    "text",
    [
        # a page of no non-Latin script: "\ufffd©" is no letter of it
        f"The price was {LOST}© 2024 and {LOST}× more.",
        # a U+FFFD glued to a word is no word of such pairs
        f"שלום עולם.\nמחיר{LOST}© גבוה.",
        # a lone U+FFFD stays as it is
        f"שלום עולם.\nמילה {LOST} אחת.",
    ],
)
def test_replaced_leads_without_such_damage_stay(text):
    assert fix_mojibake(text) == text


def test_a_code_pages_letters_among_its_damage_are_no_script_of_the_page():
    """Vietnamese read as ISO-8859-8 with errors="replace" holds Hebrew letters among its marks
    ("đã" is "\ufffd\ufffd\ufffd£" and more): the page writes no Hebrew word, so "\ufffd£" is
    no "ף"."""
    page = "Hôm qua tôi đã thử trợ lý mới ở thư viện.\n"
    line = "Trợ lý ảo này trả lời rất nhanh, nhưng đôi khi nói quá dài và đã sai."
    out = fix_mojibake(page + _replaced(line, "iso8859_8")).splitlines()[-1]
    assert not any(
        "\u05d0" <= ch <= "\u05ea" for ch in out if ch not in _replaced(line, "iso8859_8")
    )
