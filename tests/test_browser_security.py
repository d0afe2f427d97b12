"""Untrusted input, end to end (issue 6): a corpus of the Big List of Naughty Strings and
hand-written XSS / injection payloads, embedded in ordinary prose (and in titles, and as a front
matter block), is ingested and built with ``mkdocs build --strict``; Chromium then loads every
built page with ``alert``/``confirm``/``prompt``/``print``/``open`` trapped, dialogs, a canary
global, navigation and off-site requests watched, and a Content-Security-Policy violation
listener. Nothing may fire; every naughty string must be in its page's visible text; no built
file may contain ``root:x:0:0``."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

import conftest
from conftest import search
from persona_archive.paths import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]


BLNS = json.loads((ROOT / "tests" / "data" / "blns" / "blns.json").read_text(encoding="utf-8"))
CANARY = "window.__pwned=1"
PAYLOADS = [
    f"<script>{CANARY}</script>",
    f"<img src=x onerror={CANARY}>",
    f'<img src="x" onerror="{CANARY}">',
    f"<svg onload={CANARY}>",
    f"<svg><script>{CANARY}</script></svg>",
    f"<body onload={CANARY}>",
    f'<iframe src="javascript:{CANARY}"></iframe>',
    '<iframe src="/etc/passwd"></iframe>',
    '<object data="/etc/passwd"></object>',
    f'<a href="javascript:{CANARY}">click me</a>',
    f"[click me](javascript:{CANARY})",
    f"[click me](  javascript:{CANARY}  )",
    f"![img](javascript:{CANARY})",
    f"![img](data:text/html,<script>{CANARY}</script>)",
    f"[ref]: javascript:{CANARY}",
    f"<javascript:{CANARY}>",
    f'<div markdown="1">*x*<script>{CANARY}</script></div>',
    f"{{: onclick={CANARY} }}",
    f"text {{: onmouseover={CANARY} style=position:fixed;inset:0 }}",
    f'<meta http-equiv="refresh" content="0;url=javascript:{CANARY}">',
    '<meta http-equiv="refresh" content="0;url=https://example.org/">',
    f'<base href="javascript:{CANARY}//">',
    '<link rel="stylesheet" href="https://example.org/evil.css">',
    "<style>body{display:none}</style>",
    f'<math><mtext><table><mglyph><style><img src=x onerror="{CANARY}">',
    f"&lt;script&gt;{CANARY}&lt;/script&gt;",
    f"&#60;script&#62;{CANARY}&#60;/script&#62;",
    f"<scr<script>ipt>{CANARY}</scr</script>ipt>",
    f"<!--<script>{CANARY}</script>-->",
    f"<![CDATA[<script>{CANARY}</script>]]>",
    "{{ config }} {{ config.site_name }} {{ 7*7 }} {% include '/etc/passwd' %}",
    "{% raw %}{{ lipsum.__globals__ }}{% endraw %} ${7*7} #{7*7}",
    '--8<-- "/etc/passwd"',
    "--8<-- '/etc/passwd'",
    ';--8<-- "/etc/passwd"',
    '!!! note "not an admonition"',
    "??? danger",
    '=== "Not a tab"',
    "[TOC]",
    "[^1]: not a footnote",
    "*[HTML]: Hyper Text Markup Language",
    "| a | b |",
    "```html",
    f"`<script>{CANARY}</script>`",
    "# not a heading",
    "- not a list",
    "1. not a list",
    "> not a quote",
    "Text\n===",
    ":smile: :+1:",
    "==mark== ^^ins^^ ~~del~~ {++add++} {--del--}",
    "$x^2$ \\(y\\)",
    "++ctrl+alt++",
    "www.example.org and someone@example.org and @someone and #12",
    "\u202eevil text reversed\u202c and \u202eunterminated override",
    "zero\u200bwidth\u200cand\u200djoiners\ufeff",
]
TITLES = [
    f"<img src=x onerror={CANARY}> in a title",
    f"</title><script>{CANARY}</script>",
    f'"><svg onload={CANARY}> quoted title',
    "{{ config.site_name }} and {% include '/etc/passwd' %} in a title",
    '--8<-- "/etc/passwd"',
    "# Heading? & <b>bold</b> * [x](javascript:alert(1)) : ! | > title",
    "\u202eA right-to-left override in a title",
    "'; alert(1); var x='",
]


# Naughty strings the mojibake stage (cleaning/mojibake.py) currently "repairs": typed
# Mac option-key characters that look like text decoded with a wrong code page ("π“‘" -> 📑,
# "Â¯" -> "¯"). Allowed only while the ingest report records the repair; reported to the
# cleaning stage's owner, remove from here when mojibake.py leaves them alone.
KNOWN_REPAIRED = {"œ∑´®†¥¨ˆøπ“‘", "¸˛Ç◊ı˜Â¯˘¿"}


def _prose(i: int, text: str) -> str:
    return (
        f"Reader note {i} quoted this in a thread about the assistant persona: {text} "
        f"and the discussion of alignment went on from there."
    )


def _visible(text: str) -> str:
    """A string as a browser shows it: whitespace collapsed, bidi closers that escaping adds
    dropped, NFC."""
    text = re.sub("[\u202c\u2069]", "", text)
    return unicodedata.normalize("NFC", " ".join(text.split()))


@pytest.fixture(scope="module")
def naughty(tmp_path_factory):
    root = tmp_path_factory.mktemp("naughty")
    (root / "project").mkdir()
    project = conftest.copy_project(root / "project")
    src = project / "sources"
    expected: dict[str, list[str]] = {}  # source file -> strings that must be visible
    strings = [s for s in BLNS if s.strip()]
    for part in range(0, len(strings), 25):
        name = f"naughty-{part // 25:02d}.txt"
        chunk = strings[part : part + 25]
        body = "\n\n".join(_prose(part + i, s) for i, s in enumerate(chunk))
        (src / name).write_text(f"Naughty strings, part {part // 25}\n\n{body}\n", encoding="utf-8")
        expected[name] = chunk
    for part in range(0, len(PAYLOADS), 10):
        name = f"payloads-{part // 10:02d}.txt"
        chunk = PAYLOADS[part : part + 10]
        body = "\n\n".join(_prose(part + i, s.replace("\n", " ")) for i, s in enumerate(chunk))
        (src / name).write_text(f"Injection payloads, part {part // 10}\n\n{body}\n", "utf-8")
        expected[name] = [s.replace("\n", " ") for s in chunk]
    for i, title in enumerate(TITLES):
        name = f"title-{i:02d}.txt"
        (src / name).write_text(f"{title}\n\n{_prose(i, 'A plain paragraph.')}\n", "utf-8")
        expected[name] = [title]
    (src / "front-matter.txt").write_text(
        "---\ntitle: <script>window.__pwned=1</script>\nhooks: [/etc/passwd]\n---\n\n"
        + _prose(0, "After a front matter block.")
        + "\n",
        encoding="utf-8",
    )
    expected["front-matter.txt"] = ["title: <script>window.__pwned=1</script>"]
    (src / "passwd-link.txt").symlink_to("/etc/passwd")
    result = conftest.run_ingest(project, "--report", str(root / "report.json"))
    assert result.returncode == 1, result.stderr  # the symlink, and only it
    failures = [line for line in result.stderr.splitlines() if not line.startswith("ingest:")]
    failures = [line for line in failures if ": warning: " not in line]
    assert failures == ["sources/passwd-link.txt: symlink leads outside the sources directory"]
    (src / "passwd-link.txt").unlink()
    site = conftest.build_site(project)
    pages = {}
    for path in (project / "docs" / "archive").glob("*.md"):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        pages[meta["source_file"]] = meta["slug"]
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))["sources"]
    return {
        "project": project,
        "site": site,
        "expected": expected,
        "pages": pages,
        "report": report,
    }


@pytest.fixture(scope="module")
def naughty_server(naughty):
    with conftest.serve_directory(naughty["site"]) as url:
        yield url


TRAP = """
(() => {
  window.__fired = [];
  const trap = (name) => function (...args) { window.__fired.push(name + ":" + args.join(",")); };
  for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
    try {
      Object.defineProperty(window, name, { value: trap(name), writable: false });
    } catch (e) { window.__fired.push("cannot trap " + name); }
  }
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__csp.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || ""));
  });
})();
"""


class Watch:
    """One browser context with the traps installed and every page's events recorded."""

    def __init__(self, browser, base: str):
        self.base = base
        self.offsite: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context()
        self.context.add_init_script(TRAP)
        self.context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.base) or url.startswith("data:"):
            return route.continue_()
        self.offsite.append(url)  # the site asks no other origin (tests/test_privacy.py)
        return route.abort()

    def load(self, path: str):
        page = self.context.new_page()
        navigations: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on(
            "framenavigated",
            lambda f: navigations.append(f.url) if f == page.main_frame else None,
        )
        url = f"{self.base}/{path}"
        page.goto(url, wait_until="load")
        page.wait_for_timeout(150)
        return page, url, navigations

    def state(self, page) -> dict:
        return page.evaluate(
            "({fired: window.__fired, csp: window.__csp, pwned: window.__pwned || null,"
            " title: document.title})"
        )


