"""Paragraph search entries for archived documents (the reading room, issue 5).

Material indexes each page by heading. For archived documents this hook gives instead one entry
for the document (title, authors, site, kind, tags; boosted) and one per paragraph
(``archive/<slug>/#p-xxxxxx``), so a hit opens the page at its paragraph and the index does not
grow. Material's own parse of those pages is skipped (they are marked excluded while its search
plugin runs), and the entries are appended to ``search/search_index.json`` after the build, one
at a time; under Pagefind, which indexes the built HTML, none are made. Thin:
``scripts/archive/search_entries``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from archive import listings, search_engine, search_entries
from mkdocs.plugins import CombinedEvent, event_priority

_entries: dict[str, list[dict]] = {}
_hidden: dict[int, dict | None] = {}  # page -> its own ``search`` front matter, while hidden


def on_pre_build(config):
    _entries.clear()
    _hidden.clear()


def _archived(page) -> bool:
    return page.file.src_uri.startswith("archive/") and "source_sha256" in page.meta


@event_priority(60)  # before Material's search plugin
def _index_and_hide(context, page, config, nav):
    if _archived(page):
        if search_engine.engine(config.get("extra")) == "lunr":  # Pagefind indexes the HTML
            labels = listings.load_labels(Path(config.config_file_path).parent / "taxonomy.yml")
            _entries[page.url] = search_entries.document_entries(
                page.url, page.meta.get("title") or page.title, page.meta, labels, page.content
            )
        _hidden[id(page)] = page.meta.get("search")
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return context


@event_priority(-60)  # after it: the page's front matter as it was (Pagefind reads it)
def _restore(context, page, config, nav):
    if id(page) in _hidden:
        search = _hidden.pop(id(page))
        if search is None:
            page.meta.pop("search", None)
        else:
            page.meta["search"] = search
    return context


on_page_context = CombinedEvent(_index_and_hide, _restore)


def on_post_build(config):
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if _entries and path.is_file():
        search_entries.append_entries(path, _entries)
