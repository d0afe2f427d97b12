"""Feeds and the site map as readers' tools see them (issue 17): a real feed parser (feedparser)
on both RSS feeds, the feed's styled view through an XSLT processor (lxml, as a browser applies
``rss.xsl``), and each page's ``lastmod`` in the site map."""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
from calendar import timegm
from datetime import UTC, datetime

import feedparser
import pytest
from lxml import etree

from persona_archive import anchors
from persona_archive.site import feeds

pytestmark = pytest.mark.slow

FEEDS = ("feed_rss_created.xml", "feed_rss_updated.xml")
SITE_URL = "https://persona-archive.github.io/persona-archive/"


def _slug(link: str) -> str:
    match = re.search(r"/archive/([^/]+)/$", link)
    assert match, link
    return match.group(1)


@pytest.mark.parametrize("name", FEEDS)
def test_a_feed_reader_reads_every_document_with_its_creators_and_date(site, pages, name):
    raw = (site / name).read_bytes()
    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert {_slug(e.link) for e in feed.entries} == set(pages)
    for entry in feed.entries:
        meta = pages[_slug(entry.link)]
        assert entry.title.strip(), entry.link
        assert entry.get("published_parsed"), entry.link
        day = datetime.fromtimestamp(timegm(entry.published_parsed), UTC).date()
        assert str(day) == str(meta["archived"]), entry.link
        creators = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        assert creators == list(meta["authors"]), entry.link  # none where none is known
    assert "None" not in _strings(feed), "a value printed as None"
    assert feed.feed.image.href.startswith(SITE_URL), feed.feed.image


def _strings(value) -> list[str]:
    """Every string in feedparser's result (its dicts and lists, walked)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("name", FEEDS)
def test_the_feed_has_no_none_and_names_people_as_dc_creator(site, pages, name):
    """RSS 2.0's ``author`` is an e-mail address: a name goes in Dublin Core's ``creator``. No
    element or attribute is the text "None" (the plugin's channel image was, and readers
    requested ``/None``); the channel's image is a file the site has."""
    root = ET.fromstring((site / name).read_bytes())
    for element in root.iter():
        assert (element.text or "").strip() != "None", element.tag
        assert "None" not in element.attrib.values(), element.tag
    assert root.find("channel/item/author") is None
    dc = "{http://purl.org/dc/elements/1.1/}creator"
    named = {a for meta in pages.values() for a in meta["authors"]}
    assert {c.text for c in root.iter(dc)} == named
    assert named, "no seed with a known author"
    image = root.findtext("channel/image/url")
    assert image and image.startswith(SITE_URL), image
    assert (site / image.removeprefix(SITE_URL)).is_file(), image


def test_the_styled_view_speaks_the_sites_language(site, pages):
    """The browser's view of the feed (the ``rss.xsl`` it names) in English, the page marked
    with the site's language, each author shown."""
    feed = etree.parse(str(site / "feed_rss_created.xml"))
    href = re.search(
        r'href="([^"]+)"', feed.xpath("/processing-instruction('xml-stylesheet')")[0].text
    )
    transform = etree.XSLT(etree.parse(str(site / href.group(1))))
    view = transform(feed).getroot()
    assert view.get("lang") == "en"
    text = " ".join(view.itertext())
    assert not re.search(r"\bPar\b", text), "French label"
    for meta in pages.values():
        for author in meta["authors"]:
            assert f"By {author}" in " ".join(text.split()), author
    assert all(img.get("src", "").startswith(SITE_URL) for img in view.iter("img"))


