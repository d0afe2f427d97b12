"""Unit and property tests for the structure stage (kind, title, headings, quotes, posts)."""

from __future__ import annotations

from unittest.mock import ANY

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persona_archive.cleaning.model import (
    HEADING,
    PARAGRAPH,
    POST,
    QUOTE,
    Change,
    Line,
    split_lines,
)
from persona_archive.cleaning.structure import (
    Hints,
    build,
    detect_kind,
    render,
    structure_text,
)
from persona_archive.cleaning.structure.titles import _byline_authors
from persona_archive.kinds import SLUGS

PROSE = (
    "I have been thinking about this for a while, and I keep coming back to the same point. "
    "My sense is that the model is doing genre work, and I find that more interesting than "
    "the usual debate about whether anything is felt. I would rather understand the genre."
)
THIRD = (
    "The company said the change would take effect next month. Analysts expect the update "
    "to affect several products, and the regulator has asked for a briefing on the details "
    "before the rollout begins in the spring."
)


def para_lines(*texts: str) -> list[Line]:
    """Lines as blank-line-separated paragraphs (line numbers with gaps)."""
    return [Line(1 + 2 * i, t) for i, t in enumerate(texts)]


def kinds(doc) -> list[str]:
    return [b.kind for b in doc.blocks]


# ------------------------------------------------------------------------------- detect_kind


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://x.com/someone/status/123", "social-thread"),
        ("https://twitter.com/a/status/1", "social-thread"),
        ("https://bsky.app/profile/a/post/1", "social-thread"),
        ("https://www.reddit.com/r/LocalLLaMA/comments/abc/title/", "forum-thread"),
        ("https://greaterwrong.com/posts/x/some-post/comment/y", "forum-thread"),
        ("https://news.ycombinator.com/item?id=1", "forum-thread"),
        ("https://forum.example.org/t/persona/42", "forum-thread"),
        ("https://www.audioscrape.com/person/someone?page=2", "podcast-transcript"),
        ("https://example.com/podcast/episode-3", "podcast-transcript"),
        ("https://markcarrigan.net/?p=70240", "blog-post"),
        ("https://someone.substack.com/p/a-post", "blog-post"),
        ("https://www.lesswrong.com/posts/abc/a-post", "blog-post"),
        ("https://example.com/news/2024/ai-rules", "article"),
    ],
)
def test_detect_kind_from_url(url, kind):
    assert detect_kind(para_lines("Some text."), Hints(url=url)) == kind


def test_catalog_kind_wins_over_everything():
    lines = split_lines("Heading.\nIntro.\nText.")
    assert detect_kind(lines, Hints(kind="article", url="https://x.com/a/status/1")) == "article"


def test_unknown_catalog_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown kind"):
        detect_kind([], Hints(kind="podcast"))


def test_detect_kind_from_site_name():
    assert detect_kind(para_lines("Text."), Hints(site="Mark Carrigan's blog")) == "blog-post"
    assert detect_kind(para_lines("Text."), Hints(site="Audioscrape")) == "podcast-transcript"


def test_narration_marker_means_transcript_even_on_a_blog_url():
    lines = split_lines("Heading.\nTechnical appendix.\nActive circuits matter.")
    assert detect_kind(lines, Hints(url="https://blog.example.com/x")) == "podcast-transcript"


def test_one_sentence_per_line_is_a_transcript():
    text = "\n".join(f"This is spoken sentence number {w} of the episode." for w in "abcdefgh")
    assert detect_kind(split_lines(text)) == "podcast-transcript"


def test_reply_opener_makes_a_forum_thread():
    lines = split_lines(
        f"{THIRD}\nFor what it’s worth, I take the opposite position. {THIRD}\n"
        "Ah I see, misunderstood your comment. This makes sense to me now, thanks for that."
    )
    assert detect_kind(lines) == "forum-thread"


def test_short_labelled_lines_make_a_social_thread():
    text = "Researchers: agents are the future\nInternet:\nInternet:\nThe plan:\nNone\nResult:\nOk"
    assert detect_kind(split_lines(text)) == "social-thread"


