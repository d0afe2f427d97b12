"""A display name heading a social post is metadata, never the page's title (issue 18, dev
page ``c1f_misskey_ja_ai_kyara``, which once cleaned to a derived title from the first post's
display name and, cleaned again, took that name for a title line and removed its repeat over
the poster's next post). Threads of Mastodon, Bluesky, Misskey and Threads-like pages in
several scripts, and look-alikes whose short first line stays the title. Then title traps of
the session's dev pages' kinds, built on sites and languages not among them: a browser title
whose headline holds a separator itself, a section the breadcrumb names printed over the
headline with its byline, a docs heading's permalink mark; each with a look-alike."""

from __future__ import annotations

import pytest

import bench_fidelity
from persona_archive.cleaning.structure.titles import heads_posts


def _clean(text: str) -> bench_fidelity.Cleaned:
    return bench_fidelity.clean_uncached("page.txt", text.encode("utf-8"))


def _fixed_point(text: str) -> bool:
    """Whether cleaning the clean text gives the same clean text, title and title's source."""
    first = _clean(text)
    clean = bench_fidelity.plain_text(first)
    again = bench_fidelity.clean_uncached("c.txt", clean.encode("utf-8"))
    return (bench_fidelity.plain_text(again), again.title, again.title_line) == (
        clean,
        first.title,
        first.title_line,
    )


# Each thread: the app's header, then posts of (display name, handle, time, text); the first
# poster posts again further down. Names in the thread's script; handles as each network
# prints them (a local "@name", Bluesky's domain, the fediverse's "@name@server").
THREADS = {
    "mastodon_en": (
        "Log in\nSign up\n",
        [
            (
                "Rowan Vale",
                "@rowan@toot.example.social",
                "Dec 5, 2026, 21:14",
                "I gave our library's help bot a dry sense of humour and the questions got longer.",
            ),
            (
                "Ines K.",
                "@ines@fedi.example.org",
                "Dec 5, 2026, 21:20",
                "Longer in a good way, or did people start testing it with jokes all day?",
            ),
            (
                "Rowan Vale",
                "@rowan@toot.example.social",
                "Dec 5, 2026, 21:31",
                "Both, but the jokes stopped after a week and the longer questions stayed with us.",
            ),
        ],
    ),
    "bluesky_pt": (
        "Pesquisar\nEntrar\nCriar conta\n",
        [
            (
                "Horta da Vila",
                "@hortadavila.bsky.social",
                "5 de dezembro de 2026 às 09:14",
                "Demos ao robô da horta um jeito calmo de falar e agora ninguém reclama das regas.",
            ),
            (
                "Beto Silva",
                "@betosilva.bsky.social",
                "5 de dezembro de 2026 às 09:40",
                "Calmo como? Fala devagar ou evita dar bronca quando alguém esquece a mangueira?",
            ),
            (
                "Horta da Vila",
                "@hortadavila.bsky.social",
                "5 de dezembro de 2026 às 10:02",
                "Ele evita a bronca e explica por que a planta precisa de água naquela hora.",
            ),
        ],
    ),
    "threads_ko": (
        "로그인\n회원가입\n",
        [
            (
                "빵굽는고양이",
                "@bread_cat",
                "12월 5일",
                "동네 빵집 챗봇에게 조금 수줍은 성격을 줬더니 손님들이 더 친절하게 말을 걸어요.",
            ),
            (
                "자전거출근",
                "@bike_commute",
                "12월 5일",
                "수줍은 챗봇이라니 귀엽네요. 주문 실수는 줄었나요, 아니면 그대로인가요?",
            ),
            (
                "빵굽는고양이",
                "@bread_cat",
                "12월 6일",
                "실수는 그대로인데 손님들이 실수를 너그럽게 봐줘요. 성격이 생각보다 중요하네요.",
            ),
        ],
    ),
    "misskey_zh": (
        "登录\n注册\n",
        [
            (
                "茶与机器",
                "@cha_jiqi",
                "2026/12/05 21:14",
                "我给服务器的引导机器人加了一点点幽默感，新来的人都说它很好相处。",
            ),
            (
                "白熊工坊",
                "@baixiong@misskey.example.cn",
                "2026/12/05 21:20",
                "幽默的分寸怎么定的？太强的话新人可能会害怕吧，我有点担心这个问题。",
            ),
            (
                "茶与机器",
                "@cha_jiqi",
                "2026/12/05 21:26",
                "设定里第一句就写了只在对方能笑出来的时候开玩笑，对生气的人从不开玩笑。",
            ),
        ],
    ),
}


