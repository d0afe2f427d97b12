"""Permanent paragraph links: the anchor ledger's promises, placed on the site.

``anchors.lock`` (kept by ``make anchors``) records every published paragraph id, the old
ids that now stand for another paragraph (aliases) and old slugs (redirects). This hook only puts
each alias into its page as an empty anchor inside the paragraph it stands for, and writes a small
redirect page for each old slug, keeping the ``#fragment``. Nothing is computed here.
"""

import html
import json
import re
from pathlib import Path

from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
from persona_archive import anchors

LEDGER = ROOT / anchors.LEDGER_FILE
_ledger: dict = anchors.empty_ledger()


def on_files(files, config):
    global _ledger
    _ledger = anchors.load_ledger(LEDGER)
    for old, new in _ledger["redirects"].items():
        if not re.fullmatch(r"[a-z0-9-]+", old):
            continue
        target = f"../{new}/" if new else "../../"
        files.append(
            File.generated(config, f"archive/{old}/index.html", content=redirect_page(target, new))
        )
    return files


def redirect_page(target: str, slug: str) -> str:
    """A page that sends the reader (and the paragraph fragment) to ``target``; the ``pa-redirect``
    meta names the new slug for the ledger check (``archive.anchors.site_problems``)."""
    href = html.escape(target)
    script = json.dumps(target).replace("<", "\\u003c")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<title>Moved</title><link rel="canonical" href="{href}">'
        f'<meta http-equiv="refresh" content="0; url={href}">'
        f'<meta name="robots" content="noindex">'
        f'<meta name="pa-redirect" content="{html.escape(slug)}"></head><body>'
        f'<p>This document moved to <a href="{href}">its new address</a>.</p>'
        f"<script>location.replace({script} + location.hash)</script></body></html>\n"
    )


def on_page_content(html_text, page, config, files):
    if not page.file.src_uri.startswith("archive/"):
        return html_text
    entry = _ledger["documents"].get(page.meta.get("slug"), {})
    for alias, target in entry.get("aliases", {}).items():
        if not re.fullmatch(r"p-[a-z0-9-]+", alias + target):
            continue
        opening = re.search(rf'<[a-z0-9]+\b[^>]*\bid="{re.escape(target)}"[^>]*>', html_text)
        if opening:
            span = f'<span class="pa-alias" id="{alias}" data-alias-of="{target}"></span>'
            html_text = html_text[: opening.end()] + span + html_text[opening.end() :]
    return html_text
