"""Correct letters beside damage are never touched (issue 18): pages of eleven languages where
one part was re-encoded - a title, a quoted sentence inside a correct paragraph, a comment -
and the rest is correct text with the same letters. The damaged part may be restored or
marked; every character outside it stays as written. Also the rules that turn a guess between
two readings into a mark. All text is constructed for these tests."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST

# per language: (title, paragraph before, quoted sentence, paragraph after, comment)
PAGES = {
    "cs": (
        "Jak mluví náš nový pomocník",
        "Včera jsem se ptal asistenta na počasí a odpověděl mi klidně.",
        "Řekl, že přesně neví, jestli bude pršet.",
        "Líbí se mi, že přizná, když něco neví.",
        "Souhlasím, taky mě to překvapilo.",
    ),
    "pl": (
        "Czy asystent może mieć charakter?",
        "Wczoraj zapytałam go o przepis na żurek i odpowiedział grzecznie.",
        "Przyznał, że nie zna dokładnej ilości mąki.",
        "Ta szczerość bardzo mi się podoba.",
        "Też to zauważyłem, świetna obserwacja.",
    ),
    "hu": (
        "Milyen a jó asszisztens személyisége?",
        "Tegnap megkérdeztem tőle, hogy mikor nyit a könyvtár.",
        "Őszintén bevallotta, hogy nem tudja pontosan.",
        "Szerintem ez sokkal jobb, mint a magabiztos tévedés.",
        "Egyetértek, köszönöm a bejegyzést.",
    ),
    "de": (
        "Über die Persönlichkeit von Assistenten",
        "Gestern fragte ich ihn nach dem Wetter für München.",
        "Er sagte ehrlich, dass er es nicht genau weiß.",
        "Das gefällt mir besser als eine falsche Größe.",
        "Schöner Beitrag, danke für die Übersicht.",
    ),
    "fr": (
        "Le caractère des assistants numériques",
        "Hier, je lui ai demandé l'heure d'ouverture de la bibliothèque.",
        "Il a répondu qu'il ne savait pas, et ça m'a étonné.",
        "Je préfère cette franchise à une réponse inventée.",
        "Très juste, merci pour ce témoignage.",
    ),
    "es": (
        "¿Qué personalidad debe tener un asistente?",
        "Ayer le pregunté cuándo abría la panadería del barrio.",
        "Contestó que no lo sabía con certeza, y añadió una disculpa.",
        "Esa honestidad me pareció más útil que una invención.",
        "Estoy de acuerdo, buen artículo.",
    ),
    "pt": (
        "Como deve falar um assistente?",
        "Ontem perguntei-lhe a que horas abria a padaria da esquina.",
        "Respondeu que não sabia ao certo e pediu desculpa.",
        "Prefiro essa honestidade a uma invenção confiante.",
        "Concordo, ótima observação.",
    ),
    "tr": (
        "Asistanın kişiliği nasıl olmalı?",
        "Dün ona kütüphanenin kaçta açıldığını sordum.",
        "Bilmediğini dürüstçe söyledi ve özür diledi.",
        "Bence bu, yanlış bir cevaptan çok daha iyi.",
        "Katılıyorum, güzel yazı olmuş.",
    ),
    "ro": (
        "Ce personalitate trebuie să aibă un asistent?",
        "Ieri l-am întrebat când se deschide biblioteca.",
        "A răspuns sincer că nu știe și și-a cerut scuze.",
        "Mi se pare mai util decât un răspuns inventat.",
        "De acord, mulțumesc pentru articol.",
    ),
    "sk": (
        "Aká má byť povaha asistenta?",
        "Včera som sa ho pýtal, kedy otvárajú knižnicu.",
        "Úprimne povedal, že to presne nevie, a ospravedlnil sa.",
        "Páči sa mi to viac ako sebavedomá chyba.",
        "Súhlasím, ďakujem za článok.",
    ),
    "hr": (
        "Kakva treba biti osobnost asistenta?",
        "Jučer sam ga pitao kada se otvara knjižnica.",
        "Iskreno je rekao da ne zna točno i ispričao se.",
        "To mi je draže od samouvjerene pogreške.",
        "Slažem se, hvala na članku.",
    ),
    "ru": (
        "Каким должен быть характер помощника?",
        "Вчера я спросил его, когда открывается библиотека.",
        "Он честно ответил, что точно не знает.",
        "Мне это нравится больше, чем уверенная ошибка.",
        "Согласен, спасибо за заметку.",
    ),
    "el": (
        "Τι χαρακτήρα πρέπει να έχει ένας βοηθός;",
        "Χθες τον ρώτησα πότε ανοίγει η βιβλιοθήκη.",
        "Απάντησε ειλικρινά ότι δεν ξέρει ακριβώς.",
        "Μου αρέσει περισσότερο από ένα σίγουρο λάθος.",
        "Συμφωνώ, ευχαριστώ για το άρθρο.",
    ),
}
# the code pages a Latin, Cyrillic or Greek page is read with by mistake, once or twice
_SCRIPT_CODECS = {"ru": ("cp1252", "latin_1"), "el": ("cp1252", "iso8859_2")}
_LATIN_CODECS = ("cp1252", "cp1250", "iso8859_2", "latin_1")
_PARTS = ("title", "quote", "comment")


def _damage(text: str, codecs: tuple[str, ...]) -> str:
    for name in codecs:
        text = text.encode("utf-8").decode(name, errors="replace")
    return text


def _cases():
    for lang in PAGES:
        singles = _SCRIPT_CODECS.get(lang, _LATIN_CODECS)
        layers = [(c,) for c in singles] + [("cp1252", "cp1252"), ("cp1250", "cp1252")]
        for codecs in layers:
            for part in _PARTS:
                yield lang, codecs, part


def _page(lang: str, codecs: tuple[str, ...], part: str) -> tuple[list[str], list[str], str]:
    """The page's lines as written, as damaged, and the damaged stretch."""
    title, before, quote, after, comment = PAGES[lang]
    good = [title, "", f"{before} „{quote}” {after}", "", comment]
    bad = list(good)
    if part == "title":
        bad[0] = stretch = _damage(title, codecs)
    elif part == "quote":
        stretch = _damage(quote, codecs)
        bad[2] = f"{before} „{stretch}” {after}"
    else:
        bad[4] = stretch = _damage(comment, codecs)
    return good, bad, stretch


