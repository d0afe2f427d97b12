"""The pages' collection-wide names: each page's archived date, a slug (its file name) and a
citation key, unique across the collection and stable as other sources come and go."""

from __future__ import annotations

import hashlib
from pathlib import Path

from persona_archive.cleaning import names, pipeline
from persona_archive.cleaning.catalog import Entry
from persona_archive.ingest.webarchive import file_of
from persona_archive.page import is_generated


def taken_names(out_dir: Path) -> set[str]:
    """The page names no source may have: ``index``, and those of the hand-written pages in the
    out dir (ingest never writes over a page it did not write)."""
    return {"index"} | {p.stem for p in out_dir.glob("*.md") if not is_generated(p)}


def assemble(
    records: dict[str, pipeline.Processed],
    catalog: dict[str, Entry],
    added: dict[str, str],
    today: str,
    taken: set[str] | None = None,
) -> dict[str, dict[str, str]]:
    """Source name -> its page's collection-wide names (``slug``, ``citation_key``,
    ``archived``), in page order (by archived date). The archived date is the catalog's, else
    the capture date the source states (a WARC record's, a saved page's), else the day git
    first saw the file (``added``), else ``today``; slugs and keys are unique."""
    archived = {
        name: catalog.get(name, Entry()).archived
        or records[name].archived
        or added.get(file_of(name))
        or today
        for name in records
    }
    order = sorted(records, key=lambda n: (archived[n], n))
    slugs = names.unique_names(
        [(n, catalog.get(n, Entry()).slug or names.slugify(records[n].title)) for n in order],
        taken=taken,
        suffix=_slug_suffix,
    )
    keys = names.unique_names(
        [
            (n, catalog.get(n, Entry()).citation_key or pipeline.citation_base(records[n]))
            for n in order
        ]
    )
    return {n: {"slug": slugs[n], "citation_key": keys[n], "archived": archived[n]} for n in order}


def _slug_suffix(base: str, key: str, n: int) -> str:
    """A stable suffix for the n-th source wanting slug ``base`` (from its file name, so it does
    not change when other sources come and go); a counter after it if even that is taken.

    >>> _slug_suffix("same-title", "b.txt", 2), _slug_suffix("same-title", "b.txt", 3)
    ('same-title-ffa0da', 'same-title-ffa0da-3')
    """
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:6]
    return f"{base}-{digest}" if n == 2 else f"{base}-{digest}-{n}"
