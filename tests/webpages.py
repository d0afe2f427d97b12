"""Web pages and web archives the tests build themselves (tests/test_webpages.py,
tests/test_warc.py): an article page in its site's chrome, with the metadata a test asks for,
and WARC files written with warcio."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import yaml
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from persona_archive.page import split_page
from persona_archive.paths import ROOT

ARTICLE = [
    "The lighthouse keeper kept a notebook of every ship that passed the northern cape during "
    "the long winter of that year.",
    "Most entries were short, a name and an hour, but some ran on for a page about fog, engines "
    "and the colour of the water at dawn.",
    "When the notebook was found in a drawer decades later, nobody could say who had written the "
    "longest entries or why they stopped.",
    "Historians now think two people shared the job, taking turns through the night and leaving "
    "notes for each other on the last page.",
    "Their handwriting differs, and so does their patience with the weather, which one of them "
    "calls a personal enemy more than once.",
]

OPEN_GRAPH = """
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Harbour Journal">
<meta property="og:type" content="article">
<meta name="author" content="Ada Quill">
<meta property="article:published_time" content="2025-02-14T08:00:00+01:00">
<meta name="description" content="A notebook of ships and fog.">
<link rel="canonical" href="https://harbour.example/notes-northern-cape">
"""

# The chrome around the article, each piece with a phrase that must not reach the page.
CHROME = {
    "cookie banner": "We use cookies to improve your experience",
    "navigation": "Subscribe to the newsletter",
    "share row": "Share on Facebook",
    "related posts": "Ten lighthouses you must visit",
    "comment counter": "14 comments",
    "footer": "All rights reserved",
    "script": "SCRIPT-TEXT-MUST-NOT-APPEAR",
    "style": "secret-style-rule",
    "event handler": "handler-must-not-run",
}


def page(
    title: str = "Notes from the northern cape",
    *,
    lang: str | None = "en",
    head: str | None = None,
    charset: str = '<meta charset="utf-8">',
    paragraphs: list[str] = ARTICLE,
    after_article: str = "",
    chrome: bool = True,
) -> str:
    """An article page: its metadata (``head``, Open Graph by default), the article's
    paragraphs, and (``chrome``) a cookie banner, navigation, a share row, related posts,
    a comment counter, a footer, a script, a style and an event handler around it."""
    head = OPEN_GRAPH.format(title=title) if head is None else head
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    lang_attr = f' lang="{lang}"' if lang else ""
    top = bottom = ""
    if chrome:
        top = f"""
<div id="cookie-banner" class="cookie-consent">{CHROME["cookie banner"]}.
 <button>Accept all cookies</button> <button>Manage preferences</button></div>
<header><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/archive">Archive</a>
</li><li><a href="/about">About us</a></li><li><a href="/subscribe">{CHROME["navigation"]}</a>
</li></ul></nav></header>"""
        bottom = f"""
<aside class="related-posts"><h3>Related posts</h3><ul>
<li><a href="/a">{CHROME["related posts"]} this summer</a></li>
<li><a href="/b">Why fog horns sound sad</a></li></ul></aside>"""
    counter = CHROME["comment counter"]
    byline = (
        f'<div class="byline">By Ada Quill · <span class="comment-count">{counter}</span></div>'
        if chrome
        else ""
    )
    share = (
        f'<div class="share-row social-share"><a href="#">{CHROME["share row"]}</a> '
        '<a href="#">Share on X</a> <a href="#">Copy link</a></div>'
        if chrome
        else ""
    )
    footer = (
        f'<footer class="site-footer"><p>© 2025 Harbour Journal. {CHROME["footer"]}.</p>'
        '<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>'
        if chrome
        else ""
    )
    return f"""<!DOCTYPE html>
<html{lang_attr}><head>{charset}
<title>{title} | Harbour Journal</title>
{head}
<style>body {{ color: red }} .{CHROME["style"]} {{}}</style>
<script>window.tracking = "{CHROME["script"]}";</script>
</head><body onload="alert('{CHROME["event handler"]}')">
{top}
<main><article>
<h1>{title}</h1>
{byline}
{body}
{share}
</article>
{bottom}
{after_article}
</main>
{footer}
</body></html>"""


def write_warc(path: Path, records: list[tuple], gz: bool = True) -> None:
    """A WARC of ``response`` records ``(uri, status line, content type, body bytes, date)``,
    an optional sixth item being extra HTTP headers."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for uri, status, content_type, body, date, *extra in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type), *(extra[0] if extra else [])],
                protocol="HTTP/1.1",
            )  # fmt: skip
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)


def ingest(sources: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    """The ingest command on ``sources`` -> ``out`` (its caches beside them; no site build)."""
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "ingest.py"),
            *("--sources", str(sources), "--out", str(out)),
            *("--cache", str(out.parent / "cache")),
            *("--site-config", str(out.parent / "no-mkdocs.yml")),
            *args,
        ],
        cwd=out.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )


def pages(out: Path) -> dict[str, tuple[dict, str]]:
    """``{source_file: (front matter, body)}`` of every page ingest wrote to ``out``."""
    found = {}
    for path in sorted(out.glob("*.md")):
        meta, body = split_page(path.read_text(encoding="utf-8"))
        found[meta["source_file"]] = (meta, body)
    return found


def log(out: Path, slug: str) -> dict:
    return json.loads((out / f"{slug}.changes.json").read_text(encoding="utf-8"))


def write_catalog(sources: Path, entries: dict) -> None:
    (sources / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}), encoding="utf-8")


GREEK_PAGE = """<html lang="el"><head><title>Το τετράδιο του φάρου</title></head><body><article>
<h1>Το τετράδιο του φάρου</h1>
<p>Ο φαροφύλακας κρατούσε ένα τετράδιο με κάθε πλοίο που περνούσε από το βόρειο ακρωτήριο.</p>
<p>Οι περισσότερες σημειώσεις ήταν σύντομες, ένα όνομα και μια ώρα, αλλά μερικές μιλούσαν για
την ομίχλη και το χρώμα της θάλασσας.</p>
</article></body></html>"""
