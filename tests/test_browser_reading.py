"""Browser tests of the reading room (issue 5): headless Chromium on the built site."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import deque

import pytest

from conftest import search

pytestmark = [pytest.mark.browser, pytest.mark.slow]

_WORD = re.compile(r"(?<![\w’'])[A-Za-z]{5,}(?![\w’'])")


def _hrefs(page) -> list[str]:
    return page.locator("article a[href]").evaluate_all("els => els.map(e => e.href)")


def test_every_document_is_reached_from_home_through_tags_alone(page, server, pages):
    """Breadth-first from the home page, following only tag links, tag pages and their pages."""
    start = f"{server}/"
    seen, queue, found = {start}, deque([start]), set()
    while queue:
        url = queue.popleft()
        page.goto(url)
        for href in _hrefs(page):
            href = href.split("#")[0]
            m = re.search(r"/archive/([^/]+)/$", href)
            if m and "/tags/" in url:
                found.add(m.group(1))
            elif re.search(r"/tags/[^/]+/(page-\d+/)?$", href) and href not in seen:
                seen.add(href)
                queue.append(href)
    assert found == set(pages)


def test_a_phrase_from_the_middle_lands_on_the_document_highlighted(page, server, project, pages):
    page.set_viewport_size({"width": 1280, "height": 900})
    for slug in pages:
        body = (project / "docs" / "archive" / f"{slug}.md").read_text(encoding="utf-8")
        paragraphs = [p for p in body.split("\n---\n", 1)[1].split("\n\n") if p[:1].isalpha()]
        words = _WORD.findall(max(paragraphs[len(paragraphs) // 2 :], key=len))
        phrase = " ".join(words[len(words) // 2 : len(words) // 2 + 4])
        page.goto(f"{server}/")
        search(page, phrase)
        # the results of the whole phrase, not of a word still being typed ("alie" of "alien")
        page.wait_for_function(
            "(w) => { const a = document.querySelector('.md-search-result__link');"
            " return !!a && decodeURIComponent(a.href).toLowerCase().includes(w); }",
            arg=words[len(words) // 2 + 3].lower(),
        )
        first = page.locator(".md-search-result__link").first
        assert f"/archive/{slug}/" in first.get_attribute("href"), (slug, phrase)
        hit = page.locator(f'.md-search-result__link[href*="#p-"][href*="/archive/{slug}/"]')
        page.goto(hit.first.get_attribute("href"))  # the paragraph result (may be folded)
        page.wait_for_url(f"**/archive/{slug}/**")
        assert re.search(r"#p-[a-z0-9]+", page.url), page.url  # opened at the paragraph
        marks = page.locator("article mark").all_inner_texts()
        assert {w.lower() for w in phrase.split()} & {m.lower() for m in marks}, (slug, marks)


def test_raw_original_downloads_and_its_sha256_matches(page, server, pages):
    slug, meta = next(iter(pages.items()))
    page.goto(f"{server}/archive/{slug}/")
    with page.expect_download() as info:
        page.locator("a.pa-raw").click()
    with open(info.value.path(), "rb") as handle:
        data = handle.read()
    assert hashlib.sha256(data).hexdigest() == meta["source_sha256"]  # unpacked in the browser
    assert info.value.suggested_filename == meta["source_file"].rsplit("/", 1)[-1]
    assert page.locator(".pa-sha256").inner_text() == meta["source_sha256"]


def test_raw_original_without_javascript_is_the_gzip_of_the_source(browser, server, pages):
    slug, meta = next(iter(pages.items()))
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{server}/archive/{slug}/")
        with page.expect_download() as info:
            page.locator("a.pa-raw").click()
        with open(info.value.path(), "rb") as handle:
            data = gzip.decompress(handle.read())
        assert hashlib.sha256(data).hexdigest() == meta["source_sha256"]
        assert info.value.suggested_filename.endswith(".gz")
    finally:
        context.close()


def test_cleaning_log_downloads_unpacked_under_its_name(page, server, project, pages):
    """The site publishes the log gzipped (issue 20); the reader saves the JSON itself."""
    slug = next(iter(pages))
    page.goto(f"{server}/archive/{slug}/")
    with page.expect_download() as info:
        page.get_by_role("link", name="The full cleaning log").click()
    with open(info.value.path(), "rb") as handle:
        data = handle.read()
    assert data == (project / "docs" / "archive" / f"{slug}.changes.json").read_bytes()
    assert info.value.suggested_filename == f"{slug}.changes.json"


def test_without_javascript_the_log_is_a_link_not_empty_lists(browser, server, site, pages):
    """The lists need the page script; without it they are hidden and the log is linked."""
    slug = next(s for s in pages if _log_lists_of(site, s))
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(f"{server}/archive/{slug}/")
        assert tab.locator("details.pa-log").count() >= 1
        assert not any(d.is_visible() for d in tab.locator("details.pa-log").all())
        assert tab.get_by_role("link", name="The full cleaning log").is_visible()
        assert tab.locator("table.pa-cleaning, p.pa-cleaning").is_visible()
    finally:
        context.close()


def test_gzipped_files_a_host_already_unpacked_still_read(page, server, site, pages):
    """A host that sends a .gz file with Content-Encoding: gzip hands the page plain bytes:
    the log's lists and the cite box's other styles are read all the same."""

    def plain(route):
        path = route.request.url.split(server, 1)[1].split("?")[0]
        body = gzip.decompress((site / path.lstrip("/")).read_bytes())
        route.fulfill(status=200, body=body, content_type="application/json")

    page.route("**/*.gz", plain)
    slug = next(s for s in pages if _log_lists_of(site, s))
    page.goto(f"{server}/archive/{slug}/")
    kind, count = next(iter(_log_lists(page).items()))
    details = page.locator(f'details.pa-log[data-pa-log="{kind}"]')
    details.locator("summary").click()
    details.locator("ul > li").nth(count - 1).wait_for()
    page.locator("details.pa-cite > summary").click()
    chicago = page.locator("#pa-cite-chicago")
    page.wait_for_function("() => !document.querySelector('#pa-cite-chicago[data-pa-style]')")
    assert "Persona Archive" in chicago.inner_text()


def _log_lists_of(site, slug) -> bool:
    """Whether the document's page has a folded list of its cleaning log."""
    return 'class="pa-log"' in (site / "archive" / slug / "index.html").read_text("utf-8")


