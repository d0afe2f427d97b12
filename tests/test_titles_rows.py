"""A row of labels that each open with the same word and go on (a forum's rooms: "ห้องก้นครัว
ห้องไกลบ้าน ห้องศุภชลาศัย", "room-kitchen room-travel room-bikes") is the site's, never the
title; words that share two letters or none are no such row."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import chrome_reason, headline


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


@pytest.mark.parametrize(
    "row", ["ห้องก้นครัว ห้องไกลบ้าน ห้องศุภชลาศัย", "room-kitchen room-travel room-bikes"]
)
def test_a_row_of_rooms_is_chrome(row):
    assert chrome_reason(row) == "a menu"


@pytest.mark.parametrize("line", ["Unhappy Unusual Unseen", "Bees in winter and spring"])
def test_words_sharing_little_stay_heading_like(line):
    assert chrome_reason(line) is None
    assert headline(line) == line


def test_a_thread_under_its_rooms_has_its_own_title():
    page = (
        "Forum\nroom-kitchen room-travel room-bikes\nQuestion thread\n"
        "Is a cooking chatbot too kind to tell me my curry is bad?\n"
        "Yesterday I asked a chatbot to teach me green curry, and it praised every step even "
        "when I burned the paste.\n"
    )
    assert _title(page) == "Is a cooking chatbot too kind to tell me my curry is bad?"
