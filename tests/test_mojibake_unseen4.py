"""Partial damage of Latin-2 pages (issue 18 point 2): a bare lead capital that opens a word,
or stands as a word of its own, beside damage of its codec is what is left of a letter - marked
lost (U+FFFD) or settled by the page's alphabet, never left as garbage; a correct capital that
the page's language writes stays. All text is constructed for these tests."""

from __future__ import annotations

import re

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake

LOST = "\ufffd"

# a Hungarian forum answer written correctly, then a comment damaged
HU_INTRO = (
    "A gép válaszai általában pontosak, és a hangnem is kellemes. Sokszor érdemes többször "
    "rákérdezni, mert a második válasz gyakran jobb. Ő maga is ezt javasolja a leírásban, főleg "
    "hosszú beszélgetésekben. A fórumon többen írták, hogy a türelme meglepő, és hogy ritkán "
    "téved, ha elég részletes a kérdés. Én is így látom, bár néha túl óvatos, és ez zavaró.\n"
)
HU_COMMENT = (
    "Ügyes megoldás, de a gép nem érti, hogy ő mindig udvarias. Összesen öt kérdést tettem "
    "fel. Érdekes, hogy ennyire következetes. Őszintén szólva többet vártam."
)


def _damage(text: str, codec: str, mode: str = "drop") -> str:
    """UTF-8 read as ``codec``; its undefined bytes and the C1 controls dropped, or each one
    written as "?" (``mode="q"``) or U+FFFD (``mode="fffd"``), as scrapers and CMSs do."""
    raw = text.encode("utf-8")
    if mode == "drop":
        return re.sub("[\x80-\x9f]", "", raw.decode(codec, errors="ignore"))
    mark = "?" if mode == "q" else LOST
    return re.sub("[\x80-\x9f]", mark, raw.decode(codec, errors="replace").replace(LOST, mark))


def _wrong_words(out: str, correct: str) -> list[tuple[str, str]]:
    """The words of ``out`` that are neither ``correct``'s word nor it with letters marked."""
    outs, goods = out.split(), correct.split()
    assert len(outs) == len(goods), out
    return [
        (o, g)
        for o, g in zip(outs, goods, strict=True)
        if o != g
        and not (
            len(o) == len(g)
            and all(a == b or (a == LOST and ord(b) > 127) for a, b in zip(o, g, strict=True))
        )
    ]


@pytest.mark.parametrize("codec", ["iso8859_2", "latin_1", "cp1252"])
def test_a_hungarian_comment_leaves_no_bare_lead(codec):
    """ "Ăgyes", "Ăsszesen", "hogy Ĺ mindig": Ü Ö É ő lost their C1 byte, left as garbage."""
    out = fix_mojibake(HU_INTRO + _damage(HU_COMMENT, codec))
    assert out.startswith(HU_INTRO)
    assert _wrong_words(out[len(HU_INTRO) :], HU_COMMENT) == []


@pytest.mark.parametrize("codec", ["iso8859_2", "latin_1", "cp1252"])
def test_a_hungarian_comment_whose_lost_bytes_are_question_marks_stays_read(codec):
    """The same damage with each lost byte written "?" (read before these rules: kept so)."""
    out = fix_mojibake(HU_INTRO + _damage(HU_COMMENT, codec, "q"))
    assert _wrong_words(out[len(HU_INTRO) :], HU_COMMENT) == []


@pytest.mark.parametrize("codec", ["iso8859_2", "latin_1"])
def test_a_short_hungarian_comment_alone_is_marked(codec):
    out = fix_mojibake(_damage(HU_COMMENT, codec))
    assert _wrong_words(out, HU_COMMENT) == []


def test_a_lone_capital_between_small_words_is_settled_by_the_alphabet():
    """ "hogy Ĺ mindig": a word of one capital inside a sentence is "ő" on a page that writes "ő"
    and none of the other letters C5 and a C1 byte make."""
    out = fix_mojibake(HU_INTRO + _damage(HU_COMMENT, "iso8859_2"))
    assert "hogy ő mindig" in out


