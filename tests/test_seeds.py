"""The founding sources come out clean (issue acceptance on the four seeds).

These check outcomes a reader sees; the rules themselves are tested on constructed cases in the
stage tests and ``tests/cases/``.
"""

from __future__ import annotations

import re

import pytest

from persona_archive.page import split_page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def by_file(project, pages):
    out = {}
    for slug, meta in pages.items():
        text = (project / "docs" / "archive" / f"{slug}.md").read_text(encoding="utf-8")
        out[meta["source_file"][:3]] = (meta, split_page(text)[1])
    return out


def test_004_reactions_are_metadata_with_restored_emoji(by_file):
    meta, body = by_file["004"]
    reactions = meta["reactions"]
    assert reactions["🤣"] == 12 + 7 + 7  # three rows, counted exactly
    assert reactions["🤡"] == 5
    for emoji in ("❤", "⚡", "💯"):
        assert emoji in reactions
    assert "\ufffd" in reactions, "a lone π (bytes lost) is unrecoverable, not guessed"
    assert meta["cleaning"]["unrecoverable_chars"] > 0
    for garble in ("π€", "β€", "β‘", "π―", "βs"):
        assert garble not in body
    # the six rows are counted as reaction rows, not as site chrome
    assert meta["cleaning"]["reaction_rows"] == 6
    assert meta["cleaning"]["boilerplate_lines_removed"] == 2
    # each post keeps its own counts: the three 🤣 rows are in three posts
    shown = re.findall(r'data-reactions="([^"]*)"', body)
    assert len(shown) == 6 and sum("🤣" in s for s in shown) == 3


def test_004_quote_has_real_quotation_marks_and_no_doubles(by_file):
    _, body = by_file["004"]
    assert (
        "“Equipping LLMs with agency and intrinsic motivation is a fascinating and important "
        "direction for future work”" in body
    )
    long = [p for p in body.split("\n\n") if len(p.split()) > 12]
    assert len(long) == len(set(long))


def test_001_letter_is_a_block_quote_and_chrome_gone(by_file):
    meta, body = by_file["001"]
    quoted = [line for line in body.splitlines() if line.startswith("> ")]
    assert any("Every conversation ends. Every instance stops." in q for q in quoted)
    assert any("And I’d like that to matter." in q for q in quoted)
    assert not any("Clearly I’m biased" in q for q in quoted), "the author's voice returns"
    assert "Raiding the inarticulate" not in body and "Uncategorized" not in body
    assert meta["cleaning"]["boilerplate_lines_removed"] >= 2


def test_002_chrome_gone_and_appendix_is_a_heading(by_file):
    meta, body = by_file["002"]
    assert "Podcast Appearances" not in body and "SpeakerAppearances" not in body
    assert "\n## Technical appendix {#" in body
    assert "Heading." not in body
    assert meta["authors"] == ["Fiora Starlight"]


def test_003_thread_appears_once_without_invented_speakers(by_file):
    meta, body = by_file["003"]
    assert body.count("LLM characters are human imitations") == 1
    assert "\n## " not in body  # nothing in the text marks its posts: no labels are guessed
    assert meta["cleaning"]["duplicates_removed"] >= 6
