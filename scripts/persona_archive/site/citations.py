"""Citations: every archived document as a reference record, in every format readers need.

Computed from the generated pages alone (front matter + anchored paragraphs) and the anchor ledger,
so the site generator only has to place the results: formatted citations (APA 7, Chicago
author-date) through citeproc-py with the official CSL styles shipped in ``csl/``, BibTeX, RIS,
CSL-JSON, Highwire Press / Dublin Core / Open Graph meta tags and schema.org JSON-LD for the page
head, and the whole-archive exports (``cite/archive.{bib,ris,json}``, ``corpus/corpus.jsonl``).

Everything here is text from scraped sources: each output escapes for its own syntax (BibTeX
braces, RIS line breaks, HTML, ``<`` inside JSON-LD).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import html
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from urllib.parse import quote

from persona_archive import paths
from persona_archive import anchors

from persona_archive.site import listings
from persona_archive.parallel import parallel_map
from persona_archive.page import front_matter_end, split_page
from persona_archive.files import load_cache, save_cache

CSL_DIR = Path(__file__).resolve().parent / "csl"
STYLES = {"apa": "APA 7th edition", "chicago": "Chicago (author-date)"}
STYLE_FILES = {"apa": CSL_DIR / "apa.csl", "chicago": CSL_DIR / "chicago-author-date.csl"}
ARCHIVE_NAME = "Persona Archive"
# A locator no real paragraph number can be: replaced by the reader's ¶ number in the browser.
PARA_PLACEHOLDER = "987654321"


@dataclass(frozen=True)
class Kind:
    csl: str  # CSL type
    zotero: str  # Zotero item type (DC.type / z:itemType)
    schema: str  # schema.org type
    ris: str  # RIS TY
    genre: str  # CSL genre, BibTeX/RIS type note


KINDS = {
    "blog-post": Kind("post-weblog", "blogPost", "BlogPosting", "BLOG", "Blog post"),
    "podcast-transcript": Kind(
        "broadcast", "podcast", "CreativeWork", "SOUND", "Podcast transcript"
    ),
    "forum-thread": Kind("post", "forumPost", "DiscussionForumPosting", "ICOMM", "Forum thread"),
    "social-thread": Kind(
        "post", "forumPost", "SocialMediaPosting", "ICOMM", "Social media thread"
    ),
    "article": Kind("webpage", "webpage", "Article", "ELEC", "Article"),
    "other": Kind("webpage", "webpage", "CreativeWork", "ELEC", "Web page"),
}


@dataclass
class Record:
    """One archived document as a reference: what every citation format is made from."""

    key: str
    slug: str
    title: str
    kind: str
    authors: list[str]
    site: str | None
    original_url: str | None
    url: str  # the archived page (the permanent link that is cited)
    published: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    archived: str  # YYYY-MM-DD: the access date
    revision: str
    revision_date: str
    language: str
    tags: list[str] = field(default_factory=list)
    paras: list[anchors.Para] = field(default_factory=list)

    @property
    def kind_info(self) -> Kind:
        return KINDS.get(self.kind, KINDS["other"])

    @property
    def version(self) -> str:
        """The revision label a citation carries: hash and the date that text appeared."""
        return f"{self.revision} ({self.revision_date})" if self.revision else self.revision_date

    def para(self, ref: str | int) -> anchors.Para | None:
        """A paragraph by id, alias-free (``p-abc123``), or by ¶ number."""
        for p in self.paras:
            if (isinstance(ref, int) and p.number == ref) or p.id == ref:
                return p
        return None


def page_url(site_url: str, slug: str) -> str:
    return f"{site_url.rstrip('/')}/archive/{slug}/"


def record(meta: dict, paras: list[anchors.Para], site_url: str, ledger: dict) -> Record:
    """The reference record of a generated page, from its front matter and paragraphs."""
    slug = str(meta["slug"])
    archived = _iso(meta.get("archived")) or ""
    rev = str(meta.get("revision") or "")
    return Record(
        key=str(meta.get("citation_key") or slug),
        slug=slug,
        title=str(meta.get("title") or slug),
        kind=str(meta.get("kind") or "other"),
        authors=[str(a) for a in meta.get("authors") or []],
        site=str(meta["site"]) if meta.get("site") else None,
        original_url=str(meta["url"]) if meta.get("url") else None,
        url=page_url(site_url, slug),
        published=_iso(meta.get("published")),
        archived=archived,
        revision=rev,
        revision_date=anchors.revision_date(ledger, slug, rev, archived),
        language=str(meta.get("language") or "en"),
        tags=[str(t) for t in meta.get("tags") or []],
        paras=paras,
    )


def read_records(archive_dir: Path, site_url: str, ledger: dict) -> list[Record]:
    """Every generated page under ``archive_dir`` as a record, sorted by citation key."""
    out = []
    for path in sorted(archive_dir.glob("*.md")):
        meta, body = split_page(path.read_text(encoding="utf-8"))
        if meta.get("slug") and "source_sha256" in meta:
            out.append(record(meta, anchors.read_paragraphs(body), site_url, ledger))
    return sorted(out, key=lambda r: r.key)


_memo: dict[tuple[str, str, str], list[Record]] = {}


def load_records(archive_dir: Path, site_url: str, ledger_path: Path) -> list[Record]:
    """Every archived document as a record without its paragraphs, sorted by citation key, made
    once per build from the collection's front matter (``listings.load_collection``: the pages
    are read once for every hook; ``forget_records`` starts the next build afresh). The
    paragraphs are read where they are needed (``with_paragraphs``): the build never holds the
    archive's text."""
    key = (os.path.abspath(archive_dir), site_url, os.path.abspath(ledger_path))
    if key not in _memo:
        ledger = anchors.load_ledger(ledger_path)
        docs = listings.load_collection(archive_dir)
        made = [record(d, [], site_url, ledger) for d in docs if "source_sha256" in d]
        _memo[key] = sorted(made, key=lambda r: r.key)
    return _memo[key]


