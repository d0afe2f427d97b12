"""What a reader sees on the page (issue 17), in Chromium, in both colour schemes: the cite box's
bar, no sideways scrolling on a 390 px phone, links told apart from text, quotations at full text
colour, a paragraph's citation shown where the reader is, and the keyboard's way to the cite
box."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCHEMES = ("light", "dark")


@pytest.fixture
def context_of(browser):
    """``context_of(scheme, width)``: a fresh browser context (closed after the test)."""
    made = []

    def make(scheme: str = "light", width: int = 1400, **options):
        context = browser.new_context(
            color_scheme=scheme, viewport={"width": width, "height": 900}, **options
        )
        made.append(context)
        return context.new_page()

    yield make
    for context in made:
        context.close()


def _quoted_slug(site, pages) -> str:
    """A document whose page has a quotation (a blockquote with a numbered paragraph)."""
    for slug in sorted(pages):
        html = (site / "archive" / slug / "index.html").read_text(encoding="utf-8")
        if re.search(r"<blockquote>\s*<p [^>]*data-para", html):
            return slug
    pytest.skip("no document with a quotation")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_cite_bar_label_is_readable_and_clear_of_the_icon(context_of, server, pages, scheme):
    page = context_of(scheme)
    page.goto(f"{server}/archive/{next(iter(pages))}/")
    got = page.evaluate(
        """() => {
        const summary = document.querySelector('details.pa-cite > summary');
        const label = summary.querySelector('.pa-cite-title');
        const icon = getComputedStyle(summary, '::before');
        const box = summary.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(label);
        const text = range.getBoundingClientRect();
        return {
          size: parseFloat(getComputedStyle(label).fontSize),
          iconRight: box.left + parseFloat(icon.left) + parseFloat(icon.width),
          textLeft: text.left,
        };
    }"""
    )
    assert got["size"] >= 16, got  # was 12.8 px
    assert got["iconRight"] <= got["textLeft"], got  # the icon does not cover "Cite"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_sideways_scrolling_on_a_390_px_phone(context_of, server, pages, scheme):
    page = context_of(scheme, width=390)
    slug, meta = next(iter(pages.items()))
    for path in ("/", f"/archive/{slug}/", "/tags/", f"/tags/{meta['tags'][0]}/"):
        page.goto(f"{server}{path}")
        widths = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], (path, widths)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_links_in_running_text_are_underlined(context_of, server, pages, scheme):
    page = context_of(scheme)
    page.goto(f"{server}/")
    decorations = page.eval_on_selector_all(
        ".pa-totals a", "els => els.map(e => getComputedStyle(e).textDecorationLine)"
    )
    page.goto(f"{server}/archive/{next(iter(pages))}/")
    raw = page.eval_on_selector(".pa-raw", "e => getComputedStyle(e).textDecorationLine")
    decorations.append(raw)
    assert decorations and all(d == "underline" for d in decorations), decorations


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_quotation_is_in_full_text_colour(context_of, server, site, pages, scheme):
    page = context_of(scheme)
    page.goto(f"{server}/archive/{_quoted_slug(site, pages)}/")
    quote, text = page.evaluate(
        """() => [document.querySelector('article blockquote p'),
                  document.querySelector('article > p[data-para]')]
            .map(e => getComputedStyle(e).color)"""
    )
    assert quote == text


def test_a_paragraph_number_shows_its_citation_beside_it(context_of, server, project, pages):
    import yaml

    site_url = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
    page = context_of(permissions=["clipboard-read", "clipboard-write"])
    slug = next(iter(pages))
    page.goto(f"{server}/archive/{slug}/?h=the")  # as a search result opens it
    para = page.locator("article [data-para][id]").nth(2)
    pid = para.get_attribute("id")
    para.locator("> .pa-para").click()
    panel = page.locator(".pa-para-cite")
    panel.wait_for()
    permanent = f"{site_url}archive/{slug}/#{pid}"
    assert page.evaluate("navigator.clipboard.readText()") == permanent
    # right after the paragraph, on screen, with the permanent link and a copy button per style
    assert para.evaluate("p => p.nextElementSibling.classList.contains('pa-para-cite')")
    box = panel.bounding_box()
    assert 0 <= box["y"] <= 900, box
    assert panel.locator(f'a[href="{permanent}"]').count() == 1
    assert "?h=" not in panel.inner_text()
    buttons = panel.locator("button").all_inner_texts()
    assert "Copy link" in buttons and sum(b.startswith("Copy APA") for b in buttons) == 1
    copy = panel.locator("button", has_text="Copy APA").element_handle()
    copy.click()  # its entry comes with the document's cite data, loaded on demand
    page.wait_for_function("e => e.textContent === 'Copied'", arg=copy)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert permanent in copied and copied != permanent  # the citation, with the permanent link


def test_keyboard_reaches_the_cite_box_quickly(context_of, server, pages):
    page = context_of()
    page.goto(f"{server}/archive/{next(iter(pages))}/")
    stops = page.eval_on_selector_all(".pa-para", "els => els.filter(e => e.tabIndex >= 0).length")
    assert stops == 1  # all ¶ numbers are one tab stop
    tabs = 0
    while not page.evaluate("document.activeElement.classList.contains('pa-skip-cite')"):
        tabs += 1
        assert tabs <= 20, "the skip link to the cite box is more than 20 tabs away"
        page.keyboard.press("Tab")
    assert page.locator(".pa-skip-cite").is_visible()  # shown when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.getElementById('cite').open")
    assert page.evaluate("document.activeElement.closest('#cite') !== null")


def test_paragraph_numbers_rove_with_the_arrow_keys(context_of, server, pages):
    page = context_of()
    page.goto(f"{server}/archive/{next(iter(pages))}/")
    first = page.locator(".pa-para").first
    first.focus()
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.parentElement.id")
    assert focused == page.locator(".pa-para").nth(1).evaluate("e => e.parentElement.id")
    assert page.eval_on_selector_all(".pa-para", "els => els.map(e => e.tabIndex)")[:2] == [-1, 0]
    page.keyboard.press("Enter")
    page.locator(".pa-para-cite").wait_for()
    assert page.evaluate("document.activeElement.closest('.pa-para-cite') !== null")
    page.keyboard.press("Escape")
    assert page.locator(".pa-para-cite").count() == 0
    assert page.evaluate("document.activeElement.parentElement.id") == focused


def test_cite_box_controls_have_distinct_names_and_focusable_boxes(context_of, server, pages):
    page = context_of()
    page.goto(f"{server}/archive/{next(iter(pages))}/")
    page.locator("details.pa-cite > summary").click()
    names = page.eval_on_selector_all(
        "#cite button, #cite a.md-button",
        "els => els.map(e => (e.getAttribute('aria-label') || e.textContent).trim())",
    )
    assert len(names) == len(set(names)), names
    boxes = page.eval_on_selector_all(
        "#cite pre", "els => els.map(e => [e.tabIndex, e.getAttribute('aria-label')])"
    )
    assert boxes and all(tab == 0 and label for tab, label in boxes), boxes


def test_search_result_chips_show_tag_labels(context_of, server, project, pages):
    from conftest import search
    from persona_archive.site.listings import load_labels

    labels = load_labels(project / "taxonomy.yml")
    slug, meta = next((s, m) for s, m in pages.items() if m["tags"])
    page = context_of()
    page.goto(f"{server}/")
    search(page, meta["title"].split()[0] + " " + labels[meta["tags"][0]]["label"])
    chips = page.locator(f'.md-search-result__link[href*="/archive/{slug}/"] .md-tag')
    chips.first.wait_for()
    shown = chips.all_inner_texts()
    assert set(shown) == {labels[t]["label"] for t in meta["tags"]}, shown


def test_material_scripts_come_from_cached_files(context_of, server, site, pages):
    """Material's inline scripts (its globals, the palette, the tab a link opens) are files the
    browser caches (issue 20), and still work: a colour scheme chosen on one page holds on the
    next, which takes the globals and the palette script both."""
    slug = next(iter(pages))
    text = (site / "archive" / slug / "index.html").read_text(encoding="utf-8")
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", text)
    assert all("application/" in attrs for attrs in inline), inline  # data only: JSON, JSON-LD
    for name in ("pa-md-scope.js", "pa-md-palette.js", "pa-md-target.js"):
        assert f'src="../../assets/{name}"' in text
    page = context_of("light")
    page.goto(f"{server}/archive/{slug}/")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    page.locator("label[for='__palette_1']").click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
    page.goto(f"{server}/tags/")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    assert page.evaluate("__md_scope.pathname") == "/"


def test_material_settings_and_controls_are_written_by_shared_scripts(context_of, server, pages):
    """The search dialog, the palette switch and Material's settings come from cached scripts
    (issue 20) and are in place before Material's bundle runs: on the home page and a document
    page the settings carry that page's paths, and the search answers from either."""
    from conftest import search

    slug = next(iter(pages))
    page = context_of()
    for url, base in ((f"{server}/", "."), (f"{server}/archive/{slug}/", "../..")):
        page.goto(url)
        settings = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
        assert settings["base"] == base
        assert settings["search"].startswith("assets/" if base == "." else base + "/assets/")
        assert page.locator("form[data-md-component='palette'] input").count() == 2
        results = search(page, "welfare")
        assert results.count() > 0


