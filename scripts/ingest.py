#!/usr/bin/env python3
"""Ingest: turn every raw source under ``sources/`` into one clean Markdown page.

    python scripts/ingest.py [--sources DIR] [--out DIR] [--check] [--report FILE.json]

Reads every raw file under the sources dir (default ``sources``; ``catalog.yml`` and dotfiles
excepted) and writes exactly one Markdown page per document to the out dir (default
``docs/archive``), with its cleaning log beside it; removes the pages whose source is gone.
Unchanged sources are not processed again (a content-hash cache), so a re-run on an unchanged
archive is near-instant. ``--check`` writes nothing and exits 1 when the out dir is not exactly
what ingest would write.

Exit status: 0 all converted; 1 some source could not be converted (each reported on stderr as
``<path>: <reason>``, every other page still written); 2 usage or configuration error.

The run is ``persona_archive.ingest.run`` (also installed as ``persona-archive-ingest``).
"""

import sys

from persona_archive.ingest.run import main

if __name__ == "__main__":
    sys.exit(main())
