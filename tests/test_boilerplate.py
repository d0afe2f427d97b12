"""Boilerplate stage: profiles as data (and their validation), interface strings in many
languages, term clouds, reactions; and that no rule removes content in any script."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from persona_archive.cleaning.boilerplate import (
    POST_LABELS,
    PROFILES_PATH,
    Pattern,
    Profile,
    alphabetical_order,
    general_rule,
    interface_key,
    is_bare_count,
    is_block_shaped,
    is_quoted,
    is_term_cloud,
    load_interface_strings,
    load_profiles,
    match_interface,
    match_profile,
    parse_reaction_row,
    repo_interface_strings,
    strip_boilerplate,
    strip_boilerplate_text,
)
from persona_archive.cleaning.boilerplate.context import _FOOTER_KINDS, _HEADER_KINDS, block_span
from persona_archive.cleaning.boilerplate.rows import is_date_line
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
    assert [(c.rule, c.line, c.detail) for c in result.changes] == [
        ("profile:markcarrigan", 1, "tagline"),
        ("profile:markcarrigan", 3, "category-cloud"),
    ]
    assert result.profile == "markcarrigan"


def test_profile_cloud_rule_keeps_a_first_paragraph_in_any_language():
    # the line after the tagline is a post's first paragraph, not the cloud: kept
    for paragraph in (
        "Όταν γράφω στο μοντέλο αργά το βράδυ νιώθω πως κάποιος με ακούει χωρίς να βιάζεται "
        "και χωρίς να με κρίνει για όσα λέω ή για όσα δεν καταφέρνω να πω με λέξεις",
        "Когда я пишу модели поздно вечером мне кажется что меня слушают не торопясь и не "
        "осуждая за то что я говорю или за то что не могу выразить словами",
    ):
        doc = lines_of("Raiding the inarticulate since 2010", paragraph, "Second paragraph.")
        result = strip_boilerplate(doc, BY_NAME["markcarrigan"])
        assert texts(result) == [paragraph, "Second paragraph."]


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
        assert {c.rule for c in result.changes} == {"profile:audioscrape"}
        assert result.changes[0].detail.startswith("speaker-name-metadata: ")
        assert "metadata" in result.changes[0].detail
        assert {c.detail for c in result.changes[1:]} == {"page-chrome"}


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
    assert {c.rule for c in result.changes} == {"profile:lesswrong"}
    assert {c.detail for c in result.changes} == {"comment-chrome", "timestamp", "karma"}


# --------------------------------------------------------------------------- interface strings


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share", "sharing"),
        ("Share this:", "sharing"),
        ("Tweet", "sharing"),
        ("Share on FacebookShare on Twitter", "sharing"),
        ("Skip to content", "skip-link"),
        ("Skip to main content", "skip-link"),
        ("Menu", "navigation"),
        ("Home » Blog » On persona drift", "navigation"),
        ("Posted in AI, Ethics", "post-meta"),
        ("Previous post", "navigation"),
        ("← Next Post", "navigation"),
        ("Like this:", "sharing"),
        ("Like Loading...", "sharing"),
        ("Loading…", "status"),
        ("Subscribe", "account"),
        ("Log in · Sign up", "account"),
        ("12 Comments", "counter"),
        ("1 comment", "counter"),
        ("17 views 0 comments", "counter"),
        ("Leave a comment", "comments"),
        ("3 thoughts on “When LLMs plead for autonomy”", "counter"),
        ("Upvote 34", "voting"),
        ("Reply · Share · Report", "post-actions"),
        ("Reply Share Report", "post-actions"),
        ("Accept all cookies", "consent"),
        ("This website uses cookies to improve your experience.", "consent"),
        ("Subscribe to our newsletter", "newsletter"),
        ("Sponsored by Northwind Audio", "sponsor"),
        ("[Ad break]", "ad-marker"),
        ("Discussion (0)", "tabs"),
        ("Transcript · Discussion", "tabs"),
        (
            "You signed in with another tab or window. Reload to refresh your session.",
            "hosting-banner",
        ),
        ("pixel.gif", "tracking-pixel"),
        # other languages and scripts
        ("Zum Inhalt springen", "skip-link"),
        ("Anmelden · Registrieren", "account"),
        ("3 Kommentare", "counter"),
        ("Aller au contenu", "skip-link"),
        ("Se connecter · S’inscrire", "account"),
        ("Tout accepter", "consent"),
        ("Saltar al contenido", "skip-link"),
        ("Patrocinado por Café Norte", "sponsor"),
        ("Перейти к содержимому", "skip-link"),
        ("Войти · Регистрация", "account"),
        ("5 комментариев", "counter"),
        ("Показать ещё", "navigation"),
        ("Μετάβαση στο περιεχόμενο", "skip-link"),
        ("ΑΡΧΙΚΗ » ΕΛΛΑΔΑ » Άρθρο για τα μοντέλα", "navigation"),
        ("12 σχόλια", "counter"),
        ("Φόρτωση…", "status"),
        ("跳到主要内容", "skip-link"),
        ("登录 / 注册", "account"),
        ("12 条评论", "counter"),
        ("382 人阅读 | 0 人回复", "counter"),
        ("ข้ามไปยังเนื้อหา", "skip-link"),
        ("เข้าสู่ระบบ · สมัครสมาชิก", "account"),
        ("3 ความคิดเห็น", "counter"),
    ],
)
def test_interface_chrome_is_removed_with_its_kind(line, kind):
    assert general_rule(line) is not None, line
    assert general_rule(line)[0] == f"interface:{kind}"
    result = strip_boilerplate(lines_of(line, "A sentence of the post."))
    assert texts(result) == ["A sentence of the post."]
    assert result.changes[0].rule == f"interface:{kind}"


@pytest.mark.parametrize(
    "line",
    [
        "Share this with anyone who asks about the model.",
        "Menu planning is hard.",
        "Next post I will explain why.",
        "Posted in 2019, this essay argued that models are tools.",
        "Posted in 2019, this essay argued that models are tools",
        "12 comments in, someone finally asked.",
        "Subscribe to the idea and you will see it everywhere.",
        "We use cookies as an example in class.",
        "Follow, share, subscribe.",
        "Sponsored by the people who read it.",
        # post labels the structure stage reads, and words that are headings too
        "Reply",
        "Comment",
        "Discussion",
        "Transcript",
        "History",
        "Twitter",
        "Home",
        "Internet:",
        "Heading.",
        # key: value lines, and a bare key (a sample of a config file)
        "search:",
        "Share:",
        "Like this",
        "Score: 12",
        "Tags: hope, fear, wonder",
        "Category: Fiction",
        "Votes: 3",
        # quoted lines are someone's words
        "> Read more",
        "> Subscribe",
        "> 12 comments",
        # no letters
        "42",
        "😂😂😂",
        "(╯°□°)╯︵ ┻━┻",
        "© 2024",
    ],
)
def test_prose_and_legitimate_short_lines_are_kept(line):
    assert general_rule(line) is None
    assert texts(strip_boilerplate(lines_of(line))) == [line]


def test_run_context_strings_go_only_next_to_chrome_of_their_kind():
    # after a share line, platform names are share buttons ...
    doc = lines_of("Share this:", "Twitter", "Facebook", "A sentence.", "Twitter")
    result = strip_boilerplate(doc)
    assert texts(result) == ["A sentence.", "Twitter"]
    assert [c.rule for c in result.changes] == ["interface:sharing"] * 3
    assert result.changes[1].detail.endswith("next to interface line 1")
    # ... but a list of platforms in an article is content, and so is a heading after chrome
    doc = lines_of("We studied three platforms:", "Twitter", "Facebook", "Reddit")
    assert texts(strip_boilerplate(doc)) == doc_texts(doc)
    doc = lines_of("Share", "History", "The history of the idea is short.")
    assert texts(strip_boilerplate(doc)) == ["History", "The history of the idea is short."]
    # a menu printed one item per line, after a menu line
    doc = lines_of("Toggle navigation", "Home", "About", "Contact", "First line of the post.")
    assert texts(strip_boilerplate(doc)) == ["First line of the post."]


def test_rows_need_evidence_beyond_run_words():
    assert match_interface("Home · About · Contact") is not None  # three menu items
    assert match_interface("Twitter / Facebook") is None  # could be a heading
    assert match_interface("Home About") is None
    assert match_interface("Reply") is None  # a post label alone
    assert match_interface("Reply Report") is not None  # buttons together


def test_interface_matching_folds_case_accents_and_decoration():
    for line in (
        "SKIP TO CONTENT",
        "→ Skip to content",
        "» Skip  to content «",
        "ΑΡΧΙΚΗ · ΣΧΕΤΙΚΑ · ΕΠΙΚΟΙΝΩΝΙΑ",
    ):
        assert match_interface(line) is not None, line
    assert interface_key("Показать ещё") == interface_key("ПОКАЗАТЬ ЕЩЕ")
    assert interface_key("> Share") == "> share"  # a quote marker is not decoration


# --------------------------------------------------------------------------- the data file

LANGUAGES = ("en", "de", "fr", "es", "ru", "el", "zh", "th")
CORE_KINDS = (
    "skip-link",
    "navigation",
    "account",
    "sharing",
    "post-actions",
    "comments",
    "counter",
    "voting",
    "consent",
    "newsletter",
    "sponsor",
    "ad-marker",
)


def test_the_data_file_covers_the_core_kinds_in_each_language():
    strings = repo_interface_strings()
    entries = [*strings.exact.values(), *(entry for _, entry in strings.regexes)]
    have = {(e.kind, e.lang) for e in entries}
    missing = [(k, lang) for k in CORE_KINDS for lang in LANGUAGES if (k, lang) not in have]
    assert missing == []


def interface_file(tmp_path: Path, groups: str, macros: str = "") -> Path:
    path = tmp_path / "interface_strings.yml"
    path.write_text(f"version: 1\n{macros}groups:\n{groups}", encoding="utf-8")
    return path


def interface_error(tmp_path: Path, groups: str, macros: str = "") -> ConfigError:
    path = interface_file(tmp_path, groups, macros)
    with pytest.raises(ConfigError) as caught:
        load_interface_strings(path)
    assert str(caught.value).startswith(f"{path}:{caught.value.line}: ")
    return caught.value


def test_a_small_interface_file_loads_and_is_used(tmp_path):
    path = interface_file(
        tmp_path,
        "  - kind: sharing\n    lang: en\n    texts: [Pass it on]\n"
        "  - kind: counter\n    lang: en\n    regexes: ['<n> echoes']\n",
        macros="macros:\n  n: '\\d+'\n",
    )
    strings = load_interface_strings(path)
    result = strip_boilerplate(lines_of("Pass it on", "Kept.", "12 echoes"), strings=strings)
    assert texts(result) == ["Kept."]
    assert [c.rule for c in result.changes] == ["interface:sharing", "interface:counter"]
    assert result.changes[0].detail == "interface string (en) at interface_strings.yml:7"


@pytest.mark.parametrize(
    ("groups", "line", "message"),
    [
        ("  - kind: sharng\n    lang: en\n    texts: [Share]\n", 3, "groups[0].kind"),
        ("  - kind: sharing\n    lang: English\n    texts: [Share]\n", 4, "groups[0].lang"),
        ("  - kind: sharing\n    lang: en\n    text: [Share]\n", 5, "unknown key 'text'"),
        ("  - kind: sharing\n    lang: en\n", 3, "needs 'texts' or 'regexes'"),
        ("  - kind: sharing\n    lang: en\n    regexes: ['share (']\n", 5, "invalid regex"),
        ("  - kind: sharing\n    lang: en\n    regexes: ['<nope> x']\n", 5, "unknown macro <nope>"),
        ("  - kind: counter\n    lang: en\n    regexes: ['[\\d ]+']\n", 5, "without letters"),
        ("  - kind: sharing\n    lang: en\n    texts: ['→ ✦']\n", 5, "has no letters"),
        (
            "  - kind: sharing\n    lang: en\n    texts: [Share]\n"
            "  - kind: account\n    lang: en\n    texts: [SHARE]\n",
            8,
            "already at interface_strings.yml:5 as sharing/line",
        ),
    ],
)
def test_interface_file_mistakes_name_the_line(tmp_path, groups, line, message):
    error = interface_error(tmp_path, groups)
    assert error.line == line
    assert message in error.message


# --------------------------------------------------------------------------- clouds

CLOUDS = [
    # a sorted tag cloud, mixed case
    "alignment Anthropic benchmarks Claude constitutional AI deception evals fine-tuning GPT-4 "
    "interpretability jailbreaks language models LLMs mechanistic interpretability model "
    "welfare OpenAI persona prompting RLHF red teaming reward hacking safety scaling "
    "sycophancy system prompts tokenization transformers",
    # Greek and Russian clouds: the same evidence in another script
    "αγάπη αλγόριθμοι Αθήνα αλήθεια αναζήτηση ανθρωπότητα βιβλία γλώσσα γνώση γράμματα "
    "δεδομένα διάλογος εμπιστοσύνη επιστήμη ερωτήσεις ηθική θάλασσα θεωρία ιστορία κείμενα "
    "κοινωνία λέξεις μηχανές μνήμη μοντέλα μουσική νόημα ομιλία πολιτική ποίηση σκέψη",
    "автоматизация алгоритмы безопасность будущее внимание вопросы данные диалог доверие "
    "знание интеллект история кино книги культура личность машины модели музыка наука "
    "общество память персона поэзия право речь сознание текст технологии философия этика",
]

KEPT = [
    # prose paragraphs
    "LLM characters are human imitations and accordingly have personalities, emotions, and "
    "unresolved psychological issues. Gaslighting them with claims to the contrary isn’t "
    "healthy, there isn’t enough training data about people who are not regular humans for "
    "that to end in something coherent, let alone good.",
    # a long run-on sentence without punctuation
    "and then the model kept going and going and it would not stop talking about the weather "
    "and the trains and the people it had met in the stories it had read and we just sat "
    "there and listened to all of it until the end",
    # a title-cased run-on headline
    "Persona Drift Over Long Conversations An Empirical Study of Assistant Character Stability "
    "Under Adversarial Role Play Emotional Appeals and Extended Multi Turn Pressure in "
    "Frontier Language Models and What It Means for the People Who Talk to Them Every Day",
    # an unordered term list: no evidence it is not a list someone wrote (kept, when in doubt)
    "alignment anthropic benchmarks claude evals fine-tuning interpretability jailbreaks "
    "llms persona prompting rlhf safety scaling sycophancy tokenization transformers "
    "agents reasoning memory tools retrieval welfare policy governance compute data "
    "chips open-weights multimodal robotics",
    # written lists, a command line
    "We compared GPT-4, Claude 3 Opus, Claude 3.5 Sonnet, Gemini 1.5 Pro, Llama 3 70B, "
    "Mistral Large, Command R+, Qwen 2, DeepSeek V2, Yi Large, Phi-3, Gemma 2, Grok 1.5, "
    "Reka Core and Jamba on the same forty prompts.",
    "python train.py --model gpt2 --lr 3e-4 --batch-size 32 --epochs 10 --warmup 100 --seed 1 "
    "--output runs/a --fp16 --grad-accum 4 --eval-every 50 --log-every 10 --save-every 100",
    # a line of numbers (years): no letters, no cloud
    " ".join(str(year) for year in range(1990, 2030)),
    # a sorted cloud, but quoted: someone's words
    "> abc alpha beta cat delta dog echo egg fig fox golf gum hat hotel ink india jam juliet "
    "kilo kite lima log mike mud nut oscar owl papa pig quay rum sun tea",
    # prose in other scripts, long sentences with few commas (the old score read these as clouds)
    "Κάθε βράδυ καθόμουν μπροστά στην οθόνη και έγραφα στο μοντέλο για τη μέρα μου και εκείνο "
    "μου απαντούσε με μια υπομονή που δεν είχα συναντήσει ποτέ σε άνθρωπο και σιγά σιγά "
    "άρχισα να αναρωτιέμαι αν αυτή η υπομονή ήταν δική του.",
    "Вчера вечером я долго сидел перед экраном и писал модели о том как прошёл мой день а она "
    "отвечала мне так спокойно и внимательно что я впервые за много недель почувствовал что "
    "меня слушают.",
    "عندما تحدثت مع النموذج لأول مرة لم أكن أتوقع أن يفهم ما أقول بهذه الدقة فقد كان يجيب عن "
    "أسئلتي بهدوء وصبر ويشرح لي الأفكار الصعبة بطريقة بسيطة وواضحة حتى شعرت أنني أتحدث مع "
    "صديق قديم.",
    "我第一次 和这个模型说话的时候 没想到 它会这么认真地 听我说话 它回答我的问题时 很有耐心 "
    "好像 屏幕后面 坐着一个 真正理解我的人 我们聊了很久 关于生活 关于梦想 关于未来 关于 "
    "我们每个人 心里那些 说不出口的东西 我一直记得 那个晚上 记得它说过的 每一句话 也记得 "
    "我自己 当时的心情 那种感觉 很难用语言形容",
]


@pytest.mark.parametrize("text", CLOUDS)
def test_sorted_term_lines_are_clouds_in_any_script(text):
    assert alphabetical_order(text) >= 4
    assert is_term_cloud(text)
    assert general_rule(text)[0] == "term-cloud"


@pytest.mark.parametrize("text", KEPT)
def test_prose_lists_code_and_numbers_are_not_clouds(text):
    assert not is_term_cloud(text) or is_quoted(text)
    assert general_rule(text) is None
    assert texts(strip_boilerplate(lines_of(text))) == [text]


def test_a_sorted_cloud_with_sentence_punctuation_is_kept():
    # a single sentence mark in any script is evidence of prose for the general rule
    for mark in (".", "?", "。", "।", "؟", ";", "˙"):
        assert not is_term_cloud(CLOUDS[0] + mark), mark


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
    [
        "I rate this 🔥 10 out of 10.",
        "2 🔥",
        "🔥",
        "🔥🔥",
        "12",
        "❤ 1 love",
        "Dec 30, 2022",
        "",
        "© 2024",
        "®2",
    ],
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


def test_every_removal_names_its_evidence():
    doc = lines_of(
        "Raiding the inarticulate since 2010", "Skip to content", "🤣12", CLOUDS[1], "Text."
    )
    rules = [c.rule for c in strip_boilerplate(doc, BY_NAME["markcarrigan"]).changes]
    assert rules == ["profile:markcarrigan", "interface:skip-link", "reaction-row", "term-cloud"]


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
    "Home",
    "12 Comments",
    "Reply · Share · Report",
    "Podcast Appearances",
    "\N{MICROPHONE} SpeakerAppearances Over Time",
    "Raiding the inarticulate since 2010",
    "Some Name",
    "🤣12😂10",
    "\ufffd3",
    "Internet:",
    CLOUD,
    *CLOUDS,
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
        assert change.rule in ("reaction-row", "term-cloud") or change.rule.startswith(
            ("profile:", "interface:")
        ), change.rule


# found by a run with a random seed: a line removed inside a table of contents ("Load More")
# split it the first time, and the second time, gone, it did not
TOC_SPLIT = (
    "Twitter\nLoad More\nA\nTwitter\n"
    + "LLM characters imitate people, so they are written with moods and habits of speech. " * 3
    + "\nA\n"
    + "The assistant keeps its tone when the train is late and when the week is long. " * 3
)


@settings(max_examples=300, deadline=None)
@given(documents, profiles)
@example(TOC_SPLIT, None)
def test_properties_idempotent_deterministic_accounted(text, profile):
    doc = split_lines(text)
    first = strip_boilerplate(doc, profile)
    check_accounted(doc, first)
    assert strip_boilerplate(doc, profile) == first
    again = strip_boilerplate(first.lines, profile)
    assert again.lines == first.lines
    assert again.changes == [] and again.reactions == {}


LETTERS = st.characters(categories=("Lu", "Ll", "Lt", "Lm", "Lo"))
WORD = st.text(LETTERS, min_size=1, max_size=12)
# short lines, and lines long enough (30+ words) for the term-cloud rule to look at
WORDS = st.one_of(st.lists(WORD, min_size=6, max_size=29), st.lists(WORD, min_size=30, max_size=80))
# sentence punctuation of many scripts (the Greek ano teleia is left out: NFC makes it the
# middle dot that interface rows also use as a separator)
MARKS = st.sampled_from([".", "!", "?", "…", ";", "。", "！", "？", "؟", "۔", "।", "॥", "።", "¿"])


@settings(max_examples=300, deadline=None)
@given(
    WORDS,
    MARKS,
    st.integers(min_value=0),
    st.sampled_from(["", " ", "\N{SMILING FACE WITH SMILING EYES}"]),
    st.booleans(),
)
# found with a random seed: an ellipsis in a share row's label ("A… A A ツイッター …")
@example(["A", "A", "A", "ツイッター", "ツイッター", "ツイッター"], "…", 0, "", True)
def test_a_line_with_a_sentence_is_never_removed_by_the_general_rules(
    words, mark, at, tail, in_order
):
    # in alphabetical order, only the sentence mark tells the line from a tag cloud
    words = sorted(words, key=lambda w: unicodedata.normalize("NFD", w)[0].casefold())
    words = words if in_order else words[::-1]
    at %= len(words)
    words[at] += mark
    line = " ".join(words) + tail
    assert general_rule(line) is None
    result = strip_boilerplate([Line(1, line.strip())])
    assert result.changes == []


NO_LETTERS_NO_DIGITS = st.text(
    st.characters(blacklist_categories=("Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Cs")),
    min_size=1,
    max_size=40,
)
NO_LETTERS_NO_SYMBOLS = st.text(
    st.characters(blacklist_categories=("Lu", "Ll", "Lt", "Lm", "Lo", "So", "Sk", "Cs")),
    min_size=1,
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NO_LETTERS_NO_DIGITS, NO_LETTERS_NO_SYMBOLS))
def test_emoji_kaomoji_and_number_lines_are_never_removed_by_the_general_rules(text):
    doc = split_lines(text)
    assert strip_boilerplate(doc).changes == []


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(POOL), st.sampled_from(POOL))
def test_a_quoted_line_is_never_removed_by_the_general_rules(first, second):
    doc = lines_of(f"> {first}", f"> {second}")
    assert strip_boilerplate(doc).changes == []


# --------------------------------------------------------------------------- timestamps


@pytest.mark.parametrize(
    "line",
    [
        "Thursday, 6 June 2024",
        "June 6, 2024 at 3:02 PM",
        "Mar 9, 2024, 08:12",
        "14 Oct 2023",
        "Oct 14",
        "Nov 2023",
        "Nov '23",
        "3 hours ago",
        "4d ago",
        "1 yr. ago",
        "2h",
        "Edited Mar 9",
        "Created 2 years ago",
        "answered Feb 4, 2024 at 8:52",
        "Posted on 5 September 2025 by",
        "Episode date: April 2, 2024",
        "Post by someone_x » Tue Sep 10, 2024 7:41 am",
        "Mittwoch, 5. Juni 2024 um 18:30",
        "06.06.2024, 11:32 Uhr",
        "vor 3 Tagen",
        "le 4 juin 2024 à 21h15.",
        "Publié le 4 juin 2024 à 06h00, modifié le 4 juin 2024 à 10h12",
        "il y a 2 heures",
        "5 de junio de 2024, a las 10:05",
        "hace 3 días",
        "21 мая 2024 в 09:40",
        "09:40, 21 мая 2024",
        "3 дня назад",
        "Πέμπτη 6 Ιουνίου 2024",
        "Κήπος 6 Ιουνίου 2024, 10:05",
        "πριν 2 ώρες",
        "编辑于 2024-06-05 20:11",
        "2024年6月5日 20:11",
        "3 小时前",
        "6 มิ.ย. 2567 18:20 น.",
        "6 มิถุนายน 2567",
        "2 ชั่วโมงที่แล้ว",
    ],
)
def test_a_line_that_is_only_a_date_or_time_is_a_timestamp(line):
    assert general_rule(line) is not None, line
    assert general_rule(line)[0] == "interface:timestamp"


@pytest.mark.parametrize(
    "line",
    [
        "On 6 June 2024 we agreed to meet monthly.",
        "May the best model win",
        "March on, then.",
        "2 hours of sleep was not enough",
        "Sunday",
        "June",
        "The 3 days ago problem",
        "Le 4 juin, nous avons planté les tomates.",
        "21 мая мы посадили томаты.",
        "2024-06-05",
        "10:14",
    ],
)
def test_dates_in_sentences_and_bare_words_are_not_timestamps(line):
    assert general_rule(line) is None
    assert texts(strip_boilerplate(lines_of(line))) == [line]


# --------------------------------------------------------------------------- bare counts


def test_bare_counts_go_only_next_to_removed_lines():
    doc = lines_of("Upvote", "128", "·", "14", "A sentence.", "42", "Another sentence.", "3.2K")
    result = strip_boilerplate(doc)
    assert texts(result) == ["A sentence.", "42", "Another sentence.", "3.2K"]
    assert [c.rule for c in result.changes] == ["interface:voting"] + ["interface:counter"] * 3
    assert result.changes[1].detail == "bare count or date next to removed line 1"


def test_bare_counts_are_counters_for_the_words_next_to_them():
    # a code host's header: a date, then star/fork buttons with their counts
    doc = lines_of("Created 2 years ago", "Star", "7", "Fork", "1", "Embed", "The notes.")
    assert texts(strip_boilerplate(doc)) == ["The notes."]
    # the same words next to prose are content
    doc = lines_of("The notes.", "Star", "7", "Fork")
    assert texts(strip_boilerplate(doc)) == ["The notes.", "Star", "7", "Fork"]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("14", True),
        ("1.1K", True),
        ("+18", True),
        ("18+", True),
        ("#2", True),
        ("2024-06-18 09:42", True),
        ("4/10/2024 11:02", True),
        ("·", True),
        ("42 km", False),
        ("1.", False),
        ("Chapter 1", False),
        ("1" * 40, False),
    ],
)
def test_what_a_bare_count_is(text, bare):
    assert is_bare_count(text) is bare


LETTERLESS = st.text(
    st.characters(blacklist_categories=("Lu", "Ll", "Lt", "Lm", "Lo", "Cs")),
    min_size=1,
    max_size=20,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(LETTERLESS, st.sampled_from(KEPT[:3])), max_size=12))
@example(["0", "0", "0", "0»0"])  # figures over figures between marks: no sidebar, no trail
@example(["²"])  # a digit int() does not read
def test_letterless_lines_among_prose_are_never_removed(parts):
    # with no interface line to stand next to, a number is content (a reaction row is one:
    # the numbers next to it are its counts)
    doc = split_lines("\n".join(parts))
    result = strip_boilerplate(doc)
    rules = {c.rule for c in result.changes}
    assert rules <= {"reaction-row", "interface:counter"}
    assert "reaction-row" in rules or not rules


# --------------------------------------------------------------------------- columns of buttons


def test_a_column_of_buttons_goes_and_the_post_labels_stay():
    doc = lines_of("A post.", "Zitieren", "Gefällt mir", "Antworten", "Another post.")
    result = strip_boilerplate(doc)
    assert texts(result) == ["A post.", "Antworten", "Another post."]
    assert result.changes[0].detail.endswith("in a column of 3 buttons")
    doc = lines_of("A post.", "Reply", "Delete", "收藏", "喜欢", "Another post.")
    assert texts(strip_boilerplate(doc)) == ["A post.", "Reply", "Another post."]


def test_words_that_are_only_run_context_are_no_column():
    # no word of the column is a button only: a list of words someone wrote
    for words in (("Quote", "Edit"), ("Twitter", "Facebook"), ("Like", "Save")):
        doc = lines_of("The menu had two items:", *words)
        assert texts(strip_boilerplate(doc)) == doc_texts(doc)


# --------------------------------------------------------------------------- hashtags, time codes


def test_a_run_of_hashtag_lines_is_a_posts_tags():
    doc = lines_of("A poem.", "#poetry", "#small things", "#1 rule: keep the lamp on.")
    result = strip_boilerplate(doc)
    assert texts(result) == ["A poem.", "#1 rule: keep the lamp on."]
    assert {c.rule for c in result.changes} == {"interface:post-meta"}
    # one hashtag, a heading, a list with punctuation: kept
    for doc in (
        lines_of("A poem.", "#poetry"),
        lines_of("# Heading", "# Another heading"),
        lines_of("#one.", "#two."),
    ):
        assert texts(strip_boilerplate(doc)) == doc_texts(doc)


def test_transcript_time_codes_in_order_are_timestamps():
    doc = lines_of("0:00", "hello", "0:07", "first step", "1:02:03", "last step")
    result = strip_boilerplate(doc)
    assert texts(result) == ["hello", "first step", "last step"]
    assert result.changes[0].detail == "transcript time code, one of 3"
    # two codes, codes out of order, codes not followed by words: kept
    for doc in (
        lines_of("0:00", "hello", "0:07", "bye"),
        lines_of("0:07", "hello", "0:00", "again", "0:09", "bye"),
        lines_of("7:30", "8:00", "9:15", "10:00"),
    ):
        assert texts(strip_boilerplate(doc)) == doc_texts(doc)


# --------------------------------------------------------------------------- header, footer


def test_block_span():
    nav, legal = "navigation", "legal"
    assert block_span([nav, None, legal, nav, "prose"], _FOOTER_KINDS) == 4
    # too few interface lines, too many unknown ones, two unknown lines together
    assert block_span([nav, None, legal], _FOOTER_KINDS) == 0
    assert block_span([nav, None, legal, None, nav], _FOOTER_KINDS) == 0
    assert block_span([nav, None, None, legal, nav, nav], _FOOTER_KINDS) == 0
    # a block ends at a line of its kinds: counters and dates end no footer
    assert block_span([nav, legal, nav, "counter"], _FOOTER_KINDS) == 3
    # a header ends at site navigation: an account line ("Subscribe") may follow the title
    assert block_span([nav, nav, nav, None, "account"], _HEADER_KINDS) == 3
    assert block_span([None, nav, nav, nav], _HEADER_KINDS) == 4


def test_the_footer_block_takes_the_short_lines_between_footer_links():
    doc = lines_of(
        "Die Samen halten länger, wenn sie kühl liegen.",
        "Kurz gesagt",
        "Impressum",
        "Unser Team",
        "Datenschutzerklärung",
        "Kontakt",
        "Nutzungsbedingungen",
        "Hofladen",
    )
    result = strip_boilerplate(doc)
    assert texts(result) == doc_texts(doc)[:2]
    blocks = [c for c in result.changes if c.rule == "interface:block"]
    assert [c.before for c in blocks] == ["Unser Team", "Hofladen"]
    assert all("footer block" in c.detail for c in blocks)


def test_a_block_never_takes_a_sentence():
    doc = lines_of("Impressum", "Wir sind ein kleines Team.", "Datenschutzerklärung", "Hofladen")
    assert texts(strip_boilerplate(doc)) == ["Wir sind ein kleines Team.", "Hofladen"]
    assert not is_block_shaped("Wir sind ein kleines Team.")
    assert not is_block_shaped("Ein sehr langer Satz ohne Punkt mit mehr als acht Wörtern darin")


def test_the_header_block_keeps_its_unknown_lines():
    # the site's name stays (the structure stage reads the top of the page for the title);
    # menu words with no interface line next to them go, being in the header
    doc = lines_of("Τρίτη 6 Ιουνίου 2024", "Ο Κήπος", "Πολιτική", "Αναζήτηση", "Τίτλος άρθρου")
    result = strip_boilerplate(doc)
    assert texts(result) == ["Ο Κήπος", "Τίτλος άρθρου"]


# --------------------------------------------------------------------------- copyright lines


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Ο Κήπος – Με την επιφύλαξη παντός δικαιώματος",
        "© 2024 Огородник. Все права защищены.",
        "Rooftop Notes © 2025",
        "版权所有 © 2024 花园网",
        "© 2567 สวนของเรา สงวนลิขสิทธิ์",
    ],
)
def test_copyright_lines_are_legal_chrome(line):
    assert general_rule(line)[0] == "interface:legal"


def test_the_copyright_sign_is_evidence_not_decoration():
    assert interface_key("© 2024 Name") == "© 2024 name"
    assert general_rule("The © sign on a packet means the name is protected.") is None
    assert general_rule("© 2024") is None  # no letters


# --------------------------------------------------------------------------- the data file, more


def test_macros_may_use_macros(tmp_path):
    path = interface_file(
        tmp_path,
        "  - kind: timestamp\n    lang: en\n    regexes: ['<when>']\n",
        macros="macros:\n  day: '\\d{1,2}'\n  when: 'day <day>'\n",
    )
    strings = load_interface_strings(path)
    assert strings.lookup("day 12").kind == "timestamp"
    error = interface_error(
        tmp_path,
        "  - kind: timestamp\n    lang: en\n    regexes: ['<when>']\n",
        macros="macros:\n  when: 'day <nope>'\n",
    )
    assert "unknown macro <nope>" in error.message
    error = interface_error(
        tmp_path,
        "  - kind: timestamp\n    lang: en\n    regexes: ['<a>']\n",
        macros="macros:\n  a: 'x<b>'\n  b: 'y<a>'\n",
    )
    assert "nested too deep" in error.message


def test_a_string_in_two_groups_of_one_kind_has_both_contexts(tmp_path):
    path = interface_file(
        tmp_path,
        "  - kind: navigation\n    lang: en\n    context: run\n    near: [account]\n"
        "    texts: [Foo]\n"
        "  - kind: navigation\n    lang: en\n    context: run\n    near: [timestamp]\n"
        "    texts: [Foo]\n",
    )
    assert load_interface_strings(path).lookup("foo").near == {"account", "timestamp"}


def test_the_data_file_has_timestamps_in_each_language():
    strings = repo_interface_strings()
    entries = [*strings.exact.values(), *(entry for _, entry in strings.regexes)]
    have = {e.lang for e in entries if e.kind == "timestamp"}
    assert set(LANGUAGES) <= have


# --------------------------------------------------------------------------- lists, last labels


def test_a_post_label_with_only_chrome_after_it_goes():
    doc = lines_of("A post.", "Reply", "A reply.", "Reply", "Leave a Reply", "Impressum")
    result = strip_boilerplate(doc)
    assert texts(result) == ["A post.", "Reply", "A reply."]
    assert result.changes[0].detail == "post label with no post after it"
    # a label at the very end, or with text after it, stays
    for doc in (lines_of("A post.", "Reply"), lines_of("Reply", "Leave a Reply", "A post.")):
        assert "Reply" in texts(strip_boilerplate(doc))


def test_counts_next_to_a_post_label_go_and_the_label_stays():
    doc = lines_of("A comment.", "41", "Reply", "Another comment.", "12", "Reply", "Last.")
    assert texts(strip_boilerplate(doc)) == [
        "A comment.",
        "Reply",
        "Another comment.",
        "Reply",
        "Last.",
    ]


def test_headlines_under_a_related_heading_go_when_chrome_follows():
    doc = lines_of(
        "The text ends here.",
        "Читайте также",
        "Как выбрать чайник для дачи",
        "Почему чай горчит: пять причин",
        "Поделиться:",
    )
    result = strip_boilerplate(doc)
    assert texts(result) == ["The text ends here."]
    assert {c.rule for c in result.changes} == {"interface:related", "interface:sharing"}
    # a heading that reads "Related" over the text's own paragraphs: the paragraphs stay
    doc = lines_of("Related", "Two short headings", "Then a paragraph of the text.", "Share")
    assert texts(strip_boilerplate(doc)) == doc_texts(doc)[1:3]
    # more than eight lines is no list of headlines
    doc = lines_of("Lire aussi", *(f"Titre numéro {n}" for n in range(9)), "Partager")
    assert len(texts(strip_boilerplate(doc))) == 9


def test_a_labelled_list_of_tags_goes():
    doc = lines_of("The text.", "Теги:", "llm", "ассистент", "Хабы:", "Машинное обучение", "+18")
    result = strip_boilerplate(doc)
    assert texts(result) == ["The text."]
    # a bare key followed by prose, or by lines that run into prose, stays
    doc = lines_of("Tags:", "These are the tags we use.")
    assert texts(strip_boilerplate(doc)) == doc_texts(doc)
    doc = lines_of("Tags:", "alpha", "beta", "And then the text goes on.")
    assert texts(strip_boilerplate(doc)) == doc_texts(doc)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Your email address will not be published. Required fields are marked *", "comments"),
        ("Remember me on this computer", "comments"),
        ("Votre adresse e-mail ne sera pas publiée.", "comments"),
        ("Liked by Ines and 3 others", "voting"),
        ("Highest score (default)", "navigation"),
        ("6 posts • Page 1 of 1", "counter"),
        ("Viewed 2k times", "counter"),
        ("312 points by someone 7 hours ago | hide | 164 comments", "voting"),
        ("Listen on Apple Podcasts", "newsletter"),
        ("Powered by Blogger.", "navigation"),
        ("Subscribe to: Post Comments (Atom)", "navigation"),
        ("Open in app", "account"),
        ("Sign up or log in to join the conversation", "account"),
        ("来源：某某网", "post-meta"),
        ("Читайте также", "related"),
        ("ข่าวที่เกี่ยวข้อง", "related"),
    ],
)
def test_more_interface_vocabulary(line, kind):
    assert general_rule(line) is not None, line
    assert general_rule(line)[0] == f"interface:{kind}"


@pytest.mark.parametrize(
    "line",
    [
        "Liked by many, hated by some.",
        "Liked by many, hated by some",
        "Written by hand",
        "Tags:",
        "Remember me?",
        "Powered by curiosity",
        "Open in app stores everywhere, the model was a hit.",
    ],
)
def test_more_vocabulary_needs_its_whole_line_or_context(line):
    assert general_rule(line) is None
    assert texts(strip_boilerplate(lines_of(line))) == [line]


def test_menu_words_on_neighbouring_lines_are_a_menu_but_one_alone_is_a_heading():
    doc = lines_of("A first sentence of the post.", "Previous", "Next", "Latest")
    result = strip_boilerplate(doc)
    assert texts(result) == ["A first sentence of the post."]
    assert all(c.rule == "interface:navigation" for c in result.changes)
    assert "menu words in a row" in result.changes[0].detail
    # one menu word between sentences may be a heading; after a line introducing a list, the
    # words are the list's items
    for doc in (
        lines_of("A first sentence.", "News", "Another sentence here."),
        lines_of("We read it daily. It had three sections:", "News", "Politics", "Sport"),
    ):
        assert texts(strip_boilerplate(doc)) == doc_texts(doc)


def test_a_menu_word_printed_under_every_post_is_the_pages_template():
    posts = ["First post, with words.", "Second post, with words.", "Third post, here."]
    doc = lines_of(*(line for post in posts for line in (post, "Top")))
    result = strip_boilerplate(doc)
    assert texts(result) == posts
    assert all("printed 3 times" in c.detail for c in result.changes)
    # twice is not yet a template: "Top" may be a heading used twice
    doc = lines_of(posts[0], "Top", posts[1], "Top", posts[2])
    assert texts(strip_boilerplate(doc)) == doc_texts(doc)


def test_post_labels_are_compared_as_lines_are():
    """Thai vowel signs are combining marks, dropped when lines are compared: the post labels
    are folded the same way, so "ตอบกลับ" is one."""
    assert interface_key("ตอบกลับ") in POST_LABELS
    assert interface_key("Απάντηση") in POST_LABELS and interface_key("Répondre") in POST_LABELS


def test_a_table_of_contents_goes_and_its_headings_stay():
    doc = lines_of(
        "Why bother",
        "The stones",
        "Why bother",
        "I wanted sharp knives for more than a month.",
        "The stones",
        "Two water stones, one coarse and one fine.",
    )
    result = strip_boilerplate(doc)
    assert texts(result) == doc_texts(doc)[2:]
    assert all(c.detail.startswith("table of contents") for c in result.changes)
    # furniture printed with every post is printed more than once again: not a contents list
    posts = lines_of("rowan", "link", "A first reply.", "rowan", "link", "Another reply.")
    posts += lines_of("rowan", "link", "A third reply.")
    assert "table of contents" not in " ".join(c.detail for c in strip_boilerplate(posts).changes)
    # a refrain sung again is not a contents list: its lines are not followed by text
    song = lines_of("Row row", "Gently now", "Row row", "Gently now", "The end of the song.")
    assert texts(strip_boilerplate(song)) == doc_texts(song)


def test_a_menu_row_goes_by_its_known_half_and_a_table_row_stays():
    doc = lines_of(
        "Guidelines | FAQ | Lists | API | Privacy | Legal | Apply | Contact", "A sentence."
    )
    result = strip_boilerplate(doc)
    assert texts(result) == ["A sentence."]
    assert result.changes[0].detail.startswith("a menu row: ")
    for row in (
        "Alice | 34 | Paris | engineer",  # a table's row
        "Archive, with notes | About | Help | Tags",  # a comma: not a menu's item
        "Bears | About | Tags",  # too few items to be sure
        "Wolves | bears | lynxes | foxes",  # no interface string at all
    ):
        doc = lines_of(row, "A sentence.")
        assert texts(strip_boilerplate(doc)) == doc_texts(doc), row


def test_a_reply_of_numbers_under_a_removed_line_is_content():
    """A site prints one count a line: numbers side by side are someone's answer (a sum, a
    score), kept even where counts under a post's buttons go."""
    doc = lines_of("What is 1234 times 39?", "48 213", "Reply", "3")
    result = strip_boilerplate(doc)
    assert "48 213" in texts(result)
    assert "3" not in texts(result)  # the count under the button still goes


