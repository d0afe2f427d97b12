"""Citations on the site: the cite box and head metadata of each document page, and the
whole-archive exports (``cite/``, ``corpus/``) as generated files.

Thin on purpose: every record, format and export is computed by ``scripts/archive/citations.py``
from the generated pages and the anchor ledger; this hook only hands them over. The helper
process (``parallel``) makes the cite boxes while the pages are converted, and, through
``site_files``, each document's citation files and the whole-archive exports (written a record at
a time: the build never holds an archive-sized export in memory).
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
from persona_archive import anchors, parallel
from persona_archive.site import citations, site_files

LEDGER = ROOT / anchors.LEDGER_FILE
BOX_BATCH = 100  # cite boxes per message to the helper process
_records: dict[str, citations.Record] = {}
_boxes: dict = {}  # slug -> future of its batch's cite boxes


def on_pre_build(config):
    citations.forget_records()  # each build (and each `mkdocs serve` rebuild) reads afresh


def on_files(files, config):
    archive = Path(config["docs_dir"]) / "archive"
    records = citations.load_records(archive, config["site_url"] or "", LEDGER)
    _records.clear()
    _records.update({r.slug: r for r in records})
    citations.format_all(records)  # on every core, before the pages ask for them one by one
    # Made and written by the helper process while the pages are converted: the exports, each
    # document's cite-box files, and the cite boxes the pages then show.
    site_files.add_made(files, config, list(citations.EXPORTS), citations.exports, records, archive)
    _boxes.clear()
    for i in range(0, len(records), BOX_BATCH):
        batch = records[i : i + BOX_BATCH]
        uris = [f"cite/{r.key}.{ext}" for r in batch for ext in ("bib", "ris", "json")]
        site_files.add_made(files, config, uris, citations.downloads, batch)
        made = parallel.background(citations.cite_boxes, batch)
        _boxes.update((r.slug, made) for r in batch)
    return files


def on_page_context(context, page, config, nav):
    record = (
        _records.get(page.meta.get("slug")) if page.file.src_uri.startswith("archive/") else None
    )
    if record is not None:
        context["pa_cite"] = _boxes[record.slug].result()[record.slug]
    return context
