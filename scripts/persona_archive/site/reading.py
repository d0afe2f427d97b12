"""The reading furniture of a document page, as HTML: the metadata panel under the title, the
related documents and the provenance section after the text.

Pure functions of the collection data; every scraped value is escaped with ``html.escape`` and
only ``http(s)`` URLs become links. ``base`` is the relative path from the page to the site root
(``"../../"`` for ``archive/<slug>/``), so the HTML works wherever the site is served.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
from pathlib import Path
from urllib.parse import quote, urlsplit

from persona_archive import paths
from persona_archive.cache import ContentCache
from persona_archive.cleaning import provenance as provenance_data
from persona_archive.files import text_digest
from persona_archive.page import LOST
from persona_archive.site import listings, related
from persona_archive.site.listings import KIND_SINGULAR, credit, reading_minutes, tag_label

CLEANING_LABELS = {
    "encoding_repairs": "characters repaired (mojibake)",
    "unrecoverable_chars": "characters lost beyond repair",
    "manual_repairs": "repairs by a curator",
    "duplicates_removed": "duplicated paragraphs removed",
    "boilerplate_lines_removed": "lines of site chrome removed",
    "template_lines_removed": "of which learned from the site's other pages",
    "reaction_rows": "rows of reaction counts turned into reactions",
}


def e(value) -> str:
    return html.escape(str(value), quote=True)


def safe_url(url) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (no ``javascript:`` links).

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url(None)
    ('https://example.org/a?b=1', None, None)
    """
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


# The document page's own lists and tables leave out the end tags HTML makes optional (</dt>,
# </dd>, </li>, </td>, </th>, </tr>, </thead>, </tbody>): the browser builds the same elements,
# and a page holds about fifty of them (issue 20). Only in markup that goes straight into the
# page, never in Markdown, whose raw-HTML blocks are found by their end tags.


def _row(label: str, value_html: str, cls: str = "") -> str:
    dd = f'<dd class="{cls}">' if cls else "<dd>"
    return f"<dt>{e(label)}{dd}{value_html}"


# What keeps a part of a document page out of the search index: Material's (lunr) and Pagefind's
# marks; a page names its engine's alone (``exclusion``).
EXCLUDED = "data-search-exclude data-pagefind-ignore"


def exclusion(engine: str) -> str:
    """The mark that keeps a part of a page out of ``engine``'s index.

    >>> exclusion("pagefind"), exclusion("lunr")
    ('data-pagefind-ignore', 'data-search-exclude')
    """
    return "data-pagefind-ignore" if engine == "pagefind" else "data-search-exclude"


def _filter(name: str | None, tag: str = "a") -> str:
    """The opening of an element whose text is a value of Pagefind's filter ``name`` (none
    without one): the panel's links are the search filters, so a document page names its tags,
    kind, authors and site once (Pagefind reads filters inside an element it does not index).

    >>> _filter("tag"), _filter(None), _filter("site", "span")
    ('<a data-pagefind-filter="tag"', '<a', '<span data-pagefind-filter="site"')
    """
    return f'<{tag} data-pagefind-filter="{name}"' if name else f"<{tag}"


