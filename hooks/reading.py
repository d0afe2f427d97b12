"""The reading room: browse pages, the home page's collection, raw originals, and each document
page's furniture (metadata panel, related documents, provenance, feed summary). Thin: the HTML
is made by ``persona_archive.site.listings``, ``browse`` and ``reading`` from the generated
pages' data and the cleaning logs ingest wrote beside them.

Events, in the order they run (priority in brackets):

- ``on_pre_build`` (0): forget the previous build's collection.
- ``on_files`` (0): a page per tag, author, site and kind (paginated) is added; each document's
  raw source is published gzipped as ``raw/<slug>.txt.gz`` (through the helper process); it
  unpacks to the source byte for byte, and the page's download link does that in the browser;
  so is its cleaning log (``archive/<slug>.changes.json.gz``), which the page's lists read.
- ``on_nav`` (0): the related documents and provenance of every document start in the helper
  process, while the pages are converted; the first page to show them waits for them.
- ``on_page_markdown`` (0): the home page's ``<!-- archive:collection -->`` and the tag index's
  ``<!-- archive:tags -->`` markers are filled; a document's feed summary (RSS plugin) is set.
- ``on_page_content`` (0): a browse page's listing goes in place of its ``browse.BODY`` marker; a
  document page gets its metadata panel under the title.
- ``on_page_context`` (50, before the tags plugin: the panel shows the tags, as links): the
  document's related documents and provenance for ``partials/pa-document-bottom.html``.
- ``on_post_page`` (0): Material's search dialog gets an accessible name (axe
  ``aria-dialog-name``), which its templates offer no setting for; the templates' indentation
  and the line breaks before block-level tags go, and the Markdown's ``&#33;``/``&#63;``/``&#58;``
  become the characters (``reading.compact``: ~4.5 kB a document page), the navigation links'
  titles lose their clipping span and the generator tag and empty banner go
  (``reading.lean_theme``), the link to the feed of updated documents stays on the home page
  only (``reading.home_only_feeds``), and the theme's inline
  icons are drawn from one stylesheet (``icons.replace``: ~4 kB a page); a document page gets
  its language in ``<html lang>``. (-100, after every other hook has changed the page) the
  theme's script-only controls (search, palette switch, back-to-top button) are written by
  cached scripts (``shared_markup.take``: ~3 kB a page), and so are its settings and dialog
  (``take_config``: ~0.9 kB).
- ``on_post_build`` (0): that stylesheet (``assets/pa-icons.css``), with every icon the pages
  use, and those scripts (``assets/pa-md-header.js``, ``-top.js``, ``-config.js``); the
  archive's stylesheets and scripts joined into the one of each a page loads
  (``shared_markup.write_bundles``: ``assets/pa-site.css``, ``pa-site.js``); the theme files no
  reader loads are removed (``unused_assets.prune``: source maps, and under Pagefind the lunr
  files).
"""

from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from persona_archive import parallel
from persona_archive.cleaning import provenance
from persona_archive.paths import site_root
from persona_archive.site import (
    browse,
    icons,
    listings,
    reading,
    shared_markup,
    site_files,
    unused_assets,
)
from persona_archive.site.state import BUILD

COLLECTION = "<!-- archive:collection -->"
TAGS = "<!-- archive:tags -->"
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
NAMED_DIALOG = SEARCH_DIALOG.replace(
    'role="dialog"', 'role="dialog" aria-label="Search the archive"'
)


def _collection(config):
    return listings.load_collection(Path(config["docs_dir"]) / "archive")


def _labels(config):
    return listings.load_labels(site_root(config) / "taxonomy.yml")


def _data(config) -> dict:
    """Collection, labels, name paths and each document's closing sections (a future:
    ``reading.document_bottoms`` in the helper process); recomputed when a page changed."""
    docs = _collection(config)
    state = BUILD.reading
    if state["docs"] is not docs:
        root = site_root(config)
        labels = _labels(config)
        archive = Path(config["docs_dir"]) / "archive"
        state.update(
            docs=docs,
            by_slug={d["slug"]: d for d in docs},
            labels=labels,
            names=browse.name_paths(docs),
            bottoms=parallel.background(
                reading.document_bottoms, docs, labels, archive, root / "sources"
            ),
        )
    return state


