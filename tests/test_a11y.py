"""Accessibility and HTML quality (issue 5): axe-core in Chromium on the home page, a document, a
tag page and the search results; the Nu HTML checker (vnu-jar) on the pages the project's own
templates and generated Markdown make. Both tools come from package.json (``npm ci``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import search
from persona_archive.paths import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
BLOCKING = {"serious", "critical"}
# Errors in Material's own templates (not the project's): autocomplete="off" on its checkbox
# toggles, and its table-of-contents label pointing at a toggle that is not rendered.
MATERIAL = (
    "Attribute “autocomplete” is only allowed when the input type is",
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden",
)


def _need(path: Path, what: str) -> None:
    if not path.exists():
        message = f"{what} missing at {path} (run `npm ci`)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


# Material's header fades its title to the page's topic when the page scrolls (a paragraph's
# citation opens and scrolls): axe measures the colours as they are drawn, so it waits for
# running transitions to end (2 s at most) rather than judge a title half faded in
SETTLE = """() => Promise.race([
  Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))),
  new Promise((done) => setTimeout(done, 2000)),
])"""


def _axe(page) -> list[dict]:
    page.evaluate(SETTLE)
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(browser, server, pages, scheme):
    """In both colour schemes, with every closed box (the cite box, the provenance logs) open
    and a paragraph's citation shown: axe skips what is hidden."""
    _need(AXE, "axe-core")
    # the site's CSP forbids injecting axe
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    page = context.new_page()
    slug, meta = next(iter(pages.items()))
    targets = ["/", f"/archive/{slug}/", f"/tags/{meta['tags'][0]}/", "/tags/", "/authors/"]
    problems = {}
    for path in targets:
        page.goto(f"{server}{path}")
        page.evaluate("document.querySelectorAll('article details').forEach(d => d.open = true)")
        if path.startswith("/archive/"):
            page.locator(".pa-para").nth(1).click()
            page.locator(".pa-para-cite").wait_for()
        problems[path] = _axe(page)
    page.goto(f"{server}/")
    search(page, "shoggoth")
    problems["search results"] = _axe(page)
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially("shogoth", delay=15)  # nothing found: the nearest terms are offered
    page.locator(".pa-search-suggest button").first.wait_for(timeout=15_000)
    problems["search suggestions"] = _axe(page)
    context.close()
    assert not any(problems.values()), json.dumps(problems, indent=1)


def test_vnu_reports_no_error_in_our_pages(site, pages):
    _need(VNU, "vnu-jar")
    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "java missing: the Nu HTML checker needs a JRE (apt-get install default-jre)"
            )
        pytest.skip("java missing")
    meta = next(iter(pages.values()))
    files = [
        site / "index.html",
        site / "tags" / "index.html",
        site / "tags" / meta["tags"][0] / "index.html",
        site / "authors" / "index.html",
        site / "kinds" / meta["kind"] / "index.html",
        *(site / "archive" / s / "index.html" for s in pages),
    ]
    out = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(out.stderr or out.stdout)["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error" and not m["message"].startswith(MATERIAL)
    ]
    assert not errors, "\n".join(errors)
