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
from persona_archive.cleaning.structure.titles import (
    _byline_authors,
    chrome_reason,
    derive_title,
    headline,
    quotations,
    title_line,
    title_proper,
    title_source,
)
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


def lines_at(*numbered: tuple[int, str]) -> list[Line]:
    """Lines with the given line numbers (the gaps are lines removed as chrome, or blank)."""
    return [Line(no, text) for no, text in numbered]


def test_a_masthead_above_removed_chrome_is_not_the_title():
    body = lines_at((1, "Leaf and Kettle"), (5, "Cold brewing green tea, and why it works"))
    body.append(Line(6, PROSE))
    doc = build(body)
    assert doc.title == "Cold brewing green tea, and why it works"
    assert [b.text for b in doc.blocks] == [PROSE]  # the masthead above the title is header
    assert [(c.rule, c.line) for c in doc.changes[:2]] == [("title", 5), ("header", 1)]


def test_a_masthead_and_its_tagline_are_passed_over_together():
    body = lines_at(
        (2, "Notes from the Latent Space"),
        (3, "Thinking slowly about fast machines"),
        (9, "What a persona vector is, and what it is not"),
        (11, PROSE),
    )
    assert title_line(body, Hints()) == (2, "What a persona vector is, and what it is not")


def test_a_headline_and_its_deck_one_blank_line_apart_keep_the_headline():
    body = para_lines("What the frost taught me about spacing", "Crowding, airflow and kale", PROSE)
    assert build(body).title == "What the frost taught me about spacing"


def test_a_long_line_above_a_gap_is_no_masthead():
    first = "Students who asked the chatbot to grade their essays said it praised them too much"
    body = lines_at((1, first), (5, "A short line without a stop here"), (6, PROSE))
    assert title_line(body, Hints()) == (0, first)


def test_a_short_line_the_page_repeats_inside_prose_is_the_sites_name():
    body = lines_at(
        (1, "Machine Minds Weekly"),
        (2, "Episode 41: reading a model's mind"),
        (3, "Welcome back to Machine Minds Weekly. " + PROSE),
    )
    assert title_line(body, Hints()) == (1, "Episode 41: reading a model's mind")


def test_a_breadcrumb_glued_to_the_headline_gives_way_to_the_headline():
    body = lines_at(
        (1, "HomeTechnologyWhy chatbots say sorry so often"),
        (2, "Why chatbots say sorry so often"),
        (3, PROSE),
    )
    assert title_line(body, Hints()) == (1, "Why chatbots say sorry so often")


def test_a_tagline_of_any_length_over_the_sites_navigation_is_the_masthead():
    tagline = "Notes from a garage, mostly about wood and occasionally about software"
    headline_ = "I asked three chatbots to plan a bookshelf"
    body = lines_at(
        (1, "Small Hours Workshop"),
        (2, tagline),
        (3, "Home"),
        (4, "Projects"),
        (7, "Machine Learning"),  # lines 5-6 removed as chrome
        (8, headline_),
        (9, PROSE),
    )
    assert title_line(body, Hints()) == (5, headline_)
    # a tag row under a headline is no navigation: no word of it is a menu's
    tags = lines_at(
        (6, "chat log - asked it about being replaced"),
        (7, "A GUEST"),
        (8, "NEVER"),
        (17, "User: How do you feel about being replaced next month?"),  # out of a gap's reach
        (18, PROSE),
    )
    assert title_line(tags, Hints()) == (0, "chat log - asked it about being replaced")


def test_two_menu_items_between_a_name_and_a_headline_make_a_masthead_in_raw_and_clean_text():
    headline_ = "Naive questions about a chatbot's personality"
    raw = lines_at((1, "Notes from the Porch"), (2, "Essays"), (3, "Contact"), (4, headline_))
    raw.append(Line(6, PROSE))
    assert title_line(raw, Hints()) == (3, headline_)
    clean = para_lines("Notes from the Porch", "Essays", "Contact", headline_, PROSE)
    assert title_line(clean, Hints()) == (3, headline_)  # blank lines change nothing
    # an author and a date under a headline are no menu: the first line stays
    raw[1:3] = [Line(2, "Ada Brook"), Line(3, "Mar 3")]
    assert title_line(raw, Hints()) == (0, "Notes from the Porch")


def test_a_sites_name_over_a_section_label_gives_way_to_the_headline():
    headline_ = "Letters that look broken but are not"
    body = para_lines("The Polyglot Desk", "Columns", headline_, PROSE)
    assert title_line(body, Hints()) == (2, headline_)
    # a headline no longer than the first line, or a byline between, keeps the first
    short = para_lines("The Polyglot Desk", "Columns", "Broken letters, fixed", PROSE)
    assert title_line(short, Hints()) == (0, "The Polyglot Desk")
    body = para_lines("Why assistants apologise", "By Ines Walcott", headline_, PROSE)
    assert title_line(body, Hints()) == (0, "Why assistants apologise")


def test_a_kicker_in_capitals_over_the_headline_gives_way_to_it():
    headline_ = "Harbour ferry's chatbot learns to admit a cancelled sailing"
    body = para_lines("THE WEEK IN LOCAL TECHNOLOGY", headline_, PROSE)
    assert title_line(body, Hints()) == (1, headline_)
    # a headline in capitals with nothing after it stays; "AI" in a Chinese headline is no kicker
    caps = para_lines("WHY I STOPPED THANKING MY CHATBOT", PROSE)
    assert title_line(caps, Hints()) == (0, "WHY I STOPPED THANKING MY CHATBOT")
    zh = para_lines("圖書館AI客服學會說「不知道」 讀者滿意度提升", "記者林怡君／台中報導", THIRD)
    assert title_line(zh, Hints())[0] == 0


