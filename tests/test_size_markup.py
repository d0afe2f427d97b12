"""Site per document (issue 20): what every page repeats is written once, and the theme's markup
is leaner, with nothing a reader sees lost."""

from __future__ import annotations

import re

import pytest

from persona_archive.site import browse, icons, reading, shared_markup

PARTS = {
    "assets/pa-cite.css": ".a{color:red}\n",
    "assets/pa-reading.css": ".b{color:blue}",
    "assets/pa-icons.css": ".c{}\n",
    "assets/pa-pagefind.css": ".d{}\n",
    "assets/pa-gzip.js": "(function(){z()})();\n",
    "assets/pa-cite.js": "(function(){a()})()\n",
    "assets/pa-reading.js": "(function(){b()})();\n",
}


def _site(root):
    for name, text in PARTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("engine", ["lunr", "pagefind"])
def test_bundles_join_their_parts_in_the_pages_order(tmp_path, engine):
    """One stylesheet and one script a page: the cascade's order is the pages' old order, no
    statement runs into the next file's, and the parts are not published twice."""
    site = _site(tmp_path)
    shared_markup.write_bundles(site, engine)
    css = (site / shared_markup.SITE_CSS).read_text(encoding="utf-8")
    expected = ".a{color:red}\n.b{color:blue}\n.c{}\n" + (".d{}\n" if engine == "pagefind" else "")
    assert css == expected
    js = (site / shared_markup.SITE_JS).read_text(encoding="utf-8")
    assert js == "(function(){z()})();\n(function(){a()})();\n(function(){b()})();\n"
    assert not (site / "assets/pa-cite.css").exists() and not (site / "assets/pa-cite.js").exists()
    assert (site / "assets/pa-pagefind.css").exists() == (engine == "lunr")  # not bundled: kept


def test_icons_keep_their_proportions_without_a_view_box():
    """An icon is an empty ``<svg>``; the stylesheet gives its class the shape's proportions,
    so a rule that sizes it by its height alone (the logo's) gets its width."""
    shapes: dict[str, tuple[str, str]] = {}
    page = (
        '<a><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M1"/></svg>'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2"/></svg></a>'
    )
    out = icons.replace(page, shapes)
    assert "viewBox" not in out and "<path" not in out
    names = re.findall(r'class="pa-i (pa-i-[0-9a-f]+)"', out)
    assert len(names) == 2 and all(len(n) == len("pa-i-") + 6 for n in names)
    sheet = icons.stylesheet(shapes)
    assert f".{names[0]}{{--pa-i:" in sheet and "aspect-ratio:448/512}" in sheet
    assert "aspect-ratio:24/24}" in sheet


def test_icon_classes_never_share_a_name():
    """Two shapes whose hashes begin alike get longer names, each its own shape."""
    shapes = {"pa-i-238026": ("0 0 1 1", "<path/>")}  # another shape under the short name
    out = icons.replace(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 6h18"/></svg>',
        shapes,
    )
    assert 'class="pa-i pa-i-23802' in out and 'pa-i-238026"' not in out
    assert shapes["pa-i-238026"] == ("0 0 1 1", "<path/>") and len(shapes) == 2


def test_lean_theme_leaves_the_text_alone():
    """Only the theme's part before the text changes: a document that quotes the markup (as
    text, or as a page's own HTML in the article) keeps it."""
    nav = '<a href="../" class="md-nav__link">\n<span class="md-ellipsis">\nHome\n</span>\n</a>'
    text = (
        '<article><div data-md-component="announce"></div>'
        '<meta name="generator" content="x">' + nav + "</article>"
    )
    out = reading.lean_theme(nav + text)
    assert out == '<a href="../" class="md-nav__link">Home</a>' + text
    with_markup = nav.replace("Home", "<b>Home</b>")  # not a plain title: kept as it is
    assert reading.lean_theme(with_markup) == with_markup


def test_listing_lines_are_apart_without_styles():
    """No <br> between an entry's lines: each is a line of its own by the stylesheet, and a
    space keeps them apart without it."""
    doc = {"slug": "a", "title": "A", "kind": "blog-post", "authors": ["X"], "excerpt": "E"}
    line = browse.entry(doc, "tags/t/index.md")
    assert "<br>" not in line and "</a> <span>X · Blog post</span> <span>E</span>" in line


def test_related_documents_link_the_short_way():
    docs = {"b": {"slug": "b", "title": "B", "kind": "blog-post", "authors": ["Y"]}}
    out = reading.related_list([{"slug": "b", "tags": ["t"]}], docs, {}, "../../", ["t"])
    assert '<a href="../b/">B</a> <span>Y · Blog post</span> <span class="pa-related__why">' in out


@pytest.mark.slow
def test_built_pages_name_one_archive_stylesheet_and_script(pagefind_archive):
    """A page of the built site loads the archive's styles and scripts from one file each, and
    carries no theme bytes that show nothing; the icons' rules are in the stylesheet."""
    _, site = pagefind_archive
    page = next((site / "archive").glob("*/index.html")).read_text(encoding="utf-8")
    assert re.findall(r'href="[./]*assets/(pa-[^"]+\.css)"', page) == ["pa-site.css"]
    assert re.findall(r'src="[./]*assets/(pa-(?:cite|reading|site)[^"]*\.js)"', page) == [
        "pa-site.js"
    ]
    assert 'name="generator"' not in page and 'class="md-ellipsis">\n' not in page
    assert "data-search-exclude" not in page.split("<article", 1)[1]  # Pagefind's mark only
    css = (site / shared_markup.SITE_CSS).read_text(encoding="utf-8")
    assert "svg.pa-i{" in css and ".pa-cite" in css and ".pa-pagefind" in css