def panel(
    doc: dict, labels: dict, names: dict, base: str, excluded: str = EXCLUDED,
    filters: bool = False,
) -> str:  # fmt: skip
    """The metadata panel: authors, site, original URL, dates, kind, reading time, tags,
    reactions. ``names`` maps ``("authors"|"sites", name)`` to the listing path of that name;
    ``excluded`` is the mark that keeps it out of the search index; with ``filters`` (Pagefind)
    the tags, kind, authors and site are its filters' values, as the panel shows them."""
    rows = []

    def mark(name, tag="a"):
        return _filter(name if filters else None, tag)

    authors = doc.get("authors") or []
    if authors:
        links = [
            f'{mark("author")} href="{e(base + names[("authors", a)])}">{e(a)}</a>'
            if ("authors", a) in names
            else f"{mark('author', 'span')}>{e(a)}</span>"
            if filters
            else e(a)
            for a in authors
        ]
        rows.append(_row("Author" if len(authors) == 1 else "Authors", ", ".join(links)))
    else:
        rows.append(_row("Authors", _unknown(names.get(("authors", None)), base)))
    site = doc.get("site")
    if site:
        target = names.get(("sites", site))
        rows.append(
            _row(
                "Site",
                f'{mark("site")} href="{e(base + target)}">{e(site)}</a>'
                if target
                else f"{mark('site', 'span')}>{e(site)}</span>"
                if filters
                else e(site),
            )
        )
    else:
        rows.append(_row("Site", _unknown(names.get(("sites", None)), base)))
    url = safe_url(doc.get("url"))
    if url:
        host = urlsplit(url).netloc
        rows.append(
            _row(
                "Original",
                f'<a class="pa-original" href="{e(url)}" rel="nofollow noopener noreferrer">'
                f'{e(host)}</a> <span class="pa-print-url">{e(url)}</span>',
            )
        )
    rows.append(_row("Published", e(doc["published"]) if doc.get("published") else "unknown"))
    if doc.get("archived"):
        rows.append(_row("Archived", e(doc["archived"])))
    kind = doc.get("kind") or "other"
    kind_label = KIND_SINGULAR.get(kind, kind)
    kind_link = f'{mark("kind")} href="{e(base)}kinds/{e(quote(kind))}/">{e(kind_label)}</a>'
    rows.append(_row("Kind", kind_link))
    words = doc.get("words") or 0
    rows.append(_row("Reading time", f"{reading_minutes(words)} min ({words:,} words)"))
    tags = doc.get("tags") or []
    if tags:
        # the tag's slug is in its link; one class on the list, not one on every tag (issue 20)
        links = [
            f'{mark("tag")} href="{e(base)}tags/{e(quote(t))}/">{e(tag_label(labels, t))}</a>'
            for t in tags
        ]
        rows.append(_row("Tags", " ".join(links), "pa-tags"))
    reactions = doc.get("reactions") or {}
    if isinstance(reactions, dict) and reactions:
        rows.append(_row("Reactions", reaction_list(reactions)))
    return (
        f'<dl class="pa-meta" aria-label="About this document" {excluded}>'
        + "".join(rows)
        + "</dl>"
    )


def _unknown(target: str | None, base: str) -> str:
    """ "unknown", linked to the index entry of the documents with no known author (or site)."""
    if target is None:
        return "<em>unknown</em>"
    return f'<a href="{e(base + target)}"><em>unknown</em></a>'


def reaction_list(reactions: dict) -> str:
    """The reactions the original page showed, most given first; a count whose emoji was lost in
    the scraped text (it reads as U+FFFD, and every lost emoji of the page reads the same) comes
    last and says so, rather than passing for the page's favourite reaction.

    >>> for item in reaction_list({"\\ufffd": 45, "🤣": 26, "❤": 9}).split("> <"):
    ...     print(item)
    <span class="pa-reaction">🤣&nbsp;26</span
    span class="pa-reaction">❤&nbsp;9</span
    span class="pa-reaction pa-reaction--lost">45 more whose emoji the scraped text lost</span>
    """
    known = {k: v for k, v in reactions.items() if LOST not in str(k)}
    lost = sum(_int(v) for k, v in reactions.items() if LOST in str(k))
    items = [
        f'<span class="pa-reaction">{e(k)}&nbsp;{e(v)}</span>'
        for k, v in sorted(known.items(), key=lambda kv: (-_int(kv[1]), str(kv[0])))
    ]
    if lost:
        items.append(
            '<span class="pa-reaction pa-reaction--lost">'
            f"{lost:,} {'more ' if known else ''}whose emoji the scraped text lost</span>"
        )
    return " ".join(items)


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def feed_summary(doc: dict) -> str:
    """Plain text for a feed item: who, what kind, and the one-line excerpt.

    >>> feed_summary({"authors": ["A"], "kind": "blog-post", "excerpt": "Text."})
    'A · Blog post — Text.'
    """
    kind = KIND_SINGULAR.get(doc.get("kind"), str(doc.get("kind")))
    return f"{credit(doc)} · {kind} — {doc.get('excerpt', '')}".strip(" —")