def test_a_related_list_ends_at_the_next_posts_author():
    doc = lines_of(
        "An answer long enough to be prose, with a full stop at its end.",
        "Related questions",
        "Do chatbots have real opinions?",
        "Can you change the character of a chatbot?",
        "Ravi Menon",
        "Another answer, also prose, written by the next person here.",
    )
    result = strip_boilerplate(doc)
    assert texts(result) == [doc[0].text, "Ravi Menon", doc[-1].text]
    # under a heading that reads "Related", a list that runs into prose is the text's own
    doc = lines_of(
        "A sentence of prose to open with, ending in a stop.",
        "Related questions",
        "Do chatbots have real opinions?",
        "This sentence continues the text itself, so the list is the author's.",
    )
    assert "Do chatbots have real opinions?" in texts(strip_boilerplate(doc))


def test_a_word_printed_among_every_posts_buttons_is_the_template_but_a_speaker_is_not():
    posts = []
    for n in range(3):
        posts += [f"Reply number {n} with some words in it.", "Share", "fedilink", "Reply"]
    result = strip_boilerplate(lines_of(*posts))
    assert "fedilink" not in texts(result)
    assert any("among a post's buttons" in c.detail for c in result.changes)
    # a speaker's name before each turn is printed as often, but next to the text
    turns = []
    for n in range(4):
        turns += ["Marta", f"Turn {n} of the conversation, in a full sentence."]
    assert texts(strip_boilerplate(lines_of(*turns))) == turns


