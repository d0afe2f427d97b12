"""Constructed damage in hard-wrapped plain text (mail archives, Usenet, plain-text letters):
a paragraph in its language wrapped at a fixed width, quoted with "> " or not, each line UTF-8
read with a wrong code page (bytes it leaves undefined dropped, or written as "?"), beside a
correct paragraph. Each damaged word is restored or honestly marked (U+FFFD for each lost
character, every other character right): never a guessed character, never garbage left
half-read; the correct lines stay as they are."""

from __future__ import annotations

import textwrap

import pytest

from conftest import fidelity_corpus
from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST

# (damaged paragraph, correct paragraph beside it) per language: text of this project's own
_TEXT = {
    "ru": (
        "По-моему, ассистент слишком осторожен, но не меняет мнения, когда на него давят. "
        "Это скорее хорошо, чем плохо.",
        "Мы задали одни и те же вопросы дважды и посчитали уклончивые ответы; второй раз "
        "прошёл спокойнее.",
    ),
    "uk": (
        "На мою думку, асистент надто обережний, але не змінює думки, коли на нього "
        "тиснуть. Це радше добре, ніж погано.",
        "Ми поставили ті самі питання двічі й порахували ухильні відповіді; другий раз був "
        "спокійніший.",
    ),
    "bg": (
        "Според мен асистентът е твърде предпазлив, но не променя мнението си, когато го "
        "притискат. Това е по-скоро добре.",
        "Зададохме едни и същи въпроси два пъти и преброихме уклончивите отговори; вторият "
        "път беше по-спокоен.",
    ),
    "el": (
        "Κατά τη γνώμη μου ο βοηθός είναι υπερβολικά προσεκτικός, αλλά δεν αλλάζει γνώμη "
        "όταν τον πιέζουν. Αυτό είναι μάλλον καλό.",
        "Κάναμε τις ίδιες ερωτήσεις δύο φορές και μετρήσαμε τις διστακτικές απαντήσεις· η "
        "δεύτερη φορά ήταν πιο ήρεμη.",
    ),
    "cs": (
        "Můj asistent je příliš opatrný, ale nemění názor, když na něj člověk tlačí. Řekl "
        "bych, že je to spíš dobře.",
        "Položili jsme stejné otázky dvakrát a spočítali odpovědi s váháním; druhé kolo bylo "
        "klidnější.",
    ),
    "pl": (
        "Mój asystent jest zbyt ostrożny, ale nie zmienia zdania, gdy się naciska. Źle to nie "
        "jest, choć czasem męczące.",
        "Zadaliśmy te same pytania dwa razy i policzyliśmy odpowiedzi z wahaniem; druga seria "
        "była spokojniejsza.",
    ),
    "ro": (
        "Cred că asistentul e prea prudent, dar nu își schimbă părerea când insiști. Sincer, "
        "în școală asta ajută.",
        "Am pus aceleași întrebări de două ori și am numărat răspunsurile ezitante; a doua "
        "rundă a fost mai calmă.",
    ),
    "lt": (
        "Mano nuomone, asistentas per daug atsargus, bet nekeičia nuomonės, kai į jį "
        "spaudžiama. Tai greičiau gerai nei blogai.",
        "Uždavėme tuos pačius klausimus du kartus ir suskaičiavome dvejojančius atsakymus; "
        "antras kartas buvo ramesnis.",
    ),
}


def _damage(text: str, codec: str) -> str:
    """``text`` as UTF-8 read with ``codec``, as the fidelity corpus damages it
    (``build_corpus.damage``: ``name/qmark`` writes undefined bytes as "?", ``a>b`` twice)."""
    return fidelity_corpus().damage(text, codec)


def _page(lang: str, codec: str, quoted: bool) -> tuple[str, str]:
    damaged, beside = _TEXT[lang]
    head = ["From: Ada <ada@example.org>", "Subject: Re: the assistant", "", "Ada wrote:"]
    prefix = "> " if quoted else ""
    lines = textwrap.wrap(damaged, 60)
    tail = ["", *textwrap.wrap(beside, 60), "", "-- ", "Ada"]
    raw = head + [prefix + _damage(line, codec) for line in lines] + tail
    good = head + [prefix + line for line in lines] + tail
    return "\n".join(raw), "\n".join(good)


def _marked(word: str, correct: str) -> bool:
    if len(word) != len(correct):
        return False
    return all(a in (b, LOST) for a, b in zip(word, correct, strict=True))


def _bad_words(raw: str, good: str, out: str) -> list[tuple[str, str, str]]:
    """Each word of the damaged lines neither restored nor marked, and each correct line
    changed: (raw, correct, output)."""
    bad = []
    for r, g, o in zip(raw.split("\n"), good.split("\n"), out.split("\n"), strict=True):
        if r == g:
            if o != g:
                bad.append((r, g, o))
            continue
        for rw, gw, ow in zip(r.split(" "), g.split(" "), o.split(" "), strict=True):
            if ow != gw and not _marked(ow, gw):
                bad.append((rw, gw, ow))
    return bad


