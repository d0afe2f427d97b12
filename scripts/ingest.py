#!/usr/bin/env python3
"""Ingest: turn every raw source under ``sources/`` into one clean Markdown page.

    python scripts/ingest.py [--sources DIR] [--out DIR] [--check] [--report FILE.json]

Exit status: 0 all converted; 1 some source could not be converted (each reported on stderr as
``<path>: <reason>``, every other page still written); 2 usage or configuration error.

Read top to bottom: find the sources (and stop there if no file changed since the last run),
load the configuration, process each source (or take it from the content-hash cache), give every
page its collection-wide names, write what changed, remove pages whose source is gone, print a
summary; then, when the pages are the site's, prepare what its build reads (``prebuild``:
citations, related documents). The cleaning itself is in ``archive/``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import stat
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from persona_archive import files
from persona_archive.cleaning import decoding, mojibake, names, pipeline, provenance
from persona_archive.cleaning.catalog import Entry, known_tags_check, load_catalog
from persona_archive.errors import ConfigError, SourceError
from persona_archive.parallel import parallel_map
from persona_archive.site import prebuild

ROOT = Path(__file__).resolve().parent.parent
CACHE_VERSION = 1


# --- finding sources -------------------------------------------------------------------------


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


def read_source(path: Path, root: Path) -> bytes:
    """The bytes of one source, re-checked at the moment of reading: still inside ``root`` (a
    symlink swapped in since ``find_sources`` is not followed out), still a regular file (a pipe
    or device is never read: the open does not block and ``fstat`` rejects it), and not larger
    than ``MAX_SOURCE_BYTES``. Raises ``SourceError`` with the reason, or ``OSError``."""
    real = path.resolve(strict=True)
    if not real.is_relative_to(root.resolve()):
        raise SourceError("symlink leads outside the sources directory; not followed")
    fd = os.open(real, _OPEN_FLAGS)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("not a regular file (pipe, device or socket); not read")
        if info.st_size > MAX_SOURCE_BYTES:
            raise SourceError(
                f"file too large ({info.st_size} bytes; the limit is {MAX_SOURCE_BYTES} bytes)"
            )
        data = handle.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(f"file too large (more than {MAX_SOURCE_BYTES} bytes)")
    return data


def one_line(message: str) -> str:
    r"""A report line that stays one line whatever a file name contains (newlines, escapes).

    >>> one_line("sources/a\nb\x1b[31m.txt: empty file")
    'sources/a\\nb\\x1b[31m.txt: empty file'
    """
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in message
    )


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


# --- the cache -------------------------------------------------------------------------------


def code_digest() -> str:
    """A hash of everything that shapes a page besides the source: code, schemas, profiles."""
    h = hashlib.sha256(str(CACHE_VERSION).encode())
    package = Path(pipeline.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".yml", ".yaml", ".txt"}:
            h.update(path.relative_to(package).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


class Cache:
    """Processed records by content hash, in ``.cache/ingest/`` (safe to delete at any time).

    A corrupt or foreign file is ignored and rebuilt, never trusted.
    """

    def __init__(self, directory: Path, enabled: bool = True):
        self.directory = directory
        self.enabled = enabled

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    @staticmethod
    def _checksum(record: dict) -> str:
        return files.text_digest(json.dumps(record, ensure_ascii=False, sort_keys=True))

    def get(self, key: str) -> pipeline.Processed | None:
        try:
            data = files.load_cache(self._path(key))
            if data.get("key") != key or data.get("sha256") != self._checksum(data["record"]):
                return None  # foreign, truncated or edited: rebuilt, never trusted
            return pipeline.Processed.from_json(data["record"])
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, record: pipeline.Processed) -> None:
        if self.enabled:
            data = record.to_json()  # key order is part of the record: JSON keeps it
            files.save_cache(
                self._path(key), {"key": key, "sha256": self._checksum(data), "record": data}
            )


class PageMemo:
    """Rendered page text by (record key, collection-wide names), in ``.cache/ingest/pages/``:
    a no-op run reads pages instead of rendering them. Checksummed like the records."""

    def __init__(self, directory: Path, enabled: bool = True):
        self.directory, self.enabled = directory, enabled

    def _path(self, record_key: str, names: dict[str, str]) -> Path:
        key = hashlib.sha256(f"{record_key}\0{sorted(names.items())}".encode()).hexdigest()
        return self.directory / key[:2] / f"{key}.json"

    def render_all(self, pages: list[tuple[str, pipeline.Processed, dict[str, str]]]) -> list[str]:
        """The text of each ``(record key, record, names)`` page: remembered, or rendered (on
        every core: YAML's emitter alone took a quarter of a cold ingest in one process)."""
        texts: list[str | None] = [self._remembered(self._path(k, n)) for k, _r, n in pages]
        missing = [i for i, text in enumerate(texts) if text is None]
        made = parallel_map(self._render, [pages[i] for i in missing])
        for i, text in zip(missing, made, strict=True):
            texts[i] = text
        return texts

    def _render(self, page: tuple[str, pipeline.Processed, dict[str, str]]) -> str:
        """Render one page and remember it (in a worker process)."""
        record_key, record, names = page
        text = pipeline.render(record, **names)
        if self.enabled:
            entry = {"sha256": files.text_digest(text), "text": text}
            files.save_cache(self._path(record_key, names), entry)
        return text

    @staticmethod
    def _remembered(path: Path) -> str | None:
        with contextlib.suppress(KeyError, TypeError):
            data = files.load_cache(path)
            text = data["text"]
            if data["sha256"] == files.text_digest(text):
                return text
        return None


class ContextCache:
    """Each source's contribution to the corpus evidence for mojibake repair, by content hash,
    in one file (``.cache/ingest/contexts.json``), so an unchanged archive is not re-scanned."""

    def __init__(self, path: Path, enabled: bool = True):
        self.path, self.enabled, self.changed = path, enabled, False
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self.entries = {
                sha: {tuple(k): int(n) for k, n in pairs} for sha, pairs in data.items()
            }
        except (OSError, ValueError, TypeError, AttributeError):
            self.entries = {}  # missing or corrupt: rebuilt

    def add(self, sha: str, contexts: dict[tuple[str, ...], int]) -> None:
        self.entries[sha] = contexts
        self.changed = True

    def save(self, keep: set[str]) -> None:
        stale = set(self.entries) - keep
        if self.enabled and (self.changed or stale):
            data = {
                sha: [[list(k), n] for k, n in sorted(self.entries[sha].items())]
                for sha in sorted(keep)
            }
            with contextlib.suppress(OSError):
                files.atomic_write(self.path, json.dumps(data, ensure_ascii=False))


class Manifest:
    """What the last run read and wrote, in ``.cache/ingest/manifest.json``, so that a re-run
    with nothing changed stops after hashing the files instead of decoding, cleaning and
    rendering them again.

    The state is the configuration and code (by content), the git dates, and the sha256 of every
    source and of every file in the out dir (content, not timestamps: a hand edit made in the
    same clock tick as the last write is still seen). ``--check`` and ``--report`` never take
    this path; a corrupt manifest is ignored.
    """

    def __init__(self, path: Path, enabled: bool = True):
        self.path, self.enabled = path, enabled

    @staticmethod
    def _digest(read) -> str | None:
        try:
            return hashlib.sha256(read()).hexdigest()
        except (OSError, SourceError):
            return None

    @classmethod
    def outputs(cls, out_dir: Path) -> dict[str, str | None]:
        globs = ("*.md", provenance.GLOB, ".*.tmp")  # a temp file is left by a killed run
        files = [p for g in globs for p in out_dir.glob(g)] if out_dir.is_dir() else []
        return {p.name: cls._digest(p.read_bytes) for p in sorted(files)}

    @classmethod
    def state(cls, inputs: str, found: Found, root: Path, out_dir: Path) -> dict:
        return {
            "inputs": inputs,
            "sources": [
                [n, cls._digest(lambda p=p: read_source(p, root))] for n, p in found.sources
            ],
            "skipped": [list(s) for s in found.skipped],
            "outputs": cls.outputs(out_dir),
        }

    def unchanged(self, state: dict, today: str) -> dict | None:
        """The last run's summary when ``state`` is what it left, else None."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not self.enabled or data["state"] != json.loads(json.dumps(state)):
                return None
            if data["today"] not in (None, today):  # a page dated "today" would now change
                return None
            return data["summary"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, state: dict, today: str | None, summary: dict) -> None:
        if self.enabled:
            data = {"state": state, "today": today, "summary": summary}
            with contextlib.suppress(OSError):
                files.atomic_write(self.path, json.dumps(data))  # ASCII: names may be bytes

    def forget(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


def input_digest(args: argparse.Namespace, sources_dir: Path, dates: dict[str, str]) -> str:
    """Everything besides the files' stamps that a page depends on, as one hash."""
    h = hashlib.sha256(code_digest().encode())
    for path in (sources_dir / "catalog.yml", Path(args.taxonomy), Path(args.profiles)):
        h.update(b"\0" + str(path.resolve()).encode())
        with contextlib.suppress(OSError):
            h.update(path.read_bytes())
    h.update(str(Path(args.out).resolve()).encode())
    h.update(json.dumps(dates, sort_keys=True).encode())
    return h.hexdigest()


# --- the run ---------------------------------------------------------------------------------


@dataclass
class Stats:
    documents: int = 0
    processed: int = 0
    cached: int = 0
    written: int = 0
    removed: int = 0
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


class Progress:
    """A one-line progress counter on stderr for long runs (only on a terminal)."""

    def __init__(self, total: int):
        self.total, self.start, self.last = total, time.monotonic(), 0.0
        self.live = sys.stderr.isatty() and total > 20

    def step(self, done: int) -> None:
        now = time.monotonic()
        if self.live and (now - self.last > 0.2 or done == self.total):
            self.last = now
            print(f"\ringest: {done}/{self.total} sources", end="", file=sys.stderr, flush=True)
            if done == self.total:
                print(file=sys.stderr)


def process_one(task: tuple) -> tuple[pipeline.Processed | None, str | None]:
    """Clean one source (in a worker process) and cache its record (the cache's files are made
    on every core too): the record, or the error that stopped it."""
    cache, key, args = task
    try:
        record = pipeline.process(*args)
    except Exception as exc:  # reported for this source alone
        return None, repr(exc)
    cache.put(key, record)
    return record, None


def is_generated(path: Path) -> bool:
    """Pages ingest wrote carry ``source_sha256`` in their front matter; others are left alone."""
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.read(1 << 20)  # a front matter with a long title is still found
    except (OSError, UnicodeDecodeError):
        return False
    end = head.find("\n---\n", 3)
    return head.startswith("---\n") and "\nsource_sha256:" in head[: end if end > 0 else None]


def run(args: argparse.Namespace) -> int:
    """Ingest, then prepare the build when anything may have changed (the records are gone by
    then: at 10,000 documents they are most of ingest's memory)."""
    code, changed = process(args)
    if changed and not args.check:
        prepare_build(args, Path(args.out))
    return code


def process(args: argparse.Namespace) -> tuple[int, bool]:
    """Write (or check) the pages; the exit code and whether this was more than a no-op."""
    started = time.monotonic()
    sources_dir, out_dir = Path(args.sources), Path(args.out)
    if not sources_dir.is_dir():
        print(f"ingest: {sources_dir}: sources directory not found", file=sys.stderr)
        return 2, False

    # 0. Nothing changed since the last run (every file has the stamp it had): nothing to do.
    found = find_sources(sources_dir)
    dates = first_added_dates(sources_dir)
    today = datetime.now(UTC).date().isoformat()
    manifest = Manifest(Path(args.cache) / "manifest.json", enabled=not (args.check or args.report))
    state = Manifest.state(input_digest(args, sources_dir, dates), found, sources_dir, out_dir)
    last = manifest.unchanged(state, today)
    if last is not None:
        stats = Stats(**last)
        summary(stats, [], False, time.monotonic() - started)
        return (1 if stats.failures else 0), False
    manifest.forget()  # until this run has finished

    try:
        catalog_path = sources_dir / "catalog.yml"
        catalog = load_catalog(catalog_path, sources_dir)
        settings = pipeline.load_settings(Path(args.taxonomy), Path(args.profiles))
        known_tags_check(catalog_path, catalog, {t.slug for t in settings.tags})
    except ConfigError as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return 2, False

    stats = Stats(documents=len(found.sources))
    for name, reason in found.skipped:
        stats.failures.append(f"{sources_dir / name}: {reason}")

    # 1. Read and decode every source; a file that is not text fails here, alone.
    decoded: dict[str, decoding.Decoded] = {}
    digests: dict[str, str] = {}
    for name, path in found.sources:
        try:
            data = read_source(path, sources_dir)
            digests[name] = hashlib.sha256(data).hexdigest()
            decoded[name] = decoding.decode(data)
            stats.warnings += [f"{path}: warning: {note}" for note in decoded[name].notes]
        except OSError as exc:
            stats.failures.append(f"{path}: cannot read: {exc.strerror or exc}")
        except SourceError as exc:
            stats.failures.append(f"{path}: {exc}")
        except (ValueError, LookupError, MemoryError) as exc:  # a decoder bug must not stop the run
            stats.failures.append(f"{path}: cannot decode: {exc!r}")

    # 2. Corpus-level evidence for mojibake repair (the same text undamaged elsewhere).
    contexts = ContextCache(Path(args.cache) / "contexts.json", enabled=not args.check)
    missing = {digests[n]: d.text for n, d in decoded.items() if digests[n] not in contexts.entries}
    found_contexts = parallel_map(mojibake.Evidence.contexts, missing.values())
    for sha, part in zip(missing, found_contexts, strict=True):
        contexts.add(sha, part)
    evidence = mojibake.Evidence.merge(contexts.entries[digests[name]] for name in decoded)
    contexts.save(keep={digests[name] for name in decoded})

    # 3. Process each source (in parallel), or take it from the cache.
    code = code_digest()
    cache = Cache(Path(args.cache), enabled=not args.check)
    records: dict[str, pipeline.Processed] = {}
    record_keys: dict[str, str] = {}
    todo = []
    for name, text in decoded.items():
        entry = catalog.get(name, Entry())
        relevant = evidence.relevant_to(text.text)
        record_keys[name] = hashlib.sha256(
            "\0".join([code, digests[name], repr(entry), relevant.digest()]).encode()
        ).hexdigest()
        record = cache.get(record_keys[name])
        if record is None or record.source_file != name:
            todo.append(
                (cache, record_keys[name], (name, text, digests[name], entry, settings, relevant))
            )
        else:
            records[name] = record
            stats.cached += 1
    progress = Progress(len(todo))
    results = zip(todo, parallel_map(process_one, todo), strict=True)
    for i, (task, (record, error)) in enumerate(results, start=1):
        name = task[2][0]
        if error is not None:  # one bad source must never stop the others
            stats.failures.append(f"{sources_dir / name}: internal error: {error}")
        else:
            records[name] = record
            stats.processed += 1
        progress.step(i)
    records = {name: records[name] for name in decoded if name in records}  # source order

    # 4. Collection-wide names: archived dates, unique slugs and citation keys.
    # A page name is never one a hand-written page in the out dir already has, nor "index".
    taken = {"index"} | {p.stem for p in out_dir.glob("*.md") if not is_generated(p)}
    memo = PageMemo(Path(args.cache) / "pages", enabled=not args.check)
    names = assemble(records, catalog, dates, today, taken=taken)
    texts = memo.render_all([(record_keys[n], records[n], page) for n, page in names.items()])
    pages = {f"{page['slug']}.md": text for page, text in zip(names.values(), texts, strict=True)}
    page_sources = {f"{page['slug']}.md": n for n, page in names.items()}
    # <slug>.changes.json beside each page: its cleaning log
    pages.update(provenance.log_pages({p: records[n] for p, n in page_sources.items()}))

    # 5. Write (or, with --check, compare) and remove pages whose source is gone.
    problems = sync(pages, out_dir, check=args.check, stats=stats)
    for record in records.values():
        for k, v in record.cleaning.items():
            stats.totals[k] = stats.totals.get(k, 0) + v
    if args.report:
        write_report(Path(args.report), records, stats)
    if not args.check:
        dated_today = any(not catalog.get(n, Entry()).archived and n not in dates for n in records)
        state["outputs"] = Manifest.outputs(out_dir)
        last = {
            "documents": stats.documents,
            "cached": len(records),
            "failures": stats.failures,
            "warnings": stats.warnings,
            "totals": stats.totals,
        }
        manifest.save(state, today if dated_today else None, last)
    summary(stats, problems, args.check, time.monotonic() - started)
    if args.check and problems:
        return 1, True
    return (1 if stats.failures else 0), True


def assemble(
    records: dict[str, pipeline.Processed],
    catalog: dict[str, Entry],
    added: dict[str, str],
    today: str,
    taken: set[str] | None = None,
) -> dict[str, dict[str, str]]:
    """Source name -> its page's collection-wide names (``slug``, ``citation_key``,
    ``archived``), in page order (by archived date). The archived date is the catalog's, else
    the day git first saw the file (``added``), else ``today``; slugs and keys are unique."""
    archived = {
        name: catalog.get(name, Entry()).archived or added.get(name) or today for name in records
    }
    order = sorted(records, key=lambda n: (archived[n], n))
    slugs = names.unique_names(
        [(n, catalog.get(n, Entry()).slug or names.slugify(records[n].title)) for n in order],
        taken=taken,
        suffix=_slug_suffix,
    )
    keys = names.unique_names(
        [
            (n, catalog.get(n, Entry()).citation_key or pipeline.citation_base(records[n]))
            for n in order
        ]
    )
    return {n: {"slug": slugs[n], "citation_key": keys[n], "archived": archived[n]} for n in order}


def _slug_suffix(base: str, key: str, n: int) -> str:
    """A stable suffix for the n-th source wanting slug ``base`` (from its file name, so it does
    not change when other sources come and go); a counter after it if even that is taken.

    >>> _slug_suffix("same-title", "b.txt", 2), _slug_suffix("same-title", "b.txt", 3)
    ('same-title-ffa0da', 'same-title-ffa0da-3')
    """
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:6]
    return f"{base}-{digest}" if n == 2 else f"{base}-{digest}-{n}"


