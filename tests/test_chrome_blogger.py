"""A blog on Blogger's Contempo theme (its default): the search box's heading, the share
menu's last item, the heading of the popular posts under the post, the profile link and the
theme's image credit. Blogger's own strings, matched as whole lines; the words inside a
sentence are text. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page

PAGE = """
c Skip to main content
c Search This Blog
t What the chatbot asked before it gave me a recipe
c Get link
c Facebook
c X
c Pinterest
c Email
c Other Apps
c March 04, 2026
t Last night I asked an assistant for a rye recipe and it wanted to know how warm my kitchen was.
t It turned out to matter, because the starter had been sluggish all week.
c Post a Comment
c Popular posts from this blog
c Powered by Blogger
c Theme images by Michael Elkan
c Visit profile
c Report Abuse
"""


def test_the_contempo_themes_furniture_goes_and_the_post_stays():
    lines, text = marked_page(PAGE)
    assert kept(*lines) == text


KEPT = {
    "a sentence about the popular posts": """
t The popular posts from this blog are all about bread, which surprised the assistant.
t It had guessed they would be about bees.
""",
    "other apps named in a list the text introduces": """
t The assistant suggested three places to share the recipe:
t Facebook
t Other Apps
t It did not suggest printing it, which my grandmother would have done.
""",
    "a credit for images inside the text": """
t Theme images by my daughter, who drew every loaf on the page herself.
t The assistant helped her pick the colours.
""",
}


@pytest.mark.parametrize("name", list(KEPT))
def test_text_that_speaks_of_the_theme_stays(name):
    lines, text = marked_page(KEPT[name])
    assert kept(*lines) == text
