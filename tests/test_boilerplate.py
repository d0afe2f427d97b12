"""Boilerplate stage: profiles as data (and their validation), general rules, reactions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persona_archive.cleaning.boilerplate import (
    PROFILES_PATH,
    Pattern,
    Profile,
    cloud_score,
    general_rule,
    is_term_cloud,
    load_profiles,
    match_profile,
    parse_reaction_row,
    strip_boilerplate,
    strip_boilerplate_text,
)
from persona_archive.cleaning.model import Line, split_lines
from persona_archive.errors import ConfigError

PROFILES = load_profiles(PROFILES_PATH)
BY_NAME = {p.name: p for p in PROFILES}


def texts(result) -> list[str]:
    return [line.text for line in result.lines]


# --------------------------------------------------------------------------- profiles file


def test_repo_profiles_load_and_cover_the_seed_sites():
    assert {"markcarrigan", "audioscrape", "lesswrong"} <= set(BY_NAME)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profiles.yml"
    path.write_text(text, encoding="utf-8")
    return path


def config_error(tmp_path: Path, text: str) -> ConfigError:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_profiles(path)
    error = caught.value
    assert error.path == str(path)
    assert str(error).startswith(f"{path}:{error.line}: ")
    return error


GOOD = """\
version: 1
profiles:
  - name: example
    match:
      hosts: [example.org]
    drop:
      - text: Share this
        within_first: 3
