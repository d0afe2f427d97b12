"""Central European text damaged twice by two code pages (issue 18): UTF-8 read with an inner
code page (cp1250, ISO-8859-2, cp1252, latin-1), saved as UTF-8 and read again with an outer
one. Each damaged line must come out as the text, or as the text with U+FFFD where a letter
cannot be known - and cleaning the result again must change nothing. All text is constructed
for these tests."""

from __future__ import annotations

import re
from itertools import product

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake, repair
from persona_archive.page import LOST

# a forum answer per language, one line damaged at a time
LINES = {
    "sr": (
        "Pozdrav svima, imam pitanje o ličnosti asistenta.",
        "Slažem se, ali mislim da je to namerno podešeno.",
        "Đorđe kaže da se ton može promeniti u podešavanjima.",
        "Čekaj, gde tačno to piše? Nisam našao opciju.",
    ),
    "cs": (
        "Těžká otázka, ale asistent odpověděl klidně a věcně.",
        "Přečetl jsem si návod a všechno funguje, děkuji.",
        "Žádný problém, stačí změnit nastavení účtu.",
    ),
    "pl": (
        "Nie wiem, czy to dobrze, że tak często przeprasza.",
        "Źródło problemu leży w ustawieniach, sprawdź je.",
        "Ściągnąłem nową wersję i działa już bez błędów.",
    ),
    "sk": (
        "Ďakujem, táto odpoveď mi veľmi pomohla.",
        "Ľudia si často myslia, že asistent všetko vie.",
        "Nemôžem nájsť nastavenie, kde sa to mení.",
    ),
    "hu": (
        "A gép válaszai általában pontosak és udvariasak.",
        "Őszintén szólva többet vártam tőle, de működik.",
        "Ügyes megoldás, köszönöm a részletes leírást.",
    ),
    "hr": (
        "Hvala na odgovoru, sve je jasno i razumljivo.",
        "Čini mi se da će novi model biti još bolji.",
        "Željela bih znati kako promijeniti postavke.",
    ),
    "sl": (
        "Živijo, zanima me, kako nastaviti pogovor.",
        "Že večkrat sem poskusil, pa še vedno ne dela.",
        "Hvala za pomoč, zdaj končno deluje pravilno.",
    ),
}
CODECS = ("cp1250", "iso8859_2", "cp1252", "latin_1")
# how a converter treats what a code page leaves undefined: U+FFFD, dropped, or dropped with
# the C1 controls (a scraper that strips them)
MODES = ("replace", "ignore", "strip")
_C1 = re.compile("[\x80-\x9f]")


def damage(text: str, inner: str, outer: str, mode: str) -> str:
    """``text`` read as ``inner``, saved as UTF-8, read as ``outer``.

    >>> damage("Slažem", "cp1252", "cp1250", "replace")
    'SlaĂ…Âľem'
    """
    for name in (inner, outer):
        text = text.encode("utf-8").decode(name, errors="ignore" if mode == "strip" else mode)
        if mode == "strip":
            text = _C1.sub("", text)
    return text


def _marked_as(out: str, good: str) -> bool:
    """``out`` is ``good`` with some non-ASCII letters (one or a run of them) marked lost."""
    pattern = "".join("[^\\x00-\\x7f]+" if ch == LOST else re.escape(ch) for ch in out)
    return re.fullmatch(pattern, good) is not None


def verdict(out: str, good: str) -> str:
    """ "right", "marked" (every word right or honestly marked) or "wrong"."""
    if out == good:
        return "right"
    outs, goods = out.split(" "), good.split(" ")
    if len(outs) == len(goods) and all(
        o == g or (LOST in o and _marked_as(o, g)) for o, g in zip(outs, goods, strict=True)
    ):
        return "marked"
    return "wrong"


def variants():
    for lang, lines in LINES.items():
        for inner, outer, mode in product(CODECS, CODECS, MODES):
            for k in range(len(lines)):
                yield lang, inner, outer, mode, k