def with_paragraphs(rec: Record, archive_dir: Path) -> Record:
    """``rec`` with its paragraphs, read from its page under ``archive_dir``."""
    text = (Path(archive_dir) / f"{rec.slug}.md").read_text(encoding="utf-8")
    return dataclasses.replace(rec, paras=anchors.read_paragraphs(text[front_matter_end(text) :]))


def forget_records() -> None:
    """Drop the records read by the previous build (called before each build)."""
    _memo.clear()


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) else None


def _date_parts(iso: str) -> list[int]:
    return [int(x) for x in iso.split("-")]


# --- names --------------------------------------------------------------------------------------

_PERSONAL = re.compile(r"^[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*)+$")


def split_name(name: str) -> dict:
    """A CSL name: "Given Family" for personal names, a literal for handles and organisations.

    >>> split_name("Mark Carrigan")
    {'family': 'Carrigan', 'given': 'Mark'}
    >>> split_name("gwern")
    {'literal': 'gwern'}
    >>> split_name("@jd_pressman")
    {'literal': '@jd_pressman'}
    """
    name = " ".join(name.split())
    if _PERSONAL.match(name):
        given, _, family = name.rpartition(" ")
        return {"family": family, "given": given}
    return {"literal": name}


# --- CSL-JSON -----------------------------------------------------------------------------------


def csl_item(rec: Record, url: str | None = None, note: str | None = None) -> dict:
    """The document as a CSL-JSON item (validated by ``csl/csl-data.schema.json``)."""
    item: dict = {"id": rec.key, "type": rec.kind_info.csl, "title": rec.title}
    if rec.authors:
        item["author"] = [split_name(a) for a in rec.authors]
    if rec.site:
        item["container-title"] = rec.site
    if rec.kind_info.csl != "post-weblog":
        item["genre"] = rec.kind_info.genre
    if rec.published:
        item["issued"] = {"date-parts": [_date_parts(rec.published)]}
    if rec.archived:
        item["accessed"] = {"date-parts": [_date_parts(rec.archived)]}
    item["URL"] = url or rec.url
    item["archive"] = ARCHIVE_NAME
    item["version"] = rec.revision or rec.revision_date
    item["language"] = rec.language
    item["note"] = note or _note(rec)
    return item