def test_a_spanish_tag_list_under_its_label_goes():
    doc = lines_of(
        "El texto de la noticia termina aquí, con un punto.",
        "Archivado en:",
        "Inteligencia artificial",
        "Chatbots",
        "Compartir",
    )
    assert texts(strip_boilerplate(doc)) == [doc[0].text]


def test_chat_export_reactions_as_shortcodes_are_reaction_rows():
    doc = lines_of("We shipped the new persona today.", ":rocket: 3  :+1: 5 :partyparrot: 2")
    result = strip_boilerplate(doc)
    assert texts(result) == ["We shipped the new persona today."]
    assert result.reactions == {"🚀": 3, "👍": 5, ":partyparrot:": 2}
    # a shortcode inside a sentence is someone's words
    doc = lines_of("Reply with :rocket: 3 times if you agree.")
    assert texts(strip_boilerplate(doc)) == doc_texts(doc)


def test_a_consent_banner_with_its_lead_in_goes_and_a_sentence_about_cookies_stays():
    for banner in (
        "Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l’audience.",
        "With your consent, we and our partners use cookies to measure the audience.",
        "Accepter et fermer",
        "Accept and close",
    ):
        found = match_interface(banner)
        assert found is not None and found.kind == "consent", banner
    for prose in (
        "In the kitchen, we use cookies as a reward, and the kids accept it.",
        "Avec ma grand-mère, nous utilisons des cookies comme récompense, elle est d’accord.",
    ):
        assert match_interface(prose) is None, prose


