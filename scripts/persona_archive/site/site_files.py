"""The archive's many small files in the built site (raw originals, per-document citation files,
cleaning logs, exports), made and written by the helper process while the site generator
converts pages.

Each document brings five such files; at 1,000 documents creating them one by one took 3.6 s of a
20 s build, nearly all of it in the kernel, which a second core does beside the first (a thread
would not do: it waits for the interpreter lock after every system call). MkDocs is told about
each file (so links to it are checked) as one it has nothing to copy; the files are queued until
``release`` (the work the pages wait for goes to the helper first) and ``finish`` waits for them
once the pages are built.
"""

from __future__ import annotations

import functools
import gzip
import os
import posixpath
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path

from persona_archive import parallel
from persona_archive.files import inside

BATCH = 250  # files per message to the helper process
Made = dict | Iterable[tuple[str, "str | bytes | Iterable[str]"]]  # what a ``make`` function gives


class Writer:
    """Writes files under ``site_dir``, in batches, in the helper process (``parallel``): held
    until ``release`` (or ``wait``), then in order. ``wait`` returns when all are written and
    raises the first failure, naming the file."""

    def __init__(self, site_dir: Path):
        self.site_dir = Path(site_dir)
        self._batch: list[tuple[str, str, str | bytes | None, str | None, bool]] = []
        self._held: list[tuple[Callable, tuple]] = []
        self._released = False
        self._pending: list[Future] = []

    def write(self, uri: str, content: str | bytes) -> None:
        """Write ``content`` (text or bytes) to ``site_dir/uri``."""
        self._add((uri, str(self.path(uri)), content, None, False))

    def copy(self, uri: str, src: Path, *, compress: bool = False) -> None:
        """Copy the file ``src`` byte for byte to ``site_dir/uri``, or gzip it there
        (``compress``: the same bytes on every build, see ``gzipped``)."""
        self._add((uri, str(self.path(uri)), None, str(src), compress))

    def make(self, function: Callable[..., Made], *args) -> None:
        """Write the files ``function(*args)`` makes, ``{uri: text, bytes or text in pieces}``
        or such pairs: the work of making them is done in the helper process too."""
        self._submit(make_files, (str(self.site_dir), function, args))

    def release(self) -> None:
        """Hand every file held so far, and every later one, to the helper process."""
        self._flush()
        self._released = True
        held, self._held = self._held, []
        for function, args in held:
            self._pending.append(parallel.background(function, *args))

    def wait(self) -> None:
        self.release()
        pending, self._pending = self._pending, []
        errors = [error for future in pending for error in future.result()]
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise OSError(f"{errors[0]}{more}")

    def _add(self, task) -> None:
        self._batch.append(task)
        if len(self._batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        if batch:
            self._submit(write_batch, (batch,))

    def _submit(self, function: Callable, args: tuple) -> None:
        if self._released:
            self._pending.append(parallel.background(function, *args))
        else:
            self._held.append((function, args))

    def path(self, uri: str) -> Path:
        """Where ``uri`` is written (refused when it would leave the site directory)."""
        norm = inside(uri)
        if norm is None:
            raise ValueError(f"site file {uri!r}: outside the site directory")
        return self.site_dir / norm


def write_batch(
    batch: Iterable[tuple[str, str, str | bytes | None, str | None, bool]],
) -> list[str]:
    """Write each ``(uri, destination, content, source to copy, compress the copy)``; a message
    per failure (the others are still written)."""
    errors, made = [], set()
    for uri, dest, content, src, compress in batch:
        try:
            parent = posixpath.dirname(dest)
            if parent not in made:
                Path(parent).mkdir(parents=True, exist_ok=True)
                made.add(parent)
            if src is not None and compress:
                Path(dest).write_bytes(gzipped(Path(src).read_bytes()))
            elif src is not None:
                shutil.copyfile(src, dest)
            elif isinstance(content, bytes):
                Path(dest).write_bytes(content)
            else:
                with open(dest, "w", encoding="utf-8", newline="\n") as handle:
                    handle.writelines([content] if isinstance(content, str) else content)
        except OSError as error:
            errors.append(f"site file {uri}: could not be written: {error}")
    return errors


def make_files(site_dir: str, function: Callable[..., Made], args: tuple) -> list[str]:
    """Make the files of ``function(*args)`` and write them under ``site_dir``: a dict, or
    ``(uri, content)`` pairs written as they come (so that only one is in memory at a time)."""
    writer = Writer(Path(site_dir))
    made = function(*args)
    pairs = made.items() if isinstance(made, dict) else made
    return write_batch((uri, str(writer.path(uri)), text, None, False) for uri, text in pairs)


def gzipped(data: bytes) -> bytes:
    """``data`` gzipped with no name and no time in the header, so a rebuild gives the same
    bytes (the site is reproducible from its sources).

    >>> gzip.decompress(gzipped(b"raw")) == b"raw" and gzipped(b"raw") == gzipped(b"raw")
    True
    """
    return gzip.compress(data, compresslevel=9, mtime=0)


# --- the build's writer, shared by the hooks -------------------------------------------------

_current: dict[str, Writer] = {}


def writer(site_dir: Path) -> Writer:
    """The writer of the build into ``site_dir`` (made on first use, after MkDocs cleaned it)."""
    key = os.path.abspath(site_dir)  # not resolve(): asked for every file, it must be cheap
    if key not in _current:
        _current[key] = Writer(Path(site_dir))
    return _current[key]


def release(site_dir: Path) -> None:
    """Let the helper process start on the files of the build into ``site_dir``."""
    writer(site_dir).release()


def finish(site_dir: Path) -> None:
    """Wait for every file of the build into ``site_dir``; raise the first failure."""
    found = _current.pop(os.path.abspath(site_dir), None)
    if found is not None:
        found.wait()


def discard() -> None:
    """Forget every writer (a build failed, or a new one starts)."""
    _current.clear()


def add(
    files,
    config,
    uri: str,
    *,
    content: str | bytes = "",
    src: Path | None = None,
    compress: bool = False,
) -> None:
    """Put ``uri`` in the built site, a copy of ``src`` (gzipped when ``compress``) or
    ``content``, written by the helper process, and register it with MkDocs."""
    site = writer(Path(config["site_dir"]))
    if src is not None:
        site.copy(uri, src, compress=compress)
    else:
        site.write(uri, content)
    register(files, config, [uri])


def add_made(files, config, uris: list[str], function: Callable[..., Made], *args) -> None:
    """Put the files ``function(*args)`` makes (``{uri: content}`` or pairs) in the built site,
    made and written by the helper process; the ``uris`` (those pages may link to) are
    registered with MkDocs now."""
    writer(Path(config["site_dir"])).make(function, *args)
    register(files, config, uris)


def register(files, config, uris: list[str]) -> None:
    """Tell MkDocs about files the helper process writes into the site: links to them are
    checked like any other, and MkDocs has nothing to copy."""
    written = _written_file()
    site_dir, directory_urls = config["site_dir"], config["use_directory_urls"]
    for uri in uris:
        files.append(written(uri, site_dir, site_dir, directory_urls))


@functools.cache
def _written_file():
    from mkdocs.structure.files import File

    class WrittenFile(File):
        """A static file of the site that the helper process writes (``site_files``)."""

        def copy_file(self, dirty: bool = False) -> None:
            pass

    return WrittenFile
