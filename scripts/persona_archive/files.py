"""Files: paths kept inside a folder, atomic writes, the checksum of a text (the content
caches, ``persona_archive.cache``, are built on these)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import posixpath
import tempfile
from collections.abc import Iterable
from pathlib import Path


def inside(relative: str) -> str | None:
    """``relative`` normalised, or None when it leads out of the folder it is relative to.

    >>> inside("a/./b.txt"), inside("../x"), inside("a/../../x"), inside("/etc/passwd")
    ('a/b.txt', None, None, None)
    """
    norm = posixpath.normpath(relative)
    return None if norm == ".." or norm.startswith(("../", "/")) else norm


def atomic_write(path: Path, text: str | bytes | Iterable[str], durable: bool = True) -> None:
    """Write via a temporary file in the same directory and rename, so no reader (and no crash)
    ever sees a half-written page. ``text`` may come in pieces (an export as large as the
    archive is then never held whole in memory), or be bytes (a gzipped file). A cache entry,
    which is checksummed and remade when it does not check out, is not ``durable``: not
    flushed to the disk before the rename (a crash may leave it empty, never half-written),
    which at 0.4 ms a file was a tenth of a cold ingest."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o644)  # as an ordinary file: readable by a web server (mkstemp: 0600)
        binary = isinstance(text, bytes)
        mode = {"mode": "wb"} if binary else {"mode": "w", "encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, **mode) as handle:
            handle.writelines([text] if isinstance(text, (str, bytes)) else text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def text_digest(text: str) -> str:
    """The checksum of a text, for the caches that remember work on it (lone surrogates of
    undecodable names included).

    >>> text_digest("a") == text_digest("a") != text_digest("b")
    True
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
