"""Memory of the build: each page's HTML is held compressed between its conversion and its
rendering. Thin: the holding is ``persona_archive.site.held``.

MkDocs converts every page before it renders any (two passes over the pages), so at the end of
the first pass it holds the HTML of the whole archive as Python strings — four bytes a character
in any page with one emoji. At 100,000 documents that alone passes the build's memory target.

Events, in the order they run (priority in brackets):

- ``on_page_content`` (-1000, after every other handler has seen and changed the HTML): the
  page's HTML goes into the held store, compressed, and the page keeps an empty string.
- ``on_page_context`` (1000, before every other handler): the HTML is back on the page for the
  handlers and the template.
- ``on_post_page`` (-1000, after every other handler): the page is written; its HTML is let go.
"""

from mkdocs.plugins import event_priority

from persona_archive.site.held import HELD


def on_pre_build(config):
    HELD.clear()


@event_priority(-1000)
def on_page_content(html, page, config, files):
    return HELD.hold(page.file.src_uri, html)


@event_priority(1000)
def on_page_context(context, page, config, nav):
    page.content = HELD.take(page.file.src_uri, page.content)
    return context


@event_priority(-1000)
def on_post_page(output, page, config):
    page.content = None
    return output
