"""Web pages: an HTML document -> its main text, its metadata (each value with where it came
from) and the posts its markup marks up, for the cleaning pipeline.

A saved page is markup around an article: menus, a cookie banner, share buttons, related posts,
comment counters, a footer. The main text is taken out by trafilatura (a main-content extractor
that scores the page's blocks; readability-lxml was compared with it on the tests' pages and
kept navigation and "related" lists that trafilatura drops, see ``tests/test_webpages.py``); what
it gives is plain text, so no script, style or event handler of the page can reach the archive's
page. The text then goes through the same cleaning stages as any scraped text.

The metadata is read from the markup only where the page states it (``<meta>``, Open Graph,
JSON-LD, ``<link rel=canonical>``, ``<html lang>``, htmldate's reading of the date markup), and
every value is recorded with its origin (``sources``: field -> ``og:title``,
``article:published_time``, …). Nothing is guessed where the page says nothing.

Bytes are decoded as a browser does: a byte-order mark, the HTTP header's charset (a WARC
response's), a ``<meta charset>`` in the first 1024 bytes, then detection. A declaration that
is wrong still gives text: the mojibake stage sees the damage and repairs it.
"""

from __future__ import annotations

import copy
import email
import email.policy
import email.utils
import functools
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from persona_archive.cleaning import decoding
from persona_archive.errors import SourceError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MHTML_SUFFIXES = (".mhtml", ".mht")  # a page saved as one MIME file (Chromium's "single file")
MAX_HTML_BYTES = 16 * 1024 * 1024  # a saved article is kilobytes; a bigger page is not one
MAX_TREE_ELEMENTS = 200_000  # elements a page may have before the extractor is not run on it
_PRESCAN = 1024  # how far a browser looks for <meta charset> (HTML standard, 13.2.3.2)

# Kinds stated by the page: schema.org types (JSON-LD @type, microdata itemtype) and og:type.
SCHEMA_KINDS = {
    "blogposting": "blog-post",
    "blog": "blog-post",
    "discussionforumposting": "forum-thread",
    "socialmediaposting": "social-thread",
    "article": "article",
    "newsarticle": "article",
    "scholarlyarticle": "article",
    "techarticle": "article",
    "reportagenewsarticle": "article",
    "analysisnewsarticle": "article",
    "opinionnewsarticle": "article",
}
OG_KINDS = {"article": "article", "blog": "blog-post"}
_MAIN_TYPES = set(SCHEMA_KINDS) | {"webpage", "creativework", "qapage", "podcastepisode"}


@dataclass
class Post:
    """One post of a thread or comment section, as the markup marks it up: its author and date
    are the markup's, its text the post's own."""

    author: str | None
    date: str | None
    text: str


@dataclass
class Page:
    """What a web page gives the pipeline: its main text, the metadata it states (field ->
    value) with where each value came from (field -> origin), the marked-up posts, notes."""

    text: str
    encoding: str
    meta: dict = field(default_factory=dict)
    sources: dict = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The markup's structure, by line of ``text``: headings ([line, level]) and quoted lines.
    headings: list[list[int]] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "encoding": self.encoding,
            "meta": self.meta,
            "sources": self.sources,
            "posts": [vars(p) for p in self.posts],
            "notes": self.notes,
            "headings": self.headings,
            "quotes": self.quotes,
        }

    @classmethod
    def from_json(cls, data: dict) -> Page:
        data = dict(data)
        data["posts"] = [Post(**p) for p in data["posts"]]
        return cls(**data)


def is_html(name: str) -> bool:
    """Whether a source file is a saved web page, by its name.

    >>> is_html("pages/Post.HTML"), is_html("saved.mhtml"), is_html("notes.txt")
    (True, True, False)
    """
    return name.lower().endswith(HTML_SUFFIXES + MHTML_SUFFIXES)


def read_saved(name: str, data: bytes) -> Page:
    """A saved page's ``Page``: an HTML file as it is, an MHTML file by its HTML part."""
    if name.lower().endswith(MHTML_SUFFIXES):
        return read_mhtml(data)
    return read_page(data)