_HTML_LANG = re.compile(r'<html lang="[^"]*"')
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def with_language(page_html: str, language: object) -> str:
    """The built page with its document's language in ``<html lang>`` (the site's language is
    Material's default there); an undetermined or malformed language leaves it as it is.

    >>> with_language('<html lang="en" class="no-js"><p>Γεια</p>', "el")[:33]
    '<html lang="el" class="no-js"><p>'
    >>> with_language('<html lang="en">', "und"), with_language('<html lang="en">', '"x')
    ('<html lang="en">', '<html lang="en">')
    """
    if not isinstance(language, str) or language == "und" or not _LANGUAGE.fullmatch(language):
        return page_html
    return _HTML_LANG.sub(f'<html lang="{language}"', page_html, count=1)


# Where whitespace is the content's own: left as it is.
_VERBATIM = re.compile(r"(<(pre|textarea|script|style|code)\b.*?</\2\s*>)", re.S | re.I)
_INDENT = re.compile(r"\n\s+")
# A line break between a tag and the start or end of a block-level or never-rendered element:
# whitespace there lays out as nothing (it is not between two pieces of inline content).
_BLOCK_BREAK = re.compile(
    r">\n(?=</?(?:html|head|body|meta|link|script|style|title|div|nav|ul|ol|li|dl|dt|dd|header"
    r"|footer|main|section|article|aside|form|table|thead|tbody|tfoot|tr|td|th|caption|p"
    r"|h[1-6]|details|summary|hr|blockquote|figure|figcaption|template|pre)[\s>/])"
)


# Character references the archive's Markdown needs ("!", "?", ":" mean something to its
# extensions: cleaning.writing.escape) and HTML does not, in text or in an attribute's value.
_PLAIN_REFS = {"&#33;": "!", "&#63;": "?", "&#58;": ":"}
_PLAIN_REF = re.compile("|".join(_PLAIN_REFS))


def compact(page_html: str) -> str:
    r"""A built page without the templates' indentation and blank lines: a line break followed by
    more whitespace becomes a line break, and a line break between a tag and a block-level (or
    never-rendered) element's tag goes, which a browser shows the same; ``pre``, ``textarea``,
    ``script``, ``style`` and ``code`` are kept byte for byte. Material's templates indent every
    tag and put each on a line of its own: ~4 kB of a document page at 1,000 documents. The
    text's ``&#33;``, ``&#63;`` and ``&#58;`` become the ``!``, ``?`` and ``:`` they stand for
    (the same text to a browser, five bytes less each: ~100 bytes of a document page).

    >>> compact('<div>\n    <p>a\n\n   b</p>\n  <pre>x\n   y</pre>\n</div>')
    '<div><p>a\nb</p><pre>x\n   y</pre></div>'
    >>> compact('<p><a>x</a>\n<span>y</span>\n<b>z</b>\n</p>')  # between inline elements: kept
    '<p><a>x</a>\n<span>y</span>\n<b>z</b></p>'
    >>> compact('<pre><b>\n<p>x</p></pre>\n<p>y</p>\n<script>a>\n<p></script>')
    '<pre><b>\n<p>x</p></pre><p>y</p><script>a>\n<p></script>'
    >>> compact('<p title="a&#58;">Why&#63; &#123;x&#125;&#33;</p><code>&#63;</code>')
    '<p title="a:">Why? &#123;x&#125;!</p><code>&#63;</code>'
    """
    parts = _VERBATIM.split(page_html)  # text, verbatim block, its tag name, text, …
    out = []
    for i in range(0, len(parts), 3):
        # the verbatim blocks around a text are looked at (their tags), never changed
        before = ">" if i and parts[i - 2].endswith(">") else ""
        after = parts[i + 1][: parts[i + 1].find(">") + 1] if i + 1 < len(parts) else ""
        text = _PLAIN_REF.sub(lambda m: _PLAIN_REFS[m.group()], _INDENT.sub("\n", parts[i]))
        text = _BLOCK_BREAK.sub(">", before + text + after)
        out.append(text[len(before) : len(text) - len(after)])
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)