def sync(pages: dict[str, str], out_dir: Path, *, check: bool, stats: Stats) -> list[str]:
    """Make ``out_dir`` hold exactly ``pages``; with ``check``, only list the differences."""
    problems = []
    for file_name, text in sorted(pages.items()):
        path = out_dir / file_name
        try:
            current = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current == text:
            continue
        if check:
            problems.append(f"{path}: {'missing' if current is None else 'differs'}")
        else:
            files.atomic_write(path, text)
            stats.written += 1
    if out_dir.is_dir():
        for path in sorted(out_dir.glob("*.md")):
            if path.name not in pages and is_generated(path):
                if check:
                    problems.append(f"{path}: its source is gone")
                else:
                    path.unlink()
                    stats.removed += 1
        for path in sorted(out_dir.glob(provenance.GLOB)):  # cleaning logs of removed pages
            if path.name not in pages and provenance.is_log(path):
                if check:
                    problems.append(f"{path}: its source is gone")
                else:
                    path.unlink()
        for tmp in out_dir.glob(".*.tmp"):  # left by a run that was killed mid-write
            if not check:
                tmp.unlink(missing_ok=True)
    return problems


def write_report(path: Path, records: dict[str, pipeline.Processed], stats: Stats) -> None:
    report = {
        "sources": {
            name: {
                "title": r.title,
                "cleaning": r.cleaning,
                "notes": r.notes,
                "repairs": r.repairs,
                "changes": [c.__dict__ for c in r.changes],
            }
            for name, r in sorted(records.items())
        },
        "failures": stats.failures,
    }
    files.atomic_write(path, json.dumps(report, ensure_ascii=False, indent=1) + "\n")


