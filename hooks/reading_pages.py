"""Browse pages and raw originals (the reading room, issue 5). Thin: the pages are computed by
``scripts/archive/listings.py`` and ``browse.py`` from the generated pages' data.

- the home page's ``<!-- archive:collection -->`` and the tag index's ``<!-- archive:tags -->``
  markers are filled with the collection at a glance and the tags with their counts;
- a page per tag, author, site and kind (paginated) is added to the build, its listing (HTML)
  put in place of its ``browse.BODY`` marker once the page is converted;
- each document's raw source is published byte for byte as ``raw/<slug>.txt``.
"""

from pathlib import Path

from mkdocs.structure.files import File
from persona_archive.cleaning import provenance
from persona_archive.site import browse, listings, site_files

COLLECTION = "<!-- archive:collection -->"
TAGS = "<!-- archive:tags -->"
_bodies: dict[str, str] = {}  # browse page's docs path -> its listing HTML, until converted


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def _collection(config):
    return listings.load_collection(Path(config["docs_dir"]) / "archive")


def _labels(config):
    return listings.load_labels(_root(config) / "taxonomy.yml")


def on_pre_build(config):
    listings.forget_collection()  # each build (and each `mkdocs serve` rebuild) reads afresh


def on_files(files, config):
    docs, labels = _collection(config), _labels(config)
    _bodies.clear()
    for uri, page in browse.browse_pages(docs, labels).items():
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content=page.markdown))
            _bodies[uri] = page.body
    sources = _root(config) / "sources"
    for doc in docs:
        raw = provenance.raw_original(sources, doc.get("source_file"))
        if raw is not None:
            site_files.add(files, config, f"raw/{doc['slug']}.txt", src=raw)
    return files


def on_page_markdown(markdown, page, config, files):
    if COLLECTION in markdown:
        markdown = markdown.replace(
            COLLECTION, listings.render_home(_collection(config), _labels(config))
        )
    if TAGS in markdown:
        markdown = markdown.replace(
            TAGS, listings.render_tag_index(_collection(config), _labels(config))
        )
    return markdown


def on_page_content(html, page, config, files):
    body = _bodies.pop(page.file.src_uri, None)
    return html if body is None else html.replace(browse.BODY, body, 1)