# A navigation link as Material writes it: its title in a ``md-ellipsis`` span of its own.
_NAV_LINK = re.compile(
    r'(<a href="[^"<>]*" class="md-nav__link(?: md-nav__link--active)?">)\s*'
    r'<span class="md-ellipsis">\s*([^<>]*?)\s*</span>\s*(</a>)'
)
# What Material writes into every page that no reader gets anything from: the generator's name
# and version (the footer credits the theme), and the empty place of an announcement banner
# (the site has none; Material's bundle looks for any and finds none).
_NOTHING = re.compile(
    r'<meta name="generator" content="[^"<>]*">|<div data-md-component="announce"></div>'
)


def lean_theme(page_html: str) -> str:
    r"""The page without the theme's bytes that show nothing (issue 20, ~0.4 kB a page): each
    navigation link's title straight in its link (Material wraps it in a span that clips a title
    too long for the sidebar with an ellipsis; titles wrap there, so the span shows nothing but
    a single word wider than the sidebar whole), no generator tag, no empty banner. Only the
    theme's part before the text is read.

    >>> lean_theme('<a href="../" class="md-nav__link">\n<span class="md-ellipsis">\n'
    ...            'Tags\n</span>\n</a><article><a href="x" class="md-nav__link">')
    '<a href="../" class="md-nav__link">Tags</a><article><a href="x" class="md-nav__link">'
    >>> lean_theme('<meta name="generator" content="mkdocs-1.6.1"><title>T</title>'
    ...            '<div data-md-component="announce"></div><header>')
    '<title>T</title><header>'
    """
    end = page_html.find("<article")
    end = len(page_html) if end < 0 else end
    theme = _NOTHING.sub("", _NAV_LINK.sub(r"\1\2\3", page_html[:end]))
    return theme + page_html[end:]


_UPDATED_FEED = re.compile(r'<link rel="alternate" type="application/rss\+xml"[^>]*_updated\.xml">')


def home_only_feeds(page_html: str) -> str:
    """The page without the link to the feed of updated documents, which the home page keeps
    (issue 20: ~0.1 kB of every page): a feed reader finds the feed of new documents from any
    page, and both from the home page.

    >>> new = '<link rel="alternate" type="application/rss+xml" href="feed_rss_created.xml">'
    >>> home_only_feeds(new + '<link rel="alternate" type="application/rss+xml" title="U" '
    ...                 'href="../feed_rss_updated.xml"><title>') == new + "<title>"
    True
    """
    return _UPDATED_FEED.sub("", page_html, count=1)


def insert_after_title(content_html: str, block: str) -> str:
    """``block`` placed right after the page's first ``</h1>`` (at the top when there is none).

    >>> insert_after_title("<h1>T</h1><p>x</p>", "<dl></dl>")
    '<h1>T</h1><dl></dl><p>x</p>'
    """
    at = content_html.find("</h1>")
    if at < 0:
        return block + content_html
    at += len("</h1>")
    return content_html[:at] + block + content_html[at:]


ALL_TAGS = "tagged with every tag of this document"


def shared_tags(shared: list[str], own: list[str] | None, labels: dict) -> str:
    """Why two documents are related by their tags, in words: the shared tags by name, or, when
    they are all of this document's own (listed at the top of its page) and naming them takes
    longer, ``ALL_TAGS`` (the same fact in fewer words: issue 20).

    >>> labels = {"rlhf": {"label": "RLHF"}}
    >>> shared_tags(["rlhf"], ["rlhf"], labels)
    'both tagged RLHF'
    >>> shared_tags(["model-welfare", "consciousness"], ["consciousness", "model-welfare"], {})
    'tagged with every tag of this document'
    >>> shared_tags(["welfare", "mask"], ["mask", "welfare"], {})  # named: shorter
    'both tagged welfare, mask'
    >>> shared_tags(["welfare"], ["consciousness", "welfare"], {})
    'both tagged welfare'
    """
    named = "both tagged " + ", ".join(tag_label(labels, t) for t in shared)
    if own and set(shared) == set(own) and len(ALL_TAGS) < len(named):
        return ALL_TAGS
    return named


