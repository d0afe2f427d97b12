"""RIS: a record as one tagged record (EndNote, Zotero, Mendeley and most reference managers).

TY first, ER last, one tag a line; a value's line breaks are folded so scraped text cannot start
a tag of its own.
"""

from __future__ import annotations

from persona_archive.site.citations.csl import split_name
from persona_archive.site.citations.record import ARCHIVE_NAME, Record, default_note


def _ris_value(text: str) -> str:
    return " ".join(str(text).split())


def _ris_date(iso: str) -> str:
    """An ISO date as RIS writes it.

    >>> _ris_date("2024-03-01"), _ris_date("2024")
    ('2024/03/01/', '2024///')
    """
    parts = [*iso.split("-"), "", ""]
    return f"{parts[0]}/{parts[1]}/{parts[2]}/"


def ris(rec: Record, url: str | None = None, note: str | None = None) -> str:
    """One RIS record: TY first, ER last, one tag per line (CRLF-free, values on one line)."""
    lines = [("TY", rec.kind_info.ris), ("ID", rec.key), ("TI", rec.cited_title)]
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
        ("N1", note or default_note(rec)),
        ("ER", ""),
    ]
    return (
        "\n".join(
            f"{tag}  - {_ris_value(value)}".rstrip(" ") + ("" if value else " ")
            for tag, value in lines
        )
        + "\n"
    )