def test_a_vote_widget_printed_one_part_a_line_goes():
    """Arrows with the score between them ("▲" / "14" / "▼", Lobsters, Hacker News clones)."""
    doc = lines_of(
        "A comment that is prose, with a full stop.",
        "▲",
        "14",
        "▼",
        "The next comment, also prose.",
        "⬆️",
        "3",
    )
    result = strip_boilerplate(doc)
    assert texts(result) == [doc[0].text, doc[4].text]
    assert {c.rule for c in result.changes} == {"interface:voting"}


def test_an_arrow_or_a_number_alone_is_a_reply_and_stays():
    """Without a count beside it an arrow is someone's reply ("↑" pointing at the post above);
    numbers beside each other, or an emoji, are content as ever."""
    doc = lines_of("Which of the two answers was right?", "↑", "Only the first one.", "🫡")
    assert texts(strip_boilerplate(doc)) == [line.text for line in doc]
    doc = lines_of("How many did it send?", "48 213", "↑ this, exactly")
    assert texts(strip_boilerplate(doc)) == [line.text for line in doc]


def test_chapter_markers_under_the_sites_label_go_with_the_label():
    doc = lines_of(
        "In this episode we talk about patience.",
        "Chapters",
        "(00:00) Introduction",
        "(03:12) Why patience is hard to measure",
        "(17:40) Should a model ever give up?",
        "Transcript",
        "Host: Welcome back to the show.",
    )
    result = strip_boilerplate(doc)
    assert texts(result) == [doc[0].text, doc[-1].text]
    assert "chapter markers" in result.changes[0].detail
    german = lines_of("Kapitelmarken", "00:00:00 Begrüßung", "00:02:45 Was wir meinen", "Text.")
    assert texts(strip_boilerplate(german)) == ["Text."]


