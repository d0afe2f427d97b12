"""The content cache: work remembered by what it was made from, for the next run.

Ingest keeps its cleaned records, rendered pages and mojibake evidence here, the build its
collection's front matter and related documents. Every cache is a ``ContentCache`` in its own
folder under ``.cache/`` (``paths.CACHE``), safe to delete at any time: a cache is only ever a
shortcut, and whoever asks does the work again when an entry is missing or does not check out.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from persona_archive import files


class ContentCache:
    """JSON values by content key in one folder (safe to delete at any time); a corrupt,
    foreign or edited entry is a miss, never trusted.

    ``directory`` None is no cache at all (every ``get`` a miss); ``enabled`` False reads the
    entries there but never writes or removes one (a ``--check`` run changes nothing).

    An entry is ``directory/<key>.json`` holding ``{"key", "sha256", "value"}``: the
    key it was stored under (a file copied or renamed is foreign) and the checksum of the value
    (a truncated or edited file does not check out). Entries are written atomically but not
    flushed to the disk (``files.atomic_write``: a crash may leave one empty, which is a miss),
    as ASCII JSON (a lone surrogate, from a file name that was not UTF-8, is written as an
    escape); a cache that cannot be written only makes the next run slower.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     cache = ContentCache(Path(d))
    ...     key = ContentCache.key("source text", "code version")
    ...     cache.get(key) is None
    ...     cache.put(key, {"title": "Caf\\u00e9", "words": [1, 2]})
    ...     cache.get(key)
    ...     _ = cache.path(key).write_text('{"key": "x"}')  # damaged: a miss, never trusted
    ...     cache.get(key) is None
    True
    {'title': 'Café', 'words': [1, 2]}
    True
    """

    def __init__(self, directory: Path | None, enabled: bool = True):
        self.directory = None if directory is None else Path(directory)
        self.enabled = enabled

    @staticmethod
    def key(*parts: str) -> str:
        """The key of what is made from ``parts``: the sha256 of the parts joined with NUL
        (lone surrogates, from file names that were not UTF-8, included).

        >>> ContentCache.key("a", "b") == ContentCache.key("a", "b") != ContentCache.key("ab")
        True
        >>> len(ContentCache.key("a"))
        64
        """
        return files.text_digest("\0".join(parts))

    def path(self, key: str) -> Path | None:
        """Where the entry for ``key`` is (it may not be there), None without a directory."""
        return None if self.directory is None else self.directory / f"{key}.json"

    def get(self, key: str):
        """The value stored under ``key``, or None (missing, unreadable, foreign or edited)."""
        path = self.path(key)
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data["key"] == key and data["sha256"] == _checksum(json.dumps(data["value"])):
                return data["value"]
        except (OSError, ValueError, KeyError, TypeError):  # missing or not an entry: a miss
            pass
        return None

    def put(self, key: str, value) -> None:
        """Store ``value`` (anything JSON holds) under ``key``; nothing when not ``enabled``."""
        path = self.path(key)
        if path is not None and self.enabled:
            value_text = json.dumps(value)  # serialised once: checksummed as written
            head = json.dumps({"key": key, "sha256": _checksum(value_text)})
            with contextlib.suppress(OSError):
                files.atomic_write(path, f'{head[:-1]}, "value": {value_text}}}', durable=False)

    def keep_only(self, keys: Iterable[str]) -> None:
        """Remove every entry but those of ``keys`` (what the current collection still uses).

        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     cache = ContentCache(Path(d))
        ...     for key in ("aa1", "aa2", "bb1"):
        ...         cache.put(key, key)
        ...     cache.keep_only({"aa2"})
        ...     sorted(p.name for p in Path(d).rglob("*.json"))
        ['aa2.json']
        """
        if self.directory is None or not self.enabled:
            return
        keep = {f"{key}.json" for key in keys}
        with contextlib.suppress(OSError):  # no folder yet: nothing to remove
            for entry in os.scandir(self.directory):
                if entry.name.endswith(".json") and entry.name not in keep:
                    Path(entry.path).unlink(missing_ok=True)


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("ascii")).hexdigest()
