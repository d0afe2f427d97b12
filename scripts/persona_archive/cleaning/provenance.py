"""Provenance: the cleaning log of each page, written by ingest beside the page.

``<slug>.changes.json`` holds what the cleaner did to that source (the ingest report's entry for
it): the counts, each mojibake repair and each line removed or restructured. The site shows it as
a readable list in the document's provenance section and publishes the file itself. Like the
page, it is deterministic, so ``ingest --check`` covers it. The raw original is published too
(``raw_original`` says which file that is): for a page archived in a web archive, the record's
payload (the HTML as the server sent it), taken out of the WARC, which stays as it came.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
from pathlib import Path

from persona_archive import paths
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
    """``{<slug>.changes.json: text}`` for each ``{<slug>.md: record}`` (``pipeline.Processed``).
    Compact JSON (no indentation, no spaces after separators): the file is for tools, and the
    site publishes one per document (issue 20: indented, it was a fifth larger)."""
    out = {}
    for name, record in records_by_page.items():
        payload = json.dumps(
            log_record(record), ensure_ascii=False, separators=(",", ":"), sort_keys=True
        )
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
    from persona_archive.ingest import webarchive  # the site reads no web archive otherwise

    rel, record = webarchive.split_name(rel)
    if record is not None:
        warc = raw_original(sources, rel)
        return None if warc is None else archived_payload(warc, record)
    path = Path(sources) / rel
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) and "/" not in rel:
        return path
    contained = path.resolve().is_relative_to(Path(sources).resolve())  # links, folders: checked
    return path if contained and path.is_file() else None


RAW_RECORDS = paths.CACHE / "raw-records"


def archived_payload(warc: Path, record: str, cache: Path = RAW_RECORDS) -> Path | None:
    """The payload of one archived HTML page of ``warc`` (record key ``record``) as a file of
    its own, to publish as that page's raw original: taken out of the WARC once, with every
    other page of it (one pass over the file), into ``cache``, under a folder named by the
    WARC's path, size and modification time. None when the WARC has no such record."""
    info = warc.stat()
    stamp = f"{warc.resolve()}\0{info.st_size}\0{info.st_mtime_ns}"
    folder = cache / hashlib.sha256(stamp.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    wanted = folder / f"{record}.html"
    if wanted.is_file():
        return wanted
    from persona_archive.ingest import webarchive

    folder.mkdir(parents=True, exist_ok=True)
    with warc.open("rb") as stream:
        for found in webarchive.html_records(stream):
            if isinstance(found, webarchive.Record):
                _write_bytes(folder / f"{found.key}.html", found.payload)
    return wanted if wanted.is_file() else None


def _write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (a reader in another process never sees half a file)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
