"""Security of the built pages: the Content-Security-Policy every HTML page carries, and the
escaped titles the templates print. The hooks in ``hooks/security.py`` only call these.

**The policy** (issue 6: defence in depth). Escaping (``cleaning.writing.escape``, the titles
below) is what keeps a source's text from becoming markup; this policy is the second wall:
were markup to slip through, the browser would still run no script and load nothing from
elsewhere.

The policy allows:

- scripts: the site's own files (``'self'``: Material's bundle and search worker, the archive's
  ``assets/*.js``) and, by SHA-256 hash, exactly the inline scripts of the *theme* — Material
  writes a few small ones into every page (``__md_scope``/``__md_hash`` set-up, the palette
  restore, the tab-anchor fix). Hashes, not ``'unsafe-inline'``: an inline script is allowed only
  if its exact text came from a template. Scripts inside the page's content (the rendered
  Markdown: where a source's text ends up) are never hashed, so they could not run even if the
  escaping failed. With the Pagefind engine, ``'wasm-unsafe-eval'`` for its WebAssembly index.
- styles: the site's own files and the theme's inline ``<style>`` elements by hash;
  ``style-src-attr 'unsafe-inline'``, because Material and the tags listing set ``style``
  attributes (a style attribute cannot run script; injected ``url()`` loads are still bound by
  ``img-src``/``font-src``).
- fonts: the site (and ``data:``).
- images: the site and ``data:`` (Material's icons are inline SVG data URLs).
- fetches, workers and frames: the site (search index, Pagefind's worker), by ``default-src``.
- nothing else: no plugins (``object-src 'none'``), no ``<base>`` elsewhere, forms post only
  to the site, no frames from elsewhere.

No other origin, ever (issue 17): an archive does not hand its readers to third parties, and it
reads the same offline. So the site uses system fonts (``theme.font: false``; Material would
otherwise load Google Fonts) and shows its repository as a plain link
(``overrides/partials/source.html``; Material's would fetch the repository's facts from the
host's API). ``config_problems`` turns a configuration that would ask another origin into a
build warning (an error under ``--strict``), rather than a policy that lets it through.

The meta goes right after ``<meta charset>``, before the first script, so it governs all of them.

**Titles.** Stock MkDocs and Material print ``page.title`` / ``page.meta.title`` unescaped; a
document's title comes from a scraped source (the front matter keeps it raw, per the ingest
contract), so the templates get an HTML-escaped copy (``SafeText``) while every Python hook still
sees the raw text, which is always in ``page.meta["title_raw"]`` too.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import re

from markupsafe import Markup

from persona_archive.cleaning.writing import balance_bidi

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_STYLE = re.compile(r"<style\b([^>]*)>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_CHARSET = re.compile(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_ARTICLE = re.compile(r"<article\b.*</article\s*>", re.IGNORECASE | re.DOTALL)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}
MARKER = 'http-equiv="Content-Security-Policy"'


def sha256(text: str) -> str:
    """A CSP hash source for an inline script or style.

    >>> sha256("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def template_part(output: str, content: str | None) -> str:
    """The page without its content: the rendered Markdown and the ``<article>`` around it.

    >>> template_part("<head><script>a</script></head><article><p>x</p></article><b>", "<p>x</p>")
    '<head><script>a</script></head><b>'
    """
    start, end = output.find("<article"), output.rfind("</article")
    if 0 <= start <= end:  # string search: a regex over every page cost 0.1 ms a page
        output = output[:start] + output[output.find(">", end) + 1 :]
    else:
        output = _ARTICLE.sub("", output)
    if content and content in output:  # content outside an article (another theme)
        output = output.replace(content, "")
    return output


def inline_hashes(markup: str) -> tuple[list[str], list[str]]:
    """Hashes of the executable inline scripts and of the inline style elements in ``markup``."""
    scripts = []
    for attrs, body in _SCRIPT.findall(markup):
        kind = _TYPE.search(attrs)
        if _SRC.search(attrs) or (kind and kind.group(1).lower() not in _JS_TYPES):
            continue  # external files ('self') and data blocks (JSON, JSON-LD) need no hash
        scripts.append(sha256(body))
    styles = [sha256(body) for _attrs, body in _STYLE.findall(markup)]
    return sorted(set(scripts)), sorted(set(styles))


def policy(scripts: list[str], styles: list[str], *, wasm: bool) -> str:
    """The policy text for one page: the site's own origin and the template's inline code only.
    What is the site's own origin alone — fetches, workers, frames, styles without inline
    ones — is ``default-src`` (each falls back to it: ``worker-src`` through ``script-src``),
    not written again: the policy is in every page's head.

    >>> policy([], [], wasm=False).split("; ")[:3]
    ["default-src 'self'", "script-src 'self'", "style-src-attr 'unsafe-inline'"]
    >>> "style-src 'self' 'sha256-x'" in policy([], ["'sha256-x'"], wasm=True)
    True
    """
    script_src = " ".join(["'self'", *(["'wasm-unsafe-eval'"] if wasm else []), *scripts])
    style_src = " ".join(["'self'", *styles])
    directives = [
        "default-src 'self'",
        f"script-src {script_src}",
        *([f"style-src {style_src}"] if styles else []),
        "style-src-attr 'unsafe-inline'",
        "font-src 'self' data:",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    return "; ".join(directives)


def config_problems(config) -> list[str]:
    """What in the MkDocs configuration would make every page ask another origin, which the
    policy then blocks (a broken page and a console error, not a silent leak).

    >>> config_problems({"theme": {"font": {"text": "Roboto"}}})[0][:27]
    'mkdocs.yml: theme.font asks'
    >>> config_problems({"theme": {"font": False}}), config_problems({"theme": {}})
    ([], [])
    """
    theme = config.get("theme")
    where = os.path.basename(config.get("config_file_path") or "mkdocs.yml")
    if theme is not None and theme.get("font"):  # Material's default is Roboto from Google
        return [
            f"{where}: theme.font asks Google Fonts for every page (a third party, and "
            "blocked by the site's Content-Security-Policy); set `font: false` (system fonts)"
        ]
    return []


def add_policy(output: str, content: str | None, config) -> str:
    """``output`` with its CSP meta inserted after ``<meta charset>`` (or at the head's start)."""
    if MARKER in output:
        return output
    scripts, styles = inline_hashes(template_part(output, content))
    wasm = (config.get("extra") or {}).get("search_engine") == "pagefind"
    text = policy(scripts, styles, wasm=wasm)
    meta = f'<meta {MARKER} content="{html.escape(text, quote=False)}">'
    match = _CHARSET.search(output) or _HEAD.search(output)
    if match is None:
        return meta + output
    return output[: match.end()] + "\n    " + meta + output[match.end() :]


# Front-matter keys that Material's templates print without escaping.
KEYS = ("title", "description", "author", "subtitle")

_raw: dict[int, dict[str, str]] = {}  # id(page) -> the raw values while they are escaped
_nav_pages: set[int] = set()


class SafeText(Markup):
    """Escaped text that stays escaped: Jinja's ``e``/``striptags`` keep it as it is."""

    def striptags(self) -> Markup:
        return self


def safe_text(value: str) -> SafeText:
    """``value`` as HTML text: ``& < > " '`` escaped, every bidi override it opens closed.

    >>> str(safe_text('<script>"x"</script> & \\u202eabc'))
    '&lt;script&gt;&quot;x&quot;&lt;/script&gt; &amp; \\u202eabc\\u202c'
    """
    return SafeText(html.escape(balance_bidi(value), quote=True))


def escape_titles(page, raw_titles: dict[int, dict[str, str]]) -> None:
    """Give the templates escaped copies of ``page``'s printed front matter, remembering the raw
    values in ``raw_titles`` (by page) until ``restore_titles``."""
    meta = getattr(page, "meta", None)
    if not isinstance(meta, dict) or id(page) in raw_titles:
        return
    raw = {k: meta[k] for k in KEYS if isinstance(meta.get(k), str)}
    if not raw:
        return
    raw_titles[id(page)] = raw
    meta.setdefault("title_raw", raw.get("title"))
    for key, value in raw.items():
        meta[key] = safe_text(value)


def restore_titles(page, raw_titles: dict[int, dict[str, str]]) -> None:
    """Put back the raw values ``escape_titles`` set aside (exports see the source's text)."""
    raw = raw_titles.pop(id(page), None)
    if raw:
        page.meta.update(raw)