def shared_terms(terms: list[str]) -> str:
    """The distinctive words two documents share, in words.

    >>> shared_terms(["shoggoth"]), shared_terms(["shoggoth", "mask"])
    ('both use the uncommon word “shoggoth”', 'both use the uncommon words “shoggoth”, “mask”')
    """
    noun = "word" if len(terms) == 1 else "words"
    return f"both use the uncommon {noun} " + ", ".join(f"“{t}”" for t in terms)


def _document_link(base: str, slug: str) -> str:
    """The link to a document from a page ``base`` below the site's root; from a document's
    own page (``archive/<slug>/``: ``../../``), the shorter way to its neighbour.

    >>> _document_link("../../", "a b"), _document_link("../../../", "a")
    ('../a%20b/', '../../../archive/a/')
    """
    if base == "../../":
        return f"../{quote(slug)}/"
    return f"{base}archive/{quote(slug)}/"


def related_list(
    items: list[dict], by_slug: dict, labels: dict, base: str, own_tags: list[str] | None = None
) -> str:
    """The "Related documents" section (empty string when there is none) of a document tagged
    ``own_tags``. It is placed inside the page's closing part, which search leaves out; on the
    document's page (``base`` ``../../``), each link goes the short way to its neighbour."""
    entries = []
    for item in items:
        doc = by_slug.get(item["slug"])
        if not doc:
            continue
        why = []
        if item.get("tags"):
            why.append(shared_tags(item["tags"], own_tags, labels))
        if item.get("terms"):  # distinctive: rare in the collection and in the language
            why.append(shared_terms(item["terms"]))
        kind = KIND_SINGULAR.get(doc.get("kind"), str(doc.get("kind")))
        entries.append(
            f'<li><a href="{e(_document_link(base, doc["slug"]))}">{e(doc["title"])}</a>'
            f" <span>{e(credit(doc))} · {e(kind)}</span>"
            + (f' <span class="pa-related__why">Why: {e("; ".join(why))}</span>' if why else "")
        )
    if not entries:
        return ""
    return (
        '<section class="pa-related" aria-labelledby="pa-related-title">'
        '<h2 id="pa-related-title">Related documents</h2>'
        f'<ol class="pa-listing">{"".join(entries)}</ol></section>'
    )


def shown_changes(changes: list[dict]) -> list[dict]:
    """The cleaning log's changes as the reader gets them: in the order of the source's lines
    (stages log in their own order), and without entries that changed nothing (a line whose
    before and after are the same text).

    >>> [c.get("line") for c in shown_changes([{"line": 9, "before": "a", "after": ""},
    ...     {"line": 2, "before": "b c", "after": "b c"}, {"line": 3, "before": "d", "after": "e"},
    ...     {"before": "f", "after": ""}])]
    [3, 9, None]
    """
    kept = [c for c in changes if not (c.get("after") and c.get("after") == c.get("before"))]
    return sorted(kept, key=lambda c: (not isinstance(c.get("line"), int), _int(c.get("line"))))


def _details(summary: str, kind: str, count: int) -> str:
    """A list of the cleaning log, folded: its entries are read from the log when the reader
    opens it (``pa-reading.js``, which writes each as text, from the log the section links to),
    not carried by every page (issue 20: ~1.7 kB a document). Without JavaScript the lists are
    hidden (``pa-reading.css``): the table gives the counts, and the link the whole log."""
    if not count:
        return ""
    return (
        f'<details class="pa-log" data-pa-log="{e(kind)}"><summary>{e(summary)} ({count})'
        "</summary></details>"
    )


_WARC = re.compile(r"\.warc(?:\.gz)?$", re.IGNORECASE)
_SAVED_PAGE = (".html", ".htm", ".mhtml", ".mht")


