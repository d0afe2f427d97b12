"""The cite box of a document page: every format at once, for the document and for a paragraph.

The template only places what ``cite_box`` returns; the page script fills a paragraph's
``{n}``/``{id}`` into the ``para`` formats when a reader picks one. Boxes are made in batches in
the helper process while the pages are converted (``cite_boxes``, ``parallel.background``).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from persona_archive.site.citations.bibtex import bibtex
from persona_archive.site.citations.csl import csl_item
from persona_archive.site.citations.formatting import formatted
from persona_archive.site.citations.metadata import head_html, page_summary
from persona_archive.site.citations.record import Record, default_note
from persona_archive.site.citations.ris import ris

PARA_ID, PARA_N = "PARAIDENT", "PARANUMBER"


def _para(text: str) -> str:
    return text.replace(PARA_ID, "{id}").replace(PARA_N, "{n}")


def cite_box(rec: Record) -> dict:
    """What the document page's cite box shows (the template only places it).

    ``para`` holds the same formats for one paragraph, with ``{n}`` (its ¶ number) and ``{id}``
    (its anchor) left for the page script to fill in when a reader picks a paragraph.
    """
    purl, pnote = f"{rec.url}#{PARA_ID}", f"¶ {PARA_N}. {default_note(rec)}"
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
        "description": rec.description,
    }


def cite_boxes(records: list[Record], archive_dir: Path | None = None) -> dict[str, dict]:
    """``cite_box`` of each record, by slug, with its description read from its page under
    ``archive_dir`` (when given): the boxes are made in batches in the helper process while the
    pages are converted (``parallel.background``)."""
    if archive_dir is not None:
        records = [
            dataclasses.replace(r, description=page_summary(Path(archive_dir) / f"{r.slug}.md"))
            for r in records
        ]
    return {r.slug: cite_box(r) for r in records}
