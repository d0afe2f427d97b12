"""Ingest: turn every raw source under ``sources/`` into one clean Markdown page.

    python scripts/ingest.py [--sources DIR] [--out DIR] [--check] [--report FILE.json]

Exit status: 0 all converted; 1 some source could not be converted (each reported on stderr as
``<path>: <reason>``, every other page still written); 2 usage or configuration error.

``ingest`` below is the run, read top to bottom: find the sources (and stop there if no file
changed since the last run), load the configuration, decode every source, gather the corpus
evidence for mojibake repair and learn each site's template, clean each source (on every core)
or take it from the cache, give every page its collection-wide names, render the pages, write
what changed and remove pages whose source is gone, print a summary; then, when the pages are
the site's, prepare what its build reads (``prebuild``: citations, related documents).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from persona_archive import paths
from persona_archive.cache import ContentCache
from persona_archive.cleaning import pipeline
from persona_archive.cleaning.catalog import Entry, known_tags_check, load_catalog
from persona_archive.errors import ConfigError
from persona_archive.ingest import clean, report
from persona_archive.ingest.manifest import Manifest, input_digest
from persona_archive.ingest.naming import assemble, taken_names
from persona_archive.ingest.pages import render_and_sync
from persona_archive.ingest.report import Stats
from persona_archive.ingest.sources import decode_all, find_sources, first_added_dates
from persona_archive.ingest.webarchive import file_of
from persona_archive.parallel import release_memory
from persona_archive.site import prebuild


def main(argv: list[str] | None = None) -> int:
    """Ingest, then prepare the build when anything may have changed (the records are gone by
    then: at 10,000 documents they are most of ingest's memory)."""
    args = arguments().parse_args(argv)
    code, changed = ingest(args)
    if changed and not args.check:
        release_memory()  # the records' memory, before the build's preparation takes its own
        prepare_build(args, Path(args.out))
    return code


def arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", default="sources", help="raw sources (default: sources)")
    parser.add_argument("--out", default="docs/archive", help="pages (default: docs/archive)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    parser.add_argument("--report", metavar="FILE.json", help="write every change made")
    parser.add_argument("--taxonomy", default=str(paths.TAXONOMY), help=argparse.SUPPRESS)
    parser.add_argument("--profiles", default=str(paths.PROFILES), help=argparse.SUPPRESS)
    parser.add_argument("--cache", default=str(paths.CACHE / "ingest"), help=argparse.SUPPRESS)
    parser.add_argument("--site-config", default=str(paths.SITE_CONFIG), help=argparse.SUPPRESS)
    parser.add_argument("--site-url", help=argparse.SUPPRESS)  # the served URL under mkdocs serve
    return parser


def ingest(args: argparse.Namespace) -> tuple[int, bool]:
    """Write (or check) the pages: the exit code, and whether this was more than a no-op."""
    started = time.monotonic()
    sources_dir, out_dir, cache_dir = Path(args.sources), Path(args.out), Path(args.cache)
    if not sources_dir.is_dir():
        print(f"ingest: {sources_dir}: sources directory not found", file=sys.stderr)
        return 2, False
    writing = not args.check  # --check reads the caches, and writes nothing at all

    # 1. Find the sources; stop here if nothing changed since the last run (the same sources,
    # pages, configuration and code, by content).
    found = find_sources(sources_dir)
    dates = first_added_dates(sources_dir)
    today = datetime.now(UTC).date().isoformat()
    code = clean.code_digest()
    configuration = (sources_dir / "catalog.yml", Path(args.taxonomy), Path(args.profiles))
    state = Manifest.state(
        input_digest(code, configuration, out_dir, dates), found, sources_dir, out_dir
    )
    manifest = Manifest(cache_dir / "manifest.json", enabled=writing and not args.report)
    last = manifest.unchanged(state, today)
    if last is not None:
        stats = Stats(**last)
        report.summary(stats, [], False, time.monotonic() - started)
        return stats.exit_code, False
    manifest.forget()  # until this run has finished

    # 2. Load the configuration: the catalog, the taxonomy and the boilerplate profiles.
    try:
        catalog_path = sources_dir / "catalog.yml"
        catalog = load_catalog(catalog_path, sources_dir)
        settings = pipeline.load_settings(Path(args.taxonomy), Path(args.profiles))
        known_tags_check(catalog_path, catalog, {t.slug for t in settings.tags})
    except ConfigError as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return 2, False

    # 3. Read and decode every source (a saved web page's main text and metadata extracted, a
    # web archive's HTML pages each a source of its own); a file that is not text fails here,
    # alone.
    extracted = ContentCache(cache_dir / "webpages", enabled=writing)
    read = decode_all(found, sources_dir, extracted, code)
    extracted.keep_only(read.page_keys)
    # (documents: a web archive holds many; each unreadable source or record counts as one)
    stats = Stats(documents=len(read.texts) + len(read.failures), warnings=read.warnings)
    stats.failures = [f"{sources_dir / name}: {why}" for name, why in found.skipped]
    stats.failures += read.failures

    # 4. The corpus-level evidence: for mojibake repair (the same text undamaged elsewhere), and
    # each site's template (lines that recur at the top or bottom of most of its pages).
    contexts = ContentCache(cache_dir / "contexts", enabled=writing)
    evidence = clean.evidence(read.texts, read.digests, code, contexts)
    learned = ContentCache(cache_dir / "templates", enabled=writing)
    templates = clean.templates(read.texts, read.digests, catalog, code, learned)

    # 5. Clean each source (on every core), or take its record from the cache.
    cache = ContentCache(cache_dir / "records", enabled=writing)
    done = clean.clean_all(
        read.texts, read.digests, catalog, settings, evidence, code, cache, templates
    )
    stats.processed, stats.cached = done.processed, done.cached
    stats.failures += [f"{sources_dir / name}: internal error: {e}" for name, e in done.errors]
    records = done.records

    # 6. Collection-wide names: archived dates, unique slugs and citation keys (a slug is never
    # a hand-written page's name in the out dir, nor "index").
    names = assemble(records, catalog, dates, today, taken=taken_names(out_dir))

    # 7. Render every page and its cleaning log (or take the page from the cache), and write
    # them (or, with --check, compare), a batch at a time; remove pages whose source is gone.
    del read  # the raw texts: every record is made
    memo = ContentCache(cache_dir / "pages", enabled=writing)
    synced = render_and_sync(records, done.keys, names, memo, out_dir, check=args.check)
    stats.written, stats.removed = synced.written, synced.removed
    stats.count_cleaning(records)
    if args.report:
        report.write_report(Path(args.report), records, stats)
    if writing:  # what the next run compares with (a page dated today is stale tomorrow)
        dated_today = any(
            not (catalog.get(n, Entry()).archived or records[n].archived or file_of(n) in dates)
            for n in records
        )
        state["outputs"] = Manifest.outputs(out_dir)
        manifest.save(state, today if dated_today else None, stats.for_next_run(len(records)))

    # 8. The summary.
    report.summary(stats, synced.problems, args.check, time.monotonic() - started)
    return (1 if args.check and synced.problems else stats.exit_code), True


def prepare_build(args: argparse.Namespace, out_dir: Path) -> None:
    """Make what the site build would make first (``prebuild``), when ``out_dir`` is the folder
    the site is built from. Best effort: the build makes whatever is missing itself, so a
    failure here is a warning, never a failed ingest."""
    started = time.monotonic()
    config = Path(args.site_config)
    try:
        site = prebuild.site_settings(config)
    except FileNotFoundError:
        return  # no site here to prepare for
    except Exception as exc:  # an optimisation must not fail the ingest
        return _not_prepared(f"{config}: {exc}")
    if site.archive_dir.resolve() != out_dir.resolve():
        return  # the pages went elsewhere: not what the site is built from
    try:
        site_url = site.site_url if args.site_url is None else args.site_url
        done = prebuild.prepare(out_dir, site_url, site.ledger)
    except Exception as exc:  # an optimisation must not fail the ingest
        return _not_prepared(repr(exc))
    print(
        f"ingest: build prepared: {done.documents} documents, {done.citations_formatted} "
        f"citations formatted, related documents scored in {time.monotonic() - started:.2f}s",
        file=sys.stderr,
    )


def _not_prepared(problem: str) -> None:
    print(
        f"ingest: warning: build caches not prepared ({problem}); the build makes them",
        file=sys.stderr,
    )


if __name__ == "__main__":
    sys.exit(main())
