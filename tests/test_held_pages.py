"""The build holds each page's HTML compressed between conversion and rendering
(``hooks/memory.py``, ``persona_archive.site.held``): every handler after the conversion and the
template still see the page's HTML, exactly."""

from __future__ import annotations

import importlib.util
from types import SimpleNamespace

from persona_archive.paths import ROOT
from persona_archive.site.held import HELD, Held


def _hook():
    spec = importlib.util.spec_from_file_location("memory_hook", ROOT / "hooks" / "memory.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    return hook


def _page(uri: str):
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri), content=None)


def test_a_page_is_held_from_conversion_to_rendering_then_let_go():
    hook = _hook()
    hook.on_pre_build({})
    pages = {f"archive/d{i}.md": f"<p>Paragraph {i}: naïve — 🤖 {'x' * i}</p>" for i in range(50)}
    for uri, html in pages.items():  # MkDocs' first pass: every page converted
        page = _page(uri)
        page.content = hook.on_page_content(html, page, {}, None)
        assert page.content == ""
    assert len(HELD) == 50
    for uri, html in pages.items():  # the second pass: each rendered
        page = _page(uri)
        page.content = ""
        context = hook.on_page_context({"page": page}, page, {}, None)
        assert context["page"].content == html  # byte for byte, emoji and all
        assert hook.on_post_page("<html>", page, {}) == "<html>" and page.content is None
    assert len(HELD) == 0


def test_html_a_handler_set_again_after_holding_is_kept():
    held = Held()
    held.hold("a.md", "<p>first</p>")
    assert held.take("a.md", "<p>converted again</p>") == "<p>converted again</p>"
    assert held.take("a.md", "") == ""  # taken once: nothing is held twice


def test_the_hook_runs_after_every_other_converter_and_before_every_context_handler():
    hook = _hook()
    assert hook.on_page_content.mkdocs_priority < -100  # build.py's last handler is at -100
    assert hook.on_page_context.mkdocs_priority > 60  # search.py's first is at 60
    assert hook.on_post_page.mkdocs_priority < -100  # security.py's last is at -100
    assert "hooks/memory.py" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
