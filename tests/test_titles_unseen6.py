"""A display name heading a social post is metadata, never the page's title (issue 18, dev
page ``c1f_misskey_ja_ai_kyara``, which once cleaned to a derived title from the first post's
display name and, cleaned again, took that name for a title line and removed its repeat over
the poster's next post). Threads of Mastodon, Bluesky, Misskey and Threads-like pages in
several scripts, and look-alikes whose short first line stays the title."""

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
        "로그인\n가입하기\n",
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
