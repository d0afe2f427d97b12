"""Under ``mkdocs serve``, re-run ingest before every rebuild, so editing a file in ``sources/``,
``taxonomy.yml`` or ``profiles.yml`` (all watched, see the Makefile) updates the site.

The content-hash cache makes this near-instant when nothing changed. ``mkdocs build`` does not
ingest: the Makefile runs ingest first, and CI checks the pages are current with ``--check``.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import ingest  # noqa: E402

_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_pre_build(config):
    if _serving:
        ingest.main(["--sources", str(ROOT / "sources"), "--out", str(ROOT / "docs" / "archive")])
