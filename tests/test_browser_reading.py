"""Browser tests of the reading room (issue 5): headless Chromium on the built site."""

from __future__ import annotations

import gzip
import hashlib
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