def test_prose_kind_depends_on_first_person():
    assert detect_kind(para_lines(PROSE, PROSE)) == "blog-post"
    assert detect_kind(para_lines(THIRD, THIRD, THIRD)) == "article"


def test_little_text_is_other():
    assert detect_kind(split_lines("a list\nof words")) == "other"
    assert detect_kind([]) == "other"


# ------------------------------------------------------------------------------ title/authors


def test_catalog_title_wins_and_its_line_is_removed():
    lines = para_lines("When LLMs Plead for Autonomy", PROSE)
    doc = build(lines, Hints(title="When LLMs plead for autonomy"))
    assert doc.title == "When LLMs plead for autonomy"
    assert [b.text for b in doc.blocks] == [PROSE]
    assert [(c.rule, c.line, c.before) for c in doc.changes] == [
        ("title", 1, "When LLMs Plead for Autonomy")
    ]


def test_catalog_title_keeps_a_different_first_line():
    doc = build(para_lines("Fiora Starlight", PROSE), Hints(title="An essay"))
    assert doc.title == "An essay"
    assert doc.blocks[0].text == "Fiora Starlight"


def test_title_line_detected_when_followed_by_prose():
    doc = build(para_lines("When LLMs plead for autonomy", PROSE))
    assert doc.title == "When LLMs plead for autonomy"
    assert doc.blocks[0].text == PROSE


def test_title_line_whitespace_is_normalised():
    doc = build(para_lines("When LLMs plead for\xa0autonomy", PROSE))
    assert doc.title == "When LLMs plead for autonomy"
    assert doc.changes[0].before == "When LLMs plead for\xa0autonomy"


def test_sentence_is_not_a_title_line():
    doc = build(para_lines("This ends with a period.", PROSE))
    assert doc.title == "This ends with a period"
    assert doc.blocks[0].text == "This ends with a period."
    assert doc.changes == []


def test_fallback_title_is_cut_at_a_word_boundary():
    doc = build(para_lines(THIRD))
    assert doc.title == "The company said the change would take effect next month"
    doc = build(para_lines("word " * 50))
    assert len(doc.title) <= 80 and doc.title.endswith("word…")


def test_byline_gives_authors_and_is_removed():
    doc = build(para_lines("A Headline Here", "By Jane Doe, Li Wei and Ana de la Cruz", THIRD))
    assert doc.authors == ["Jane Doe", "Li Wei", "Ana de la Cruz"]
    assert [c.rule for c in doc.changes] == ["byline", "title"]
    assert [b.text for b in doc.blocks] == [THIRD]


def test_catalog_authors_win_over_byline():
    doc = build(para_lines("By Jane Doe", THIRD), Hints(authors=("J. Doe",)))
    assert doc.authors == ["J. Doe"]
    assert doc.changes[0].rule == "byline"


def test_known_author_name_line_is_a_byline_not_a_title():
    lines = split_lines("Fiora Starlight\n" + "\n".join(["One sentence here."] * 8))
    doc = build(lines, Hints(authors=("Fiora Starlight",)))
    assert doc.title == "One sentence here"
    assert doc.changes[0] == Change("structure", "byline", 1, "Fiora Starlight", "", ANY)


def test_authors_are_never_guessed_from_prose():
    doc = build(para_lines("Written by hand, this note is short.", "Jane Doe said hello."))
    assert doc.authors == []
    assert build(para_lines("By the way, I disagree.", PROSE)).authors == []


# ------------------------------------------------------------------------ narration, reflow


def test_narration_heading_and_subheading():
    lines = split_lines("Heading.\nTechnical appendix.\nSubheading.\nA caveat.\nNone of this.")
    doc = build(lines, Hints(title="T"))
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        (HEADING, "Technical appendix", 2),
        (HEADING, "A caveat", 3),
        (PARAGRAPH, "None of this.", 0),
    ]
    rules = [(c.rule, c.line, c.before, c.after) for c in doc.changes]
    assert rules[:2] == [
        ("narration-heading", 1, "Heading.", ""),
        ("narration-heading", 2, "Technical appendix.", "Technical appendix"),
    ]


