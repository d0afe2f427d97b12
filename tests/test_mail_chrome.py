"""Mail, news and plain-text furniture (``boilerplate.mail``, ``boilerplate.plaintext``,
``boilerplate.headers``): each convention goes on its own evidence, in any language, and the
lines that look like it without the evidence stay (constructed pages, none from the corpus)."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.boilerplate import strip_boilerplate
from persona_archive.cleaning.model import split_lines

REPLY = "Thanks, that matches what we saw in the second round of tests on the bench."
QUOTE = "> The bees left the hive early every morning that week.\n> Nobody knew why."


def _kept(page: str) -> list[str]:
    return [line.text for line in strip_boilerplate(split_lines(page)).lines]


def _gone(page: str) -> list[str]:
    kept = _kept(page)
    return [line.text for line in split_lines(page) if line.text not in kept]


# --- attribution lines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, 9 Mar 2026, Ravi Tennant wrote:",
        "On Mon, Mar 9, 2026 at 6:02 PM Ravi Tennant <ravi@example.org> wrote:",
        "Am 11.03.26 um 10:12 schrieb Tobias Wendt:",
        "Am Mo., 9. März 2026 um 10:12 Uhr schrieb Tobias Wendt <tw@example.de>:",
        "Le 4 mars 2026 à 08:17, Gérard Ponsard <gp@example.fr> a écrit :",
        "Gérard Ponsard a écrit :",
        "El lun, 9 mar 2026 a las 10:12, Inés Ruiz (<ines@example.es>) escribió:",
        "Il giorno lun 9 mar 2026 alle ore 10:12 Marco Rossi <m@example.it> ha scritto:",
        "Em seg., 9 de mar. de 2026 às 10:12, Ana Lima <ana@example.br> escreveu:",
        "Op ma 9 mrt 2026 om 10:12 schreef Joost de Vries <joost@example.nl>:",
        "Den 9 mars 2026 kl. 10:12 skrev Åsa Berg <asa@example.se>:",
        "Ravi Tennant <ravi@example.org> 于2026年3月9日周一 10:12写道：",
        "ilse at fernhollow.example wrote:",
    ],
)
def test_an_attribution_over_quoted_lines_goes(attribution):
    page = f"Hello Ravi,\n\n{attribution}\n{QUOTE}\n\n{REPLY}\n"
    assert _gone(page) == [attribution]


def test_an_attribution_wrapped_by_the_client_goes_whole():
    page = f"On Mon, 9 Mar 2026 at 18:02, Ravi Tennant <ravi@example.org>\nwrote:\n{QUOTE}\n"
    assert len(_gone(page)) == 2


@pytest.mark.parametrize(
    "page",
    [
        # prose that ends in "wrote:" over a quote: the writer is a pronoun or a noun of prose
        f"My colleague put it well when she wrote:\n{QUOTE}\n",
        f"She wrote:\n{QUOTE}\n",
        f"The manual says it clearly. As Ravi wrote:\n{QUOTE}\n",
        # an attribution over prose, not over quoted lines
        f"On Mon, 9 Mar 2026, Ravi Tennant wrote:\n\n{REPLY}\n",
        # a quoted attribution: the earlier message's own, content of the thread
        f"> On Mon, 9 Mar 2026, Ravi Tennant wrote:\n{QUOTE}\n",
        # a line in the middle of a paragraph that ends in "wrote:"
        f"{REPLY}\nand this is what the maintainer of the list wrote:\n{QUOTE}\n",
    ],
)
def test_lines_like_an_attribution_stay(page):
    assert _gone(page) == []


# --- signatures ----------------------------------------------------------------------------


def test_a_signature_under_its_separator_goes():
    page = f"{REPLY}\n\n--\nOdile Marchetti\ncharter working group\n\nNext part of the page\n"
    assert _gone(page) == ["--", "Odile Marchetti", "charter working group"]


def test_a_separator_alone_at_the_end_stays():
    # a rule of dashes with nothing under it shows no signature (lines without letters or
    # digits are never removed on their own: test_boilerplate's invariant)
    assert _gone(f"{REPLY}\n\n--\n") == []


@pytest.mark.parametrize(
    "tail",
    [
        # a paragraph under "--": text, not a signature
        "--\n" + REPLY + " " + REPLY,
        # more lines than a signature has
        "--\nOne\nTwo\nThree\nFour\nFive\n\nMore",
        # lines that run to the page's end: a BBS's replies under its separator
        "--\nada: I agree with this\nben: me too",
        # a quoted separator
        "> --\n> Ravi",
        # a blank line under the separator, then text: cleaned again, the clean text looks so
        "--\n\nAda",
    ],
)
def test_lines_under_a_dash_dash_that_are_no_signature_stay(tail):
    assert _gone(f"{REPLY}\n\n{tail}\n") == []


# --- list footers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "_______________________________________________\ncharter-wg mailing list\n"
        "charter-wg@lists.example.org\nhttps://lists.example.org/mailman/listinfo/charter-wg",
        "_______________________________________________\nki-ethik Mailingliste\n"
        "Abmelden: ki-ethik-leave@lists.example.de",
        "-- \nYou received this message because you are subscribed to the Google Groups group.\n"
        "To unsubscribe, send an email to bees+unsubscribe@googlegroups.com.",
    ],
)
def test_a_list_footer_goes(footer):
    page = f"{REPLY}\n\n{footer}\n"
    gone = _gone(page)
    assert REPLY not in gone
    assert any("@" in line for line in gone)


def test_a_rule_over_text_that_names_no_list_keeps_the_text():
    page = f"{REPLY}\n\n______________________________\nThe bees came back on Friday.\n"
    assert "The bees came back on Friday." in _kept(page)


# --- header blocks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "From: Odile Marchetti (odile_at_quietfield.org)\nDate: Tue Mar 10 2026 - 09:42:17 EST",
        "From: Ana Lima <ana@example.org>\nSubject: Chains\nDate: 3 Mar 2025 10:14",
        "Von: Tobias Wendt <tw@example.de>\nGesendet: Mittwoch, 11. März 2026 10:12\n"
        "An: ki-ethik@lists.example.de\nBetreff: Charakterdokument",
        "De : Gérard Ponsard <gp@example.fr>\nEnvoyé : mercredi 4 mars 2026 08:17\n"
        "Objet : Un assistant qui doute",
        "Från: Åsa Berg <asa@example.se>\nDatum: 9 mars 2026 10:12\nÄmne: Bin",
        "От: Ольга <olga@example.ru>\nДата: 9 марта 2026 г., 10:12\nТема: Пчёлы",
    ],
)
def test_a_header_block_with_a_sender_address_and_a_time_goes(block):
    page = f"{block}\n\n{REPLY}\n"
    assert _kept(page) == [REPLY]


@pytest.mark.parametrize(
    "block",
    [
        # a memo's fields: no address, no time of day
        "From: the desk of the editor\nDate: 3 March\nSubject: the plan",
        "Von: der Redaktion\nDatum: morgen\nBetreff: Plan",
        # an address without a time, a time without an address
        "From: Ana <ana@example.org>\nSubject: Chains",
        "From: Ana\nSent: 3 March, after lunch",
    ],
)
def test_header_like_fields_without_transport_evidence_stay(block):
    page = f"{block}\n\n{REPLY}\n"
    assert _kept(page) == [*block.splitlines(), REPLY]


def test_prose_that_starts_with_from_stays():
    page = "From a reader in Galway, a note about the shelves.\nDate night was cancelled: 10:14."
    assert _kept(page) == page.splitlines()


# --- an archive's references ---------------------------------------------------------------


def test_an_archives_list_of_referenced_messages_goes():
    page = (
        f"{REPLY}\n\nReferences:\nCharakterdokument – freundlich?\nFrom: Tobias Wendt\n"
        "Prev by Date: Re: Treffen im April\n"
    )
    assert _kept(page) == [REPLY]


def test_a_references_heading_over_prose_stays():
    page = f"{REPLY}\n\nReferences:\nSmith, J. (2024). Bees and the city. Hive Press.\n"
    assert _kept(page) == [line for line in page.splitlines() if line]


# --- plain-text page furniture -------------------------------------------------------------


RULES = [
    "======================================================================",
    "----------------------------------------------------------------------",
    "* * * * *",
]


@pytest.mark.parametrize("rule", RULES)
def test_a_rule_beside_the_furniture_goes(rule):
    row = "[<< Issue 111] [Archive index] [Issue 113 >>]"
    assert _gone(f"{REPLY}\n\n{rule}\n{row}\n") == [rule, row]
    assert _gone(f"{row}\n{rule}\n{rule}\n{REPLY}\n") == [row, rule, rule]


@pytest.mark.parametrize("rule", RULES)
def test_a_rule_between_paragraphs_of_text_or_at_its_end_stays(rule):
    """The text's own break ("* * *" between scenes): nothing beside it is furniture."""
    assert _gone(f"{REPLY}\n\n{rule}\n\n{REPLY[:-1]} again.\n") == []
    assert _gone(f"{REPLY}\n\n{rule}\n") == []


