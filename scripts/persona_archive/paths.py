"""Where the project's files are: one root, the checkout this package lives in.

The package sits at ``scripts/persona_archive/`` of a checkout (installed editable by the
Makefile), so the checkout's root is two folders up. Everything that defaults to a project file
(``taxonomy.yml``, ``profiles.yml``, the caches) starts here; the site build starts from the
folder of the ``mkdocs.yml`` in use instead (``site_root``), which is the same folder unless a
build is pointed elsewhere.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache"
TAXONOMY = ROOT / "taxonomy.yml"
PROFILES = ROOT / "profiles.yml"
SITE_CONFIG = ROOT / "mkdocs.yml"


def site_root(config) -> Path:
    """The folder of the MkDocs configuration a build runs with (its ``taxonomy.yml``,
    ``sources/`` and anchor ledger are beside it)."""
    return Path(config.config_file_path).resolve().parent