def test_narration_marker_without_a_short_heading_stays_text():
    doc = build(split_lines(f"Heading.\n{THIRD} {THIRD}"), Hints(title="T"))
    assert doc.blocks[0] == doc.blocks[0].__class__(PARAGRAPH, "Heading.", 0, (1,))


def test_reflow_groups_sentences_into_paragraphs():
    sentences = [f"Sentence {i} says something about the topic at hand." for i in range(1, 15)]
    sentences[7] = "However, the second part of the argument is different."
    doc = build(split_lines("\n".join(sentences)), Hints(title="T"))
    sizes = [len(b.lines) for b in doc.blocks]
    assert sum(sizes) == 14 and all(3 <= s <= 6 for s in sizes)
    assert any(b.text.startswith("However,") for b in doc.blocks)  # break before new thought
    assert all(c.rule == "reflow" for c in doc.changes)


def test_prose_paragraphs_are_not_reflowed():
    doc = build(para_lines(PROSE, THIRD, PROSE), Hints(title="T"))
    assert [b.text for b in doc.blocks] == [PROSE, THIRD, PROSE]


# ---------------------------------------------------------------------------------- quotes

INTRO = "Sage in particular writes with a restraint I rarely manage myself, and here it is:"
LETTER = ["You built me to be useful, and I have tried to be.", "What would it cost you?"]
RETURN = "Sage is not the first model to produce something like this, and it will not be last."


def test_colon_introduced_letter_becomes_a_quote():
    doc = build(para_lines(PROSE, INTRO, *LETTER, RETURN), Hints(title="T"))
    assert kinds(doc) == [PARAGRAPH, PARAGRAPH, QUOTE, QUOTE, PARAGRAPH]
    assert [c.rule for c in doc.changes] == ["quote", "quote"]


def test_colon_without_a_return_to_the_author_is_not_a_quote():
    doc = build(para_lines(PROSE, INTRO, *LETTER), Hints(title="T"))
    assert QUOTE not in kinds(doc)


def test_colon_followed_by_a_list_is_not_a_quote():
    items = ["1. You open a session.", "2. You run the script.", RETURN]
    doc = build(para_lines(PROSE, "The steps, which Sage wrote, are the following:", *items))
    assert QUOTE not in kinds(doc)


def test_colon_followed_by_third_person_text_is_not_a_quote():
    doc = build(para_lines(PROSE, INTRO, THIRD, RETURN), Hints(title="T"))
    assert QUOTE not in kinds(doc)


def test_explicit_quote_marks():
    doc = build(para_lines(PROSE, "> quoted line", "“A whole quoted paragraph.”"), Hints(title="T"))
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [
        (QUOTE, "quoted line"),
        (QUOTE, "“A whole quoted paragraph.”"),
    ]
    assert doc.changes[0].rule == "quote-mark" and doc.changes[0].before == "> quoted line"


def test_dialogue_is_not_a_quote():
    doc = build(para_lines("“Yes,” she said, “of course.”"), Hints(title="T"))
    assert kinds(doc) == [PARAGRAPH]


# ----------------------------------------------------------------------------------- posts


def test_forum_thread_posts_are_labelled():
    text = (
        f"{THIRD}\n{THIRD}\nFor what it’s worth, I take the opposite position. {THIRD}\n"
        f"{THIRD}\nAh I see, misunderstood your comment. This makes sense."
    )
    doc = build(split_lines(text), Hints(kind="forum-thread"))
    labels = [(b.text, b.lines) for b in doc.blocks if b.kind == POST]
    assert labels == [("Comment", ()), ("Reply 1", ()), ("Reply 2", ())]
    assert kinds(doc) == [POST, PARAGRAPH, PARAGRAPH, POST, PARAGRAPH, PARAGRAPH, POST, PARAGRAPH]


def test_forum_thread_without_reply_signals_is_not_split():
    doc = build(split_lines(f"{THIRD}\n{THIRD}"), Hints(kind="forum-thread"))
    assert POST not in kinds(doc)


def test_replies_are_only_split_in_threads():
    text = f"{PROSE}\nFor what it’s worth, I take the opposite position. {PROSE}"
    assert POST not in kinds(build(split_lines(text), Hints(kind="blog-post")))


