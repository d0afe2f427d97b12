"""Search entries for archived documents (the reading room, issue 5).

Material indexes each page by heading, furniture included. For archived documents this hook
gives the same entries made from the paragraphs alone, each paragraph marked with its id (the
page script ``pa-search-lunr.js`` points a result at the paragraph of its hits), and the
document's authors, site, kind and tags in a boosted ``facts`` field. Material's own parse of
those pages is skipped (they are marked excluded while its search plugin runs), the entries are
made in the helper process (``parallel.background``) from each page's final HTML, in batches,
and put in ``search/search_index.json`` after the build, one document at a time; under
Pagefind, which indexes the built HTML, none are made. Thin: ``scripts/archive/search_entries``.
"""

from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority
from persona_archive import parallel
from persona_archive.site import listings, search_engine, search_entries

BATCH = 25  # pages per message to the helper process
_batch: list[tuple[str, str, dict, str]] = []
_made: list = []  # futures of (location, entries) lists
_hidden: dict[int, dict | None] = {}  # page -> its own ``search`` front matter, while hidden


def on_pre_build(config):
    _batch.clear()
    _made.clear()
    _hidden.clear()


def _archived(page) -> bool:
    return page.file.src_uri.startswith("archive/") and "source_sha256" in page.meta


def _flush(config) -> None:
    if _batch:
        labels = listings.load_labels(Path(config.config_file_path).parent / "taxonomy.yml")
        _made.append(parallel.background(search_entries.batch_entries, _batch[:], labels))
        _batch.clear()


@event_priority(-90)  # the page's final HTML, after the hooks that add to it
def on_page_content(html, page, config, files):
    if _archived(page) and search_engine.engine(config.get("extra")) == "lunr":
        title = page.meta.get("title") or page.title
        _batch.append((page.url, title, dict(page.meta), html))  # Pagefind indexes the HTML
        if len(_batch) >= BATCH:
            _flush(config)
    return html


@event_priority(60)  # before Material's search plugin
def _hide(context, page, config, nav):
    if _archived(page):
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


on_page_context = CombinedEvent(_hide, _restore)


def on_post_build(config):
    _flush(config)
    entries = {location: made for future in _made for location, made in future.result()}
    _made.clear()
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if entries and path.is_file():
        warning = search_engine.lunr_warning(search_entries.append_entries(path, entries))
        if warning:
            search_engine.advise(warning)
