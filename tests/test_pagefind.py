"""Search engines: the switch, the lunr size warning, and the same search tests for both engines
in Chromium (every document found by a phrase of its body, results deep-link to the paragraph);
for Pagefind also highlighting on the target page and filters by tag, kind, author and site."""

from __future__ import annotations

import concurrent.futures
import gzip
import html
import importlib.util
import json
import re
import subprocess
import time
from pathlib import Path

import pytest
import yaml

import bench
from persona_archive.paths import ROOT
from persona_archive.site import search_engine, search_entries, search_parts
from persona_archive.site.listings import KIND_SINGULAR
from persona_archive.site.state import BUILD

_WORD = re.compile(r"[A-Za-z]{4,}")


# --- the switch and the warning (fast) -----------------------------------------------------


def test_the_switch_defaults_to_lunr_and_rejects_unknown_engines():
    assert search_engine.engine(None) == "lunr"
    assert search_engine.engine({"search_engine": "pagefind"}) == "pagefind"
    with pytest.raises(search_engine.EngineError, match=r"extra\.search_engine"):
        search_engine.engine({"search_engine": "algolia"})


def test_mkdocs_yml_documents_the_switch():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^extra:\n(?:  #.*\n)*  search_engine: (lunr|pagefind)\b", text, re.M)
    assert "hooks/search.py" in text


def test_lunr_warning_names_the_switch_and_the_figures():
    small = search_engine.LunrFigures(40, 300, 300_000, 100_000)
    assert search_engine.lunr_warning(small) is None
    big = search_engine.LunrFigures(1000, 9000, 8_000_000, 3_100_000)
    warning = search_engine.lunr_warning(big)
    assert "8.0 MB" in warning and "1000 pages" in warning
    assert "search_engine: pagefind" in warning


def test_the_gzipped_size_is_estimated_from_a_sample_and_exact_under_a_megabyte():
    import gzip
    import random

    rnd = random.Random(3)
    words = [
        "".join(rnd.choice("abcdefghij") for _ in range(rnd.randint(2, 9))) for _ in range(900)
    ]
    data = " ".join(rnd.choice(words) for _ in range(1_400_000)).encode()  # ~8 MB
    meter = search_engine.SizeMeter()
    for start in range(0, len(data), 77_777):  # pieces cut anywhere, as the writer yields them
        meter.feed(data[start : start + 77_777])
    real = len(gzip.compress(data, 6))
    assert meter.size == len(data) and abs(meter.gzip_size() - real) < 0.05 * real
    small = search_engine.SizeMeter()
    small.feed(data[:900_000])
    assert abs(small.gzip_size() - len(gzip.compress(data[:900_000], 6))) < 64


def test_pagefind_filters_are_attributes_never_indexed_text():
    opening = search_engine.pagefind_attributes(
        {"tags": ["x"], "kind": "blog-post", "authors": ["A <b>"], "site": "S"}, "about.md"
    )
    assert "data-pagefind-body" in opening
    assert "author[data-f3]" in opening and 'data-f3="A &lt;b&gt;"' in opening
    assert opening.count("<span") == 1  # every filter named once, in one element
    assert re.search(r"<span[^>]*>[^<]", opening) is None  # no text inside the filter elements


def test_a_documents_filters_are_its_panels_links():
    """An archived document names its tags, kind, authors and site once: the metadata panel's
    links (and names without a page) are Pagefind's filters, with the text the panel shows."""
    from persona_archive.site import browse, reading

    doc = {"slug": "d", "title": "D", "kind": "blog-post", "tags": ["rlhf"], "words": 10,
           "authors": ["Ann <b>", "Bo"], "site": "S & Co", "source_sha256": "0"}  # fmt: skip
    names = {k: v for k, v in browse.name_paths([doc]).items() if k != ("authors", "Bo")}
    labels = {"rlhf": {"label": "RLHF"}}
    html = reading.panel(doc, labels, names, "../../", "data-pagefind-ignore", filters=True)
    marked = re.findall(r'<(a|span) data-pagefind-filter="(\w+)"[^>]*>([^<]*)<', html)
    assert sorted((f, v) for _tag, f, v in marked) == [
        ("author", "Ann &lt;b&gt;"), ("author", "Bo"), ("kind", "Blog post"),
        ("site", "S &amp; Co"), ("tag", "RLHF"),
    ]  # fmt: skip
    opening = search_engine.pagefind_attributes(doc, "archive/d.md", labels)
    assert "data-pagefind-filter" not in opening  # not named twice
    plain = reading.panel(doc, labels, names, "../../", "data-search-exclude")
    assert "data-pagefind" not in plain  # under lunr, no Pagefind marks


def test_the_pagefind_binary_ships_in_the_wheel():
    exe = Path(search_engine.pagefind_executable())
    assert exe.is_file() and "pagefind_bin" in exe.parts
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=30)
    assert out.stdout.startswith("pagefind 1.")


