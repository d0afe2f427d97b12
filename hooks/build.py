"""The build itself: ingest under ``mkdocs serve``, the helper process beside MkDocs, page
conversion on both cores, the build's memory and the site map. Thin: the work is done by
``persona_archive.parallel``, ``site.site_files``, ``site.prerender`` and ``site.sitemap``; what
the hooks share is in ``site.state.BUILD``.

Events, in the order they run (priority in brackets):

- ``on_startup`` (0): under ``mkdocs serve`` only, ingest is imported (a fifth of a second every
  ``mkdocs build`` would pay otherwise).
- ``on_pre_build`` (100, first): a fresh ``BUILD``; under ``serve``, ingest re-runs before every
  rebuild (its content-hash cache makes that near-instant when nothing changed), with this
  site's configuration and served URL, so it prepares the citations this site shows; (0) the
  previous build's pending files are dropped.
- ``on_files`` (-100, after the hooks that add files): the archive's own files (the cleaning logs
  beside the pages) go to the helper process, which copies them while the pages are converted.
- ``on_nav`` (-50, after the hooks that start helper work the pages wait for): the pages are
  handed to the helper to convert from the end of the list; (-100) the files are let go to the
  helper after that work.
- ``on_page_markdown`` (-100, last: the Markdown every other hook has had its say on): a page the
  helper converted is swapped in (MkDocs then converts nothing).
- ``on_page_content`` (100, first: every other hook sees the converted page): its HTML, table of
  contents, title and anchors are restored; (-100, after every other handler, the RSS plugin
  included) the page's Markdown source is released, so the build's memory follows the HTML.
- ``on_env`` (0): every page is converted by now; MkDocs' files are kept for the site map.
- ``on_post_build`` (100, first: the files are in the site before any other hook looks at it)
  the helper's files are waited for; (0) the site map is written as an index and parts, so the
  file Material fetches on every page does not grow with the archive, each page dated by its
  document's revision (never the build's date); (-100, after every hook that waits for a
  result) the helper process ends.
- ``on_build_error`` (0): pending conversions and files are dropped and the helper ends.
"""

import importlib
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.toc import get_toc

from persona_archive import parallel
from persona_archive.files import atomic_write
from persona_archive.paths import site_root
from persona_archive.site import prerender, site_files, sitemap
from persona_archive.site.state import BUILD


def on_startup(command, dirty):
    serving = command == "serve"
    BUILD.live_ingest = importlib.import_module("persona_archive.ingest.run") if serving else None


@event_priority(100)
def _start(config):
    BUILD.reset()
    if BUILD.live_ingest is not None:
        archive = Path(config["docs_dir"]) / "archive"
        # this site's configuration and served URL: ingest prepares the citations it shows
        site = ["--site-url", config["site_url"] or ""]
        if config.config_file_path:
            site += ["--site-config", config.config_file_path]
        sources = site_root(config) / "sources"
        BUILD.live_ingest.main(["--sources", str(sources), "--out", str(archive), *site])


def _drop_files(config):
    site_files.discard()


on_pre_build = CombinedEvent(_start, _drop_files)


@event_priority(-100)  # after the hooks that add files
def on_files(files, config):
    for file in list(files):
        if (
            file.src_uri.startswith("archive/")
            and not file.is_documentation_page()
            and file.abs_src_path
            and file.abs_src_path != file.abs_dest_path
        ):
            files.remove(file)
            site_files.add(files, config, file.src_uri, src=Path(file.abs_src_path))
    return files


@event_priority(-50)  # after the hooks that start helper work the pages wait for
def _start_conversions(nav, config, files):
    _stop_conversions()
    extensions = config["markdown_extensions"]
    if not parallel.spare_core() or not all(isinstance(e, str) for e in extensions):
        return nav
    pages = [(f.src_uri, f.abs_src_path) for f in files.documentation_pages() if f.abs_src_path]
    BUILD.prerender = prerender.Shared(
        pages, extensions, config["mdx_configs"] or {}, parallel.background
    )
    return nav


@event_priority(-100)  # after the work the pages wait for
def _release_files(nav, config, files):
    site_files.release(Path(config["site_dir"]))
    return nav


on_nav = CombinedEvent(_start_conversions, _release_files)


@event_priority(-100)  # last: the Markdown every other hook has had its say on
def on_page_markdown(markdown, page, config, files):
    shared = BUILD.prerender
    rendered = shared and shared.take(page.file.src_uri, markdown)
    if not rendered:
        return markdown
    BUILD.prerendered[page.file.src_uri] = (rendered, markdown)
    return ""


@event_priority(100)  # first: every other hook sees the converted page
def _converted(html, page, config, files):
    taken = BUILD.prerendered.pop(page.file.src_uri, None)
    if taken is None:
        return html
    rendered, page.markdown = taken
    page.toc = get_toc(rendered.toc_tokens)
    page.present_anchor_ids = set(rendered.anchors)
    page._title_from_render = rendered.title
    return rendered.html


@event_priority(-100)  # after every other handler has seen the source (RSS reads it)
def _release_markdown(html, page, config, files):
    page.markdown = ""  # not None: MkDocs reads None as "never read" (title lookup)
    return html


on_page_content = CombinedEvent(_converted, _release_markdown)


def on_env(env, config, files):
    _stop_conversions()  # every page is converted by now
    BUILD.files = files
    return env


@event_priority(100)  # the files are in the site before any other hook looks at it
def _files_written(config):
    site_files.finish(Path(config["site_dir"]))


def _archived(file) -> bool:
    return file.src_uri.startswith("archive/")


def _write_sitemap(config):
    if BUILD.files is None:
        return
    pages = [
        (f.page.canonical_url or f.page.abs_url, f.page.meta.get("slug") if _archived(f) else None)
        for f in BUILD.files.documentation_pages()
        if f.page is not None and (f.page.canonical_url or f.page.abs_url)
    ]
    revised = {slug: r.revision_date for slug, r in BUILD.records.items() if r.revision_date}
    urls = sitemap.dated(pages, revised)
    site = Path(config["site_dir"])
    parts = sitemap.build(urls, config["site_url"] or "/")
    for name, xml in parts.items():
        atomic_write(site / name, site_files.gzipped(xml.encode()) if name.endswith(".gz") else xml)
    atomic_write(site / "sitemap.xml.gz", site_files.gzipped(parts["sitemap.xml"].encode()))


@event_priority(-100)  # after every hook that waits for a result
def _stop_helper(config):
    parallel.stop_background()


on_post_build = CombinedEvent(_files_written, _write_sitemap, _stop_helper)


def on_build_error(error):
    _stop_conversions()
    site_files.discard()
    parallel.stop_background()


def _stop_conversions():
    if BUILD.prerender is not None:
        BUILD.prerender.cancel()
    BUILD.prerender, BUILD.prerendered = None, {}
