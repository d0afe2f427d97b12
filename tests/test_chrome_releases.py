"""A code host's release page (issue 18): who released it and when, the asset list's heading
and its source archives go alone, in the languages Gitea and Forgejo print them; beside them the
release's tag, its commit, the "Latest" badge and the assets' names and sizes. A version number,
a hash or a file name in the notes, among their sentences, stays. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page

NOTES = "This release keeps the assistant's tone steady across long conversations."


@pytest.mark.parametrize(
    "line",
    [
        "haneul-dev released this",
        "chabuni-bot released this Mar 4, 2026",
        "Assets 3",
        "Source code (zip)",
        "Source code (tar.gz)",
        "Quellcode (ZIP)",
        "Исходный код (TAR.GZ)",
        "ソースコード (ZIP)",
        "Kaynak kodu (ZIP)",
    ],
)
def test_a_releases_furniture_goes_alone(line):
    assert kept(NOTES, line) == [NOTES]


@pytest.mark.parametrize(
    "line",
    ["She released this recipe in 2024.", "The source code (zip) is on the mirror.", "Assets"],
)
def test_sentences_and_a_bare_heading_stay(line):
    assert kept(NOTES, line) == [NOTES, line]


RELEASE = """
c Latest
c tallow-dev released this Apr 2, 2026
c v3.1.0
c 9d04e7b
t This release keeps the assistant's tone steady across long conversations.
t - The tone setting survives a restart.
t - Version 3.0.2 reset it after an update; fixed.
c Assets 3
c tallow-3.1.0.tar.gz
c 2.4 MB
c Source code (zip)
c Source code (tar.gz)
"""


def test_the_tag_commit_badge_and_assets_go_beside_the_furniture():
    lines, text = marked_page(RELEASE)
    assert kept(*lines) == text


def test_a_version_a_hash_and_a_file_name_among_the_notes_stay():
    lines, text = marked_page(
        """
t We moved the prompts into one file so that the tone stays the same everywhere.
t v3.1.0
t The tag above is the one to install; the previous one had the reset bug.
t 9d04e7b
t That commit is where the fix went in, if you want to read the diff.
t persona.yaml
t The file holds every setting the assistant reads at start.
"""
    )
    assert kept(*lines) == text
