"""Pages converted on the spare core (issue 7): ``persona_archive/site/prerender.py`` must give what
MkDocs' own ``Page.render`` gives, leave to MkDocs every page whose links need the site's files,
and hand a page back to the build whenever the helper has not started it or its Markdown changed
(``hooks/build.py``)."""

from __future__ import annotations

import copy
import importlib.util
import sys
from concurrent.futures import Future
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from persona_archive import parallel
from persona_archive.files import text_digest
from persona_archive.paths import ROOT
from persona_archive.site import prerender

EXTENSIONS = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))["markdown_extensions"]

CONVERTED = {
    "archived document": """---
title: From the front matter
tags: [persona]
---

# A document

Opening paragraph with [an external link](https://example.org/a?b=1#c) and *emphasis*.
{: #p-abc123 data-para="1" }

## A section

> A quoted line, with <me@example.org> written out.
{: #p-def456 data-para="2" }

| who | what |
|---|---|
| a | b |

## A section

![a picture](https://example.org/p.png)
""",
    "raw HTML with ids, md_in_html": """<div class="x" id="raw-id" markdown>
Inside **a block**, with [a link](http://example.com).
</div>

<a name="named"></a>

Text after, no heading: the title comes from elsewhere.
""",
    "empty page": "",
}

LEFT_TO_MKDOCS = {
    "relative link": "See [the tags](../tags.md).",
    "root-relative link": "See [home](/index.md).",
    "link to an anchor of the page": "# T\n\nSee [below](#t).",
    "relative image": "![x](../images/x.png)",
    "relative link in an md_in_html block": "<div markdown>\n[x](other.md)\n</div>",
}


def _toc(toc) -> list:
    return [(item.title, item.url, item.level, _toc(item.children)) for item in toc]


def _mkdocs_render(tmp_path: Path, text: str) -> Page:
    docs = tmp_path / "docs"
    (docs / "archive").mkdir(parents=True)
    (docs / "archive" / "doc.md").write_text(text, encoding="utf-8")
    (docs / "tags.md").write_text("# Tags\n", encoding="utf-8")
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict(
        {
            "site_name": "T",
            "docs_dir": str(docs),
            "site_dir": str(tmp_path / "site"),
            "markdown_extensions": copy.deepcopy(EXTENSIONS),
        }
    )
    errors, _ = config.validate()
    assert not errors
    files = get_files(config)
    page = Page(None, files.get_file_from_path("archive/doc.md"), config)
    page.read_source(config)
    page.render(config, files)
    page.config = config
    return page


@pytest.mark.parametrize("name", CONVERTED)
def test_conversion_is_mkdocs_own(tmp_path, name):
    page = _mkdocs_render(tmp_path, CONVERTED[name])
    config = page.config
    rendered = prerender.convert(page.markdown, config.markdown_extensions, config.mdx_configs)
    assert rendered is not None
    assert rendered.html == page.content
    assert _toc(get_toc(rendered.toc_tokens)) == _toc(page.toc)
    assert rendered.title == page._title_from_render
    assert rendered.anchors == page.present_anchor_ids
    assert rendered.digest == text_digest(page.markdown)


def test_the_sample_covers_what_it_claims(tmp_path):
    page = _mkdocs_render(tmp_path, CONVERTED["archived document"])
    assert {"p-abc123", "p-def456", "a-section", "a-section_1"} <= page.present_anchor_ids
    assert page._title_from_render == "A document" and "<table>" in page.content
    raw = _mkdocs_render(tmp_path / "raw", CONVERTED["raw HTML with ids, md_in_html"])
    assert {"raw-id", "named"} <= raw.present_anchor_ids


@pytest.mark.parametrize("name", LEFT_TO_MKDOCS)
def test_pages_whose_links_need_the_site_files_are_left_to_mkdocs(name):
    assert prerender.convert(LEFT_TO_MKDOCS[name], EXTENSIONS[:3], {}) is None


def test_files_are_read_as_mkdocs_reads_them(tmp_path):
    page = tmp_path / "p.md"
    page.write_bytes("\ufeff---\ntitle: T\n---\n\nCaf\u00e9\r\n".encode())
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"not utf-8: \xff")
    done = prerender.convert_files(
        [("p", str(page)), ("broken", str(broken)), ("gone", str(tmp_path / "gone.md"))],
        EXTENSIONS[:3],
        {},
    )
    assert done["p"].html == "<p>Caf\u00e9</p>"
    assert done["p"].digest == text_digest("Caf\u00e9\n")  # no BOM, no CR: as MkDocs reads
    assert done["broken"] is None and done["gone"] is None  # MkDocs reports these itself


