"""Search entries of archived documents, shaped like Material's own.

Material's search index has one entry per page section (the page, then each heading); an
archived document gets the same entries, made from its paragraphs only, so page furniture
(metadata panel, cite box, provenance, related lists) is never indexed and the index stays the
size of vanilla Material's. Two additions, both cheap:

- each paragraph in an entry's text is ``<p data-p=ID>`` with the page's paragraph id. Material's
  worker skips markup when it tokenizes and returns the (at most two) paragraphs that hold a hit,
  markup included; the page script ``pa-search-lunr.js`` points the result link at the paragraph
  with most of the query's words, so a hit opens the page at its paragraph;
- a ``facts`` field (authors, site, kind, tag labels) that Material indexes with its own boost
  (``FACTS_FIELD``) and never shows, so a name ranks above a mention in a body.

One entry per paragraph instead would make ~20 entries a document: an index 1.11 times vanilla's
gzipped, and slower to build in the browser (docs/performance.md).
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from persona_archive.site import search_parts
from persona_archive.site.listings import KIND_SINGULAR, tag_label
from persona_archive.site.search_engine import LunrFigures, SizeMeter
from persona_archive.site.search_languages import index_languages, segment

PARAGRAPH_ID = re.compile(r"^p-[a-z0-9]{4,}(?:-\d+)?$")  # safe as an unquoted attribute value
# Material indexes the facts field with this boost unless mkdocs.yml sets one (search: fields:).
# A word's score in a field saturates at 2.2 times its weight (BM25, k1 = 1.2, as Material's
# lunr has it), so at 3 an author's name outranks any number of mentions in a body, while a word
# of a tag label does not outrank a document holding every word of the query.
# Not a per-entry "boost": Material 9.8's search worker stops answering when an entry carries one.
FACTS_FIELD = {"facts": {"boost": 3.0}}
_SKIP_CLASSES = {"headerlink"}


class _Paragraphs(HTMLParser):
    """Collect ``(id, tag, text)`` of every element whose id is a paragraph anchor, leaving out
    what is marked ``data-search-exclude`` or ``aria-hidden="true"`` (¶ numbers, copy links)."""

    VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[list] = []
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, opens an item, skipped)

    def _skipping(self) -> bool:
        return any(skip for _, _, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            if tag == "br" and self.items and self._open():
                self.items[-1][2].append(" ")
            return
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        skip = (
            "data-search-exclude" in a
            or a.get("aria-hidden") == "true"
            or bool(classes & _SKIP_CLASSES)
        )
        opens = bool(PARAGRAPH_ID.match(a.get("id") or "")) and not self._open()
        if opens:
            self.items.append([a["id"], tag, []])
        self.stack.append((tag, opens, skip))

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and self.items and self._open():
            self.items[-1][2].append(" ")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            open_tag, _, _ = self.stack.pop()
            if open_tag == tag:
                break

    def _open(self) -> bool:
        return any(opens for _, opens, _ in self.stack)

    def handle_data(self, data):
        if self._open() and not self._skipping():
            self.items[-1][2].append(data)


def paragraphs(content_html: str) -> list[tuple[str, str, str]]:
    """``(id, element, text)`` of each paragraph-anchored element of a rendered page.

    >>> paragraphs('<h1>T</h1><p id="p-abcdef">A &amp; <em>b</em><span aria-hidden="true">¶'
    ...            '</span></p><h2 id="p-zzzzzz">Part<a class="headerlink">#</a></h2>')
    [('p-abcdef', 'p', 'A & b'), ('p-zzzzzz', 'h2', 'Part')]
    """
    parser = _Paragraphs()
    parser.feed(content_html)
    parser.close()
    return [(i, tag, " ".join("".join(parts).split())) for i, tag, parts in parser.items]


def document_entries(
    location: str, title: str, doc: dict, labels: dict, content_html: str
) -> list[dict]:
    """The index entries of one archived document: the document (its title, facts, tags and the
    paragraphs before its first heading), then one per heading with the paragraphs under it.

    >>> [e["text"] for e in document_entries("a/", "T", {"site": "Blog"}, {},
    ...     '<p id="p-aaaa">One &lt;b&gt;</p><h2 id="p-bbbb">H</h2><p id="p-cccc">Two</p>')]
    ['<p data-p=p-aaaa>One &lt;b&gt;</p>', '<p data-p=p-cccc>Two</p>']
    """
    facts = [*(doc.get("authors") or []), doc.get("site"), KIND_SINGULAR.get(doc.get("kind"))]
    facts += [tag_label(labels, t) for t in doc.get("tags") or []]
    entries = [
        {
            "location": location,
            "title": _text(title),
            "text": "",
            "facts": _text(" · ".join(str(f) for f in facts if f)),
            "tags": [str(t) for t in doc.get("tags") or []],
            # the chips under a result show these (pa-search-worker.js), the slugs stay indexed
            "tag_labels": [_text(tag_label(labels, str(t))) for t in doc.get("tags") or []],
        }
    ]
    for pid, tag, text in paragraphs(content_html):
        if not text or tag == "h1":
            continue
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            entries.append({"location": f"{location}#{pid}", "title": _text(text), "text": ""})
        else:
            entries[-1]["text"] += f"<p data-p={pid}>{_text(text)}</p>"
    return entries


def _text(value: str) -> str:
    """Scraped text as HTML text: Material's results insert entries as markup; Chinese broken
    into words (``search_languages.segment``), or a Chinese sentence would be one token."""
    return html.escape(segment(value), quote=False)


class Encoded(NamedTuple):
    """A document's entries as JSON texts, made where the entries are made (the helper
    process): the build's own process then only writes them."""

    entries: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def json(self) -> str:
        """The entries comma-separated, as they stand in the index's ``docs``."""
        return ",".join(self.entries)


