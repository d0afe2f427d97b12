"""The citation files of the site: whole-archive exports and each document's downloads.

The whole-archive exports, BibTeX, RIS, CSL-JSON and the corpus (``corpus/corpus.jsonl``:
metadata, clean text and the paragraphs with their ids), are published gzip-compressed and in
numbered parts of at most ``PART_BYTES`` each (``cite/archive-0001.bib.gz``…,
``corpus/corpus-0001.jsonl.gz``…), so that no file of the site grows with the archive; each
export's manifest (``EXPORTS``: ``cite/archive.bib.parts.json``…) lists its parts in order with
their sizes and SHA-256. Parts are made a record at a time, so the build never holds more than
one part in memory. ``cite/<key>.{bib,ris,json}`` are the files a document's cite box links to.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import posixpath
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from persona_archive import anchors
from persona_archive.site.citations.bibtex import bibtex
from persona_archive.site.citations.csl import csl_json, csl_line
from persona_archive.site.citations.record import Record, with_paragraphs
from persona_archive.site.citations.ris import ris

PART_BYTES = 4_000_000  # at most this many bytes (compressed) a part: under 5 MB at any size
GZIP_LEVEL = 6


class Format(NamedTuple):
    """How an export's records make up one part: ``head``, records joined by ``separator``,
    ``tail``. Each part of a format is a whole file of it (a CSL-JSON part is an array)."""

    name: str  # the export, as one file would be named: "corpus/corpus.jsonl"
    head: str
    separator: str
    tail: str


FORMATS = (
    Format("cite/archive.bib", "", "\n", ""),
    Format("cite/archive.ris", "", "\n", ""),
    Format("cite/archive.json", "[\n", ",\n", "\n]\n"),
    Format("corpus/corpus.jsonl", "", "", ""),
)
EXPORTS = tuple(f"{f.name}.parts.json" for f in FORMATS)  # the manifests: the stable addresses


def part_name(export: str, number: int) -> str:
    """The site path of part ``number`` (from 1) of ``export``.

    >>> part_name("corpus/corpus.jsonl", 1), part_name("cite/archive.bib", 12)
    ('corpus/corpus-0001.jsonl.gz', 'cite/archive-0012.bib.gz')
    """
    stem, ext = export.rsplit(".", 1)
    return f"{stem}-{number:04d}.{ext}.gz"


def corpus_line(rec: Record) -> str:
    """One JSON line: metadata, clean text, the paragraphs with their ids and ¶ numbers, and the
    sections (``sections``).

    ``text`` and ``paragraphs`` hold the source's words only: a label the archive supplied (a
    thread post's "Reply 1") is in ``sections`` alone, marked ``"editorial": true``.
    """
    paras = [p for p in rec.paras if p.kind != anchors.EDITORIAL]
    data = {
        "citation_key": rec.key,
        "slug": rec.slug,
        "url": rec.url,
        "title": rec.title,
        "title_source": rec.title_source or None,
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
        "text": "\n\n".join(p.text for p in paras),
        "paragraphs": [
            {"id": p.id, "para": p.number, "kind": p.kind, "text": p.text} for p in paras
        ],
        "sections": sections(rec.paras),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


def sections(paras: list[anchors.Para]) -> list[dict]:
    """Each heading of a document in order, as a section: its ``label``, whether the label is
    the archive's (``editorial``: a thread post's "Reply 1", in no other field of the corpus)
    or the source's own heading (also among the paragraphs), its ``id``, the id of the
    first paragraph under it (``first_paragraph``; null when another heading follows at once),
    and for a thread post the reaction counts of that post (``reactions``), where it had any.

    >>> P = anchors.Para
    >>> sections([P("p-a", None, "editorial", "Comment"), P("p-b", 1, "text", "Hi."),
    ...           P("p-c", None, "heading", "Notes"), P("p-d", None, "editorial", "Reply 1")]
    ... )  # doctest: +NORMALIZE_WHITESPACE
    [{'label': 'Comment', 'editorial': True, 'id': 'p-a', 'first_paragraph': 'p-b'},
     {'label': 'Notes', 'editorial': False, 'id': 'p-c', 'first_paragraph': None},
     {'label': 'Reply 1', 'editorial': True, 'id': 'p-d', 'first_paragraph': None}]
    """
    heads = ("heading", anchors.EDITORIAL)
    out: list[dict] = []
    for p in paras:
        if p.kind in heads:
            editorial = p.kind == anchors.EDITORIAL
            section = {"label": p.text, "editorial": editorial, "id": p.id, "first_paragraph": None}
            if p.reactions:  # a thread post's own reaction counts
                section["reactions"] = p.reactions
            out.append(section)
        elif out and out[-1]["first_paragraph"] is None:
            out[-1]["first_paragraph"] = p.id
    return out


def part_bytes(config_extra: dict | None) -> int:
    """The largest part, in bytes: ``extra.export_part_bytes`` in ``mkdocs.yml``, else
    ``PART_BYTES``.

    >>> part_bytes(None), part_bytes({"export_part_bytes": 2000})
    (4000000, 2000)
    """
    value = (config_extra or {}).get("export_part_bytes", PART_BYTES)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1024:
        raise ValueError(
            f"mkdocs.yml: extra.export_part_bytes must be a whole number of bytes, at least "
            f"1024 (got {value!r})"
        )
    return value


def exports(
    records: list[Record], archive_dir: Path | None = None, limit: int = PART_BYTES
) -> Iterator[tuple[str, bytes]]:
    """``(site path, bytes)`` of every part of every whole-archive export, each export's
    manifest after its parts (``EXPORTS``). Records are in citation-key order and each is in
    exactly one part; a part is gzip (no name, no time: the same records give the same bytes)
    of at most ``limit`` bytes, unless one record alone is larger. With ``archive_dir``, each
    record's paragraphs are read from its page as the corpus is written.

    >>> files = dict(exports([]))
    >>> list(files)[:2]
    ['cite/archive-0001.bib.gz', 'cite/archive.bib.parts.json']
    >>> gzip.decompress(files["corpus/corpus-0001.jsonl.gz"])
    b''
    """
    records = sorted(records, key=lambda r: r.key)

    def full() -> Iterator[Record]:
        return (with_paragraphs(r, archive_dir) for r in records) if archive_dir else iter(records)

    items = (
        lambda: ((r.key, bibtex(r)) for r in records),
        lambda: ((r.key, ris(r)) for r in records),
        lambda: ((r.key, csl_line(r)) for r in records),
        lambda: ((r.key, corpus_line(r) + "\n") for r in full()),
    )
    for fmt, pieces in zip(FORMATS, items, strict=True):
        yield from _export(fmt, pieces(), limit)


def _export(fmt: Format, pieces: Iterable[tuple[str, str]], limit: int):
    """The parts of one export, then its manifest."""
    parts: list[dict] = []
    part: _Part | None = None
    head, sep, tail = (s.encode() for s in (fmt.head, fmt.separator, fmt.tail))
    for key, piece in pieces:
        data = piece.encode("utf-8")
        if part is not None and not part.fits(len(sep) + len(data) + len(tail)):
            yield part.close(fmt, tail, parts)
            part = None
        if part is None:
            part = _Part(limit)
            part.write(head)
        else:
            part.write(sep)
        part.write(data, key)
    if part is None:  # an empty archive: one empty part
        part = _Part(limit)
        part.write(head)
    yield part.close(fmt, tail, parts)
    manifest = {
        "export": posixpath.basename(fmt.name),
        "compression": "gzip",
        "documents": sum(p["documents"] for p in parts),
        "part_limit_bytes": limit,
        "parts": parts,
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
    yield f"{fmt.name}.parts.json", text.encode("utf-8")


class _Part:
    """One gzip part being made. Whether more fits is known without finishing it: what is
    written so far, plus the most the input since the last flush can take (zlib's bound);
    when that says no, a sync flush gives the exact size (rarely: only near the limit)."""

    OVERHEAD = 32  # gzip header and trailer, the final block, a sync flush's marker

    def __init__(self, limit: int):
        self.limit = limit
        self.zip = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)  # gzip, mtime 0, no name
        self.out = bytearray()
        self.pending = 0  # bytes given since the last flush
        self.raw = 0
        self.keys: list[str] = []

    def write(self, data: bytes, key: str | None = None) -> None:
        self.out += self.zip.compress(data)
        self.pending += len(data)
        self.raw += len(data)
        if key is not None:
            self.keys.append(key)

    def fits(self, size: int) -> bool:
        if len(self.out) + _bound(self.pending + size) + self.OVERHEAD <= self.limit:
            return True
        self.out += self.zip.flush(zlib.Z_SYNC_FLUSH)
        self.pending = 0
        return len(self.out) + _bound(size) + self.OVERHEAD <= self.limit

    def close(self, fmt: Format, tail: bytes, parts: list[dict]) -> tuple[str, bytes]:
        self.write(tail)
        data = bytes(self.out + self.zip.flush())
        name = part_name(fmt.name, len(parts) + 1)
        parts.append(
            {
                "file": posixpath.basename(name),
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "uncompressed_bytes": self.raw,
                "documents": len(self.keys),
                "first": self.keys[0] if self.keys else None,
                "last": self.keys[-1] if self.keys else None,
            }
        )
        return name, data


def _bound(n: int) -> int:
    """The most deflate can make of ``n`` bytes (zlib's ``deflateBound``)."""
    return n + (n >> 12) + (n >> 14) + (n >> 25) + 13


def read_parts(site_dir: Path, manifest: str) -> list[str]:
    """The text of each part of the export whose manifest is ``manifest`` (a site path in
    ``EXPORTS``), in order, each checked against the manifest's size and SHA-256."""
    path = Path(site_dir) / manifest
    listing = json.loads(path.read_text(encoding="utf-8"))
    texts = []
    for part in listing["parts"]:
        data = (path.parent / part["file"]).read_bytes()
        if len(data) != part["bytes"] or hashlib.sha256(data).hexdigest() != part["sha256"]:
            raise ValueError(f"{manifest}: {part['file']} does not match its size or SHA-256")
        texts.append(gzip.decompress(data).decode("utf-8"))
    return texts


def downloads(records: list[Record]) -> dict[str, str]:
    """The files of each record's cite box: ``cite/<key>.bib``, ``.ris`` and ``.json``."""
    out = {}
    for r in records:
        out[f"cite/{r.key}.bib"] = bibtex(r)
        out[f"cite/{r.key}.ris"] = ris(r)
        out[f"cite/{r.key}.json"] = csl_json([r])
    return out