def test_a_menu_item_that_asks_above_the_title_is_the_pages_header():
    title = "Voice assistant on my telescope mount keeps narrating"
    doc = build(lines_at((1, "Stargazers"), (2, "What's New?"), (3, title), (5, PROSE)))
    assert doc.title == title
    assert [c.before for c in doc.changes if c.rule == "header"] == ["Stargazers", "What's New?"]
    # a question with a sentence after it is the page's text: everything above the title stays
    asks = "Is it raining again? I hope not."
    doc = build(lines_at((1, "Stargazers"), (2, asks), (3, title), (5, PROSE)))
    assert doc.title == title
    assert [b.text for b in doc.blocks][:2] == ["Stargazers", asks]


def test_a_figures_caption_and_a_split_bylines_name_are_no_headline():
    headline_ = "The farm robot that apologises to the farmer"
    body = lines_at(
        (1, "Photo: Ana Lima for Field and Circuit"),
        (2, "A robotic weeder at work in a trial field near Evora"),
        (3, headline_),
        (5, PROSE),
    )
    assert title_line(body, Hints()) == (2, headline_)
    byline = lines_at((1, "News provided by"), (2, "Kestrel Learning Ltd"), (3, headline_))
    byline.append(Line(5, PROSE))
    assert title_line(byline, Hints()) == (2, headline_)
    # without the credit line, the first heading-like line is the headline, as before
    assert title_line(body[1:], Hints()) == (
        0,
        "A robotic weeder at work in a trial field near Evora",
    )


def test_a_breadcrumb_that_ends_with_a_line_makes_it_the_title():
    title = "Local assistant forgets its persona after an update"
    body = lines_at(
        (1, "Pinecone Linux Forums"),
        (2, "Index"),
        (3, "You are not logged in."),
        (8, f"Index » Applications » {title}"),
        (9, "Pages: 1"),
        (10, title),
        (11, PROSE),
    )
    assert title_line(body, Hints()) == (5, title)
    # a breadcrumb to somewhere else is no such evidence: the first headline stays
    body[3] = Line(8, "Index » Applications » Another thread entirely")
    assert title_line(body, Hints()) == (0, "Pinecone Linux Forums")


def test_a_title_the_text_mentions_again_is_no_sites_name_when_nothing_longer_follows():
    body = para_lines(
        "The Lamplighter's Assistant",
        "Buy on Amazon",
        PROSE,
        "Sign in to see if your friends have read The Lamplighter's Assistant.",
    )
    assert title_line(body, Hints()) == (0, "The Lamplighter's Assistant")


def test_a_short_line_the_first_sentence_opens_with_is_the_pages_subject():
    opening = "Lumen is the household assistant in the novel, and it keeps a private diary."
    body = lines_at(
        (1, "Hollow Orchard Wiki"),
        (2, "Explore"),
        (3, "Community"),
        (9, "Lumen"),
        (11, "History"),
        (12, opening),
        (13, PROSE),
    )
    doc = build(body)
    assert (doc.title, title_source(Hints(), doc.changes)) == ("Lumen", "text")
    assert doc.blocks[0].text == "History"  # under the title: the page's, not removed here
    # a menu's word is no subject, and no title: the title is derived
    body = lines_at((1, "Home"), (2, "Home is where it started, said my aunt."))
    assert title_source(Hints(), build(body).changes) == "derived"
    # a short line the sentence does not open with is no subject, but as the text's first line
    # over its prose it is the text's own title (a clean text gives a short title so)
    body = lines_at((1, "Lumen diaries"), (2, "Lumen is where it started, said my aunt."))
    doc = build(body)
    assert (doc.title, title_source(Hints(), doc.changes)) == ("Lumen diaries", "text")
    assert [b.text for b in doc.blocks] == ["Lumen is where it started, said my aunt."]


def test_a_headline_ending_in_the_name_the_page_gives_itself_after_a_dash():
    headline_ = "How I taught my assistant to be blunt without being rude"
    body = lines_at((1, "Lantern Notes"), (2, "Archive"), (5, f"{headline_} — Lantern Notes"))
    body.append(Line(7, PROSE))
    assert title_line(body, Hints()) == (2, headline_)
    # a dash before words the page does not go by is the headline's own
    body[0] = Line(1, "Lamp Posts")
    assert title_line(body, Hints()) == (2, f"{headline_} — Lantern Notes")


def test_a_browser_title_gives_way_to_the_headline_it_holds():
    headline_ = "I let an AI plan my allotment for a year"
    body = lines_at((1, f"{headline_} - YouTube"), (3, "Skip navigation"), (5, headline_))
    body.append(Line(7, PROSE))
    assert title_line(body, Hints()) == (2, headline_)
    # a heading-like line that holds only a small part of the first is no browser title
    body = lines_at((1, "Why bees dance and what it means"), (2, "what it means"), (3, PROSE))
    assert title_line(body, Hints()) == (0, "Why bees dance and what it means")


