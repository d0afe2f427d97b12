"""Errors the pipeline reports to the user: each names the file (and line) at fault."""

from __future__ import annotations

from pathlib import Path


class ConfigError(Exception):
    """A catalog, taxonomy or profile file is invalid: exit status 2.

    >>> str(ConfigError("sources/catalog.yml", 12, "unknown key 'titel'"))
    "sources/catalog.yml:12: unknown key 'titel'"
    """

    def __init__(self, path: str | Path, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class SourceError(Exception):
    """One source cannot be converted: reported as ``<path>: <reason>``, the others go on."""