def read_mhtml(data: bytes) -> Page:
    r"""The page an MHTML file holds (its first ``text/html`` part, with the part's charset and
    ``Content-Location`` as the page's address), and the day it was saved (its ``Date``).

    >>> mhtml = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://a.example/p\r\n"
    ...     b"Date: Sat, 7 Mar 2026 10:12:30 +0100\r\nMIME-Version: 1.0\r\n"
    ...     b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
    ...     b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
    ...     b"\r\nContent-Location: https://a.example/p\r\n\r\n<html><body><p>Caf=C3=A9 au "
    ...     b"lait.</p></body></html>\r\n--B--\r\n")
    >>> page = read_mhtml(mhtml)
    >>> page.text, page.meta["url"], page.meta["archived"], page.sources["archived"]
    ('Café au lait.', 'https://a.example/p', '2026-03-07', 'mhtml:Date')
    """
    if len(data) > MAX_HTML_BYTES * 4:
        raise SourceError(f"MHTML too large ({len(data)} bytes; the limit is {MAX_HTML_BYTES * 4})")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = next((p for p in message.walk() if p.get_content_type() in _HTML_TYPES), None)
    if part is None:
        raise SourceError("MHTML without an HTML part (not a saved web page)")
    payload = part.get_payload(decode=True) or b""
    location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
    url = _url(str(location).strip(), None) if location else None
    page = read_page(payload, part.get_content_charset(), url)
    if url and "url" not in page.meta:
        page.meta["url"], page.sources["url"] = url, "mhtml:Content-Location"
    try:
        saved = email.utils.parsedate_to_datetime(str(message.get("Date")))
    except (TypeError, ValueError):
        saved = None
    if saved is not None and "archived" not in page.meta:
        page.meta["archived"], page.sources["archived"] = saved.date().isoformat(), "mhtml:Date"
    return page


_HTML_TYPES = ("text/html", "application/xhtml+xml")


# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
# The labels browsers read as another encoding than Python's codec of that name (WHATWG).
_WHATWG = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "utf-16": "utf-8",  # a page cannot declare UTF-16 in its own bytes: read as UTF-8
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "euc-kr": "cp949",
}


def declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta charset>`` or ``<meta http-equiv content="…; charset=…">`` in the
    page's first 1024 bytes declares, as a browser's prescan finds it.

    >>> declared_charset(b'<html><head><meta charset="ISO-8859-7"><title>x</title>')
    'ISO-8859-7'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
    'koi8-r'
    >>> declared_charset(b"<p>charset=utf-8</p>") is None
    True
    """
    found = _META_CHARSET.search(data[:_PRESCAN])
    return found.group(1).decode("ascii") if found else None


def http_charset(content_type: str | None) -> str | None:
    """The charset of an HTTP ``Content-Type`` header.

    >>> http_charset('text/html; charset="windows-1251"'), http_charset("text/html")
    ('windows-1251', None)
    """
    found = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", content_type or "", re.I)
    return found.group(1) if found else None


def codec(label: str) -> str | None:
    """Python's codec for an encoding label as a browser reads it, None for an unknown label.

    >>> codec("ISO-8859-1"), codec("utf8"), codec("no-such-charset")
    ('cp1252', 'utf-8', None)
    """
    label = label.strip().lower()
    name = _WHATWG.get(label, label)
    try:
        found = __import__("codecs").lookup(name).name
    except LookupError:
        return None
    return "utf-8" if found in ("utf-8", "utf_8") else found


def _browser_decode(data: bytes, name: str) -> str:
    """``data`` in a single-byte code page as a browser reads it: the bytes the code page leaves
    undefined become the C1 control of the same number (what the mojibake stage expects of
    UTF-8 read as cp1252), never an error."""
    if name == "utf-8":
        return data.decode("utf-8", errors="replace")
    return "".join(
        part if isinstance(part, str) else part.decode("latin-1")
        for part in _split_undefined(data, name)
    )


def _split_undefined(data: bytes, name: str):
    """Decode ``data`` with ``name``, yielding the text of each decodable run and each byte the
    codec cannot decode as bytes."""
    start = 0
    while start < len(data):
        try:
            yield data[start:].decode(name)
            return
        except UnicodeDecodeError as exc:
            yield data[start : start + exc.start].decode(name)
            yield data[start + exc.start : start + exc.end]
            start += exc.end


def decode_page(data: bytes, header_charset: str | None = None) -> decoding.Decoded:
    """The page's text, read as a browser reads it: the BOM, else the HTTP header's charset,
    else the page's ``<meta charset>``, else ``decoding.decode``'s detection. A declared
    UTF-8 that the bytes are not is read by detection (with a note); a declared single-byte
    code page is taken at its word, so a UTF-8 page that declares windows-1252 comes out as
    mojibake, which the mojibake stage then repairs.

    >>> decode_page('<meta charset="windows-1252"><p>caf\\u00e9</p>'.encode("cp1252")).text[-11:]
    '<p>café</p>'
    >>> decode_page(b'<meta charset="utf-8"><p>caf\\xc3\\xa9</p>').text[-11:]
    '<p>café</p>'
    """
    if len(data) > MAX_HTML_BYTES:
        raise SourceError(f"HTML too large ({len(data)} bytes; the limit is {MAX_HTML_BYTES})")
    if any(data.startswith(bom) for bom, _ in decoding._BOMS):
        return decoding.decode(data)
    notes: list[str] = []
    for origin, label in (("HTTP header", header_charset), ("<meta charset>", None)):
        label = label or (declared_charset(data) if origin == "<meta charset>" else None)
        if not label:
            continue
        name = codec(label)
        if name is None:
            notes.append(f"unknown charset {label!r} declared in the {origin}: ignored")
            continue
        if name == "utf-8":
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                found = decoding.decode(data)
                found.notes.insert(
                    0, f"declared UTF-8 in the {origin} but is not valid UTF-8: detected"
                )
                return found
        elif name.startswith(("utf_16", "utf_32", "utf-16", "utf-32")):
            continue
        else:
            text = _browser_decode(data, name)
        if decoding._looks_binary(text):
            raise SourceError("binary file (too many control characters to be HTML)")
        return decoding.Decoded(decoding.normalize_newlines(text), name, notes)
    found = decoding.decode(data)
    found.notes[:0] = notes
    return found


# --------------------------------------------------------------------------- the page


def read_page(data: bytes, header_charset: str | None = None, base_url: str | None = None) -> Page:
    """A web page's bytes -> its ``Page`` (main text, metadata with origins, posts).

    Raises ``SourceError`` for a page that is too large, not HTML, or has no text at all.
    ``base_url`` is where the page was captured (a WARC's target URI): relative links in the
    page's metadata resolve against it.
    """
    decoded = decode_page(data, header_charset)
    notes = list(decoded.notes)
    tree = _parse(decoded.text)
    if not re.search(r"</html\s*>\s*$", decoded.text[-4096:], re.IGNORECASE):
        notes.append("the HTML ends before </html>: the page may be truncated")
    meta, sources = metadata(tree, decoded.text, base_url)
    posts = marked_up_posts(tree)
    for item, _ in _microdata_posts(tree):  # a post is the thread's structure, not main text
        if item.getparent() is not None:
            item.drop_tree()
    extracted = main_text(tree, meta.get("url") or base_url, with_comments=not posts)
    text, comments = extracted.text, extracted.comments
    if not text.strip():
        raise SourceError("no text found in the HTML (an empty page, or only markup)")
    if posts:
        notes.append(
            f"{len(posts)} posts read from the page's markup, with their authors and dates"
        )
    if comments:
        notes.append(
            f"{comments} paragraphs of comments kept as text: the page does not mark up "
            "their authors and dates"
        )
    page = Page(text, decoded.encoding, meta, sources, posts, notes)
    page.headings, page.quotes = extracted.headings, extracted.quotes
    return page


def _parse(text: str) -> etree._Element:
    """The page's element tree (lxml's HTML parser recovers from malformed markup)."""
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses an encoding declaration in str
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"not HTML: {exc}") from exc
    count = sum(1 for _ in tree.iter())
    if count > MAX_TREE_ELEMENTS:
        raise SourceError(f"HTML too large ({count} elements; the limit is {MAX_TREE_ELEMENTS})")
    return tree


@functools.cache
def _config():
    """trafilatura's settings: no time limit by signal (it would not work in worker processes;
    the size limits bound the work instead), every output kept however short. (trafilatura and
    htmldate are imported when a page is read: a run with no page to read, or the site build,
    does not pay their half a second.)"""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_HTML_BYTES * 4))
    return config


@dataclass
class Extracted:
    """The main text (a paragraph a line, a blank line between), how many of its paragraphs
    are comments found after the article, and the lines that are headings (with their level)
    or quoted in the markup."""

    text: str
    comments: int = 0
    headings: list[list[int]] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)


def main_text(tree: etree._Element, url: str | None, with_comments: bool) -> Extracted:
    """The page's main text by trafilatura, block by block of what it keeps (a heading, a
    paragraph, a quotation, a list, a table), so that the markup's headings and quotations stay
    structure. Comments are the extractor's when the page marks up no posts
    (``with_comments``): their authors and dates are then not known, so they stay plain text."""
    import trafilatura
    from trafilatura.xml import xmltotxt

    document = trafilatura.bare_extraction(
        copy.deepcopy(tree),
        url=url,
        include_comments=with_comments,
        include_tables=True,
        deduplicate=False,
        with_metadata=False,
        config=_config(),
    )
    if document is None:
        return Extracted("")
    out = Extracted("")
    lines: list[str] = []
    for block in document.body if document.body is not None else ():
        found = _paragraphs(xmltotxt(block, False))
        level = re.fullmatch(r"h([1-6])", block.get("rend") or "")
        for text in found:
            lines += [text, ""]
            if block.tag == "head" and level:
                out.headings.append([len(lines) - 1, max(2, int(level.group(1)))])
            elif block.tag == "quote":
                out.quotes.append(len(lines) - 1)
    comments = _paragraphs(document.comments)
    for text in comments:
        lines += [text, ""]
    out.text, out.comments = "\n".join(lines).strip("\n"), len(comments)
    return out


def _paragraphs(text: str | None) -> list[str]:
    return [ln for ln in (x.strip() for x in (text or "").split("\n")) if ln]


# --------------------------------------------------------------------------- metadata


def _clean(value) -> str | None:
    """A metadata value as one trimmed line, None when empty (markup inside a value is text)."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if not isinstance(value, str):
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value[:500] or None


