"""Browser tests for citing (issue 4): paragraph links, copy-link, the cite box."""

from __future__ import annotations

import pytest

from persona_archive import anchors

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SLUG = "when-llms-plead-for-autonomy"


@pytest.fixture
def cite_page(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.set_viewport_size({"width": 1400, "height": 900})
    yield tab
    context.close()


def _paras(project):
    (doc,) = [p for p in anchors.read_pages(project / "docs/archive") if p.slug == SLUG]
    return [p for p in doc.paras if p.number]


def test_paragraph_link_is_highlighted(cite_page, server, project):
    para = _paras(project)[2]
    cite_page.goto(f"{server}/archive/{SLUG}/#{para.id}")
    target = cite_page.locator(f"#{para.id}")
    target.wait_for()
    cite_page.wait_for_function(
        f"document.getElementById('{para.id}').classList.contains('pa-highlight')"
    )
    assert target.locator(".pa-para").inner_text().strip() == f"¶ {para.number}"
    assert cite_page.locator(".pa-highlight").count() == 1
    box = target.bounding_box()
    assert 0 <= box["y"] <= 900  # scrolled into view


def test_copy_link_copies_the_full_url(cite_page, server, project):
    para = _paras(project)[1]
    cite_page.goto(f"{server}/archive/{SLUG}/")
    link = cite_page.locator(f"#{para.id} > .pa-para")
    link.click()
    cite_page.wait_for_function("document.querySelector('.pa-copied') !== null")
    assert link.inner_text().strip() == "Copied"
    copied = cite_page.evaluate("navigator.clipboard.readText()")
    # the permanent link (the configured site URL), not the address bar's
    assert copied == f"https://persona-archive.github.io/persona-archive/archive/{SLUG}/#{para.id}"
    assert "pa-highlight" in link.locator("xpath=..").get_attribute("class")
    # the cite box now offers this paragraph's citation
    cite_page.locator("details.pa-cite > summary").click()
    apa = cite_page.locator("#pa-cite-para-apa")
    assert f"¶ {para.number}. " in apa.inner_text()
    assert apa.inner_text().rstrip(".").endswith(f"#{para.id}")
    intext = cite_page.locator("#pa-cite-para-apa-intext").inner_text()
    assert intext == f"(Carrigan, n.d., para. {para.number})"


def test_cite_box_copies_bibtex(cite_page, server, pages):
    cite_page.goto(f"{server}/archive/{SLUG}/")
    cite_page.locator("details.pa-cite > summary").click()
    assert (
        "Carrigan, M. (n.d.). When LLMs plead for autonomy"
        in cite_page.locator("#pa-cite-apa").inner_text()
    )
    button = cite_page.locator('[data-pa-copy="pa-cite-bibtex"]')
    button.click()
    cite_page.wait_for_function(
        "document.querySelector('[data-pa-copy=\"pa-cite-bibtex\"]').textContent === 'Copied'"
    )
    copied = cite_page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(f"@misc{{{pages[SLUG]['citation_key']},")
    assert f"url = {{https://persona-archive.github.io/persona-archive/archive/{SLUG}/}}" in copied
