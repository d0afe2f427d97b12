"""Web archives (WARC, as Webrecorder, Browsertrix, ArchiveBox and ``wget --warc-file`` write
them): each archived HTML page, read as a stream, is one document.

A WARC holds every request and response of a crawl: pages, stylesheets, scripts, images,
redirects. Only a ``response`` record with HTTP status 200 and an HTML content type is a
document; its ``WARC-Target-URI`` is the document's URL and its ``WARC-Date`` the day it was
captured (the date a citation of an archived page carries). The file is read record by record
(warcio), so a WARC of gigabytes needs the memory of its largest page; a record that is too
large, or a file that is truncated or damaged, is reported and the records before it are kept.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from persona_archive.cleaning import webpage

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(name: str) -> bool:
    """Whether a source file is a web archive, by its name.

    >>> is_warc("crawls/site.WARC.gz"), is_warc("page.html")
    (True, False)
    """
    return name.lower().endswith(SUFFIXES)


@dataclass
class Record:
    """One archived HTML page: its key in the WARC (stable: from its ``WARC-Record-ID``), URL,
    capture date (``YYYY-MM-DD``), HTTP charset, and the payload as the server sent it (the
    transfer and content encodings undone)."""

    key: str
    uri: str | None
    date: str | None
    charset: str | None
    payload: bytes


@dataclass
class Problem:
    """A record that could not be read, or where the file stopped being readable."""

    where: str
    reason: str


def record_key(record_id: str | None, uri: str | None, date: str | None, offset: int) -> str:
    """A record's key in its WARC: 12 hex digits of its ``WARC-Record-ID`` (of its URI and date
    when it has none, of its offset when it has neither), so it does not change when records
    are added to the file or other files come and go.

    >>> record_key("<urn:uuid:0a1b>", None, None, 0) == record_key("<urn:uuid:0a1b>", "x", "", 9)
    True
    """
    seed = record_id or (f"{uri}\0{date}" if uri else f"offset:{offset}")
    return hashlib.sha256(seed.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def html_records(stream: BinaryIO) -> Iterator[Record | Problem]:
    """Every archived HTML page (``Record``) of a WARC read from ``stream``, in file order, and
    a ``Problem`` for each record that cannot be a document (too large) or where the file
    cannot be read on (truncated, not a WARC): the pages before it are still given."""
    problem = _not_a_warc(stream)
    if problem:
        yield Problem("at its start", problem)
        return
    records = ArchiveIterator(stream, check_digests=False)
    seen = 0
    try:
        for record in records:
            seen += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if record.http_headers.get_statuscode() != "200":
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
                continue
            headers = record.rec_headers
            uri = headers.get_header("WARC-Target-URI")
            date = _day(headers.get_header("WARC-Date"))
            payload = record.content_stream().read(webpage.MAX_HTML_BYTES + 1)
            # (asked after the payload is read: warcio reads on to the next record for it)
            offset = records.get_record_offset()
            key = record_key(headers.get_header("WARC-Record-ID"), uri, date, offset)
            if record.raw_stream.limit > 0:  # the file ends before the record's length
                yield Problem(
                    f"record {key} ({uri})",
                    "the WARC is truncated: the file ends inside this record",
                )
                continue
            if len(payload) > webpage.MAX_HTML_BYTES:
                yield Problem(
                    f"record {key} ({uri})",
                    f"HTML too large (more than {webpage.MAX_HTML_BYTES} bytes); not read",
                )
                continue
            yield Record(key, uri, date, webpage.http_charset(content_type), payload)
    except ArchiveLoadFailed as exc:
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
        reason = lines[0].removeprefix("ERROR: ") if lines else "not a WARC record"
        yield Problem(f"after record {seen}", f"not readable as a WARC: {reason}")
    except Exception as exc:  # EOF, zlib, a header parser's error: for this file alone
        yield Problem(f"after record {seen}", f"the WARC is truncated or damaged: {exc!r}")


def _not_a_warc(stream: BinaryIO) -> str | None:
    """Why ``stream`` is not a WARC (it does not start with a ``WARC/`` version line, gzipped or
    not), or None; the stream is left at its start."""
    head = stream.read(4096)
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error as exc:
            return f"not readable as a WARC: the gzip data is damaged ({exc})"
    if head.lstrip(b"\r\n").startswith(b"WARC/"):
        return None
    if head.startswith(b"filedesc://"):
        return "an ARC file (the older format), not a WARC: convert it with `warcio recompress`"
    return "not readable as a WARC: it does not start with a WARC/ version line"


def _day(value: str | None) -> str | None:
    """The day of a ``WARC-Date`` (``2026-03-07T10:12:30Z`` -> ``2026-03-07``).

    >>> _day("2026-03-07T10:12:30Z"), _day("yesterday")
    ('2026-03-07', None)
    """
    found = re.match(r"(\d{4}-\d{2}-\d{2})T", value or "")
    return found.group(1) if found else None


def document_name(source: str, key: str) -> str:
    """A document's name in the archive: its WARC's path in ``sources/`` and its record key
    (what the catalog and the page's ``source_file`` call it).

    >>> document_name("crawls/site.warc.gz", "0123456789ab")
    'crawls/site.warc.gz#0123456789ab'
    """
    return f"{source}#{key}"


def split_name(name: str) -> tuple[str, str | None]:
    """A document name -> (source file, record key or None).

    >>> split_name("a/site.warc.gz#0123456789ab"), split_name("notes#1.txt")
    (('a/site.warc.gz', '0123456789ab'), ('notes#1.txt', None))
    """
    head, sep, key = name.rpartition("#")
    if sep and is_warc(head) and re.fullmatch(r"[0-9a-f]{12}", key):
        return head, key
    return name, None


def file_of(name: str) -> str:
    """The source file a document comes from (a WARC record's: its WARC).

    >>> file_of("site.warc#0123456789ab"), file_of("notes.txt")
    ('site.warc', 'notes.txt')
    """
    return split_name(name)[0]


def read(record: Record) -> webpage.Page:
    """The record's page, read from its payload with the HTTP header's charset and its URL as
    the base of the page's relative links."""
    return webpage.read_page(record.payload, record.charset, record.uri)


def stated(record: Record) -> tuple[dict, dict]:
    """What the WARC states about a record, which wins over the page's own: its URL and its
    capture date, with their origins."""
    meta, sources = {}, {}
    if record.uri and re.match(r"https?://", record.uri):
        meta["url"], sources["url"] = record.uri, "warc:WARC-Target-URI"
    if record.date:
        meta["archived"], sources["archived"] = record.date, "warc:WARC-Date"
    return meta, sources
