"""Pagefind in shards (issue 20): past ``SHARD_PAGES`` pages the archive is indexed one shard at
a time, so the indexer's memory is bounded by the shard; the browser merges the shards into one
search. Unit tests on a constructed site, and the seed archive indexed one page per shard,
searched in Chromium."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
from pathlib import Path

import pytest

import bench
from persona_archive.site import search_engine
from persona_archive.site.listings import read_front_matter

BUNDLE = search_engine.BUNDLE


def _site(root, pages: dict[str, str]):
    """A built site of ``pages`` (path → body text); names starting with ``plain`` are not
    marked as Pagefind's body (the site's own pages under a search exclusion)."""
    for rel, text in pages.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "" if path.parent.name.startswith("plain") else " data-pagefind-body"
        path.write_text(
            f'<!doctype html><html lang="en"><head><title>{rel}</title></head>'
            f"<body><nav>Menu words everywhere</nav><main{body}><p>{text}</p></main></body></html>",
            encoding="utf-8",
        )
    return root


def fragment(path) -> dict:
    """A Pagefind fragment: gzip of ``pagefind_dcd`` and the page's JSON."""
    data = gzip.decompress(path.read_bytes())
    assert data.startswith(b"pagefind_dcd")
    return json.loads(data[len(b"pagefind_dcd") :])