def prepare_build(args: argparse.Namespace, out_dir: Path) -> None:
    """Make what the site build would make first (``prebuild``), when ``out_dir`` is the folder
    the site is built from. Best effort: the build makes whatever is missing itself, so a
    failure here is a warning, never a failed ingest."""
    started = time.monotonic()
    config = Path(args.site_config)
    try:
        site = prebuild.site_settings(config)
    except FileNotFoundError:
        return  # no site here to prepare for
    except Exception as exc:  # an optimisation must not fail the ingest
        return _not_prepared(f"{config}: {exc}")
    if site.archive_dir.resolve() != out_dir.resolve():
        return  # the pages went elsewhere: not what the site is built from
    try:
        site_url = site.site_url if args.site_url is None else args.site_url
        done = prebuild.prepare(out_dir, site_url, site.ledger)
    except Exception as exc:  # an optimisation must not fail the ingest
        return _not_prepared(repr(exc))
    print(
        f"ingest: build prepared: {done.documents} documents, {done.citations_formatted} "
        f"citations formatted, related documents scored in {time.monotonic() - started:.2f}s",
        file=sys.stderr,
    )


def _not_prepared(problem: str) -> None:
    print(
        f"ingest: warning: build caches not prepared ({problem}); the build makes them",
        file=sys.stderr,
    )