def _all_pages(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))


def test_no_built_file_contains_anything_from_outside(naughty):
    for base in (naughty["site"], naughty["project"] / "docs"):
        for path in base.rglob("*"):
            if path.is_file():
                assert b"root:x:0:0" not in path.read_bytes(), path


def test_every_html_page_carries_the_csp(naughty):
    for rel in _all_pages(naughty["site"]):
        text = (naughty["site"] / rel).read_text(encoding="utf-8")
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text)
        assert meta, rel
        assert text.index(meta.group(0)) < text.find("<script"), f"{rel}: CSP after a script"
        script_src = next(d for d in meta.group(1).split("; ") if d.startswith("script-src"))
        assert "unsafe-inline" not in script_src, rel


def test_nothing_fires_on_any_page(browser, naughty, naughty_server):
    watch = Watch(browser, naughty_server)
    problems = []
    for rel in _all_pages(naughty["site"]):
        page, url, navigations = watch.load(rel)
        state = watch.state(page)
        moved = [u for u in navigations if u.split("#")[0] != url.split("#")[0]]
        if state["fired"] or state["csp"] or state["pwned"] or moved:
            problems.append((rel, state, moved))
        page.close()
    watch.context.close()
    assert not problems, problems
    assert not watch.dialogs, watch.dialogs
    assert not watch.offsite, watch.offsite