def _metas(tree) -> dict[str, str]:
    """``<meta>`` values by lower-cased ``property``/``name``/``itemprop``/``http-equiv``,
    the first of each kept."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = _clean(el.get("content"))
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (el.get(attr) or "").strip().lower()
            if key:
                found.setdefault(key, content)
    return found


def _types(obj: dict) -> list[str]:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return [k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)]


def json_ld(tree) -> list[dict]:
    """Every JSON-LD object of the page (``@graph`` members included), in page order; a script
    that is not JSON is passed over."""
    found: list[dict] = []

    def walk(value, depth=0):
        if depth > 3:
            return
        if isinstance(value, list):
            for item in value:
                walk(item, depth + 1)
        elif isinstance(value, dict):
            if "@type" in value:
                found.append(value)
            if "@graph" in value:
                walk(value["@graph"], depth + 1)

    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            walk(json.loads(el.text or ""))
        except (ValueError, RecursionError):
            continue
    return found


def _main_object(objects: list[dict]) -> dict:
    """The JSON-LD object that describes the page's work (an article, a posting), else {}."""
    for wanted in (set(SCHEMA_KINDS), _MAIN_TYPES):
        for obj in objects:
            if wanted & set(_types(obj)):
                return obj
    return {}


def _names(value) -> list[str]:
    """Author names of a JSON-LD ``author`` (a string, an object, or a list of either)."""
    items = value if isinstance(value, list) else [value]
    return [n for n in (_clean(i) for i in items) if n and not n.startswith(("http:", "https:"))]


def _date(value: str | None) -> str | None:
    """The calendar date a date(time) value starts with, as written (``YYYY-MM-DD``).

    >>> _date("2026-03-01T23:30:00-05:00"), _date("March 2026"), _date("2026-13-01")
    ('2026-03-01', None, None)
    """
    found = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not found or not ("01" <= found.group(2) <= "12" and "01" <= found.group(3) <= "31"):
        return None
    return "-".join(found.groups())


