"""No third party (issue 17): a page of the archive asks no origin but its own — no Google Fonts,
no repository facts from GitHub's API — so a reader is handed to nobody and the site reads the
same offline; the Content-Security-Policy of every page names no other origin."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import pytest

from persona_archive.site import security

_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
# A source expression that is not another origin: keywords and hashes in quotes, schemes that
# stay on the reader's machine.
_LOCAL = re.compile(r"'[a-z-]+'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:")
# Markup that makes the browser load something as the page opens (not a link to follow, nor a
# canonical or feed link naming the site's own address).
_SRC_ELSEWHERE = re.compile(
    r"<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=\"(?:https?:)?//"
)
_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_LOADING_REL = re.compile(r'\brel="[^"]*\b(?:stylesheet|preconnect|preload|dns-prefetch|icon)\b')
_ELSEWHERE = re.compile(r'\bhref="(?:https?:)?//')


def _policy(page_html: str) -> dict[str, list[str]]:
    match = _CSP.search(page_html)
    assert match, "no Content-Security-Policy meta"
    directives = [d.split() for d in html.unescape(match.group(1)).split(";") if d.strip()]
    return {d[0]: d[1:] for d in directives}


def test_every_built_page_has_a_policy_naming_no_other_origin(site):
    checked = 0
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        for directive, sources in _policy(text).items():
            others = [s for s in sources if not _LOCAL.fullmatch(s)]
            assert not others, f"{path.relative_to(site)}: {directive} allows {others}"
        checked += 1
    assert checked > 10


def test_no_page_loads_anything_from_elsewhere_or_asks_for_repository_facts(site, pages):
    slug = sorted(pages)[0]
    for rel in ("index.html", f"archive/{slug}/index.html", "about/index.html"):
        text = (site / rel).read_text(encoding="utf-8")
        loads = [m.group(0) for m in _SRC_ELSEWHERE.finditer(text)]
        loads += [t for t in _LINK.findall(text) if _LOADING_REL.search(t) and _ELSEWHERE.search(t)]
        assert not loads, f"{rel}: {loads}"
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, rel
        # Material fetches the repository's stars and forks for this component
        assert 'data-md-component="source"' not in text, rel
        assert 'class="md-source"' in text, f"{rel}: the repository link is gone"


def test_a_font_from_google_is_a_build_warning():
    """Turned back on, Material's web font would be blocked by the policy (a console error on
    every page): the build says so, naming the setting, and ``--strict`` stops."""
    (problem,) = security.config_problems({"theme": {"font": {"text": "Roboto"}}})
    assert problem.startswith("mkdocs.yml: theme.font") and "font: false" in problem
    assert security.config_problems({"theme": {"font": False}}) == []


@pytest.mark.browser
@pytest.mark.slow
def test_a_reader_opening_pages_asks_no_other_host(browser, server, pages):
    """Every request a document page, the home page and the search make, as they happen."""
    own = urlsplit(server).netloc
    requests: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    try:
        slug = sorted(pages)[0]
        for path in (f"/archive/{slug}/", "/"):
            page.goto(server + path, wait_until="networkidle")
            page.wait_for_timeout(500)  # Material asks for repository facts after load
        page.locator("input.md-search__input").fill("model")
        page.wait_for_timeout(500)
    finally:
        context.close()
    assert any(f"/archive/{slug}/" in url for url in requests)
    elsewhere = [u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")]
    elsewhere = [u for u in elsewhere if urlsplit(u).netloc != own]
    assert not elsewhere, elsewhere