def _note(rec: Record) -> str:
    original = f"; original: {rec.original_url}" if rec.original_url else ""
    return f"Archived copy, revision {rec.version}{original}"


# --- formatted citations (citeproc-py) ----------------------------------------------------------


def _patch_citeproc() -> None:
    """Two CSL 1.0.2 rules citeproc-py 0.11 lacks, which the official styles rely on, and one
    speed-up.

    ``initialize="false"`` (Chicago spells given names out) and suppressing a substituted variable
    for the rest of the entry when the substitute is a macro (APA cites an authorless document by
    its title once, not twice). citeproc-py finds a macro by an XPath query on every use, ~85 %
    of the time it takes to format an entry: macros are looked up once per style file. Whether a
    group of the style calls a variable depends on the style alone, yet was worked out again,
    recursively, for every entry (a third of the rest): it is remembered per element, and so are
    the XPath queries on the style and locale (terms, layouts) and the variables a substitute
    represses, which depend on them alone. A citation item looks its reference up through three
    properties some 300 times an entry: the answer is kept on the item. A bibliography of one
    entry is not sorted (sorting renders every sort key's macro; a fifth of an entry's time).
    """
    from citeproc import model

    if getattr(model, "_pa_patched", False):
        return
    original_initialize = model.Name.initialize

    def initialize(self, given, mark, context):
        if self.get("initialize") == "false":
            return given
        return original_initialize(self, given, mark, context)

    original_repress = model.Substitute.add_to_repressed_list
    repressed: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def to_repress(child) -> list[tuple[str, str]]:
        found, seen, todo = [], set(), [child]
        while todo:
            for sub in todo.pop().iter():
                for var in (sub.get("variable") or "").split():
                    found.append((sub.tag, var))
                macro = sub.get("macro")
                if macro and macro not in seen:  # macro names: lxml proxies have no stable id
                    seen.add(macro)
                    todo.append(sub.get_macro(macro))
        return found

    def add_to_repressed_list(self, child, context):
        original_repress(self, child, context)
        tree = child.getroottree()
        key = (tree.docinfo.URL or "", tree.getpath(child))
        if key not in repressed or not key[0]:
            repressed[key] = to_repress(child)
        layout = context.get_layout()
        for tag, var in repressed[key]:
            layout.repressed.setdefault(tag, []).append(var)

    original_get_macro = model.CitationStylesElement.get_macro
    macros: dict[tuple[str, str], object] = {}

    def get_macro(self, name):
        style_file = self.getroottree().docinfo.URL
        if style_file is None:
            return original_get_macro(self, name)
        key = (style_file, name)
        if key not in macros:
            macros[key] = original_get_macro(self, name)
        return macros[key]

    calls: dict[tuple[str, str], bool] = {}

    def remembered(original):
        def calls_variable(self):
            tree = self.getroottree()
            if tree.docinfo.URL is None:
                return original(self)
            key = (tree.docinfo.URL, tree.getpath(self))
            if key not in calls:
                calls[key] = original(self)
            return calls[key]

        return calls_variable

    model.Name.initialize = initialize
    model.Substitute.add_to_repressed_list = add_to_repressed_list
    model.CitationStylesElement.get_macro = get_macro
    found: dict[tuple[str, str, str], list] = {}
    original_xpath_search = model.CitationStylesElement.xpath_search

    def xpath_search(self, expression):
        tree = self.getroottree()
        if tree.docinfo.URL is None:
            return original_xpath_search(self, expression)
        key = (tree.docinfo.URL, tree.getpath(self), expression)
        if key not in found:
            found[key] = original_xpath_search(self, expression)
        return list(found[key])

    from citeproc import source

    def reference(self):
        if "_pa_reference" not in self.__dict__:
            self.__dict__["_pa_reference"] = self.bibliography.source[self.key]
        return self.__dict__["_pa_reference"]

    original_sort = model.Sort.sort

    def sort(self, items, context):
        return list(items) if len(items) < 2 else original_sort(self, items, context)

    source.CitationItem.reference = property(reference)
    model.Sort.sort = sort
    model.Parent.calls_variable = remembered(model.Parent.calls_variable)
    model.Text.calls_variable = remembered(model.Text.calls_variable)
    model.CitationStylesElement.xpath_search = xpath_search
    model._pa_patched = True


