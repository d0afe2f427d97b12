"""Content the cleaner once deleted or damaged on pages of kinds nobody tuned it to (issue 18:
never delete content), third round: a forum's reply anchor (">>12") read as a quote mark, an
item of a numbered list next to chrome read as a row of counters, a reply "+1" under a post's
header read as the post's score when its reply buttons stand in a row ("Odpovědět   Citovat"),
and a line re-encoded with a second code page on a page damaged with another, whose words that
lost a byte were left as garbage. Beside each, the chrome the rule exists for still goes.
Every line here is written for these tests."""

from __future__ import annotations

import pytest

import bench_fidelity
from conftest import kept


def cleaned(*lines: str) -> tuple[str, list[str]]:
    """The title and the body's lines as the archive shows them (a quotation with its ``>``)."""
    text = "".join(line + "\n" for line in lines)
    result = bench_fidelity.clean_uncached("page.txt", text.encode("utf-8"))
    body = bench_fidelity.plain_text(result)
    return result.title, [line for line in body.splitlines() if line.strip()]


# ------------------------------------------------- 1. a reply anchor is no quote mark


THREAD = (
    "AIの性格について語るスレ Part4",
    "1 名無しさん@お腹いっぱい。 2026/12/01(火) 20:01:13.45 ID:Ab3dE9fG0",
    "前スレが埋まったので立てました。",
    "2 名無しさん@お腹いっぱい。 2026/12/01(火) 20:05:44.90 ID:Pq4rS8tU0",
    ">>1",
    "乙です。最近のは知らないことを知らないと言うようになったよね。",
    "3 名無しさん@お腹いっぱい。 2026/12/01(火) 20:07:15.32 ID:Vw1xY5zA0",
    ">>2-3 それな",
    "5 名無しさん@お腹いっぱい。 2026/12/01(火) 20:08:15.32 ID:Vw1xY5zA0",
    ">>1乙",
    "6 名無しさん@お腹いっぱい。 2026/12/01(火) 20:09:15.32 ID:Zz1xY5zA0",
    "> 知らないことを知らないと言う",
    "これは大事。",
)


def test_reply_anchors_stay_as_written():
    _, body = cleaned(*THREAD)
    assert ">>1" in body
    assert ">>2-3 それな" in body
    assert ">>1乙" in body


def test_a_quoted_line_is_still_a_quote():
    _, body = cleaned(*THREAD)
    assert "> 知らないことを知らないと言う" in body  # shown with its mark: a quotation block
    assert "これは大事。" in body


# ------------------------------------- 2. a numbered list's item is no row of counters


def test_numbered_items_next_to_chrome_stay():
    lines = kept(
        "How should I set up the assistant's persona?",
        "Answer",
        "Share",
        "1. Write short answers",
        "2. Say when you do not know",
        "3. Add one example dialogue",
        "These three helped the most.",
    )
    assert "1. Write short answers" in lines
    assert "2. Say when you do not know" in lines


def test_numbered_items_next_to_chrome_stay_in_korean():
    lines = kept(
        "챗봇에게 성격을 정해 주면 답변이 달라지나요?",
        "답변하기",
        "공유하기",
        "1. 짧게 답하라고 적기",
        "2. 모르면 모른다고 하라고 적기",
        "이 두 가지가 가장 효과가 컸어요.",
    )
    assert "1. 짧게 답하라고 적기" in lines
    assert "2. 모르면 모른다고 하라고 적기" in lines


def test_counter_rows_next_to_chrome_still_go():
    lines = kept(
        "The assistant said it did not know the bus times, which I liked.",
        "Reply",
        "4 Antworten 11 Likes",
        "Comments (3)",
        "Next post.",
    )
    assert "4 Antworten 11 Likes" not in lines
    assert "Comments (3)" not in lines


# ------------------------------- 3. a reply "+1" with its buttons in a row under it


def _thread(buttons: str) -> list[str]:
    return [
        "Fórum › Vaření › Chléb",
        "Asistent mi radil s chlebem, máte taky zkušenost?",
        "pekar_77",
        "#1",
        "3. 12. 2026 19:04",
        "Zeptal jsem se asistenta, proč mi kvásek neroste, a on mi nejdřív položil otázky.",
        buttons,
        "Lenka_S",
        "#2",
        "3. 12. 2026 19:20",
        "Taky se mě ptal na mouku, jestli je celozrnná.",
        buttons,
        "Vojta",
        "#3",
        "3. 12. 2026 19:45",
        "+1",
        buttons,
        "Marta K.",
        "#4",
        "3. 12. 2026 20:02",
        "Zkus dát kvásek do trouby jen se zapnutým světlem.",
        buttons,
    ]


