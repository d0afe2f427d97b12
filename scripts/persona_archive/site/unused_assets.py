"""Theme files no reader loads, left out of the built site.

Material ships source maps for its scripts and stylesheet (1.3 MB: only a developer's tools ask
for them) and, for its lunr search, the lunr language packs and word segmenters (0.9 MB) and its
search worker. Under Pagefind the archive's pages point Material's search at an idle worker
(``search_engine.idle_material_worker``), so no page loads any of the lunr files. At 1,000
documents they were 2.3 kB of site per document; at any size, 2.3 MB of the host's quota.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

LUNR_ONLY = (
    "assets/javascripts/lunr",
    "assets/javascripts/workers",
    "assets/pa-search-lunr.js",  # the archive's lunr result links and worker prelude
    "assets/pa-search-worker.js",
)
_MAP_COMMENT = re.compile(r"\n?(?://|/\*)# sourceMappingURL=[^\n]*?(?:\*/)?\s*\Z")


def without_map_comment(text: str) -> str:
    """``text`` without its closing ``sourceMappingURL`` comment (the map is not published, so
    a developer's tools would only meet a missing file).

    >>> without_map_comment("a();\\n//# sourceMappingURL=bundle.min.js.map")
    'a();'
    >>> without_map_comment("a{}\\n/*# sourceMappingURL=main.css.map*/")
    'a{}'
    >>> without_map_comment("a(); // sourceMappingURL is a word here\\nb();")
    'a(); // sourceMappingURL is a word here\\nb();'
    """
    return _MAP_COMMENT.sub("", text)


def prune(site_dir: Path, engine: str) -> list[str]:
    """Remove the source maps (and their comments) from ``site_dir/assets`` and, under
    ``engine == "pagefind"``, the lunr-only files. Returns what was removed, relative paths."""
    site_dir = Path(site_dir)
    assets = site_dir / "assets"
    removed = []
    for source_map in sorted(assets.rglob("*.map")):
        served = source_map.with_suffix("")  # bundle.min.js.map -> bundle.min.js
        if served.is_file():
            text = served.read_text(encoding="utf-8")
            stripped = without_map_comment(text)
            if stripped != text:
                served.write_text(stripped, encoding="utf-8")
        source_map.unlink()
        removed.append(source_map.relative_to(site_dir).as_posix())
    if engine == "pagefind":
        for name in LUNR_ONLY:
            path = site_dir / name
            if path.is_dir():
                shutil.rmtree(path)
            elif path.is_file():
                path.unlink()
            else:
                continue
            removed.append(name)
    return removed
