"""The CSL-JSON mapping: a record as a CSL item, the form citeproc-py formats and readers import.

CSL-JSON is also the hub of the other formats: personal names are split here (``split_name``)
for BibTeX, RIS and the short labels alike. Items validate against
``csl/csl-data.schema.json``.
"""

from __future__ import annotations

import json
import re

from persona_archive.site.citations.record import ARCHIVE_NAME, Record, default_note

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


def _date_parts(iso: str) -> list[int]:
    return [int(x) for x in iso.split("-")]


def csl_item(rec: Record, url: str | None = None, note: str | None = None) -> dict:
    """The document as a CSL-JSON item (validated by ``csl/csl-data.schema.json``)."""
    item: dict = {"id": rec.key, "type": rec.kind_info.csl, "title": rec.cited_title}
    if rec.short_title != rec.cited_title:
        item["title-short"] = rec.short_title
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
    item["note"] = note or default_note(rec)
    return item


def csl_json(records: list[Record]) -> str:
    """The records' CSL-JSON file (``cite/archive.json``, ``cite/<key>.json``): an array, one
    item a line without indentation (a fifth of a small file is indentation: issue 20)."""
    return "[\n" + ",\n".join(csl_line(r) for r in records) + "\n]\n"


def csl_line(rec: Record) -> str:
    """One record's CSL-JSON item on one line, as ``csl_json`` writes it."""
    return json.dumps(csl_item(rec), ensure_ascii=False, separators=(",", ":"))
