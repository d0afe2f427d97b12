"""The site map as an index and parts (``sitemap.xml`` -> ``sitemap-N.xml``), so the file
Material fetches on every page load does not grow with the archive. Thin: the XML is made by
``scripts/archive/sitemap.py``; this hook replaces the flat site map MkDocs wrote."""

import gzip
from pathlib import Path

from persona_archive.files import atomic_write
from persona_archive.site import sitemap

_files = None


def on_env(env, config, files):
    global _files
    _files = files
    return env


def on_post_build(config):
    if _files is None:
        return
    urls = [
        (f.page.canonical_url or f.page.abs_url, f.page.update_date)
        for f in _files.documentation_pages()
        if f.page is not None and (f.page.canonical_url or f.page.abs_url)
    ]
    base = config["site_url"] or "/"
    site = Path(config["site_dir"])
    files = sitemap.build(urls, base)
    for name, xml in files.items():
        atomic_write(site / name, xml)
    gz = site / "sitemap.xml.gz"
    gz.write_bytes(gzip.compress(files["sitemap.xml"].encode("utf-8"), mtime=0))