def test_a_plus_one_reply_over_a_row_of_buttons_stays():
    lines = kept(*_thread("Odpovědět   Citovat"))
    assert "+1" in lines
    assert "3. 12. 2026 19:45" not in lines  # the post's date still goes


def test_a_plus_one_reply_over_one_button_stays():
    assert "+1" in kept(*_thread("Odpovědět"))


def test_a_score_under_a_post_body_still_goes():
    lines = kept(
        "ana",
        "3. 12. 2026 19:04",
        "The assistant told me my loaf needed more salt, and it was right.",
        "+12",
        "Reply",
        "bo",
        "3. 12. 2026 19:20",
        "Mine said the same about the oven.",
        "+3",
        "Reply",
    )
    assert "+12" not in lines and "+3" not in lines
    assert "3. 12. 2026 19:20" not in lines


# ---------------------- 4. a second code page's words that lost a byte are marked, not left

GREEK = (
    "Ο ψηφιακός βοηθός του λιμεναρχείου απαντά πλέον και στα αγγλικά",
    # cp1253: "δρομολόγια" lost the 81 of its ρ and the 8C of its ό
    "Η νέα έκδοση εξηγεί τα δρομολόγια με απλά λόγια και λέει καθαρά πότε δεν γνωρίζει.",
    "Ο βοηθός απαντά σε ερωτήσεις για δρομολόγια, καιρό και εισιτήρια από το καλοκαίρι.",
    # cp1252
    "«Δεν θέλαμε έναν βοηθό που υπόσχεται πράγματα που δεν ελέγχει», είπε η υπεύθυνη.",
    "Το λιμεναρχείο σχεδιάζει να προσθέσει και γερμανικά μέχρι την άνοιξη.",
)


def _damaged(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="ignore")


def test_a_second_code_page_line_is_repaired_or_marked():
    lines = list(GREEK)
    lines[1] = _damaged(lines[1], "cp1253")
    lines[3] = _damaged(lines[3], "cp1252")
    _, body = cleaned(*lines)
    text = "\n".join(body)
    assert "Ξ" not in text and "Î" not in text  # no garbage left
    assert "Η νέα έκδοση εξηγεί τα δρομολόγια με απλά" in text
    assert GREEK[4] in text


def test_correct_greek_beside_one_damaged_line_is_untouched():
    lines = list(GREEK)
    lines[3] = _damaged(lines[3], "cp1252")
    lines.append("Ο João Ribeiro και η Anna Müller άνοιξαν ένα café στο λιμάνι.")
    _, body = cleaned(*lines)
    text = "\n".join(body)
    assert GREEK[1] in text and GREEK[2] in text
    assert "Ο João Ribeiro και η Anna Müller άνοιξαν ένα café στο λιμάνι." in text


# ------------------- 5. a review's pros and cons over the reviewer's score are no title


REVIEWS = (
    "Startseite › Apps › Backen",
    "Backhelfer – Bewertungen",
    "★★★★☆ 4,2 von 5 · 187 Bewertungen",
    "Brotbäckerin_Kiel",
    "★★★★★",
    "02.12.2026",
    "Top!",
    "+ erklärt, warum der Teig nicht aufgeht",
    "+ gibt zu, wenn es die Antwort nicht weiß",
    "- die Stimme ist etwas zu fröhlich",
    "4/5",
    "Für Sauerteig-Anfänger genau das Richtige.",
    "23 Personen fanden diese Bewertung hilfreich",
    "Jonas W.",
    "★★★☆☆",
    "28.11.2026",
    "Ich habe dem Support geschrieben und am nächsten Tag eine freundliche Antwort bekommen.",
)


def test_pros_and_cons_over_a_score_stay_in_the_body():
    title, body = cleaned(*REVIEWS)
    assert title == "Backhelfer – Bewertungen"
    for line in REVIEWS[7:10]:
        assert line in body  # each on its own line, in its place
    assert body.index(REVIEWS[7]) < body.index(REVIEWS[9]) < body.index("4/5")


def test_an_apps_name_over_its_rating_is_still_the_title():
    title, _ = cleaned(
        "App Store",
        "Kettle Pal – Tea Companion",
        "4.6 ★ · 2.1K Ratings",
        "Brew notes with a patient assistant that tells you when it is not sure.",
    )
    assert title == "Kettle Pal – Tea Companion"


# ---------- 6. one-line posts above a title chosen low on the page are posts, not its header


