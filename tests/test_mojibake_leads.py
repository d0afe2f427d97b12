"""Bare lead bytes opening a word (``mojibake_leads``): a capital left of a letter whose
continuation byte the codec dropped is marked (or settled by the page) in a line re-encoded as
a whole, in any Latin-script language and code page; a capital written correctly stays."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST


def _damage(text: str, codec: str) -> str:
    """UTF-8 read as ``codec``, the bytes it leaves undefined and the C1 controls dropped."""
    read = text.encode("utf-8").decode(codec, errors="ignore")
    return "".join(ch for ch in read if not 0x80 <= ord(ch) <= 0x9F)


def _restored_or_marked(out: str, correct: str) -> bool:
    """Every character right or U+FFFD: no wrong letter and no garbage left."""
    return len(out) == len(correct) and all(
        o in (c, LOST) for o, c in zip(out, correct, strict=True)
    )


# each line opens a word with a letter whose second byte the code page drops
@pytest.mark.parametrize(
    "correct, codec",
    [
        # Czech ř (C5 99) and Polish ś (C5 9B) read as ISO-8859-2: a bare "Ĺ"
        ("Asistent mluví klidně a když něco neví, řekne to. Čtenáři si to chválí.", "iso8859_2"),
        ("Mój też jest sztywny. Zmieniłem mu styl i teraz żartuje o ślimakach.", "iso8859_2"),
        # Slovak č (C4 8D) as ISO-8859-2: a bare "Ä"
        (
            "Neviem povedať, či bude pršať. Ďakujem, že ste sa ozvali, bolo to užitočné.",
            "iso8859_2",
        ),
        # Slovak Á (C3 81) and Hungarian Ő (C5 90) as cp1250, which drops 81 and 90
        ("Áno, v nastaveniach je položka Stručné odpovede. Odvtedy hovorí len to.", "cp1250"),
        ("Őszintén szólva a gép nagyon gyorsan válaszol és érthető.", "cp1250"),
        # Romanian Î (C3 8E) and ț (C8 9B) as ISO-8859-16, in one word
        ("Îngropați tulpina mai adânc când le repicați, roșiile fac rădăcini.", "iso8859_16"),
    ],
)
def test_a_bare_capital_opening_a_word_of_a_damaged_line_is_marked(correct, codec):
    damaged = _damage(correct, codec)
    out = fix_mojibake(damaged)
    assert _restored_or_marked(out, correct), (damaged, out)


@pytest.mark.parametrize(
    "text",
    [
        # a correct capital in a line that also writes a correct letter: partly re-encoded
        "Der Ärger über kdyĹž nevĂ\xad, mluvĂ\xad, chvĂĄlĂ\xad.",
        # two damaged words are too few to show the line re-encoded as a whole
        "Der Ärger: kdyĹž nevĂ\xad.",
        # a name beside damaged apostrophes: É under cp1250 could only be Ɂ Ƀ Ɉ
        "Éric wrote: itâ€™s fine, donâ€™t worry, weâ€™re ok.",
        # Romanian Ă as written on a line of its own, beside a damaged line
        "Ăsta e bun, zise el.\nĂngropaÈi tulpina mai adĂąnc cĂąnd le repicaÈi.",
        # a German page damaged elsewhere: Ö and Ü lead nothing a Latin page writes
        "Österreich und Übersee: schĂśne GrĂźĂe, schĂśn, grĂźn.",
    ],
)
def test_a_correct_capital_opening_a_word_stays(text):
    out = fix_mojibake(text)
    first = text.split(" ")[0]
    assert out.startswith(first), out
    assert "\n" not in text or out.split("\n")[0] == text.split("\n")[0]


def test_a_word_with_a_lost_letter_inside_is_a_damaged_word():
    """ "ĂngropaÈi": the È lost the 9B of ț, so the Ă opening the word lost a byte too."""
    out = fix_mojibake("ĂngropaÈi tulpina mai adĂąnc cĂąnd le repicaÈi, roÈiile fac.")
    assert out.startswith(f"{LOST}ngropa{LOST}i ")


def test_marking_a_bare_capital_is_idempotent():
    damaged = _damage("Asistent mluví klidně a když něco neví, řekne to.", "iso8859_2")
    once = fix_mojibake(damaged)
    assert fix_mojibake(once) == once
