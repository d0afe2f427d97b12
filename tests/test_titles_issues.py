"""A newsletter's issue line ("Issue 47 · 28 February 2026") stands under its name or tagline:
it is the masthead's, not a date of the line above it, so the tagline over it is no headline
with its date; the issue's headline under it, with the body under that, is the title. A post's
own dateline ("March 3, 2026 · 5 min read") stays its headline's date."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles.dates import _issue_line


def _title(text: str) -> str:
    return build(split_lines(text), Hints()).title


NEWSLETTERS = [
    (
        "Weeks in Machines\nA weekly letter about artificial intelligence in plain words\n"
        "Issue 58 · 4 December 2026\nWhy your assistant argues with you, and why that is good\n"
        "Oksana Hnatiuk\n",
        "Hello! This week I got more letters than usual, and nearly all of them were about "
        "assistants that argue with you when you are wrong about something.\n",
        "Why your assistant argues with you, and why that is good",
    ),
    (
        "Тиждень у машинах\nЩотижнева розсилка про штучний інтелект простими словами\n"
        "Випуск №58 · 4 грудня 2026\nЧому асистент сперечається з вами і чому це добре\n"
        "Оксана Гнатюк\n",
        "Привіт! Цього тижня я отримала більше листів, ніж зазвичай, і майже всі про "
        "асистентів, які сперечаються з вами, коли ви помиляєтеся.\n",
        "Чому асистент сперечається з вами і чому це добре",
    ),
    (
        "Maschinenwoche\nDer wöchentliche Brief über künstliche Intelligenz in klaren Worten\n"
        "Ausgabe Nr. 58 · 4. Dezember 2026\nWarum Ihr Assistent widerspricht und warum das gut "
        "ist\nOksana Hnatjuk\n",
        "Hallo! Diese Woche habe ich mehr Briefe bekommen als sonst, und fast alle handelten "
        "von Assistenten, die widersprechen, wenn man sich irrt.\n",
        "Warum Ihr Assistent widerspricht und warum das gut ist",
    ),
]


@pytest.mark.parametrize(("head", "prose", "title"), NEWSLETTERS)
def test_the_issues_headline_under_the_issue_line_is_the_title(head, prose, title):
    assert _title(head + prose) == title


def test_a_posts_dateline_is_no_issue_line():
    assert not _issue_line("March 3, 2026 · 5 min read")
    assert not _issue_line("Windows 11 · a review")
    page = (
        "Kettle Notes\nWhy my kettle sings at night\nMarch 3, 2026 · 5 min read\n"
        "My kettle sings at night because the water cools in its base, and I finally know "
        "why after a week of listening.\n"
    )
    assert _title(page) == "Why my kettle sings at night"
