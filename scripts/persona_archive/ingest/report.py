"""What a run tells: its progress on a terminal, the one-screen summary every run ends with
(on stderr), and ``--report FILE.json`` (every change made to every source)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from persona_archive import files
from persona_archive.cleaning import pipeline

T = TypeVar("T")
# The kinds of evidence chrome is removed on (a boilerplate change's rule, before any ":"), as
# the summary names them; a kind not listed is named by its rule.
EVIDENCE_NAMES = {"term-cloud": "term clouds"}
PROGRESS_MIN = 21  # fewer sources to clean than this: no progress bar, the run is over at once


@dataclass
class Stats:
    documents: int = 0
    processed: int = 0
    cached: int = 0
    written: int = 0
    removed: int = 0
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    chrome: dict[str, int] = field(default_factory=dict)  # lines removed, by kind of evidence

    def count_cleaning(self, records: dict[str, pipeline.Processed]) -> None:
        """Add up what the cleaning changed (repairs, duplicates, boilerplate…) in ``records``,
        and the chrome removed by each kind of evidence (``chrome_by_evidence``)."""
        for record in records.values():
            for k, v in record.cleaning.items():
                self.totals[k] = self.totals.get(k, 0) + v
            for kind, n in chrome_by_evidence(record.changes).items():
                self.chrome[kind] = self.chrome.get(kind, 0) + n

    def for_next_run(self, records: int) -> dict:
        """What a re-run with nothing changed reports (the manifest keeps it): every one of the
        ``records`` taken from the cache, the same failures and warnings."""
        return {
            "documents": self.documents,
            "cached": records,
            "failures": self.failures,
            "warnings": self.warnings,
            "totals": self.totals,
            "chrome": self.chrome,
        }

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def chrome_by_evidence(changes) -> dict[str, int]:
    """How many lines of site chrome the boilerplate stage removed on each kind of evidence: its
    changes' rule up to the first ":" (``profile:<name>``, ``interface:<kind>``,
    ``template:<site>``, ``term-cloud``), as the summary names it. A reaction row is not chrome
    (its counts became the reactions metadata): the summary counts those apart.

    >>> from persona_archive.cleaning.model import Change
    >>> chrome_by_evidence([Change("boilerplate", "interface:sharing", 1, "Share"),
    ...     Change("boilerplate", "template:Example", 2, "Menu"),
    ...     Change("boilerplate", "reaction-row", 3, "👍3"),
    ...     Change("boilerplate", "interface:menu", 4, "Home"),
    ...     Change("duplicates", "paragraph", 5, "A repeated paragraph.")])
    {'interface': 2, 'template': 1}
    """
    counts: dict[str, int] = {}
    for change in changes:
        if change.stage == "boilerplate" and change.rule != "reaction-row":
            kind = change.rule.split(":", 1)[0]
            kind = EVIDENCE_NAMES.get(kind, kind)
            counts[kind] = counts.get(kind, 0) + 1
    return counts


def chrome_line(chrome: dict[str, int]) -> str:
    """The summary's line of chrome removed by kind of evidence, most first.

    >>> chrome_line({"template": 33, "interface": 812, "term clouds": 1, "profile": 40})
    'ingest: chrome removed by evidence: interface 812, profile 40, template 33, term clouds 1'
    >>> chrome_line({})
    'ingest: chrome removed by evidence: none'
    """
    ranked = sorted(chrome.items(), key=lambda item: (-item[1], item[0]))
    return "ingest: chrome removed by evidence: " + (
        ", ".join(f"{kind} {n}" for kind, n in ranked) or "none"
    )


def progress(items: Iterable[T], total: int) -> Iterable[T]:
    """``items`` counted on a progress bar on stderr (``total`` sources to clean), when that is
    a terminal and there are enough of them for the run to take a while; else just ``items``."""
    if not (sys.stderr.isatty() and total >= PROGRESS_MIN):
        return items
    from tqdm import tqdm  # 40 ms to import: only when there is a bar to show

    return tqdm(items, total=total, desc="ingest", unit=" sources", file=sys.stderr)


def one_line(message: str) -> str:
    r"""A report line that stays one line whatever a file name contains (newlines, escapes).

    >>> one_line("sources/a\nb\x1b[31m.txt: empty file")
    'sources/a\\nb\\x1b[31m.txt: empty file'
    """
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in message
    )


def summary(stats: Stats, problems: list[str], check: bool, seconds: float) -> None:
    """Every warning, failure and (``--check``) stale page, one a line, then three lines of
    counts (the first two are what ``scripts/bench.py`` reads: keep them as they are)."""
    err = sys.stderr
    for line in (*stats.warnings, *stats.failures, *problems):
        print(one_line(line), file=err)
    t = stats.totals
    print(
        f"ingest: {stats.documents} documents ({stats.processed} processed, {stats.cached} "
        f"cached) in {seconds:.2f}s; "
        + (
            f"{len(problems)} pages out of date"
            if check
            else f"{stats.written} pages written, {stats.removed} removed"
        ),
        file=err,
    )
    print(
        f"ingest: repairs {t.get('encoding_repairs', 0)}, unrecoverable "
        f"{t.get('unrecoverable_chars', 0)}, duplicates removed {t.get('duplicates_removed', 0)}, "
        f"boilerplate removed {t.get('boilerplate_lines_removed', 0)}, "
        f"reaction rows {t.get('reaction_rows', 0)}, failures {len(stats.failures)}",
        file=err,
    )
    print(chrome_line(stats.chrome), file=err)


def write_report(path: Path, records: dict[str, pipeline.Processed], stats: Stats) -> None:
    """``--report``: every source's title, cleaning counts, notes, repairs and changes."""
    report = {
        "sources": {
            name: {
                "title": r.title,
                "cleaning": r.cleaning,
                "notes": r.notes,
                "repairs": r.repairs,
                "changes": [c.__dict__ for c in r.changes],
            }
            for name, r in sorted(records.items())
        },
        "failures": stats.failures,
    }
    files.atomic_write(path, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