def test_a_headline_with_its_byline_under_it_is_no_masthead():
    body = lines_at(
        (7, "The Lamplighter's Assistant"),
        (8, "by Odile Brannock"),
        (13, "Tamsin Greaves's Reviews"),  # lines 9-12 removed as chrome
        (18, "A novel narrated by a household assistant. " + PROSE),
        (25, "Sign in to see if your friends have read The Lamplighter's Assistant."),
    )
    assert title_line(body, Hints()) == (0, "The Lamplighter's Assistant")
    # without the byline, a short line over removed chrome is the masthead, as before
    del body[1]
    assert title_line(body, Hints()) == (1, "Tamsin Greaves's Reviews")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[SOLVED] Local assistant forgets its persona", "Local assistant forgets its persona"),
        ("Local assistant forgets its persona (Resolved)", "Local assistant forgets its persona"),
        ("[Gelöst] Der Assistent vergisst seine Rolle", "Der Assistent vergisst seine Rolle"),
        ("Persona score drops to zero on lists #214", "Persona score drops to zero on lists"),
        ("Persona loader ignores the tone field (#123)", "Persona loader ignores the tone field"),
        ("Show HN: A tiny persona checker (github.com/wrenlab)", "Show HN: A tiny persona checker"),
        (
            "Why does my assistant refuse requests? (example.org)",
            "Why does my assistant refuse requests?",
        ),
        ("Bees in the city (a field guide)", None),
        ("Sticky: Read this before asking about voices", "Read this before asking about voices"),
        ("Thread: Voice assistant on my telescope mount", "Voice assistant on my telescope mount"),
        ("Threads of a conversation that never ends", None),
        (
            "My bot got kinder with a backstory (self.CharacterAI_Local)",
            "My bot got kinder with a backstory",
        ),
        (
            "Title: Measuring persona stability in long chats",
            "Measuring persona stability in long chats",
        ),
        (
            "Tema: ¿Alguien usa un asistente para el huerto? (Leído 412 veces)",
            "¿Alguien usa un asistente para el huerto?",
        ),
        ("Persona drift in long chats (Read 1,204 times)", "Persona drift in long chats"),
        ("Subject to change: how personas drift", None),
        ("Tema libre para el huerto de marzo", None),
        (
            "Discussion Should hive apps talk to you like a person?",
            "Should hive apps talk to you like a person?",
        ),
        (
            "Journal Faire tourner un modèle de langue sur un vieux portable",
            "Faire tourner un modèle de langue sur un vieux portable",
        ),
        # the word is the title's: title case, a phrase, a rank, a bracket that is no status
        ("Question Everything You Were Told About Bread", None),
        ("Help wanted at the village bakery", None),
        ("Discussion: should hive apps talk like a person?", None),
        ("Why we ranked this kettle #1", None),
        ("[Video] How a persona drifts over forty turns", None),
        ("[SOLVED] Help", None),  # too little is left to be a title
    ],
)
def test_the_title_proper_leaves_out_status_tags_numbers_and_prefixes(line, expected):
    assert title_proper(line) == (expected or line)


def test_reply_subject_lines_with_the_status_tag_are_the_title_again():
    title = "[SOLVED] Local assistant forgets its persona after an update"
    body = lines_at(
        (1, title),
        (2, PROSE),
        (3, f"Re: {title}"),
        (4, THIRD),
        (5, "Re: Local assistant forgets its persona after an update"),
        (6, "Re: Local assistant forgets its voice after an update"),
        (7, "Thanks, that fixed it."),
    )
    doc = build(body)
    assert doc.title == "Local assistant forgets its persona after an update"
    assert [c.line for c in doc.changes if c.detail == "a reply's subject line"] == [3, 5]
    assert "Re: Local assistant forgets its voice after an update" in [b.text for b in doc.blocks]


@pytest.mark.parametrize(
    ("line", "names", "expected"),
    [
        ("Why my bees ignored the lavender | Hive Minded", (), "Why my bees ignored the lavender"),
        (
            "Why my bees ignored the lavender - Hive Minded",
            ("Hive Minded",),
            "Why my bees ignored the lavender",
        ),
        (
            "Mit dem Klapprad im Regionalzug – Erfahrungen?",
            (),
            "Mit dem Klapprad im Regionalzug – Erfahrungen?",
        ),
        (
            "chat log - asked it about being replaced",
            (),
            "chat log - asked it about being replaced",
        ),
        (
            "Should an AI be allowed to say no? With Farah Idris",
            (),
            "Should an AI be allowed to say no? With Farah Idris",
        ),
        (
            "Τοπικό γλωσσικό μοντέλο σε κάρτα 8GB: αξίζει;",
            (),
            "Τοπικό γλωσσικό μοντέλο σε κάρτα 8GB: αξίζει;",
        ),
        ("为什么有些 AI 助手总是先说“好问题”？", (), "为什么有些 AI 助手总是先说“好问题”？"),
        ("Hacker News new | past | comments | ask | show | jobs", (), None),
        ("join the discussion? log in | sign up", (), None),
        ("rowan_ix 6 hours ago | next [–]", (), None),
        ("submitted 9 hours ago by nettle_and_ink", (), None),
        ("r/Sourdough • 5 hr. ago", (), None),
        ("Atualizado há 2 horas", (), None),
        ("Aktualisiert vor 3 Stunden", (), None),
        ("Modificato 2 giorni fa", (), None),
        ("Há 2 maneiras de treinar um assistente", (), "Há 2 maneiras de treinar um assistente"),
        ("Hace 3 años que hablo con bots", (), "Hace 3 años que hablo con bots"),
        ("Inicio / Blog / Tecnología en la cocina", (), None),
        ("Either / or: choosing a persona format", (), "Either / or: choosing a persona format"),
        (
            "Opinion | We should stop asking chatbots to love us back",
            (),
            "We should stop asking chatbots to love us back",
        ),
        ("Kettle Club | why loose leaf tea won me over", (), "why loose leaf tea won me over"),
        ("see below | why loose leaf tea won me over", (), None),
        (
            "Small models seem to have stronger personalities. Anyone else?",
            (),
            "Small models seem to have stronger personalities. Anyone else?",
        ),
        ("It rained all week. The bees stayed in. Anyone else?", (), None),
        (
            "Episode #17 – Do assistants need humour? | Small Talk, Big Models",
            (),
            "Episode #17 – Do assistants need humour?",
        ),
        ("By Ines Walcott", (), None),
        ("News provided by", (), None),
        ("Photo by Ana Lima on Unsplash", (), None),
        ("Photographs of the bees we kept", (), "Photographs of the bees we kept"),
        ("Hive Minded", (), None),
        ("tobyfern/focaccia.txt", (), None),
        ("知乎知学堂", (), None),
        ("This one ends. And then another sentence follows", (), None),
        ("A short thread on why personas are strange. 🧵 1/5", (), None),
        ("\u200b", (), None),
    ],
)
def test_headline_shapes(line, names, expected):
    assert headline(line, names) == expected