def test_a_sentence_opening_capital_is_settled_by_the_small_letter():
    """cp1252 drops the 90 of "Ő" (C5 90): "Åszintén"; the page writes "ő" all through and none
    of Ł ō ŏ ŝ, so the capital opening a sentence is "Ő"."""
    out = fix_mojibake(HU_INTRO + _damage(HU_COMMENT, "cp1252"))
    assert out.endswith("Őszintén szólva többet vártam.")


@pytest.mark.parametrize(
    "text",
    [
        # a German word on a Czech page damaged as cp1250: Ä could be ā ă Ĉ Đ Ę, none Czech
        "Asistent odpovídá klidně a věcně. Der Ärger war groß, říká, "
        + _damage("že čeština je těžká a čtenáři to chválí.", "cp1250"),
        # a Swedish name on a Hungarian page damaged as latin-1 (Å is C5, the damage's C3)
        "A gép válaszai pontosak és kellemesek. Åsa szerint "
        + _damage("érdekes, hogy ennyire következetes és gyors.", "latin_1"),
        # Romanian Ăsta on a page that writes ă, before damage on its line
        "Asistentul răspunde calm și la obiect, chiar și când greșește.\nĂsta e bun, "
        + _damage("zise el, îmi place.", "iso8859_2"),
        # a one-letter capital after a name, and one before a capitalised word
        "Anna Ĺ mindig " + _damage("érdekes és következetes válasz.", "iso8859_2"),
        "hogy Ĺ Mindig " + _damage("érdekes és következetes válasz.", "iso8859_2"),
    ],
)
def test_a_correct_capital_beside_damage_stays(text):
    first = re.search(r"[ÄÅĂĹ]\w*", text).group()
    assert first in fix_mojibake(text)


RU_INTRO = "Ассистент отвечает спокойно и по делу, даже если вопрос поставлен неудачно.\n"
RU_COMMENT = "Ирина сказала, что ИИ иногда шутит, и это приятно."


def test_a_word_of_bare_leads_between_damaged_words_is_read():
    """cp1251 drops the 98 of "И" (D0 98): "что РР иногда" - a word of bare leads alone between
    two words the codec damaged is "ИИ", the one reading of each."""
    out = fix_mojibake(RU_INTRO + _damage(RU_COMMENT, "cp1251"))
    assert out == RU_INTRO + RU_COMMENT


def test_a_correct_word_between_damaged_words_stays():
    """Letters whose lead lost no byte ("его", three-byte leads in cp1251's reading) stay."""
    text = RU_INTRO + _damage("что", "cp1251") + " его " + _damage("иногда шутит.", "cp1251")
    assert " его " in fix_mojibake(text)


HR_INTRO = (
    "Asistent odgovara mirno i jasno, čak i kad je pitanje loše postavljeno. Često dodatno "
    "pita prije nego što nešto učini, pa razgovor traje dulje, ali rezultat je bolji.\n"
)
HR_COMMENT = (
    "Đuro je rekao da je odgovor točan. Šteta što nije duži. Žao mi je, ali ćemo vidjeti. "
    "Čak i ja se slažem."
)


@pytest.mark.parametrize("codec", ["latin_1", "cp1252", "iso8859_2"])
def test_a_lead_and_no_break_space_is_a_letter(codec):
    """ "Šteta" (C5 A0) as latin-1 is "Å\\xa0teta": the no-break space split the word in two."""
    out = fix_mojibake(HR_INTRO + _damage(HR_COMMENT, codec))
    assert _wrong_words(out[len(HR_INTRO) :], HR_COMMENT) == []


def test_a_letter_and_no_break_space_of_no_living_orthography_stays():
    """Italian "È\\xa0vero" beside damage: C8 A0 would be Ƞ, which no page writes."""
    text = "È\xa0vero, " + _damage("il caffè è buono e la città è bella.", "latin_1")
    assert fix_mojibake(text).startswith("È\xa0vero, ")


def test_a_sentence_opening_lost_letter_is_no_small_letter():
    """ "Äak" (Č, C4 8C as latin-1, 8C dropped) opens a sentence: the page's "čak" does not
    make it "čak" (nor "Čak": the case of a word says nothing of its first letter)."""
    out = fix_mojibake(HR_INTRO + _damage(HR_COMMENT, "latin_1"))
    assert out.endswith("\ufffdak i ja se slažem.")


