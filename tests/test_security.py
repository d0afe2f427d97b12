"""Untrusted input (issue 6), unit level: escaping against every Markdown extension the site may
enable, YAML-safe front matter, slugs, the title and CSP hooks. The end-to-end checks (ingest +
``mkdocs build`` + Chromium) are in ``test_browser_security.py``."""

from __future__ import annotations

import html
import importlib.util
import json
import re

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from persona_archive.cleaning.names import slugify
from persona_archive.cleaning.writing import balance_bidi, escape, render_front_matter
from persona_archive.paths import ROOT
from persona_archive.site import security

BLNS = json.loads((ROOT / "tests" / "data" / "blns" / "blns.json").read_text(encoding="utf-8"))

# Every extension escape() is verified against. The site's mkdocs.yml may enable any of these;
# enabling another one needs a look at what syntax it adds (test_site_enables_only_verified...).
# Not here on purpose: smarty and pymdownx.smartsymbols rewrite quotes, dashes, "(c)", "1/2" by
# design, so with them a source's text would not render as itself.
VERIFIED = {
    "abbr": {},
    "admonition": {},
    "attr_list": {},
    "def_list": {},
    "footnotes": {},
    "legacy_attrs": {},
    "md_in_html": {},
    "sane_lists": {},
    "tables": {},
    "toc": {},
    "wikilinks": {},
    "pymdownx.arithmatex": {},
    "pymdownx.betterem": {},
    "pymdownx.blocks.admonition": {},
    "pymdownx.blocks.details": {},
    "pymdownx.blocks.html": {},
    "pymdownx.caret": {},
    "pymdownx.critic": {},
    "pymdownx.details": {},
    "pymdownx.emoji": {},
    "pymdownx.escapeall": {},
    "pymdownx.highlight": {},
    "pymdownx.inlinehilite": {},
    "pymdownx.keys": {},
    "pymdownx.magiclink": {
        "repo_url_shorthand": True,
        "social_url_shorthand": True,
        "user": "someone",
        "repo": "something",
    },
    "pymdownx.mark": {},
    "pymdownx.progressbar": {},
    "pymdownx.saneheaders": {},
    "pymdownx.snippets": {"base_path": ["/", "."], "check_paths": False},
    "pymdownx.superfences": {},
    "pymdownx.tabbed": {},
    "pymdownx.tasklist": {},
    "pymdownx.tilde": {},
}

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](  javascript:alert(1)  )",
    "![x](data:text/html,<script>alert(1)</script>)",
    "[x]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "<http://example.org>",
    "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62; &#x3C;i&#x3E;",
    "# not a heading",
    "###### not a heading ######",
    "Heading?\n===",
    "Heading?\n---",
    "> not a quote",
    "- not a list",
    "+ not a list",
    "* not a list",
    "1. not a list",
    "1) not a list",
    "***",
    "___",
    "**not bold** and _not italic_ and __x__",
    "`not code` and ``x``",
    "```js\nalert(1)\n```",
    "~~~\nfence\n~~~",
    "    indented code",
    "\tindented code",
    "{: #id .class onclick=alert(1) }",
    "text {: onclick=alert(1) }",
    "{@id=x}",
    "{{ config.site_name }} {% raw %} {# c #} {%- include '/etc/passwd' -%}",
    '--8<-- "/etc/passwd"',
    "--8<--\n/etc/passwd\n--8<--",
    ';--8<-- "/etc/passwd"',
    '!!! note "not an admonition"\n    body',
    "??? note\n    body",
    "???+ note",
    '=== "Tab"\n    body',
    "/// details | x\nbody\n///",
    "/// html | div\nbody\n///",
    "[TOC]",
    "[^1]: not a footnote\n\ntext[^1]",
    "*[HTML]: Hyper Text",
    "term\n: not a definition",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "&amp; stays &amp;",
    ":smile: :+1: :fontawesome-brands-github:",
    "==mark== ^^ins^^ ~~del~~ ^sup^ ~sub~",
    "{++add++} {--del--} {~~a~>b~~} {==hl==} {>>comment<<}",
    "++ctrl+alt+del++",
    "$x^2$ $$y$$ \\(z\\) \\[w\\] \\begin{align}a\\end{align}",
    "[[WikiLink]]",
    '[=50% "half"]',
    "- [ ] task\n- [x] done",
    "<!-- comment -->",
    "<![CDATA[x]]>",
    "<?php echo 1; ?>",
    "www.example.org and ftp://example.org and https://example.org",
    "someone@example.org and @someone and someone/repo#1 and #12 !13 ?14",
    "0123456789abcdef0123456789abcdef01234567",
    "line one\r# heading after a lone CR",
    "first\r\n\r\n    code after CRLF",
    "\x02wzxhzdk:0\x03 placeholder forgery",
    "A trailing two spaces  \nline break",
    "C# and F# and #hashtag #",
    "\u202eoverride without end",
    "\u2067isolate \u202aembedding",
    "zero\u200bwidth\u200cjoiners\u200d\ufeff",
    "---\ntitle: evil\n---",
    "...",
]


