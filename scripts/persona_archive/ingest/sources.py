"""Finding the raw sources, and reading them safely: only regular files inside the sources
folder, never a pipe or a symlink out of it, none larger than ``MAX_SOURCE_BYTES``."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from persona_archive.cleaning import decoding
from persona_archive.errors import SourceError


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


@dataclass
class Decoded:
    """The sources read and decoded (in source order, with their sha256), and what was said
    about the others: a file that is not text fails here, alone."""

    texts: dict[str, decoding.Decoded] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def decode_all(found: Found, root: Path) -> Decoded:
    """Read and decode every source ``find_sources`` found under ``root``."""
    out = Decoded()
    for name, path in found.sources:
        try:
            data = read_source(path, root)
            out.digests[name] = hashlib.sha256(data).hexdigest()
            out.texts[name] = decoding.decode(data)
            out.warnings += [f"{path}: warning: {note}" for note in out.texts[name].notes]
        except OSError as exc:
            out.failures.append(f"{path}: cannot read: {exc.strerror or exc}")
        except SourceError as exc:
            out.failures.append(f"{path}: {exc}")
        except (ValueError, LookupError, MemoryError) as exc:  # a decoder bug must not stop the run
            out.failures.append(f"{path}: cannot decode: {exc!r}")
    return out


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
