"""Under ``mkdocs serve``, re-run ingest before every rebuild, so editing a file in ``sources/``,
``taxonomy.yml`` or ``profiles.yml`` (all watched, see the Makefile) updates the site.

The content-hash cache makes this near-instant when nothing changed. ``mkdocs build`` does not
ingest: the Makefile runs ingest first, and CI checks the pages are current with ``--check``.
The pipeline is imported only when serving (a fifth of a second every build would pay), and its
folder is put back on ``sys.path`` then: MkDocs takes a hook's path entries away once it is loaded.
"""

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ingest = None


def on_startup(command, dirty):
    global _ingest
    _ingest = None
    if command == "serve":
        if str(ROOT / "scripts") not in sys.path:
            sys.path.insert(0, str(ROOT / "scripts"))
        _ingest = importlib.import_module("ingest")


def on_pre_build(config):
    if _ingest is not None:
        archive = Path(config["docs_dir"]) / "archive"
        # this site's configuration and served URL: ingest prepares the citations it shows
        site = ["--site-url", config["site_url"] or ""]
        if config.config_file_path:
            site += ["--site-config", config.config_file_path]
        _ingest.main(["--sources", str(ROOT / "sources"), "--out", str(archive), *site])
