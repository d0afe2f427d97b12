"""Search engine switch (``extra.search_engine`` in mkdocs.yml: ``lunr`` | ``pagefind``).

Thin on purpose: the logic is in ``scripts/archive/search_engine.py``.

- lunr (default): nothing here; hooks/reading_search.py, which writes the index, warns with its
  figures when it passes the size where lunr gets slow in the browser, naming the switch.
- pagefind: mark each page's article as Pagefind's body with its filters (tag, kind, author,
  site), give Material's search a worker that loads nothing, run the Pagefind indexer on the
  built site, and empty Material's unused lunr index.
"""

import logging
from pathlib import Path

from persona_archive.site import search_engine

log = logging.getLogger("mkdocs.hooks.search_engine")

_engine = search_engine.DEFAULT


def on_config(config):
    global _engine
    try:
        _engine = search_engine.engine(config.get("extra"))
    except search_engine.EngineError as exc:
        from mkdocs.exceptions import ConfigurationError

        raise ConfigurationError(str(exc)) from None
    config["extra"]["search_engine"] = _engine  # the templates read it
    return config


def on_post_page(output, page, config):
    if _engine != "pagefind":
        return output
    output = search_engine.idle_material_worker(output)
    return search_engine.annotate_page(output, page.meta, page.file.src_uri)


def on_post_build(config):
    site = Path(config["site_dir"])
    if _engine == "lunr":
        return  # the size warning: hooks/reading_search.py, which writes the index
    run = search_engine.run_pagefind(site)
    saved = search_engine.empty_lunr_index(site)
    log.info(
        f"pagefind: indexed {run.pages} pages in {run.seconds:.1f} s, peak memory "
        f"{run.peak_rss_mb:.0f} MB, bundle {run.bundle_bytes / 1e6:.1f} MB; "
        f"unused lunr index emptied ({saved / 1e6:.1f} MB saved)"
    )
