"""The archive's many small files in the built site (raw originals, per-document citation files,
cleaning logs, exports), written by a helper process while the site generator converts pages.

Each document brings five such files; at 1,000 documents creating them one by one took 3.6 s of a
20 s build, nearly all of it in the kernel, which a second core does beside the first (a thread
would not do: it waits for the interpreter lock after every system call). The files are written
straight into the site directory and registered with MkDocs as already there (source path =
destination path: MkDocs then skips the copy, its documented way for plugins to write into
``site_dir``); ``finish`` waits for them before MkDocs copies the other static files.
"""

from __future__ import annotations

import posixpath
import shutil
from concurrent.futures import Future
from pathlib import Path

from . import parallel

BATCH = 250  # files per message to the helper process


class Writer:
    """Writes files under ``site_dir``, in batches, in a helper process (in this one when there
    is a single core); ``wait`` returns when all are written and raises the first failure,
    naming the file."""

    def __init__(self, site_dir: Path, background: bool | None = None):
        self.site_dir = Path(site_dir)
        background = parallel.spare_core() if background is None else background
        self._pool = parallel.pool(1) if background else None
        self._batch: list[tuple[str, str, str | bytes | None, str | None]] = []
        self._pending: list[Future] = []
        self._errors: list[str] = []

    def write(self, uri: str, content: str | bytes) -> None:
        """Write ``content`` (text or bytes) to ``site_dir/uri``."""
        self._add((uri, str(self._dest(uri)), content, None))

    def copy(self, uri: str, src: Path) -> None:
        """Copy the file ``src`` byte for byte to ``site_dir/uri``."""
        self._add((uri, str(self._dest(uri)), None, str(src)))

    def wait(self) -> None:
        self._flush()
        pending, self._pending = self._pending, []
        for future in pending:
            self._errors += future.result()
        errors, self._errors = self._errors, []
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise OSError(f"{errors[0]}{more}")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _add(self, task) -> None:
        self._batch.append(task)
        if len(self._batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        if not batch:
            return
        if self._pool is None:
            self._errors += write_batch(batch)
        else:
            self._pending.append(self._pool.submit(write_batch, batch))

    def _dest(self, uri: str) -> Path:
        norm = posixpath.normpath(uri)
        if norm == ".." or norm.startswith(("../", "/")):
            raise ValueError(f"site file {uri!r}: outside the site directory")
        return self.site_dir / norm


def write_batch(batch: list[tuple[str, str, str | bytes | None, str | None]]) -> list[str]:
    """Write each ``(uri, destination, content, source to copy)``; a message per failure (the
    others are still written)."""
    errors, made = [], set()
    for uri, dest, content, src in batch:
        try:
            parent = posixpath.dirname(dest)
            if parent not in made:
                Path(parent).mkdir(parents=True, exist_ok=True)
                made.add(parent)
            if src is not None:
                shutil.copyfile(src, dest)
            elif isinstance(content, bytes):
                Path(dest).write_bytes(content)
            else:
                with open(dest, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(content)
        except OSError as error:
            errors.append(f"site file {uri}: could not be written: {error}")
    return errors


# --- the build's writer, shared by the hooks -------------------------------------------------

_current: dict[str, Writer] = {}


def writer(site_dir: Path) -> Writer:
    """The writer of the build into ``site_dir`` (made on first use, after MkDocs cleaned it)."""
    key = str(Path(site_dir).resolve())
    if key not in _current:
        _current[key] = Writer(Path(site_dir))
    return _current[key]


def finish(site_dir: Path) -> None:
    """Wait for every file of the build into ``site_dir``; raise the first failure."""
    found = _current.pop(str(Path(site_dir).resolve()), None)
    if found is not None:
        try:
            found.wait()
        finally:
            found.close()


def discard() -> None:
    """Stop every writer (a build failed, or a new one starts)."""
    while _current:
        _current.popitem()[1].close()


def add(files, config, uri: str, *, content: str | bytes | None = None, src: Path | None = None):
    """Put ``uri`` in the built site, from ``content`` or a copy of ``src``, in the background,
    and register it with MkDocs (``files``, ``config``) as a static file already in place."""
    from mkdocs.structure.files import File

    site = writer(Path(config["site_dir"]))
    if src is not None:
        site.copy(uri, src)
    else:
        site.write(uri, content if content is not None else "")
    site_dir = config["site_dir"]
    files.append(File(uri, site_dir, site_dir, config["use_directory_urls"]))
