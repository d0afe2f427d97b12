"""Citations on the site: the cite box and head metadata of each document page, and the
whole-archive exports (``cite/``, ``corpus/``) as generated files.

Thin on purpose: every record, format and export is computed by ``scripts/archive/citations.py``
from the generated pages and the anchor ledger; this hook only hands them to MkDocs. The
whole-archive exports are written to ``.cache/exports/`` a record at a time and copied from
there, so the build never holds an archive-sized export in memory; all of them reach the site
through ``site_files``, on a background thread.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from archive import citations, site_files, writing  # noqa: E402

LEDGER = ROOT / "anchors.lock"
EXPORTS = ROOT / ".cache" / "exports"
_records: dict[str, citations.Record] = {}


def on_pre_build(config):
    citations.forget_records()  # each build (and each `mkdocs serve` rebuild) reads afresh


def on_files(files, config):
    records = citations.load_records(
        Path(config["docs_dir"]) / "archive", config["site_url"] or "", LEDGER
    )
    _records.clear()
    _records.update({r.slug: r for r in records})
    citations.format_all(records)  # on every core, before the pages ask for them one by one
    for path, pieces in citations.exports(records).items():
        writing.atomic_write(EXPORTS / path, pieces)
        site_files.add(files, config, path, src=EXPORTS / path)
    for r in records:  # one record per document, for the cite box's downloads
        for path, content in (
            (f"cite/{r.key}.bib", citations.bibtex(r)),
            (f"cite/{r.key}.ris", citations.ris(r)),
            (f"cite/{r.key}.json", citations.csl_json([r])),
        ):
            site_files.add(files, config, path, content=content)
    return files


def on_page_context(context, page, config, nav):
    record = (
        _records.get(page.meta.get("slug")) if page.file.src_uri.startswith("archive/") else None
    )
    if record is not None:
        context["pa_cite"] = citations.cite_box(record)
    return context
