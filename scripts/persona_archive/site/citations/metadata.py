"""The page head of a document: meta tags and schema.org JSON-LD, what tools read off the page.

Highwire Press tags (Zotero's Embedded Metadata translator, Google Scholar), Dublin Core and Open
Graph, and JSON-LD of the kind's schema.org type; every value is escaped for HTML, and the
JSON-LD so that no text can end its script element.
"""

from __future__ import annotations

import html
import json

from persona_archive.site.citations.record import ARCHIVE_NAME, Record


def head_meta(rec: Record) -> list[tuple[str, str, str]]:
    """``(attribute, name, content)`` for each ``<meta>`` of the document page: Highwire Press
    (what Zotero's Embedded Metadata translator and Google Scholar read), Dublin Core, Open Graph.
    """
    info = rec.kind_info
    tags = [("name", "citation_title", rec.cited_title)]
    tags += [("name", "citation_author", a) for a in rec.authors]
    if rec.published:
        tags.append(("name", "citation_publication_date", rec.published.replace("-", "/")))
    tags += [("name", "citation_public_url", rec.url), ("name", "citation_language", rec.language)]
    if rec.site:
        tags.append(("name", "citation_journal_title", rec.site))
    tags.append(("name", "citation_publisher", ARCHIVE_NAME))
    tags += [("name", "citation_keywords", t) for t in rec.tags]
    tags.append(("name", "DC.title", rec.cited_title))
    tags += [("name", "DC.creator", a) for a in rec.authors]
    if rec.published:
        tags.append(("name", "DC.date", rec.published))
    tags += [
        ("name", "DC.identifier", rec.url),
        ("name", "DC.type", info.zotero),
        ("name", "z:itemType", info.zotero),
        ("name", "DC.language", rec.language),
        ("name", "DC.publisher", ARCHIVE_NAME),
    ]
    if rec.original_url:
        tags.append(("name", "DC.source", rec.original_url))
    tags += [
        ("property", "og:type", "article"),
        ("property", "og:title", rec.title),
        ("property", "og:url", rec.url),
    ]
    if rec.site:
        tags.append(("property", "og:site_name", rec.site))
    if rec.published:
        tags.append(("property", "article:published_time", rec.published))
    tags += [("property", "article:author", a) for a in rec.authors]
    return tags


def head_html(rec: Record) -> str:
    """The head's meta tags and JSON-LD as HTML (every value escaped)."""
    lines = [
        f'<meta {attr}="{html.escape(name)}" content="{html.escape(content)}">'
        for attr, name, content in head_meta(rec)
    ]
    lines.append(f'<script type="application/ld+json">{json_ld(rec)}</script>')
    return "\n".join(lines)


def json_ld(rec: Record) -> str:
    """schema.org JSON-LD of the kind's type; ``<``, ``>`` and ``&`` escaped so no text can end
    the script element."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": rec.kind_info.schema,
        "@id": rec.url,
        "url": rec.url,
        "name": rec.title,
        "headline": rec.title[:110],
        "inLanguage": rec.language,
        "version": rec.version,
        "dateModified": rec.revision_date or None,
        "keywords": rec.tags,
        "publisher": {"@type": "Organization", "name": ARCHIVE_NAME},
    }
    if rec.authors:
        data["author"] = [{"@type": "Person", "name": a} for a in rec.authors]
    if rec.published:
        data["datePublished"] = rec.published
    if rec.original_url:
        data["isBasedOn"] = rec.original_url
    if rec.site:
        data["isPartOf"] = {"@type": "WebSite", "name": rec.site}
    data = {k: v for k, v in data.items() if v is not None}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