@pytest.mark.parametrize(
    "rule, heading",
    [
        ("-" * 60, "2. LETTERS FROM READERS"),
        ("=" * 40, "Kapitel 3 – Werkzeuge, die Nein sagen"),
        ("*" * 30, "Курьёзы недели"),
        ("─" * 24, "第二部分 读者来信"),
    ],
)
def test_the_rules_boxing_a_heading_go_and_the_heading_stays(rule, heading):
    page = f"{REPLY}\n\n{rule}\n{heading}\n{rule}\n\n{REPLY[:-1]} again.\n"
    assert _gone(page) == [rule, rule]
    assert _gone("\n".join(_kept(page))) == []  # the clean text is clean


@pytest.mark.parametrize(
    "boxed",
    ["The chisel would not sharpen, and the reader asked why.", "Was it the steel?", ""],
)
def test_a_sentence_between_two_rules_keeps_them(boxed):
    """Two rules around a sentence (or a blank line) are the text's own breaks."""
    rule = "-" * 40
    page = f"{REPLY}\n\n{rule}\n{boxed}\n{rule}\n\n{REPLY[:-1]} again.\n"
    assert _gone(page) == []


@pytest.mark.parametrize(
    "line",
    [
        "[<< Issue 111] [Archive index] [Issue 113 >>]",
        "[Back to gopher.example.org] [Up a level] [Proxy information]",
        "Messages triés par : [ date ] [ fil de discussion ] [ sujet ] [ auteur ]",
        "generated by cgit v1.2.3 (git 2.43.0) at 2026-03-12 18:44:07 +0000",
    ],
)
def test_plain_text_furniture_goes(line):
    assert _gone(f"{REPLY}\n\n{line}\n\n{REPLY[:-1]} again.\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "[Music] [Applause]",
        "The kettle boiled [1] and the tea was ready [2].",
        "This bread was generated by a machine, and it tasted of nothing at all.",
        "Version 1.2.3 was generated by the build server at noon.",
        "A - B",
    ],
)
def test_lines_like_furniture_stay(line):
    assert line in _kept(f"{REPLY}\n\n{line}\n")


