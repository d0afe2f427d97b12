"""The document page's furniture (the reading room, issue 5): the metadata panel under the
title, and the related documents and provenance for ``partials/pa-document-bottom.html``.

Thin: the HTML is made by ``scripts/archive/reading.py`` from the collection's data
(``listings``, ``related``, the cleaning log ``provenance`` ingest wrote beside each page).
The sections after the text (related documents, provenance) are made for every document at
once in the helper process (``parallel.background``), while the pages are converted; the first
page to show them waits for them.
"""

from pathlib import Path

from mkdocs.plugins import event_priority
from persona_archive import parallel
from persona_archive.site import browse, listings, reading

_state: dict = {"docs": None}


def _data(config) -> dict:
    """Collection, labels, name paths and each document's closing sections (a future:
    ``reading.document_bottoms`` in the helper process); recomputed when a page changed."""
    archive = Path(config["docs_dir"]) / "archive"
    docs = listings.load_collection(archive)
    if _state["docs"] is not docs:
        root = Path(config.config_file_path).resolve().parent
        labels = listings.load_labels(root / "taxonomy.yml")
        _state.update(
            docs=docs,
            by_slug={d["slug"]: d for d in docs},
            labels=labels,
            names=browse.name_paths(docs),
            bottoms=parallel.background(
                reading.document_bottoms, docs, labels, archive, root / "sources"
            ),
        )
    return _state


def _document(page, config):
    if not page.file.src_uri.startswith("archive/") or "source_sha256" not in page.meta:
        return None, None
    data = _data(config)
    return data, data["by_slug"].get(page.meta.get("slug"))


def _base(page) -> str:
    return "../" * page.url.count("/")


def on_nav(nav, config, files):
    _data(config)  # the closing sections start now, ahead of the files (released after this)
    return nav


def on_page_markdown(markdown, page, config, files):
    _, doc = _document(page, config)
    if doc is not None:  # the feed's summary of the document (RSS plugin)
        page.meta.setdefault("rss", {})["feed_description"] = reading.feed_summary(doc)
    return markdown


def on_page_content(html, page, config, files):
    data, doc = _document(page, config)
    if doc is None:
        return html
    panel = reading.panel(doc, data["labels"], data["names"], _base(page))
    return reading.insert_after_title(html, panel)


@event_priority(50)  # before the tags plugin: the panel shows the tags, as links
def on_page_context(context, page, config, nav):
    data, doc = _document(page, config)
    if doc is None:
        return context
    context["tags"] = []
    context["pa_related"], context["pa_provenance"] = data["bottoms"].result()[doc["slug"]]
    return context
