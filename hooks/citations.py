"""Citations: the cite box and head metadata of each document page, the whole-archive exports,
the anchor ledger's promises (old paragraph ids, old slugs) and cross-references in hand-written
pages. Thin: everything is made by ``persona_archive.site.citations``, ``anchors`` and ``xref``.

Events, in the order they run (priority in brackets):

- ``on_pre_build`` (0): forget the previous build's records.
- ``on_files`` (0): read the records and the ledger; format every citation (every core); hand the
  exports, each document's downloads, the data its cite box loads on demand and the cite boxes
  to the helper process; add a redirect page for each old slug.
- ``on_page_markdown`` (0): in hand-written pages, ``[@example]`` and ``{{ example.key }}``-style
  placeholders become a document of this collection (``citations.example``); then ``[@key]`` /
  ``[@key, ¶12]`` become links; an unknown key or paragraph is a warning (``--strict`` fails).
- ``on_page_content`` (0): each old paragraph id becomes an anchor in the paragraph it stands for.
- ``on_page_context`` (0): the page's cite box (``pa_cite``) for the template, and its own
  description (the start of its text) in place of the site's.
"""

import html
import logging
from pathlib import Path

from mkdocs.structure.files import File

from persona_archive import anchors, parallel
from persona_archive.page import front_matter_end
from persona_archive.paths import site_root
from persona_archive.site import citations, site_files, xref
from persona_archive.site.citations import citebox, example
from persona_archive.site.state import BUILD

log = logging.getLogger("mkdocs.hooks.citations")
BOX_BATCH = 100  # cite boxes per message to the helper process


def _archive(config) -> Path:
    return Path(config["docs_dir"]) / "archive"


def _records(config) -> list:
    """The records (read once per build: ``citations`` remembers them until the next)."""
    ledger = site_root(config) / anchors.LEDGER_FILE
    return citations.load_records(_archive(config), config["site_url"] or "", ledger)


def on_pre_build(config):
    citations.forget_records()  # each build (and each `mkdocs serve` rebuild) reads afresh


def on_files(files, config):
    records = _records(config)
    BUILD.records = {r.slug: r for r in records}
    citations.format_all(records)  # on every core, before the pages ask for them one by one
    # Made and written by the helper process while the pages are converted: the exports, each
    # document's cite-box files, and the cite boxes the pages then show.
    archive = _archive(config)
    limit = citations.part_bytes(config.get("extra"))  # the exports' parts: gzip, this size
    site_files.add_made(
        files, config, list(citations.EXPORTS), citations.exports, records, archive, limit
    )
    for i in range(0, len(records), BOX_BATCH):
        batch = records[i : i + BOX_BATCH]
        uris = [f"cite/{r.key}.{ext}" for r in batch for ext in ("bib", "ris", "json")]
        site_files.add_made(files, config, uris, citations.downloads, batch)
        uris = [citebox.data_uri(r) for r in batch]  # what the cite box loads on demand
        site_files.add_made(files, config, uris, citebox.cite_files, batch)
        made = parallel.background(citations.cite_boxes, batch, archive)
        BUILD.cite_boxes.update((r.slug, made) for r in batch)
    BUILD.ledger = anchors.load_ledger(site_root(config) / anchors.LEDGER_FILE)
    for uri, page in anchors.redirects(BUILD.ledger).items():
        files.append(File.generated(config, uri, content=page))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.startswith("archive/"):
        return markdown
    if example.uses_examples(markdown):
        found = example.example_record(_records(config), _archive(config))
        markdown = example.fill_examples(markdown, found)
    if "[@" not in markdown:
        return markdown
    return xref.render_xrefs(
        markdown,
        src_uri=page.file.src_uri,
        page_url=page.url,
        first_line=_front_matter_lines(page),
        by_key={r.key: r for r in _records(config)},
        archive_dir=_archive(config),
        warn=log.warning,
    )


def _front_matter_lines(page) -> int:
    """How many lines precede the Markdown body in the source file (front matter)."""
    try:
        text = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    except (OSError, TypeError):
        return 0
    return text.count("\n", 0, front_matter_end(text))


def on_page_content(html, page, config, files):
    if not page.file.src_uri.startswith("archive/"):
        return html
    entry = BUILD.ledger.get("documents", {}).get(page.meta.get("slug"), {})
    return anchors.place_aliases(html, entry)


def on_page_context(context, page, config, nav):
    archived = page.file.src_uri.startswith("archive/")
    record = BUILD.records.get(page.meta.get("slug")) if archived else None
    if record is not None:
        # taken, not looked up: a box is rendered once, and the build need not hold them all
        context["pa_cite"] = box = BUILD.cite_boxes.pop(record.slug).result().pop(record.slug)
        if box["description"]:  # the theme writes it unescaped into <meta name="description">
            page.meta["description"] = html.escape(box["description"])
    return context