def _norm(text: str) -> str:
    """What escaped text must render as: CR/CRLF as LF, blanks at line edges and blank lines
    dropped (none of which HTML shows), NUL as U+FFFD, the bidi closers escape() adds removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    lines = [line.strip(" \t") for line in text.split("\n")]
    return re.sub("[\u202c\u2069]+$", "", "\n".join(line for line in lines if line))


def _rendered_text(out: str) -> str:
    inner = out[3:-4]
    inner = re.sub(r'<span class="pa-lost"[^>]*>(.)</span>', r"\1", inner)
    inner = re.sub(r"&#([0-9]|[12][0-9]|3[01]|127);", lambda m: chr(int(m.group(1))), inner)
    text = html.unescape(inner)
    return re.sub("[\u202c\u2069]+$", "", text)


@pytest.fixture(scope="module")
def md():
    return markdown.Markdown(extensions=list(VERIFIED), extension_configs=VERIFIED)


def _check(md, text: str) -> None:
    if not _norm(text).strip():
        return
    md.reset()
    out = md.convert(escape(text))
    assert out.startswith("<p>") and out.endswith("</p>"), (text, out)
    markup = re.sub(r'<span class="pa-lost"[^>]*>', "", out[3:-4]).replace("</span>", "")
    assert "<" not in markup, f"markup made from text: {text!r} -> {out!r}"
    assert _rendered_text(out).strip() == _norm(text).strip(), (text, out)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_itself(md, text):
    _check(md, text)


def test_every_naughty_string_renders_as_itself(md):
    for text in BLNS:
        _check(md, text)
        _check(md, f"Someone wrote {text} in the middle of a sentence.")


def test_embedded_in_prose_still_renders_as_itself(md):
    for text in HOSTILE:
        _check(md, f"A reader commented: {text} and then moved on.")


_ATOMS = [
    *"&<>\\`*_[]{}~^=|$#+@!?:-/;.()'\"%0123456789 \n\t\rabcwWx\u00a0",
    "\u202e",
    "\u2066",
    "\u202c",
    "--8<--",
    "{%",
    "{{",
    "[TOC]",
    "www.",
    "javascript:",
    ":smile:",
    "\ufffd",
    "    ",
    "1. ",
    "* ",
    "> ",
    "```",
    "~~~",
    "!!! ",
    "??? ",
    "=== ",
    "/// ",
    "{: #x}",
    "<script>",
    "&#106;",
    "&amp;",
    "\x02",
    "\x03",
    "\x00",
    "@a",
    "a/b#1",
]


@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=40).map("".join))
def test_escape_property_adversarial_alphabet(md, text):
    _check(md, text)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200))
def test_escape_property_any_unicode(md, text):
    _check(md, text)


def test_site_enables_only_verified_extensions():
    """A Markdown extension added to mkdocs.yml must first be verified here (added to VERIFIED,
    with the syntax it adds escaped), or a source's text could become its syntax."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names = [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]
    unverified = sorted(n for n in names if n not in VERIFIED)
    assert not unverified, f"verify escape() against {unverified} (tests/test_security.py)"