# --- built sites in both engines (slow, browser) -------------------------------------------


@pytest.fixture(scope="module")
def sites(pagefind_archive):
    """The seed archive built once per engine: Pagefind's from the shared fixture, lunr beside."""
    project, pagefind = pagefind_archive
    lunr = project / "site-lunr"
    if not lunr.exists():
        result = bench.build(project, lunr, "mkdocs.yml")
        assert result["returncode"] == 0, result["stderr"][-3000:]
    return project, {"lunr": lunr, "pagefind": pagefind}


def _phrases(project: Path) -> dict[str, str]:
    """A five-word phrase from the middle of each page's longest middle paragraph."""
    out = {}
    for path in sorted((project / "docs" / "archive").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        paras = [html.unescape(p) for p in body.split("\n\n") if p and p[0] not in "#{<"]
        middle = paras[len(paras) // 2 :] or paras
        tokens = _WORD.findall(max(middle, key=len))
        start = max(0, len(tokens) // 2 - 2)
        out[path.stem] = " ".join(tokens[start : start + 5])
    return out


def _search(page, phrase: str):
    page.fill("input.md-search__input", phrase)
    page.press("input.md-search__input", "End")


def test_pagefind_build_indexes_every_document_and_empties_lunr(sites):
    project, built = sites
    site = built["pagefind"]
    assert (site / "pagefind" / "pagefind.js").is_file()
    docs = list((project / "docs" / "archive").glob("*.md"))
    fragments = list((site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert len(fragments) >= len(docs)
    assert '"docs":[]' in (site / "search" / "search_index.json").read_text(encoding="utf-8")
    page_html = next((site / "archive").glob("*/index.html")).read_text(encoding="utf-8")
    assert "data-pagefind-body" in page_html and "pa-pagefind.js" in page_html
    lunr_html = next((built["lunr"] / "archive").glob("*/index.html")).read_text("utf-8")
    assert "data-pagefind-body" not in lunr_html and "pa-pagefind.js" not in lunr_html
    assert "pa-search-lunr.js" in lunr_html and "pa-search-lunr.js" not in page_html
    # Material's worker: lunr's under lunr, the stand-in that loads nothing under Pagefind
    assert _worker(site, page_html) == "assets/pa-search-idle.js"
    assert (site / "assets" / "pa-search-idle.js").is_file()
    assert "workers/search." not in page_html
    # under lunr, the archive's worker: Material's after a prelude (issue 17)
    assert _worker(built["lunr"], lunr_html).startswith("assets/javascripts/workers/pa-search.")


def _worker(site, page_html: str) -> str:
    """Material's search worker as the page's settings name it, from the site's root: in the
    page, or in the settings script every page shares (``shared_markup.take_config``)."""
    inline = re.search(r'"search": ?"(?:\.\./)*([^"]+)"', page_html)
    if inline:
        return inline[1]
    shared = (site / "assets" / "pa-md-config.js").read_text(encoding="utf-8")
    return re.search(r'"search":"([^"]+)"', shared)[1]


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("engine", ["lunr", "pagefind"])
def test_every_document_is_found_and_results_deep_link(engine, sites, browser):
    project, built = sites
    with bench.serve(built[engine]) as url:
        context = browser.new_context()
        page = context.new_page()
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        page.goto(f"{url}/")
        # one search box in the header, Material's, whatever the engine
        assert page.locator(".md-header input:is([type=text], [type=search])").count() == 1
        assert page.locator("input.md-search__input").count() == 1
        deep = {}
        for slug, phrase in _phrases(project).items():
            _search(page, phrase)
            link = page.locator(f'.md-search-result__link[href*="archive/{slug}/"]').first
            link.wait_for(state="attached", timeout=30_000)
            hrefs = page.eval_on_selector_all(
                f'.md-search-result__link[href*="archive/{slug}/"]',
                "els => els.map(e => e.href)",
            )
            deep[slug] = any(re.search(r"#p-[a-z0-9]+$", h) for h in hrefs)
        context.close()
    assert all(deep.values()), deep
    lunr_worker = [u for u in requested if re.search(r"/workers/(pa-)?search\.", u)]
    assert bool(lunr_worker) == (engine == "lunr"), lunr_worker  # Pagefind: never lunr's


@pytest.mark.slow
@pytest.mark.browser
def test_pagefind_result_opens_the_paragraph_highlighted(sites, browser):
    project, built = sites
    slug, phrase = next(iter(_phrases(project).items()))
    with bench.serve(built["pagefind"]) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}/")
        _search(page, phrase)
        link = page.locator(f'.pa-pf-para[href*="archive/{slug}/"]').first
        link.wait_for(timeout=30_000)
        assert link.locator("mark").count() >= 1  # the hit is marked in the result
        target = link.get_attribute("data-pa-paragraph")
        link.click()
        page.wait_for_url(f"**/archive/{slug}/**")
        page.locator("mark.pa-hit").first.wait_for(timeout=10_000)
        assert page.evaluate("location.hash") == f"#{target}"
        assert page.locator(f"#{target}.pa-target").count() == 1
        assert page.locator(f"#{target} mark.pa-hit").count() >= 1
        context.close()


@pytest.mark.slow
@pytest.mark.browser
def test_pagefind_shows_the_first_result_without_waiting_for_the_others(sites, browser):
    """Results appear in order as their fragments arrive: with every fragment but the first
    held back, the first result is on screen; released, the others follow it."""
    _, built = sites
    held: list = []
    seen: list[str] = []

    def hold(route):
        seen.append(route.request.url)
        if len(seen) == 1:
            route.continue_()
        else:
            held.append(route)

    with bench.serve(built["pagefind"]) as url:
        context = browser.new_context()
        page = context.new_page()
        page.route("**/pagefind/fragment/*", hold)
        page.goto(f"{url}/")
        _search(page, "model")  # a word every document of the archive uses
        page.locator(".pa-pf-list > li").first.wait_for(timeout=30_000)
        deadline = time.monotonic() + 10
        while len(seen) < 2 and time.monotonic() < deadline:  # the others were asked for too
            page.wait_for_timeout(50)
        assert len(held) >= 1
        assert page.locator(".pa-pf-list > li").count() == 1
        assert page.locator(".pa-pf-meta").inner_text().endswith("matching documents")
        for route in held:
            route.continue_()
        page.wait_for_function(
            "n => document.querySelectorAll('.pa-pf-list > li').length === n",
            arg=len(seen),
            timeout=30_000,
        )
        context.close()


@pytest.mark.slow
@pytest.mark.browser
def test_pagefind_filters_by_tag_kind_author_and_site(sites, browser):
    project, built = sites
    from persona_archive.site.listings import read_collection

    docs = read_collection(project / "docs" / "archive")
    with bench.serve(built["pagefind"]) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}/")
        page.click("input.md-search__input")
        page.click(".pa-pf-filters summary")
        for key in ("tag", "kind", "author", "site"):
            page.locator(f"select[data-filter={key}] option").nth(1).wait_for(state="attached")
        kind = docs[0]["kind"]  # offered as the panel shows it
        page.select_option("select[data-filter=kind]", KIND_SINGULAR.get(kind, kind))
        expected = {d["slug"] for d in docs if d["kind"] == kind}
        page.locator(".pa-pf-list > li").first.wait_for()
        page.wait_for_timeout(500)
        hrefs = page.eval_on_selector_all(
            ".pa-pf-list .md-search-result__link", "els => els.map(e => e.href)"
        )
        found = {re.search(r"archive/([^/]+)/", h)[1] for h in hrefs}
        assert found == expected
        context.close()


def _pagefind_hrefs(page, query: str) -> list[str]:
    """The document links of the Pagefind results for ``query``, once they are all shown."""
    _search(page, "")  # no results left from the last query
    page.wait_for_function(
        "() => document.querySelector('.pa-pf-meta').textContent === 'Type to start searching'"
    )
    _search(page, query)
    page.wait_for_function(
        "() => { const m = document.querySelector('.pa-pf-meta').textContent;"
        " const n = document.querySelectorAll('.pa-pf-list > li').length;"
        " return /^No matching/.test(m) || (n > 0 && n === Math.min(10, parseInt(m))); }",
        timeout=30_000,
    )
    return page.eval_on_selector_all(
        ".pa-pf-list > li > .md-search-result__link:first-child", "els => els.map(e => e.href)"
    )


@pytest.mark.slow
@pytest.mark.browser
def test_pagefind_phrases_ranking_and_tag_labels(sites, browser):
    """Issue 17 under Pagefind: a quoted phrase matches as a phrase; archive documents come
    before the site's own pages; the tag filter offers labels, not slugs."""
    project, built = sites
    from persona_archive.site.listings import load_labels

    labels = load_labels(project / "taxonomy.yml")
    slug = next(iter(_phrases(project)))
    body = (project / "docs" / "archive" / f"{slug}.md").read_text(encoding="utf-8")
    runs = re.findall(r"(?<![\w&#;])(?:[A-Za-z]{3,} ){3}[A-Za-z]{3,}(?![\w&#;])", body)
    phrase = runs[len(runs) // 2]  # four whole words that stand together in the text
    with bench.serve(built["pagefind"]) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}/")
        page.click("input.md-search__input")
        assert any(f"/archive/{slug}/" in h for h in _pagefind_hrefs(page, f'"{phrase}"'))
        backwards = " ".join(reversed(phrase.split()))
        assert not any(f"/archive/{slug}/" in h for h in _pagefind_hrefs(page, f'"{backwards}"'))
        # words of the titles: the home page lists the latest titles, so it has them too
        mixed = 0
        for path in sorted((project / "docs" / "archive").glob("*.md")):
            title = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])["title"]
            for word in sorted(set(re.findall(r"[A-Za-z]{6,}", title)))[:3]:
                kinds = ["/archive/" in h for h in _pagefind_hrefs(page, word)]
                assert kinds == sorted(kinds, reverse=True), (word, kinds)
                mixed += True in kinds and False in kinds
        assert mixed
        page.click(".pa-pf-filters summary")
        page.locator("select[data-filter=tag] option").nth(1).wait_for(state="attached")
        offered = page.eval_on_selector_all(
            "select[data-filter=tag] option", "els => els.slice(1).map(e => e.value)"
        )
        assert offered and set(offered) <= {v["label"] for v in labels.values()}, offered
        context.close()


def test_the_index_is_measured_as_it_is_written(tmp_path):
    """The figures the search hook gets from writing the index are those of the files written
    (the index and its parts, search_parts)."""
    path = tmp_path / "search" / "search_index.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"config": {}, "docs": [{"location": "", "title": "Home"}]}))
    documents = {
        f"archive/d{i}/": search_entries.encode(
            [{"location": f"archive/d{i}/", "title": f"D{i}", "text": ""}]
            + [{"location": f"archive/d{i}/#p-{j}", "text": f"w{i} " * (j + 130)} for j in range(9)]
        )
        for i in range(800)
    }
    written = search_entries.append_entries(path, documents)
    files = search_parts.index_files(path.parent)
    index = search_parts.read_index(path.parent)
    assert len(index["docs"]) == written.entries
    assert len({d["location"].split("#")[0] for d in index["docs"]}) == written.documents
    # the bytes lunr parses: a part unpacked (the site keeps the parts gzipped)
    unpacked = [
        search_parts.read_part(f).encode() if f.name.endswith(".gz") else f.read_bytes()
        for f in files
    ]
    assert written.index_bytes == sum(len(data) for data in unpacked)
    assert sum(f.stat().st_size for f in files) < written.index_bytes / 4
    real = sum(len(gzip.compress(data, 6)) for data in unpacked)
    assert abs(written.gzip_bytes - real) < 0.1 * real  # sampled (accuracy: the test above)
    assert (written.documents, written.entries) == (
        801,
        8001,
    ) and written.index_bytes > 4 << 20  # sampled


def test_the_search_hook_warns_when_lunr_gets_slow(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("search_hook", ROOT / "hooks" / "search.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text('{"config":{},"docs":[]}')
    for size in (100, search_engine.LUNR_SLOW_BYTES):
        made = concurrent.futures.Future()
        entry = {"location": "archive/a/", "title": "A", "text": "w " * (size // 2)}
        made.set_result([("archive/a/", search_entries.encode([entry]))])
        BUILD.search_made.append(made)
        hook._index({"site_dir": str(site)})  # on_post_build's part that writes the index
    err = capsys.readouterr().err
    assert err.count("WARNING -  search: the lunr index is") == 1
    assert "`extra: search_engine: pagefind`" in err


def test_one_pagefind_index_for_pages_in_every_language(tmp_path):
    """Pages carry their own ``<html lang>``; the archive is still one index (in the site's
    language), so a search from an English page finds a Greek document too."""
    site = tmp_path / "site"
    for name, lang, text in (
        ("en", "en", "The assistant explained its refusal in plain words."),
        ("el", "el", "Ο βοηθός εξήγησε την άρνησή του με απλά λόγια."),
    ):
        (site / name).mkdir(parents=True)
        (site / name / "index.html").write_text(
            f'<!doctype html><html lang="{lang}"><head><title>{name}</title></head>'
            f"<body><main data-pagefind-body><p>{text}</p></main></body></html>",
            encoding="utf-8",
        )
    search_engine.run_pagefind(site, language="en")
    entry = json.loads((site / search_engine.BUNDLE / "pagefind-entry.json").read_text())
    assert list(entry["languages"]) == ["en"]
    assert entry["languages"]["en"]["page_count"] == 2