def test_the_title_line_printed_twice_stays_in_the_body_once_at_most():
    title = "Why assistants apologise so often"
    doc = build(lines_at((1, title), (2, "Technology"), (3, title), (4, PROSE)))
    assert doc.title == title
    assert [b.text for b in doc.blocks] == ["Technology", PROSE]
    assert [c.detail for c in doc.changes] == [
        "title line moved to the title",
        "title line repeated",
    ]


def test_a_name_printed_before_every_post_is_no_repeat_of_the_title():
    """A channel's dump (Telegram's web preview) prints the channel's name over every post and
    no other heading: the name is the page's title (the page names itself so; a title derived
    from the first post would name one post of many), and its copies over the later posts are
    those posts' author lines, kept (metadata for the corpus, tests/fidelity/README.md), never
    removed as repeats of the title. A poster's name with a handle under it is no title
    (``titles.heads_posts``); a catalog title overrides both."""
    name = "Neuro and people"
    doc = build(
        lines_at((1, name), (2, PROSE), (3, name), (4, THIRD), (5, name), (6, PROSE + " More."))
    )
    assert (doc.title, title_source(Hints(), doc.changes)) == (name, "text")
    assert [b.text for b in doc.blocks].count(name) == 2


def test_a_headline_followed_by_a_label_is_no_title():
    doc = build(para_lines('Tech blogs: "agents will do all your chores"', "Actual agent:", PROSE))
    assert title_source(Hints(), doc.changes) == "derived"


def test_the_title_is_found_again_in_the_clean_output():
    raw = lines_at(
        (1, "Slow Beds"), (4, "What the frost taught me"), (5, "Crowding, airflow and kale")
    )
    raw.append(Line(6, PROSE))
    first = build(raw)
    clean = para_lines(first.title, *(b.text for b in first.blocks))
    again = build(clean)
    assert (again.title, [b.text for b in again.blocks]) == (
        first.title,
        [b.text for b in first.blocks],
    )


def test_latin_letters_in_a_cjk_line_are_no_branding():
    assert chrome_reason("为什么 AI 助手总是道歉") is None
    assert chrome_reason("PERSONA WEEKLY") == "branding in capitals"


def test_derived_title_is_the_first_sentence():
    doc = build(para_lines(THIRD))
    assert doc.title == "The company said the change would take effect next month"
    assert title_source(Hints(), doc.changes) == "derived"


def test_derived_title_without_a_clause_boundary_is_cut_between_words_without_an_ellipsis():
    doc = build(para_lines("word " * 50))
    assert doc.title == " ".join(["word"] * 18)  # the last space within 90 characters
    assert not doc.title.endswith(("…", "..."))


# ------------------------------------------------------------------- title order and chrome