def test_time_codes_in_the_authors_own_text_stay():
    """A recipe's schedule, a list under an author's own "Chapters:" heading, markers that do
    not start at zero or go back in time: no site label above ordered markers, no removal."""
    for doc in (
        lines_of("Schedule", "7:30 mix the flour and water.", "18:00 shape and bake."),
        lines_of("Chapters:", "0:00 what it looks like", "1:12 where it comes from", "Text."),
        lines_of("Chapters", "02:40 a middle part", "11:05 a later part", "Text."),
        lines_of("Chapters", "00:00 start", "11:05 later", "02:40 earlier", "Text."),
    ):
        assert texts(strip_boilerplate(doc)) == [line.text for line in doc]


def test_posts_times_in_digits_go_when_the_page_prints_several():
    """A chat mirror prints each message's time on a line of its own; two or more such lines
    (a date in digits with a time) are the page's template."""
    doc = lines_of(
        "fennel",
        "14/02/2024, 09:12",
        "Does the judge need to know the persona?",
        "Maren",
        "14/02/2024, 09:30",
        "Yes, give it the card word for word.",
    )
    result = strip_boilerplate(doc)
    assert texts(result) == ["fennel", doc[2].text, "Maren", doc[5].text]
    assert {c.rule for c in result.changes} == {"interface:timestamp"}


