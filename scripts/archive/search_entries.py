"""Search entries per paragraph for archived documents.

Material's search index has one entry per heading; an archived document gets instead one entry
for the document (title, with its authors, site, kind and tags as a short text, so that
a name ranks above a mention in a body) and one per paragraph (location ``<page>#<paragraph id>``,
which Material groups under the page, and which opens the page at that paragraph). The entries
replace the section entries, so the index does not grow. Only the text of the paragraphs is
indexed; page furniture (metadata panel, cite box, provenance, related lists) never is.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from .listings import KIND_SINGULAR, tag_label
from .search_engine import LunrFigures, SizeMeter
from .writing import atomic_write

PARAGRAPH_ID = re.compile(r"^p-[a-z0-9]{4,}(?:-\d+)?$")
# No per-entry "boost": Material 9.8's search worker stops answering when an entry carries one
# (checked in Chromium). The document entry ranks first anyway: its text is short (BM25 favours
# a name in a short field over the same name in a paragraph) and its tags field weighs 1e6.
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
            self.items.append([a["id"], tag, [], a.get("data-para")])
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


def paragraphs(content_html: str) -> list[tuple[str, str, str, str | None]]:
    """``(id, element, text, number)`` of each paragraph-anchored element of a rendered page;
    ``number`` is the visible paragraph number (``data-para``) when the page carries one.

    >>> paragraphs('<h1>T</h1><p id="p-abcdef">A &amp; <em>b</em><span aria-hidden="true">¶'
    ...            '</span></p><h2 id="p-zzzzzz">Part<a class="headerlink">#</a></h2>')
    [('p-abcdef', 'p', 'A & b', None), ('p-zzzzzz', 'h2', 'Part', None)]
    """
    parser = _Paragraphs()
    parser.feed(content_html)
    parser.close()
    return [(i, tag, " ".join("".join(parts).split()), n) for i, tag, parts, n in parser.items]


def document_entries(
    location: str, title: str, doc: dict, labels: dict, content_html: str
) -> list[dict]:
    """The index entries of one archived document: the document entry, then one per paragraph.
    Headings become entries titled by their text; paragraphs are titled ``Paragraph n`` (the page's
    own paragraph number, ``data-para``, when it has one)."""
    facts = [*(doc.get("authors") or []), doc.get("site"), KIND_SINGULAR.get(doc.get("kind"))]
    facts += [tag_label(labels, t) for t in doc.get("tags") or []]
    tags = [str(t) for t in doc.get("tags") or []]
    entries = [
        {
            "location": location,
            "title": html.escape(title, quote=False),
            "text": html.escape(" · ".join(str(f) for f in facts if f), quote=False),
            "tags": tags,
        }
    ]
    number = 0
    for pid, tag, text, shown in paragraphs(content_html):
        if not text or tag == "h1":
            continue
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            entry_title, entry_text = text, ""
        else:
            number += 1
            # not "¶ n": Material's search worker stops answering on a title with "¶"
            entry_title, entry_text = f"Paragraph {shown or number}", text
        entries.append(
            {
                "location": f"{location}#{pid}",
                "title": html.escape(entry_title, quote=False),
                "text": html.escape(entry_text, quote=False),
            }
        )
    return entries


class Encoded(NamedTuple):
    """A document's entries as JSON text, comma-separated, made where the entries are made (the
    helper process): the build's own process then only writes them."""

    count: int
    json: str


def encode(entries: list[dict]) -> Encoded:
    """A document's entries as ``Encoded`` JSON text.

    >>> encode([{"location": "a/"}, {"location": "a/#p-1"}])
    Encoded(count=2, json='{"location":"a/"},{"location":"a/#p-1"}')
    """
    return Encoded(len(entries), ",".join(_json(e) for e in entries))


def batch_entries(
    pages: list[tuple[str, str, dict, str]], labels: dict
) -> list[tuple[str, Encoded]]:
    """``document_entries`` of each ``(location, title, front matter, content HTML)``, encoded, as
    ``(location, entries)``: pages go to the helper process in batches.

    >>> batch_entries([("a/", "A", {}, '<p id="p-abcdef">Text</p>')], {})[0][1].count
    2
    """
    return [
        (location, encode(document_entries(location, title, meta, labels, content)))
        for location, title, meta, content in pages
    ]


def merged_index(index: dict, documents: dict[str, Encoded]) -> Iterator[str]:
    """Material's search index (``search_index.json``) with every entry of the given pages (by
    location, without ``#``) replaced by their document and paragraph entries, as JSON text in
    pieces, an entry or a document at a time: the index of a large archive is never held whole
    as one string.

    >>> index = {"config": {"lang": ["en"]}, "docs": [{"location": "a/", "text": "old"}]}
    >>> "".join(merged_index(index, {"a/": encode([{"location": "a/#p-1", "text": "new"}])}))
    '{"config":{"lang":["en"]},"docs":[{"location":"a/#p-1","text":"new"}]}'
    """
    head = {key: value for key, value in index.items() if key != "docs"}
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


def append_entries(path: Path, documents: dict[str, Encoded]) -> LunrFigures:
    """Rewrite the search index file at ``path`` with ``merged_index`` (atomically), and return
    its figures, measured as it is written (reading 100 MB back took seconds)."""
    index = json.loads(path.read_text(encoding="utf-8"))
    kept = list(_kept(index, documents))
    pages = {entry.get("location", "").split("#")[0] for entry in kept} | set(documents)
    meter = SizeMeter()

    def measured(pieces: Iterator[str]) -> Iterator[str]:
        for piece in pieces:
            meter.feed(piece.encode("utf-8"))
            yield piece

    atomic_write(path, measured(merged_index(index, documents)))
    entries = len(kept) + sum(e.count for e in documents.values())
    return LunrFigures(len(pages), entries, index_bytes=meter.size, gzip_bytes=meter.gzip_size())


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
