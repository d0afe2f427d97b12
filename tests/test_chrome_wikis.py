"""A wiki's furniture in the languages the list lacked (issue 18): MediaWiki prints the same
system messages on every wiki that runs it - the tagline under the title naming the wiki or its
encyclopedia, the "retrieved from" line, and in the footer the mobile view, the disclaimers and
"About <site>". The tagline and the retrieved-from line go alone; the footer's links go beside
the footer's other links. A sentence that starts the same way, a subtitle and an "About" heading
over a release's last paragraph stay. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page, rule_of

TAGLINES = [
    "Z Wiki o umělé inteligenci",
    "Z Wikipedii, wolnej encyklopedii",
    "From BeeWiki, the open wiki on hives",
    "از دانشنامه آزاد فناوری",
    "De Wikipédia, l'encyclopédie libre",
    "Da Wikipedia, l'enciclopedia libera",
    "Från Wikipedia, den fria encyklopedin",
    "Iz Vikipedije, slobodne enciklopedije",
    "Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια",
    "来自维基百科，自由的百科全书",
    'Retrieved from "https://wiki.example.org/w/Persona_drift"',
    "Obtenido de «https://wiki.example.org/w/Carácter»",
]


@pytest.mark.parametrize("line", TAGLINES)
def test_a_wikis_tagline_and_retrieved_from_line_go(line):
    assert rule_of(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "From bread to bots: a wiki story.",
        "From a wiki I read, the idea spread fast",
        "From the first loaf to the last",
        "Z wikiny jsme se naučili jednu věc: méně je více.",
    ],
)
def test_a_line_that_starts_the_same_way_stays(line):
    assert rule_of(line) is None


FOOTERS = {
    "Polish": """
t Osobowość modelu to potoczne określenie stałych cech stylu, które model pokazuje w rozmowie.
c Polityka prywatności
c O Wiki Sztucznej Inteligencji
c Korzyści i zastrzeżenia
c Wersja mobilna
""",
    "Czech": """
t Povaha asistenta je souhrn vlastností, které model v rozhovoru projevuje.
c Zásady ochrany osobních údajů
c O Wiki o umělé inteligenci
c Vyloučení odpovědnosti
c Mobilní verze
""",
    "Greek": """
t Ο χαρακτήρας ενός βοηθού είναι ο τρόπος με τον οποίο απαντά σε κάθε συζήτηση.
c Πολιτική απορρήτου
c Σχετικά με Βικιμελισσα
c Αποποίηση ευθυνών
c Προβολή για κινητά
""",
}


@pytest.mark.parametrize("name", list(FOOTERS))
def test_a_wikis_footer_links_go_beside_the_footers_other_links(name):
    lines, text = marked_page(FOOTERS[name])
    assert kept(*lines) == text


def test_an_about_heading_and_a_disclaimers_heading_among_prose_stay():
    lines, text = marked_page(
        """
t The charter sets out how the assistants should speak about their own limits.
t About Larkspur Labs
t Larkspur Labs builds tutoring assistants for schools and was founded in Leeds.
t Disclaimers
t The figures above come from a survey of two hundred teachers.
"""
    )
    assert kept(*lines) == text