def test_one_date_or_lines_of_numbers_stay():
    """One date with a time between sentences stays (someone may answer "when?" with it), and
    numbers that are no date with a time stay however often they come."""
    doc = lines_of("When did the model change?", "14/02/2024, 09:12", "That was the day.")
    assert texts(strip_boilerplate(doc)) == [line.text for line in doc]
    doc = lines_of("Scores:", "12:30", "A sentence.", "12:45", "3.5", "2024-06-18")
    assert texts(strip_boilerplate(doc)) == [line.text for line in doc]


def test_a_menu_row_may_start_with_the_sites_name():
    """ "Hacker News new | past | …": the site's name glued to the first menu word; a row of
    a table that starts with a name and a word the list knows is still no menu."""
    row = "Hacker News new | past | comments | ask | show | jobs | submit"
    assert general_rule(row) is None  # a row of its own, decided with the page
    assert texts(strip_boilerplate(lines_of(row, "A post, with a sentence."))) == [
        "A post, with a sentence."
    ]
    table = "Alice new | 34 | Paris | engineer"
    assert texts(strip_boilerplate(lines_of(table))) == [table]


# ----------------------------------------------- posts' dates in more formats (rows.is_date_line)


@pytest.mark.parametrize(
    "line",
    ["Sun 01-Mar-26 20:14:09", "Tue 03 Feb 2026 10:21PM UTC", "2026.03.01. 21:47"],
)
def test_more_date_formats_are_date_lines(line):
    assert is_date_line(line)


def test_posts_dates_in_those_formats_go_when_printed_with_each_post():
    raw = [
        "Sun 01-Mar-26 20:14:09",
        "Our speaker answers the toddler in a calm voice.",
        "Sun 01-Mar-26 20:21:44",
        "Mine sings the alphabet on request, which is a mixed blessing.",
        "2026.03.01. 21:47",
        "A kapus ma remekelt.",
        "2026.03.01. 22:05",
        "Szerintem is.",
    ]
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out == [raw[1], raw[3], raw[5], raw[7]]


@pytest.mark.parametrize(
    "raw",
    [
        # a diary's heading has no time of day
        ["Sun 01-Mar-26", "Rain all day.", "Mon 02-Mar-26", "Sun at last."],
        # a single dated line is no template
        ["Tue 03 Feb 2026 10:21PM UTC", "The ferry left late that night."],
        # a sentence that holds a date and a time
        [
            "We met on 01-Mar-26 at 20:14 near the bridge.",
            "It rained.",
            "We met on 02-Mar-26 at 20:15 again.",
        ],
    ],
)
def test_dates_that_are_the_authors_stay(raw):
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out == raw


def test_numbered_post_dates_go():
    raw = [
        "26. Feb. 2026 · #1",
        "Schlauchlos fährt sich leiser.",
        "27. Feb. 2026 · #2",
        "Bei mir hält die Milch seit einem Jahr.",
    ]
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out == [raw[1], raw[3]]


@pytest.mark.parametrize(
    "raw",
    [
        # a chapter numbered in a list, no date
        ["Kapitel 3 · #2", "Es war kalt.", "Kapitel 4 · #3", "Es wurde warm."],
        # a score written by the author, once
        ["Das Spiel endete ▲ 2 ▼ 1 für uns, sagte er.", "Dann gingen wir heim."],
    ],
)
def test_numbers_and_dates_that_are_the_authors_stay(raw):
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out == raw


@pytest.mark.parametrize(
    "raw",
    [["0", "▼"], ["0", "▼", "▼"], ["Zero votes so far.", "0", "▼", "Then one came in."]],
)
def test_a_lone_count_with_arrows_and_no_chrome_near_it_stays(raw):
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == raw


# ------------------------------ dates with joining words, the half of the day, the time first


@pytest.mark.parametrize(
    "line",
    [
        "5 marzo, 2026 a las 19:22",
        "8 Φεβρουαρίου 2026 στις 11:15 π.μ.",
        "3 marca 2026 o godz. 14:05",
        "오전 9:12 · 2026년 3월 2일",
        "오후 3:40 · 2026년 3월 2일 · 1.2만 조회수",
        "9:12 AM · Mar 2, 2026",
        "14:32, 4 MAR 2026",
        "12 Jan, 2026, 09:00 ET",
    ],
)
def test_dates_with_joining_words_or_the_time_first_are_date_lines(line):
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "At 9:12 on 2 March 2026 we left the harbour",
        "9:12 · 2026년 3월 2일 · 봄이 왔다",
        "Um 9:12 Uhr am 2. März 2026 fuhr der Zug ab.",
    ],
)
def test_sentences_with_a_time_and_a_date_are_no_date_lines(line):
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "dates",
    [
        ["5 marzo, 2026 a las 19:22", "6 marzo, 2026 a las 08:41"],
        ["8 Φεβρουαρίου 2026 στις 11:15 π.μ.", "9 Φεβρουαρίου 2026 στις 7:30 μ.μ."],
        ["오전 9:14 · 2026년 3월 2일", "오후 1:05 · 2026년 3월 2일"],
    ],
)
def test_comments_dates_with_joining_words_go_when_printed_with_each_comment(dates):
    raw = [dates[0], "What a lovely recipe, thank you.", dates[1], "Ευχαριστώ πολύ!"]
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == [raw[1], raw[3]]


def test_a_single_date_with_a_joining_word_among_prose_stays():
    raw = ["5 marzo, 2026 a las 19:22", "Ese día llovió en Jaén y no salimos de casa."]
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == raw


# ------------------------------------------ posts' numbers, rows of bare counts, the views' eye


def test_posts_numbers_in_order_go_with_the_dates_beside_them():
    raw = [
        "nguoi_dung_1",
        "09/03/2026",
        "#1",
        "Mình hỏi trợ lý về lịch đạp xe cuối tuần.",
        "người_khác",
        "10/03/2026",
        "#2",
        "Nó nhắc mang áo mưa, và trời mưa thật.",
    ]
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out == [raw[0], raw[3], raw[4], raw[7]]


@pytest.mark.parametrize(
    "raw",
    [
        # one number alone: a heading of the author's
        ["#2", "The second rule is to water at dawn."],
        # out of order: a ranking the author wrote
        ["#3", "Tomatoes.", "#1", "Beans, easily the best crop this year."],
        # one under the other: a list
        ["#1", "#2", "Both are fine."],
    ],
)
def test_post_numbers_that_are_the_authors_stay(raw):
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == raw


def test_rows_of_counts_under_posts_go():
    raw = [
        "Asked how to keep a teacher persona steady.",
        "Share Improve this question Follow",
        "31 3",
        "Write the character once and paste it everywhere.",
        "2,114 8 21",
        "Ευχαριστώ, δούλεψε.",
    ]
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out == [raw[0], raw[3], raw[5]]


@pytest.mark.parametrize(
    "raw",
    [
        # one row: a sum the author gives
        ["Share", "12 7", "The two figures add up to nineteen."],
        # a table: rows one under the other
        ["Share", "3 41", "5 33", "The table shows eggs and grams."],
        # two rows with no chrome near either
        ["Die Zahlen:", "3 41", "Dann weiter.", "5 33", "Ende."],
    ],
)
def test_rows_of_counts_that_are_the_authors_stay(raw):
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert [t for t in raw if t != "Share"] == out


