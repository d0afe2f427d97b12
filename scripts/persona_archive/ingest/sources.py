"""Finding the raw sources, and reading them safely: only regular files inside the sources
folder, never a pipe or a symlink out of it, none larger than ``MAX_SOURCE_BYTES``."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NamedTuple

from persona_archive.cache import ContentCache
from persona_archive.cleaning import decoding, webpage
from persona_archive.errors import SourceError
from persona_archive.ingest import webarchive
from persona_archive.parallel import parallel_map


@dataclass
class Found:
    sources: list[tuple[str, Path]] = field(default_factory=list)  # (name relative to dir, path)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def find_sources(root: Path) -> Found:
    """Every regular file under ``root`` (recursively), except catalog.yml and dotfiles.

    Symlinks are followed only when they stay inside ``root``; special files (pipes, devices,
    sockets) are never opened. Both are reported with the reason they were skipped.
    """
    found = Found()
    real_root = root.resolve()
    visited: set[str] = set()

    def walk(directory: Path, rel: str) -> None:
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            found.skipped.append((rel or ".", f"cannot list directory: {exc.strerror}"))
            return
        for entry in entries:
            name = f"{rel}{entry.name}"
            if entry.name.startswith(".") or (not rel and entry.name == "catalog.yml"):
                continue
            if not _utf8_name(name):
                found.skipped.append((name, "file name is not valid UTF-8; rename the file"))
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    found.skipped.append((name, "symlink is broken or loops; not followed"))
                    continue
                if not target.is_relative_to(real_root):
                    found.skipped.append((name, "symlink leads outside the sources directory"))
                    continue
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                found.skipped.append((name, f"cannot stat: {exc.strerror}"))
                continue
            if stat.S_ISDIR(mode):
                real = str(path.resolve())
                if real in visited:
                    found.skipped.append((name, "directory already visited (symlink loop)"))
                    continue
                visited.add(real)
                walk(path, f"{name}/")
            elif stat.S_ISREG(mode):
                found.sources.append((name, path))
            else:
                found.skipped.append((name, "not a regular file (pipe, device or socket)"))

    visited.add(str(real_root))
    walk(root, "")
    return found


def _utf8_name(name: str) -> bool:
    """False for a name the OS gave with undecodable bytes (it could not be written to a page)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


MAX_SOURCE_BYTES = 64 * 1024 * 1024  # a scraped page is kilobytes; this bounds time and memory
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _open_checked(path: Path, root: Path):
    """``path`` opened for reading, re-checked at the moment of opening: still inside ``root``
    (a symlink swapped in since ``find_sources`` is not followed out) and still a regular file
    (a pipe or device is never read: the open does not block and ``fstat`` rejects it).
    Returns the open binary file and its size."""
    real = path.resolve(strict=True)
    if not real.is_relative_to(root.resolve()):
        raise SourceError("symlink leads outside the sources directory; not followed")
    handle = os.fdopen(os.open(real, _OPEN_FLAGS), "rb")
    info = os.fstat(handle.fileno())
    if not stat.S_ISREG(info.st_mode):
        handle.close()
        raise SourceError("not a regular file (pipe, device or socket); not read")
    return handle, info.st_size


def read_source(path: Path, root: Path) -> bytes:
    """The bytes of one source (``_open_checked``), not larger than ``MAX_SOURCE_BYTES``.
    Raises ``SourceError`` with the reason, or ``OSError``."""
    handle, size = _open_checked(path, root)
    with handle:
        if size > MAX_SOURCE_BYTES:
            raise SourceError(
                f"file too large ({size} bytes; the limit is {MAX_SOURCE_BYTES} bytes)"
            )
        data = handle.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(f"file too large (more than {MAX_SOURCE_BYTES} bytes)")
    return data


def source_digest(path: Path, root: Path) -> str:
    """The sha256 of one source, read in chunks (a web archive may be gigabytes)."""
    handle, _ = _open_checked(path, root)
    digest = hashlib.sha256()
    with handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Decoded:
    """The sources read and decoded (in source order, with their sha256), and what was said
    about the others: a file that is not text fails here, alone. A web archive gives one
    entry per archived HTML page (``webarchive.document_name``), its sha256 the page's."""

    texts: dict[str, decoding.Decoded] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    page_keys: list[str] = field(default_factory=list)  # the web pages' cache entries used