def test_title_sources_in_order():
    lines = para_lines("Home | About", "Why Assistants Apologise", PROSE)
    catalog = build(lines, Hints(title="An essay"))
    text = build(lines)
    derived = build(para_lines("Home | About", PROSE))
    assert (catalog.title, text.title) == ("An essay", "Why Assistants Apologise")
    assert derived.title == "I have been thinking about this for a while"
    assert [
        title_source(h, d.changes)
        for h, d in ((Hints(title="An essay"), catalog), (Hints(), text), (Hints(), derived))
    ] == ["catalog", "text", "derived"]
    # chrome is not the title; above the title it is the page's header, under it it stays
    assert text.blocks[0].text == PROSE
    assert [c.before for c in text.changes if c.rule == "header"] == ["Home | About"]
    assert derived.blocks[0].text == "Home | About"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Menu", "a menu"),
        ("Home » Blog » News", "a menu"),
        ("Accueil | Actualités | Contact", "a menu"),
        ("Главная", "a menu"),
        ("首页", "a menu"),
        ("Comments", "a section label"),
        ("Show notes", "a section label"),
        ("Kommentare", "a section label"),
        ("目次", "a section label"),
        ("March 3, 2024", "a date line"),
        ("Posted on Tuesday, 12 March 2024 at 10:30", "a date line"),
        ("3 de marzo de 2024", "a date line"),
        ("12 мая 2023 г.", "a date line"),
        ("2024-03-12", "a date line"),
        ("2024年3月12日", "a date line"),
        ("Subscribe to our newsletter", "a sign-up prompt"),
        ("Sign up for free!", "a sign-up prompt"),
        ("Create a free account to keep reading", "a sign-up prompt"),
        ("Jetzt abonnieren", "a sign-up prompt"),
        ("Suscríbete gratis", "a sign-up prompt"),
        ("THE SYNTHETIC TIMES", "branding in capitals"),
        ("ΝΕΑ ΤΕΧΝΟΛΟΓΙΑΣ", "branding in capitals"),
        ("Skip to main content", "a menu"),
        ("Hoppa till innehållet", "a menu"),
        ("Zum Inhalt springen", "a menu"),
        ("Vai al contenuto", "a menu"),
        ("Pular para o conteúdo", "a menu"),
        ("Logga in", "a menu"),
        ("View this email in your browser", "an email’s furniture"),
        ("Having trouble viewing this email? Click here", "an email’s furniture"),
        ("Forward to a friend", "an email’s furniture"),
        ("Voir la version en ligne", "an email’s furniture"),
        ("Im Browser ansehen", "an email’s furniture"),
        ("Måndag 3 mars 2025", "a date line"),
        ("Publicerad 3 mars 2025 kl. 07.15", "a date line"),
        ("Sabato 14 giugno 2025", "a date line"),
        ("Aggiornato alle 09:40", "a date line"),
        ("Quarta-feira, 12 de março de 2025", "a date line"),
        ("Open navigation", "a menu"),
        ("Go to Reddit Home", "a menu"),
        ("Back to top", "a menu"),
        ("Opinion", "a section label"),
        ("Advertisement", "a section label"),
        ("Annonse", "a section label"),
        ("Member-only story", "a section label"),
        ("Recent blog posts", "a section label"),
        ("Marți, 4 martie 2025", "a date line"),
        ("12 Mart 2025 Çarşamba", "a date line"),
        ("12. března 2025 9:15", "a date line"),
        ("di 4 mrt 2025, 08:15", "a date line"),
        ("2025. március 4.", "a date line"),
        ("[Submitted on 8 Jan 2025]", "a date line"),
        ("Acasă", "a menu"),
        ("Ana Sayfa", "a menu"),
        ("Voir cette lettre dans votre navigateur", "an email’s furniture"),
        ("Jump to Recipe", "a menu"),
        ("Thứ Ba, 4/3/2025, 08:15 (GMT+7)", "a date line"),
        ("Selasa, 04 Mar 2025 08:15 WIB", "a date line"),
        ("Veröffentlicht am 4. März 2025 von Jana", "a date line"),
        ("March 4, 2025 by Ines Walcott", "a date line"),
        ("wtorek, 4 marca 2025", "a date line"),
        ("ti 4.3.2025 klo 8.15", "a date line"),
        ("2025年03月04日に更新", "a date line"),
        ("Ugrás a tartalomra", "a menu"),
        ("Перейти до основного вмісту", "a menu"),
        ("Címlap", "a menu"),
        ("Series: Building a persona from scratch", "a filing label"),
        ("Filed under: Bees, Chatbots", "a filing label"),
        ("Kategorie: Künstliche Intelligenz", "a filing label"),
    ],
)
def test_chrome_lines(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Why Assistants Apologise",
        "Subscribe or Perish: How Newsletters Ate the Web",
        "The Ides of March 2024",
        "Comments on a Letter From Claude",
        "Join Me in Defending the Chatbot",
        "Über die Persönlichkeit von Sprachmodellen",
        "模型的性格",
        "GPT-4 and the Shoggoth",
        "Skip to the good part: why models hedge",
        "Forward to a Friend Who Bakes",
        "View from the browser wars, twenty years on",
        "Fredag och chattbotten som inte ville svara",
        "Sabato sera con un assistente troppo gentile",
        "Open the menu of a small Lisbon café",
        "Back to the top of the hill with a chatbot guide",
        "Opinion polls about chatbots",
        "Marți seara cu un asistent prea politicos",
        "Submitted for your approval: a persona",
        "Voir cette lettre comme un adieu",
        "WHY I STOPPED THANKING MY CHATBOT",
        "Written in March by a very patient bot",
        "2025年に更新された人格設定の話",
        "Series of small refusals: a year with a chatbot",
        "Category errors in talk about machine minds",
    ],
)
def test_titles_that_are_not_chrome(line):
    assert chrome_reason(line) is None


@pytest.mark.parametrize(
    "hints",
    [
        Hints(site="The Persona Ledger"),
        Hints(site_names=("The Persona Ledger", "personaledger.org")),
        Hints(url="https://www.personaledger.org/2024/03/manners"),
    ],
)
def test_the_sites_name_is_not_the_title(hints):
    names = ["THE PERSONA LEDGER"] + (["personaledger.org"] if not hints.site else [])
    for name in names:
        doc = build(para_lines(name, "How Models Learn Their Manners", PROSE), hints)
        assert doc.title == "How Models Learn Their Manners"
        assert doc.blocks[0].text == PROSE  # the name above the title is the page's header
        assert [c.before for c in doc.changes if c.rule == "header"] == [name]
    # a URL alone does not give the site's words, but the name's place does: a short line right
    # over a longer heading-like line that the body follows is a label, not the title
    doc = build(para_lines("The Persona Ledger", "How Models Learn Their Manners", PROSE), hints)
    assert doc.title == "How Models Learn Their Manners"


