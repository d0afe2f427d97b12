"""What a site build would otherwise make first, made by ingest right after it wrote the pages.

A build whose caches are empty formats every document's citations (citeproc-py, ~8 ms a
document) and scores the related documents over the whole collection: at 1,000 documents that
was most of a first build's overhead over vanilla Material (×1.95). Ingest already runs per
changed source and on every core, so it fills the build's own content-keyed caches for the pages
it wrote (``citations.format_all``, ``reading.related_documents``, ``listings.load_collection``):
the build then only reads them. Nothing here changes what the build makes — a build whose cache
is missing or stale makes the same thing itself — it only moves the work to where a change is
already being processed, once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from persona_archive import anchors
from persona_archive.parallel import parallel_map
from persona_archive.site import citations, listings, reading


@dataclass(frozen=True)
class SiteSettings:
    """What of the site's MkDocs configuration the build's caches depend on."""

    site_url: str
    archive_dir: Path  # <docs_dir>/archive, where the build reads the pages
    ledger: Path  # the anchor ledger beside the configuration (``make anchors``)


def site_settings(config_file: Path) -> SiteSettings:
    """``site_url`` and the archive folder as MkDocs reads them (``INHERIT``, ``!ENV`` and the
    Python tags of Markdown extensions, through MkDocs' own YAML loader).

    Raises OSError when the file cannot be read and yaml.YAMLError when it does not parse."""
    from mkdocs.utils.yaml import yaml_load

    with open(config_file, "rb") as f:
        config = yaml_load(f) or {}
    docs_dir = Path(config_file).parent / str(config.get("docs_dir") or "docs")
    ledger = Path(config_file).parent / anchors.LEDGER_FILE
    return SiteSettings(str(config.get("site_url") or ""), docs_dir / "archive", ledger)


@dataclass(frozen=True)
class Prepared:
    """What ``prepare`` found and did (ingest prints it)."""

    documents: int
    citations_formatted: int


def prepare(archive_dir: Path, site_url: str, ledger: Path) -> Prepared:
    """Fill the caches a build of ``archive_dir`` reads: the collection's front matter, every
    record's formatted citations (only those not already cached are formatted) and the related
    documents. ``site_url`` and ``ledger`` must be the build's (a citation holds the page's URL
    and the revision date from the anchor ledger), or the build formats them again."""
    listings.forget_collection()
    citations.forget_records()
    docs = listings.load_collection(archive_dir, listings.CACHE_DIR)  # read by load_records too
    records = citations.load_records(archive_dir, site_url, ledger)
    formatted = citations.format_all(records, citations.CACHE_DIR)
    every_core = functools.partial(parallel_map, minimum=2)  # the build's helper: in order
    reading.related_documents(docs, archive_dir, reading.RELATED_CACHE, every_core)
    return Prepared(len(docs), formatted)
