"""Paragraphs (``structure.paragraphs``): hard-wrapped text is joined back into its paragraphs,
and nothing else is — a scraped page puts one paragraph, name, list item or row on each line,
and joining those would put a user's name inside the sentence above it."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure.paragraphs import _paragraphs


def _texts(page: str) -> list[str]:
    paras, _changes = _paragraphs(split_lines(page), reflow=False, unwrap=True)
    return [p.text for p in paras]


WRAPPED_EMAIL = """Some sources arrive hard-wrapped at a fixed width, so a single
paragraph is spread over several lines that each end in the middle
of a sentence and go on in lower case on the next line of the page.

A second paragraph follows after a blank line and it is wrapped the
same way, with a short last line.
"""

WRAPPED_CZECH = """Jazykové modely dostávají od svých tvůrců popis povahy, který
určuje, jak mají mluvit, kdy mají odmítnout a jak se mají chovat
k lidem, kteří se ptají na citlivé věci nebo chtějí radu.
"""


def test_text_wrapped_at_a_width_is_joined_into_its_paragraphs():
    assert _texts(WRAPPED_EMAIL) == [
        "Some sources arrive hard-wrapped at a fixed width, so a single paragraph is spread over "
        "several lines that each end in the middle of a sentence and go on in lower case on the "
        "next line of the page.",
        "A second paragraph follows after a blank line and it is wrapped the same way, with a "
        "short last line.",
    ]
    assert len(_texts(WRAPPED_CZECH)) == 1


@pytest.mark.parametrize(
    "page",
    [
        # a forum's author name under a line that does not end a sentence
        "Sie lesen einen Beitrag aus der Kategorie Entwicklung\nlena_k\n",
        "Ένα νήμα για την τεχνητή νοημοσύνη που ξεκίνησε ο χρήστης\nnikos_tz\n",
        # list items, each on its line, in lower case
        "asisten pertama singkat dan jelas\nasisten kedua ramah tapi bertele-tele\n"
        "asisten ketiga selalu minta maaf\n",
        # a table's rows
        "mon  14   -2    ice on the canal path\ntue  14    1    sleet, chain squeaking\n"
        "wed  14    3    dry at last\n",
        # fields of a configuration
        "voice: warm, unhurried, practical\navoid: slang, exclamation marks\nexamples: 2\n",
    ],
)
def test_lines_of_their_own_are_never_joined(page):
    assert _texts(page) == [line for line in page.splitlines() if line]


def test_one_paragraph_a_line_stays_so_though_a_line_goes_on_in_lower_case():
    """A scraped page's paragraphs have no common width: the short one is not a wrapped line."""
    page = (
        "The assistant was asked to keep its character through a long conversation about\n"
        "gardening, and it did so for most of the hour before it drifted.\n"
        "then it began to sound like a help desk, which the user noticed at once and said so.\n"
    )
    assert len(_texts(page)) == 3


ONE_SENTENCE_PARAGRAPHS = "\n".join(
    [
        "The council approved the new assistant on Tuesday after a short debate.",
        "It will answer questions about fees, permits and opening hours.",
        "Officials said it was told to admit when it does not know an answer.",
        "A review of how often residents use it is planned for the autumn.",
        "Critics asked whether the money could have gone to more staff instead.",
        "The mayor said both would be needed in the coming years.",
    ]
)


@pytest.mark.parametrize(
    ("hints", "paragraphs"),
    [
        ({}, 1),  # one sentence a line, kind unknown: a transcript's lines, re-flowed
        ({"kind": "podcast-transcript"}, 1),
        ({"kind": "article"}, 6),  # a news story of one-sentence paragraphs keeps them
        ({"url": "https://news.example/news/2026/assistant"}, 6),
        ({"kind": "blog-post"}, 6),
    ],
)
def test_one_sentence_lines_are_reflowed_only_in_a_transcript(hints, paragraphs):
    from persona_archive.cleaning.structure import Hints, build

    assert len(build(split_lines(ONE_SENTENCE_PARAGRAPHS), Hints(**hints)).blocks) == paragraphs


def test_the_first_line_of_a_wrapped_paragraph_is_never_the_title():
    """It ends mid-sentence: taken for a headline it cut the text's first sentence in two."""
    from persona_archive.cleaning.structure import build

    doc = build(split_lines(WRAPPED_EMAIL))
    assert doc.blocks[0].text.startswith("Some sources arrive hard-wrapped at a fixed width, so")
    assert doc.title != "Some sources arrive hard-wrapped at a fixed width, so a single"
    titled = build(split_lines("A note on wrapped text\n\n" + WRAPPED_EMAIL))
    assert titled.title == "A note on wrapped text"
    assert titled.blocks[0].text.startswith("Some sources arrive")