@cache
def _style(name: str):
    from citeproc import CitationStylesStyle

    _patch_citeproc()
    return CitationStylesStyle(str(STYLE_FILES[name]), locale="en-US", validate=False)


_FORMAT_TAGS = re.compile(
    r"&lt;(/?(?:i|b|u|sup|sub)|span style=&quot;font-variant:small-caps;&quot;|/span)&gt;"
)


def safe_html(citeproc_html: str) -> str:
    """citeproc-py's HTML with its text escaped: only its own formatting tags stay markup.

    >>> safe_html('<i>A</i> <script>x</script> & <span style="font-variant:small-caps;">b</span>')
    '<i>A</i> &lt;script&gt;x&lt;/script&gt; &amp; <span style="font-variant:small-caps;">b</span>'
    """
    escaped = html.escape(citeproc_html, quote=True)
    return _FORMAT_TAGS.sub(lambda m: "<" + html.unescape(m.group(1)) + ">", escaped)


def _processor(style: str, item: dict, fmt):
    """A citeproc-py bibliography of the one ``item`` (copied: citeproc-py changes its input)."""
    from citeproc import CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    return CitationStylesBibliography(_style(style), CiteProcJSON([copy.deepcopy(item)]), fmt)


def _bibliography(style: str, item: dict, fmt) -> str:
    """The reference-list entry of ``item`` in ``style``, in citeproc-py's ``fmt``."""
    from citeproc import Citation, CitationItem

    bib = _processor(style, item, fmt)
    bib.register(Citation([CitationItem(item["id"])]))
    return str(bib.bibliography()[0])


def _intext(style: str, item: dict, locator: str | None) -> str:
    """The in-text citation as plain text, with a paragraph locator when asked for."""
    from citeproc import Citation, CitationItem, Locator, formatter

    bib = _processor(style, item, formatter.plain)
    where = {"locator": Locator("paragraph", locator)} if locator else {}
    citation = Citation([CitationItem(item["id"], **where)])
    bib.register(citation)
    return str(bib.cite(citation, lambda _item: None))


_TAG = re.compile(r"<[^>]*>")
_LT, _GT = "\ue000", "\ue001"  # stand-ins for "<" and ">" of the data while citeproc formats


def _render(style: str, item: dict) -> tuple[str, str]:
    """(bibliography entry as HTML, as plain text), from one citeproc-py rendering.

    citeproc-py's HTML formatter leaves a "<" of the data as it is, so the data's angle brackets
    go through as private-use stand-ins: then every tag in the output is citeproc's own, and the
    plain text is the HTML without them (what its plain formatter would give).

    >>> _render("apa", {"id": "x", "type": "webpage", "title": "A & <b>"})
    ('<i>A &amp; &lt;b&gt;</i>. (n.d.).', 'A & <b>. (n.d.).')
    """
    from citeproc import formatter

    data = json.dumps(item, ensure_ascii=False)
    if _LT in data or _GT in data:  # the stand-ins are taken: render twice
        entry = _bibliography(style, item, formatter.html)
        return safe_html(entry), _bibliography(style, item, formatter.plain)
    masked = json.loads(data.replace("<", _LT).replace(">", _GT))
    entry = _bibliography(style, masked, formatter.html)
    text = html.unescape(_TAG.sub("", entry)).replace(_LT, "<").replace(_GT, ">")
    return safe_html(entry).replace(_LT, "&lt;").replace(_GT, "&gt;"), text


CACHE_DIR = paths.CACHE / "cite"
CACHE_VERSION = "3"


def _cache_path(rec: Record, cache_dir: Path) -> Path:
    import citeproc

    styles = [_file_digest(p) for p in STYLE_FILES.values()]
    item = json.dumps(csl_item(rec), sort_keys=True)
    key = digest(CACHE_VERSION, citeproc.__version__, *styles, item)
    return cache_dir / key[:2] / f"{key}.json"