def raw_origin(source_file: str) -> tuple[str, str]:
    """What a document's raw original is, in words, and the name it downloads under: a text
    as scraped, a saved web page, or one record of a web archive (``crawl.warc.gz#<key>``: the
    record's page, named after the archive and the record).

    >>> raw_origin("sources/notes/a.txt")
    ('the raw text exactly as it was scraped', 'a.txt')
    >>> raw_origin("page.html")
    ('the saved web page (its HTML) exactly as it was saved', 'page.html')
    >>> raw_origin("crawl.warc.gz#0a1b2c3d4e5f")
    ('a page captured in the web archive crawl.warc.gz (the record exactly as archived)', \
'crawl-0a1b2c3d4e5f.html')
    """
    name = source_file.rsplit("/", 1)[-1]
    archive, _, record = name.partition("#")
    if record and _WARC.search(archive):
        page = f"{_WARC.sub('', archive)}-{record}.html"
        return (
            f"a page captured in the web archive {archive} (the record exactly as archived)",
            page,
        )
    if name.lower().endswith(_SAVED_PAGE):
        return "the saved web page (its HTML) exactly as it was saved", name
    return "the raw text exactly as it was scraped", name


def cleaning_table(counts: dict) -> str:
    """What cleaning changed, in counts: the kinds of change it made, and only those (a row of
    zeros for every kind it did not make was ~0.25 kB of every page: issue 20); the caption says
    nothing else changed. "of which …" rows stay under the row they count part of.

    >>> cleaning_table({"encoding_repairs": 0, "duplicates_removed": 2})
    '<table class="pa-cleaning"><caption>What cleaning changed (nothing else did)</caption>\
<thead><tr><th scope="col">Change<th scope="col">Count<tbody><tr><td>duplicated paragraphs \
removed<td>2</table>'
    >>> cleaning_table({"encoding_repairs": 0})
    '<p class="pa-cleaning">Cleaning changed nothing in the text but its layout.</p>'
    >>> cleaning_table({})  # a page without counts says nothing it cannot know
    ''
    """
    rows = [
        f"<tr><td>{e(CLEANING_LABELS.get(k, k.replace('_', ' ')))}<td>{e(v)}"
        for k, v in counts.items()
        if v
    ]
    if not counts:
        return ""
    if not rows:
        return '<p class="pa-cleaning">Cleaning changed nothing in the text but its layout.</p>'
    return (
        '<table class="pa-cleaning"><caption>What cleaning changed (nothing else did)</caption>'
        '<thead><tr><th scope="col">Change<th scope="col">Count'
        f"<tbody>{''.join(rows)}</table>"
    )


def raw_uri(slug: str) -> str:
    """Where a document's raw original is in the site: gzipped, as the raw originals are a
    ninth of the site's bytes and text shrinks to about half (issue 20)."""
    return f"raw/{slug}.txt.gz"


def log_uri(slug: str) -> str:
    """Where a document's cleaning log is in the site: gzipped, like the raw original (the
    logs were 1.4 kB of every document at 1,000 documents, 0.6 kB gzipped: issue 20). The
    project keeps it plain beside the page (``docs/archive/<slug>.changes.json``); the page
    script unpacks it for the lists and for a reader who saves it."""
    return f"archive/{slug}.changes.json.gz"


