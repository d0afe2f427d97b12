"""Writing stage: escaping, rendering, atomic writes."""

from __future__ import annotations

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from persona_archive.cleaning import writing
from persona_archive.cleaning.model import HEADING, PARAGRAPH, POST, QUOTE, Block
from persona_archive.cleaning.writing import escape, render_body, render_front_matter
from persona_archive.files import atomic_write

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![x](data:text/html,<script>alert(1)</script>)",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "1. not a list",
    "**not bold** and _not italic_",
    "`not code`",
    "{: #id .class onclick=alert(1) }",
    "{{ config.site_name }} {% raw %}",
    "--8<-- /etc/passwd",
    '!!! note "not an admonition"',
    "[TOC]",
    "[^1]: not a footnote",
    "| a | b |",
    "&amp; stays &amp;",
    ":smile: ==mark== ^^ins^^ ~~del~~ {++crit++}",
    "<!-- comment -->",
]
EXTENSIONS = ["attr_list", "md_in_html", "tables", "footnotes", "admonition", "toc"]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_itself(text):
    import html

    rendered = markdown.markdown(escape(text), extensions=EXTENSIONS)
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    inner = rendered[3:-4]
    assert "<" not in inner.replace("&lt;", "")
    assert html.unescape(inner) == text


def test_blocks_render_as_structure():
    blocks = [
        Block(HEADING, "Appendix", level=2),
        Block(PARAGRAPH, "Some *text*."),
        Block(QUOTE, "Quoted <b>letter</b>."),
    ]
    body = render_body("A title: with colon", blocks, ["p-a", "p-b", "p-c"])
    out = markdown.markdown(body, extensions=EXTENSIONS)
    assert '<h2 id="p-a">Appendix</h2>' in out
    assert '<p id="p-b">Some &#42;text&#42;.</p>' in out
    assert '<blockquote>\n<p id="p-c">Quoted &lt;b&gt;letter&lt;/b&gt;.</p>' in out


def test_a_post_label_is_marked_as_the_archives_and_never_numbered():
    """The label the archive puts before a thread post is editorial: the heading carries the
    ``pa-editorial`` class (the stylesheet adds a visible "archive's label" note) and a title
    saying so, and no ¶ number even when one is passed; the text's own headings carry neither."""
    blocks = [Block(POST, "Reply 1"), Block(PARAGRAPH, "Text."), Block(HEADING, "Part", level=2)]
    body = render_body("T", blocks, ["p-a", "p-b", "p-c"], [7, 1, None])
    out = markdown.markdown(body, extensions=EXTENSIONS)
    assert (
        '<h2 class="pa-editorial" id="p-a" title="Label supplied by the archive, not part of '
        'the source text">Reply 1</h2>'
    ) in out
    assert "data-para" not in out.split("</h2>")[0]
    assert '<h2 id="p-c">Part</h2>' in out


def test_the_editorial_note_is_in_the_stylesheet():
    from persona_archive.paths import ROOT

    css = (ROOT / "overrides/assets/pa-reading.css").read_text(encoding="utf-8")
    assert ".pa-editorial::after" in css and "s label" in css


@pytest.mark.parametrize("title", ['He said: "no" #1', "a | b > c & *d*", "- item", "!tag", "'"])
def test_front_matter_is_yaml_safe(title):
    import yaml

    fm = render_front_matter({"title": title})
    assert yaml.safe_load(fm.strip("-\n")) == {"title": title}


def test_atomic_write_leaves_no_temp_file(tmp_path):
    target = tmp_path / "page.md"
    atomic_write(target, "one")
    atomic_write(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_atomic_write_takes_pieces_and_keeps_the_old_file_when_they_fail(tmp_path):
    """An export is written a record at a time; a failure half-way leaves the old file whole,
    and a written file is readable by a web server like any other (mkstemp makes it 0600)."""
    target = tmp_path / "corpus.jsonl"
    atomic_write(target, (f"{i}\n" for i in range(3)))
    assert target.read_text() == "0\n1\n2\n"
    assert target.stat().st_mode & 0o777 == 0o644

    def failing():
        yield "partial\n"
        raise RuntimeError("record 2 is broken")

    with pytest.raises(RuntimeError):
        atomic_write(target, failing())
    assert target.read_text() == "0\n1\n2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.jsonl"]


