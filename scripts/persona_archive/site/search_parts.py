"""The lunr search index in parts of bounded size, so no file of the site grows with the archive.

Material's search reads one file, ``search/search_index.json`` (its ``config`` and every entry
in ``docs``): 9.5 MB at 1,000 documents, ~95 MB at 10,000, the site's largest file. Written
here, an index whose file would pass ``PART_BYTES`` becomes

- ``search/search_index.json``: Material's config, with ``config.parts`` the names of the parts
  in order, and no entries (``"docs": []``): Material's page fetches it as before and hands
  ``config`` and ``docs`` to the search worker;
- ``search/search_index-1.json.gz``, ``-2``, …: ``{"docs": [...]}``, the entries in their
  order, each part at most ``PART_BYTES`` before it is gzipped (an entry larger than that alone
  in its part). Gzipped, as only the worker reads them: the index was a fifth of the site
  (issue 20: ~9.7 kB of every document at 1,000 documents, ~2.8 kB gzipped).

The archive's search worker (``overrides/assets/pa-search-worker.js``) fetches the parts in
parallel, unpacks them (``pa-gzip.js``) and gives Material's worker the entries joined, in
order: the same index, so the same results and ranking. An index that fits in one file is
written as Material writes it. ``read_index`` joins the parts for Python readers (tests, the
benchmark).
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from persona_archive.files import atomic_write
from persona_archive.site.site_files import gzipped

# At most this many bytes a file: under the 5 MB a file at any archive size, large enough
# that a 10,000-document index is ~25 requests (fetched in parallel, each gzipped by the host).
PART_BYTES = 4_000_000
PART_BYTES_ENV = "PA_SEARCH_PART_BYTES"  # a smaller bound, for tests that want many parts
INDEX = "search_index.json"
PARTS_KEY = "parts"  # in the index's config: Material's page passes only config and docs on
_PART = "search_index-{}.json.gz"
_PART_NAME = re.compile(r"^search_index-\d+\.json\.gz$")
_STALE_PART = re.compile(r"^search_index-\d+\.json(?:\.gz)?$")  # also an older build's plain parts
_OPEN, _CLOSE = '{"docs":[', "]}"


class PartsError(ValueError):
    pass


def part_bytes(environ: dict | None = None) -> int:
    """The bound of a part in bytes: ``PART_BYTES``, or ``PA_SEARCH_PART_BYTES`` when set.

    >>> part_bytes({}), part_bytes({"PA_SEARCH_PART_BYTES": "2000"})
    (4000000, 2000)
    >>> try:
    ...     part_bytes({"PA_SEARCH_PART_BYTES": "4 MB"})
    ... except PartsError as exc:
    ...     print(exc)
    environment: PA_SEARCH_PART_BYTES='4 MB' is not a whole number of bytes of at least 100
    """
    value = (os.environ if environ is None else environ).get(PART_BYTES_ENV)
    if value is None or value == "":
        return PART_BYTES
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 100:
        raise PartsError(
            f"environment: {PART_BYTES_ENV}={value!r} is not a whole number of bytes of at "
            "least 100"
        )
    return number


def pack(entries: Iterable[str], limit: int) -> Iterable[list[str]]:
    """The entries (each one JSON text), in order, in groups whose part file
    (``{"docs":[...]}``) is at most ``limit`` bytes; an entry too large for any part is a
    group of its own.

    >>> [len(g) for g in pack(["x" * 10] * 5, limit=len('{"docs":[]}') + 21)]
    [2, 2, 1]
    >>> [len(g) for g in pack(["a", "b" * 50, "c"], limit=20)]
    [1, 1, 1]
    """
    room = limit - len(_OPEN) - len(_CLOSE)
    group: list[str] = []
    size = 0
    for entry in entries:
        n = len(entry.encode("utf-8"))
        if group and size + 1 + n > room:
            yield group
            group, size = [], 0
        size += n + (1 if group else 0)
        group.append(entry)
    if group:
        yield group


def write_index(
    folder: Path,
    head: dict,
    entries: Iterable[str],
    limit: int | None = None,
    measure: Callable[[str], None] | None = None,
) -> list[Path]:
    """Write the index of ``head`` (Material's top level, ``config`` and any other key but
    ``docs``) and ``entries`` (each entry's JSON text, in order) into ``folder`` (the site's
    ``search/``): one ``search_index.json`` when it fits in ``limit`` bytes, else the index
    file and its parts. Parts of an earlier build that are not rewritten are removed. Each
    piece written is given to ``measure``; returns the files written, the index file first.

    One part is held in memory at a time: a 100,000-document index is never a whole string.
    """
    folder = Path(folder)
    limit = part_bytes() if limit is None else limit
    head = {key: value for key, value in head.items() if key != "docs"}
    config = {k: v for k, v in (head.get("config") or {}).items() if k != PARTS_KEY}
    if "config" in head:
        head["config"] = config
    written: list[Path] = []

    def write(path: Path, pieces: list[str], packed: bool = False) -> None:
        if measure:
            for piece in pieces:
                measure(piece)
        atomic_write(path, gzipped("".join(pieces).encode("utf-8")) if packed else pieces)
        written.append(path)

    groups = iter(pack(entries, limit))
    first = next(groups, [])
    second = next(groups, None)
    single = _index_text(head, first)
    if second is None and sum(len(p.encode("utf-8")) for p in single) <= limit:
        write(folder / INDEX, single)
        _remove_stale(folder, set(written))
        return written
    names = []
    for number, group in enumerate(_chain(first, second, groups), 1):
        names.append(_PART.format(number))
        write(folder / names[-1], [_OPEN, ",".join(group), _CLOSE], packed=True)
    head = {**head, "config": {**config, PARTS_KEY: names}}
    write(folder / INDEX, _index_text(head, []))
    written.insert(0, written.pop())
    _remove_stale(folder, set(written))
    return written


def _chain(first: list[str], second: list[str] | None, rest: Iterable[list[str]]):
    yield first
    if second is not None:
        yield second
        yield from rest


def _index_text(head: dict, entries: list[str]) -> list[str]:
    opening = _json(head)[:-1] + ("," if head else "") + '"docs":['
    return [opening, ",".join(entries), _CLOSE]


def _remove_stale(folder: Path, keep: set[Path]) -> None:
    for path in folder.glob("search_index-*.json*"):
        if _STALE_PART.match(path.name) and path not in keep:
            path.unlink()


def index_files(folder: Path) -> list[Path]:
    """The files of the index in ``folder`` (the site's ``search/``): the index file, then its
    parts in order; none when there is no index file."""
    folder = Path(folder)
    path = folder / INDEX
    if not path.is_file():
        return []
    names = _parts_of(path, json.loads(path.read_text(encoding="utf-8")))
    return [path, *(folder / name for name in names)]


def read_index(folder: Path) -> dict:
    """The whole index in ``folder`` (the site's ``search/``), its parts joined in order as the
    search worker joins them: Material's shape, ``config`` (without ``parts``) and ``docs``.

    Raises ``PartsError`` naming the file when a part is missing or is not an index part."""
    folder = Path(folder)
    path = folder / INDEX
    data = json.loads(path.read_text(encoding="utf-8"))
    names = _parts_of(path, data)
    docs = list(data.get("docs") or [])
    for name in names:
        part = folder / name
        try:
            more = json.loads(read_part(part))
        except FileNotFoundError:
            raise PartsError(f"{path}: its part {name} is missing") from None
        except (ValueError, EOFError, gzip.BadGzipFile) as exc:
            raise PartsError(f"{part}: not gzipped JSON ({exc})") from None
        if not isinstance(more, dict) or not isinstance(more.get("docs"), list):
            raise PartsError(f'{part}: not a part of the search index (no "docs" list)')
        docs.extend(more["docs"])
    if names:
        data["config"] = {k: v for k, v in data["config"].items() if k != PARTS_KEY}
    data["docs"] = docs
    return data


def read_part(path: Path) -> str:
    """The text of a part of the index (gzipped in the site)."""
    return gzip.decompress(Path(path).read_bytes()).decode("utf-8")


def _parts_of(path: Path, data: dict) -> list[str]:
    names = (data.get("config") or {}).get(PARTS_KEY) or []
    for name in names:
        if not isinstance(name, str) or not _PART_NAME.match(name):
            raise PartsError(f"{path}: config.{PARTS_KEY} names {name!r}, not an index part")
    return names


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