def test_a_paginated_memos_page_break_goes_and_its_text_stays():
    page = (
        f"{REPLY}\n\n"
        "Kessler & Oyelaran        Expires 12 September 2026                [Page 2]\n\n"
        "Internet-Draft            Persona Disclosure                    March 2026\n\n"
        "Clients MUST NOT treat the identifier as a description of the agent.\n"
    )
    assert _kept(page) == [REPLY, "Clients MUST NOT treat the identifier as a description of "
                           "the agent."]  # fmt: skip


def test_a_table_of_contents_with_dot_leaders_goes_with_its_label():
    page = (
        f"{REPLY}\n\nTable of Contents\n"
        "1.  Introduction  . . . . . . . . . . . . . . . . . . . . . .   2\n"
        "2.  The Persona-Config Header . . . . . . . . . . . . . . . .   2\n\n"
        "1.  Introduction\n\nOperators publish documents about their agents.\n"
    )
    assert _kept(page) == [REPLY, "1.  Introduction", "Operators publish documents about their "
                           "agents."]  # fmt: skip


def test_one_dot_leader_line_stays():
    page = f"{REPLY}\n\nContents\nIntroduction . . . . . . 2\n"
    assert _kept(page) == [REPLY, "Contents", "Introduction . . . . . . 2"]


def test_cleaning_again_removes_nothing_more():
    page = (
        "From: Ana Lima <ana@example.org>\nDate: 3 Mar 2025 10:14\n\n"
        f"On Mon, 9 Mar 2026, Ravi Tennant wrote:\n{QUOTE}\n\n{REPLY}\n\n--\nAna\n\n"
        "======================================================================\n"
    )
    once = "\n\n".join(_kept(page))
    assert _kept(once) == _kept(page)


@pytest.mark.parametrize(
    "footer",
    [
        "You are receiving this because you subscribed at bench.example.org.\n"
        "To unsubscribe, reply with the word STOP.",
        "Sie erhalten diesen Brief, weil Sie ihn bestellt haben. Abmelden: Antwort mit STOP.",
        "Pour vous désabonner, répondez à ce message.",
    ],
)
def test_a_letters_footer_under_a_rule_that_tells_how_to_leave_goes(footer):
    page = f"{REPLY}\n\n{'=' * 60}\n{footer}\n"
    assert _kept(page) == [REPLY]


def test_a_paragraph_about_leaving_a_list_stays_without_its_rule():
    page = f"{REPLY}\n\nI asked the assistant how to unsubscribe from the list, and it knew.\n"
    assert _kept(page) == [line for line in page.splitlines() if line]


def test_a_numbered_contents_list_whose_entries_head_sections_goes():
    page = (
        "IN THIS ISSUE\n1. The chisel that would not sharpen\n2. Letters about shelves\n\n"
        f"1. THE CHISEL THAT WOULD NOT SHARPEN\n\n{REPLY}\n\n2. LETTERS ABOUT SHELVES\n\n"
        "The shelves held.\n"
    )
    assert _kept(page) == [
        "1. THE CHISEL THAT WOULD NOT SHARPEN",
        REPLY,
        "2. LETTERS ABOUT SHELVES",
        "The shelves held.",
    ]


@pytest.mark.parametrize(
    "page",
    [
        # numbered steps that are not repeated further down
        "Steps:\n1. Warm the pot\n2. Add the leaves\n\nThe tea was good.\n",
        # one entry repeated: a list item that a later line quotes
        "Steps:\n1. Warm the pot\n2. Add the leaves\n\n1. Warm the pot\n",
        # repeated lines that are not numbered (a post's furniture printed per post)
        "Bees\nHoney\n\nA post about the garden.\n\nBees\nHoney\n",
    ],
)
def test_lists_that_are_no_contents_stay(page):
    assert _kept(page) == [line for line in page.splitlines() if line]
