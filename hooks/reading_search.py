"""Paragraph search entries for archived documents (the reading room, issue 5).

Material indexes each page by heading. For archived documents this hook replaces those entries,
in ``search/search_index.json`` after the build, by one entry for the document (title, authors,
site, kind, tags; boosted) and one per paragraph (``archive/<slug>/#p-xxxxxx``), so a hit opens
the page at its paragraph and the index does not grow. Thin: ``scripts/archive/search_entries``.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from archive import listings, search_entries

_entries: dict[str, list[dict]] = {}


def on_pre_build(config):
    _entries.clear()


def on_page_context(context, page, config, nav):
    if page.file.src_uri.startswith("archive/") and "source_sha256" in page.meta:
        labels = listings.load_labels(Path(config.config_file_path).parent / "taxonomy.yml")
        _entries[page.url] = search_entries.document_entries(
            page.url, page.meta.get("title") or page.title, page.meta, labels, page.content
        )
    return context


def on_post_build(config):
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not _entries or not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index = search_entries.replace_entries(index, _entries)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
