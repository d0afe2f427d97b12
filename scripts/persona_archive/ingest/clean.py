"""Cleaning every source: the corpus-wide evidence for mojibake repair, then each source cleaned
on every core, or its record taken from the cache when nothing it depends on has changed (its
bytes, its catalog entry, the evidence that bears on it, the cleaning code)."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from persona_archive.cache import ContentCache
from persona_archive.cleaning import decoding, mojibake, pipeline
from persona_archive.cleaning.catalog import Entry
from persona_archive.ingest import report
from persona_archive.parallel import parallel_map

CACHE_VERSION = 1


def code_digest() -> str:
    """A hash of everything that shapes a page besides the source: code, schemas, profiles."""
    h = hashlib.sha256(str(CACHE_VERSION).encode())
    package = Path(pipeline.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".yml", ".yaml", ".txt"}:
            h.update(path.relative_to(package).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


# --- the evidence for mojibake repair --------------------------------------------------------


class Text(NamedTuple):
    """One source's text to find the undamaged contexts in, and the key they are kept under."""

    key: str
    text: str


def evidence(
    texts: dict[str, decoding.Decoded], digests: dict[str, str], code: str, cache: ContentCache
) -> mojibake.Evidence:
    """The corpus-level evidence for mojibake repair (the same characters undamaged elsewhere):
    each source's contexts, kept in ``cache`` by its content, found on every core for the
    others. Entries of sources no longer in the archive are dropped."""
    keys = {name: ContentCache.key(code, digests[name]) for name in texts}
    contexts = {name: _contexts_from_json(cache.get(keys[name])) for name in texts}
    missing = [name for name, found in contexts.items() if found is None]
    todo = [Text(keys[name], texts[name].text) for name in missing]
    found = parallel_map(functools.partial(_contexts, cache), todo)
    contexts.update(zip(missing, found, strict=True))
    cache.keep_only(keys.values())
    return mojibake.Evidence.merge(contexts.values())


def _contexts(cache: ContentCache, text: Text) -> dict[tuple[str, ...], int]:
    """One source's contexts, found and kept (in a worker process)."""
    found = mojibake.Evidence.contexts(text.text)
    cache.put(text.key, [[list(k), n] for k, n in sorted(found.items())])
    return found


def _contexts_from_json(data) -> dict[tuple[str, ...], int] | None:
    try:
        return {tuple(k): int(n) for k, n in data}
    except (TypeError, ValueError):  # None (a miss), or not a list of pairs
        return None


# --- each source -----------------------------------------------------------------------------


class Task(NamedTuple):
    """One source to clean: what ``pipeline.process`` takes, and the key its record is kept
    under."""

    key: str
    name: str
    decoded: decoding.Decoded
    sha256: str
    entry: Entry
    settings: pipeline.Settings
    evidence: mojibake.Evidence


class Outcome(NamedTuple):
    """A task's record, or the error that stopped it."""

    record: pipeline.Processed | None
    error: str | None


@dataclass
class Cleaned:
    """Every source's record, in source order, and the key it is kept under; how many were
    cleaned and taken from the cache; the sources that failed, with the error."""

    records: dict[str, pipeline.Processed] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    processed: int = 0
    cached: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def clean_all(
    texts: dict[str, decoding.Decoded],
    digests: dict[str, str],
    catalog: dict[str, Entry],
    settings: pipeline.Settings,
    evidence: mojibake.Evidence,
    code: str,
    cache: ContentCache,
) -> Cleaned:
    """Clean every source (``texts``, with their sha256 in ``digests``), or take its record from
    ``cache``; a source that fails never stops the others."""
    out = Cleaned()
    todo = []
    for name, decoded in texts.items():
        entry = catalog.get(name, Entry())
        relevant = evidence.relevant_to(decoded.text)
        key = ContentCache.key(code, digests[name], repr(entry), relevant.digest())
        out.keys[name] = key
        record = _record(cache.get(key))
        if record is None or record.source_file != name:
            todo.append(Task(key, name, decoded, digests[name], entry, settings, relevant))
        else:
            out.records[name] = record
            out.cached += 1
    outcomes = zip(todo, parallel_map(functools.partial(clean_one, cache), todo), strict=True)
    for task, (record, error) in report.progress(outcomes, len(todo)):
        if error is not None:
            out.errors.append((task.name, error))
        else:
            out.records[task.name] = record
            out.processed += 1
    out.records = {name: out.records[name] for name in texts if name in out.records}
    return out


def clean_one(cache: ContentCache, task: Task) -> Outcome:
    """Clean one source (in a worker process) and keep its record (the cache's files are made
    on every core too)."""
    try:
        record = pipeline.process(
            task.name, task.decoded, task.sha256, task.entry, task.settings, task.evidence
        )
    except Exception as exc:  # reported for this source alone
        return Outcome(None, repr(exc))
    cache.put(task.key, record.to_json())  # key order is part of the record: JSON keeps it
    return Outcome(record, None)


def _record(data) -> pipeline.Processed | None:
    """A cached record, or None when there is none or it is not one."""
    try:
        return pipeline.Processed.from_json(data)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