def summary(stats: Stats, problems: list[str], check: bool, seconds: float) -> None:
    err = sys.stderr
    for warning in stats.warnings:
        print(one_line(warning), file=err)
    for failure in stats.failures:
        print(one_line(failure), file=err)
    for problem in problems:
        print(one_line(problem), file=err)
    t = stats.totals
    print(
        f"ingest: {stats.documents} documents ({stats.processed} processed, {stats.cached} "
        f"cached) in {seconds:.2f}s; "
        + (
            f"{len(problems)} pages out of date"
            if check
            else f"{stats.written} pages written, {stats.removed} removed"
        ),
        file=err,
    )
    print(
        f"ingest: repairs {t.get('encoding_repairs', 0)}, unrecoverable "
        f"{t.get('unrecoverable_chars', 0)}, duplicates removed {t.get('duplicates_removed', 0)}, "
        f"boilerplate removed {t.get('boilerplate_lines_removed', 0)}, "
        f"failures {len(stats.failures)}",
        file=err,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", default="sources", help="raw sources (default: sources)")
    parser.add_argument("--out", default="docs/archive", help="pages (default: docs/archive)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    parser.add_argument("--report", metavar="FILE.json", help="write every change made")
    parser.add_argument("--taxonomy", default=str(ROOT / "taxonomy.yml"), help=argparse.SUPPRESS)
    parser.add_argument("--profiles", default=str(ROOT / "profiles.yml"), help=argparse.SUPPRESS)
    parser.add_argument("--cache", default=str(ROOT / ".cache" / "ingest"), help=argparse.SUPPRESS)
    parser.add_argument("--site-config", default=str(ROOT / "mkdocs.yml"), help=argparse.SUPPRESS)
    parser.add_argument("--site-url", help=argparse.SUPPRESS)  # the served URL under mkdocs serve
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
