"""Social-page furniture found by repetition within the page (issue 18, session 22,
``boilerplate.social``): a short line printed with most posts at the same place, a count or a
time in the same shape under two posts or more, a profile header's counts. Each case is in a
language or on a kind of site the dev pages (``e1s_*``) do not have, and the same shapes as
a post's own text stay: a one-word reply posted twice, a display name over each post, a
version heading, "+1". Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page, rule_of


def _check(page: str) -> None:
    lines, text = marked_page(page)
    assert kept(*lines) == text


def test_a_visibility_mark_and_translate_link_under_every_post_go():
    # Swedish, a Mastodon-like server: words the interface list need not know
    _check(
        """
t Lisa Berg
t @lisa@mastodon.exempel.se
t Vår kaffebot har börjat fråga hur man mår innan den föreslår en böna, och ingen bad den om det.
c Synligt för alla
c 2
c 7
c 31
c Visa på svenska
t Oskar N
t @oskar@toot.exempel.se
t Det låter som något den har lärt sig av alla kaféer som gör just så varje morgon.
c Synligt för alla
c 0
c 3
c 12
c Visa på svenska
t Lisa Berg
t @lisa@mastodon.exempel.se
t Kanske, men den gör det bara när det regnar, vilket gör mig lite misstänksam.
c Synligt för alla
c 1
c 2
c 9
c Visa på svenska
"""
    )


def test_a_count_in_the_same_shape_under_each_post_goes():
    # Polish, an X/Twitter mirror: the quote count with its sign, values that differ
    _check(
        """
t Ania
t Asystent w naszej piekarni odmawia doradzania, ile chleba kupić na zapas, bo mówi, że czerstwieje.
c Odpowiedz
c ❞ 4
t Bartek
t Mądry asystent, mój zawsze namawia na więcej bułek niż potrzebuję do śniadania.
c Odpowiedz
c ❞ 0
t Celina
t U nas pyta najpierw, dla ilu osób jest śniadanie, i dopiero wtedy coś radzi.
c Odpowiedz
c ❞ 2
"""
    )


def test_a_profile_headers_counts_go_above_the_first_post():
    # Indonesian, a profile page: one label and one figure a line
    _check(
        """
c Ikuti
c Postingan 318
c Mengikuti 92
c Pengikut 4.210
t Pagi ini asisten kami menolak menebak cuaca dan menyarankan melihat ke luar jendela saja.
"""
    )


def test_a_one_word_reply_posted_twice_stays():
    _check(
        """
t Lisa Berg
t @lisa@mastodon.exempel.se
t Vår kaffebot har börjat fråga hur man mår innan den föreslår en böna, och ingen bad den om det.
c Synligt för alla
c Visa på svenska
t Oskar N
t @oskar@toot.exempel.se
t Samma
c Synligt för alla
c Visa på svenska
t Maja
t @maja@toot.exempel.se
t Samma
c Synligt för alla
c Visa på svenska
t Lisa Berg
t @lisa@mastodon.exempel.se
t Då är vi tre som tycker likadant, och boten får fortsätta fråga som förut.
c Synligt för alla
c Visa på svenska
"""
    )


def test_numbered_headings_over_the_text_stay():
    # a changelog and a diary: a figure in the same shape in each gap, but over the text
    _check(
        """
t v1.4.0
c 3 March 2026
t The assistant now keeps its tone across long conversations instead of drifting into cheerfulness.
c Permalink
t v1.3.2
c 18 February 2026
t Fixed a case where the assistant forgot its own name after a summary of the chat.
c Permalink
t Day 3
t The bees ignored the new hive entirely and sat on the old one all afternoon.
c Permalink
t Day 4
t Two of them went in at last, which the whole family counted as a small victory.
c Permalink
"""
    )


def test_a_display_name_over_each_post_stays():
    # Vietnamese, a Threads-like page: the name heads the text each time (metadata, not chrome)
    _check(
        """
t minh.tran
t Trợ lý của tôi luôn hỏi lại trước khi sửa bài, điều mà tôi thấy rất dễ chịu và lịch sự.
c Xem bản dịch
c 12
c 3
t lan.pham
t Của tôi thì sửa luôn, không hỏi gì, nhưng lúc nào cũng giải thích vì sao.
c Xem bản dịch
c 4
c 1
t minh.tran
t Vậy là mỗi trợ lý có một tính cách riêng, giống như người biên tập vậy.
c Xem bản dịch
c 7
c 0
"""
    )


@pytest.mark.parametrize(
    "line",
    ["Visa översättning", "Bài viết đã ghim", "Zobrazit celé", "Tampilkan utas", "번역 보기"],
)
def test_a_social_sites_fold_translate_pinned_and_thread_links_go_alone(line):
    assert rule_of(line) is not None


def test_pinned_alone_goes_beside_a_posts_furniture_and_stays_among_prose():
    text = "Het briefje bleef maandenlang vastgezet op de koelkast van de bakkerij."
    _check(
        f"""
t ann
t @ann@toot.voorbeeld.nl
t {text}
c Vertaling weergeven
c Vastgezet
t bo
t @bo@toot.voorbeeld.nl
t Onze bot vraagt eerst hoeveel brood er nog ligt voordat hij iets aanraadt.
c Vertaling weergeven
"""
    )
    assert kept(text, "Vastgezet", text) == [text, "Vastgezet", text]