def provenance(doc: dict, log: dict, base: str, raw_size: int | None = None) -> str:
    """The provenance section: raw original download and its sha256, what cleaning changed
    (counts) and the readable list of repairs, removals and restructurings. It is placed inside
    the page's closing part, which search leaves out. The file is gzipped: the link names the
    original and ``pa-reading.js`` unpacks it in the browser, so the reader saves the original
    under its own name (without JavaScript they get the ``.gz``, which says what it is)."""
    slug = quote(doc["slug"])
    origin, name = raw_origin(str(doc.get("source_file") or ""))
    size = f" ({raw_size:,} bytes)" if raw_size is not None else ""
    parts = [
        '<section class="pa-provenance" aria-labelledby="pa-provenance-title">',
        '<h2 id="pa-provenance-title">Provenance</h2>',
        f"<p>This page was generated from {e(origin)}. "
        f'<a href="{e(base)}{e(raw_uri(slug))}" download="{e(name)}.gz" '
        f'data-pa-name="{e(name)}" class="pa-raw">'
        f"Download the raw original</a>{size}, SHA-256 "
        f'<code class="pa-sha256">{e(doc.get("source_sha256", ""))}</code>.</p>',
    ]
    parts.append(cleaning_table(doc.get("cleaning") or {}))
    changes = shown_changes(log.get("changes") or [])
    removals = sum(not c.get("after") for c in changes)
    log_url = f"{base}{log_uri(slug)}"
    parts.append(_details("Repairs", "repairs", len(log.get("repairs") or [])))
    parts.append(_details("Removed", "removed", removals))
    parts.append(_details("Restructured", "restructured", len(changes) - removals))
    notes = log.get("notes") or []
    if notes:
        parts.append("<p>Notes: " + "; ".join(e(n) for n in notes) + "</p>")
    if log:
        parts.append(
            f'<p><a class="pa-log-link" href="{e(log_url)}" download data-pa-name>'
            "The full cleaning log</a> (JSON).</p>"
        )
    parts.append("</section>")
    return "".join(p for p in parts if p)


def document_bottoms(
    docs: list[dict], labels: dict, archive_dir: Path, sources: Path
) -> dict[str, tuple[str, str]]:
    """``{slug: (related documents, provenance)}``: the sections after every document's text,
    made in one go (in the helper process, while the pages are converted): related documents
    need the whole collection's words, provenance each page's cleaning log and raw original.
    Links are relative to a document page, ``archive/<slug>/``."""
    found = related_documents(docs, archive_dir)
    by_slug = {d["slug"]: d for d in docs}
    base = "../../"
    out = {}
    for doc in docs:
        slug = doc["slug"]
        raw = provenance_data.raw_original(sources, doc.get("source_file"))
        size = raw.stat().st_size if raw is not None else None
        log = provenance_data.read_log(archive_dir, slug)
        out[slug] = (
            related_list(found.get(slug, []), by_slug, labels, base, doc.get("tags")),
            provenance(doc, log, base, size),
        )
    return out


RELATED_CACHE = paths.CACHE / "related"


def related_documents(
    docs: list[dict],
    archive_dir: Path,
    cache_dir: Path | None = RELATED_CACHE,
    mapper: related.Mapper = map,
) -> dict[str, list[dict]]:
    """``related.related`` of the collection, its pages' text read from ``archive_dir``, kept in
    ``cache_dir`` for the next build while the collection, every page's text and the code that
    scores them stay the same: it reads every document's text, the largest part of the helper
    process's work on a rebuild (1.6 s at 1,000 documents)."""
    key = _related_key(docs, archive_dir) if cache_dir is not None else None
    cache = ContentCache(cache_dir)
    found = cache.get(key) if key else None
    if isinstance(found, dict) and all(isinstance(v, list) for v in found.values()):
        return found
    text_of = functools.partial(listings.document_text, archive_dir)
    found = related.related(docs, text_of=text_of, mapper=mapper)
    if key:
        cache.put(key, found)
        cache.keep_only({key})  # one collection, one entry
    return found


def _related_key(docs: list[dict], archive_dir: Path) -> str | None:
    """What the related documents are made from: the scoring code, the collection's data and
    each page's text (``text_digest``: the same in a fresh checkout, where CI restores
    the cache); None when a page cannot be read."""
    digest = hashlib.sha256()
    for module in (related, listings):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(json.dumps(docs, sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
    try:
        for doc in docs:
            text = (Path(archive_dir) / f"{doc['slug']}.md").read_text(encoding="utf-8")
            digest.update(text_digest(text).encode())
    except (OSError, KeyError, UnicodeDecodeError):
        return None
    return digest.hexdigest()