def _document(page, config):
    if not page.file.src_uri.startswith("archive/") or "source_sha256" not in page.meta:
        return None, None
    data = _data(config)
    return data, data["by_slug"].get(page.meta.get("slug"))


def on_pre_build(config):
    listings.forget_collection()  # each build (and each `mkdocs serve` rebuild) reads afresh


def on_files(files, config):
    docs, labels = _collection(config), _labels(config)
    for uri, page in browse.browse_pages(docs, labels).items():
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content=page.markdown))
            BUILD.browse_bodies[uri] = page.body
    sources = site_root(config) / "sources"
    for doc in docs:
        raw = provenance.raw_original(sources, doc.get("source_file"))
        if raw is not None:
            site_files.add(files, config, reading.raw_uri(doc["slug"]), src=raw, compress=True)
        log = files.get_file_from_path(f"archive/{doc['slug']}.changes.json")
        if log is not None:
            files.remove(log)
            src = Path(log.abs_src_path)
            site_files.add(files, config, reading.log_uri(doc["slug"]), src=src, compress=True)
    return files


def on_nav(nav, config, files):
    _data(config)  # the closing sections start now, ahead of the files (released after this)
    return nav


def on_page_markdown(markdown, page, config, files):
    if COLLECTION in markdown:
        markdown = markdown.replace(
            COLLECTION, listings.render_home(_collection(config), _labels(config))
        )
    if TAGS in markdown:
        markdown = markdown.replace(
            TAGS, listings.render_tag_index(_collection(config), _labels(config))
        )
    _, doc = _document(page, config)
    if doc is not None:  # the feed's summary of the document (RSS plugin)
        page.meta.setdefault("rss", {})["feed_description"] = reading.feed_summary(doc)
    return markdown


def on_page_content(html, page, config, files):
    body = BUILD.browse_bodies.pop(page.file.src_uri, None)
    if body is not None:
        html = html.replace(browse.BODY, body, 1)
    data, doc = _document(page, config)
    if doc is None:
        return html
    base = "../" * page.url.count("/")
    excluded = reading.exclusion(BUILD.search_engine)
    filters = BUILD.search_engine == "pagefind"
    panel = reading.panel(doc, data["labels"], data["names"], base, excluded, filters)
    return reading.insert_after_title(html, panel)


@event_priority(50)  # before the tags plugin: the panel shows the tags, as links
def on_page_context(context, page, config, nav):
    data, doc = _document(page, config)
    if doc is None:
        return context
    context["tags"] = []
    # taken, not looked up: rendered once, so the build need not hold every page's sections
    context["pa_related"], context["pa_provenance"] = data["bottoms"].result().pop(doc["slug"])
    return context


def _finish_page(output, page, config):
    output = reading.compact(output.replace(SEARCH_DIALOG, NAMED_DIALOG, 1))
    output = reading.lean_theme(output)
    if not page.is_homepage:
        output = reading.home_only_feeds(output)
    output = icons.replace(output, BUILD.icons)
    if page.file.src_uri.startswith("archive/"):
        output = reading.with_language(output, page.meta.get("language"))
    return output


@event_priority(-100)  # after every hook that changes the page (search points __config's worker)
def _share_markup(output, page, config):
    url_of = lambda path: get_relative_url(path, page.url)  # noqa: E731
    output = shared_markup.take(output, BUILD.shared_markup, url_of)
    return shared_markup.take_config(output, BUILD.shared_markup, url_of)


on_post_page = CombinedEvent(_finish_page, _share_markup)


def on_post_build(config):
    sheet = Path(config["site_dir"]) / icons.STYLESHEET
    sheet.parent.mkdir(parents=True, exist_ok=True)
    sheet.write_text(icons.stylesheet(BUILD.icons), encoding="utf-8")
    for path, script in shared_markup.scripts(BUILD.shared_markup).items():
        (Path(config["site_dir"]) / path).write_text(script, encoding="utf-8")
    shared_markup.write_bundles(config["site_dir"], BUILD.search_engine)
    unused_assets.prune(config["site_dir"], BUILD.search_engine)