@pytest.mark.parametrize(
    "text, closed",
    [
        ("a\u202eb", "a\u202eb\u202c"),
        ("a\u2067b\u202dc", "a\u2067b\u202dc\u202c\u2069"),
        ("a\u202eb\u202c", "a\u202eb\u202c"),
        ("a\u2066b\u202ac\u2069", "a\u2066b\u202ac\u2069"),  # PDI closes the embedding inside
        ("\u202cstray closers\u2069", "\u202cstray closers\u2069"),
    ],
)
def test_bidi_controls_are_kept_and_closed(text, closed):
    assert balance_bidi(text) == closed


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab \u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")))
def test_balanced_bidi_leaves_nothing_open(text):
    depth_ok = balance_bidi(text)
    stack = []
    for ch in depth_ok:
        if ch in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068":
            stack.append(ch)
        elif ch == "\u202c" and stack and stack[-1] not in "\u2066\u2067\u2068":
            stack.pop()
        elif ch == "\u2069" and any(c in "\u2066\u2067\u2068" for c in stack):
            while stack.pop() not in "\u2066\u2067\u2068":
                pass
    assert not stack and depth_ok.startswith(text)


_YAMLISH = st.text(
    st.one_of(
        st.sampled_from(list("\"':#&*!|>%@`{}[],?-\\ \n\t\r\x85\u2028\u2029\ufeff.~=")),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(title=_YAMLISH, author=_YAMLISH)
def test_front_matter_round_trips_through_mkdocs(title, author):
    """Whatever a title or author contains, MkDocs reads back exactly that value."""
    from mkdocs.utils import meta

    page = render_front_matter({"title": title, "authors": [author], "slug": "x"}) + "\n# x\n"
    body, data = meta.get_data(page)
    assert data == {"title": title, "authors": [author], "slug": "x"}
    assert body.strip() == "# x"


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_slugs_are_short_url_safe_and_never_paths(title):
    slug = slugify(title)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
    assert len(slug) <= 60 and "/" not in slug and ".." not in slug


def _hook(name: str):
    spec = importlib.util.spec_from_file_location(f"_{name}", ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_title_hook_escapes_for_every_template_filter():
    from jinja2 import Environment

    # (Not ``striptags``: Jinja's striptags unescapes whatever it is given. Material applies it
    # to ``page.title`` only for a page without a front-matter title, i.e. never an archive page.)
    raw = '</title><script>alert(1)</script> "q" & \u202eRTL'
    safe = security.safe_text(raw)
    env = Environment(autoescape=False)
    for template in (
        "{{ t }}",
        "{{ t | e }}",
        '<a title="{{ t }}">',
        "{{ t | string }}",
    ):
        out = env.from_string(template).render(t=safe)
        assert "<script" not in out and "</title" not in out and '"q"' not in out, template
        assert html.unescape(out).endswith(('"q" & \u202eRTL\u202c', '"q" & \u202eRTL\u202c">'))


def test_title_hook_swaps_raw_and_escaped_around_the_template():
    hook = _hook("security")

    class Page:
        previous_page = next_page = None

        def __init__(self):
            self.meta = {"title": "<b>x</b>", "description": "a & b", "tags": ["t"]}

    page = Page()
    hook.on_page_context({}, page, {}, None)
    assert str(page.meta["title"]) == "&lt;b&gt;x&lt;/b&gt;"
    assert page.meta["title_raw"] == "<b>x</b>" and page.meta["tags"] == ["t"]
    hook._restore_titles("", page, {})
    assert page.meta["title"] == "<b>x</b>" and page.meta["description"] == "a & b"


def test_csp_hashes_theme_scripts_but_never_content_scripts():
    csp = security
    content = "<p>text</p><script>alert('from content')</script>"
    page = (
        '<html><head><meta charset="utf-8"><script>theme()</script>'
        '<script type="application/ld+json">{"a":1}</script><style>:root{}</style></head>'
        f'<body><article class="md-content__inner">{content}</article>'
        '<script src="x.js"></script></body></html>'
    )
    config = {"theme": {"font": False}, "extra": {}, "repo_url": None}
    out = csp.add_policy(page, content, config)
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', out)
    assert meta and out.index(meta.group(0)) < out.index("<script>")
    policy = html.unescape(meta.group(1))
    assert csp.sha256("theme()") in policy and csp.sha256(":root{}") in policy
    assert csp.sha256("alert('from content')") not in policy
    script_src = next(d for d in policy.split("; ") if d.startswith("script-src "))
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src.replace(
        "wasm-unsafe-eval", ""
    )
    assert "object-src 'none'" in policy and "base-uri 'self'" in policy
    assert csp.add_policy(out, content, config) == out  # idempotent
