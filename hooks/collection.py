"""Fill the home page's ``<!-- archive:collection -->`` marker with the collection at a glance.

Thin on purpose: the listing is computed by ``scripts/archive/listings.py``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from archive import listings

MARKER = "<!-- archive:collection -->"


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    docs = listings.read_collection(Path(config["docs_dir"]) / "archive")
    return markdown.replace(MARKER, listings.render_home(docs))