def formatted(rec: Record, cache_dir: Path | None = CACHE_DIR) -> dict[str, dict[str, str]]:
    """``_formatted`` through a content-hash cache (citeproc-py takes ~8 ms a document)."""
    path = None if cache_dir is None else _cache_path(rec, cache_dir)
    out = load_cache(path)
    if not isinstance(out, dict):
        out = _formatted(rec)
        if path is not None:
            save_cache(path, out)
    return out


def format_all(records: list[Record], cache_dir: Path = CACHE_DIR) -> int:
    """Format the citations of every record not yet in the cache, on every core, so that the
    pages' cite boxes then read them (a first build of 10,000 documents: minutes saved).
    Returns how many were formatted."""
    todo = [r for r in records if not _cache_path(r, cache_dir).is_file()]
    for _ in parallel_map(functools.partial(formatted, cache_dir=cache_dir), todo, minimum=8):
        pass
    return len(todo)


def _formatted(rec: Record) -> dict[str, dict[str, str]]:
    """APA and Chicago for the document, and templates for a paragraph of it.

    Per style: ``html`` and ``text`` (the reference-list entry), ``intext`` ("(Carrigan, n.d.)"),
    ``para_text``/``para_html`` (the entry for one paragraph: "… ¶ {n}. <URL>#{id}…", with
    ``{n}``/``{id}`` placeholders filled in by the page) and ``para_intext`` ("…, para. {n})").
    """
    item = csl_item(rec)
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns on CSL features it ignores
        for style in STYLES:
            entry_html, entry_text = _render(style, item)
            intext = _intext(style, item, None)
            para_intext = _intext(style, item, PARA_PLACEHOLDER)
            out[style] = {
                "label": STYLES[style],
                "html": entry_html,
                "text": entry_text,
                "intext": intext,
                "para_html": _para_template(entry_html, html.escape(rec.url)),
                "para_text": _para_template(entry_text, rec.url),
                "para_intext": para_intext.replace(PARA_PLACEHOLDER, "{n}"),
            }
    return out


_ACCESS = re.compile(r"(Retrieved|Accessed) ")


def _para_template(entry: str, url: str) -> str:
    """The entry with ``url`` made the paragraph's and "¶ {n}." put before the access date (or
    before the URL when the style prints none)."""
    at = entry.rfind(url)
    if at < 0:
        return entry + " ¶ {n}. " + url + "#{id}"
    entry = entry[:at] + url + "#{id}" + entry[at + len(url) :]
    access = [m.start() for m in _ACCESS.finditer(entry, 0, at)]
    insert = access[-1] if access else at
    return entry[:insert] + "¶ {n}. " + entry[insert:]


# --- BibTeX ---------------------------------------------------------------------------------------

_BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bib_escape(text: str) -> str:
    r"""Text made safe inside a braced BibTeX field (balanced braces, TeX specials escaped).

    >>> bib_escape("50% of {x} & y_1 \\ z")
    '50\\% of \\{x\\} \\& y\\_1 \\textbackslash{} z'
    """
    return "".join(_BIB_SPECIAL.get(c, c) for c in " ".join(text.split()))


def bib_url(url: str) -> str:
    """A URL safe in a BibTeX field: characters that could unbalance it percent-encoded."""
    return quote(url, safe="/:?#[]@!$&'()*+,;=-._~%")


def _bib_name(name: str) -> str:
    parts = split_name(name)
    if "literal" in parts:
        return "{" + bib_escape(parts["literal"]) + "}"
    return f"{bib_escape(parts['family'])}, {bib_escape(parts['given'])}"


def bibtex(rec: Record, url: str | None = None, note: str | None = None) -> str:
    """One ``@misc`` entry (read by BibTeX, biblatex, Zotero; url/urldate/version for biblatex)."""
    fields = []
    if rec.authors:
        fields.append(("author", " and ".join(_bib_name(a) for a in rec.authors)))
    fields.append(("title", "{" + bib_escape(rec.title) + "}"))
    if rec.site:
        fields.append(("howpublished", bib_escape(rec.site)))
    if rec.published:
        fields.append(("year", rec.published[:4]))
        fields.append(("date", rec.published))
    fields.append(("url", bib_url(url or rec.url)))
    fields.append(("urldate", rec.archived))
    fields.append(("version", bib_escape(rec.version)))
    fields.append(("type", bib_escape(rec.kind_info.genre)))
    fields.append(("organization", ARCHIVE_NAME))
    fields.append(("language", bib_escape(rec.language)))
    fields.append(("note", bib_escape(note or _note(rec))))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@misc{{{rec.key},\n{body}\n}}\n"


