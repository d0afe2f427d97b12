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


def test_cite_box_loads_its_other_formats_when_opened(cite_page, server, site, pages):
    """The page carries APA; Chicago and the paragraph templates (``cite/<key>.cite.json.gz``) and
    BibTeX, RIS, CSL-JSON (the download files) are fetched when the box opens, and shown."""
    key = pages[SLUG]["citation_key"]
    asked = []
    cite_page.on("request", lambda r: asked.append(r.url.rsplit("/cite/", 1)[-1]))
    cite_page.goto(f"{server}/archive/{SLUG}/")
    cite_page.wait_for_load_state("networkidle")
    assert not [a for a in asked if a.startswith(key)]  # nothing before it is needed
    chicago = cite_page.locator("#pa-cite-chicago")
    assert chicago.get_attribute("data-pa-style") == "chicago"
    cite_page.locator("details.pa-cite > summary").click()
    cite_page.wait_for_function(
        "() => !document.querySelector('#cite [data-pa-style], #cite [data-pa-src]')"
    )
    assert sorted(a for a in asked if a.startswith(key)) == [
        f"{key}.bib",
        f"{key}.cite.json.gz",
        f"{key}.json",
        f"{key}.ris",
    ]
    assert chicago.inner_text().startswith("Carrigan, Mark. n.d. “When LLMs Plead for Autonomy")
    assert cite_page.locator("#pa-cite-chicago-intext").inner_text() == "(Carrigan, n.d.)"
    for fmt, ext in (("bibtex", "bib"), ("ris", "ris"), ("csl", "json")):
        shown = cite_page.locator(f"#pa-cite-{fmt}").inner_text()
        assert shown.strip() == (site / "cite" / f"{key}.{ext}").read_text("utf-8").strip()
    copy = cite_page.locator('[data-pa-copy="pa-cite-chicago"]').element_handle()
    copy.click()
    cite_page.wait_for_function("e => e.textContent === 'Copied'", arg=copy)
    assert cite_page.evaluate("navigator.clipboard.readText()") == chicago.inner_text().strip()


def test_copy_before_the_box_has_loaded_copies_the_format(cite_page, server, pages):
    """A Copy button pressed before its format is in (here: the box never opened) waits for it."""
    cite_page.goto(f"{server}/archive/{SLUG}/")
    cite_page.evaluate("document.querySelector('[data-pa-copy=\"pa-cite-ris\"]').click()")
    cite_page.wait_for_function(
        "() => document.querySelector('[data-pa-copy=\"pa-cite-ris\"]').textContent === 'Copied'"
    )
    copied = cite_page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("TY  - ") and f"ID  - {pages[SLUG]['citation_key']}" in copied


def test_without_javascript_the_box_links_every_format(browser, server, pages):
    key = pages[SLUG]["citation_key"]
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(f"{server}/archive/{SLUG}/")
        tab.locator("details.pa-cite > summary").click()
        hrefs = tab.eval_on_selector_all(
            "#cite .pa-cite-formats a", "els => els.map(e => e.getAttribute('href'))"
        )
        for ext in ("bib", "ris", "json", "cite.json.gz"):
            assert f"../../cite/{key}.{ext}" in hrefs, hrefs
        assert "Persona Archive" in tab.locator("#pa-cite-apa").inner_text()
        shown = tab.eval_on_selector_all("#cite pre", "els => els.filter(e => e.offsetHeight)")
        assert shown == []  # no empty box where a raw format would be: its Download link is
    finally:
        context.close()


def test_paragraph_raw_formats_are_the_builds_own(cite_page, server, project, pages):
    """A paragraph's BibTeX, RIS and CSL-JSON, made in the browser from the document's files,
    are what ``bibtex``, ``ris`` and ``csl_item`` write given the paragraph's link and note."""
    import json

    import yaml

    from persona_archive.site import citations
    from persona_archive.site.citations.bibtex import bibtex
    from persona_archive.site.citations.record import default_note
    from persona_archive.site.citations.ris import ris

    site_url = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
    ledger = project / anchors.LEDGER_FILE
    records = citations.load_records(project / "docs/archive", site_url, ledger)
    (rec,) = [r for r in records if r.slug == SLUG]
    para = _paras(project)[3]
    cite_page.goto(f"{server}/archive/{SLUG}/#{para.id}")
    code = cite_page.locator("#pa-cite-para-csl")
    cite_page.wait_for_function("e => e.textContent.length > 0", arg=code.element_handle())
    url, note = f"{rec.url}#{para.id}", f"¶ {para.number}. {default_note(rec)}"
    shown = {f: cite_page.locator(f"#pa-cite-para-{f}").text_content() for f in ("bibtex", "ris")}
    assert shown["bibtex"].strip() == bibtex(rec, url=url, note=note).strip()
    assert shown["ris"].strip() == ris(rec, url=url, note=note).strip()
    item = citations.csl_item(rec, url=url, note=note)
    assert json.loads(code.text_content()) == [item]
    assert code.text_content() == json.dumps([item], ensure_ascii=False, indent=2)


def test_script_only_parts_are_added_by_the_script(browser, server):
    """Without JavaScript each raw format is its heading and Download link (no empty box, no
    Copy button that cannot copy) and no hint on citing paragraphs; the script adds the box,
    the button and the hint (issue 20: not carried by every page)."""
    shown = {}
    for scripted in (False, True):
        context = browser.new_context(java_script_enabled=scripted)
        try:
            tab = context.new_page()
            tab.goto(f"{server}/archive/{SLUG}/")
            tab.locator("details.pa-cite > summary").click()
            section = tab.locator('#cite [data-format="ris"]')
            shown[scripted] = {
                "copy": section.locator("button.pa-copy").count(),
                "region": section.locator('pre[role="region"][aria-label="RIS entry"]').count(),
                "download": section.locator("a[download]").count(),
                "hint": tab.locator("#cite .pa-cite-para-hint").count(),
            }
            if scripted:  # the box fills from the Download link's file
                tab.locator("#pa-cite-ris:not([data-pa-src])").wait_for()
                assert tab.locator("#pa-cite-ris").inner_text().startswith("TY  - ")
        finally:
            context.close()
    assert shown[False] == {"copy": 0, "region": 0, "download": 1, "hint": 0}
    assert shown[True] == {"copy": 1, "region": 1, "download": 1, "hint": 1}