def encode(entries: list[dict]) -> Encoded:
    """A document's entries as ``Encoded`` JSON texts.

    >>> encode([{"location": "a/"}, {"location": "a/#p-1"}]).json
    '{"location":"a/"},{"location":"a/#p-1"}'
    """
    return Encoded(tuple(_json(e) for e in entries))


def batch_entries(
    pages: list[tuple[str, str, dict, str]], labels: dict
) -> list[tuple[str, Encoded]]:
    """``document_entries`` of each ``(location, title, front matter, content HTML)``, encoded, as
    ``(location, entries)``: pages go to the helper process in batches.

    >>> batch_entries([("a/", "A", {}, '<h2 id="p-abcdef">Part</h2>')], {})[0][1].count
    2
    """
    return [
        (location, encode(document_entries(location, title, meta, labels, content)))
        for location, title, meta, content in pages
    ]


def index_head(index: dict, languages: Iterable[str] = ()) -> dict:
    """Material's search index (``search_index.json``) without its entries, its config given
    the ``facts`` field (unless mkdocs.yml gives it a boost of its own) and, in ``lang``, the
    ``languages`` of the documents that lunr-languages supports
    (``search_languages.index_languages``).

    >>> index_head({"config": {"fields": {}}, "docs": []})
    {'config': {'fields': {'facts': {'boost': 3.0}}}}
    """
    head = {key: value for key, value in index.items() if key != "docs"}
    if "config" in head:
        fields = head["config"].get("fields", {})
        head["config"] = {**head["config"], "fields": {**FACTS_FIELD, **fields}}
        languages = list(languages)
        if languages:
            lang = index_languages(head["config"].get("lang") or ["en"], languages)
            head["config"]["lang"] = lang
    return head


def index_entries(index: dict, documents: dict[str, Encoded]) -> Iterator[str]:
    """Every entry of the merged index as JSON text, in order: Material's entries except those
    of the given pages (by location, without ``#``), then the pages' ``document_entries``.

    >>> index = {"docs": [{"location": "a/", "text": "old"}, {"location": "b/"}]}
    >>> list(index_entries(index, {"a/": encode([{"location": "a/", "text": "new"}])}))
    ['{"location":"b/"}', '{"location":"a/","text":"new"}']
    """
    yield from (_json(d) for d in _kept(index, documents))
    for encoded in documents.values():
        yield from encoded.entries


def merged_index(
    index: dict, documents: dict[str, Encoded], languages: Iterable[str] = ()
) -> Iterator[str]:
    """The merged index (``index_head``, ``index_entries``) as one JSON text in pieces, an
    entry or a document at a time: the index of a large archive is never held whole as one
    string. ``append_entries`` writes it in parts of bounded size instead.

    >>> index = {"config": {"fields": {}}, "docs": [{"location": "a/", "text": "old"}]}
    >>> "".join(merged_index(index, {"a/": encode([{"location": "a/", "text": "new"}])}))
    '{"config":{"fields":{"facts":{"boost":3.0}}},"docs":[{"location":"a/","text":"new"}]}'
    """
    head = index_head(index, languages)
    yield _json(head)[:-1] + ("," if head else "") + '"docs":['
    pieces = itertools.chain(
        (_json(d) for d in _kept(index, documents)), (e.json for e in documents.values() if e.count)
    )
    for i, piece in enumerate(pieces):
        yield ("," if i else "") + piece
    yield "]}"


def _kept(index: dict, documents: dict) -> Iterator[dict]:
    for entry in index.get("docs", []):
        if entry.get("location", "").split("#")[0] not in documents:
            yield entry


def append_entries(
    path: Path,
    documents: dict[str, Encoded],
    languages: Iterable[str] = (),
    limit: int | None = None,
) -> LunrFigures:
    """Rewrite the search index at ``path`` (Material's ``search_index.json``) with the merged
    index, in parts of at most ``limit`` bytes (``search_parts.write_index``, atomically), and
    return its figures (all its files), measured as they are written (reading 100 MB back took
    seconds)."""
    index = json.loads(path.read_text(encoding="utf-8"))
    kept = list(_kept(index, documents))
    pages = {entry.get("location", "").split("#")[0] for entry in kept} | set(documents)
    meter = SizeMeter()
    search_parts.write_index(
        path.parent,
        index_head(index, languages),
        index_entries(index, documents),
        limit,
        measure=lambda piece: meter.feed(piece.encode("utf-8")),
    )
    entries = len(kept) + sum(e.count for e in documents.values())
    return LunrFigures(len(pages), entries, index_bytes=meter.size, gzip_bytes=meter.gzip_size())


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