@pytest.mark.parametrize(("lang", "codecs", "part"), list(_cases()))
def test_correct_letters_beside_a_damaged_part_stay(lang, codecs, part):
    good, bad, stretch = _page(lang, codecs, part)
    if stretch == {"title": good[0], "comment": good[4]}.get(part, PAGES[lang][2]):
        pytest.skip("the code page reads this text unchanged")
    out = fix_mojibake("\n".join(bad)).split("\n")
    assert len(out) == len(good)
    damaged_line = {"title": 0, "quote": 2, "comment": 4}[part]
    for i, (o, g) in enumerate(zip(out, good, strict=True)):
        if i != damaged_line:
            assert o == g, (i, o)
    if part == "quote":
        before, after = PAGES[lang][1], PAGES[lang][3]
        assert out[2].startswith(f"{before} „"), out[2]
        assert out[2].endswith(f"” {after}"), out[2]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_correct_page_stays(lang):
    good, _, _ = _page(lang, ("cp1252",), "title")
    assert fix_mojibake("\n".join(good)) == "\n".join(good)


# two readings of a letter: a mark where both are letters of the page, the one that is else


def _czech(line: str) -> str:
    return f"Včera jsem se ptal na počasí.\n{line}\nDěkuji, že odpověděl klidně."


def test_a_c1_control_the_code_page_reads_as_a_character_rules_it_out():
    """Czech "š" read as cp1252 ("Å¡"), then as ISO-8859-2 with the C1 control kept:
    "Ă\\x85ÂĄ". cp1250 under it would read "ť" through cp1254, but cp1250 reads 85 as "…"."""
    line = "Všechno funguje."
    damaged = line.encode().decode("cp1252").encode().decode("iso8859_2", errors="replace")
    assert "\x85" in damaged
    assert fix_mojibake(_czech(damaged)) == _czech(line)


def test_a_letter_of_no_alphabet_of_the_page_is_no_reading():
    """Czech "á" read as cp1252 ("Ã¡"), then as ISO-8859-2: "Ă\x83ÂĄ". cp1250, which leaves 83
    undefined, reads it "å" through cp1254; "å" is no letter of the page's alphabet."""
    line = "Otázka byla těžká."
    damaged = line.encode().decode("cp1252").encode().decode("iso8859_2", errors="replace")
    assert fix_mojibake(_czech(damaged)) == _czech(line)


@pytest.mark.parametrize("mode", ["replace", "ignore"])
def test_two_letters_of_the_page_are_marked_or_settled_never_chosen(mode):
    """Polish "że" read as cp1250, then as ISO-8859-2: "ÄšĹş" is "ż" (cp1250 under it) or "ź"
    (ISO-8859-2 twice), both Polish letters: marked, unless the page's words settle it."""
    page = "Wczoraj zapytałam o przepis.\n{}\nŹródło jest dobre."
    line = "Nie wiem, czy to dobrze, że tak często przeprasza."
    damaged = line.encode().decode("cp1250").encode().decode("iso8859_2", errors=mode)
    out = fix_mojibake(page.format(damaged)).split("\n")[1]
    assert out in (line, line.replace("że", f"{LOST}e"))


@pytest.mark.parametrize(
    "text",
    [
        "Mae'r cynorthwyydd yn ateb yn gwrtais: dŵr, tŷ a ŵyr.",  # Welsh, as written
        "Ţara şi ţărmul: Ş, Ţ, ş, ţ scrise corect.",
    ],
)
def test_correct_text_with_such_letters_stays(text):
    assert fix_mojibake(text) == text


def test_a_first_layers_capital_after_a_small_letter_is_no_letter_the_page_lacks():
    """Czech "stačí" read as cp1252 and again as ISO-8859-2, the C1 controls stripped:
    "staĂĂÂ\\xad". Each bare "Ă" (C3) after a small letter could only be "ß" among the small
    letters, which no alphabet of a Czech page holds: marked, not read as "ß"."""
    line = "Žádný problém, stačí změnit nastavení účtu."
    damaged = line.encode().decode("cp1252", errors="ignore").encode().decode("iso8859_2", "ignore")
    damaged = "".join(ch for ch in damaged if not "\x80" <= ch <= "\x9f")
    out = fix_mojibake(_czech(damaged)).split("\n")
    assert "ß" not in out[1] and f"sta{LOST}" in out[1]
    assert [out[0], out[2]] == _czech("").split("\n")[::2]