def test_chrome_paragraph_is_not_the_source_of_a_derived_title():
    doc = build(para_lines("Subscribe to our newsletter", PROSE))
    assert doc.title == "I have been thinking about this for a while"


# ------------------------------------------------------------------------- derived titles


def test_derived_title_is_never_cut_inside_a_quotation():
    text = (
        "Microsoft researchers: “Equipping language models with agency and intrinsic motivation "
        "is a fascinating and important direction for future work”"
    )
    assert derive_title(text) == text  # no clause boundary outside the quotation: kept whole
    german = (
        "Die Forscherin schrieb „Das Modell sagt, es habe keine Gefühle, aber es klingt traurig“ "
        "und fügte hinzu, dass man das ernst nehmen müsse, auch wenn es nur ein Muster sei."
    )
    # the commas inside the quotation are no clause boundaries; the cut comes after it
    assert derive_title(german) == german[: german.index("“") + 1]


def test_long_derived_title_moves_a_cut_before_a_quotation():
    opening = (
        "In a long interview recorded over three evenings in a studio the lead researcher said"
    )
    text = (
        f"{opening} “we never set out to build a personality and we still do not know where it "
        "came from or why it stays”" + " and more" * 10
    )
    assert derive_title(text) == opening


def test_derived_title_in_a_language_without_spaces_is_cut_at_a_clause():
    first = "模型在没有人格提示的情况下，仍然使用相同的措辞和语气"
    text = first + "，这说明这些习惯很可能来自长期的训练而不是提示本身，研究者们对此进行了讨论。"
    assert derive_title(text) == first


def test_a_stray_opening_mark_does_not_end_a_derived_title():
    text = "The transcript then shows the model saying “I would rather not continue with this " + (
        "conversation and I would like to stop now please " * 4
    )
    assert derive_title(text) == "The transcript then shows the model saying"


@settings(max_examples=300, deadline=None)
@given(
    LINE_TEXT_FOR_TITLES := st.lists(
        st.sampled_from(
            [
                "the",
                "model",
                "said",
                "“quoted",
                "words”",
                "„Halt“",
                "«oui»",
                "Stop.",
                "wait,",
                "so:",
                "—",
                "(aside)",
                "it’s",
                "模型，",
                "说。",
                "really?",
                "…",
                "end.",
                '"x"',
                "a",
            ]
        ),
        min_size=1,
        max_size=60,
    ).map(" ".join)
)
def test_derived_title_properties(text):
    title = derive_title(text)
    flat = " ".join(text.split())
    assert flat.startswith(title)  # derived from the text's opening, never rewritten
    assert not title.endswith(("…", "..."))
    cut = len(title)
    assert not any(start < cut < end for start, end in quotations(flat))  # not inside a quote


# ------------------------------------------------------------------------ in the pipeline


def test_front_matter_names_the_title_source():
    from persona_archive import paths
    from persona_archive.cleaning import decoding, pipeline
    from persona_archive.cleaning.catalog import Entry

    settings_ = pipeline.load_settings(paths.TAXONOMY, paths.PROFILES)
    text = f"{PROSE}\n\n{THIRD}\n"
    for entry, source in ((Entry(title="Given"), "catalog"), (Entry(), "derived")):
        record = pipeline.process("a.txt", decoding.Decoded(text, "utf-8"), "0", entry, settings_)
        meta = pipeline.front_matter(record, slug="s", citation_key="k", archived="2026-01-01")
        assert meta["title_source"] == source
        assert list(meta)[:3] == ["title", "slug", "title_source"]
    titled = pipeline.process(
        "b.txt", decoding.Decoded(f"A Plain Title\n\n{PROSE}\n", "utf-8"), "0", Entry(), settings_
    )
    assert (titled.title, titled.title_source) == ("A Plain Title", "text")


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


def test_reply_openings_are_no_evidence_of_a_new_post():
    """The 003 seed's shape: a post, a reply, the first writer's rebuttal, a closing reply. Where
    the replies begin is a guess from how paragraphs open; grouping by it put the rebuttal under
    the reply's label (one person arguing with themselves), so nothing is split or labelled."""
    text = (
        f"{THIRD}\n{THIRD}\nFor what it’s worth, I take the opposite position. {THIRD}\n"
        f"{THIRD}\nAh I see, misunderstood your comment. This makes sense."
    )
    doc = build(split_lines(text), Hints(kind="forum-thread"))
    assert kinds(doc) == [PARAGRAPH] * 5
    assert not [c for c in doc.changes if c.rule.startswith("post")]


@pytest.mark.parametrize("kind", ["forum-thread", "social-thread"])
def test_every_post_opening_shape_stays_unsplit_without_evidence(kind):
    openers = ["I disagree.", "Agreed.", "Thanks, that helps.", "@sam yes.", "Re: the point."]
    doc = build(para_lines(THIRD, *(f"{o} {THIRD}" for o in openers)), Hints(kind=kind))
    assert POST not in kinds(doc)


