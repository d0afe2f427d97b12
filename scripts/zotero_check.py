"""Ask Zotero's own translation-server what each document page of a built site becomes.

    python scripts/zotero_check.py [SITE_DIR] [--server URL]

Zotero's reference manager reads a page with its translators (Embedded Metadata, RDF); its
translation-server runs the same code outside the browser. Set it up once (Node 18+):

    git clone --recursive https://github.com/zotero/translation-server
    cd translation-server && npm install && npm start      # listens on 127.0.0.1:1969

This script serves SITE_DIR (default ``site``, from ``make site``) on a free local port, sends
every ``archive/<slug>/`` page to the server and prints the item Zotero makes: type, container
(blog, forum, website or series title), date, short title and abstract. It exits 1 when an
item's type is not the one the page declares (``z:itemType``) or its container is not the site
the page names (``prism.publicationName``/``z:seriesTitle``; the archive's ``og:site_name`` when
it names none); 2 when the server cannot be
reached. ``tests/test_zotero_metadata.py`` encodes the same rules without the server.
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import json
import re
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

CONTAINERS = ("blogTitle", "forumTitle", "websiteTitle", "publicationTitle", "seriesTitle")
_META = re.compile(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"')


def declared(page: Path) -> dict[str, str]:
    """The page's own meta tags, unescaped (the first of each name)."""
    out: dict[str, str] = {}
    for name, content in _META.findall(page.read_text(encoding="utf-8")):
        out.setdefault(name, html.unescape(content))
    return out


def translate(server: str, url: str) -> dict:
    """The first item the translation-server makes of ``url``."""
    request = urllib.request.Request(
        f"{server.rstrip('/')}/web", data=url.encode(), headers={"Content-Type": "text/plain"}
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        items = json.load(response)
    return items[0] if items else {}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        """No request log: the report is the output."""


def check(site: Path, server: str) -> int:
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    wrong = 0
    try:
        for page in sorted((site / "archive").glob("*/index.html")):
            slug = page.parent.name
            meta = declared(page)
            if "z:itemType" not in meta:
                continue
            try:
                item = translate(server, f"{base}/archive/{slug}/")
            except (urllib.error.URLError, OSError) as error:
                print(f"{server}: {error} (is the translation-server running?)", file=sys.stderr)
                return 2
            container = next((item[f] for f in CONTAINERS if item.get(f)), None)
            expected = meta.get("prism.publicationName") or meta.get("z:seriesTitle")
            # Nothing names the original: Zotero may take the site the page is on (og:site_name).
            allowed = {expected} if expected else {None, meta.get("og:site_name")}
            ok = item.get("itemType") == meta["z:itemType"] and container in allowed
            wrong += not ok
            print(
                f"{'ok   ' if ok else 'WRONG'} {slug}: {item.get('itemType')} "
                f"(page: {meta['z:itemType']}), container {container!r} (page: {expected!r}), "
                f"date {item.get('date')!r}, short title {item.get('shortTitle')!r}, "
                f"abstract {str(item.get('abstractNote', ''))[:60]!r}"
            )
    finally:
        httpd.shutdown()
    print(f"zotero: {wrong} of the pages misread" if wrong else "zotero: every page read right")
    return 1 if wrong else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("site", nargs="?", default="site", type=Path)
    parser.add_argument("--server", default="http://127.0.0.1:1969")
    args = parser.parse_args(argv)
    if not (args.site / "archive").is_dir():
        print(f"{args.site}: no archive/ here (build the site first: make site)", file=sys.stderr)
        return 2
    return check(args.site, args.server)


if __name__ == "__main__":
    sys.exit(main())
