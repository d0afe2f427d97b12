"""The cite box of a document page: the default style inline, every other format on demand.

A page carries one citation (the first of ``STYLES``, APA) and what the box needs to find the
rest; the other styles and the templates for citing one paragraph are in the document's own
``cite/<key>.cite.json.gz`` (``cite_data``), which the page script fetches when the box opens or a
paragraph is cited, beside ``cite/<key>.bib``, ``.ris`` and ``.json`` (``exports.downloads``).
At 1,000 documents the five formats and the paragraph templates inline were ~14 kB of every
page, half of it the same entries the download files hold; now ~1 kB of the page and ~1 kB in
``.cite.json``. Boxes are made in batches in the
helper process while the pages are converted (``cite_boxes``, ``parallel.background``).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from persona_archive.site.citations.formatting import formatted
from persona_archive.site.citations.metadata import head_html, page_summary
from persona_archive.site.citations.record import Record
from persona_archive.site.site_files import gzipped


def data_uri(rec: Record) -> str:
    """Where the page script finds ``cite_data(rec)`` (relative to the site's root): gzipped,
    as only the script reads it (0.73 → 0.35 kB a document at 1,000 documents: issue 20)."""
    return f"cite/{rec.key}.cite.json.gz"


def cite_box(rec: Record) -> dict:
    """What the document page's cite box shows inline (the template only places it): the
    default style's entry (``styles``' first) and, for the others, only their labels."""
    styles = formatted(rec)
    return {
        "key": rec.key,
        "url": rec.url,
        "data": data_uri(rec),
        "revision": rec.revision,
        "revision_date": rec.revision_date,
        "version": rec.version,
        "styles": {
            name: {"label": s["label"], "html": s["html"], "intext": s["intext"]}
            for name, s in styles.items()
        },
        "head": head_html(rec),
        "description": rec.description,
    }


def cite_data(rec: Record) -> dict:
    """What the box loads on demand: the entry and in-text citation of every style but the
    default (``styles``), and ``para``, every style's for one paragraph, with ``{n}`` (its ¶
    number) and ``{id}`` (its anchor) left for the page script to fill in when a reader picks a
    paragraph. HTML entries were escaped by ``formatting``; the script puts nothing else in as
    markup. A paragraph's BibTeX, RIS and CSL-JSON are not here: the script makes them from the
    document's files (the paragraph's link and the note led by "¶ n.", as ``bibtex``, ``ris``
    and ``csl_item`` write them given that link and note)."""
    styles = formatted(rec)
    return {
        "styles": {s: _whole(v) for s, v in list(styles.items())[1:]},
        "para": {
            "styles": {
                s: {"html": v["para_html"], "intext": v["para_intext"]} for s, v in styles.items()
            },
        },
    }


def _whole(style: dict) -> dict:
    """A style's entry and in-text citation of the whole document, or ``{}`` when the page
    script makes them from the paragraph's (``para``) as this does: the paragraph's "¶ {n}. ",
    "#{id}" and ", para. {n}" taken out (a third of the file: issue 20; pa-cite.js ``whole``).

    >>> _whole({"html": "A. Retrieved x, from u", "intext": "(A)",
    ...         "para_html": "A. ¶ {n}. Retrieved x, from u#{id}", "para_intext": "(A, para. {n})"})
    {}
    >>> _whole({"html": "A. u", "intext": "(A)", "para_html": "A. u ¶ {n}. u#{id}",
    ...         "para_intext": "(A, para. {n})"})
    {'html': 'A. u', 'intext': '(A)'}
    """
    html = style["para_html"].replace("¶ {n}. ", "", 1).replace("#{id}", "", 1)
    intext = style["para_intext"].replace(", para. {n}", "", 1)
    if (html, intext) == (style["html"], style["intext"]):
        return {}
    return {"html": style["html"], "intext": style["intext"]}


def cite_files(records: list[Record]) -> dict[str, bytes]:
    """``cite/<key>.cite.json.gz`` of each record (``cite_data``), for the helper process."""
    return {
        data_uri(r): gzipped(
            json.dumps(cite_data(r), ensure_ascii=False, separators=(",", ":")).encode()
        )
        for r in records
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
