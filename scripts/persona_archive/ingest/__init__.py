"""Ingest: every raw source under ``sources/`` becomes one clean Markdown page.

``run`` is the run read top to bottom (``python scripts/ingest.py``, ``persona-archive-ingest``);
the steps it takes are here beside it: ``sources`` (finding and reading the raw files),
``manifest`` (stopping early when nothing changed), ``clean`` (each source cleaned, on every core,
or taken from the cache), ``naming`` (the pages' collection-wide names), ``pages`` (rendered,
written or checked) and ``report`` (progress, the summary, ``--report``). The cleaning itself is
``persona_archive.cleaning``.
"""
