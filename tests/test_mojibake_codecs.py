"""Code pages that explain a page's damage equally (``mojibake._codecs_disagree``): a letter
they read differently is marked lost, never guessed by the order of the codec list; letters
they read alike, and a page whose evidence tells the codecs apart, keep their repair."""

from __future__ import annotations

from difflib import SequenceMatcher

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST


def _damage(text: str, codec: str) -> str:
    """UTF-8 read as ``codec``, the bytes it leaves undefined and the C1 controls dropped."""
    read = text.encode("utf-8").decode(codec, errors="ignore")
    return "".join(ch for ch in read if not 0x80 <= ord(ch) <= 0x9F)


def _no_wrong_letter(out: str, correct: str) -> bool:
    return len(out) == len(correct) and all(
        o in (c, LOST) for o, c in zip(out, correct, strict=True)
    )


def _guessed(out: str, correct: str, damaged: str) -> list[str]:
    """What the output writes where the correct text differs, that is neither a mark nor
    damage left as the page wrote it: a wrong guess."""
    ops = SequenceMatcher(None, correct, out, autojunk=False).get_opcodes()
    return [
        out[b1:b2]
        for op, _, _, b1, b2 in ops
        if op != "equal" and any(ch != LOST and ch not in damaged for ch in out[b1:b2])
    ]


_ES = "Ayer probé el nuevo asistente en la biblioteca. Fue muy paciente y amable.\n"


def test_letters_two_codecs_read_differently_are_marked():
    """ISO-8859-2 and cp1250 explain "rĂĄpido" and "niĂąo" alike, and read them "rápido",
    "niño" and "råpido", "niùo": marked. "respondiĂł" is "respondió" in both: restored."""
    line = "El asistente respondió rápido, pero el niño no aparecía en la búsqueda."
    out = fix_mojibake(_ES + _damage(line, "iso8859_2")).splitlines()[-1]
    assert _no_wrong_letter(out, line), out
    assert "respondió" in out and "aparecía" in out and "búsqueda" in out
    assert f"r{LOST}pido" in out and f"ni{LOST}o" in out


@pytest.mark.parametrize(
    "correct, codec",
    [
        ("El asistente respondió rápido, pero el niño no aparecía en la búsqueda.", "iso8859_2"),
        ("A gép nagyon gyorsan válaszol, és a válaszai érthetőek, de néha hosszúak.", "cp1257"),
        ("Neviem povedať, či bude pršať, pozrite sa prosím na stránku hneď.", "cp1257"),
    ],
)
def test_no_wrong_letter_where_codecs_tie(correct, codec):
    damaged = _damage(correct, codec)
    out = fix_mojibake(_ES + damaged).splitlines()[-1]
    assert not _guessed(out, correct, damaged), out


@pytest.mark.parametrize(
    "text, expected",
    [
        # the page's bare capitals after small letters tell ISO-8859-2 from cp1250
        (
            "WolÄ oficjalny ton, teĹź grzÄdce.",
            f"Wol{LOST} oficjalny ton, też grz{LOST}dce.",
        ),
        # ISO-8859-2 cannot have written "®" ("Ă®" is cp1250's "î"): "Ĺži" is "Şi"
        (
            "Asistentul îmi spune când să scot pâinea.\n"
            "Ĺži eu folosesc un asistent, dar Ă®l ĹŁin pe silenĹŁios.",
            "Asistentul îmi spune când să scot pâinea.\n"
            "Şi eu folosesc un asistent, dar îl ţin pe silenţios.",
        ),
        # punctuation read alike or as an unlikely symbol by a rival stays restored
        ("a â€” a", "a — a"),
    ],
)
def test_a_page_whose_evidence_tells_the_codecs_apart_keeps_its_repairs(text, expected):
    assert fix_mojibake(text) == expected


def test_marking_where_codecs_tie_is_idempotent():
    line = "El asistente respondió rápido, pero el niño no aparecía en la búsqueda."
    once = fix_mojibake(_ES + _damage(line, "iso8859_2"))
    assert fix_mojibake(once) == once


_FR = "Hier, j'ai essayé le nouvel assistant à la bibliothèque. Il était très patient.\n"


@pytest.mark.parametrize(
    "correct, codec",
    [
        ("Ça m'a étonné : l'assistant répond à côté, mais il reconnaît ses erreurs.", "cp1257"),
        ("Il a répondu très vite et je l'ai trouvé poli, même élégant.", "cp1257"),
    ],
)
def test_ftfy_reading_another_code_page_than_the_pages_is_no_guess(correct, codec):
    """cp1257 reads é as "Ć©"; ftfy reads that as cp1250's "Ʃ": a capital inside a word, or a
    letter the page's own codec reads otherwise, is marked or left, never written."""
    damaged = _damage(correct, codec)
    out = fix_mojibake(_FR + damaged).splitlines()[-1]
    assert not _guessed(out, correct, damaged), out
    assert "Ʃ" not in out and "Ʈ" not in out


def test_ftfy_still_reads_the_pages_own_code_page():
    line = "Il a répondu très vite et je l'ai trouvé poli, même élégant."
    out = fix_mojibake(_FR + _damage(line, "cp1252")).splitlines()[-1]
    assert out == line


def test_a_codec_is_not_preferred_for_cutting_runs_short():
    """ISO-8859-16 explains "ĂźÈi" (î, and ț that lost a byte) as surely as cp1250 explains
    "Ăź" (ß), whose runs stop at the "È" it has no byte for: the short Romanian line is read
    as ISO-8859-16, never with cp1250's "ß"."""
    line = "Să știi că îți răspunde repede și politicos, chiar dacă întrebarea e grea."
    damaged = _damage(line, "iso8859_16")
    out = fix_mojibake(damaged)
    assert "ß" not in out
    assert not _guessed(out, line, damaged), out


def test_double_damage_is_not_read_as_a_lone_letter_of_another_script():
    """Latvian "ņš" read as Latin-1 with its C1 byte dropped is "ÅÅ¡", which two code pages
    one on the other read as the Armenian "չ": a page with no Armenian gets no such letter."""
    page = "Vakar izmēģināju jauno palīgu bibliotēkā. Tas bija pacietīgs un laipns.\n"
    line = "Viņš teica, ka āda ir mīksta un ļoti silta, bet ūdens ir vēss un gaišs."
    damaged = _damage(line, "latin_1")
    out = fix_mojibake(page + damaged).splitlines()[-1]
    assert "չ" not in out
    assert not _guessed(out, line, damaged), out


def test_ftfy_reading_to_a_letter_of_no_widely_written_language_is_not_taken():
    """Romanian "î" read as cp1257 is "Ć®", which ftfy reads as cp1250's "Ʈ" at a word's
    start: no language the page is in writes it."""
    page = "Să știi că îți răspunde repede și politicos, chiar dacă e grea.\n"
    line = "Ieri am încercat noul asistent în grădină. M-a ajutat să aleg răsadurile."
    out = fix_mojibake(page + _damage(line, "cp1257")).splitlines()[-1]
    assert "Ʈ" not in out and "Ʃ" not in out