def test_pages_reach_the_disk_before_the_rename_and_cache_entries_need_not(tmp_path, monkeypatch):
    synced = []
    monkeypatch.setattr("persona_archive.files.os.fsync", synced.append)
    atomic_write(tmp_path / "page.md", "page")
    assert len(synced) == 1
    atomic_write(tmp_path / "cache" / "entry.json", "{}", durable=False)
    assert len(synced) == 1 and (tmp_path / "cache" / "entry.json").read_text() == "{}"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["cache", "entry.json", "page.md"]


def test_a_posts_reaction_counts_ride_on_its_label_and_read_back():
    from persona_archive.anchors import read_paragraphs
    from persona_archive.paths import ROOT

    blocks = [Block(POST, "Post 1", reactions={"👍": 3, "❤": 1}), Block(PARAGRAPH, "Hi.")]
    body = render_body("T", blocks, ["p-a", "p-b"], [None, 1])
    out = markdown.markdown(body, extensions=EXTENSIONS)
    assert 'data-reactions="👍 3 · ❤ 1"' in out.split("</h2>")[0]
    assert ">Post 1</h2>" in out  # the counts are not the label's text
    label = read_paragraphs(body)[0]
    assert (label.kind, label.text, label.reactions) == ("editorial", "Post 1", {"👍": 3, "❤": 1})
    css = (ROOT / "overrides/assets/pa-reading.css").read_text(encoding="utf-8")
    assert ".pa-editorial[data-reactions]::before" in css and "attr(data-reactions)" in css


_META_TEXT = st.text(st.characters(blacklist_categories=("Cs",), max_codepoint=0xFFFF), max_size=40)
_ASCII_KEY = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=110)
_META = st.fixed_dictionaries(
    {"title": _META_TEXT, "source": _META_TEXT},
    optional={
        "tags": st.lists(_META_TEXT, max_size=4),
        "authors": st.lists(_META_TEXT, max_size=3),
        "words": st.integers(0, 10**6),
        "published": st.none() | _META_TEXT,
        "counts": st.dictionaries(_ASCII_KEY | _META_TEXT, st.integers(0, 99), max_size=3),
        "labels": st.dictionaries(_ASCII_KEY, _META_TEXT, max_size=3),
    },
)


@settings(max_examples=300, deadline=None)
@given(_META)
def test_the_fast_front_matter_emitter_writes_what_pyyamls_own_writes(meta):
    """libyaml's emitter is used where its output is PyYAML's own, byte for byte."""
    assert yaml.safe_load(render_front_matter(meta)[4:-4]) == meta
    if not writing._fast_dumper_writes_the_same(meta):
        return
    fast = yaml.dump(
        meta, Dumper=writing._FastDumper, sort_keys=False, allow_unicode=True, width=10**9
    )
    own = yaml.dump(
        meta, Dumper=writing._FrontMatterDumper, sort_keys=False, allow_unicode=True, width=10**9
    )
    assert fast == own


@pytest.mark.parametrize(
    "meta",
    [{"title": "Tea 🍵"}, {"tags": ["ok", "🐝 bees"]}, {"source": "caf\udce9.txt"}],
)
def test_characters_libyaml_writes_differently_go_through_pyyamls_emitter(meta):
    """Past U+FFFF libyaml writes an escape ("\\U0001F375"), and it cannot encode a lone
    surrogate (an undecodable file name): those pages keep PyYAML's own output."""
    assert not writing._fast_dumper_writes_the_same(meta)
    out = render_front_matter(meta)
    assert "\\U0001F" not in out
    assert (
        out
        == "---\n"
        + yaml.dump(
            meta,
            Dumper=writing._FrontMatterDumper,
            sort_keys=False,
            allow_unicode=True,
            width=10**9,
        )
        + "---\n"
    )
