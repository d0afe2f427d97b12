"""Security of every built page: escaped titles for the templates, and a Content-Security-Policy
``<meta>`` on every HTML file. Thin: the policy and the escaping are in
``persona_archive.site.security``.

Events, in the order they run (priority in brackets):

- ``on_config`` (0): a setting that would make every page ask another origin (``theme.font``:
  Google Fonts) is a warning, so ``mkdocs build --strict`` stops.
- ``on_nav`` (0): remember which pages are in the navigation (every page prints their titles).
- ``on_env`` (0): those pages get escaped titles for the rest of the build.
- ``on_page_context`` (-100, after every other hook, just before the template renders): the
  page's own title (and its previous/next page's) is escaped.
- ``on_post_page`` (100, before every other hook): the raw text is put back, so exports see the
  source's text; (-100, last, after every other hook changed the output) the page gets its
  policy.
- ``on_post_template`` (-100): theme-only pages such as ``404.html`` get the policy.
- ``on_post_build`` (-100, last): every HTML file other hooks wrote straight into the site
  (redirect pages, say) gets the policy too.
"""

import logging
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

from persona_archive.site import security
from persona_archive.site.state import BUILD

log = logging.getLogger("mkdocs.hooks.security")


def on_config(config):
    for problem in security.config_problems(config):
        log.warning(problem)
    return config


def on_nav(nav, config, files):
    BUILD.nav_pages = {id(p) for p in nav.pages}
    return nav


def on_env(env, config, files):
    BUILD.raw_titles.clear()
    for file in files.documentation_pages():
        if file.page is not None and id(file.page) in BUILD.nav_pages:
            security.escape_titles(file.page, BUILD.raw_titles)
    return env


def _neighbours(page):
    return [p for p in (page, page.previous_page, page.next_page) if p is not None]


@event_priority(-100)
def on_page_context(context, page, config, nav):
    for each in _neighbours(page):
        security.escape_titles(each, BUILD.raw_titles)
    return context


@event_priority(100)
def _restore_titles(output, page, config):
    for each in _neighbours(page):
        if id(each) not in BUILD.nav_pages:
            security.restore_titles(each, BUILD.raw_titles)
    return output


@event_priority(-100)
def _add_policy(output, page, config):
    BUILD.policed_pages.add(page.file.abs_dest_path)
    return security.add_policy(output, page.content, config)


on_post_page = CombinedEvent(_restore_titles, _add_policy)


@event_priority(-100)
def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    return security.add_policy(output_content, None, config)


@event_priority(-100)
def on_post_build(config):
    for path in sorted(Path(config["site_dir"]).rglob("*.html")):
        if str(path) in BUILD.policed_pages:
            continue
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        if security.MARKER not in text:
            policed = security.add_policy(text, None, config)
            path.write_text(policed, encoding="utf-8", errors="surrogateescape")