def _page(lang: str, k: int, damaged: str) -> str:
    lines = list(LINES[lang])
    lines[k] = damaged
    return "\n".join(lines)


def tally() -> dict[str, int]:
    """How the damage matrix comes out: lines right, marked, wrong; pages not a fixed point."""
    counts = {"right": 0, "marked": 0, "wrong": 0, "not_idempotent": 0}
    for lang, inner, outer, mode, k in variants():
        once = fix_mojibake(_page(lang, k, damage(LINES[lang][k], inner, outer, mode)))
        counts["not_idempotent"] += fix_mojibake(once) != once
        outs = once.split("\n")
        if len(outs) != len(LINES[lang]):
            counts["wrong"] += 1
            continue
        found = [verdict(o, g) for o, g in zip(outs, LINES[lang], strict=True)]
        counts["wrong" if "wrong" in found else "marked" if "marked" in found else "right"] += 1
    return counts


# The matrix as it came out when these tests were written: a ratchet, never to get worse. At
# the start of this work: 251 pages of 1056 not a fixed point, 643 wrong, 170 marked, 243 right;
# with both layers read under cp1250 and ISO-8859-2: 71, 548, 211, 297; with letters two code
# pages read differently marked: 71, 511, 301, 244; with the damage a pass leaves read again
# until none is left (a mark, or a word left in two alphabets, not read again): 10, 487, 323, 246;
# with a lead before a damaged mark, and a bare lead of a first layer under two code pages,
# marked: 10, 461, 349, 246; with readings through two layers to a letter of no page (a mark
# after no letter of its script, "Ɣ") left to one layer, and a first layer's bare capital
# glued after a small letter read anywhere on a page damaged so: 9, 395, 405, 256; with a
# code page that cannot have written the line (a C1 control it reads as a character, a
# character it lacks) no reading, the readings of the other outer code pages and of one code
# page twice marked where they differ, and readings with a letter of no alphabet of the page
# left out: 7, 343, 379, 334; with a first layer's bare capital after a small letter, whose one
# small reading is a letter of no alphabet of the page ("ß" on a Czech page), marked: 5, 331,
# 391, 334.
MOST_NOT_IDEMPOTENT = 5
MOST_WRONG = 331
LEAST_RIGHT = 334


def test_the_damage_matrix_gets_no_worse():
    counts = tally()
    assert counts["not_idempotent"] <= MOST_NOT_IDEMPOTENT, counts
    assert counts["wrong"] <= MOST_WRONG, counts
    assert counts["right"] >= LEAST_RIGHT, counts


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("lang", "k"), [("sr", 1), ("hr", 1), ("hr", 2), ("sl", 0), ("pl", 0)])
def test_a_line_read_again_by_a_central_european_code_page_is_restored(lang, k, mode):
    """ "Slažem" -> "SlaÅ¾em" (cp1252) -> "SlaĂ…Âľem" (cp1250): both layers undone in one
    cleaning, so a second cleaning has nothing left to do."""
    page = _page(lang, k, damage(LINES[lang][k], "cp1252", "cp1250", mode))
    once = fix_mojibake(page)
    assert once == _page(lang, k, LINES[lang][k])
    assert fix_mojibake(once) == once


@pytest.mark.parametrize(
    ("inner", "lang", "k"),
    [("cp1252", "pl", 1), ("cp1252", "pl", 2), ("latin_1", "hr", 2), ("latin_1", "sl", 0)],
)
def test_a_line_read_again_as_iso_8859_2_is_restored(inner, lang, k):
    """ "Źródło" -> "Å¹rÃ³dÅ‚o" (cp1252) -> "Ă\x85ÂšrĂ\x83ÂłdĂ\x85Â\x82o" (ISO-8859-2, which
    reads what cp1252 left undefined as U+FFFD and keeps the C1 controls)."""
    page = _page(lang, k, damage(LINES[lang][k], inner, "iso8859_2", "replace"))
    once = fix_mojibake(page)
    assert once == _page(lang, k, LINES[lang][k])
    assert fix_mojibake(once) == once


