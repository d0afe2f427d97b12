"""A link aggregator's and a Lemmy instance's furniture: the community's handle and sidebar
(its labels under their figures, the software's version and links), the thread's sort tabs,
the hidden comments' count, a domain alone on a line beside other chrome, the submitter's
"via" line. Each goes on evidence; a domain or a "via" line in the text, a word such as "old"
in a sentence, stay. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import match_interface

ALONE = [
    ("!technology@lemmy.example.world", "navigation"),
    ("Modlog", "navigation"),
    ("join-lemmy.org", "navigation"),
    ("Lemmy 0.19.5", "hosting-banner"),
    ("BE: 0.19.5", "navigation"),
    ("Crosspost", "post-actions"),
    ("1 comment hidden", "navigation"),
    ("Moderation Log", "navigation"),
]


@pytest.mark.parametrize(("line", "kind"), ALONE)
def test_an_aggregators_furniture_goes_alone(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line" and found.kind == kind
    assert kept("A sentence of the thread.", line, "Another sentence.") == [
        "A sentence of the thread.",
        "Another sentence.",
    ]


def test_a_community_sidebar_goes_after_the_thread():
    text = "I prefer this to a confident wrong number."
    page = [
        text,
        "!technology@lemmy.example.world",
        "Subscribe",
        "38K",
        "Subscribers",
        "4.1K",
        "Posts",
        "Moderators",
        "Modlog",
        "Lemmy 0.19.5",
        "join-lemmy.org",
        "Docs",
        "Code",
    ]
    assert kept(*page) == [text]


def test_the_sort_tabs_go_beside_the_sort_label():
    page = ["A sentence of the post.", "sorted by: hot", "top", "controversial", "new", "old"]
    assert kept(*page) == ["A sentence of the post."]


def test_a_domain_goes_beside_the_menu_and_stays_in_the_text():
    page = ["lemmy.example.world", "Create post", "Search", "A sentence of the post."]
    assert kept(*page) == ["A sentence of the post."]
    text = ["The recipe is from my aunt's site:", "larder.example.org", "She updates it weekly."]
    assert kept(*text) == text


def test_a_via_line_and_old_in_the_text_stay():
    page = ["We found the loaf recipe", "via hazelgrove", "and baked it twice.", "old"]
    assert kept(*page) == page


@pytest.mark.parametrize("name", ["README.md", "main.py", "index.html", "notes.txt"])
def test_a_files_name_is_no_domain(name):
    assert match_interface(name) is None


@pytest.mark.parametrize("handle", ["hinata.kobo", "bia.souza", "ion.legumicultor"])
def test_a_handle_with_a_dot_is_no_domain(handle):
    assert match_interface(handle) is None


@pytest.mark.parametrize(
    "line",
    [
        "Dec 3, 2026, 21:14 · Web · 12 boosts · 31 favourites",
        "Mar 3, 2026, 08:40 · Ivory for iOS",
        "Dec 3, 2026, 21:14 · 4 boosts",
    ],
)
def test_a_focused_posts_date_line_with_its_app_and_counts_goes(line):
    found = match_interface(line)
    assert found is not None and found.context == "line" and found.kind == "timestamp"


def test_a_sign_up_box_with_its_blurb_goes():
    text = "Weight is the one thing everybody forgets."
    page = [
        text,
        "New to Mastodon?",
        "Sign up now to follow people and see their posts.",
        "Create account",
        "Login",
    ]
    assert kept(*page) == [text]
    # a sentence between a log-in link and the text is the text's
    page = ["Login", "We weighed the hive with a luggage scale.", "It worked."]
    assert kept(*page)[-2:] == page[-2:]


def test_a_date_then_a_sentence_stays():
    line = "Dec 3, 2026 · We weighed the hive with a luggage scale."
    assert match_interface(line) is None