def test_a_shard_starts_once_the_page_after_it_arrives(tmp_path, monkeypatch):
    """Pages come as MkDocs writes them: a shard is handed to an indexer only when the page
    after it arrives (by then its own last page is on disk); the rest at the end."""
    started: list[tuple[int, list[str]]] = []

    def index_shard(site_dir, bundle, language, timeout, k, pages):
        started.append((k, list(pages)))
        (bundle / ("." if k == 0 else f"shard-{k}")).mkdir(parents=True, exist_ok=True)
        return "", 0.0

    monkeypatch.setattr(search_engine, "_index_shard", index_shard)
    pages = [f"archive/d{i:02}/index.html" for i in range(7)]
    indexer = search_engine.ShardIndexer(tmp_path, shard_pages=3)
    for i, page in enumerate(pages):
        indexer.add(page)
        indexer.runs and indexer.runs[-1].result()
        assert len(started) == (i // 3 if i < 6 else 2), (i, started)
    run = indexer.finish()
    assert sorted(started) == [(0, pages[0:3]), (1, pages[3:6]), (2, pages[6:7])]
    assert run.shards == 3
    merged = json.loads((tmp_path / BUNDLE / search_engine.SHARDS_FILE).read_text())["merge"]
    assert merged == ["shard-1/", "shard-2/"]
    with pytest.raises(search_engine.EngineError, match="at least 1"):
        search_engine.ShardIndexer(tmp_path, shard_pages=0)


def test_a_failed_shard_fails_the_index(tmp_path, monkeypatch):
    def index_shard(site_dir, bundle, language, timeout, k, pages):
        raise search_engine.EngineError(f"pagefind: exit status 1 (shard {k})")

    monkeypatch.setattr(search_engine, "_index_shard", index_shard)
    indexer = search_engine.ShardIndexer(tmp_path, shard_pages=1)
    for page in ("a/index.html", "b/index.html"):
        indexer.add(page)
    with pytest.raises(search_engine.EngineError, match="shard 0"):
        indexer.finish()


def test_only_pages_marked_as_the_body_are_sharded(tmp_path):
    site = _site(
        tmp_path,
        {"archive/a/index.html": "alpha", "plain/index.html": "site page", "index.html": "home"},
    )
    (site / BUNDLE).mkdir()
    (site / BUNDLE / "old.html").write_text("<main data-pagefind-body>x</main>")
    assert sorted(search_engine.searchable_pages(site)) == ["archive/a/index.html", "index.html"]


def test_an_archive_past_the_bound_is_indexed_in_shards_the_browser_merges(tmp_path):
    words = ["amber", "basalt", "cobalt", "dolomite", "emerald"]
    site = _site(
        tmp_path / "site",
        {f"archive/{w}/index.html": f"The {w} paragraph of this page." for w in words}
        | {"plain/index.html": "Unmarked page about granite."},
    )
    run = search_engine.run_pagefind(site, shard_pages=2)
    bundle = site / BUNDLE
    assert run.shards == 3 and run.pages == 5
    merged = json.loads((bundle / search_engine.SHARDS_FILE).read_text())["merge"]
    assert merged == ["shard-1/", "shard-2/"]
    # each shard is a complete index of its own pages, without the loader and WebAssembly the
    # first one has (the browser merges them into the first one's instance)
    for k, shard in enumerate([bundle, bundle / "shard-1", bundle / "shard-2"]):
        assert (shard / "pagefind-entry.json").is_file()
        assert len(list((shard / "fragment").glob("*.pf_fragment"))) == (1 if k == 2 else 2)
        assert (shard / "pagefind.js").is_file() == (k == 0)
        assert len(list(shard.glob("wasm.*.pagefind"))) == (k == 0)
        assert not list(shard.glob("pagefind-ui.*")) and not list(shard.glob("*-ui.js"))
    # the pages keep their site-relative URLs, and the unmarked page is in no shard
    urls = sorted(fragment(p)["url"] for p in bundle.rglob("fragment/*.pf_fragment"))
    assert urls == [f"/archive/{w}/" for w in words]


def test_an_archive_within_the_bound_is_one_index(tmp_path):
    site = _site(tmp_path / "site", {"archive/a/index.html": "one", "archive/b/index.html": "two"})
    run = search_engine.run_pagefind(site, shard_pages=2)
    assert run.shards == 1 and run.pages == 2
    assert json.loads((site / BUNDLE / search_engine.SHARDS_FILE).read_text()) == {"merge": []}
    assert not list((site / BUNDLE).glob("shard-*"))


def test_pruning_keeps_what_the_search_loads(tmp_path):
    bundle = tmp_path / BUNDLE
    bundle.mkdir()
    for name in ("pagefind.js", "pagefind-worker.js", "pagefind-ui.js", "pagefind-ui.css",
                 "pagefind-component-ui.js", "pagefind-highlight.js", "wasm.en.pagefind",
                 "wasm.unknown.pagefind"):  # fmt: skip
        (bundle / name).write_text("x" * 10)
    entry = {"version": "1.5.2", "languages": {"en": {"hash": "en_1", "wasm": "en"}}}
    (bundle / "pagefind-entry.json").write_text(json.dumps(entry))
    # the interfaces go, and the WebAssembly of a language the index is not in
    assert search_engine.prune_bundle(bundle) == 50
    assert sorted(p.name for p in bundle.iterdir()) == [
        "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "wasm.en.pagefind"
    ]  # fmt: skip
    # the second shard is searched with the first's loader, the others with its WebAssembly too
    assert search_engine.prune_bundle(bundle, loader=False) == 20
    assert sorted(p.name for p in bundle.iterdir()) == ["pagefind-entry.json", "wasm.en.pagefind"]
    assert search_engine.prune_bundle(bundle, loader=False, wasm=False) == 10
    assert sorted(p.name for p in bundle.iterdir()) == ["pagefind-entry.json"]


def test_a_documents_result_title_is_its_title(pagefind_archive):
    """Pagefind names a document by its first heading (the page leaves its title out of the
    filter element): the front matter's title, with a supplied one without its brackets."""
    project, built = pagefind_archive
    titles = {}
    for path in (built / BUNDLE).rglob("fragment/*.pf_fragment"):
        data = fragment(path)
        titles[data["url"]] = data["meta"]["title"]
    docs = sorted((project / "docs" / "archive").glob("*.md"))
    assert docs
    for doc in docs:
        meta = read_front_matter(doc)
        assert titles[f"/archive/{meta['slug']}/"] == meta["title"], doc.name


@pytest.fixture(scope="module")
def sharded(pagefind_archive, tmp_path_factory):
    """The seed archive built under Pagefind, then a copy of it indexed one page per shard."""
    project, built = pagefind_archive
    site = tmp_path_factory.mktemp("sharded") / "site"
    shutil.copytree(built, site)
    shutil.rmtree(site / BUNDLE)
    run = search_engine.run_pagefind(site, shard_pages=1)
    return project, site, run


@pytest.mark.slow
@pytest.mark.browser
def test_every_document_is_found_across_shards_and_filters_span_them(sharded, browser):
    project, site, run = sharded
    docs = sorted((project / "docs" / "archive").glob("*.md"))
    assert run.shards == run.pages >= len(docs) + 1  # one page per shard
    with bench.serve(site) as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{url}/")
        page.click("input.md-search__input")
        for doc in docs:
            page.fill("input.md-search__input", bench._phrase(doc))
            page.press("input.md-search__input", "End")
            link = page.locator(f'.pa-pf-list .md-search-result__link[href*="archive/{doc.stem}/"]')
            link.first.wait_for(state="attached", timeout=30_000)
            assert re.search(r"#p-[a-z0-9]+$", link.first.get_attribute("href"))
        # the site filter offers every document's site, gathered from all the shards
        page.click(".pa-pf-filters summary")
        options = page.locator("select[data-filter=site] option")
        options.nth(1).wait_for(state="attached")
        offered = set(options.evaluate_all("els => els.slice(1).map(e => e.value)"))
        sites = {read_front_matter(d).get("site") for d in docs} - {None}
        assert sites and sites <= offered, (sites, offered)
        page.close()
    assert not errors, errors


def test_a_running_processs_peak_memory_is_read_from_proc():
    if not Path("/proc/self/status").exists():
        pytest.skip("no /proc on this system")
    assert search_engine._high_water_mb(os.getpid()) > 1
    assert search_engine._high_water_mb(2**22 + 12345) == 0.0  # no such process