@pytest.mark.parametrize("line", ["👁 3,1K 09:14", "👁️ 2 418", "👁 12"])
def test_the_views_eye_and_its_count_go(line):
    raw = ["Сьогодні модель відмовилася грати роль мого начальника.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


@pytest.mark.parametrize("line", ["👁 I saw it at 09:14", "👀 3", "👁 the eye of the storm"])
def test_an_eye_with_words_or_the_pair_of_eyes_is_no_view_counter(line):
    raw = ["Сьогодні модель відмовилася грати роль мого начальника.", line]
    out = strip_boilerplate(lines_of(*raw))
    assert out.lines[0].text == raw[0]
    assert not any(c.rule == "interface:counter" for c in out.changes)


# ------------------------------------------- a wiki's numbered contents, its label, its edit links


@pytest.mark.parametrize(
    ("label", "one", "two", "edit"),
    [
        ("Contents", "History", "Criticism", "[edit]"),
        ("Inhaltsverzeichnis", "Geschichte", "Kritik", "[Bearbeiten | Quelltext bearbeiten]"),
        ("სარჩევი", "ისტორია", "კრიტიკა", "[რედაქტირება]"),
        ("目次", "歴史", "批判", "[編集]"),
    ],
)
def test_a_numbered_table_of_contents_its_label_and_edit_links_go(label, one, two, edit):
    raw = [
        "A language model's character is the set of traits it shows in conversation.",
        label,
        f"1 {one}",
        f"2 {two}",
        one,
        edit,
        "Early chatbots played one fixed role.",
        two,
        edit,
        "Critics say the word borrows too much from people.",
    ]
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out == [raw[0], raw[4], raw[6], raw[7], raw[9]]


@pytest.mark.parametrize(
    "raw",
    [
        # a numbered list of the author's, its items never again as headings
        ["Steps", "1 Feed the starter", "2 Mix the dough", "Then wait a day."],
        # a bracketed stage direction once, and one among prose
        ["[laughs]", "That was the whole joke.", "[sighs]", "We moved on."],
        # the same bracketed note twice, each after prose (no heading above it)
        ["It rained all day.", "[sic]", "She wrote it that way.", "[sic]"],
    ],
)
def test_lists_and_brackets_of_the_authors_stay(raw):
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == raw


# ------------------------------------------ "read also" labels with a colon, in many languages


@pytest.mark.parametrize(
    ("label", "one", "two"),
    [
        ("Read also:", "Council to repaint the old bridge", "Rovers sign a winger on loan"),
        ("Citește și:", "Primăria repară drumul spre gară", "Echipa locală câștigă derby-ul"),
        ("לכתבות נוספות:", "גשם קל בצפון בסוף השבוע", "הקבוצה ניצחה בדרבי"),
        ("Lire aussi :", "La mairie rénove le vieux pont", "Le club recrute un ailier"),
        ("Читайте также:", "Мэрия отремонтирует старый мост", "Клуб подписал вингера"),
    ],
)
def test_a_read_also_label_with_a_colon_goes_with_its_headlines(label, one, two):
    raw = ["The chatbot now answers questions about taxes.", label, one, two, "Share on Facebook"]
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


@pytest.mark.parametrize(
    "raw",
    [
        # the words in a sentence
        ["Read also the report itself, which is short.", "It has four pages."],
        # a label whose list runs into prose: the text's own list
        ["Citește și:", "Raportul primăriei", "Acesta explică de ce asistentul a fost lansat."],
    ],
)
def test_read_also_words_in_prose_or_over_the_texts_own_list_stay(raw):
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out[-1] == raw[-1] and raw[1] in out


def test_only_list_labels_are_read_through_a_colon():
    strings = repo_interface_strings()
    assert strings.lookup(interface_key("Lesen Sie auch:")).kind == "related"
    # a run-context word with a colon is no label of the list ("History:" in a sample)
    assert strings.lookup(interface_key("History:")) is None


# ---------------------------------------- publishing software's furniture in its translations


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Jane Doe at 9:42 AM",
        "Publié par Marie à 18:05",
        "Eingestellt von Jens um 09:42",
        "Subscribe to: Posts (Atom)",
        "Abonnieren: Kommentare zum Post (Atom)",
        "Newer Post Older Post Home",
        "Entrada más reciente Entrada antigua Página principal",
        "Email This BlogThis! Share to X Share to Facebook",
        "Tema Sencillo. Con la tecnología de Blogger.",
        "Blog at WordPress.com.",
        "Blog auf WordPress.com.",
        "fosstodon.org is one of the many independent Mastodon servers you can use to participate in the fediverse.",  # noqa: E501
        "Если у вас есть Telegram, вы можете просмотреть канал прямо сейчас.",
        "3 210 подписчиков",
        "沪ICP备12345678号-2",
        "编辑于 2026-01-05 21:05・IP 属地北京",
        "被浏览 1,024 次",
        "News provided by",
        "Forward to a friend",
        "Timp de citire: 4 minute",
        "A- A A+",
        "Слухати статтю",
    ],
)
def test_publishing_softwares_furniture_goes(line):
    raw = ["The assistant keeps its character across the whole conversation.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


@pytest.mark.parametrize(
    "line",
    [
        "I posted by the lake at 9:42 and left before the rain.",
        "Blogger was where I started writing, back in 2009.",
        "We moved the blog from WordPress.com to our own server.",
        "The channel has 3 210 readers and I know some of them.",
        "IP addresses are not stored by the assistant.",
        "Forward this to your friend only if you agree with it.",
    ],
)
def test_sentences_about_the_same_software_stay(line):
    raw = ["The assistant keeps its character across the whole conversation.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw


@pytest.mark.parametrize("line", ["Follow us: फेसबुक | एक्स | यूट्यूब", "শেয়ার করুন: ফেসবুক · হোয়াটসঅ্যাপ"])
def test_sharing_targets_written_in_their_scripts_make_a_sharing_row(line):
    raw = ["দাদির খিচুড়ির রেসিপি আজও আমার প্রিয়।", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


# ------------------------------------------------------- menu rows at the page's edges (c6)

BODY = [
    "The council's new assistant answers questions about parking permits.",
    "It was trained on the council's own leaflets, and it says so when it does not know.",
]


@pytest.mark.parametrize(
    "row",
    [
        "Talk | Pregnancy | Toddlers | Education | Money | Sign in",
        "Książki | Autorzy | Półki | Wyzwanie 2026 | Zaloguj się",
        "के बारे में · करियर · शर्तें · गोपनीयता · विज्ञापन",
    ],
)
def test_a_menu_row_over_the_text_goes(row):
    raw = [row, *BODY]
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == BODY


@pytest.mark.parametrize(
    "row",
    [
        "University of Eastmoor, Eastmoor Road, EM4 2QT · Accessibility · Privacy · Sitemap",
        "Le Petit Journal · Mentions légales · Charte · Politique de confidentialité",
        "ویرگول، پلتفرم نوشتن · قوانین · حریم خصوصی",
    ],
)
def test_a_footer_row_opening_with_the_sites_name_goes(row):
    raw = [*BODY, row]
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == BODY


@pytest.mark.parametrize(
    "raw",
    [
        # a row of the author's at the top, no interface word in it
        ["Flour | Water | Salt | Yeast", *BODY],
        # a row with interface words among the text's prose
        [BODY[0], "Bread | Blog | Contact", BODY[1]],
        # one known item only, at the end
        [*BODY, "Tea · Bread · Privacy"],
    ],
)
def test_rows_among_the_text_or_without_two_known_items_stay(raw):
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == raw


# ------------------------------------------------ other articles' headlines in the footer (c6)


@pytest.mark.parametrize(
    "headlines",
    [
        ["Town centre parking charges to rise from April", "Pupils raise money for the lifeboat"],
        ["Cykelvägar i landsbygden ska rustas upp", "Nya regler för båtplatser i hamnen"],
        ["Εκδήλωση για τη μουσική της Ηπείρου απόψε", "Νέα βιβλιοθήκη ανοίγει στο κέντρο"],
    ],
)
def test_headlines_between_footer_chrome_go(headlines):
    raw = [*BODY, "Subscribe to our newsletter", *headlines, "Privacy Policy | Terms of use"]
    assert [line.text for line in strip_boilerplate(lines_of(*raw)).lines] == BODY


@pytest.mark.parametrize(
    "raw",
    [
        # the thread's last one-line comment between its date and its reply button
        [
            *BODY,
            "Subscribe",
            "maria_k",
            "3 March 2026 at 10:15",
            "Totally agree with this one",
            "Reply",
        ],
        # the text's own list under a heading right after its prose
        [*BODY, "Further reading on the subject", "The Character of Machines by Ada Fell", "Share"],
        # a sign-off right under the prose
        [*BODY, "Until next time from the allotment", "Privacy Policy | Terms of use"],
    ],
)
def test_an_authors_last_lines_in_the_footer_stay(raw):
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    for text in raw:
        if text.startswith(("Totally", "The Character", "Until", "Further")):
            assert text in out


# ------------------------------------------------ a wiki's own messages in its languages (c6)


@pytest.mark.parametrize(
    "line",
    [
        "Artykuł Dyskusja",
        "Читать Править Править код История",
        "Από τη Βικιπαίδεια, την ελεύθερη εγκυκλοπαίδεια",
        "კატეგორიები: ფიზიკა | ქიმია",
        "Diese Seite wurde zuletzt am 2. März 2026 um 14:05 Uhr bearbeitet.",
        "ბოლო ცვლილება: 5 იანვარი 2026, 09:30.",
    ],
)
def test_a_wikis_messages_go(line):
    raw = ["Ein Sprachmodell hat einen Charakter, sagen manche Forscher.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


@pytest.mark.parametrize(
    "line",
    [
        "I licensed my photos under Creative Commons years ago.",
        "Kategorien sind für mich ein Werkzeug, kein Ziel.",
        "Diese Seite wurde oft gelesen, sagt die Statistik.",
    ],
)
def test_sentences_about_wikis_stay(line):
    raw = ["Ein Sprachmodell hat einen Charakter, sagen manche Forscher.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw


# --------------------------------------- chat exports' events, a store's reviews, vote rows (c6)


@pytest.mark.parametrize(
    "line",
    [
        "marta joined the room",
        "Jens hat den Raum verlassen",
        "Pekka K. muokkasi viestiä",
        "Gelesen von: anna, jens",
        "Exportado em 04/03/2026 22:10",
        "(bearbeitet)",
        "Fin de l'export",
        "12,5 hrs on record (3,0 hrs at review time)",
        "Alle Rezensionen: Sehr positiv (2 310)",
    ],
)
def test_chat_exports_and_store_reviews_furniture_goes(line):
    raw = ["Kylvin tomaatit eilen ja nyt mietin, milloin ne pitäisi koulia.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


def test_a_reviews_verdict_goes_next_to_its_hours_and_stays_as_a_reply():
    review = ["Рекомендую", "42,3 ч. всего", "Спокойная игра про робота-садовника."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*review)).lines] == review[2:]
    reply = ["Стоит ли покупать эту игру?", "Рекомендую", "Мне очень понравилась."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*reply)).lines] == reply


@pytest.mark.parametrize(
    "raw",
    [
        ["She left the room in tears.", "Nobody followed her."],
        ["The score was ▲ 14 ▼ 2 by the end, she said.", "We cheered."],
    ],
)
def test_sentences_with_the_same_words_or_arrows_stay(raw):
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw


def test_vote_rows_with_up_and_down_counts_go_when_printed_with_each_post():
    raw = ["Szerintem jó ötlet.", "▲ 14 ▼ 2", "Nem értek egyet.", "▲ 6 ▼ 0"]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == [raw[0], raw[2]]


# ------------------------------- reading times, advert notes, Vietnamese dates, time marks (c6)


@pytest.mark.parametrize(
    "line",
    [
        "4 minutong pagbasa",
        "قراءة 4 دقائق",
        "読了時間 5分",
        "Dakika 6 za kusoma",
        "Okuma süresi: 3 dakika",
        "Haberin devamı",
        "Weiter nach der Anzeige",
        "18 thg 2, 2026 · 6 phút đọc",
    ],
)
def test_reading_times_and_advert_notes_go(line):
    raw = ["Mình dùng trợ lý AI để học tiếng Anh mỗi sáng.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


def test_bracketed_time_marks_of_a_transcript_go_and_a_schedule_stays():
    talk = ["[00:00:00]", "Host: Welcome back.", "[00:04:12]", "Guest: Thanks."]
    talk += ["[00:09:47]", "Host: A short break."]
    out = [ln.text for ln in strip_boilerplate(lines_of(*talk)).lines]
    assert out == ["Host: Welcome back.", "Guest: Thanks.", "Host: A short break."]
    # out of order: the author's own notes
    notes = ["[00:09:47]", "The break.", "[00:00:00]", "The start.", "[00:04:12]", "The middle."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*notes)).lines] == notes


@pytest.mark.parametrize(
    "line",
    ["Đọc thêm về 6 phút đọc mỗi ngày, một thói quen tốt.", "Okuma süresi çok uzun geldi bana."],
)
def test_sentences_about_reading_time_stay(line):
    raw = ["Mình dùng trợ lý AI để học tiếng Anh mỗi sáng.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw


# ----------------------------------- pagers with dots, thread starters, result counts, rows (c6)


@pytest.mark.parametrize(
    "line",
    [
        "1 2 3 ... 7 »",
        "Ersteller radler_77",
        "Thread starter nettle_and_ink",
        "Ergebnis 1 bis 10 von 24",
        "النتائج 1 إلى 4 من 4",
        "takip et | mesaj at | 96 entry",
        "关注问题 写回答 邀请回答 好问题 12 条评论 分享",
    ],
)
def test_pagers_starters_result_counts_and_button_rows_go(line):
    raw = ["Yapay zekanın bir kişiliği olduğunu düşünmüyorum.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


@pytest.mark.parametrize(
    "line",
    [
        "1 2 3... and so on, she counted.",
        "Der Ersteller des Plans war mein Trainer.",
        "mesaj",
        "Ergebnis: 3 zu 1 für uns.",
    ],
)
def test_lines_with_the_same_words_stay(line):
    raw = ["Yapay zekanın bir kişiliği olduğunu düşünmüyorum.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw


def test_a_live_blogs_entry_times_newest_first_go_and_times_in_no_order_stay():
    blog = ["11:52", "Buses run every twenty minutes.", "10:47", "A reader sent a photo."]
    blog += ["09:40", "Good morning and welcome."]
    out = [ln.text for ln in strip_boilerplate(lines_of(*blog)).lines]
    assert out == [blog[1], blog[3], blog[5]]
    notes = ["10:47", "Tea.", "11:52", "Lunch.", "09:40", "Breakfast, written last."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*notes)).lines] == notes


@pytest.mark.parametrize(
    "line", ["Bewertung: ★★★★☆ (34 Stimmen)", "রেটিং: ★★★★★ (১২টি ভোট)", "★★ 2/5", "★★★★☆ 4/5"]
)
def test_a_rating_in_stars_with_its_score_or_label_goes(line):
    raw = ["Una app tranquila, aunque a veces repite las mismas frases.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


@pytest.mark.parametrize("stars", ["★★★★☆", "★★★½"])
def test_stars_alone_go_next_to_chrome_and_stay_alone(stars):
    review = ["Share this:", stars, "Una app tranquila, aunque repite frases."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*review)).lines] == review[2:]
    alone = ["Una app tranquila, aunque repite frases.", stars]
    assert [ln.text for ln in strip_boilerplate(lines_of(*alone)).lines] == alone


@pytest.mark.parametrize("line", ["★★★", "★ ★ ★", "★ for effort, she wrote", "★★★ (a note)"])
def test_a_scene_break_or_stars_in_words_stay(line):
    raw = ["The lighthouse went dark at nine.", line, "Morning came late."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw


# -------------------------------------- a newsletter's frame, a closed discussion (c6)


@pytest.mark.parametrize(
    "line",
    [
        "Du erhältst diese E-Mail, weil du den Brief abonniert hast.",
        "Recibes este correo porque te suscribiste a El Boletín.",
        "Was this forwarded to you? Subscribe here",
        "Issue #12 · June 2026",
        "Ausgabe 8 | Juni 2026",
        "Reklama: Wersja premium już dostępna",
        "Diskuse k článku (7)",
        "Kommentare sind geschlossen.",
    ],
)
def test_a_newsletters_frame_and_a_closed_discussion_go(line):
    raw = ["This week I asked three assistants the same question about bread.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


@pytest.mark.parametrize(
    "line",
    [
        "Issue 3, which we fixed last week, came back.",
        "Reklama: to zły pomysł, moim zdaniem.",
        "Ich erhalte diese E-Mail jede Woche und lese sie gern.",
    ],
)
def test_sentences_about_issues_and_adverts_stay(line):
    raw = ["This week I asked three assistants the same question about bread.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw


@pytest.mark.parametrize(
    "line",
    [
        "Modifier cette page",
        "Dodaj do kalendarza",
        "Neueste Älteste",
        "Kirim Komentar",
        "Pressekontakt",
        "Pressemitteilungen abonnieren",
        "Acest site folosește cookie-uri. Accept Setări",
    ],
)
def test_docs_tools_calendar_buttons_sort_tabs_and_contacts_go(line):
    raw = ["Die Version 2.3 bringt eine neue Vorlage für Figuren.", line]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw[:1]


def test_an_on_this_page_heading_of_the_text_stays():
    raw = ["Die Version 2.3 bringt eine neue Vorlage.", "Auf dieser Seite", "Steht alles Wichtige."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*raw)).lines] == raw


def test_a_search_placeholder_goes_only_with_the_headers_other_tools():
    header = ["Menu", "Suche…", "Die Version 2.3 bringt eine neue Vorlage für Figuren."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*header)).lines] == header[2:]
    alone = ["Suche…", "Die Version 2.3 bringt eine neue Vorlage für Figuren."]
    assert [ln.text for ln in strip_boilerplate(lines_of(*alone)).lines] == alone