@pytest.mark.parametrize("scheme", SCHEMES)
def test_theme_icons_are_drawn_from_the_stylesheet(context_of, server, site, pages, scheme):
    """The header's icons are empty ``<svg>`` elements drawn by ``assets/pa-icons.css`` (issue
    20): each has its shape as a mask, and each visible one puts pixels on the screen."""
    slug = next(iter(pages))
    text = (site / "archive" / slug / "index.html").read_text(encoding="utf-8")
    assert "<path" not in text.split("<article", 1)[0]  # no inline shape before the text
    page = context_of(scheme)
    violations = []
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    page.goto(f"{server}/archive/{slug}/")
    masks = page.eval_on_selector_all(
        "header svg.pa-i", "els => els.map(e => getComputedStyle(e).maskImage)"
    )
    assert masks and all(m.startswith('url("data:image/svg+xml') for m in masks), masks
    for selector in (
        ".md-header__button.md-logo svg",
        "form[data-md-component='palette'] label:not([hidden]) svg",
    ):
        icon = page.locator(selector).first
        box = icon.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, selector
        area = {"x": box["x"], "y": box["y"], "width": box["width"], "height": box["height"]}
        drawn = page.screenshot(clip=area)
        icon.evaluate("e => { e.style.visibility = 'hidden'; }")
        assert page.screenshot(clip=area) != drawn, f"{selector} draws nothing"
    assert not violations, violations
