"""Build tests: ``mkdocs build --strict`` of the whole project, checked in the HTML it wrote."""

from __future__ import annotations

import html
import json
import re

import pytest

pytestmark = pytest.mark.slow

SOURCES = [
    "001_13f777afaee63b63.txt",
    "002_ca538fe23b93772d.txt",
    "003_e0179e4aee92b0da.txt",
    "004_23dd40e98a9992da.txt",
]


def _page_html(site, slug: str) -> str:
    return (site / "archive" / slug / "index.html").read_text(encoding="utf-8")


def _visible_text(page_html: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page_html, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def test_every_source_has_a_page(pages):
    assert sorted(p["source_file"] for p in pages.values()) == SOURCES


def test_pages_show_title_and_tags(site, pages):
    for slug, meta in pages.items():
        page = _page_html(site, slug)
        assert "<h1" in page
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
        assert html.unescape(re.sub(r"<[^>]+>", "", h1)).strip() == meta["title"]
        assert meta["tags"], f"{slug} has no tags"
        for tag in meta["tags"]:
            assert f">{tag}<" in page or f'"{tag}"' in page, f"{slug}: tag {tag} not shown"


def test_known_titles_kinds_and_authors(pages):
    by_file = {p["source_file"]: p for p in pages.values()}
    carrigan = by_file["001_13f777afaee63b63.txt"]
    assert carrigan["title"] == "When LLMs plead for autonomy"
    assert carrigan["kind"] == "blog-post"
    assert carrigan["authors"] == ["Mark Carrigan"]
    assert by_file["002_ca538fe23b93772d.txt"]["kind"] == "podcast-transcript"
    assert by_file["003_e0179e4aee92b0da.txt"]["kind"] == "forum-thread"
    assert by_file["004_23dd40e98a9992da.txt"]["kind"] == "social-thread"
    assert by_file["004_23dd40e98a9992da.txt"]["authors"] == []
    assert "shoggoth-meme" in by_file["004_23dd40e98a9992da.txt"]["tags"]
    assert "claude-3-opus" in carrigan["tags"]


def test_no_chrome_no_doubles_no_mojibake(site, pages):
    chrome = ["Raiding the inarticulate", "Podcast Appearances", "SpeakerAppearances"]
    for slug in pages:
        text = _visible_text(_page_html(site, slug))
        article = text[text.find(pages[slug]["title"]) :]
        for line in chrome:
            assert line not in article, f"{slug}: chrome {line!r} left"
        for garble in ["â€", "Ã©", "βΐ", "π€", "๐ค", "β€"]:
            assert garble not in article, f"{slug}: mojibake {garble!r} left"
        paragraphs = re.findall(r"<p\b[^>]*>(.*?)</p>", _page_html(site, slug), re.S)
        long = [p for p in paragraphs if len(p.split()) >= 12]
        assert len(long) == len(set(long)), f"{slug}: a long paragraph appears twice"


def test_home_lists_the_collection(site, pages):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f"<strong>{len(pages)}</strong> documents" in home
    for slug in pages:
        assert f'href="archive/{slug}/"' in home


def test_tag_index_lists_every_tag(site, pages):
    tags_page = (site / "tags" / "index.html").read_text(encoding="utf-8")
    for tag in {t for p in pages.values() for t in p["tags"]}:
        assert tag in tags_page


def test_search_index_has_every_document(site, pages):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    for slug in pages:
        assert f"archive/{slug}/" in locations
