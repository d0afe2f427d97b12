"""Citations: every archived document as a reference record, in every format readers need.

Computed from the generated pages alone (front matter + anchored paragraphs) and the anchor
ledger, so the site generator only has to place the results. Everything here is text from
scraped sources: each output escapes for its own syntax (BibTeX braces, RIS line breaks, HTML,
``<`` inside JSON-LD). One module a job:

- ``record``: the ``Record`` model, read from the pages once per build (``load_records``), a
  page's paragraphs only where needed (``with_paragraphs``).
- ``csl``: the CSL-JSON mapping (``csl_item``, ``csl_json``) and the name splitting every
  format shares; the data schema in ``csl/csl-data.schema.json``.
- ``citeproc_patch``: the only code that touches citeproc-py's internals, refused on any
  citeproc-py but the pinned one.
- ``formatting``: APA 7 and Chicago author-date through citeproc-py with the official CSL styles
  in ``csl/`` (Chicago: a post's title title-cased like the rest), American quotation marks
  (``us_quotes``), and their content cache (``formatted``, ``format_all``).
- ``bibtex``, ``ris``: one entry of each format.
- ``metadata``: the page head's meta tags (Highwire Press, Dublin Core, PRISM, Zotero's, Open
  Graph) and JSON-LD, as Zotero's translators read them; a page's description (``summary``).
- ``citebox``: the document page's cite box (``cite_box``, ``cite_boxes``).
- ``exports``: the whole-archive exports, gzip parts of bounded size listed by their manifests
  (``EXPORTS``: ``cite/archive.{bib,ris,json}.parts.json``, ``corpus/corpus.jsonl.parts.json``;
  ``read_parts``), and each document's downloads (``cite/<key>.*``).
- ``example``: the example document of hand-written pages (``[@example]``, ``{{ example.key }}``),
  taken from whatever documents exist.
- ``labels``: the cross-reference syntax (``XREF``) and a reference's ``short_label`` and
  ``preview``, for ``site/xref.py``.

This face re-exports the names the hooks, ``prebuild``, ``xref`` and the tests use; anything
else is imported from its module.
"""

from persona_archive.site.citations.citebox import cite_boxes
from persona_archive.site.citations.csl import csl_item
from persona_archive.site.citations.exports import (
    EXPORTS,
    downloads,
    exports,
    part_bytes,
    read_parts,
)
from persona_archive.site.citations.formatting import CACHE_DIR, STYLES, format_all, formatted
from persona_archive.site.citations.formatting import (  # tests/test_prebuild.py: ingest's entries
    _cache_path as _cache_path,
)
from persona_archive.site.citations.labels import XREF, preview, short_label
from persona_archive.site.citations.record import (
    Record,
    forget_records,
    load_records,
    with_paragraphs,
)

__all__ = [
    "CACHE_DIR",
    "EXPORTS",
    "STYLES",
    "XREF",
    "Record",
    "cite_boxes",
    "csl_item",
    "downloads",
    "exports",
    "forget_records",
    "format_all",
    "formatted",
    "load_records",
    "part_bytes",
    "preview",
    "read_parts",
    "short_label",
    "with_paragraphs",
]