def test_sitemap_dates_each_document_by_its_revision_not_the_build(project, site, pages):
    """A document's ``lastmod`` is the day its current text first appeared (the anchor ledger's
    date for its revision, else its archived date), as its citations say; a hand-written page
    (home, listings) is dated by the newest document. Nothing is dated by the build."""
    ledger = anchors.load_ledger(project / anchors.LEDGER_FILE)
    index = (site / "sitemap.xml").read_text(encoding="utf-8")
    parts = re.findall(r"<loc>[^<]*/(sitemap-\d+\.xml\.gz)</loc>", index)
    xml = "".join(gzip.decompress((site / part).read_bytes()).decode() for part in parts)
    dated = dict(re.findall(r"<loc>([^<]+)</loc><lastmod>([^<]+)</lastmod>", xml))
    expected = {
        f"{SITE_URL}archive/{slug}/": anchors.revision_date(
            ledger, slug, str(meta.get("revision") or ""), str(meta["archived"])
        )
        for slug, meta in pages.items()
    }
    for url, day in expected.items():
        assert dated.get(url) == day, url
    newest = max(expected.values())
    for url in (SITE_URL, f"{SITE_URL}about/", f"{SITE_URL}tags/"):
        assert dated.get(url) == newest, url
    assert len(dated) == xml.count("<url>")  # every page has a date


def _render(feed: dict) -> bytes:
    """The archive's feed template, rendered as mkdocs-rss-plugin renders it (its Jinja
    settings: autoescape by file name, which a ``.jinja2`` name does not get)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        autoescape=select_autoescape(["html", "xml"]),
        loader=FileSystemLoader(feeds.TEMPLATES),
        lstrip_blocks=True,
        trim_blocks=True,
    )
    return env.get_template(feeds.TEMPLATE).render(feed=feed).encode("utf-8")


def test_the_template_escapes_every_value_and_omits_a_missing_image():
    """A scraped name or title with markup in it stays text; no image means no ``<image>``."""
    item = {
        "title": "Tom & Jerry <b>",
        "authors": ("Ann <ann@example.org> & Bob",),
        "categories": ["a&b"],
        "description": "x < y",
        "link": "https://e.org/archive/t/?a=1&b=2",
        "guid": "https://e.org/archive/t/",
        "pub_date": "Mon, 23 Nov 2026 00:00:00 +0000",
        "comments_url": None,
        "image": None,
    }
    feed = {
        "title": "Site & co",
        "description": "d",
        "html_url": "https://e.org/",
        "rss_url": "https://e.org/feed.xml",
        "author": None,
        "language": "en",
        "copyright": None,
        "pubDate": "Mon, 23 Nov 2026 00:00:00 +0000",
        "buildDate": "Mon, 23 Nov 2026 00:00:00 +0000",
        "ttl": 1440,
        "generator": "g",
        "logo_url": None,
        "stylesheet": "rss.xsl",
        "entries": [item],
    }
    raw = _render(feed)
    root = ET.fromstring(raw)  # well-formed
    assert root.find("channel/image") is None
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.get("bozo_exception")
    (entry,) = parsed.entries
    assert entry.title == "Tom & Jerry <b>"
    assert root.findtext("channel/item/{http://purl.org/dc/elements/1.1/}creator") == (
        "Ann <ann@example.org> & Bob"
    )
    assert root.findtext("channel/item/link") == item["link"]
    assert root.findtext("channel/item/category") == "a&b"


def test_feed_readers_discover_the_feeds_from_the_pages(site, pages):
    """A feed reader pointed at any page finds the feed of new documents; the home page also
    advertises the feed of updated ones (issue 20: not repeated on every page)."""

    def advertised(page):
        text = page.read_text(encoding="utf-8")
        links = re.findall(
            r'<link rel="alternate" type="application/rss\+xml"[^>]*href="([^"]+)"', text
        )
        for href in links:
            assert (page.parent / href).resolve().is_file(), (page, href)
        return sorted(href.rsplit("/", 1)[-1] for href in links)

    assert advertised(site / "index.html") == list(FEEDS)
    slug = next(iter(pages))
    assert advertised(site / "archive" / slug / "index.html") == ["feed_rss_created.xml"]
    assert advertised(site / "tags" / "index.html") == ["feed_rss_created.xml"]