def test_a_glued_capital_is_no_letter_the_page_writes():
    """cp1252 drops the 90 of "Đ" and the 8D of "č": "Äuro ... toÄan" ("Ä‡" and "ÄŒ", ć and Č,
    show C4 the line's lead); the "Ä" glued after "o" neither shows "Ä" written on the page nor
    stands between "Äuro" and its line's damage."""
    out = fix_mojibake(HR_INTRO + _damage(HR_COMMENT, "cp1252"))
    assert _wrong_words(out[len(HR_INTRO) :], HR_COMMENT) == []


def test_a_word_that_lost_a_byte_is_marked_and_stays_so():
    """Czech "těžká" as latin-1 is "tÄÅ¾ká": "Ä" lost the 9B of ě. It also reads as one
    character cp1250 then cp1252 lost ("t\ufffdká": the mark stands for two letters); either
    way it is marked, never guessed, and cleaning the output again changes nothing (letting the
    single-layer "ž" veto the two-codec reading made constructed Central European double damage
    less often idempotent: 137 -> 155 variants)."""
    correct = "Řekl jsem mu, že čeština je těžká a čtenáři to chválí."
    out = fix_mojibake(_damage(correct, "latin_1"))
    assert [w for w, _ in _wrong_words(out, correct) if LOST not in w] == []
    assert "t\ufffd" in out
    assert fix_mojibake(out) == out


def test_a_word_of_bare_leads_through_two_codecs_is_read():
    """The same through cp1251 then cp1252: "РР" became "Ð\\xa0Ð\\xa0" between two words that
    read through both layers."""
    twice = _damage(_damage(RU_COMMENT, "cp1251"), "cp1252")
    out = fix_mojibake(RU_INTRO + twice)
    assert out == RU_INTRO + RU_COMMENT


EL_INTRO = (
    "Ο βοηθός απαντά ήρεμα και ουσιαστικά, ακόμη κι όταν η ερώτηση είναι κακώς διατυπωμένη.\n"
)
EL_FIRST = "Ρώτησα αν μπορεί να γράψει ποίημα."
EL_SECOND = "Η απάντηση ήταν ευγενική και ειλικρινά σύντομη, είπε."


def test_a_line_of_a_second_greek_code_page_is_read_with_it():
    """A Greek page damaged as cp1253 in one comment and as ISO-8859-7 in the next: "Ξ΅" (ε as
    ISO-8859-7, CE B5) is cp1253's "Ρ" (CE A1) - "ΡυγΡνική" - a wrong letter, never a mark."""
    text = EL_INTRO + _damage(EL_FIRST, "cp1253") + "\n" + _damage(EL_SECOND, "iso8859_7")
    out = fix_mojibake(text)
    first, second = out[len(EL_INTRO) :].split("\n")
    assert _wrong_words(first, EL_FIRST) == []
    assert _wrong_words(second, EL_SECOND) == []


def test_a_capital_opening_a_word_is_no_misfit():
    """ "Ρώτησα" under cp1253 opens with a capital: the line stays the page codec's."""
    out = fix_mojibake(EL_INTRO + _damage(EL_FIRST, "cp1253"))
    assert _wrong_words(out[len(EL_INTRO) :], EL_FIRST) == []


@pytest.mark.parametrize("codec", ["iso8859_7", "cp1253"])
def test_a_greek_article_that_lost_its_byte_is_marked(codec):
    """ "Η" (CE 97) as ISO-8859-7 and "Ο" (CE 9F) as cp1253 are a bare "Ξ" before a damaged word:
    what is left of a letter, marked - never left as a "Ξ" no Greek sentence opens with."""
    correct = "Η απάντηση ήταν ευγενική. Ο Γιάννης και η Ελένη συμφώνησαν."
    out = fix_mojibake(EL_INTRO + _damage(correct, codec))
    assert _wrong_words(out[len(EL_INTRO) :], correct) == []


def test_a_greek_article_as_written_beside_damage_stays():
    """The article "Ο" written correctly before a damaged word: the page writes "Ο" as a word."""
    text = EL_INTRO + "Ο " + _damage("Γιάννης και η Ελένη συμφώνησαν.", "iso8859_7")
    assert fix_mojibake(text).startswith(EL_INTRO + "Ο ")