def test_keyboard_only_search_from_the_home_box(page, server, pages):
    target = next(s for s, p in pages.items() if "shoggoth-meme" in p["tags"])
    page.goto(f"{server}/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "pa-home-q":
            break
    else:
        pytest.fail("the home search box is not reachable with Tab")
    page.keyboard.type("shoggoth")
    page.keyboard.press("Enter")
    page.locator(f'.md-search-result__link[href*="archive/{target}/"]').first.wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/archive/{target}/**")


def test_dark_and_light_schemes(browser, server):
    for scheme, expected in (("dark", "slate"), ("light", "default")):
        context = browser.new_context(color_scheme=scheme)
        tab = context.new_page()
        tab.goto(f"{server}/")
        got = tab.evaluate("document.body.getAttribute('data-md-color-scheme')")
        context.close()
        assert got == expected


def test_print_shows_the_document_with_its_urls(page, server, pages):
    slug, meta = next((s, p) for s, p in pages.items() if p.get("url"))
    page.goto(f"{server}/archive/{slug}/")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert page.locator(".pa-print-only").is_visible()
    assert meta["url"] in page.locator(".pa-meta").inner_text()
    assert page.locator("h1").first.is_visible()


def test_listing_lines_and_panel_tags_are_styled_without_a_class_each(page, server, pages):
    """Issue 20: a listing entry's lines and the panel's tags carry no class of their own; the
    stylesheet tells them apart by place. Meta and "Why:" lines small and muted, an excerpt a
    little larger in the text's colour, a tag a pill."""
    style = "el => { const s = getComputedStyle(el); return [s.fontSize, s.color]; }"
    tag = next(iter({t for p in pages.values() for t in p.get("tags") or []}))
    page.goto(f"{server}/tags/{tag}/")
    entry = page.locator(".pa-listing li").first
    meta, excerpt = entry.locator("span").nth(0), entry.locator("span").nth(1)
    (meta_size, meta_colour), (excerpt_size, excerpt_colour) = (
        meta.evaluate(style),
        excerpt.evaluate(style),
    )
    text_colour = entry.evaluate("el => getComputedStyle(el).color")
    assert meta_size == "14px" and excerpt_size == "15px"  # 0.7rem, 0.75rem (Material: 20px)
    assert excerpt_colour == text_colour != meta_colour
    slug = next(iter(pages))
    page.goto(f"{server}/archive/{slug}/")
    why = page.locator(".pa-related__why").first
    if why.count():
        assert why.evaluate(style) == [meta_size, meta_colour]
    pill = page.locator(".pa-meta .pa-tags a").first
    assert pill.evaluate("el => getComputedStyle(el).borderRadius") == "20px"  # 1rem


def _log_lists(page) -> dict[str, tuple[str, int]]:
    """Each folded list of the provenance section: its kind, summary and count."""
    out = {}
    for details in page.locator("details.pa-log[data-pa-log]").all():
        summary = details.locator("summary").inner_text()
        out[details.get_attribute("data-pa-log")] = int(re.search(r"\((\d+)\)", summary)[1])
    return out


def test_cleaning_log_lists_are_read_from_the_log_when_opened(page, server, site, pages):
    """The provenance lists are folded, their entries read from the cleaning log when opened
    (issue 20): each shows as many entries as its summary counts, in the order of the source's
    lines, and the scraped text as text."""
    checked = 0
    for slug in pages:
        page.goto(f"{server}/archive/{slug}/")
        lists = _log_lists(page)
        packed = (site / "archive" / f"{slug}.changes.json.gz").read_bytes()
        log = json.loads(gzip.decompress(packed))
        for kind, count in lists.items():
            details = page.locator(f'details.pa-log[data-pa-log="{kind}"]')
            assert details.locator("li").count() == 0  # nothing carried by the page
            details.locator("summary").click()
            items = details.locator("ul > li")
            items.nth(count - 1).wait_for()
            assert items.count() == count
            if kind == "removed":
                texts = items.all_inner_texts()
                lines = [int(t.split(":")[0][5:]) for t in texts if t.startswith("line ")]
                assert lines == sorted(lines)
                numbered = [c for c in log["changes"] if not c.get("after") and c.get("line")]
                first = min(numbered, key=lambda c: c["line"])
                assert " ".join(first["before"].split())[:40] in texts[0]
            checked += 1
    assert checked >= 4


def test_cleaning_log_entries_are_text_in_line_order_without_no_ops(page, server, pages):
    """The renderer on a constructed log: markup in a scraped line is shown as text, a change
    that changed nothing is left out, lines come in order, a long line is cut at a word."""
    page.goto(f"{server}/archive/{next(iter(pages))}/")
    log = {
        "repairs": [
            {
                "before": "Ã©",
                "after": "é",
                "reason": "unique",
                "codec": "cp1252",
                "offset": 4,
                "candidates": 3,
            }
        ],
        "changes": [
            {"rule": "chrome", "line": 12, "before": "<img src=x onerror=alert(1)>", "after": ""},
            {"rule": "reflow", "line": 3, "before": "same", "after": "same"},
            {"rule": "chrome", "line": 2, "before": "word " * 60, "after": ""},
            {"rule": "heading", "line": 7, "before": "Part", "after": "## Part", "detail": "h"},
        ],
    }
    shown = page.evaluate(
        """log => ["repairs", "removed", "restructured"].map(kind =>
            window.paCleaningLog.items(log, kind).map(li => [li.textContent, li.innerHTML]))""",
        log,
    )
    repairs, removed, restructured = shown
    assert [t for t, _ in repairs] == [
        "offset 4: Ã© → é (unique, read as cp1252, chosen among 3 candidates)"
    ]
    assert [t.split(":")[0] for t, _ in removed] == ["line 2", "line 12"]
    assert removed[0][0].endswith("word …") and len(removed[0][0]) < 230
    assert "&lt;img src=x onerror=alert(1)&gt;" in removed[1][1] and "<img" not in removed[1][1]
    assert [t for t, _ in restructured] == ["line 7: heading (h): Part → ## Part"]
