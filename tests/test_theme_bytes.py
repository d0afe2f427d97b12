"""What every page repeats, written once (issue 20): Material's script-only controls come from
cached scripts, and the theme files no reader loads are not published."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from persona_archive.site import shared_markup, unused_assets

SEARCH = (
    '<div class="md-search" data-md-component="search" role="dialog">'
    '<div class="md-search__inner"><form class="md-search__form" name="search">'
    '<input type="text" name="query"></form><div class="md-search__output"></div></div></div>'
)
LABEL = '<label class="md-header__button md-icon" for="__search"><svg></svg></label>'
PALETTE = (
    '<form class="md-header__option" data-md-component="palette">'
    '<input class="md-option" type="radio" name="__palette" id="__palette_0">'
    '<label for="__palette_1" hidden>dark</label></form>'
)


TOP = '<button type="button" class="md-top md-icon" data-md-component="top" hidden>Top</button>'
HEADER = f"{PALETTE}\n{LABEL}{SEARCH}"


def _page(search: str = SEARCH, text: str = "<p>The text.</p>") -> str:
    return (
        f"<header>{PALETTE}\n{LABEL}{search}<script src=x></script></header>"
        f"<main><article>{text}</article>{TOP}</main>"
    )


def test_the_blocks_become_scripts_that_write_them_back():
    """The header's palette switch, search button and dialog, side by side, are one block."""
    blocks: dict[str, str] = {}
    out = shared_markup.take(_page(), blocks, lambda p: "../../" + p)
    assert "md-search__inner" not in out and "__palette_0" not in out and "Top" not in out
    assert out.startswith(
        '<header><script src="../../assets/pa-md-header.js"></script><script src=x>'
    )
    assert '<script src="../../assets/pa-md-top.js"></script></main>' in out
    assert blocks == {"assets/pa-md-header.js": HEADER, "assets/pa-md-top.js": TOP}
    scripts = shared_markup.scripts(blocks)
    written = re.search(
        r'insertAdjacentHTML\("afterend",(.*)\);', scripts["assets/pa-md-header.js"]
    )
    assert json.loads(written[1].replace("<\\/", "</")) == HEADER


def test_a_page_whose_block_differs_keeps_its_own():
    """Another language's strings: the page keeps its markup, the shared script stays the first."""
    blocks: dict[str, str] = {}
    shared_markup.take(_page(), blocks, lambda p: p)
    other = SEARCH.replace('name="query"', 'name="query" placeholder="Suche"')
    out = shared_markup.take(_page(other), blocks, lambda p: p)
    assert other in out and PALETTE in out and "pa-md-header.js" not in out
    assert "pa-md-top.js" in out  # the button is the same and still shared
    assert blocks["assets/pa-md-header.js"] == HEADER


def test_controls_apart_are_not_one_block():
    """Something between the controls (a language switch): the page keeps them all."""
    page = _page().replace(f"\n{LABEL}", f"<div class='lang'></div>{LABEL}")
    out = shared_markup.take(page, {}, lambda p: p)
    assert PALETTE in out and SEARCH in out and "pa-md-header.js" not in out


def test_page_text_is_never_taken():
    """Only the theme's blocks move: an article that quotes the markup keeps it as it was."""
    quoted = "<p>&lt;div class=&quot;md-search&quot;&gt; is how the theme writes it.</p>"
    page = f"<article>{quoted}</article>"
    assert shared_markup.take(page, {}, lambda p: p) == page


def test_markup_cannot_end_its_script():
    script = shared_markup.scripts({"assets/x.js": "<div></script><script>alert(1)</div>"})
    assert "</script>" not in script["assets/x.js"]


def _config(base: str, worker: str) -> str:
    settings = {"base": base, "features": ["search.share"], "search": worker, "tags": None}
    return f'<script id="__config" type="application/json">{json.dumps(settings)}</script>'


DIALOG = (
    '<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner"></div></div>'
)


def test_material_settings_and_dialog_are_written_back():
    """The dialog right before the settings comes back before the settings' script."""
    blocks: dict[str, str] = {}
    page = "<main></main>" + DIALOG + _config("..", "../assets/w.js")
    out = shared_markup.take_config(page, blocks, lambda p: "../" + p)
    assert out == '<main></main><script src="../assets/pa-md-config.js" data-base=".."></script>'
    script = shared_markup.scripts(blocks)[shared_markup.CONFIG_FILE]
    assert 'insertAdjacentHTML("beforebegin",d[2])' in script
    assert json.loads(re.search(r"d=(\[.*\]),c=", script)[1].replace("<\\/", "</"))[2] == DIALOG


