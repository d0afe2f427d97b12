"""The anchor ledger's command: keep every published paragraph link and document URL working.

    python scripts/anchors.py [--archive DIR] [--ledger FILE] [--check] [--site DIR]
    persona-archive-anchors ...          (the same, installed by the Makefile)

Reads the generated pages (``docs/archive``, written by ingest) and updates the ledger
(``anchors.lock``): every document's slug and paragraph ids, aliases for ids whose text
changed (best text match, else the nearest surviving neighbour), redirects for changed slugs, and
the date each revision of a text first appeared. ``make anchors`` runs it after ingest; commit the
ledger with the change that caused it.

``--check`` writes nothing and exits 1 when the ledger is not up to date with the pages; with
``--site DIR`` it also checks that the built site still has every id and URL the ledger promises.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from persona_archive import anchors, paths
from persona_archive.files import atomic_write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", default=str(paths.ROOT / "docs" / "archive"))
    parser.add_argument("--ledger", default=str(paths.ROOT / anchors.LEDGER_FILE))
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    parser.add_argument("--site", help="with --check: the built site to check against")
    parser.add_argument("--today", help=argparse.SUPPRESS)  # for tests
    args = parser.parse_args(argv)
    ledger_path = Path(args.ledger)
    try:
        ledger = anchors.load_ledger(ledger_path)
    except ValueError as exc:
        print(f"anchors: {exc}", file=sys.stderr)
        return 2
    pages = anchors.read_pages(Path(args.archive))
    if not pages:
        print(f"anchors: no generated pages in {args.archive} (run ingest first)", file=sys.stderr)
        return 2
    today = args.today or datetime.now(UTC).date().isoformat()
    updated, notes = anchors.update_ledger(ledger, pages, today)
    if args.check:
        problems = []
        if anchors.dump_ledger(updated) != anchors.dump_ledger(ledger):
            problems.append(f"{ledger_path}: out of date with {args.archive}; run `make anchors`")
            problems += [f"  {n}" for n in notes]
        if args.site:
            problems += anchors.site_problems(ledger, Path(args.site))
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for note in notes:
        print(f"anchors: {note}", file=sys.stderr)
    text = anchors.dump_ledger(updated)
    try:
        current = ledger_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        current = None
    if text != current:
        atomic_write(ledger_path, text)
    ids = sum(len(d["paragraphs"]) + len(d["aliases"]) for d in updated["documents"].values())
    print(
        f"anchors: {len(updated['documents'])} documents, {ids} ids, "
        f"{len(updated['redirects'])} redirects; {ledger_path} "
        + ("updated" if text != current else "unchanged"),
        file=sys.stderr,
    )
    return 0