def _url(value: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL (a relative one resolved against ``base``), else None."""
    if not value:
        return None
    value = urljoin(base, value) if base else value
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.netloc else None


def _language(value: str | None) -> str | None:
    """A language tag in BCP 47 shape (``en_GB`` -> ``en-GB``), None when it has none.

    >>> _language("en_GB"), _language("EL"), _language("english")
    ('en-GB', 'el', None)
    """
    if not value:
        return None
    parts = value.strip().replace("_", "-").split("-")
    if not re.fullmatch(r"[A-Za-z]{2,3}", parts[0]):
        return None
    if not all(re.fullmatch(r"[A-Za-z0-9]{1,8}", p) for p in parts[1:]):
        return None
    return "-".join([parts[0].lower(), *parts[1:]])


_SINGLEFILE = re.compile(
    r"<!--\s*Page saved with SingleFile\s*url:\s*(\S+)\s*saved date:\s*([^\n>]*?)\s*-->", re.I
)


def metadata(tree, text: str, base_url: str | None = None) -> tuple[dict, dict]:
    """The page's metadata (title, authors, published, site, url, canonical_url, language,
    description, kind, archived) and where each value came from: only what the markup states,
    the first origin that has a value winning (JSON-LD and Open Graph before the plain tags).

    >>> tree = _parse('<html lang="de"><head><title>Ein Titel | Blog</title>'
    ...     '<meta property="og:site_name" content="Blog"></head><body><p>x</p></body></html>')
    >>> meta, sources = metadata(tree, "")
    >>> meta["title"], sources["title"], meta["language"], sources["language"]
    ('Ein Titel', '<title> (site name cut)', 'de', 'html:lang')
    """
    metas = _metas(tree)
    objects = json_ld(tree)
    main = _main_object(objects)
    meta: dict = {}
    sources: dict = {}

    def take(field_name: str, candidates) -> None:
        for origin, value in candidates:
            if value:
                meta[field_name], sources[field_name] = value, origin
                return

    saved = _SINGLEFILE.search(text[:4096] + text[-4096:])
    publisher = main.get("publisher") if isinstance(main.get("publisher"), dict) else {}
    take(
        "site",
        [
            ("og:site_name", metas.get("og:site_name")),
            ("json-ld:publisher", _clean(publisher.get("name"))),
            ("meta:application-name", metas.get("application-name")),
        ],
    )
    heading = [_clean(h.text_content()) for h in tree.iter("h1")]
    take(
        "title",
        [
            ("og:title", metas.get("og:title")),
            ("json-ld:headline", _clean(main.get("headline"))),
            ("json-ld:name", _clean(main.get("name"))),
            ("twitter:title", metas.get("twitter:title")),
            ("meta:dc.title", metas.get("dc.title")),
            *_title_element(tree, meta.get("site")),
            ("<h1>", heading[0] if len(heading) == 1 else None),
        ],
    )
    authors = [
        (
            "link:rel=author",
            [_clean(a.text_content()) for a in tree.iter("a") if "author" in _rel(a)],
        ),
        ("itemprop:author", _itemprop_names(tree, "author")),
    ]
    take(
        "authors",
        [
            ("json-ld:author", _names(main.get("author"))),
            ("meta:author", _names(metas.get("author"))),
            ("article:author", _names(metas.get("article:author"))),
            ("meta:dc.creator", _names(metas.get("dc.creator"))),
            *((o, [n for n in dict.fromkeys(v) if n]) for o, v in authors),
        ],
    )
    take(
        "published",
        [
            ("json-ld:datePublished", _date(_clean(main.get("datePublished")))),
            ("article:published_time", _date(metas.get("article:published_time"))),
            ("itemprop:datePublished", _date(_itemprop_date(tree, metas, "datepublished"))),
            ("meta:dc.date.issued", _date(metas.get("dc.date.issued"))),
            ("meta:dc.date", _date(metas.get("dc.date"))),
            ("meta:date", _date(metas.get("date"))),
            ("htmldate", _htmldate(tree, base_url)),
        ],
    )
    canonical = next((ln.get("href") for ln in tree.iter("link") if "canonical" in _rel(ln)), None)
    main_url = main.get("mainEntityOfPage")
    main_url = main_url.get("@id") if isinstance(main_url, dict) else main_url
    take(
        "canonical_url",
        [
            ("link:canonical", _url(canonical, base_url)),
            ("og:url", _url(metas.get("og:url"), base_url)),
            ("json-ld:url", _url(_clean(main.get("url")), base_url)),
            ("json-ld:mainEntityOfPage", _url(_clean(main_url), base_url)),
        ],
    )
    take(
        "url",
        [
            ("canonical URL", meta.get("canonical_url")),
            ("singlefile:url", _url(saved.group(1), None) if saved else None),
        ],
    )
    if sources.get("url") == "canonical URL":
        sources["url"] = sources["canonical_url"]
    root = tree.getroottree().getroot()
    take(
        "language",
        [
            ("html:lang", _language(root.get("lang") or root.get("{*}lang"))),
            ("meta:content-language", _language(metas.get("content-language"))),
            ("json-ld:inLanguage", _language(_clean(main.get("inLanguage")))),
            ("og:locale", _language(metas.get("og:locale"))),
            ("meta:dc.language", _language(metas.get("dc.language"))),
        ],
    )
    take(
        "description",
        [
            ("og:description", metas.get("og:description")),
            ("meta:description", metas.get("description")),
            ("json-ld:description", _clean(main.get("description"))),
            ("twitter:description", metas.get("twitter:description")),
        ],
    )
    take(
        "kind",
        [
            *((f"json-ld:@type={t}", SCHEMA_KINDS.get(t)) for t in _types(main)),
            *_microdata_kinds(tree),
            (f"og:type={metas.get('og:type')}", OG_KINDS.get(metas.get("og:type", "").lower())),
        ],
    )
    take("archived", [("singlefile:saved date", _saved_date(saved.group(2)) if saved else None)])
    return meta, sources


def _rel(el) -> list[str]:
    return (el.get("rel") or "").lower().split()


def _title_element(tree, site: str | None) -> list[tuple[str, str | None]]:
    """The ``<title>``, with a ``| Site`` or ``- Site`` at its end cut when the page names that
    site (``og:site_name``)."""
    title = next((_clean(t.text_content()) for t in tree.iter("title")), None)
    if title and site:
        for sep in (" | ", " – ", " — ", " - ", " · ", " :: "):
            head, _, tail = title.rpartition(sep)
            if head and tail.strip().lower() == site.lower():
                return [("<title> (site name cut)", head.strip())]
    return [("<title>", title)]


def _itemprop_names(tree, prop: str) -> list[str]:
    """Names the microdata gives for ``itemprop=prop`` (its ``name`` inside, else its text),
    outside the page's comments and posts."""
    out = []
    for el in tree.xpath(f"//*[@itemprop='{prop}']"):
        if el.xpath("ancestor::*[contains(@itemtype,'Comment')]"):
            continue
        inner = el.xpath(".//*[@itemprop='name']")
        out.append(_clean((inner[0] if inner else el).text_content()))
    return [n for n in out if n]


