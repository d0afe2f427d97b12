"""Provenance: the cleaning log of each page, written by ingest beside the page.

``<slug>.changes.json`` holds what the cleaner did to that source (the ingest report's entry for
it): the counts, each mojibake repair and each line removed or restructured. The site shows it as
a readable list in the document's provenance section and publishes the file itself. Like the
page, it is deterministic, so ``ingest --check`` covers it. The raw original is published too
(``raw_original`` says which file that is).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from persona_archive.files import inside

SUFFIX = ".changes.json"
GLOB = "*" + SUFFIX
MARKER = "persona-archive/cleaning-log"


def log_name(slug: str) -> str:
    return f"{slug}{SUFFIX}"


def log_record(record) -> dict:
    """The cleaning log of one processed source (``pipeline.Processed``), JSON-ready."""
    repairs = []
    for r in record.repairs or []:
        r = dict(r)
        candidates = r.pop("candidates", None)
        if isinstance(candidates, list | tuple):
            r["candidates"] = len(candidates)
        elif isinstance(candidates, int):
            r["candidates"] = candidates
        repairs.append(r)
    return {
        "format": MARKER,
        "source_file": record.source_file,
        "source_sha256": record.source_sha256,
        "cleaning": record.cleaning,
        "notes": list(record.notes or []),
        "repairs": repairs,
        "changes": [dict(c.__dict__) for c in record.changes or []],
    }


def log_pages(records_by_page: dict) -> dict[str, str]:
    """``{<slug>.changes.json: text}`` for each ``{<slug>.md: record}`` (``pipeline.Processed``)."""
    out = {}
    for name, record in records_by_page.items():
        payload = json.dumps(log_record(record), ensure_ascii=False, indent=1, sort_keys=True)
        out[log_name(name.removesuffix(".md"))] = payload + "\n"
    return out


def is_log(path: Path) -> bool:
    """A file ingest wrote as a cleaning log (others are left alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("format") == MARKER


def read_log(archive_dir: Path, slug: str) -> dict:
    """The cleaning log beside a page (``{}`` when missing or unreadable)."""
    try:
        data = json.loads((archive_dir / log_name(slug)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def raw_original(sources: Path, source_file) -> Path | None:
    """The raw source a page was made from, when it is a file inside ``sources``: the site
    publishes it, so a path or a link leading out of ``sources`` is refused (None). One
    ``lstat`` for a plain file, so it stays cheap for every document of a large archive.

    >>> raw_original(Path("sources"), "../etc/passwd") is None, raw_original(Path("s"), None)
    (True, None)
    """
    if not source_file:
        return None
    rel = inside(str(source_file))
    if rel is None:
        return None
    path = Path(sources) / rel
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) and "/" not in rel:
        return path
    contained = path.resolve().is_relative_to(Path(sources).resolve())  # links, folders: checked
    return path if contained and path.is_file() else None