def decode_all(
    found: Found, root: Path, pages: ContentCache | None = None, code: str = ""
) -> Decoded:
    """Read and decode every source ``find_sources`` found under ``root``: text files, saved
    web pages (main text and metadata, ``webpage``) and web archives (``webarchive``). What
    a page gives is kept in ``pages`` by its bytes (``code``: the cleaning code's digest), so
    an unchanged page is not extracted again; the others are extracted on every core."""
    out = Decoded()
    extractor = _Extractor(out, pages or ContentCache(None))
    for name, path in found.sources:
        try:
            if webarchive.is_warc(name):
                _read_warc(name, path, root, extractor, code)
                continue
            data = read_source(path, root)
            digest = hashlib.sha256(data).hexdigest()
            if webpage.is_html(name):
                key = ContentCache.key(code, digest, "saved", name.lower().rpartition(".")[2])
                job = partial(webpage.read_saved, name, data)
                extractor.add(_Job(name, str(path), digest, key, job, {}, {}), len(data))
                continue
            text = decoding.decode(data)
            out.digests[name], out.texts[name] = digest, text
            out.warnings += [f"{path}: warning: {note}" for note in text.notes]
        except OSError as exc:
            out.failures.append(f"{path}: cannot read: {exc.strerror or exc}")
        except SourceError as exc:
            out.failures.append(f"{path}: {exc}")
        except (ValueError, LookupError, MemoryError) as exc:  # a decoder bug must not stop the run
            out.failures.append(f"{path}: cannot decode: {exc!r}")
    extractor.flush()
    out.texts = {name: text for name, text in out.texts.items() if text is not None}
    return out


class _Job(NamedTuple):
    """One web page to read: its document name, where to report it, its sha256 and cache key,
    the reading (a picklable call), and what its container states (a WARC record's URL and
    date, with their origins)."""

    doc: str
    where: str
    digest: str
    key: str
    read: partial
    stated: dict
    origins: dict


class _Extractor:
    """Web pages read from the cache, or queued and extracted on every core in batches of at
    most ``BATCH_BYTES`` of HTML (a WARC of gigabytes is never held whole). A queued page keeps
    its place in the source order (a ``None`` text until it is read)."""

    BATCH_BYTES = 64 * 1024 * 1024

    def __init__(self, out: Decoded, cache: ContentCache):
        self.out, self.cache = out, cache
        self.todo: list[_Job] = []
        self.size = 0

    def add(self, job: _Job, size: int) -> None:
        self.out.page_keys.append(job.key)
        try:
            page = webpage.Page.from_json(self.cache.get(job.key))
        except (TypeError, KeyError, ValueError):  # None (a miss), or not a page
            self.out.texts[job.doc] = None
            self.todo.append(job)
            self.size += size
            if self.size > self.BATCH_BYTES:
                self.flush()
            return
        self._done(job, page)

    def flush(self) -> None:
        todo, self.todo, self.size = self.todo, [], 0
        for job, (page, error) in zip(todo, parallel_map(_extract, todo), strict=True):
            if error is not None:
                self.out.failures.append(f"{job.where}: {error}")
                continue
            self.cache.put(job.key, page.to_json())
            self._done(job, page)

    def _done(self, job: _Job, page: webpage.Page) -> None:
        self.out.texts[job.doc] = webpage.as_decoded(page, job.stated, job.origins)
        self.out.digests[job.doc] = job.digest
        self.out.warnings += [f"{job.where}: warning: {note}" for note in page.notes]


def _extract(job: _Job) -> tuple[webpage.Page | None, str | None]:
    """Read one web page (in a worker process): its page, or why it cannot be read."""
    try:
        return job.read(), None
    except SourceError as exc:
        return None, str(exc)
    except (ValueError, LookupError, MemoryError, RecursionError) as exc:
        return None, f"cannot decode: {exc!r}"


def _read_warc(name: str, path: Path, root: Path, extractor: _Extractor, code: str) -> None:
    """Every archived HTML page of one WARC as a source of its own; each record that cannot
    be read is reported alone, the others kept."""
    handle, _ = _open_checked(path, root)
    out, documents = extractor.out, 0
    with handle:
        for found in webarchive.html_records(handle):
            if isinstance(found, webarchive.Problem):
                out.failures.append(f"{path}: {found.where}: {found.reason}")
                continue
            doc = webarchive.document_name(name, found.key)
            where = f"{path}#{found.key} ({found.uri})"
            if doc in out.texts:
                out.failures.append(f"{where}: a second record with the same WARC-Record-ID")
                continue
            digest = hashlib.sha256(found.payload).hexdigest()
            key = ContentCache.key(code, digest, found.charset or "", found.uri or "")
            job = _Job(
                doc, where, digest, key, partial(webarchive.read, found), *webarchive.stated(found)
            )
            extractor.add(job, len(found.payload))
            documents += 1
    if not documents:
        out.warnings.append(f"{path}: warning: no archived HTML page (status 200) in this WARC")


def first_added_dates(root: Path) -> dict[str, str]:
    """When each file under ``root`` was first committed (its archived date when the catalog
    has none), from one ``git log`` call. Empty when ``root`` is not in a git work tree."""
    # git runs from the parent of ``root``: a ``.git`` that arrived inside the sources directory
    # (with a hostile config: a gpg.program, an fsmonitor) is never the repository git opens.
    root = root.resolve()
    command = ["git", "-c", "core.quotePath=false", "-c", "log.showSignature=false", "log"]
    command += ["--diff-filter=A", "--format=@%as", "--name-only"]
    command += [f"--relative={root.name}/", "--", root.name]
    try:
        out = subprocess.run(
            command,
            cwd=root.parent,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        ).stdout
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        return {}
    dates: dict[str, str] = {}
    day = None
    for line in out.splitlines():
        if line.startswith("@"):
            day = line[1:]
        elif line and day:
            dates[line] = day  # git log runs newest first: the last write is the first add
    return dates