def _itemprop_date(tree, metas: dict, prop: str) -> str | None:
    if prop in metas:
        return metas[prop]
    for el in tree.xpath("//*[@itemprop]"):
        if el.get("itemprop", "").lower() == prop:
            return el.get("datetime") or el.get("content") or _clean(el.text_content())
    return None


def _microdata_kinds(tree) -> list[tuple[str, str | None]]:
    """The kind of the page's outermost microdata item that names one (``itemtype``)."""
    for el in tree.xpath("//*[@itemtype]"):
        name = el.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1].lower()
        if name in SCHEMA_KINDS:
            return [(f"microdata:itemtype={name}", SCHEMA_KINDS[name])]
    return []


def _htmldate(tree, url: str | None) -> str | None:
    """The publication date htmldate reads from the page's date markup (not its prose: the
    extensive search is off), bounded so that the result does not depend on today's date."""
    import htmldate

    try:
        return htmldate.find_date(
            copy.deepcopy(tree),
            extensive_search=False,
            original_date=True,
            url=url,
            min_date="1990-01-01",
            max_date="2100-12-31",
        )
    except Exception:  # a date reader's failure is no date, not a failed page
        return None


def _saved_date(value: str) -> str | None:
    """SingleFile's "saved date" (``Sat Mar 07 2026 10:12:30 GMT+0100 (…)``) as YYYY-MM-DD.

    >>> _saved_date("Sat Mar 07 2026 10:12:30 GMT+0100 (Central European Standard Time)")
    '2026-03-07'
    """
    found = re.match(r"\w{3} (\w{3}) (\d{2}) (\d{4})", value)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    if not found or found.group(1) not in months:
        return _date(value)
    month = months.index(found.group(1)) + 1
    return f"{found.group(3)}-{month:02d}-{found.group(2)}"


# --------------------------------------------------------------------------- posts

_POST_TYPES = ("Comment", "DiscussionForumPosting", "SocialMediaPosting", "Answer")


