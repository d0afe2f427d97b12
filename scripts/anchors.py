#!/usr/bin/env python3
"""The anchor ledger: keep every published paragraph link and document URL working.

    python scripts/anchors.py [--archive DIR] [--ledger FILE] [--check] [--site DIR]

``make anchors`` runs it after ingest; the command is ``persona_archive.site.ledger_cli`` (also
installed as ``persona-archive-anchors``), where its options are described.
"""

import sys

from persona_archive.site.ledger_cli import main

if __name__ == "__main__":
    sys.exit(main())
