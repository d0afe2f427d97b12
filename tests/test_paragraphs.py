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


# --- hard-wrapped blocks (mail, Usenet, plain-text letters) -------------------------------

MAIL_BODY = """It is not just your harness. We see the same slope in our long-session
logs. The slope starts later in our case, around turn forty-five, and it
shows up first as shorter answers rather than as agreement with the user.

Cela dit, il y a aussi de vraies incertitudes : sur les dates, ces
modèles se trompent plus souvent qu'on ne croit. Qu'il le dise est
plutôt une bonne nouvelle pour tous ceux qui les utilisent en classe.
"""


def test_a_wrapped_line_that_ends_a_sentence_goes_on_in_its_block():
    """In a block of lines wrapped at a width with a blank line under it, a line that reaches
    the width and ends a sentence is no paragraph's end: the next sentence goes on with it."""
    assert _texts(MAIL_BODY) == [
        "It is not just your harness. We see the same slope in our long-session logs. The "
        "slope starts later in our case, around turn forty-five, and it shows up first as "
        "shorter answers rather than as agreement with the user.",
        "Cela dit, il y a aussi de vraies incertitudes : sur les dates, ces modèles se "
        "trompent plus souvent qu'on ne croit. Qu'il le dise est plutôt une bonne nouvelle "
        "pour tous ceux qui les utilisent en classe.",
    ]


def test_a_wrapped_block_is_joined_in_a_social_thread_too():
    """A Usenet or list post taken for a social thread is still wrapped at its width."""
    paras, _ = _paragraphs(split_lines(MAIL_BODY), reflow=False, unwrap=False)
    assert len(paras) == 2


def test_a_list_item_wrapped_at_the_width_keeps_its_continuation_and_its_neighbours():
    page = MAIL_BODY + (
        "\nTwo things that may help you separate the effects of the two builds:\n\n"
        "1. Reset the sampling seed every ten turns and see whether the slope\n"
        "survives. If it does, it is not a sampling accident at all, I think.\n"
        "2. Score the replies for hedging words separately from agreement.\n"
        "The two moved apart in our data, which surprised both of us a lot.\n"
        "- a dash item that is long enough to reach the width of the text\n"
        "- another one\n"
    )
    assert _texts(page)[3:] == [
        "1. Reset the sampling seed every ten turns and see whether the slope survives. If it "
        "does, it is not a sampling accident at all, I think.",
        "2. Score the replies for hedging words separately from agreement. The two moved "
        "apart in our data, which surprised both of us a lot.",
        "- a dash item that is long enough to reach the width of the text",
        "- another one",
    ]


@pytest.mark.parametrize(
    "block",
    [
        # quoted lines: each stays a line of its own, and apart from the prose around them
        "> I ran the same forty-turn script against both builds and by turn\n"
        "> thirty the newer one starts agreeing with everything the user says",
        # a signature under the text, its separator and its lines
        "of that before the March draft goes out, as we agreed on the call\n--\n"
        "Odile Marchetti\ncharter working group, evaluation subgroup",
        # rows of fields under each other, though each goes on in lower case
        "agree_rate: share of turns that accept the user's claim unchanged\n"
        "hedge_rate: share of turns with two or more softeners in them\n"
        "humour: 0-2, scored blind by two people",
        # a table's rows, its columns set apart by spaces
        "mon  14   -2    ice on the canal path and the towpath closed for\n"
        "tue  14    1    sleet, chain squeaking, brakes wet all the way in",
        # a rule under a line of text and a heading under the rule
        "IN THIS ISSUE OF THE LETTER: TOOLS, CHISELS, AND THE ODD MACHINE\n"
        "======================================================================\n"
        "the chisel that would not sharpen",
        # a short label over a long address: the address would not have fit, but it is no word
        "Gopher proxy\ngopher://tilde.example.club/0/~wren/phlog/2026-03-07-kettle.txt",
        # a sign-off: short lines the author broke
        "Thanks to everyone who answered, it helped me a great deal with the\n"
        "draft, and with the tests we still have to write for it this week.\nCheers,\nAda",
    ],
)
def test_lines_of_their_own_stay_apart_in_a_wrapped_page(block):
    page = MAIL_BODY + "\n" + block + "\n"
    lines = block.splitlines()
    if lines[0].startswith("Thanks"):  # the paragraph over the sign-off is joined, not the rest
        lines[:2] = [" ".join(lines[:2])]
    assert _texts(page)[2:] == lines


def test_one_sentence_a_line_at_a_similar_width_is_not_a_wrapped_block():
    """A list archive that keeps the author's line breaks: every line ends a sentence, so the
    block holds no line broken in the middle of one, and its sentences stay lines."""
    page = (
        "I ran the same check on our side last week and got a similar curve.\n"
        "The drop starts later for us, closer to turn sixty, but the shape is.\n"
        "Only the first one helped in a way I could measure over the month.\n"
    )
    assert _texts(page) == page.splitlines()


def test_lines_in_a_script_without_spaces_are_not_wrapped_lines():
    """A Japanese page's tag line over a paragraph: the next 'word' is one character, not
    the whole next line, so the short line does not reach the width."""
    page = (
        "AI\n"
        "仕事の合間に使っているAIに、先週から「ソラ」という名前をつけて呼んでいる。名前といっても。\n"
        "それから数日、返事の最初に「ソラです」と名乗るようになった。こちらが名前を呼ぶと。\n"
        "もちろん、中身が変わったわけではないと思う。名前がひとつ会話に加わっただけで。\n"
    )
    assert _texts(page) == page.splitlines()


def test_unwrapping_the_unwrapped_text_changes_nothing():
    """The clean text puts each paragraph on its line, blank lines between: cleaning it again
    finds nothing wrapped."""
    once = "\n\n".join(_texts(MAIL_BODY))
    assert _texts(once) == _texts(MAIL_BODY)


def test_a_web_pages_top_lines_are_no_wrapped_block():
    """Lines of many lengths with no blank line between them (a forum's breadcrumb, its
    headline, a button): a page's rows, not a paragraph filled to a width."""
    page = MAIL_BODY + (
        "\nHome page of the forum < Technology < Artificial intelligence\n"
        "The support bot has become far too talkative lately\n"
        "Post a reply\n"
        "Search this topic for any of the words that you remember\n"
    )
    assert _texts(page)[2:] == page.split("\n\n")[-1].strip().splitlines()