def test_material_settings_are_shared_and_rebased_on_each_page():
    """Pages at any depth share one settings script; each gets its own paths back."""
    blocks: dict[str, str] = {}
    deep = shared_markup.take_config(
        _config("../..", "../../assets/w.js"), blocks, lambda p: "../../" + p
    )
    root = shared_markup.take_config(_config(".", "assets/w.js"), blocks, lambda p: p)
    assert deep == '<script src="../../assets/pa-md-config.js" data-base="../.."></script>'
    assert root == '<script src="assets/pa-md-config.js" data-base="."></script>'
    other = _config("..", "../assets/other.js")  # another worker: the page keeps its own
    assert shared_markup.take_config(other, blocks, lambda p: "../" + p) == other
    script = shared_markup.scripts(blocks)[shared_markup.CONFIG_FILE]
    assert "</" not in script.split("*/", 1)[1]


def test_settings_with_an_absolute_base_stay_in_the_page():
    page = _config("/site", "/site/assets/w.js")
    assert shared_markup.take_config(page, {}, lambda p: p) == page


def _theme_site(root: Path) -> Path:
    for name, text in {
        "assets/javascripts/bundle.1.min.js": "a();\n//# sourceMappingURL=bundle.1.min.js.map\n",
        "assets/javascripts/bundle.1.min.js.map": "{}",
        "assets/stylesheets/main.1.min.css": "a{}\n/*# sourceMappingURL=main.1.min.css.map*/",
        "assets/stylesheets/main.1.min.css.map": "{}",
        "assets/javascripts/lunr/min/lunr.de.min.js": "x",
        "assets/javascripts/workers/search.1.min.js": "w",
        "assets/pa-search-worker.js": "p",
        "archive/notes.map/index.html": "<p>a page, not a map</p>",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("engine", ["lunr", "pagefind"])
def test_source_maps_go_and_lunr_files_only_under_pagefind(tmp_path, engine):
    site = _theme_site(tmp_path)
    removed = unused_assets.prune(site, engine)
    assert [p.name for p in site.rglob("*.map")] == ["notes.map"]  # a page folder, not a map
    assert (site / "assets/javascripts/bundle.1.min.js").read_text() == "a();"
    assert (site / "assets/stylesheets/main.1.min.css").read_text() == "a{}"
    assert (site / "archive/notes.map/index.html").is_file()
    lunr = site / "assets/javascripts/lunr"
    assert lunr.is_dir() == (engine == "lunr")
    assert (site / "assets/pa-search-worker.js").is_file() == (engine == "lunr")
    assert ("assets/javascripts/workers" in removed) == (engine == "pagefind")


@pytest.mark.slow
def test_built_pages_load_the_shared_blocks(site, pages):
    slug = next(iter(pages))
    text = (site / "archive" / slug / "index.html").read_text(encoding="utf-8")
    assert 'src="../../assets/pa-md-header.js"' in text
    assert 'src="../../assets/pa-md-top.js"' in text
    assert "md-search__inner" not in text and 'id="__palette_0"' not in text
    assert 'class="md-dialog"' not in text and 'class="md-top' not in text
    header = (site / "assets/pa-md-header.js").read_text(encoding="utf-8")
    assert "md-search__inner" in header and "__palette_0" in header
    assert 'id="__config"' not in text and 'data-base="../.."' in text
    assert not list((site / "assets").rglob("*.map"))
    assert (site / "assets/javascripts/lunr").is_dir()  # the default engine is lunr


@pytest.mark.slow
def test_pagefind_site_ships_no_lunr_files(pagefind_archive):
    _, site = pagefind_archive
    assert not (site / "assets/javascripts/lunr").exists()
    assert not (site / "assets/javascripts/workers").exists()
    referenced = set()
    for page in site.rglob("*.html"):
        referenced |= set(re.findall(r'src="([^"]+)"', page.read_text(encoding="utf-8")))
    for src in referenced:
        if not src.startswith(("http", "data:")):
            assert "javascripts/lunr" not in src and "workers/" not in src, src
