"""The citation files of the site: whole-archive exports and each document's downloads.

``cite/archive.{bib,ris,json}`` and ``corpus/corpus.jsonl`` (metadata, clean text and the
paragraphs with their ids), written a record at a time so the build never holds an archive-sized
export in memory; and ``cite/<key>.{bib,ris,json}``, the files a document's cite box links to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from persona_archive import anchors
from persona_archive.site.citations.bibtex import bibtex
from persona_archive.site.citations.csl import csl_json
from persona_archive.site.citations.record import Record, with_paragraphs
from persona_archive.site.citations.ris import ris

EXPORTS = ("cite/archive.bib", "cite/archive.ris", "cite/archive.json", "corpus/corpus.jsonl")


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
    or the source's own heading (also among the paragraphs), its ``id``, and the id of the
    first paragraph under it (``first_paragraph``; null when another heading follows at once).

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
            out.append(
                {"label": p.text, "editorial": editorial, "id": p.id, "first_paragraph": None}
            )
        elif out and out[-1]["first_paragraph"] is None:
            out[-1]["first_paragraph"] = p.id
    return out


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