def test_a_greek_word_that_lost_two_letters_through_two_codecs_is_read():
    """ "γράψει" through cp1253 (ρ and ψ lost their 81, 88) then cp1252: each lost letter is one
    of ρ ψ ϊ ό ύ ώ (archaic Ϙ ϐ ... are no reading), marked - the word was left half read, and a
    second cleaning read it (not idempotent)."""
    correct = "Ρώτησα αν μπορεί να γράψει ποίημα."
    out = fix_mojibake(EL_INTRO + _damage(_damage(correct, "cp1253"), "cp1252"))
    assert _wrong_words(out[len(EL_INTRO) :], correct) == []
    assert fix_mojibake(out) == out


def test_a_sentence_opening_letter_settled_by_the_alphabet_is_a_capital():
    """ "Åszintén" (Ő, C5 90, as cp1252, read as latin-1's bare C5 on a page whose other
    damage latin-1 reads) opening a line: the page writes "ő" and none of the other readings,
    and a line's first letter is its capital - never "őszintén"."""
    first = "Őszintén szólva többet vártam a naptárkezeléstől, de a beszélgetés jó."
    second = "Azt is bevallotta, hogy a régi események áthelyezése még nehezen megy neki."
    out = fix_mojibake(HU_INTRO + _damage(first + "\n" + second, "cp1252"))
    assert _wrong_words(out[len(HU_INTRO) :].split("\n")[0], first) == []


def test_a_greek_word_whose_every_letter_lost_its_byte_is_marked():
    """ "όπως" as ISO-8859-7 is "ΟΟΟΟ" (each CF lost its 8C, 80, 89, 82) between two damaged
    words: four lost letters, not a word as written."""
    correct = "Η απάντηση ήταν σύντομη, όπως ακριβώς την ήθελα."
    out = fix_mojibake(EL_INTRO + _damage(correct, "iso8859_7"))
    assert _wrong_words(out[len(EL_INTRO) :], correct) == []


def test_an_acronym_beside_one_damaged_word_stays():
    """A Greek acronym of capitals as written ("ΟΗΕ") beside one damaged word stays."""
    text = EL_INTRO + "Ο ΟΗΕ " + _damage("ανακοίνωσε σήμερα.", "iso8859_7")
    assert "Ο ΟΗΕ " in fix_mojibake(text)


def test_bare_leads_marked_show_the_lead_of_the_lines_damage():
    """Croatian as latin-1: č ć Č Đ all lose their C4 8x byte, so no C4 sequence is restored;
    the bare leads read on the first line ("to\\ufffdan") show C4 as the damage's lead for
    "Äemo" and "Äak" on the next."""
    comment = (
        "Đuro je rekao da je odgovor bio točan. Šteta što nije duže.\n"
        "Žao mi je, ali ćemo vidjeti kako ide. Čak i sestra ga koristi."
    )
    out = fix_mojibake(HR_INTRO + _damage(comment, "latin_1"))
    assert _wrong_words(out[len(HR_INTRO) :], comment) == []


def test_serbian_read_as_cp1250_then_cp1252_comes_out_right_or_marked():
    """Serbian damaged twice ("Slažem" -> "SlaÄ¹Ä¾em"): each word right or marked, never the
    first layer's garbage ("SlaĹľem"), and the output is a fixed point."""
    good = [
        "Pozdrav svima, imam pitanje o ličnosti asistenta.",
        "Slažem se, ali mislim da je to namerno podešeno.",
        "On kaže da se ton može promeniti u podešavanjima.",
        "Hvala na odgovorima, probaću večeras.",
    ]
    damaged = [
        line.encode("utf-8").decode("cp1250", errors="replace").encode("utf-8").decode("cp1252")
        if k in (1, 2)
        else line
        for k, line in enumerate(good)
    ]
    out = fix_mojibake("\n".join(damaged))
    for got, want in zip(out.split("\n"), good, strict=True):
        for g, w in zip(got.split(" "), want.split(" "), strict=True):
            assert g == w or LOST in g, (g, w)
    assert fix_mojibake(out) == out
