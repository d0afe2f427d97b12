"""Romanian, Baltic and Russian text, correct or damaged (issue 18): a correct letter is never
changed, damage is restored where the damage model explains it and marked (U+FFFD) where it
cannot tell the letter, never guessed. All text is constructed for these tests."""

from __future__ import annotations

import re

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake

_C1 = re.compile("[\x80-\x9f]")


def damage(text: str, codec: str) -> str:
    """``text`` as UTF-8 read by ``codec``, the undefined bytes and C1 controls dropped."""
    return _C1.sub("", text.encode("utf-8").decode(codec, errors="ignore"))


# --- a lone "â" before "t" is Romanian, not a lost apostrophe ---------------------------------

# "’t" ends an English contraction only after "n" (don’t, can’t): Romanian "cât", "atât",
# "decât", "încât" are words, on a page with no other "â" in a word as on any other
ROMANIAN_AT = [
    "Răspunsurile par atât de sigure.",
    "Nu e cât credeam, dar e bine.",
    "„Nu știm încă de ce răspunsurile par atât de sigure”, a precizat cercetătoarea.",
    "Asistentul a vorbit mai mult decât trebuia, încât am obosit.",
]


@pytest.mark.parametrize("text", ROMANIAN_AT)
def test_a_romanian_word_with_a_before_t_stays(text):
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("text", ROMANIAN_AT)
def test_a_romanian_word_with_a_before_t_stays_beside_damage(text):
    """The same line beside a word read as cp1252 ("Ã®ncÄƒ" is "încă"): the page is damaged,
    its "atât" is not."""
    page = text + "\nȘtim " + damage("încă", "cp1252") + " puțin."
    assert fix_mojibake(page) == text + "\nȘtim încă puțin."


@pytest.mark.parametrize(
    ("raw", "good"),
    [
        ("I donât know, it canât be.", "I don’t know, it can’t be."),
        ("Itâs fine, Iâm sure, weâll see.", "It’s fine, I’m sure, we’ll see."),
    ],
)
def test_a_lost_apostrophe_of_a_contraction_is_still_restored(raw, good):
    assert fix_mojibake(raw) == good


# --- one layer of Central European damage is not read as two ---------------------------------

# A Romanian "ă" (C4 83) read as cp1250 before a closing quote is "Ä" and its 83 lost (written
# U+FFFD or "?"), then "â€ť": one layer, whose lost letter is marked ("mam\ufffd”"). Read again
# through a second code page it would be the African "Ɣ" (cp1257's C6 94), as "Ş«" would be
# the Thaana vowel sign "ޫ": letters of no page, no reading
ONE_LAYER = [
    ("Au spus: „Ceaiul e bun pentru mamă”.", "cp1250/replace", "mamă”."),
    ("Au spus: „Ceaiul e bun pentru mamă”.", "cp1250/qmark", "mamă”."),
    ("Mi-a spus „e o zi frumoasă” și a plecat.", "cp1250/replace", "frumoasă”"),
]


def _damaged(text: str, word: str, spec: str) -> str:
    codec, _, mode = spec.partition("/")
    raw = word.encode("utf-8").decode(codec, errors="replace")
    if mode == "qmark":
        raw = _C1.sub("?", raw.replace("\ufffd", "?"))
    elif mode != "replace":
        raw = damage(word, codec)
    return text.replace(word, raw)


@pytest.mark.parametrize(("text", "spec", "word"), ONE_LAYER)
def test_one_layer_of_central_european_damage_is_read_as_one(text, spec, word):
    out = fix_mojibake(_damaged(text, word, spec))
    assert out.split(" ")[:2] == text.split(" ")[:2]
    got = out.split(" ")[text.split(" ").index(word)]
    assert got == word or (
        "\ufffd" in got and re.fullmatch(re.escape(got).replace("\ufffd", "[^\\x00-\\x7f]"), word)
    ), got


def test_a_capital_of_a_first_layer_after_a_small_letter_is_a_lost_letter():
    """Romanian "ă" (C4 83) read as latin-1 is a bare "Ä" (83 a C1 control, dropped), read again
    as cp1252 "Ã„"; on a page read so through two layers ("atÃƒÂ¢t" is "atât") the "Ä" glued
    after a small letter is no letter of a word: marked lost, not left as "rÄspunsurile"."""
    raw = damage(damage("Nu văd de ce răspunsurile par atât de sigure.", "latin_1"), "cp1252")
    assert fix_mojibake(raw) == "Nu v\ufffdd de ce r\ufffdspunsurile par atât de sigure."


def test_a_sharp_s_before_a_mark_stays():
    """ "ß" (DF) leads only NKo letters in UTF-8: before a U+FFFD it lost nothing."""
    assert fix_mojibake("Die Straß\ufffde ist lang.") == "Die Straß\ufffde ist lang."


