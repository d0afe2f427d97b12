"""The catalog (``sources/catalog.yml``): curated metadata per source, which wins over detection."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .config import key_line, load_yaml
from .errors import ConfigError


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

    Keys are source paths relative to ``sources_dir`` with forward slashes.
    """
    if not path.exists():
        return {}
    data = load_yaml(path, "catalog") or {}
    entries = {}
    for name, raw in (data.get("sources") or {}).items():
        if not (sources_dir / name).is_file():
            line = key_line(path, ("sources", name))
            raise ConfigError(path, line, f"{name}: no such source file in {sources_dir}")
        entries[name] = Entry.from_yaml(raw)
    return entries


def known_tags_check(path: Path, entries: dict[str, Entry], vocabulary: set[str]) -> None:
    """Catalog tag overrides must use the controlled vocabulary."""
    for name, entry in entries.items():
        for key in ("tags_add", "tags_remove"):
            for tag in getattr(entry, key):
                if tag not in vocabulary:
                    line = key_line(path, ("sources", name, key))
                    raise ConfigError(path, line, f"{name}: {key}: unknown tag {tag!r}")
