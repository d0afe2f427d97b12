"""The RSS feeds' templates: the archive's own, in place of mkdocs-rss-plugin's.

The plugin (1.19.0, the latest) writes its feeds from a template inside its package, with no
option to use another, and that template is wrong for an archive: a channel ``<image>`` whose URL
is the text "None" when no image is configured (readers request ``/None``), ``<author>`` holding
a person's name (RSS 2.0 wants an e-mail address there; ``dc:creator`` is the element for a
name), values printed unescaped, and a styled view (its XSL) labelled in French. The plugin reads
its template folder at ``on_config``; ``use_templates`` points that folder at
``feed_templates/`` (the same two file names: ``rss.xml.jinja2`` and the ``default.xsl`` it
copies to ``rss.xsl``), after the plugin has set it. ``hooks/feeds.py`` calls it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

TEMPLATES = Path(__file__).with_name("feed_templates")
TEMPLATE = "rss.xml.jinja2"
PLUGIN_MODULE = "mkdocs_rss_plugin"


def rss_plugins(config) -> list:
    """Every enabled instance of the RSS plugin in ``config`` (it may be set more than once)."""
    plugins = config.get("plugins") or {}
    found = []
    for plugin in plugins.values():
        if type(plugin).__module__.startswith(PLUGIN_MODULE) and plugin.config.get("enabled"):
            found.append(plugin)
    return found


IMAGE_TYPES = (".gif", ".jpeg", ".jpg", ".png")  # what RSS 2.0 allows for the channel's image


def logo_url(config) -> str | None:
    """The channel's image: the site's icon (``theme.favicon``) at its published address, or
    None (no image) when the site has no address (RSS wants an absolute URL) or the icon is of
    a type RSS does not allow.

    >>> logo_url({"site_url": "https://e.org/a/", "theme": {"favicon": "img/icon.png"}})
    'https://e.org/a/img/icon.png'
    >>> logo_url({"site_url": None, "theme": {"favicon": "img/icon.png"}}) is None
    True
    >>> logo_url({"site_url": "https://e.org/", "theme": {"favicon": "icon.svg"}}) is None
    True
    """
    site_url = config.get("site_url")
    theme = config.get("theme")
    favicon = theme.get("favicon") if theme is not None else None
    if not site_url or not favicon or not favicon.lower().endswith(IMAGE_TYPES):
        return None
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", favicon)


def use_templates(plugin, config) -> None:
    """Make ``plugin`` (configured by its own ``on_config``) write the archive's feeds, with the
    site's icon as the channel's image unless its ``image`` option names one."""
    if not (TEMPLATES / TEMPLATE).is_file() or not hasattr(plugin, "tpl_folder"):
        raise RuntimeError(f"{PLUGIN_MODULE}: cannot set the feed templates ({TEMPLATES})")
    plugin.tpl_folder = TEMPLATES
    plugin.tpl_file = TEMPLATES / TEMPLATE
    logo = plugin.config.get("image") or logo_url(config)
    for feed in (plugin.feed_created, plugin.feed_updated):
        feed.logo_url = logo
