"""The kinds of document the archive knows, in one registry.

Every place that names a kind reads it from here: the catalog schema's ``kind`` enum
(``cleaning.config``), kind detection (``cleaning.structure``), the citation types (CSL, Zotero,
schema.org, RIS) and the labels of the listings and the cite box. Adding a kind is adding a line.

>>> KINDS["forum-thread"].ris, KINDS["forum-thread"].plural
('ICOMM', 'Forum threads')
>>> kind("no-such-kind").slug
'other'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    slug: str  # the front matter's ``kind``
    singular: str  # a listing's label for one ("Blog post")
    plural: str  # a listing's heading ("Blog posts")
    genre: str  # the citation's label: CSL genre, BibTeX/RIS type note
    csl: str  # CSL type
    zotero: str  # Zotero item type (DC.type / z:itemType)
    schema: str  # schema.org type
    ris: str  # RIS TY


_ALL = (
    Kind("blog-post", "Blog post", "Blog posts", "Blog post",
         "post-weblog", "blogPost", "BlogPosting", "BLOG"),
    Kind("podcast-transcript", "Podcast transcript", "Podcast transcripts", "Podcast transcript",
         "broadcast", "podcast", "CreativeWork", "SOUND"),
    Kind("forum-thread", "Forum thread", "Forum threads", "Forum thread",
         "post", "forumPost", "DiscussionForumPosting", "ICOMM"),
    Kind("social-thread", "Social-media thread", "Social-media threads", "Social media thread",
         "post", "forumPost", "SocialMediaPosting", "ICOMM"),
    Kind("article", "Article", "Articles", "Article",
         "webpage", "webpage", "Article", "ELEC"),
    Kind("other", "Other", "Other", "Web page",
         "webpage", "webpage", "CreativeWork", "ELEC"),
)  # fmt: skip
KINDS: dict[str, Kind] = {k.slug: k for k in _ALL}
SLUGS: tuple[str, ...] = tuple(KINDS)
OTHER = KINDS["other"]


def kind(slug: str | None) -> Kind:
    """The kind named ``slug``; an unknown or missing kind is ``other``."""
    return KINDS.get(slug or "", OTHER)
