"""The RSS feeds: written from the archive's templates (``persona_archive.site.feeds``), not the
plugin's. Thin.

Events, in the order they run (priority in brackets):

- ``on_config`` (-100, after the RSS plugin's own ``on_config`` has set its template folder and
  made its feeds): every RSS plugin instance writes from ``persona_archive/site/feed_templates/``.
"""

from mkdocs.plugins import event_priority

from persona_archive.site import feeds


@event_priority(-100)
def on_config(config):
    for plugin in feeds.rss_plugins(config):
        feeds.use_templates(plugin, config)
    return config