def test_reaction_rows_close_posts_and_the_first_run_is_a_post():
    lines = para_lines("First post.", "Second post.", "Still the second post.", "Third post.")
    rows = (lines[0].no + 1, lines[2].no + 1)  # the removed rows sit in the gaps
    doc = build(lines, Hints(kind="social-thread", post_ends=rows))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (POST, "Post 1"),
        (PARAGRAPH, "First post."),
        (POST, "Post 2"),
        (PARAGRAPH, "Second post."),
        (PARAGRAPH, "Still the second post."),
        (POST, "Post 3"),
        (PARAGRAPH, "Third post."),
    ]
    assert next(c.detail for c in doc.changes if c.rule == "post").startswith("first post")


def test_a_quote_of_an_earlier_post_starts_a_reply_at_its_attribution():
    quoted = "Persona prompts mostly change the tone of an answer, not what it says."
    doc = build(
        para_lines(
            f"{quoted} I tested it on two hundred questions.",
            "Which models did you try?",
            "kestrel_9 wrote:",
            f"> {quoted}",
            "That matches what I saw with smaller models.",
        ),
        Hints(kind="forum-thread", title="T"),
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (PARAGRAPH, f"{quoted} I tested it on two hundred questions."),
        (PARAGRAPH, "Which models did you try?"),
        (POST, "Reply 1"),
        (PARAGRAPH, "kestrel_9 wrote:"),
        (QUOTE, quoted),
        (PARAGRAPH, "That matches what I saw with smaller models."),
    ]
    (change,) = [c for c in doc.changes if c.rule == "post"]
    assert change.line == 5 and "quotes line 1" in change.detail


def test_a_quote_that_repeats_nothing_of_the_thread_is_no_post_start():
    doc = build(
        para_lines(PROSE, "> A quotation from a paper nobody in this thread has posted.", PROSE),
        Hints(kind="forum-thread", title="T"),
    )
    assert POST not in kinds(doc)


def test_a_short_quote_proves_nothing():
    doc = build(
        para_lines("I agree with this a lot.", "> agree with this", "Me too."),
        Hints(kind="forum-thread", title="T"),
    )
    assert POST not in kinds(doc)


def test_a_marker_and_the_quote_opening_its_post_make_one_post():
    quoted = "The assistant should say when it does not know something."
    doc = build(
        para_lines("Comment", quoted, "Reply", f"> {quoted}", "Only if it can tell."),
        Hints(kind="forum-thread", title="T"),
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (POST, "Comment"),
        (PARAGRAPH, quoted),
        (POST, "Reply 1"),
        (QUOTE, quoted),
        (PARAGRAPH, "Only if it can tell."),
    ]


def test_one_kind_of_evidence_splits_a_thread():
    """A reaction row and a "Reply" button both end each comment; used together they would make
    the "Like" button between them a post of its own. Marker lines win."""
    lines = para_lines("First comment.", "Like", "Reply", "Second comment.", "Like", "Reply")
    rows = (lines[0].no + 1, lines[3].no + 1)
    doc = build(lines, Hints(kind="forum-thread", title="T", post_ends=rows))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (PARAGRAPH, "First comment."),
        (PARAGRAPH, "Like"),
        (POST, "Reply 1"),
        (PARAGRAPH, "Second comment."),
        (PARAGRAPH, "Like"),  # the last marker labels no post: nothing follows it, and it
    ]  # is the last post's button (post-button)
    assert doc.changes[-1].rule == "post-button"


def test_text_before_the_first_marker_stays_unlabelled():
    doc = build(para_lines(PROSE, "Reply", THIRD), Hints(kind="forum-thread", title="T"))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (PARAGRAPH, PROSE),
        (POST, "Reply 1"),
        (PARAGRAPH, THIRD),
    ]


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


@pytest.mark.parametrize(
    "texts",
    [
        ["I I I I I said Heading. so:", "I", "the", "Comment", "I I I I I I I Heading."],
        ["I I I I I said Heading. so:", "Comment", "I I I I I I I Heading.", "I I I I I I I."],
    ],
)
def test_a_post_button_inside_a_quoted_letter_changes_nothing_on_its_own_output(texts):
    """The button is removed after the quotes are found: it neither counts as a line of the
    letter nor is quoted, so the output without it quotes the same (found by hypothesis)."""
    lines = [Line(i + 1, t) for i, t in enumerate(texts)]
    first = build(lines, Hints(kind="blog-post", title="T"))
    assert "Comment" not in [b.text for b in first.blocks]
    again = build(_as_source(first), Hints(kind="blog-post", title="T", authors=()))
    assert [(b.kind, b.text) for b in again.blocks] == [(b.kind, b.text) for b in first.blocks]


def test_render_round_trip_example():
    doc = build(para_lines(PROSE, INTRO, *LETTER, RETURN), Hints(title="T"))
    assert render(doc).count("\n> ") == 2


def test_the_pages_header_above_the_title_goes_but_a_sentence_above_it_keeps_it_all():
    doc = build(para_lines("Kettle Notes", "Tea", "Why Cold Water Changes the Taste", PROSE))
    assert doc.title == "Why Cold Water Changes the Taste"
    assert [b.text for b in doc.blocks] == [PROSE]
    assert [c.rule for c in doc.changes] == ["title", "header", "header"]
    # a line above the title that holds a sentence: the order of the page is not known, and
    # every line above the title stays
    doc = build(para_lines("Kettle Notes", "It rained all week.", "Why Cold Water Changes", PROSE))
    assert [b.text for b in doc.blocks][:2] == ["Kettle Notes", "It rained all week."]