QA_PAGES = {
    "en": (
        ["Home", "Sign in", "Bot only speaks formally", "anonymous", "Views 312",
         "Asked 2026-12-04", "Is there a way to make it casual?", "Answer", "2 answers",
         "breadbear", "Answered 2026-12-04", "Yes", "Upvote 5", "Comment", "beekeeper",
         "Answered 2026-12-05", "No", "Upvote 0", "Comment", "Thanks", "Nice",
         "Was this answer helpful?", "Yes   No", "Related questions", "Terms"],
        ["Is there a way to make it casual?", "Thanks"],
    ),
    "de": (
        ["Startseite", "Anmelden", "Bot spricht nur förmlich", "anonym", "312 Aufrufe",
         "Gefragt am 04.12.2026", "Kann man ihn lockerer machen?", "Antworten", "2 Antworten",
         "brotbaer", "Beantwortet am 04.12.2026", "Ja", "Kommentieren", "imker",
         "Beantwortet am 05.12.2026", "Nein", "Kommentieren", "Danke",
         "War diese Antwort hilfreich?", "Ja   Nein"],
        ["Kann man ihn lockerer machen?", "Danke"],
    ),
    "ko": (
        ["지식iN 홈", "로그인", "챗봇이 존댓말만 써요", "비공개", "조회수 312",
         "작성일 2026.12.04", "반말로 바꾸는 방법이 있나요?", "답변하기", "2개 답변",
         "빵굽는곰", "답변 작성일 2026.12.04", "네", "추천 5", "의견 쓰기", "꿀벌지기",
         "답변 작성일 2026.12.05", "아니요", "추천 0", "의견 쓰기", "질문자 인사", "감사합니다",
         "좋아요", "이 답변이 도움이 되었나요?", "네   아니요", "관련 질문", "이용약관"],
        ["반말로 바꾸는 방법이 있나요?", "감사합니다"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(QA_PAGES))
def test_one_line_posts_above_a_low_title_stay(lang):
    page, words = QA_PAGES[lang]
    title, body = cleaned(*page)
    for line in words:
        assert line == title or line in body


def test_a_sites_header_above_its_title_still_goes():
    title, body = cleaned(
        "Harbour Ledger",
        "Home   News   Sport   Contact",
        "Technology",
        "The port's assistant now answers in English",
        "The new version explains the timetable in plain words and says when it does not know.",
        "Hotel owners asked for it, and the harbour office says more languages will follow.",
    )
    assert title == "The port's assistant now answers in English"
    assert "Harbour Ledger" not in body and "Technology" not in body


# ------------- 7. a reviewer's score and first-word verdict under the review's date stay


def _review(first: str, second: str) -> list[str]:
    return [
        "Strona główna › Aplikacje",
        "Asystent zakupów – opinie",
        "Magda",
        "★★★★★",
        "3 grudnia 2026",
        first,
        "Przypomina o mleku, ale nie wciska promocji.",
        "Czy ta opinia była pomocna?",
        "Tak (8)   Nie (1)",
        "Krzysztof",
        "★★☆☆☆",
        "29 listopada 2026",
        second,
        "Trzy razy zapytał, czy na pewno chcę kupić miód.",
        "Czy ta opinia była pomocna?",
        "Tak (2)   Nie (5)",
    ]


def test_a_score_under_a_reviews_date_stays():
    lines = kept(*_review("10/10", "2/5"))
    assert "10/10" in lines and "2/5" in lines
    assert "3 grudnia 2026" not in lines and "29 listopada 2026" not in lines


def test_a_verdict_under_a_reviews_date_stays():
    lines = kept(*_review("Polecam", "Nie polecam"))
    assert "Polecam" in lines and "Nie polecam" in lines


def test_a_game_stores_verdict_by_the_hours_played_still_goes():
    lines = kept(
        "Sasha_Grib",
        "42,3 ч. всего (18,0 ч. на момент написания)",
        "Рекомендую",
        "Опубликовано: 9 февраля",
        "Это игра о смотрителе заповедника, которому помогает говорящий компаньон.",
        "tolik_88",
        "120,5 ч. всего",
        "Рекомендую",
        "Опубликовано: 20 февраля",
        "Прошёл игру три раза, и каждый раз компаньон отвечал по-разному.",
    )
    assert "Рекомендую" not in lines


# ------------------- 8. a wiki's "See also" heading is the article's, not a related box


def test_a_wikis_see_also_over_its_references_stays():
    lines = kept(
        "Povaha asistenta je souhrn stálých rysů jazykového modelu.",
        "Obsah",
        "1 Historie",
        "2 Související články",
        "3 Reference",
        "Historie",
        "Pojem se rozšířil v roce 2024.",
        "Související články",
        "- Podlézavost jazykových modelů",
        "Reference",
        "↑ Novák, J.: Povaha stroje. Praha 2024, s. 15.",
    )
    assert "Související články" in lines
    assert "2 Související články" not in lines  # the contents box still goes


def test_a_wikis_see_also_stays_in_russian_and_greek():
    for label in ("Смотрите также", "Δείτε επίσης"):
        lines = kept(
            "Термин появился в 2023 году.",
            label,
            "- Угодничество языковых моделей",
            "Примечания",
            "↑ Иванов И. Характер машины. — М., 2024. — С. 12.",
        )
        assert label in lines


def test_a_news_sites_related_box_still_goes():
    lines = kept(
        "Knihovna spustila asistenta, který přizná, když něco neví.",
        "Čtenáři se ho mohou ptát na otevírací dobu.",
        "Související články",
        "Muzeum otevírá dílnu robotiky pro děti i dospělé",
        "Nové jízdní řády pro příměstské autobusy od ledna",
        "↑ Nahoru",
    )
    assert "Související články" not in lines


# ------------- 9. cp1251 damage left as letters: the numero sign and an emoji that lost a byte

RUSSIAN = (
    "Наш бот поддержки отвечал на всё подряд, даже когда не знал ответа, и это было плохо.",
    "Мы решили научить его отказывать так, чтобы пользователь не обижался и понимал, что делать.",
    "Заявка № 5 закрыта, бот ответил вежливо.",
    "Спасибо за статью 😀 очень полезно.",
)


def test_cp1251_numero_sign_and_emoji_are_repaired_or_marked():
    from persona_archive.cleaning.mojibake import repair

    damaged = "\n".join(line.encode("utf-8").decode("cp1251", errors="ignore") for line in RUSSIAN)
    out = repair(damaged).text.splitlines()
    assert out[2] == RUSSIAN[2]  # "в„–" is "№"
    assert "рџ" not in out[3]  # the smiley lost its 98: repaired or marked, never left
    assert out[3].startswith("Спасибо за статью ") and out[3].endswith(" очень полезно.")


def test_serbian_letters_as_written_stay():
    from persona_archive.cleaning.mojibake import repair

    text = "Поздрав из Београда, џеп и ђак. Ово је тачно написано."
    damaged = "Р С›РЅ" + " " + text  # a page with cp1251 damage in it
    assert repair(damaged).text.endswith(text)


# ----------- 10. a list's items written without marks, on a page of one-line paragraphs


def test_unmarked_list_items_on_a_page_of_long_lines_stay_apart():
    items = (
        "собрать двести вопросов без ответа",
        "разметить, какие отказы звучат грубо",
        "переписать системную подсказку",
    )
    _, body = cleaned(
        "Как мы научили бота вежливо отказывать",
        "Наш бот поддержки отвечал на всё подряд, даже когда не знал ответа.",
        "Мы решили научить его отказывать так, чтобы пользователь не обижался.",
        "Шаги",
        *items,
        "Главное, что бот теперь объясняет, куда обратиться, вместо сухого «не могу».",
        "А как вы считали грубость, вручную?",
        "Три человека, каждый ответ смотрели двое.",
        "Мы у себя видели похожие цифры: 28, 9, 7.",
    )
    for item in items:
        assert item in body  # a paragraph of its own


def test_a_hard_wrapped_letter_is_still_unwrapped():
    from persona_archive.cleaning.pipeline import clean_text

    body = clean_text(
        "Hi all,\n\n"
        "I ran the same check on our side last week and got a similar curve, with\n"
        "the drop starting later for us, closer to turn sixty, but the shape is\n"
        "the same and the summaries keep the opinions but lose the hedges.\n\n"
        "Ilse\n"
    )
    assert "with the drop starting later" in body and "shape is the same" in body


def test_numbers_with_a_star_are_no_comment_form_fields():
    """Found by hypothesis: "¹0*" twice was removed as a comment form's starred fields (a
    superscript digit is a word character, no letter); a form's labels have letters."""
    from persona_archive.cleaning.boilerplate import strip_boilerplate
    from persona_archive.cleaning.model import split_lines

    assert strip_boilerplate(split_lines("¹0*\n¹0*")).changes == []
    fields = strip_boilerplate(split_lines("Nice post.\nName *\nEmail *\nWebsite\nPost Comment"))
    assert [c.before for c in fields.changes][:2] == ["Name *", "Email *"]
