"""Chrome told by its place around the prose (``boilerplate.edges``): the short lines left in
a page's footer between its removed chrome (``footer_band``), a label over chrome removed
under the text (``footer_labels``), a section's name in an article's row of furniture under
its headline (``header_sandwich``). Beside each, the content of the same shape and place that
stays: a sign-off, a poem's stanza, a one-word reply, dialogue, a list a colon introduces, a
letter's place and date, a title, a deck, a byline, a first heading. Every line here is
written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page
from persona_archive.cleaning.boilerplate.edges import (
    band_shaped,
    footer_band,
    footer_labels,
    header_sandwich,
)
from persona_archive.cleaning.model import split_lines

PROSE = "The kettle sang all morning, and nobody in the house minded it at all."
PROSE2 = "Later the bread came out of the oven, dark and a little too crusty."

# A page is one line per line: "t " the text (must stay), "c " chrome (must go), "o " chrome
# these tests leave to other rules (not asserted).
PAGES = {
    # ------------------------------------------------------------- the footer's band goes
    "footer-badges-de": f"""
t {PROSE}
t {PROSE2}
t Bis bald,
t Ana
c Teilen
c Impressum
c Google Play
c App Store
c Datenschutzerklärung
c Kontakt
c Deutsch · English · Türkçe
c © 2026 Kesselblatt
""",
    "footer-languages-fr": f"""
t {PROSE}
t {PROSE2}
c Partager
c Mentions légales
c Français | Deutsch
c Politique de confidentialité
c © 2026 Le carnet
""",
    "footer-label-nl": f"""
t {PROSE}
t {PROSE2}
c Noot voor de pers:
c Persvoorlichting: Sanne de Wit
c +31 30 123 45 67
c pers@ketel.example.nl
c Privacyverklaring
c © 2026 Stichting Ketel
""",
    # --------------------------------------- what follows the text before any chrome stays
    "signoff-and-continued-en": f"""
t {PROSE}
t {PROSE2}
t To be continued
t — Ana
c Share
c Privacy policy
c Terms of service
c © 2026 Kettle Notes
""",
    "letter-place-date-pl": f"""
t {PROSE}
t {PROSE2}
t Kraków, 3 marca 2026
t Anna
c Udostępnij
c Regulamin
c Polityka prywatności
""",
    "list-under-colon-es": f"""
t {PROSE}
t Lo que llevamos:
t pan
t té verde
t un mapa
c Compartir
c Aviso legal
c Política de privacidad
""",
    "poem-after-prose-tr": f"""
t {PROSE}
t Demlik ısınır
t pencere buğulanır
t sabah yavaş gelir
c Paylaş
c Gizlilik politikası
c Kullanım koşulları
""",
    # --------------------------------------------------------- the header's guards stay
    "title-deck-byline-heading-en": f"""
o Menu
t What the kettle knew
t A small machine, a long morning, and a question nobody asked.
t Ana Lind
o 4 February 2026
t Introduction
t {PROSE}
t {PROSE2}
c Privacy policy
""",
    "short-title-under-site-name-en": f"""