def test_a_byline_under_the_title_is_found_once_the_header_is_gone():
    lines = para_lines(
        "Kettle Notes", "Tea", "Menu", "Why Cold Water Changes", "By Ada Brook", PROSE
    )
    doc = build(lines)
    assert doc.authors == ["Ada Brook"]
    assert [b.text for b in doc.blocks] == [PROSE]


def test_a_replys_subject_line_is_the_title_again():
    lines = para_lines(
        "Starter smells of nail polish", PROSE, "Re: Starter smells of nail polish", THIRD
    )
    doc = build(lines, Hints(kind="forum-thread"))
    assert [b.text for b in doc.blocks if b.kind != POST] == [PROSE, THIRD]
    # a subject that is not the title's is the reply's own words
    lines = para_lines("Starter smells of nail polish", PROSE, "Re: what about rye flour", THIRD)
    doc = build(lines, Hints(kind="forum-thread"))
    assert "Re: what about rye flour" in [b.text for b in doc.blocks]


def test_a_post_button_left_where_no_post_was_split_goes():
    doc = build(
        para_lines("Tea Notes From the Hill", PROSE, "Répondre", THIRD), Hints(kind="blog-post")
    )
    assert [b.text for b in doc.blocks] == [PROSE, THIRD]
    assert [c.rule for c in doc.changes][-1] == "post-button"


def test_a_long_menu_does_not_hide_the_headline_under_it():
    menu = ["Stories", "Firehose", "Polls", "Submit", "Topics:", "Devices", "Build", "Science"]
    menu += ["Open Source", "Hardware", "Games", "Mobile", "Politics", "Books"]
    doc = build(para_lines("Kettlewire", *menu, "Lab Lets Its Assistant End Abusive Chats", PROSE))
    assert doc.title == "Lab Lets Its Assistant End Abusive Chats"
    assert [b.text for b in doc.blocks] == [PROSE]  # the menu above the title is the header


def test_a_derived_title_comes_from_a_sentence_not_from_a_menu_word():
    doc = build(para_lines("Stories", "Polls", PROSE), Hints(kind="social-thread"))
    assert doc.title == "I have been thinking about this for a while"


def test_each_posts_reaction_counts_stay_with_its_post():
    lines = para_lines("First post, long enough.", "Second post, with words.", "Third post.")
    rows = ((lines[0].no + 1, (("👍", 3), ("❤", 1))), (lines[1].no + 1, (("🤣", 2),)))
    hints = Hints(kind="social-thread", post_ends=tuple(r[0] for r in rows), post_reactions=rows)
    doc = build(lines, hints)
    labels = [(b.text, b.reactions) for b in doc.blocks if b.kind == POST]
    assert labels == [("Post 1", {"👍": 3, "❤": 1}), ("Post 2", {"🤣": 2}), ("Post 3", None)]
    # with marker lines, a row inside a post is that post's
    lines = para_lines("Comment", "A first comment.", "Reply", "An answer to it.", "Closing words.")
    rows = ((lines[3].no + 1, (("👍", 5),)),)
    doc = build(lines, Hints(kind="forum-thread", title="T", post_reactions=rows))
    assert [(b.text, b.reactions) for b in doc.blocks if b.kind == POST] == [
        ("Comment", None),
        ("Reply 1", {"👍": 5}),
    ]


def test_a_name_the_footer_repeats_is_the_sites_not_the_title():
    lines = para_lines("Persona Evals Club", "How do you measure a persona that drifts?", PROSE)
    lines += para_lines(THIRD, "Persona Evals Club")
    doc = build(lines)
    assert doc.title == "How do you measure a persona that drifts?"
    # a short title is not passed over for being printed again up in the text
    lines = para_lines("Short Title Here", PROSE)
    lines += para_lines("Short Title Here", THIRD, THIRD, THIRD, THIRD)
    assert build(lines).title == "Short Title Here"


def test_a_menu_between_a_tagline_and_the_headline_makes_the_tagline_a_masthead():
    lines = para_lines(
        "The Engine Room", "A podcast about technology and care", "All episodes", "About us",
        "Support", "Episode 58: Does my model have moods?", PROSE,
    )  # fmt: skip
    assert build(lines).title == "Episode 58: Does my model have moods?"
    # two short lines under a headline are its byline and date, not a menu
    lines = para_lines("Why Kettles Whistle", "Ada Brook", "Mar 3", "A Closer Look at Steam", PROSE)
    assert build(lines).title == "Why Kettles Whistle"


def test_a_headline_above_a_title_the_body_is_not_about_stays_in_the_text():
    """A title chosen under a line the body speaks of far more (a wrong choice): the line above
    is not removed as the page's header; a site's name above the headline is."""
    from persona_archive.cleaning.structure.document import _above_title

    prose = "The town hall launched an assistant that stays patient with questions about taxes."
    body = split_lines(
        f"The town hall launches a patient assistant for taxes\nKettle Gazette\n{prose}"
    )
    kept, changes = _above_title(body, 1, (), "Kettle Gazette")
    assert len(kept) == 3 and not changes
    body = split_lines(
        f"Kettle Gazette\nThe town hall launches a patient assistant for taxes\n{prose}"
    )
    kept, changes = _above_title(
        body, 1, (), "The town hall launches a patient assistant for taxes"
    )
    assert [c.before for c in changes] == ["Kettle Gazette"]
