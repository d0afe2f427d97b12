"""Browser tests: headless Chromium uses the built site as a reader would."""

from __future__ import annotations

import pytest

from conftest import search
from persona_archive.page import shown_title

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_search_for_shoggoth_reaches_the_thread(page, server, pages):
    target = next(s for s, p in pages.items() if "shoggoth-meme" in p["tags"])
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server}/")
    search(page, "shoggoth")
    result = page.locator(f'.md-search-result__link[href*="archive/{target}/"]').first
    result.click()
    page.wait_for_url(f"**/archive/{target}/**")
    shown = shown_title(pages[target]["title"], pages[target]["title_source"])
    assert page.locator("h1").first.inner_text().strip() == shown
