#!/usr/bin/env python3
"""Take the README's screenshots of the built site with headless Chromium (Playwright).

    python scripts/screenshots.py [--site DIR] [--out DIR] [--query WORDS]

Serves ``--site`` (default ``site/``, built by ``make site``) on 127.0.0.1 and writes
``screenshots/document-page.png`` (the last archived document, by slug) and
``screenshots/search-results.png`` (Material's search for ``--query``): the README's images,
outside ``docs/``, so the site does not publish them (no page shows them). Chromium: Debian's
``/usr/bin/chromium`` (or ``CHROMIUM_PATH``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import bench  # the local server and Chromium settings the benchmark uses
from persona_archive.paths import ROOT

_READY = """[...document.querySelectorAll('.md-search-result__meta')]
    .some(m => m.textContent.trim() && !/^Initializing/.test(m.textContent.trim()))"""


def _wait_until_ready(page, timeout_s: float = 120) -> None:
    """Wait for Material's search to have built its index (polled: the site's CSP forbids the
    string evaluation ``wait_for_function`` would use)."""
    for _ in range(int(timeout_s * 10)):
        if page.evaluate(_READY):
            return
        page.wait_for_timeout(100)
    raise TimeoutError(f"search not ready within {timeout_s} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", default=str(ROOT / "site"))
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--query", default="sentient minds")
    args = parser.parse_args(argv)
    site, out = Path(args.site), Path(args.out)
    documents = sorted(p.parent.name for p in (site / "archive").glob("*/index.html"))
    if not documents:
        print(f"screenshots: no archived documents in {site} (run `make site`)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with bench.serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=bench.CHROMIUM, args=bench.CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/archive/{documents[-1]}/")
        page.screenshot(path=str(out / "document-page.png"))
        page.goto(f"{base}/")
        _wait_until_ready(page)
        page.fill("input.md-search__input", args.query)
        page.press("input.md-search__input", "End")  # Material reads the box on keyup
        page.locator(".md-search-result__link").first.wait_for(timeout=30_000)
        page.wait_for_timeout(500)  # the results' fade-in
        page.screenshot(path=str(out / "search-results.png"))
        browser.close()
    print(f"screenshots: wrote {out / 'document-page.png'} and {out / 'search-results.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