t Kettle Notes from the Valley Farm
o Menu
t Fog
o 4 February 2026
t {PROSE}
t {PROSE2}
""",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_text_stays_and_the_band_goes(name: str) -> None:
    marked = PAGES[name].strip("\n").split("\n")
    lines, text = marked_page("\n".join(m for m in marked))
    got = kept(*lines)
    assert [t for t in text if t not in got] == []
    chrome = [m[2:] for m in marked if m.startswith("c ")]
    assert [c for c in chrome if c in got] == []


def _removed(page: str, chrome: dict[int, str]) -> tuple[list, dict[int, tuple[str, str]]]:
    return split_lines(page), {i: (f"interface:{kind}", "") for i, kind in chrome.items()}


def test_a_one_word_reply_between_a_posts_furniture_stays() -> None:
    page, removed = _removed(
        f"{PROSE}\nReply\nana\n2 h\nSame\nReply\nTerms\nPrivacy\n© Kettle",
        {1: "post-actions", 3: "timestamp", 5: "post-actions", 6: "legal", 7: "legal", 8: "legal"},
    )
    footer_band(page, removed)
    assert 2 not in removed and 4 not in removed


def test_a_stanza_after_an_advertisement_stays() -> None:
    page, removed = _removed(
        f"{PROSE}\nthe kettle\nthe morning\nAdvertisement\nthe bread\nthe oven\nShare\nTerms",
        {3: "sponsor", 6: "sharing", 7: "legal"},
    )
    footer_band(page, removed)
    assert not {1, 2, 4, 5} & set(removed)


def test_a_comment_section_under_the_text_is_no_footer() -> None:
    # under the text, half the lines are kept: comments, not a footer of chrome
    page, removed = _removed(f"{PROSE}\nShare\nNice\nAgreed\nTerms", {1: "sharing", 4: "legal"})
    footer_band(page, removed)
    assert sorted(removed) == [1, 4]


def test_dialogue_and_a_question_in_the_footer_stay() -> None:
    assert not band_shaped("— Are you a person?")
    assert not band_shaped("— No.")
    assert not band_shaped("Was this page helpful?")


def test_a_label_over_kept_lines_stays() -> None:
    page, removed = _removed(
        f"{PROSE}\nChapters:\n00:00 Intro\n04:12 Tea\nShare\nTerms", {4: "sharing", 5: "legal"}
    )
    footer_labels(page, removed)
    assert 1 not in removed


def test_a_label_over_a_posts_buttons_stays() -> None:
    page, removed = _removed(f"{PROSE}\nSources:\nReply\n2 h", {2: "post-actions", 3: "timestamp"})
    footer_labels(page, removed)
    assert 1 not in removed


def test_a_section_name_under_the_headline_goes() -> None:
    page, removed = _removed(
        f"Menu\nWhat the kettle knew this winter\n4 Feb 2026\nEssays\n5 comments\n{PROSE}",
        {0: "navigation", 2: "timestamp", 4: "counter"},
    )
    header_sandwich(page, removed)
    assert removed[3][0] == "interface:header-sandwich"


@pytest.mark.parametrize(
    "line",
    [
        "Ana Lind",  # a byline: two words
        "mirja",  # a handle
        "petar_guitar",
        "Autor: Ana",  # a field
        "Ana",  # a name the page prints elsewhere ("Ana wrote")
    ],
)
def test_a_byline_or_a_posters_name_under_the_headline_stays(line: str) -> None:
    page, removed = _removed(
        f"What the kettle knew this winter\n4 Feb 2026\n{line}\n5 comments\n{PROSE}\nAna wrote",
        {1: "timestamp", 3: "counter"},
    )
    header_sandwich(page, removed)
    assert 2 not in removed


def test_a_word_over_the_posts_date_stays() -> None:
    # an author stands over the post's date: "Thread title" / "Started by" / "Kasia" / date
    page, removed = _removed(
        f"What the kettle knew this winter\nStarted\nKasia\n4 Feb 2026\n{PROSE}",
        {1: "post-meta", 3: "timestamp"},
    )
    header_sandwich(page, removed)
    assert 2 not in removed


def test_a_short_title_is_never_taken_for_a_section() -> None:
    # the site's tagline is longer than the title, but a menu stands between them
    page, removed = _removed(
        f"Notes from a kettle in the valley\nMenu\nFog\n5 comments\n{PROSE}",
        {1: "navigation", 3: "counter"},
    )
    header_sandwich(page, removed)
    assert 2 not in removed
    # with nothing kept above it, it is the page's only candidate for a title
    page, removed = _removed(
        f"Menu\nFog\n4 Feb 2026\n5 comments\n{PROSE}",
        {0: "navigation", 2: "timestamp", 3: "counter"},
    )
    header_sandwich(page, removed)
    assert 1 not in removed


def test_a_first_heading_right_above_the_prose_stays() -> None:
    page, removed = _removed(
        f"What the kettle knew this winter\n4 Feb 2026\nIntroduction\n{PROSE}", {1: "timestamp"}
    )
    header_sandwich(page, removed)
    assert 2 not in removed
