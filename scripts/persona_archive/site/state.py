"""What the hooks of one build share, in one object.

The five files in ``hooks/`` are thin adapters from MkDocs' events to this package; whatever one
event hands to a later one (the records a page's cite box is made from, the helper's futures, a
page's escaped titles) lives here, in ``BUILD``, and nowhere else. ``BUILD.reset()`` at the start
of each build (and each ``mkdocs serve`` rebuild) starts from nothing, so no build sees another's
leftovers; the live-ingest switch is set once per ``mkdocs`` command and survives resets.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Build:
    # citations: records by slug, and each slug's future of its batch's cite boxes
    records: dict[str, Any] = field(default_factory=dict)
    cite_boxes: dict[str, Future] = field(default_factory=dict)
    ledger: dict = field(default_factory=dict)  # anchors.lock, read once a build
    # reading: browse pages' listings (docs path -> HTML) until converted; the document data
    browse_bodies: dict[str, str] = field(default_factory=dict)
    reading: dict = field(default_factory=lambda: {"docs": None})
    icons: dict[str, tuple[str, str]] = field(default_factory=dict)  # site/icons.py: shapes met
    shared_markup: dict[str, str] = field(default_factory=dict)  # site/shared_markup.py: blocks
    # search: lunr entries waiting for the helper, its futures, pages hidden from Material
    search_batch: list[tuple[str, str, dict, str]] = field(default_factory=list)
    search_languages: set[str] = field(default_factory=set)  # of the archived pages
    search_made: list[Future] = field(default_factory=list)
    search_hidden: dict[int, dict | None] = field(default_factory=dict)
    search_engine: str = "lunr"
    pagefind: Any = None  # search_engine.ShardIndexer: the shards indexed as the pages are written
    # security: raw front-matter values while escaped copies are shown; nav pages; built pages
    raw_titles: dict[int, dict[str, str]] = field(default_factory=dict)
    nav_pages: set[int] = field(default_factory=set)
    policed_pages: set[str] = field(default_factory=set)
    # build: the page conversions running in the helper, and those swapped in
    prerender: Any = None
    prerendered: dict[str, tuple[Any, str]] = field(default_factory=dict)
    files: Any = None  # MkDocs' files, for the site map after the build
    # set by on_startup (per command), not by reset: ingest runs before each ``serve`` rebuild
    live_ingest: Any = None

    _KEEP = ("live_ingest", "search_engine")

    def reset(self) -> None:
        """Forget everything a previous build left, except the per-command settings.

        >>> b = Build(records={"a": 1}, live_ingest="ingest")
        >>> b.reset(); b.records, b.live_ingest
        ({}, 'ingest')
        """
        fresh = Build()
        for f in fields(self):
            if f.name not in self._KEEP:
                setattr(self, f.name, getattr(fresh, f.name))


BUILD = Build()