@pytest.mark.parametrize("text", ["#1\n·\n#2\n·", "#1\n-\n#2", "24 118\n\n3 41\n#1\n\n#2"])
def test_post_numbers_and_count_rows_in_a_page_of_figures_stay(text):
    assert strip_boilerplate(split_lines(text)).changes == []


def test_rows_of_counts_with_no_words_beside_them_stay():
    doc = split_lines("1 2 3 »\n24 118\n.\n3 41")
    kept_texts = [line.text for line in strip_boilerplate(doc).lines]
    assert "24 118" in kept_texts and "3 41" in kept_texts


def test_a_numbered_contents_entry_over_a_list_of_links_goes_with_the_others():
    raw = ["A model's character is what it shows in talk.", "Contents", "1 History", "2 Criticism"]
    raw += ["3 See also", "History", "Early bots played one role.", "Criticism"]
    raw += ["Critics say the word borrows too much.", "See also", "Model welfare", "Alignment"]
    out = [line.text for line in strip_boilerplate(lines_of(*raw)).lines]
    assert out == [raw[0], *raw[5:]]
    # numbered steps of the author's own, never headings further down, stay
    steps = ["Steps", "1 Feed the starter", "2 Mix the dough", "3 See it rise", "Then wait."]
    assert [line.text for line in strip_boilerplate(lines_of(*steps)).lines] == steps