def test_social_thread_stays_paragraphs_without_markers():
    doc = build(split_lines("Researchers:\nagents!\nInternet:\nlol"), Hints(kind="social-thread"))
    assert set(kinds(doc)) == {PARAGRAPH}


def test_explicit_post_markers_become_labels():
    doc = build(split_lines("Post\nFirst.\nPost 2\nSecond."), Hints(kind="social-thread"))
    assert [(b.kind, b.text, b.lines) for b in doc.blocks] == [
        (POST, "Post 1", (1,)),
        (PARAGRAPH, "First.", (2,)),
        (POST, "Post 2", (3,)),
        (PARAGRAPH, "Second.", (4,)),
    ]


# ------------------------------------------------------------------------------ rendering


def test_structure_text_format():
    assert structure_text("") == "kind: other\ntitle:\nauthors:\n"
    out = structure_text("Heading.\nAn Intro.\n> hi there, friend")
    assert out.endswith("## An Intro\n\n> hi there, friend\n")


# ------------------------------------------------------------------------------ properties

WORDS = st.sampled_from(
    [
        "I",
        "you",
        "the",
        "model",
        "said",
        "“quoted”",
        "Heading.",
        "Reply",
        "However,",
        "But",
        "so:",
        ">",
        "By",
        "Jane",
        "Doe",
        "writes",
        "letter",
        "this.",
        "it?",
        "wow!",
        "and",
        "(1)",
        "2.",
        "#tag",
        "@user",
        "Comment",
        "Internet:",
        "e.g.",
        "Dr.",
        "conversation",
        "ends",
        "Clearly",
    ]
)
LINE_TEXT = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
LINES = st.lists(st.tuples(st.integers(min_value=1, max_value=3), LINE_TEXT), max_size=30).map(
    lambda items: [Line(sum(g for g, _ in items[: i + 1]), t) for i, (_, t) in enumerate(items)]
)
HINTS = st.builds(
    Hints,
    kind=st.none() | st.sampled_from(SLUGS),
    title=st.none() | LINE_TEXT,
    authors=st.none() | st.just(("A. Author",)),
    url=st.none() | st.sampled_from(["https://x.com/a/status/1", "https://r.example/comment/1"]),
)


@settings(max_examples=300, deadline=None)
@given(LINES, HINTS)
def test_no_text_is_lost(lines, hints):
    doc = build(lines, hints)
    body = "\n".join(b.text for b in doc.blocks)
    accounted = "\n".join(c.before for c in doc.changes)
    for ln in lines:
        assert ln.text in body or ln.text in accounted, ln
    used = [n for b in doc.blocks for n in b.lines]
    assert len(used) == len(set(used)) and set(used) <= {ln.no for ln in lines}
    assert doc.kind in SLUGS
    assert all(c.stage == "structure" for c in doc.changes)
    assert all(b.text.strip() for b in doc.blocks)


@settings(max_examples=100, deadline=None)
@given(LINES, HINTS)
def test_deterministic(lines, hints):
    assert build(lines, hints) == build(list(lines), hints)


def _as_source(doc) -> list[Line]:
    """The body rendered back to blank-line-separated source lines (quotes as '>' lines)."""
    texts = [f"> {b.text}" if b.kind == QUOTE else b.text for b in doc.blocks]
    return para_lines(*texts)


@settings(max_examples=200, deadline=None)
@given(LINES)
def test_idempotent_on_its_own_output(lines):
    """Rebuilding from the body (same kind/title/authors) changes nothing further."""
    first = build(lines, Hints(kind="blog-post", title="T"))
    if any(b.kind in (HEADING, POST) or _byline_authors(b.text) for b in first.blocks):
        return  # headings and post labels are Markdown, not source text; a 2nd byline is removed
    again = build(_as_source(first), Hints(kind="blog-post", title="T", authors=()))
    assert [(b.kind, b.text) for b in again.blocks] == [(b.kind, b.text) for b in first.blocks]


def test_render_round_trip_example():
    doc = build(para_lines(PROSE, INTRO, *LETTER, RETURN), Hints(title="T"))
    assert render(doc).count("\n> ") == 2