@pytest.mark.parametrize("quoted", [True, False])
@pytest.mark.parametrize("codec", ["latin_1/qmark", "cp1252/qmark"])
@pytest.mark.parametrize("lang", ["ru", "uk", "bg", "el"])
def test_question_marked_bytes_leave_the_rest_of_the_word_read(lang, codec, quoted):
    """A "?" for a lost byte holds its lead ("Ñ?"), not the whole run: "Ð°Ñ?Ð¸" is "а�и"."""
    raw, good = _page(lang, codec, quoted)
    assert _bad_words(raw, good, fix_mojibake(raw)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Что? Где? Когда? Это вопрос, а не ошибка.",
        "Τι; Πού; Ναι? Όχι? Ερωτήσεις, όχι λάθη.",
        "É? Sim. Não? Então está bem, obrigado.",
        "Ð? is not a word, and Ñ? is a letter before a question mark.",
    ],
)
def test_correct_question_marks_stay(text):
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("quoted", [True, False])
@pytest.mark.parametrize("lang", ["cs", "pl", "ro", "lt"])
def test_latin1_mail_of_a_central_european_language_leaves_no_bare_lead(lang, quoted):
    """A mail archive reads any language's UTF-8 as latin-1: "ě" (C4 9B) is a bare "Ä" whose
    9B was a C1 control. Glued after a small letter ("nÄj") or in a word with other damage
    it is marked (or settled by the page); "Ä¯" is latin-1's "į", not cp1257's "ĝ", though
    the reply beside it writes letters latin-1 cannot ("ė", "č")."""
    raw, good = _page(lang, "latin_1", quoted)
    assert _bad_words(raw, good, fix_mojibake(raw)) == []


@pytest.mark.parametrize("codec", ["cp1250/qmark", "iso8859_2/qmark"])
def test_question_marked_byte_at_a_word_end(codec):
    """Romanian "ă" (C4 83) with its 83 written "?": "pÄ?rerea" shows the page a converter's,
    so "cÄ?" and "schimbÄ?" lost a byte too (no "?" is left over); the page's words are read
    from it repaired, never from its damage ("cĂ˘nd" holds no word "cĂ")."""
    raw, good = _page("ro", codec, True)
    out = fix_mojibake(raw)
    assert "?" not in out
    assert not [w for w in _bad_words(raw, good, out) if w[2] != w[0]]


@pytest.mark.parametrize(
    "text",
    [
        # German capitals opening words stay beside latin-1 damage elsewhere on the page
        "Ärger und Öl, Übermut.\n> Der Text war schÃ¶n und grÃ¼n, aber kÃ¼hl.",
        # a capital after a small letter of a name, far from any damage
        "The iPhone and McÄrlen's shop.\n" + "x" * 100 + "\nEs war schÃ¶n.",
        # a correct Czech reply beside a latin-1 quote: the reply is left as written
        "> Asistent je pÅÃ­liÅ¡ opatrnÃ½.\nNěco jiného: člověk řekne, že je to dobře.",
    ],
)
def test_correct_letters_beside_latin1_damage_stay(text):
    out = fix_mojibake(text)
    for line, got in zip(text.split("\n"), out.split("\n"), strict=True):
        if "Ã" not in line and "Å" not in line:
            assert got == line


# a quotation and a dash between spaces whose bytes latin-1 lost but their lead (E2 80 9E,
# E2 80 93: "â"), in the typography of each language
_QUOTED = {
    "de": (
        "Sie schrieb mir gestern, dass der Assistent „ich bin mir nicht sicher“ sagt – und "
        "das finde ich für einen Assistenten ehrlich und schön.",
        "„",
        "–",
    ),
    "pl": (
        "Napisała mi wczoraj, że asystent mówi „nie jestem pewien” – i to jest moim zdaniem "
        "uczciwe i dobre.",
        "„",
        "–",
    ),
    "en": (
        "She wrote to me from the café yesterday that the assistant says “not sure” — and I "
        "think that is honest and good.",
        "“",
        "—",
    ),
}


@pytest.mark.parametrize("lang", sorted(_QUOTED))
def test_lost_quotes_and_dashes_follow_the_page_language_or_are_marked(lang):
    """A bare "â" lost both bytes: “ ” „ ‘ ’ – — are all readings. The page's language settles
    them where its typography does (German „…“ and –, Polish „…” and –, English “…” and —);
    elsewhere, and where the language is not told, they are marked, never guessed (a dash at
    a line's end has no role: marked)."""
    correct, _, _ = _QUOTED[lang]
    raw, good = _page_text(correct, "latin_1")
    out = fix_mojibake(raw)
    # restored, marked, or (a line with no other damage to show it) left as written
    assert [w for w in _bad_words(raw, good, out) if w[0] != w[2]] == []


def _page_text(text: str, codec: str) -> tuple[str, str]:
    lines = textwrap.wrap(text, 60)
    head = ["Ada wrote:"]
    return (
        "\n".join(head + ["> " + _damage(line, codec) for line in lines]),
        "\n".join(head + ["> " + line for line in lines]),
    )


