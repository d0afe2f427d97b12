"""Persona Archive: raw scraped pages in, a clean, searchable, citable static site out.

The package has two halves and a few shared contracts between them:

- ``cleaning/`` — one source in, one clean document out. One module per stage, in pipeline
  order: ``decoding``, ``mojibake``, ``boilerplate``, ``duplicates``, ``structure``, ``tagging``,
  ``writing``; ``pipeline`` strings them together. Pure functions of text and data.
- ``ingest/`` — the run over a whole ``sources/`` folder: discovery, the content cache, the
  collection-wide names, writing the pages, the summary (``ingest.run.main`` is the command).
- ``site/`` — the generated pages in, the site's extra pages, citations, search entries and files
  out, for the thin MkDocs hooks in ``hooks/``.
- shared: ``page`` (reading a generated page back), ``anchors`` (paragraph ids and their
  ledger), ``kinds`` (the document kinds), ``cache`` (the one content cache), ``files``,
  ``parallel``, ``paths``, ``errors``.
"""
