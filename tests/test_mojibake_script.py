"""Damage of a page's own script (Cyrillic, Greek): correct short words beside it stay as
written, whatever code page damaged the page; the damage itself, words of one letter too, is
still read."""

from __future__ import annotations

import itertools

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake

_UK = "Помічник відповідає ввічливо і визнає помилки, коли чогось не знає."
_RU = "Помощник отвечает вежливо и признаёт ошибки, когда чего-то не знает."
_EL = "Ο βοηθός απαντά ευγενικά και παραδέχεται τα λάθη του όταν δεν ξέρει."
_UK_LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_RU_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_EL_LETTERS = "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώς"


def _damage(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="ignore")


@pytest.mark.parametrize(
    "sentence, letters, codec",
    [
        (_UK, _UK_LETTERS, "koi8_u"),
        (_UK, _UK_LETTERS, "koi8_r"),
        (_UK, _UK_LETTERS, "cp1251"),
        (_RU, _RU_LETTERS, "koi8_r"),
        (_RU, _RU_LETTERS, "cp1251"),
        (_RU, _RU_LETTERS, "iso8859_5"),
        (_EL, _EL_LETTERS, "cp1253"),
        (_EL, _EL_LETTERS, "iso8859_7"),
    ],
)
def test_correct_two_letter_words_beside_damage_of_their_script_stay(sentence, letters, codec):
    """Every word of two letters of the alphabet, inside a sentence, on a page with a line of
    its script damaged: "пі" read as KOI8-U is "Ц", "рё" read as KOI8-R is "ң"."""
    damaged = _damage(sentence, codec) + "\n"
    altered = []
    for a, b in itertools.product(letters, repeat=2):
        line = f"Ми {a}{b} слова."
        if fix_mojibake(damaged + line).splitlines()[-1] != line:
            altered.append(a + b)
    assert not altered


def test_a_correct_ukrainian_line_beside_koi8_u_damage_keeps_ti():
    damaged = _damage("Редакція перевіряє, чи стабільний характер асистента.", "koi8_u")
    line = "— Ми ставимо ті самі запитання різними словами."
    assert fix_mojibake(f"{damaged}\n{line}").splitlines()[-1] == line


@pytest.mark.parametrize(
    "correct, codec",
    [
        # one-letter words: "к" inside a sentence, "В" opening it
        ("В понедельник он пришёл к нам и сказал, что всё готово.", "cp1251"),
        ("В понедельник он пришёл к нам и сказал, что всё готово.", "koi8_r"),
        ("І ми теж пішли до бібліотеки, а він з нами.", "koi8_u"),
    ],
)
def test_words_of_one_letter_in_damage_of_the_script_are_still_read(correct, codec):
    page = "Вчера я попробовал нового помощника. Он был терпелив и вежлив.\n"
    out = fix_mojibake(page + _damage(correct, codec))
    assert out.splitlines()[-1] == correct


_TH = "ผู้ช่วยตอบอย่างสุภาพและยอมรับข้อผิดพลาดเมื่อไม่รู้"
_TH_LETTERS = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮะาิีึืุูเแโใไ่้็์"


@pytest.mark.parametrize("codec", ["cp874", "tis_620"])
def test_correct_thai_words_beside_thai_damage_stay(codec):
    """On a Thai page with a line damaged as cp874, a correct word of two Thai letters is no
    sequence of another script: "รก" is no "á", "ยก" no "¡", "ลข" no "Ţ"."""
    damaged = _damage(_TH, codec) + "\n"
    altered = []
    for a, b in itertools.product(_TH_LETTERS, repeat=2):
        line = f"ฉัน {a}{b} ครับ"
        if fix_mojibake(damaged + line).splitlines()[-1] != line:
            altered.append(a + b)
    assert not altered


def test_thai_damage_is_still_read_beside_correct_thai():
    line = "ความสุภาพไม่เคยทำให้ใครเสียหาย"
    out = fix_mojibake(_TH + "\n" + _damage(line, "cp874")).splitlines()[-1]
    assert out != _damage(line, "cp874")
    assert all(o in (c, "\ufffd") for o, c in zip(out, line, strict=True))


def test_a_rare_sign_of_a_script_is_no_reading_of_its_damage():
    """Arabic "ت" (D8 AA) read as cp1253 with errors="replace" is "Ψ\ufffd": what is left could
    be the honorific sign "ؐ" (D8 90), which running text does not hold."""
    page = "جربت أمس المساعد الجديد في المكتبة. كان صبورا ولطيفا جدا.\n"
    line = "المساعد يجيب بأدب ويعترف بالأخطاء عندما لا يعرف شيئا."
    damaged = line.encode("utf-8").decode("cp1253", errors="replace")
    out = fix_mojibake(page + damaged).splitlines()[-1]
    assert not any("\u0610" <= ch <= "\u061a" for ch in out), out
