"""Build tests: ``mkdocs build --strict`` of the whole project, checked in the HTML it wrote."""

from __future__ import annotations

import gzip
import html
import json
import re

import pytest

from persona_archive.page import shown_title

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
        shown = shown_title(meta["title"], meta["title_source"])  # a derived title in [ ]
        assert html.unescape(re.sub(r"<[^>]+>", "", h1)).strip() == shown
        assert meta["tags"], f"{slug} has no tags"
        for tag in meta["tags"]:
            shown = re.search(
                rf'<a [^>]*href="\.\./\.\./tags/{re.escape(tag)}/"[^>]*>([^<]+)</a>', page
            )
            assert shown and shown[1].strip(), f"{slug}: tag {tag} not shown"


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
        # the document's own text: the provenance section quotes what cleaning removed
        article = article.split("Provenance", 1)[0]
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
    assert {"about/", "how-to-cite/"} <= locations  # the reader's pages, not the engineering's
    assert "performance/" not in locations


# --- the reading room (issue 5) --------------------------------------------------------------


def _listed_slugs(site, base: str) -> list[str]:
    """Slugs of the documents listed on every page of a paginated listing under ``base``."""
    slugs = []
    for page in sorted((site / base).glob("**/index.html")):
        if page.parent != site / base and not page.parent.name.startswith("page-"):
            continue
        text = page.read_text(encoding="utf-8")
        article = text[text.find("<article") : text.find("</article>")]
        slugs += re.findall(r'href="(?:\.\./)+archive/([^/"#]+)/"', article)
    return slugs


def test_tag_pages_list_exactly_the_tagged_documents(site, pages):
    for tag in {t for p in pages.values() for t in p["tags"]}:
        expected = sorted(s for s, p in pages.items() if tag in p["tags"])
        assert sorted(_listed_slugs(site, f"tags/{tag}")) == expected, tag


def test_author_site_and_kind_pages_list_their_documents(site, pages):
    kinds = {p["kind"] for p in pages.values()}
    for kind in kinds:
        expected = sorted(s for s, p in pages.items() if p["kind"] == kind)
        assert sorted(_listed_slugs(site, f"kinds/{kind}")) == expected, kind
    authors = (site / "authors" / "index.html").read_text(encoding="utf-8")
    for author in {a for p in pages.values() for a in p["authors"]}:
        assert html.escape(author) in authors


def test_raw_originals_are_published_byte_for_byte(project, site, pages):
    import gzip
    import hashlib

    for slug, meta in pages.items():
        packed = (site / "raw" / f"{slug}.txt.gz").read_bytes()
        raw = gzip.decompress(packed)
        assert raw == (project / "sources" / meta["source_file"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == meta["source_sha256"]
        assert len(packed) < len(raw)
        page = _page_html(site, slug)
        assert f'href="../../raw/{slug}.txt.gz"' in page
        assert meta["source_sha256"] in page


def test_document_pages_have_panel_related_and_provenance(site, pages):
    for slug, meta in pages.items():
        page = _page_html(site, slug)
        h1_end = page.find("</h1>")
        panel = page.find('class="pa-meta"')
        assert h1_end < panel < page.find("<p", h1_end), slug  # between the title and the text
        for tag in meta["tags"]:
            assert f'href="../../tags/{tag}/"' in page
        assert 'id="pa-provenance-title"' in page
        assert "What cleaning changed" in page
        log = gzip.decompress((site / "archive" / f"{slug}.changes.json.gz").read_bytes())
        assert json.loads(log)["format"] == "persona-archive/cleaning-log"
        assert not (site / "archive" / f"{slug}.changes.json").exists()  # published gzipped
    assert any('id="pa-related-title"' in _page_html(site, s) for s in pages)


def test_feed_and_sitemap_list_every_document(site, pages):
    feed = (site / "feed_rss_created.xml").read_text(encoding="utf-8")
    index = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<sitemapindex" in index and "/archive/" not in index  # small at any size
    parts = re.findall(r"<loc>[^<]*/(sitemap-\d+\.xml\.gz)</loc>", index)
    sitemap = "".join(gzip.decompress((site / part).read_bytes()).decode() for part in parts)
    for slug in pages:
        assert f"archive/{slug}/" in feed
        assert f"archive/{slug}/" in sitemap
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode() == index


def test_titles_and_feed_summaries_survive_the_released_markdown(site, pages):
    """hooks/build.py drops each page's Markdown once rendered: the page title, the
    feed's title and summary (read from the page after rendering) must still be there."""
    feed = (site / "feed_rss_created.xml").read_text(encoding="utf-8")
    hand_written = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]*About[^<]*</title>", hand_written)
    for slug, meta in pages.items():
        title = html.escape(meta["title"], quote=False)
        assert re.search(rf"<title>{re.escape(title)}", _page_html(site, slug)), slug
        item = next(i for i in re.findall(r"<item>.*?</item>", feed, re.S) if slug in i)
        assert f"<title>{title}</title>" in item, slug
        assert re.search(r"<description>[^<]{20,}</description>", item), slug


def test_archive_pages_are_indexed_by_section_with_every_paragraph_marked(site, pages):
    """As Material indexes a page (the page, then each heading), from the paragraphs alone, each
    marked with its id on the page (``<p data-p=...>``), in the page's order."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for slug in pages:
        loc = f"archive/{slug}/"
        entries = [d for d in index["docs"] if d["location"].split("#")[0] == loc]
        anchored = re.findall(r'<(p|h[2-6])\b[^>]*\bid="(p-[a-z0-9-]+)"', _page_html(site, slug))
        headings = [i for tag, i in anchored if tag != "p"]
        assert [e["location"] for e in entries] == [loc] + [f"{loc}#{i}" for i in headings]
        marked = [i for e in entries for i in re.findall(r"<p data-p=(p-[a-z0-9-]+)>", e["text"])]
        assert marked == [i for tag, i in anchored if tag == "p"], slug
        body = " ".join(e["text"] for e in entries)
        for furniture in ("What cleaning changed", "Related documents", "SHA-256", "Cite"):
            assert furniture not in body, (slug, furniture)


def test_no_listing_grows_past_a_page(site):
    for base in ("tags", "authors", "sites", "kinds"):
        for page in (site / base).glob("**/index.html"):
            text = page.read_text(encoding="utf-8")
            article = text[text.find("<article") : text.find("</article>")]
            assert len(re.findall(r'href="(?:\.\./)+archive/', article)) <= 50, page
