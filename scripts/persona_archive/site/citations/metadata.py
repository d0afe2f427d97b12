"""The page head of a document: meta tags and schema.org JSON-LD, what tools read off the page.

Each fact once for each kind of reader (issue 20: the title, address and description were each
written four to six times, ~1 kB of every document page that no reader took):

- Highwire Press ``citation_*``: Zotero's Embedded Metadata translator and Google Scholar (and
  the other reference managers that read them): title, authors, date, address, language,
  publisher, keywords (one tag, separated by semicolons, as Embedded Metadata splits them).
- Zotero's own ``z:`` tags and PRISM's ``prism.publicationName``: the item type, short title
  and the original site as the container, what the Highwire tags cannot say.
- Open Graph ``og:*`` (and ``article:published_time``): link previews of social sites and chat
  apps; ``og:description`` is also Zotero's abstract.
- schema.org JSON-LD (``json_ld``) and the theme's ``<meta name="description">``: search engines.

What Zotero makes of the tags was read off its translators (zotero/translators, "Embedded
Metadata.js", which hands every ``prefix.name`` tag to "RDF.js" and then lets the Highwire tags
override what RDF.js found) and its item types (zotero/zotero-schema);
``tests/test_zotero_metadata.py`` encodes the rules for every kind, and Zotero's
translation-server gave the same item, field for field, for every kind with and without the
tags left out below:

- ``citation_journal_title`` (like ``citation_conference_title``, ``citation_book_title``…)
  forces its own item type over ``z:itemType``: it is given for journal articles only.
- ``DC.type`` fills the item's website/post type with the type's name, and ``DC.source`` is read
  as the container's title: neither is given (``z:itemType`` names the type).
- No Dublin Core beside the Highwire tags: ``DC.title``, ``DC.date``, ``DC.identifier``,
  ``DC.language`` and ``DC.publisher`` were each overridden by their ``citation_*`` tag (and
  ``DC.identifier`` read as a DOI when the address held something DOI-shaped, ``10.1234/…``).
  ``DC.creator`` and ``article:author`` are read only when Embedded Metadata skips every
  ``citation_author`` as no name (nothing but spaces and ``, - . ;``): they carry those
  authors (``unnamed``), and only those.
- The original site (the catalog's, else the host of its address) goes where the item type
  keeps its container (``CONTAINER_TAGS``):
  ``prism.publicationName`` is read first for ``publicationTitle``, the base field of blogTitle,
  forumTitle and websiteTitle; a podcast's show is its ``seriesTitle``, which RDF.js copies
  from any ``z:`` tag.
- ``z:shortTitle`` is the short title the in-text citations use (Zotero would otherwise cut the
  title at its first colon, a supplied title's "[" left open).
- ``og:site_name`` names the archive (the site the reader is on); Zotero reads it as the
  container only when nothing else names one.
- The abstract is the document's own ``description``, from the start of its text
  (``summary``): RDF.js reads ``og:description``, Embedded Metadata falls back to
  ``description``. No ``citation_abstract`` (Google Scholar does not read it; Zotero took it
  over ``og:description`` with its spaces made one, as ``summary`` writes them).
- The date is ``citation_publication_date`` when the original's is known; otherwise the
  archive's date as ``citation_online_date``, which Embedded Metadata takes as the date when
  there is no other (Zotero always sets the access date to the day an item is saved). No
  ``citation_date`` beside it: the Highwire tags' older name for the same date, and Embedded
  Metadata, Google Scholar and the other readers of ``citation_*`` tags take
  ``citation_publication_date`` (first) as well.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from persona_archive.anchors import EDITORIAL
from persona_archive.page import front_matter_end
from persona_archive.site import listings
from persona_archive.site.citations.record import ARCHIVE_NAME, Record

# Zotero item type -> the tag Zotero reads as that type's container (the original site).
CONTAINER_TAGS = {
    "journalArticle": "citation_journal_title",
    "magazineArticle": "prism.publicationName",
    "newspaperArticle": "prism.publicationName",
    "blogPost": "prism.publicationName",  # blogTitle
    "forumPost": "prism.publicationName",  # forumTitle
    "webpage": "prism.publicationName",  # websiteTitle
    "podcast": "z:seriesTitle",  # no publicationTitle: the show is the series
}
DESCRIPTION_CHARS = 200
HEADLINE_CHARS = 110  # schema.org headline: search engines cut a longer one
_HEAD_CHARS = 8192  # front matter and the first paragraphs of a page
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")
# What JavaScript's \s matches (Python's \s and U+FEFF): a run becomes one space, as Zotero made
# it of citation_abstract; og:description, Zotero's abstract since, is taken as written.
_SPACES = re.compile(r"[\s\ufeff]+")
# A character of a name, for Embedded Metadata (``unnamed``).
_HIGHWIRE_NAME = re.compile(r"[^\s\ufeff,\-.;]")


def summary(blocks: Iterable[dict], limit: int = DESCRIPTION_CHARS) -> str:
    """The start of a document's text as one plain line of at most ``limit`` characters: its
    paragraphs and quotes (not its headings or the archive's labels), cut after the last whole
    sentence that keeps at least half of it, else at a word with an ellipsis.

    >>> summary([{"kind": "paragraph", "text": "One two three.  Four five six seven."}], 24)
    'One two three.'
    >>> summary([{"kind": "paragraph", "text": "One. Two three four five six."}], limit=24)
    'One. Two three four…'
    >>> summary([{"kind": "heading", "text": "Intro"}, {"kind": "quote", "text": "a b c d"}], 5)
    'a b…'
    >>> summary([{"kind": "paragraph", "text": " Über\\u00a0Äpfel\\ufeff und\\u2003Birnen. "}])
    'Über Äpfel und Birnen.'
    """
    text = _start(blocks, limit)
    if len(text) <= limit:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit + 1)]
    if ends and ends[-1] >= limit // 2:
        return text[: ends[-1]]
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:—–-") + "…"


def _start(blocks: Iterable[dict], limit: int) -> str:
    """The text of the first paragraphs and quotes, on one line, until it is over ``limit``."""
    text = ""
    for block in blocks:
        if block["kind"] in ("heading", EDITORIAL) or not block["text"]:
            continue
        text = f"{text} {_SPACES.sub(' ', block['text']).strip()}".strip()
        if len(text) > limit:
            break
    return text


def page_summary(page: Path, limit: int = DESCRIPTION_CHARS) -> str:
    """``summary`` of a generated page (front matter and title left out), from the start of the
    file; the whole page is read only when its first ``_HEAD_CHARS`` hold too little text (a
    long page's description then takes a fraction of the time its whole text would)."""
    with page.open(encoding="utf-8") as file:
        text = file.read(_HEAD_CHARS)
        whole = not file.read(1)
    start = front_matter_end(text)
    if not whole:
        head = text[start : text.rfind("\n\n")] if start else ""  # last block may be cut
        if len(_start(listings.iter_blocks(head), limit)) > limit:  # as much as it needs
            return summary(listings.iter_blocks(head), limit)
        text = page.read_text(encoding="utf-8")
        start = front_matter_end(text)
    return summary(listings.iter_blocks(text[start:]), limit)


def _host(url: str | None) -> str | None:
    """The host of the original's address, the site's name when the catalog gives none.

    >>> _host("https://www.example.org/a?b"), _host(None)
    ('www.example.org', None)
    """
    return urlsplit(url).hostname if url else None


def container_tag(zotero_type: str) -> str:
    """The tag Zotero reads as the container of an item of ``zotero_type`` (``CONTAINER_TAGS``;
    a type not listed there is given a publication name, what RDF.js reads first)."""
    return CONTAINER_TAGS.get(zotero_type, "prism.publicationName")


def head_meta(rec: Record) -> list[tuple[str, str, str]]:
    """``(attribute, name, content)`` for each ``<meta>`` of the document page: Highwire Press
    (what Zotero's Embedded Metadata translator and Google Scholar read), PRISM, Zotero's own
    and Open Graph, each fact once per reader (the module docstring says who reads what)."""
    info = rec.kind_info
    tags = [("name", "citation_title", rec.cited_title)]
    tags += [("name", "citation_author", a) for a in rec.authors]
    if rec.published:
        tags.append(("name", "citation_publication_date", rec.published.replace("-", "/")))
    elif rec.archived:
        tags.append(("name", "citation_online_date", rec.archived.replace("-", "/")))
    tags += [
        ("name", "citation_public_url", rec.url),
        ("name", "citation_language", rec.language),
        ("name", "citation_publisher", ARCHIVE_NAME),
    ]
    tags += [("name", "citation_keywords", k) for k in keywords(rec.tags)]
    tags += [("name", "DC.creator", a) for a in unnamed(rec.authors)]
    tags.append(("name", "z:itemType", info.zotero))
    if rec.short_title != rec.cited_title:
        tags.append(("name", "z:shortTitle", rec.short_title))
    container = rec.site or _host(rec.original_url)
    if container:
        tags.append(("name", container_tag(info.zotero), container))
    tags += [
        ("property", "og:type", "article"),
        ("property", "og:title", rec.title),
        ("property", "og:url", rec.url),
        ("property", "og:site_name", ARCHIVE_NAME),
    ]
    if rec.description:
        tags.append(("property", "og:description", rec.description))
    if rec.published:
        tags.append(("property", "article:published_time", rec.published))
    tags += [("property", "article:author", a) for a in unnamed(rec.authors)]
    return tags


def unnamed(authors: list[str]) -> list[str]:
    """The authors Embedded Metadata skips as ``citation_author`` (no character but spaces and
    ``, - . ;``): when it skips them all, Zotero takes them from ``DC.creator`` (RDF.js), else
    from ``article:author``, so those two carry these authors, and only these.

    >>> unnamed(["Jane Doe", "-", " . ;", "u/x"])
    ['-', ' . ;']
    """
    return [a for a in authors if not _HIGHWIRE_NAME.search(a)]


def keywords(tags: list[str]) -> list[str]:
    """The contents of the ``citation_keywords`` tags: one list separated by semicolons, what
    Embedded Metadata splits them at (a tag that holds a semicolon keeps a meta of its own).

    >>> keywords(["ai", "model-welfare"]), keywords(["a;b", "c"]), keywords([])
    (['ai; model-welfare'], ['a;b', 'c'], [])
    """
    if not tags or any(";" in t for t in tags):
        return list(tags)
    return ["; ".join(tags)]


def head_html(rec: Record) -> str:
    """The head's meta tags and JSON-LD as HTML (every value escaped). The page's
    ``description`` is not here: the theme writes it from the page's meta (``description``)."""
    lines = [
        f'<meta {attr}="{html.escape(name)}" content="{html.escape(content)}">'
        for attr, name, content in head_meta(rec)
    ]
    lines.append(f'<script type="application/ld+json">{json_ld(rec)}</script>')
    return "\n".join(lines)


def json_ld(rec: Record) -> str:
    """schema.org JSON-LD of the kind's type, what search engines read: the archived page, part
    of the archive's website, based on the original (its address and its site); compact (for
    machines, on every page); ``<``, ``>`` and ``&`` escaped so no text can end the script
    element. The title is the ``headline`` (``name`` only for the whole of a longer one); no
    ``@id`` beside ``url``, no ``description`` beside the page's ``<meta name=description>``,
    which search engines read for it, and no ``keywords`` beside ``citation_keywords`` (the
    tags, which reference managers read there: issue 20, ~0.12 kB a page)."""
    home = rec.url.rsplit("archive/", 1)[0] if "archive/" in rec.url else None
    data: dict = {
        "@context": "https://schema.org",
        "@type": rec.kind_info.schema,
        "url": rec.url,
        "headline": rec.title[:HEADLINE_CHARS],
        "name": rec.title if len(rec.title) > HEADLINE_CHARS else None,  # the whole title
        "inLanguage": rec.language,
        "version": rec.version,
        "dateModified": rec.revision_date or None,
        "publisher": {"@type": "Organization", "name": ARCHIVE_NAME},
        "isPartOf": {"@type": "WebSite", "name": ARCHIVE_NAME, **({"url": home} if home else {})},
    }
    if rec.authors:
        data["author"] = [{"@type": "Person", "name": a} for a in rec.authors]
    if rec.published:
        data["datePublished"] = rec.published
    if rec.original_url or rec.site:
        original: dict = {"@type": rec.kind_info.schema}
        if rec.original_url:
            original["url"] = rec.original_url
        if rec.site:
            original["isPartOf"] = {"@type": "WebSite", "name": rec.site}
        data["isBasedOn"] = original
    data = {k: v for k, v in data.items() if v is not None}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