@pytest.mark.parametrize("mode", ["replace", "ignore"])
@pytest.mark.parametrize(("lang", "k"), [("hr", 1), ("sr", 3), ("sk", 2), ("cs", 1)])
def test_a_letter_two_code_pages_read_differently_is_marked(lang, k, mode):
    """Croatian "Čini" read as cp1250 then ISO-8859-2: ISO-8859-2 twice makes "Ħini", cp1250
    under ISO-8859-2 "Čini" - which it was is not known from the bytes: marked, not guessed."""
    page = _page(lang, k, damage(LINES[lang][k], "cp1250", "iso8859_2", mode))
    out = fix_mojibake(page).split("\n")
    assert verdict(out[k], LINES[lang][k]) in ("right", "marked"), out[k]
    assert out[:k] + out[k + 1 :] == list(LINES[lang][:k] + LINES[lang][k + 1 :])


def test_a_letter_both_readings_agree_on_is_kept():
    """ "će" in the same Croatian line: every reading makes it "ć", so it is restored."""
    out = fix_mojibake(damage(LINES["hr"][1], "cp1250", "iso8859_2", "replace"))
    assert " će " in out and "\ufffdini" in out


@pytest.mark.parametrize(
    "text",
    [
        "Ăsta e răspunsul lui, și mâine vine altul. În sfârșit, gata.",  # Romanian as written
        "Čitao sam Šapića, a Đuro je rekao: Ćao, Žarko!",
        "Łódź, Źródło i Ósemka: Ąę Śś Żż są w porządku.",
    ],
)
def test_correct_central_european_text_stays(text):
    assert fix_mojibake(text) == text


# the scorer: a mark for a run of lost characters whose number the damage does not tell


def test_the_scorer_counts_one_mark_for_a_run_of_lost_characters_as_marked():
    """Korean read as EUC-KR that lost bytes: "탔습니다." comes out "\ufffd." (how many syllables
    the dropped bytes held is not known): an honest mark, not a wrong word."""
    import bench_fidelity

    pool = ["\ufffd.", "\ufffd\ufffd."]
    assert bench_fidelity._take_marked(pool, "탔습니다.", 3) == 2
    assert pool == []


def test_the_scorer_credits_a_mark_to_one_word_and_never_a_wrong_letter():
    import bench_fidelity

    pool = ["\ufffd."]
    assert bench_fidelity._take_marked(pool, "탔습니다.", 3) == 1
    assert bench_fidelity._take_marked(pool, "같네요.", 3) == 0  # taken already
    assert not bench_fidelity._marked_run("\ufffd다.", "같네요.")  # a wrong letter
    assert not bench_fidelity._marked_run("\ufffd", "ab")  # ASCII is never lost


# a U+FFFD that was itself damaged: its bytes EF BF BD read by a code page


@pytest.mark.parametrize("codec", ["cp1252", "latin_1", "cp1250", "iso8859_2", "cp1257"])
def test_a_damaged_replacement_character_is_a_mark_again(codec):
    """A converter wrote U+FFFD for a byte it could not read ("Odgovor: \ufffd"), a later reading
    made it three characters ("ï¿½", "ďż˝", "ļæ½"): one U+FFFD stands for what was lost."""
    shown = "\ufffd".encode("utf-8").decode(codec)
    page = f"Odgovor je jasan: {shown} i jos jednom {shown}. Hvala, pomoglo je."
    assert fix_mojibake(page) == "Odgovor je jasan: \ufffd i jos jednom \ufffd. Hvala, pomoglo je."


def test_a_damaged_mark_after_a_correct_letter_is_a_mark():
    assert (
        fix_mojibake("Slažem se, ali ovo je zažï¿½ čudno.")
        == "Slažem se, ali ovo je zaž\ufffd čudno."
    )


