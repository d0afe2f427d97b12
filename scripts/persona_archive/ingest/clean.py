"""Cleaning every source: the corpus-wide evidence for mojibake repair and each site's template,
then each source cleaned on every core, or its record taken from the cache when nothing it
depends on has changed (its bytes, its catalog entry, the evidence that bears on it, the
cleaning code)."""

from __future__ import annotations

import contextlib
import functools
import hashlib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from persona_archive.cache import ContentCache
from persona_archive.cleaning import decoding, mojibake, pipeline, template
from persona_archive.cleaning.catalog import Entry
from persona_archive.ingest import report, webarchive
from persona_archive.parallel import parallel_map

CACHE_VERSION = 1


def code_digest() -> str:
    """A hash of everything that shapes a page besides the source: code, schemas, profiles,
    the web archive reader, and the versions of the libraries that read web pages (another
    extractor version may find another main text)."""
    h = hashlib.sha256(str(CACHE_VERSION).encode())
    package = Path(pipeline.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".yml", ".yaml", ".txt"}:
            h.update(path.relative_to(package).as_posix().encode())
            h.update(path.read_bytes())
    h.update(Path(webarchive.__file__).read_bytes())
    for library in ("trafilatura", "htmldate", "justext", "lxml", "warcio"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            h.update(f"{library}=={metadata.version(library)}".encode())
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


# --- the sites' templates --------------------------------------------------------------------


def site_of(entry: Entry) -> str | None:
    """The site whose template applies to a source (its catalog ``site``, else its URL's host)."""
    return template.site_key(entry.site, entry.url)


def templates(
    texts: dict[str, decoding.Decoded],
    digests: dict[str, str],
    catalog: dict[str, Entry],
    code: str,
    cache: ContentCache,
) -> template.TemplateEvidence:
    """Each site's template (``template.learn``), from the decoded sources of every site with
    enough of them to tell one. One cache entry, keyed by which source (by content) belongs to
    which site: a run on the same sources reads it, any change learns again (a second or so at
    10,000 sources)."""
    sites: dict[str, list[str]] = {}
    for name in texts:
        site = site_of(catalog.get(name, Entry()))
        if site is not None:
            sites.setdefault(site, []).append(name)
    sites = {s: names for s, names in sites.items() if len(names) >= template.MIN_SOURCES}
    membership = "\n".join(
        f"{site}\0{digests[name]}" for site, names in sorted(sites.items()) for name in names
    )
    key = ContentCache.key(code, membership)
    try:
        found = template.TemplateEvidence.from_json(cache.get(key))
    except (TypeError, ValueError, AttributeError):  # None (a miss), or not evidence
        found = template.learn({s: [texts[n].text for n in names] for s, names in sites.items()})
        cache.put(key, found.to_json())
    cache.keep_only([key])
    return found


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
    template: template.SiteTemplate | None


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
    templates: template.TemplateEvidence | None = None,
) -> Cleaned:
    """Clean every source (``texts``, with their sha256 in ``digests``), or take its record from
    ``cache``; a source that fails never stops the others. A record is keyed by what it is made
    from, the evidence included: the mojibake evidence that bears on the text, and the template
    of its site (a new source that changes the template cleans the site's other sources again)."""
    out = Cleaned()
    todo = []
    templates = templates or template.TemplateEvidence()
    for name, decoded in texts.items():
        entry = catalog.get(name, Entry())
        relevant = evidence.relevant_to(decoded.text)
        site_template = templates.for_site(site_of(entry))
        learned = site_template.digest() if site_template else ""
        key = ContentCache.key(code, digests[name], repr(entry), relevant.digest(), learned)
        out.keys[name] = key
        record = _record(cache.get(key))
        if record is None or record.source_file != name:
            todo.append(
                Task(key, name, decoded, digests[name], entry, settings, relevant, site_template)
            )
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
            task.name,
            task.decoded,
            task.sha256,
            task.entry,
            task.settings,
            task.evidence,
            task.template,
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
