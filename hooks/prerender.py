"""Page conversion on both cores: the helper process converts pages from the end of the list
while MkDocs converts from the start (``scripts/archive/prerender.py``). This hook hands the
pages over after the work the pages wait for (cite boxes, related documents), and swaps a
page's conversion in when MkDocs reaches it:
the page's Markdown is set aside (MkDocs then converts nothing), and restored with the HTML,
table of contents, title and anchors before any other hook sees the page.
"""

from mkdocs.plugins import event_priority
from mkdocs.structure.toc import get_toc
from persona_archive import parallel
from persona_archive.site import prerender

_state: dict = {"shared": None, "taken": {}}


@event_priority(-50)  # after the hooks that start helper work the pages wait for
def on_nav(nav, config, files):
    _reset()
    extensions = config["markdown_extensions"]
    if not parallel.spare_core() or not all(isinstance(e, str) for e in extensions):
        return nav
    pages = [(f.src_uri, f.abs_src_path) for f in files.documentation_pages() if f.abs_src_path]
    _state["shared"] = prerender.Shared(
        pages, extensions, config["mdx_configs"] or {}, parallel.background
    )
    return nav


@event_priority(-100)  # last: the Markdown every other hook has had its say on
def on_page_markdown(markdown, page, config, files):
    shared = _state["shared"]
    rendered = shared and shared.take(page.file.src_uri, markdown)
    if not rendered:
        return markdown
    _state["taken"][page.file.src_uri] = (rendered, markdown)
    return ""


@event_priority(100)  # first: every other hook sees the converted page
def on_page_content(html, page, config, files):
    taken = _state["taken"].pop(page.file.src_uri, None)
    if taken is None:
        return html
    rendered, page.markdown = taken
    page.toc = get_toc(rendered.toc_tokens)
    page.present_anchor_ids = set(rendered.anchors)
    page._title_from_render = rendered.title
    return rendered.html


def on_env(env, config, files):
    _reset()  # every page is converted by now
    return env


def on_build_error(error):
    _reset()


def _reset():
    if _state["shared"] is not None:
        _state["shared"].cancel()
    _state.update(shared=None, taken={})