@pytest.mark.parametrize(
    "text",
    [
        "¿Qué tal? ¿Dónde está el ½ kilo?",  # Spanish: ¿ and ½ as written
        "Cena: ½ ceny, żółw i ďábel tu są.",  # the same letters, not in that order
        "Symbols `ï¿½` in code stay: they are quoted.",
    ],
)
def test_the_characters_of_a_damaged_mark_apart_stay(text):
    assert fix_mojibake(text) == text


# the damage one pass leaves is read again


@pytest.mark.parametrize(("lang", "k"), [("sr", 0), ("sk", 1), ("sl", 2)])
def test_a_letter_whose_byte_was_lost_under_two_layers_is_marked_in_one_cleaning(lang, k):
    """Serbian "č" (C4 8D) read as cp1252 (8D undefined: U+FFFD) and again as cp1252:
    "liÃ„ï¿½nosti". The first reading of it leaves "liÄï¿½nosti", damage once more; it is read
    again at once, so the cleaned text is a fixed point: "li\ufffdnosti"."""
    page = _page(lang, k, damage(LINES[lang][k], "cp1252", "cp1252", "replace"))
    once = fix_mojibake(page)
    assert fix_mojibake(once) == once
    assert verdict(once.split("\n")[k], LINES[lang][k]) == "marked"


def test_every_repair_is_of_the_text_as_given():
    """Repairs of a later pass are widened to the earlier repairs they meet: each one's
    ``before`` is the input at its offset, and applying them gives the repaired text."""
    page = _page("sk", 1, damage(LINES["sk"][1], "cp1252", "cp1252", "replace"))
    result = repair(page)
    out, pos = [], 0
    for r in result.repairs:
        assert page[r.offset : r.offset + len(r.before)] == r.before
        out += [page[pos : r.offset], r.after]
        pos = r.offset + len(r.before)
    assert "".join(out) + page[pos:] == result.text


# a short legacy page: the code page whose letters fit the words around them


@pytest.mark.parametrize(
    "text",
    [
        "Zaświadczenie o ukończeniu kursu.",
        "Prośba: proszę sprawdzić, czy źle ustawiłem.",
        "Cześć! Jak się masz? Wszystko dobrze, dziękuję.",
    ],
)
def test_a_short_polish_page_in_iso_8859_2_is_read_so(text):
    """ISO-8859-2 "ś" is B6, cp1252's and cp1250's "¶": "Za¶wiadczenie" is no word."""
    from persona_archive.cleaning.decoding import decode

    assert decode(text.encode("iso8859_2")).text == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("naïve café, déjà vu, Straße und Öl.", "cp1252"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy.", "cp1250"),
        ("Привет, как дела? Всё хорошо.", "cp1251"),
        ("Ελληνικά κείμενα εδώ, όλα καλά.", "cp1253"),
    ],
)
def test_a_short_page_whose_letters_fit_keeps_its_code_page(text, codec):
    from persona_archive.cleaning.decoding import decode

    assert decode(text.encode(codec)).text == text


def test_a_lead_before_a_damaged_mark_is_one_lost_letter():
    """ "Äï¿½lánok": "č" read as cp1252 (8D written as U+FFFD), read again as cp1252, of which a
    pass read the lead alone: the lead and the mark are one lost letter."""
    assert (
        fix_mojibake("Ďakujem za Äï¿½lánok, veľmi pekne.") == "Ďakujem za \ufffdlánok, veľmi pekne."
    )


def test_a_bare_lead_of_the_first_layer_under_two_code_pages_is_marked():
    """Serbian "češće" read as cp1252 (the 8D of "č" dropped) and again as cp1250."""
    raw = "Slažem se, ali tada " + damage("češće", "cp1252", "cp1250", "ignore") + " greši."
    assert fix_mojibake(raw) == "Slažem se, ali tada \ufffdešće greši."


@pytest.mark.parametrize("text", ["Äpfel und Öl, ï¿½ber", "Ärger: Äï¿½"])
def test_a_correct_capital_apart_from_a_damaged_mark_stays(text):
    out = fix_mojibake(text)
    assert out.startswith(text.split(",")[0].split(":")[0])