# --- RIS ------------------------------------------------------------------------------------------


def _ris_value(text: str) -> str:
    return " ".join(str(text).split())


def _ris_date(iso: str) -> str:
    parts = [*iso.split("-"), "", ""]
    return f"{parts[0]}/{parts[1]}/{parts[2]}/"


def ris(rec: Record, url: str | None = None, note: str | None = None) -> str:
    """One RIS record: TY first, ER last, one tag per line (CRLF-free, values on one line)."""
    lines = [("TY", rec.kind_info.ris), ("ID", rec.key), ("TI", rec.title)]
    for name in rec.authors:
        parts = split_name(name)
        lines.append(("AU", parts.get("literal") or f"{parts['family']}, {parts['given']}"))
    if rec.site:
        lines.append(("T2", rec.site))
    if rec.published:
        lines += [("PY", rec.published[:4]), ("DA", _ris_date(rec.published))]
    lines += [
        ("UR", url or rec.url),
        ("Y2", _ris_date(rec.archived)),
        ("DB", ARCHIVE_NAME),
        ("M3", rec.kind_info.genre),
        ("ET", rec.version),
        ("LA", rec.language),
        ("N1", note or _note(rec)),
        ("ER", ""),
    ]
    return (
        "\n".join(
            f"{tag}  - {_ris_value(value)}".rstrip(" ") + ("" if value else " ")
            for tag, value in lines
        )
        + "\n"
    )


# --- the page head --------------------------------------------------------------------------------


def head_meta(rec: Record) -> list[tuple[str, str, str]]:
    """``(attribute, name, content)`` for each ``<meta>`` of the document page: Highwire Press
    (what Zotero's Embedded Metadata translator and Google Scholar read), Dublin Core, Open Graph.
    """
    info = rec.kind_info
    tags = [("name", "citation_title", rec.title)]
    tags += [("name", "citation_author", a) for a in rec.authors]
    if rec.published:
        tags.append(("name", "citation_publication_date", rec.published.replace("-", "/")))
    tags += [("name", "citation_public_url", rec.url), ("name", "citation_language", rec.language)]
    if rec.site:
        tags.append(("name", "citation_journal_title", rec.site))
    tags.append(("name", "citation_publisher", ARCHIVE_NAME))
    tags += [("name", "citation_keywords", t) for t in rec.tags]
    tags.append(("name", "DC.title", rec.title))
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


# --- the cite box ---------------------------------------------------------------------------------


PARA_ID, PARA_N = "PARAIDENT", "PARANUMBER"


def _para(text: str) -> str:
    return text.replace(PARA_ID, "{id}").replace(PARA_N, "{n}")