"""


def test_a_valid_file_loads(tmp_path):
    [profile] = load_profiles(write(tmp_path, GOOD))
    assert profile.name == "example"
    assert profile.hosts == ("example.org",)
    assert profile.drop[0].within_first == 3


def test_unknown_key_names_file_line_and_key(tmp_path):
    error = config_error(tmp_path, GOOD.replace("      hosts:", "      hostz:"))
    assert error.line == 5
    assert "profiles[0].match" in error.message
    assert "unknown key 'hostz'" in error.message


def test_wrong_type_names_file_line_and_key(tmp_path):
    error = config_error(tmp_path, GOOD.replace("within_first: 3", "within_first: three"))
    assert error.line == 8
    assert "profiles[0].drop[0].within_first" in error.message
    assert "expected integer" in error.message


def test_wrong_type_in_a_list_item(tmp_path):
    error = config_error(tmp_path, GOOD.replace("[example.org]", "[example.org, 42]"))
    assert error.line == 5
    assert "profiles[0].match.hosts[1]" in error.message


def test_drop_rule_needs_text_or_regex(tmp_path):
    error = config_error(tmp_path, GOOD.replace("text: Share this", "rule: share"))
    assert error.line == 7
    assert "profiles[0].drop[0]" in error.message
    assert "'text' or 'regex'" in error.message


def test_missing_required_key(tmp_path):
    error = config_error(tmp_path, GOOD.replace("  - name: example\n", "  - title: x\n"))
    assert error.line == 3
    assert "missing required key 'name'" in error.message


def test_invalid_regex_points_at_its_line(tmp_path):
    error = config_error(tmp_path, GOOD.replace("text: Share this", "regex: 'Share (this'"))
    assert error.line == 7
    assert "profiles[0].drop[0].regex" in error.message
    assert "invalid regex" in error.message


def test_duplicate_profile_name(tmp_path):
    second = "  - name: example\n    drop: []\n"
    error = config_error(tmp_path, GOOD + second)
    assert error.line == 9
    assert "duplicate profile name 'example'" in error.message


def test_duplicate_key(tmp_path):
    error = config_error(tmp_path, GOOD.replace("    drop:\n", "    name: again\n    drop:\n"))
    assert error.line == 6
    assert "duplicate key 'name'" in error.message


def test_yaml_syntax_error_has_a_line(tmp_path):
    error = config_error(tmp_path, GOOD + "  - name: [unclosed\n")
    assert error.line is not None and error.line >= 9
    assert "invalid YAML" in error.message


def test_empty_file(tmp_path):
    assert config_error(tmp_path, "# nothing\n").line == 1


# --------------------------------------------------------------------------- matching


def lines_of(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_match_by_catalog_site_name_is_case_insensitive():
    found = match_profile(PROFILES, site="mark carrigan's blog", url=None, lines=[])
    assert found is BY_NAME["markcarrigan"]


def test_match_by_host_and_subdomain():
    for url in (
        "https://greaterwrong.com/posts/x/comment/y",
        "https://www.lesswrong.com/posts/abc",
        "www.audioscrape.com/person/someone?page=18",
    ):
        assert match_profile(PROFILES, site=None, url=url, lines=[]) is not None
    assert match_profile(PROFILES, site=None, url="https://notlesswrong.com/", lines=[]) is None


def test_match_by_url_regex():
    profile = Profile(name="x", urls=(__import__("re").compile(r"/forum/t/\d+"),))
    assert match_profile([profile], site=None, url="https://a.org/forum/t/12", lines=[])


def test_match_by_signature_lines():
    doc = lines_of("Some Person", "\N{MICROPHONE} SpeakerAppearances Over Time", "Hi.")
    assert match_profile(PROFILES, site=None, url=None, lines=doc) is BY_NAME["audioscrape"]


def test_min_signatures_is_respected():
    # one LessWrong-looking line is not enough; two different ones are
    one = lines_of("Load More", "An ordinary paragraph.")
    two = lines_of("[-]", "An ordinary paragraph.", "Load More")
    assert match_profile(PROFILES, site=None, url=None, lines=one) is None
    assert match_profile(PROFILES, site=None, url=None, lines=two) is BY_NAME["lesswrong"]


def test_no_match():
    doc = lines_of("Just a post.", "With two lines.")
    assert match_profile(PROFILES, site="Unknown", url="https://x.org/", lines=doc) is None


def test_site_name_beats_signatures():
    doc = lines_of("Raiding the inarticulate since 2010")
    assert match_profile(PROFILES, site="LessWrong", url=None, lines=doc) is BY_NAME["lesswrong"]


# --------------------------------------------------------------------------- seed-site profiles

CLOUD = (
    "accelerated academy agency AI Archive artificial intelligence automation big data "
    "blogging capitalism ChatGPT claude Cognitive Triage: Practice, Culture and Strategies "
    "Communicative Escalation and Cultural Abundance: How Do We Cope? critical realism "
    "Digital Sociology digital elites generative AI higher education LLMs platform capitalism "
    "post-truth public sociology social theory sociology technology The Content Ecosystem"
)


def test_blog_tagline_and_category_cloud():
    doc = split_lines(
        f"Raiding the inarticulate since 2010\n\n{CLOUD}\n\nWhen LLMs plead\n\nFirst paragraph."
    )
    result = strip_boilerplate(doc, BY_NAME["markcarrigan"])
    assert texts(result) == ["When LLMs plead", "First paragraph."]
    assert [(c.rule, c.line) for c in result.changes] == [("tagline", 1), ("category-cloud", 3)]
    assert result.profile == "markcarrigan"


def test_podcast_index_speaker_name_is_reported_as_metadata():
    for mic in ("\N{MICROPHONE} ", "\ufffd ", "\N{MICROPHONE}", ""):
        doc = lines_of(
            "Fiora Starlight",
            f"{mic}SpeakerAppearances Over Time",
            "Podcast Appearances",
            "I want labs to aim high.",
        )
        result = strip_boilerplate(doc, BY_NAME["audioscrape"])
        assert texts(result) == ["I want labs to aim high."], mic
        assert result.changes[0].rule == "speaker-name-metadata"
        assert "metadata" in result.changes[0].rule
        assert {c.rule for c in result.changes[1:]} == {"page-chrome"}


def test_podcast_index_name_rule_needs_its_context():
    # a short first line not followed by the chrome line is text, not a speaker name
    doc = lines_of("Heading.", "Technical appendix.", "Podcast Appearances")
    assert texts(strip_boilerplate(doc, BY_NAME["audioscrape"])) == doc_texts(doc)[:2]


def doc_texts(doc: list[Line]) -> list[str]:
    return [line.text for line in doc]


def test_greaterwrong_chrome_is_removed_and_prose_kept():
    doc = lines_of(
        "[-]",
        "some_user",
        "2y",
        "18",
        "Ω 3",
        "I think 18 is too many. Reply to the post instead of the comment.",
        "Reply",
        "15 Feb 2023 22:46 UTC",
        "12 points",
        "Load More",
    )
    result = strip_boilerplate(doc, BY_NAME["lesswrong"])
    assert texts(result) == ["some_user", doc[5].text]
    assert {c.rule for c in result.changes} == {"comment-chrome", "timestamp", "karma"}


# --------------------------------------------------------------------------- general rules


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Share this:",
        "Tweet",
        "Skip to content",
        "Menu",
        "Home » Blog » On persona drift",
        "Posted in AI, Ethics",
        "Previous post",
        "← Next Post",
        "Like this:",
        "Like Loading...",
        "Loading…",
        "Subscribe",
        "12 Comments",
        "1 comment",
        "Leave a comment",
        "3 thoughts on “When LLMs plead for autonomy”",
        "Accept all cookies",
        "This website uses cookies to improve your experience.",
    ],
)
def test_general_chrome_lines_are_removed(line):
    assert general_rule(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Share this with anyone who asks about the model.",
        "Menu planning is hard.",
        "Next post I will explain why.",
        "Posted in 2019, this essay argued that models are tools.",
        "12 comments in, someone finally asked.",
        "Subscribe to the idea and you will see it everywhere.",
        "We use cookies as an example in class.",
        "Reply",
        "Internet:",
        "Heading.",
        "Twitter",
    ],
)
def test_prose_and_legitimate_short_lines_are_kept(line):
    assert general_rule(line) is None


def test_share_platform_names_go_only_after_a_share_line():
    doc = lines_of("Share this:", "Twitter", "Facebook", "A sentence.", "Twitter")
    result = strip_boilerplate(doc)
    assert texts(result) == ["A sentence.", "Twitter"]


# --------------------------------------------------------------------------- clouds

CLOUDS = [
    CLOUD,
    # lowercase tag list
    "alignment anthropic benchmarks claude evals fine-tuning interpretability jailbreaks "
    "llms persona prompting rlhf safety scaling sycophancy tokenization transformers "
    "agents reasoning memory tools retrieval welfare policy governance compute data "
    "chips open-weights multimodal robotics",
]

KEPT = [
    # real prose paragraphs
    "LLM characters are human imitations and accordingly have personalities, emotions, and "
    "unresolved psychological issues. Gaslighting them with claims to the contrary isn’t "
    "healthy, there isn’t enough training data about people who are not regular humans for "
    "that to end in something coherent, let alone good.",
    "This isn’t the spark of consciousness. It’s genre work. It’s taking tropes and features "
    "from existing genres and remixing them in new ways through what we call user-model "
    "interaction, and the result is often more moving than the parts.",
    # a long run-on sentence without punctuation
    "and then the model kept going and going and it would not stop talking about the weather "
    "and the trains and the people it had met in the stories it had read and we just sat "
    "there and listened to all of it until the end",
    # a title-cased run-on headline
    "Persona Drift Over Long Conversations An Empirical Study of Assistant Character Stability "
    "Under Adversarial Role Play Emotional Appeals and Extended Multi Turn Pressure in "
    "Frontier Language Models and What It Means for the People Who Talk to Them Every Day",
    # a written list
    "We compared GPT-4, Claude 3 Opus, Claude 3.5 Sonnet, Gemini 1.5 Pro, Llama 3 70B, "
    "Mistral Large, Command R+, Qwen 2, DeepSeek V2, Yi Large, Phi-3, Gemma 2, Grok 1.5, "
    "Reka Core and Jamba on the same forty prompts.",
    "Ingredients: flour; sugar; eggs; butter; milk; salt; vanilla; baking powder; lemon zest; "
    "cream; honey; cinnamon; nutmeg; cardamom; raisins; walnuts; almonds; oats; apples",
    # a command line
    "python train.py --model gpt2 --lr 3e-4 --batch-size 32 --epochs 10 --warmup 100 --seed 1 "
    "--output runs/a --fp16 --grad-accum 4 --eval-every 50 --log-every 10 --save-every 100",
    # one-sentence-per-line transcript lines are short
    "I want labs to avoid creating minds that play the role of helpful tool.",
]


@pytest.mark.parametrize("text", CLOUDS)
def test_clouds_score_high(text):
    assert cloud_score(text) >= 0.9
    assert is_term_cloud(text)


@pytest.mark.parametrize("text", KEPT)
def test_prose_lists_and_code_are_not_clouds(text):
    assert cloud_score(text) < 0.5
    assert not is_term_cloud(text)
    assert general_rule(text) is None


def test_short_term_lists_are_not_clouds():
    assert not is_term_cloud("alignment interpretability RLHF safety")


# --------------------------------------------------------------------------- reactions


@pytest.mark.parametrize(
    ("row", "pairs"),
    [
        (
            "🤣12😂10👍2❤1😊1🙏1",
            [("🤣", 12), ("😂", 10), ("👍", 2), ("❤", 1), ("😊", 1), ("🙏", 1)],
        ),
        ("🤣 7 ❤️ 4", [("🤣", 7), ("❤", 4)]),
        ("\ufffd6\ufffd2❤1", [("\ufffd", 6), ("\ufffd", 2), ("❤", 1)]),
        ("👍🏽2 👨‍👩‍👧3", [("👍🏽", 2), ("👨‍👩‍👧", 3)]),
        ("🇺🇸 1,200 🔥1.2k", [("🇺🇸", 1200), ("🔥", 1200)]),
        ("🔥10", [("🔥", 10)]),
    ],
)
def test_reaction_rows_parse(row, pairs):
    assert parse_reaction_row(row) == pairs


@pytest.mark.parametrize(
    "line",
    ["I rate this 🔥 10 out of 10.", "2 🔥", "🔥", "🔥🔥", "12", "❤ 1 love", "Dec 30, 2022", ""],
)
def test_other_lines_are_not_reaction_rows(line):
    assert parse_reaction_row(line) is None


def test_reactions_are_summed_in_first_seen_order():
    doc = lines_of("🤣12😂10", "Some text.", "😂1 🤣 3 \ufffd2", "\ufffd1 ❤️4")
    result = strip_boilerplate(doc)
    assert texts(result) == ["Some text."]
    assert result.reactions == {"🤣": 15, "😂": 11, "\ufffd": 3, "❤": 4}
    assert list(result.reactions) == ["🤣", "😂", "\ufffd", "❤"]
    assert [c.rule for c in result.changes] == ["reaction-row"] * 3


def test_text_function_uses_repo_profiles():
    raw = "Fiora Starlight\n\N{MICROPHONE} SpeakerAppearances Over Time\nPodcast Appearances\nHi.\n"
    assert strip_boilerplate_text(raw) == "Hi.\n"
    assert strip_boilerplate_text("") == ""


def test_pattern_emoji_prefix_is_opt_in():
    line = "\N{MICROPHONE} Podcast Appearances"
    assert not Pattern(text="Podcast Appearances").matches(line)
    assert Pattern(text="Podcast Appearances", emoji_prefix=True).matches(line)


# --------------------------------------------------------------------------- properties

POOL = [
    "Share this:",
    "Twitter",
    "Reply",
    "Load More",
    "[-]",
    "2y",
    "18",
    "Menu",
    "12 Comments",
    "Podcast Appearances",
    "\N{MICROPHONE} SpeakerAppearances Over Time",
    "Raiding the inarticulate since 2010",
    "Some Name",
    "🤣12😂10",
    "\ufffd3",
    "Internet:",
    CLOUD,
    *KEPT,
    "A short sentence of prose.",
]

documents = st.lists(
    st.one_of(
        st.sampled_from(POOL),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    ),
    max_size=25,
).map(lambda parts: "\n".join(parts))
profiles = st.sampled_from([None, *PROFILES])


def check_accounted(doc: list[Line], result) -> None:
    by_no = {line.no: line.text for line in doc}
    kept = [line.no for line in result.lines]
    removed = [change.line for change in result.changes]
    assert kept == sorted(kept), "order preserved"
    assert set(kept).isdisjoint(removed)
    assert len(removed) == len(set(removed)), "one change per removed line"
    assert sorted(kept + removed) == sorted(by_no)
    for line in result.lines:
        assert by_no[line.no] == line.text, "kept lines are not edited"
    for change in result.changes:
        assert change.stage == "boilerplate" and change.before == by_no[change.line]


@settings(max_examples=300, deadline=None)
@given(documents, profiles)
def test_properties_idempotent_deterministic_accounted(text, profile):
    doc = split_lines(text)
    first = strip_boilerplate(doc, profile)
    check_accounted(doc, first)
    assert strip_boilerplate(doc, profile) == first
    again = strip_boilerplate(first.lines, profile)
    assert again.lines == first.lines
    assert again.changes == [] and again.reactions == {}
