"""Search: paragraph entries for the lunr index, and the switch to Pagefind
(``extra.search_engine`` in mkdocs.yml: ``lunr`` | ``pagefind``). Thin: the logic is in
``persona_archive.site.search_engine`` and ``search_entries``.

Under lunr (the default) an archived document gets the entries Material would make (one for the
page, one per heading) from its paragraphs alone, each paragraph marked with its id, plus its
authors, site, kind and tags in a boosted ``facts`` field; Material's own parse of those pages
is skipped. Under Pagefind, which indexes the built HTML, none are made: each page's article is
marked as Pagefind's body with its filters, Material's search gets a worker that loads nothing,
the indexer runs on the built site, and the unused lunr index is emptied.

Events, in the order they run (priority in brackets):

- ``on_config`` (0): read and check the engine switch (the templates read it too), the
  bound of the index's parts and Pagefind's pages per shard.
- ``on_page_content`` (-90, the page's final HTML, after the hooks that add to it): the page is
  queued for the helper process, which makes its entries in batches.
- ``on_page_context`` (60, before Material's search plugin): an archived page is marked excluded;
  (-60, after it) its own ``search`` front matter is put back (Pagefind reads it).
- ``on_post_page`` (0): under lunr, the page's search worker is the archive's (Material's, after
  a prelude: phrases, archive documents first, suggestions); under Pagefind, the page's body and
  filter marks, and the page goes to the shard indexer, which indexes each full shard while
  MkDocs renders the rest.
- ``on_post_build`` (10, before the page scripts are bundled) the archive's search worker is
  written beside Material's (it starts with ``pa-gzip.js``, for the index's gzipped parts);
  (0) the entries go into ``search/search_index.json``, one document at a time, in gzipped
  parts of bounded size past ``search_parts.PART_BYTES`` (the archive's worker joins them),
  with a warning when lunr gets slow at this size; or the Pagefind indexer indexes the rest
  and is waited for.
- ``on_build_error`` (0): the shards not yet indexed are let go.
"""

import logging
from pathlib import Path

from mkdocs.exceptions import ConfigurationError
from mkdocs.plugins import CombinedEvent, event_priority

from persona_archive import parallel
from persona_archive.paths import site_root
from persona_archive.site import listings, search_engine, search_entries, search_parts
from persona_archive.site.state import BUILD

log = logging.getLogger("mkdocs.hooks.search")
BATCH = 25  # pages per message to the helper process


def on_config(config):
    try:
        BUILD.search_engine = search_engine.engine(config.get("extra"))
        search_parts.part_bytes()
        search_engine.shard_pages(config.get("extra"))
    except (search_engine.EngineError, search_parts.PartsError) as exc:
        raise ConfigurationError(str(exc)) from None
    config["extra"]["search_engine"] = BUILD.search_engine  # the templates read it
    return config


def _archived(page) -> bool:
    return page.file.src_uri.startswith("archive/") and "source_sha256" in page.meta


def _flush(config) -> None:
    if BUILD.search_batch:
        labels = listings.load_labels(site_root(config) / "taxonomy.yml")
        made = parallel.background(search_entries.batch_entries, BUILD.search_batch[:], labels)
        BUILD.search_made.append(made)
        BUILD.search_batch.clear()


@event_priority(-90)  # the page's final HTML, after the hooks that add to it
def on_page_content(html, page, config, files):
    if _archived(page) and search_engine.engine(config.get("extra")) == "lunr":
        title = page.meta.get("title") or page.title
        BUILD.search_batch.append((page.url, title, dict(page.meta), html))
        BUILD.search_languages.add(page.meta.get("language") or "")
        if len(BUILD.search_batch) >= BATCH:
            _flush(config)
    return html


@event_priority(60)  # before Material's search plugin
def _hide(context, page, config, nav):
    if _archived(page):
        BUILD.search_hidden[id(page)] = page.meta.get("search")
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return context


@event_priority(-60)  # after it: the page's front matter as it was (Pagefind reads it)
def _unhide(context, page, config, nav):
    if id(page) in BUILD.search_hidden:
        search = BUILD.search_hidden.pop(id(page))
        if search is None:
            page.meta.pop("search", None)
        else:
            page.meta["search"] = search
    return context


on_page_context = CombinedEvent(_hide, _unhide)


def on_post_page(output, page, config):
    if BUILD.search_engine != "pagefind":
        return search_engine.archive_worker(output)
    output = search_engine.idle_material_worker(output)
    labels = listings.load_labels(site_root(config) / "taxonomy.yml")
    output = search_engine.annotate_page(output, page.meta, page.file.src_uri, labels)
    if search_engine.BODY_MARK in output:
        if BUILD.pagefind is None:
            BUILD.pagefind = search_engine.ShardIndexer(
                Path(config["site_dir"]),
                language=config["theme"]["language"] or "en",
                shard_pages=search_engine.shard_pages(config.get("extra")),
            )
        BUILD.pagefind.add(page.file.dest_uri)
    return output


@event_priority(10)  # before the page scripts are bundled: the worker starts with one of them
def _worker(config):
    if BUILD.search_engine != "pagefind":
        search_engine.write_archive_worker(Path(config["site_dir"]))


def _index(config):
    site = Path(config["site_dir"])
    if BUILD.search_engine == "pagefind":
        indexer = BUILD.pagefind or search_engine.ShardIndexer(
            site, config["theme"]["language"] or "en"
        )
        BUILD.pagefind = None
        run = indexer.finish()
        saved = search_engine.empty_lunr_index(site)
        log.info(
            f"pagefind: indexed {run.pages} pages in {run.seconds:.1f} s, peak memory "
            f"{run.peak_rss_mb:.0f} MB, bundle {run.bundle_bytes / 1e6:.1f} MB, {run.shards} "
            f"shards, {run.waited_s:.1f} s after the last page; unused lunr index emptied "
            f"({saved / 1e6:.1f} MB saved)"
        )
        return
    _flush(config)
    entries = {loc: made for future in BUILD.search_made for loc, made in future.result()}
    BUILD.search_made.clear()
    path = site / "search" / "search_index.json"
    if entries and path.is_file():
        figures = search_entries.append_entries(path, entries, BUILD.search_languages)
        warning = search_engine.lunr_warning(figures)
        if warning:
            search_engine.advise(warning)


on_post_build = CombinedEvent(_worker, _index)


def on_build_error(error):
    if BUILD.pagefind is not None:
        BUILD.pagefind.cancel()
        BUILD.pagefind = None