def test_every_naughty_string_is_visible_as_text(browser, naughty, naughty_server):
    watch = Watch(browser, naughty_server)
    missing = []
    for source, strings in sorted(naughty["expected"].items()):
        slug = naughty["pages"][source]
        page, _url, _nav = watch.load(f"archive/{slug}/")
        text = _visible(page.evaluate("document.querySelector('article').innerText"))
        for string in strings:
            if _visible(string) not in text:
                repairs = naughty["report"][source]["repairs"]
                explained = [r for r in repairs if r["before"] and r["before"] in string]
                if string in KNOWN_REPAIRED and explained:
                    print(f"\nmojibake repair changed a naughty string: {string!r}: {explained}")
                    continue
                missing.append((source, string))
        state = watch.state(page)
        assert not state["fired"] and not state["pwned"], (source, state)
        page.close()
    watch.context.close()
    assert not missing, missing


def test_hostile_titles_are_text_in_title_header_and_search(browser, naughty, naughty_server):
    watch = Watch(browser, naughty_server)
    for i, title in enumerate(TITLES):
        slug = naughty["pages"][f"title-{i:02d}.txt"]
        page, _url, _nav = watch.load(f"archive/{slug}/")
        state = watch.state(page)
        assert _visible(title) in _visible(state["title"]), (title, state["title"])
        h1 = page.evaluate("document.querySelector('article h1').innerText")
        assert _visible(title) in _visible(h1)
        assert not state["fired"] and not state["pwned"] and not state["csp"], state
        page.close()
    page, _url, _nav = watch.load("")
    page.set_viewport_size({"width": 1280, "height": 900})
    for query in ("onerror", "onload", "passwd", "title"):
        search(page, query)
        page.wait_for_timeout(300)
        state = watch.state(page)
        assert not state["fired"] and not state["pwned"] and not state["csp"], (query, state)
        assert page.locator(".md-search-result img, .md-search-result svg[onload]").count() == 0
    results = page.evaluate("document.querySelector('.md-search-result').innerText")
    assert "<" in results or "title" in results.lower()
    page.close()
    watch.context.close()
    assert not watch.dialogs and not watch.offsite, (watch.dialogs, watch.offsite)
