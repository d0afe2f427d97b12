"""The citation files of the site: whole-archive exports and each document's downloads.

``cite/archive.{bib,ris,json}`` and ``corpus/corpus.jsonl`` (metadata, clean text and the
paragraphs with their ids), written a record at a time so the build never holds an archive-sized
export in memory; and ``cite/<key>.{bib,ris,json}``, the files a document's cite box links to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from persona_archive.site.citations.bibtex import bibtex
from persona_archive.site.citations.csl import csl_json
from persona_archive.site.citations.record import Record, with_paragraphs
from persona_archive.site.citations.ris import ris

EXPORTS = ("cite/archive.bib", "cite/archive.ris", "cite/archive.json", "corpus/corpus.jsonl")


def corpus_line(rec: Record) -> str:
    """One JSON line: metadata, clean text, and the paragraphs with their ids and ¶ numbers."""
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
        "text": "\n\n".join(p.text for p in rec.paras),
        "paragraphs": [
            {"id": p.id, "para": p.number, "kind": p.kind, "text": p.text} for p in rec.paras
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


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
    """``separator.join(pieces)``, lazily.

    >>> list(_joined(["a", "b", "c"], ","))
    ['a', ',b', ',c']
    """
    for i, piece in enumerate(pieces):
        yield separator + piece if i else piece
