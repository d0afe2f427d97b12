"""The page's header above its title goes as a whole (``structure.document._above_title``):
besides short lines, a breadcrumb whose last step is the headline, a row of a date and the
weather, the browser's title bar (the title and the site's name) and an address. A line of
prose above the title keeps every line above it: then the order of the page is not known."""

from __future__ import annotations

import pytest

from persona_archive import paths
from persona_archive.cleaning import decoding, pipeline
from persona_archive.cleaning.catalog import Entry
from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build

BODY = (
    "The council's chatbot now says when it does not know the answer, and it gives the "
    "office's telephone number instead.\n"
    "Residents had been told the wrong collection day twice in one month.\n"
)


def _built(text: str):
    return build(split_lines(text), Hints())


HEADERS = [
    (  # a weather and date row over the site's name and menu
        "Tarragona 14 °C | Dijous, 3 de desembre de 2026\nDiari del Camp\nPortada\nComarques\n"
        "El xatbot municipal aprèn a dir que no ho sap\n" + BODY,
        "El xatbot municipal aprèn a dir que no ho sap",
        4,
    ),
    (  # a breadcrumb of long steps whose last one is the thread's title, asked
        "Puutarhapalsta » Vihannekset » Työkalut ja vinkit » Mikä kastelubotti kannattaa?\n"
        "Mikä kastelubotti kannattaa?\n" + BODY,
        "Mikä kastelubotti kannattaa?",
        1,
    ),
    (  # the browser's title bar: the headline and the site's name
        "Чатбот міськради вчиться казати «не знаю». Що змінилося – Новини Поділля\n"
        "Новини Поділля\nЧатбот міськради вчиться казати «не знаю». Що змінилося\n" + BODY,
        "Чатбот міськради вчиться казати «не знаю». Що змінилося",
        2,
    ),
    (  # an episode's numbers in a row, and the proxy's address
        "gopher://tilde.example.org/1/~ana/phlog\nEpisodi 12 · Stagione 2\n"
        "Il chatbot del comune impara a dire non lo so\n" + BODY,
        "Il chatbot del comune impara a dire non lo so",
        2,
    ),
]


@pytest.mark.parametrize(("text", "title", "header"), HEADERS)
def test_header_above_the_title_goes(text: str, title: str, header: int) -> None:
    doc = _built(text)
    assert doc.title == title
    assert [c.rule for c in doc.changes].count("header") == header
    assert doc.blocks[0].text.startswith("The council's chatbot")


def _cleaned(text: str):
    settings = pipeline.load_settings(paths.TAXONOMY, paths.PROFILES)
    return pipeline.process("case.txt", decoding.Decoded(text, "utf-8"), "", Entry(), settings)


def test_a_lecture_number_and_date_row_is_header_and_the_title_holds_when_cleaned_again():
    """Kept, the header would stand under the title in the clean text, and a second cleaning
    would take the course's name over it for the title."""
    raw = (
        "Kezdőlap\nKurzusok\nA mesterséges intelligencia etikája és társadalmi hatásai\n"
        "5. előadás – 2026. március 4.\nVan-e a nyelvi modelleknek valódi jelleme?\n"
        "Az előadás azt vizsgálja, van-e értelme gépi jellemről beszélni, ha egy nyelvi "
        "modellnek állandó stílusa van.\n"
        "A második részben a mérési módszereket vesszük sorra.\n"
    )
    first = _cleaned(raw)
    assert first.title == "Van-e a nyelvi modelleknek valódi jelleme?"
    assert "5. előadás – 2026. március 4." in [c.before for c in first.changes]
    again = _cleaned("\n".join([first.title, *(b.text for b in first.blocks)]) + "\n")
    assert again.title == first.title


KEPT = [
    # a row whose items are sentences is prose, and keeps the header with it
    "It rained all week. | We stayed in and baked.\nDiari del Camp\n"
    "El xatbot municipal aprèn a dir que no ho sap\n" + BODY,
    # the title in a longer sentence is no title bar
    "El xatbot municipal aprèn a dir que no ho sap, i els veïns ho celebren amb un pastís.\n"
    "El xatbot municipal aprèn a dir que no ho sap\n" + BODY,
    # a breadcrumb's arrows in a quarrel of sentences
    "Cats > dogs, says a study of pets. Owners > everyone, says another.\n"
    "El xatbot municipal aprèn a dir que no ho sap\n" + BODY,
]


@pytest.mark.parametrize("text", KEPT)
def test_prose_above_the_title_keeps_the_header(text: str) -> None:
    doc = _built(text)
    first = text.splitlines()[0]
    assert "header" not in [c.rule for c in doc.changes]
    assert any(b.text == first for b in doc.blocks)