# --- Baltic pages in cp1257 --------------------------------------------------------------------

BALTIC = [
    "Šķiet, ka tas strādā.",
    "Labdien! Šodien mēs runāsim par mākslīgā intelekta personību un ētiku.",
    "Vai jūs zināt, kāpēc čatbots vienmēr atvainojas? Man tas šķiet dīvaini.",
    "Ačiū, atsakymas man labai padėjo. Ši programa tikrai gera.",
    "Ar žinote, kodėl asistentas visada atsiprašo? Man tai keista.",
    "Tänan, see vastus aitas mind väga. Šokolaad on hea.",
    "Žürii hindas tööd kõrgelt, kuigi šõu oli lühike.",
]


@pytest.mark.parametrize("times", [1, 30])
@pytest.mark.parametrize("text", BALTIC)
def test_a_baltic_page_in_cp1257_is_read_so(text, times):
    """Latvian, Lithuanian, Estonian in cp1257, a line or a page of it: cp1252 reads "š" as
    "ð", a letter too, but "ð", "â", "ç" and "û" side by side are no language's letters."""
    from persona_archive.cleaning.decoding import decode

    page = " ".join([text] * times)
    assert decode(page.encode("cp1257")).text == page


# other Latin code pages keep theirs, as do the other scripts' ones
LATIN_PAGES = [
    ("naïve café, déjà vu, crème brûlée à Noël.", "cp1252"),
    ("Não sei, a ação é difícil e você está cansado.", "cp1252"),
    ("Perché è così? Più tardi, città e virtù.", "cp1252"),
    ("Þetta er ágætt, ég held að það sé gott veður í dag.", "cp1252"),
    ("Hyvää päivää, kiitos paljon kävelystä.", "cp1252"),
    ("Jeg kan lide æbler, øl og blåbær.", "cp1252"),
    ("Őszintén szólva többet vártam tőle.", "cp1250"),
    ("Hvala, čini mi se da će novi model biti još bolji.", "cp1250"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy.", "iso8859_2"),
    ("Türkçe öğrenmek güzel, şimdi çalışıyorum.", "cp1254"),
    ("Привет, как дела? Всё хорошо.", "cp1251"),
    ("Ελληνικά κείμενα εδώ, όλα καλά.", "cp1253"),
]


@pytest.mark.parametrize("times", [1, 30])
@pytest.mark.parametrize(("text", "codec"), LATIN_PAGES)
def test_a_latin_page_keeps_its_code_page(text, codec, times):
    from persona_archive.cleaning.decoding import decode

    page = " ".join([text] * times)
    assert decode(page.encode(codec)).text == page


# --- Russian read as latin-1 with the C1 controls stripped ------------------------------------

# every "р" to "я" (D1 80-9F) and "А" to "П" (D0 90-9F) is a bare lead then: "тут" is "ÑÑÑ"
RUSSIAN = [
    "Я думаю, что ассистент прав: это очень хорошо.",
    "Ты тут? Уже поздно, сестра.",
    "Модель отвечает вежливо, но иногда слишком длинно.",
    "Мы пьём чай с мёдом и читаем книги.",
]


def _matches(out: str, good: str) -> bool:
    """``out`` is ``good`` with some letters (or a run of them) marked lost, none wrong."""
    pattern = "".join("[^\\x00-\\x7f]+" if ch == "\ufffd" else re.escape(ch) for ch in out)
    return re.fullmatch(pattern, good) is not None


@pytest.mark.parametrize("text", RUSSIAN)
def test_russian_read_as_latin_1_without_c1_is_restored_or_marked(text):
    raw = damage(text, "latin_1")
    out = fix_mojibake(raw)
    assert all(
        o == g or ("\ufffd" in o and _matches(o, g))
        for o, g in zip(out.split(" "), text.split(" "), strict=True)
    ), out
    assert fix_mojibake(out) == out


def test_a_word_of_bare_leads_beside_such_words_is_marked():
    """ "тут": three letters whose second byte was stripped, no letter the damage model tells."""
    raw = damage("Уже тут поздно.", "latin_1")
    assert fix_mojibake(raw) == "Уже \ufffd\ufffd\ufffd поздно."


@pytest.mark.parametrize("text", ["Ö und É sind Buchstaben, café.", "Ñ es una letra, señor."])
def test_a_latin_letter_alone_stays(text):
    assert fix_mojibake(text) == text


def test_a_whole_letter_beside_a_bare_lead_is_kept():
    """ "Ты": "Т" (D0 A2) is whole, "ы" (D1 8B) lost its byte - one letter and one mark, not
    one mark for both (a reading through two layers that only marks)."""
    raw = damage("Ты тут? Уже поздно.", "latin_1")
    assert fix_mojibake(raw) == "Т\ufffd \ufffd\ufffd\ufffd? Уже поздно."