def _thread(header: str, posts: list[tuple[str, str, str, str]]) -> str:
    return header + "".join(f"{n}\n{h}\n{t}\n{text}\nReply\n" for n, h, t, text in posts)


@pytest.mark.parametrize("name", sorted(THREADS))
def test_a_display_name_heading_a_post_is_no_title(name):
    header, posts = THREADS[name]
    got = _clean(_thread(header, posts))
    names = {p[0] for p in posts} | {p[1] for p in posts}
    assert got.title not in names
    assert not got.title_line


@pytest.mark.parametrize("name", sorted(THREADS))
def test_a_social_thread_cleans_to_a_fixed_point(name):
    header, posts = THREADS[name]
    assert _fixed_point(_thread(header, posts))


@pytest.mark.parametrize("name", sorted(THREADS))
def test_the_clean_text_of_a_thread_takes_no_display_name_for_its_title(name):
    """The clean text: the first post's name over its text (its handle gone as the post's
    furniture printed twice), the name again over the poster's next post."""
    _, posts = THREADS[name]
    (first, _, _, a), (second, handle, _, b), (_, _, _, c) = posts
    text = "\n\n".join([first, a, second, handle, b, first, c]) + "\n"
    got = _clean(text)
    assert got.title not in {first, second, handle}
    assert bench_fidelity.plain_text(got).count(first) == 2  # its repeat stays


# Look-alikes: a short title over prose, a thread's subject printed over each post's poster
# (phpBB), a channel's name over its handle and counts: none heads a post.
NOT_POSTS = [
    (
        ["Persona files", "A persona file describes a character for the assistant, and its tone."],
        0,
    ),
    (
        [
            "Tea bots",
            "wren_k",
            "Our tea shop's bot learned to say it does not know which leaves are in stock.",
            "Tea bots",
            "fennel-q",
            "Ours did the same after a week of customers asking about leaves it had never seen.",
        ],
        0,
    ),
    (["Kettle Notes", "@kettlenotes", "1,204 followers", "318 photos"], 0),
    (["Сад и бот", "@sad_i_bot", "12 400 подписчиков"], 1),
    (["How we tuned the helper bot", "@ana", "Read more"], 0),
]


@pytest.mark.parametrize(("texts", "i"), NOT_POSTS)
def test_a_short_line_that_heads_no_post(texts, i):
    assert not heads_posts(texts, i)


def test_a_short_title_over_prose_stays_the_title():
    text = (
        "Persona files\n\nA persona file describes a character for the assistant to play, "
        "and its tone in every reply.\n\nWe keep ours short and read it aloud once a month.\n"
    )
    got = _clean(text)
    assert (got.title, got.title_line) == ("Persona files", True)


def _title(text: str) -> tuple[str, bool]:
    got = _clean(text)
    return got.title, got.title_line


# ------------------------------------- a browser title whose headline holds a separator itself