def cite_box(rec: Record) -> dict:
    """What the document page's cite box shows (the template only places it).

    ``para`` holds the same formats for one paragraph, with ``{n}`` (its ¶ number) and ``{id}``
    (its anchor) left for the page script to fill in when a reader picks a paragraph.
    """
    purl, pnote = f"{rec.url}#{PARA_ID}", f"¶ {PARA_N}. {_note(rec)}"
    styles = formatted(rec)
    para = {
        "styles": {
            s: {"html": v["para_html"], "text": v["para_text"], "intext": v["para_intext"]}
            for s, v in styles.items()
        },
        "bibtex": _para(bibtex(rec, url=purl, note=pnote)),
        "ris": _para(ris(rec, url=purl, note=pnote)),
        "csl": _para(
            json.dumps([csl_item(rec, url=purl, note=pnote)], ensure_ascii=False, indent=2)
        ),
        "url": rec.url + "#{id}",
    }
    return {
        "para": para,
        "para_json": json.dumps(para, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026"),
        "key": rec.key,
        "url": rec.url,
        "revision": rec.revision,
        "revision_date": rec.revision_date,
        "version": rec.version,
        "styles": styles,
        "bibtex": bibtex(rec),
        "ris": ris(rec),
        "csl": json.dumps([csl_item(rec)], ensure_ascii=False, indent=2),
        "head": head_html(rec),
    }


def cite_boxes(records: list[Record]) -> dict[str, dict]:
    """``cite_box`` of each record, by slug: the boxes are made in batches in the helper process
    while the pages are converted (``parallel.background``)."""
    return {r.slug: cite_box(r) for r in records}


# --- whole-archive exports ------------------------------------------------------------------------


def corpus_line(rec: Record) -> str:
    """One JSON line: metadata, clean text, and the paragraphs with their ids and ¶ numbers."""
    data = {
        "citation_key": rec.key,
        "slug": rec.slug,
        "url": rec.url,
        "title": rec.title,
        "kind": rec.kind,
        "authors": rec.authors,
        "site": rec.site,
        "original_url": rec.original_url,
        "published": rec.published,
        "archived": rec.archived,
        "revision": rec.revision,
        "revision_date": rec.revision_date,
        "language": rec.language,
        "tags": rec.tags,
        "text": "\n\n".join(p.text for p in rec.paras),
        "paragraphs": [
            {"id": p.id, "para": p.number, "kind": p.kind, "text": p.text} for p in rec.paras
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


def csl_json(records: list[Record]) -> str:
    return json.dumps([csl_item(r) for r in records], ensure_ascii=False, indent=1) + "\n"


EXPORTS = ("cite/archive.bib", "cite/archive.ris", "cite/archive.json", "corpus/corpus.jsonl")


def exports(records: list[Record], archive_dir: Path | None = None) -> dict[str, Iterator[str]]:
    """Site path -> text of every whole-archive export (``EXPORTS``), in pieces made one record
    at a time: the corpus is as large as the archive and is never held whole in memory (write
    the pieces; ``"".join`` them for the text). With ``archive_dir``, each record's paragraphs
    are read from its page as the corpus is written.

    >>> "".join(exports([])["corpus/corpus.jsonl"])
    ''
    """
    records = sorted(records, key=lambda r: r.key)
    full = (with_paragraphs(r, archive_dir) for r in records) if archive_dir else iter(records)
    return {
        "cite/archive.bib": _joined(map(bibtex, records), "\n"),
        "cite/archive.ris": _joined(map(ris, records), "\n"),
        "cite/archive.json": iter([csl_json(records)]),  # metadata only: small
        "corpus/corpus.jsonl": (corpus_line(r) + "\n" for r in full),
    }


def downloads(records: list[Record]) -> dict[str, str]:
    """The files of each record's cite box: ``cite/<key>.bib``, ``.ris`` and ``.json``."""
    out = {}
    for r in records:
        out[f"cite/{r.key}.bib"] = bibtex(r)
        out[f"cite/{r.key}.ris"] = ris(r)
        out[f"cite/{r.key}.json"] = csl_json([r])
    return out


def _joined(pieces: Iterable[str], separator: str) -> Iterator[str]:
    """``separator.join(pieces)``, lazily."""
    for i, piece in enumerate(pieces):
        yield separator + piece if i else piece


# --- cross-references from hand-written pages -----------------------------------------------------

XREF = re.compile(r"\[@([A-Za-z0-9][\w:.+-]*?)(?:,\s*¶\s*(\d+)|#(p-[a-z0-9-]+))?\]")


def preview(text: str, limit: int = 280) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def short_label(rec: Record) -> str:
    """ "Carrigan (n.d.)" or, for an authorless document, its short title."""
    year = rec.published[:4] if rec.published else "n.d."
    if rec.authors:
        first = split_name(rec.authors[0])
        who = first.get("family") or first.get("literal")
        if len(rec.authors) == 2:
            second = split_name(rec.authors[1])
            who += " & " + (second.get("family") or second.get("literal"))
        elif len(rec.authors) > 2:
            who += " et al."
        return f"{who} ({year})"
    title = rec.title if len(rec.title) <= 48 else rec.title[:47].rsplit(" ", 1)[0] + "…"
    return f"“{title}” ({year})"


@cache
def _file_digest(path: Path) -> str:
    return digest(path.read_text(encoding="utf-8"))


def digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() + b"\0")
    return h.hexdigest()