class _Helper:
    """A helper that runs nothing until told: each task is a pending future."""

    def __init__(self):
        self.tasks: list[tuple[Future, tuple]] = []

    def __call__(self, function, *args):
        future: Future = Future()
        self.tasks.append((future, (function, *args)))
        return future

    def run(self, index: int) -> None:
        future, (function, *args) = self.tasks[index]
        future.set_running_or_notify_cancel()
        future.set_result(function(*args))


def _text(i: int) -> str:
    return f"# Page {i}\n\nText {i}.\n"


def _pages(tmp_path: Path, n: int) -> list[tuple[str, str]]:
    pages = []
    for i in range(n):
        path = tmp_path / f"d{i}.md"
        path.write_text(_text(i), encoding="utf-8")
        pages.append((f"d{i}.md", str(path)))
    return pages


def test_batches_go_from_the_end_and_the_build_takes_back_those_not_started(tmp_path):
    helper = _Helper()
    shared = prerender.Shared(_pages(tmp_path, 5), EXTENSIONS[:3], {}, helper, batch=2)
    assert [args[1] for _, args in helper.tasks] == [
        [("d4.md", str(tmp_path / "d4.md"))],
        [(f"d{i}.md", str(tmp_path / f"d{i}.md")) for i in (2, 3)],
        [(f"d{i}.md", str(tmp_path / f"d{i}.md")) for i in (0, 1)],
    ]
    helper.run(0)
    helper.run(1)
    assert shared.take("d0.md", _text(0)) is None  # not started: taken back
    assert helper.tasks[2][0].cancelled()
    assert shared.take("d1.md", _text(1)) is None
    assert shared.take("d2.md", _text(2)).html.endswith("<p>Text 2.</p>")
    assert shared.take("d3.md", "# Page 3\n\nchanged by a hook") is None  # converted again
    assert shared.take("d3.md", _text(3)) is None  # asked once only
    assert shared.take("unknown.md", "x") is None
    shared.cancel()
    assert shared.take("d4.md", _text(4)) is None


def test_a_failed_batch_leaves_its_pages_to_the_build(tmp_path):
    def failing(function, *args):
        future: Future = Future()
        future.set_exception(OSError("helper gone"))
        return future

    shared = prerender.Shared(_pages(tmp_path, 1), EXTENSIONS[:3], {}, failing)
    assert shared.take("d0.md", _text(0)) is None


def _hook():
    spec = importlib.util.spec_from_file_location("build_hook", ROOT / "hooks" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hook_swaps_the_conversion_in_before_other_hooks_see_the_page(tmp_path, monkeypatch):
    hook = _hook()
    pages = _pages(tmp_path, 2)

    def now(function, *args):
        future: Future = Future()
        future.set_result(function(*args))
        return future

    monkeypatch.setattr(parallel, "spare_core", lambda: True)
    monkeypatch.setattr(parallel, "background", now)
    files = SimpleNamespace(
        documentation_pages=lambda: (
            [SimpleNamespace(src_uri=u, abs_src_path=p) for u, p in pages]
            + [SimpleNamespace(src_uri="generated.md", abs_src_path=None)]
        )
    )
    config = {"markdown_extensions": ["toc", "tables"], "mdx_configs": {}}
    assert hook._start_conversions("nav", config, files) == "nav"

    page = SimpleNamespace(file=SimpleNamespace(src_uri="d0.md"), markdown=None)
    source = _text(0)
    assert hook.on_page_markdown(source, page, config, files) == ""  # MkDocs converts nothing
    html = hook._converted("", page, config, files)
    assert html == '<h1 id="page-0">Page 0</h1>\n<p>Text 0.</p>'
    assert page.markdown == source and page._title_from_render == "Page 0"
    assert page.present_anchor_ids == {"page-0"} and [i.url for i in page.toc] == ["#page-0"]

    other = SimpleNamespace(file=SimpleNamespace(src_uri="d1.md"))
    assert hook.on_page_markdown("changed", other, config, files) == "changed"
    assert hook._converted("<p>changed</p>", other, config, files) == "<p>changed</p>"


def test_hook_stands_aside_without_a_spare_core(tmp_path, monkeypatch):
    hook = _hook()
    monkeypatch.setattr(parallel, "spare_core", lambda: False)
    files = SimpleNamespace(documentation_pages=lambda: pytest.fail("pages listed for nothing"))
    hook._start_conversions("nav", {"markdown_extensions": ["toc"], "mdx_configs": {}}, files)
    page = SimpleNamespace(file=SimpleNamespace(src_uri="d0.md"))
    assert hook.on_page_markdown("# A", page, {}, files) == "# A"


def test_helper_threads_get_the_interpreter_lock_promptly():
    parallel.stop_background()  # a helper left by an earlier test
    before = sys.getswitchinterval()
    try:
        parallel.background(sorted, [2, 1]).result()
        assert sys.getswitchinterval() == min(parallel.SWITCH_INTERVAL, before)
    finally:
        parallel.stop_background()
    assert sys.getswitchinterval() == before
