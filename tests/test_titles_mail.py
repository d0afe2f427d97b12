"""Titles of mail, Usenet and plain-text pages (issue 18, point 4): a message's subject with its
reply or forward prefixes and its list's tag is the title in any mail client's language; a
French subject's « guillemets » are no breadcrumb; a plain-text title underlined with "=" is
marked as the heading, in capitals too, and so is the clean text's first line over the author's
signature; a git viewer's lines over a file are chrome. Negatives: a comment that opens with
"Re:" and answers someone, a chat export's header framed by rules, a site's name in capitals."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import chrome_reason, headline, title_line

WRAPPED = (
    "I ran the same forty-turn script against both builds of the kettle's\n"
    "assistant, and by turn thirty the newer one agrees with everything the\n"
    "user says, while the dry humour of the first ten turns is gone.\n"
)


def _title(text: str, removed: dict[int, str] | None = None) -> str:
    lines = [ln for ln in split_lines(text) if ln.no not in (removed or {})]
    return build(lines, Hints(removed=tuple((removed or {}).items()))).title


SUBJECTS = [
    "Re: [kettle-wg] drift in the assistant's voice after long sessions",
    "AW: Fwd: Der Ton des Assistenten nach dem Update",
    "SV: [teklubben] Varför låter assistenten så stel efter uppdateringen?",
    "Odp: Asystent odpowiada coraz krócej, czy to normalne?",
    "RE: Le ton de l'assistant après la mise à jour",
    "回复：助手的语气在长对话后变了吗",
]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_a_mail_subject_with_its_prefixes_is_heading_like(subject):
    assert headline(subject) == subject


def test_a_comment_that_answers_is_no_headline():
    assert headline("Re: your point about the kettle is simply wrong") is None


@pytest.mark.parametrize("subject", SUBJECTS[:3])
def test_an_archived_message_is_titled_by_its_subject(subject):
    page = (
        "[Date Prev][Date Next][Thread Prev][Thread Next]\n"
        f"{subject}\nFrom: Odile Marchetti (odile_at_example.org)\n"
        "Date: Tue Mar 10 2026 - 09:42:17 EST\n\n" + WRAPPED
    )
    removed = {1: "[Date Prev][Date Next][Thread Prev][Thread Next]", 3: "From: …", 4: "Date: …"}
    assert _title(page, removed) == subject


def test_a_french_subject_in_guillemets_is_no_breadcrumb():
    subject = "Un assistant qui dit « je ne sais pas » : défaut ou qualité ?"
    assert headline(subject) == subject
    assert headline("Groupes » fr.comp.ia » Discussions") is None


# ------------------------------------------------------------------ plain text


ESSAY = (
    "index : essays.git\nmaster\nShort essays, plain text\nabout\nsummary\nlog\ntree\n"
    "path: root/on-kettles.txt\nblob: 7c1e04a9b2d35f6e8a0c4b1d9e2f3a5c6b7d8e9f (plain)\n"
    "ON KETTLES THAT SING\n====================\nAda Lindgren, March 2026\n\n"
    "This is a short essay about kettles that sing, and about the singing kettles\n"
    "of my grandmother's kitchen, which I still hear some mornings.\n"
)


@pytest.mark.parametrize("removed", [{}, {11: "===================="}])
def test_an_underlined_title_is_marked_in_capitals_too(removed):
    assert _title(ESSAY, removed) == "ON KETTLES THAT SING"


def test_the_clean_essay_keeps_its_title():
    clean = (
        "ON KETTLES THAT SING\n\nAda Lindgren, March 2026\n\n"
        "This is a short essay about kettles that sing, and about the singing kettles of my "
        "grandmother's kitchen, which I still hear some mornings.\n"
    )
    assert title_line(split_lines(clean), Hints()) == (0, "ON KETTLES THAT SING")


def test_a_site_in_capitals_over_a_signed_post_is_no_title():
    page = (
        "THE MORNING LEDGER\n\nAda Lindgren, March 2026\n\n"
        "This is a short essay about kettles that sing, and about the singing kettles of my "
        "grandmother's kitchen, which I still hear some mornings.\n"
    )
    assert title_line(split_lines(page), Hints()) is None


def test_a_chat_exports_framed_header_is_no_underlined_title():
    rule = "=" * 40
    page = (
        f"{rule}\nGuild: Kettle Lab\nChannel: Evaluations / kettle-drift\n"
        f"Topic: Reports of kettles changing their tune\n{rule}\n"
        "[04/03/2025 19:02] lin.o\nHas anyone seen the kettle sing louder after the update?\n"
    )
    assert _title(page) != "Topic: Reports of kettles changing their tune"


@pytest.mark.parametrize(
    "text",
    [
        "index : essays.git",
        "path: root/notes/on-kettles.txt",
        "blob: 7c1e04a9b2d35f6e8a0c4b1d9e2f3a5c6b7d8e9f (plain)",
        "commit 3f2a91c",
    ],
)
def test_a_git_viewers_lines_are_chrome(text):
    assert chrome_reason(text)


@pytest.mark.parametrize(
    "text", ["Index of essays on git", "Tree of life and bees", "Path: a memoir"]
)
def test_headlines_with_the_same_words_are_not(text):
    assert chrome_reason(text) is None


# ------------------------------------------------------------------ a kicker over a decked headline


def test_a_korean_kicker_over_a_headline_and_its_longer_deck():
    page = (
        "브런치스토리\n매거진 [부엌과 기계]\n내 주전자는 왜 늘 같은 노래를 부를까\n"
        "노래라는 말을 주전자에게 써도 되는지에 대한 작은 메모\nby 윤서하\nMar 12. 2026\n"
        "처음 주전자를 샀을 때는 그저 물을 끓이는 도구라고 생각했다. 그런데 몇 달이 지나자 "
        "이상한 점이 눈에 들어왔다.\n"
    )
    assert _title(page) == "내 주전자는 왜 늘 같은 노래를 부를까"


# ------------------------------------------------------------------ memos and proxies


MEMO = (
    "Datatracker\nDocuments\ndraft-brook-kettle-songs-00\nVersions: 00\n"
    "Document type: Active Internet-Draft (individual)\n"
    "Network Working Group                                        A. Brook\n"
    "Internet-Draft                                       Kettle Institute\n"
    "Intended status: Informational                              I. Walcott\n"
    "Expires: 12 September 2026                                11 March 2026\n\n"
    "         A Convention for Announcing That the Kettle Has Boiled\n"
    "draft-brook-kettle-songs-00\nAbstract\n\n"
    "This memo describes an optional header by which a kettle that talks can state which\n"
    "song it sings when the water boils, so that listeners can tell the songs apart.\n"
)


@pytest.mark.parametrize("removed", [{}, {9: "Expires: 12 September 2026      11 March 2026"}])
def test_a_memos_title_stands_under_its_header_block(removed):
    assert _title(MEMO, removed) == "A Convention for Announcing That the Kettle Has Boiled"


def test_a_table_of_two_columns_is_no_header_block_over_a_row():
    page = (
        "Kettle        Minutes\nCopper        11\nSteel          9\n"
        "Why the copper kettle is slower than the steel one\n"
        "The copper kettle took eleven minutes and the steel one nine, to my surprise.\n"
    )
    assert _title(page) == "Why the copper kettle is slower than the steel one"


PROXIED = (
    "Gopher proxy\ngopher://tilde.example.club/0/~wren/phlog/kettle.txt\n"
    "This page is served by the Public Gopher Proxy. Replace the address in your browser to "
    "use another gateway.\n"
    "The kettle, the assistant and the question I keep not asking\n2026-03-07\n\n"
    "Cold morning. The kettle on the stove takes eleven minutes, which is\n"
    "exactly long enough to start thinking about something and not long\n"
    "enough to finish.\n"
)


def test_a_proxys_notice_is_not_the_body_beginning():
    assert _title(PROXIED) == "The kettle, the assistant and the question I keep not asking"


@pytest.mark.parametrize(
    "text",
    [
        "You are viewing a cached copy of kettle.example.org.",
        "Cette page est servie par la passerelle Gemini de Lyon.",
        "Proxied by a gateway · status 20",
    ],
)
def test_proxy_notices_are_chrome(text):
    assert chrome_reason(text)


@pytest.mark.parametrize(
    "text",
    ["This page was rendered by my cat while I slept.", "Served by a waiter who knew the kettle"],
)
def test_sentences_of_the_same_shape_are_not(text):
    assert chrome_reason(text) is None
