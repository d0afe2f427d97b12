"""The run manifest: what the last run read and wrote, so that a re-run with nothing changed
stops after hashing the files instead of decoding, cleaning and rendering them again."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from persona_archive import files
from persona_archive.cleaning import provenance
from persona_archive.errors import SourceError
from persona_archive.ingest.sources import Found, source_digest


def input_digest(code: str, configuration: Iterable[Path], out_dir: Path, dates: dict) -> str:
    """Everything besides the files' stamps that a page depends on, as one hash: the code
    (``clean.code_digest``), the configuration files (by path and content), the out dir and
    the git dates."""
    h = hashlib.sha256(code.encode())
    for path in configuration:
        h.update(b"\0" + str(path.resolve()).encode())
        with contextlib.suppress(OSError):
            h.update(path.read_bytes())
    h.update(str(out_dir.resolve()).encode())
    h.update(json.dumps(dates, sort_keys=True).encode())
    return h.hexdigest()


class Manifest:
    """What the last run read and wrote, in ``.cache/ingest/manifest.json``.

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

    @staticmethod
    def _source_digest(path: Path, root: Path) -> str | None:
        """A source's sha256, read in chunks (a web archive may be larger than any text)."""
        try:
            return source_digest(path, root)
        except (OSError, SourceError):
            return None

    @classmethod
    def outputs(cls, out_dir: Path) -> dict[str, str | None]:
        globs = ("*.md", provenance.GLOB, ".*.tmp")  # a temp file is left by a killed run
        found = [p for g in globs for p in out_dir.glob(g)] if out_dir.is_dir() else []
        return {p.name: cls._digest(p.read_bytes) for p in sorted(found)}

    @classmethod
    def state(cls, inputs: str, found: Found, root: Path, out_dir: Path) -> dict:
        return {
            "inputs": inputs,
            "sources": [[n, cls._source_digest(p, root)] for n, p in found.sources],
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