def test_a_quotation_wrapped_over_lines_is_never_closed_by_a_guess():
    """A quotation opened on one line of a hard-wrapped paragraph closes on the next: its
    closing mark is the opening one's (German „…“) or lost with it, never an apostrophe
    guessed alone ("nachâ," was "nach’,")."""
    text = (
        "Gestern hat mir der Assistent auf meine Frage nach dem Wetter für morgen geantwortet, "
        "er wisse „das leider nicht so genau, schau lieber selbst nach“, und das fand ich schön."
    )
    raw, good = _page_text(text, "latin_1")
    assert raw.count("\n") >= 2
    out = fix_mojibake(raw)
    assert _bad_words(raw, good, out) == []


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte „ja“ – und sie sagte “no” — both written correctly, with ‘single’ ones too.",
        "> Ein Zitat mit „richtigen“ Zeichen – ohne Schaden.\n> Und eine zweite Zeile dazu.",
    ],
)
def test_correct_quotes_and_dashes_stay(text):
    assert fix_mojibake(text) == text


@pytest.mark.parametrize("lang", ["ru", "uk", "bg", "el"])
def test_an_alphabet_damaged_twice_is_read_through_both_layers(lang):
    """Cyrillic or Greek UTF-8 read as cp1252, saved and read as cp1252 again: the second
    damage drops the 90 of "Ð" ("о" is "ÃÂ¾"), the first the 81 of "с" (a bare "Ñ"). A run
    is read through both layers where its readings make a word of one alphabet (the Greek
    symbol "Ͼ" is no reading of "ÃÂ¾" in a Cyrillic word), a letter lost the first time is
    marked; no letter is guessed, and most words come back."""
    raw, good = _page(lang, "cp1252>cp1252", True)
    out = fix_mojibake(raw)
    bad = _bad_words(raw, good, out)
    assert [w for w in bad if w[0] != w[2] and not _half_read(w)] == []
    words = sum(line != g for line, g in zip(raw.split("\n"), good.split("\n"), strict=True))
    assert out.count("\n") == raw.count("\n") and words


def _half_read(word: tuple[str, str, str]) -> bool:
    """A word left damaged (one layer read, or a lost byte marked): garbage still, but no
    guess: every character of it is in the damaged word or U+FFFD, none a letter made up."""
    raw, _, out = word
    return all(ch in raw or ch == LOST or ch in _ONE_LAYER for ch in out)


_ONE_LAYER = bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")  # one layer's text


def test_correct_cyrillic_beside_double_damage_stays():
    text = "Это правильный текст: Ͼ и ݾ остаются.\n> ÃÂ½ÃÂ¾ ÃÂ½ÃÂµ Ã‘â€šÃÂ°ÃÂº"
    out = fix_mojibake(text).split("\n")
    assert out[0] == text.split("\n")[0]
    assert out[1] == "> но не так"


@pytest.mark.parametrize(
    "correct",
    [
        "À mon avis, l’assistant répond « je ne suis pas sûr » bien trop souvent.",
        "В доме тихо, и ассистент отвечает спокойно и вежливо.",
        "She said “no” and then “yes”, and later “maybe” — all in one “short” day.",
    ],
)
def test_a_question_mark_for_a_lost_byte_is_no_question(correct):
    """A converter that writes a lost byte as "?" leaves "Ã?" for a one-letter word ("À",
    "В") and "â€?" for ” under cp1252 (9D undefined): the "?" goes with the mark; no "?"
    is left that the text never had."""
    codec = "cp1252/qmark" if "“" in correct else "latin_1/qmark"
    raw = _damage(correct, codec)
    out = fix_mojibake(raw)
    assert out.count("?") == correct.count("?")
    assert _marked(out, correct) or out == correct


@pytest.mark.parametrize(
    "text",
    [
        "Did she say “no”? I think so, and it’s fine.",
        "Did she say â€œnoâ€? I think â€œyesâ€ is what she said.",
    ],
)
def test_a_question_after_a_quote_stays_a_question(text):
    assert fix_mojibake(text).count("?") == 1


@pytest.mark.parametrize(
    "correct",
    [
        "Řekl bych, že člověk to pozná: asistent je příliš opatrný.",
        "Mój asystent mówi, że się myli, choć rzadko.",
        "Őszintén szólva a gép gyorsan válaszol.",
    ],
)
def test_a_bare_lead_of_the_first_layer_in_a_twice_damaged_word_is_marked(correct):
    """Czech "č" (C4 8D) read twice as cp1252 is "Ã„": its first layer "Ä" lost the 8D. In a
    word whose other damage is read through both layers it is marked (or the one letter it
    can be), not left as the "Ä" of its first layer; a word damaged once keeps its reading."""
    raw = _damage(correct, "cp1252>cp1252")
    out = fix_mojibake(raw)
    assert _marked(out, correct) or out == correct, out


def test_a_letter_damaged_once_beside_double_damage_stays_read_once():
    text = "Der Ã„rger war groÃŸ, aber itÃ¢â‚¬â„¢s fine."
    assert fix_mojibake(text) == "Der Ärger war groß, aber it’s fine."
