"""Weighing a heading-like line chosen first against one lower down by the body's evidence: a
larger share of few common words (a blog's tagline kept under the headline in a clean text) is
no evidence against a headline the body speaks of as many words of; where the line chosen first
shares one word at most (a tagline over a short headline), the evidence still moves the title."""

from __future__ import annotations

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build

STORY = (
    "This autumn I asked an assistant whether to feed my hives with syrup in November, and it "
    "asked me three questions before it answered anything at all.\n\n"
    "It said that a thinking machine cannot weigh a hive, but that I could, and that candy "
    "would be safer than syrup on cold nights.\n\n"
    "It was right: every colony in the garden came through the frost.\n"
)


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


def test_a_clean_texts_headline_stays_over_a_tagline_of_common_words():
    page = (
        "I asked an assistant about my hives (and it dared to contradict me)\n\n"
        "The Beekeeper's Notebook\n\n"
        "bees, garden and the odd thinking machine\n\n"
        "Home   About   Honey recipes   Contact\n\n"
        "Diary\n\n" + STORY
    )
    assert _title(page) == "I asked an assistant about my hives (and it dared to contradict me)"
    clean = _title(page) + "\n\n" + page.split("\n\n", 1)[1]
    assert _title(clean) == _title(page)


def test_a_short_headline_under_a_tagline_the_body_does_not_speak_of():
    page = (
        "The Beekeeper's Notebook\n"
        "Notes on gardening, cooking and the odd recipe\n"
        "Home   About   Honey recipes   Contact\n"
        "Syrup or candy for November hives?\n" + STORY
    )
    assert _title(page) == "Syrup or candy for November hives?"
