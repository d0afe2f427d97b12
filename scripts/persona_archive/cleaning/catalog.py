"""The catalog (``sources/catalog.yml``): curated metadata per source, which wins over detection."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from persona_archive.cleaning.config import load_yaml
from persona_archive.errors import ConfigError
from persona_archive.ingest.webarchive import file_of


@dataclass(frozen=True)
class Entry:
    """What an archivist knows about one source. Unknown fields stay ``None``."""

    title: str | None = None
    slug: str | None = None
    kind: str | None = None
    authors: tuple[str, ...] | None = None
    site: str | None = None
    url: str | None = None
    published: str | None = None
    archived: str | None = None
    citation_key: str | None = None
    language: str | None = None
    description: str | None = None
    tags_add: tuple[str, ...] = ()
    tags_remove: tuple[str, ...] = ()
    corrections: dict[int, str] = field(default_factory=dict)
    lines: dict = field(default_factory=dict, compare=False, repr=False)  # key path -> line

    @classmethod
    def from_yaml(cls, data: dict) -> Entry:
        data = dict(data or {})
        for key in ("authors", "tags_add", "tags_remove"):
            if key in data:
                data[key] = tuple(data[key])
        data["corrections"] = {int(k): v for k, v in (data.get("corrections") or {}).items()}
        return cls(**data)


def load_catalog(path: Path, sources_dir: Path) -> dict[str, Entry]:
    """Load and validate the catalog; every entry must name an existing source file.

    Keys are source paths relative to ``sources_dir`` with forward slashes; a page archived
    in a web archive is its WARC's path, ``#`` and the record's key (``site.warc.gz#0a1b2c3d4e5f``,
    the page's ``source_file``).
    """
    if not path.exists():
        return {}
    data, lines = load_yaml(path, "catalog")
    by_source: dict[str, dict] = {}  # one pass over the line numbers, not one per entry
    for key, line in lines.items():
        if len(key) > 2 and key[0] == "sources":
            by_source.setdefault(key[1], {})[key[2:]] = line
    entries = {}
    for name, raw in ((data or {}).get("sources") or {}).items():
        if not (sources_dir / file_of(name)).is_file():
            line = lines.get(("sources", name))
            raise ConfigError(path, line, f"sources.{name}: no such source file in {sources_dir}")
        entries[name] = Entry.from_yaml(raw)
        entries[name].lines.update(by_source.get(name, {}))
    return entries


def known_tags_check(path: Path, entries: dict[str, Entry], vocabulary: set[str]) -> None:
    """Catalog tag overrides must use the controlled vocabulary."""
    for name, entry in entries.items():
        for key in ("tags_add", "tags_remove"):
            for i, tag in enumerate(getattr(entry, key)):
                if tag not in vocabulary:
                    line = entry.lines.get((key, i))
                    raise ConfigError(path, line, f"sources.{name}.{key}: unknown tag {tag!r}")