def marked_up_posts(tree) -> list[Post]:
    """The posts the page marks up with their author and date: microdata items of a comment or
    posting type nested in the page (``itemtype=…/Comment``, with ``itemprop=author`` and
    ``dateCreated``/``datePublished``), else the JSON-LD ``comment`` list of the page's work.
    A page that marks up no post gives none (its comments, if any, stay in the main text)."""
    posts = [post for _, post in _microdata_posts(tree)]
    if posts:
        return posts
    main = _main_object(json_ld(tree))
    comments = main.get("comment") or []
    for obj in comments if isinstance(comments, list) else [comments]:
        if isinstance(obj, dict):
            text = obj.get("text")
            if isinstance(text, str) and text.strip():
                author = next(iter(_names(obj.get("author"))), None)
                date = _date(_clean(obj.get("dateCreated") or obj.get("datePublished")))
                posts.append(Post(author, date, _block_text(text)))
    return posts


def _microdata_posts(tree) -> list[tuple[etree._Element, Post]]:
    """The microdata items of a post type nested inside another item (the page's work) that
    have a text, with their posts."""
    types = " or ".join(f"contains(@itemtype,'/{t}')" for t in _POST_TYPES)
    out = []
    for item in tree.xpath(f"//*[@itemscope][{types}][ancestor::*[@itemscope]]"):
        author = next(iter(_scoped(item, "author")), None)
        date = next(iter(_scoped(item, "datecreated") + _scoped(item, "datepublished")), None)
        texts = _scoped(item, "text") or _scoped(item, "articlebody")
        if texts:
            out.append((item, Post(author, _date(date), texts[0])))
    return out


def _scoped(item, prop: str) -> list[str]:
    """The values of ``itemprop=prop`` that belong to ``item`` itself (not to an item nested in
    it): a name's text, a date's ``datetime``/``content``, a text's paragraphs."""
    out = []
    for el in item.xpath(".//*[@itemprop]"):
        if el.get("itemprop", "").lower() != prop:
            continue
        scope = el.xpath("ancestor::*[@itemscope][1]")
        if not scope or scope[0] is not item:
            continue
        if prop == "author":
            inner = el.xpath(".//*[@itemprop='name']")
            value = _clean((inner[0] if inner else el).text_content())
        elif prop.startswith("date"):
            value = el.get("datetime") or el.get("content") or _clean(el.text_content())
        else:
            value = _element_text(el)
        if value:
            out.append(value)
    return out


def _element_text(el) -> str:
    """An element's text, a paragraph a line (scripts and styles never included)."""
    el = copy.deepcopy(el)
    for bad in el.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    blocks = el.xpath(".//p|.//li|.//blockquote|.//pre")
    parts = [_clean(b.text_content()) for b in blocks] if blocks else [_clean(el.text_content())]
    return "\n".join(p for p in parts if p)


def _block_text(text: str) -> str:
    """A JSON-LD text as plain lines (markup in it is text: it is never interpreted)."""
    return "\n".join(
        ln for ln in (re.sub(r"[ \t]+", " ", x).strip() for x in text.split("\n")) if ln
    )


def as_decoded(
    page: Page, meta: dict | None = None, sources: dict | None = None
) -> decoding.Decoded:
    """The page as the pipeline reads a source: its main text, then each marked-up post's text
    after a blank line (``page["posts"]`` holds the line each post starts on, its author and
    date); ``meta``/``sources`` are what the container states (a WARC record's URI and date),
    which win over the page's own.

    >>> page = Page("Main text.", "utf-8", {"title": "T"}, {"title": "og:title"},
    ...             [Post("Ann Lee", "2026-01-02", "A reply.")])
    >>> d = as_decoded(page, {"url": "https://a.example/"}, {"url": "warc:WARC-Target-URI"})
    >>> d.text, d.page["posts"], d.page["meta"]["url"]
    ('Main text.\\n\\nA reply.', [[3, 'Ann Lee', '2026-01-02']], 'https://a.example/')
    """
    text, starts = page.text, []
    for post in page.posts:
        text += "\n\n"
        starts.append([text.count("\n") + 1, post.author, post.date])
        text += post.text
    stated = {**page.meta, **(meta or {})}
    origins = {**page.sources, **(sources or {})}
    info = {
        "meta": stated,
        "sources": origins,
        "posts": starts,
        "headings": page.headings,
        "quotes": page.quotes,
    }
    return decoding.Decoded(decoding.normalize_newlines(text), page.encoding, page.notes, info)