JOINED = {
    "podcast_en": (
        "Ep. 12 — The patient machine | Slow Bytes Podcast\nSlow Bytes Podcast\nEpisodes   About\n"
        "Ep. 12 — The patient machine\nDecember 1, 2026\nWhy do people call a slow assistant "
        "kind? We talk with a designer who adds pauses to her assistant on purpose.\n",
        "Ep. 12 — The patient machine",
    ),
    "podcast_fr": (
        "Épisode 7 – Le robot qui attendait | Radio Théière\nRadio Théière\nÉpisodes   À propos\n"
        "Épisode 7 – Le robot qui attendait\n3 décembre 2026\nPourquoi un assistant lent "
        "paraît-il plus gentil ? Nous en parlons avec une conceptrice de voix patiente.\n",
        "Épisode 7 – Le robot qui attendait",
    ),
    "column_es": (
        "Opinión - El asistente que no quería caer bien | Diario del Puerto\nDiario del Puerto\n"
        "Portada   Opinión   Cultura\nOpinión - El asistente que no quería caer bien\n"
        "Durante un mes hablé cada mañana con un asistente configurado para no adular a nadie.\n",
        "Opinión - El asistente que no quería caer bien",
    ),
}


@pytest.mark.parametrize("name", sorted(JOINED))
def test_a_browser_title_confirms_a_headline_that_holds_a_separator(name):
    text, title = JOINED[name]
    assert _title(text) == (title, True)


def test_a_row_of_the_sites_links_confirms_no_headline():
    text = (
        "Home | Kettle Help | Guides\nHome | Kettle Help\nQuiet mode for the kettle\n"
        "Quiet mode stops the kettle from speaking while it boils, and it stays on overnight.\n"
    )
    assert _title(text) == ("Quiet mode for the kettle", True)


# --------------------- the breadcrumb's last step printed again over a headline with its byline

SECTIONS = {
    "forum_en": (
        "Kettle Talk Forums\nHome › Tech › Assistants\nAssistants\n"
        "Why does my assistant call me by my full name?\nStarted by birchwood, Dec 2, 2026\n"
        "birchwood\nSince the last update my assistant calls me by my full name in every reply, "
        "like a teacher.\n",
        "Why does my assistant call me by my full name?",
    ),
    "news_en": (
        "THE HARBOUR GAZETTE\nNews › Technology\nTechnology\n"
        "Council chatbot will now admit when it does not know\nBy Sam Porter\n"
        "The city council's chatbot answers thousands of questions each month about bins.\n",
        "Council chatbot will now admit when it does not know",
    ),
    "forum_pt": (
        "Fórum Chaleira\nInício › Tecnologia › Assistentes\nAssistentes\n"
        "Meu assistente pede desculpas em toda resposta\n2 de dezembro de 2026\n"
        "Desde a última atualização ele começa cada resposta com um pedido de desculpas longo.\n",
        "Meu assistente pede desculpas em toda resposta",
    ),
}


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_a_section_named_by_the_breadcrumb_stands_over_the_headline(name):
    text, title = SECTIONS[name]
    assert _title(text) == (title, True)


def test_the_breadcrumbs_last_step_over_the_text_stays_the_title():
    text = (
        "Kotori Docs\nDocs › Guides › Persona settings\nPersona settings\nWrite one trait per "
        "sentence in the persona field of your configuration file, and keep it short.\n"
    )
    assert _title(text) == ("Persona settings", True)


# ------------------------------------------------------- a heading's permalink mark in a docs page

PERMALINKS = {
    "sphinx_en": "Kotori documentation\nSearch docs\nGuides\nSetting up the persona¶\n",
    "docusaurus_de": "Kotori\nDocs\nBlog\nDie Persona richtig einrichten\u200b#\n",
    "mkdocs_it": "Configurare la persona ¶\n",
}
PERMALINK_PROSE = (
    "Write one trait per sentence in the persona field of your configuration file, and keep it "
    "short.\nTraits written together in one sentence are often followed only in part.\n"
)


@pytest.mark.parametrize("name", sorted(PERMALINKS))
def test_a_headings_permalink_mark_is_not_the_titles(name):
    title, line = _title(PERMALINKS[name] + PERMALINK_PROSE)
    assert line
    assert title == PERMALINKS[name].splitlines()[-1].rstrip("¶#\u200b ")


@pytest.mark.parametrize("title", ["Writing persona files in C#", "Why we ranked this kettle #1"])
def test_a_title_ending_in_a_hash_keeps_it(title):
    assert _title(f"{title}\n\n{PERMALINK_PROSE}") == (title, True)
