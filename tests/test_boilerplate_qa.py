"""Question-and-answer sites' furniture: the answer boards of Japanese, Korean and Chinese sites
(the chosen answer's label, the asker's thanks label, the other answers' count), and the newer
Stack Exchange layout (comment votes printed as bullets, reputation and badge counts under each
author, the protected-question notice). Each goes on evidence; an author's line that uses the
same words or numbers stays. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import match_interface

LABELS = [
    ("ベストアンサー", "post-meta"),
    ("質問者からのお礼コメント", "post-meta"),
    ("解決済みの質問", "post-meta"),
    ("その他の回答（2件）", "counter"),
    ("回答数：3", "counter"),
    ("질문자 채택", "post-meta"),
    ("답변 3개", "counter"),
    ("最佳答案", "post-meta"),
    ("提问者采纳", "post-meta"),
    ("其他 3 条回答", "counter"),
    ("Highly active question. Earn 10 reputation in order to answer this question.", "comments"),
    (
        "Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under "
        "CC BY-SA. rev 2026.11.30.1",
        "legal",
    ),
]


@pytest.mark.parametrize(("line", "kind"), LABELS)
def test_an_answer_boards_labels_go_alone_with_their_kind(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line" and found.kind == kind
    assert kept("A sentence of the text.", line, "Another sentence.") == [
        "A sentence of the text.",
        "Another sentence.",
    ]


# the same words in an author's sentence
PROSE = [
    "ベストアンサーに選ばれて、とても嬉しかったです。",
    "その他の回答も読みましたが、やはり塩は控えめにします。",
    "질문자 채택이 늦어서 죄송합니다, 답변 모두 감사해요.",
    "最佳答案其实是第二个回答，我觉得更实用。",
    "The accepted answer was wrong for rye, so I kept testing.",
]


@pytest.mark.parametrize("line", PROSE)
def test_the_same_words_in_a_sentence_stay(line):
    assert kept("A sentence of the text.", line, "Another sentence.") == [
        "A sentence of the text.",
        line,
        "Another sentence.",
    ]


def test_a_comments_votes_printed_as_bullets_go_beside_its_time():
    page = [
        "The answer's last sentence.",
        "Improve this answer",
        "• 3",
        "Does the oven light really keep it that warm?",
        "Jan 30, 2024 at 20:02",
        "• 1",
        "It did in mine, by about four degrees.",
    ]
    assert kept(*page) == [page[0], page[3], page[6]]


def test_a_bullet_with_a_number_and_words_is_a_list_item():
    page = ["You need:", "• 3 cups of rye flour", "Jan 30, 2024 at 20:02", "• 2 eggs"]
    assert kept(*page) == [page[0], page[1], page[3]]


def test_authors_reputation_and_badges_go_two_rows_or_more():
    page = [
        "The assistant is right about the cold kitchen.",
        "answered Jan 30, 2024 at 21:05",
        "Pell Orchard",
        "4,812 2 19 33",
        "Add a comment",
        "Use the oven with only its light on.",
        "answered Feb 1, 2024 at 7:31",
        "tin_loaf",
        "611 1 6",
        "Add a comment",
    ]
    assert "4,812 2 19 33" not in kept(*page) and "611 1 6" not in kept(*page)
    # one row of four numbers among prose is someone's answer
    alone = ["My four readings were:", "16 18 21 24", "All in degrees."]
    assert kept(*alone) == alone


def test_accepted_goes_beside_the_answers_score_and_stays_in_prose():
    assert kept("Highest score (default)", "22", "Accepted", "The assistant is right.") == [
        "The assistant is right."
    ]
    assert kept("We sent the plan on Monday.", "Accepted", "They wrote back the same day.") == [
        "We sent the plan on Monday.",
        "Accepted",
        "They wrote back the same day.",
    ]


def test_an_app_store_pages_sections_and_facts_go():
    review = "Asistan bana her zaman hak vermiyor, ama yanıldığımda söylemesi işime yarıyor."
    page = [
        "App Store Önizlemesi",
        "4,6 • 3,2 B Puan",
        "Ücretsiz",
        "Ekran Görüntüleri",
        "iPhone",
        "Değerlendirmeler ve Yorumlar",
        "5 üzerinden",
        review,
        "Bu yorumu faydalı buldunuz mu?",
        "Uygunsuz içeriği bildir",
        "Bilgi",
        "Boyut",
        "84,2 MB",
        "Uyumluluk",
        "iPhone",
        "iOS 16.0 veya sonraki sürümünü gerektirir.",
        "Fiyat",
        "Ücretsiz",
        "Gizlilik Politikası",
    ]
    # the average under the app's name stays: the title stage reads it (shapes.STORE_RATING)
    assert kept(*page) == ["4,6 • 3,2 B Puan", review]


def test_a_store_word_alone_among_prose_stays():
    page = ["Uygulamayı denedim.", "Ücretsiz", "Sonra aboneliğe geçtim.", "Boyut", "Önemli değil."]
    assert kept(*page) == page


def _reviews(question: str, closing: str = "Igen (4)") -> list[str]:
    return [
        "Főoldal › Alkalmazások › Csevegőasszisztensek",
        "Kovács Eszter",
        "2026. november 28.",
        "★★★★☆",
        "Jó társ, de néha túl óvatos.",
        question,
        "Igen (12)",
        "Nem (1)",
        "Tóth Gábor",
        "2026. november 21.",
        "★★★☆☆",
        "Nekem túl sokat kérdez vissza.",
        question,
        closing,
        "Nem (0)",
        "© 2026 Termékteszt Kft.",
    ]


def test_a_question_printed_above_the_answer_buttons_of_every_review_goes():
    """In a wording the list does not know: the template prints it, word for word."""
    assert match_interface("Segített ez a vélemény önnek?") is None
    assert kept(*_reviews("Segített ez a vélemény önnek?")) == [
        "Kovács Eszter",
        "Jó társ, de néha túl óvatos.",
        "Tóth Gábor",
        "Nekem túl sokat kérdez vissza.",
    ]


def test_a_reviewers_question_stays():
    # printed once above the buttons (the other time above text): someone's question
    page = _reviews("Megérte az árát?", closing="Szerintem igen.")
    assert "Megérte az árát?" in kept(*page)


def test_related_questions_with_their_opening_marks_go_under_their_heading():
    answer = "Es casi seguro un efecto de los datos."
    page = [
        "Ordenadas por:",
        "Puntuación más alta (predeterminado)",
        answer,
        "Preguntas relacionadas",
        "¿Se puede desactivar el humor del asistente?",
        "¿Qué es un documento de carácter?",
        "Pregúntale · Acerca de · Ayuda · Privacidad · Términos",
    ]
    assert kept(*page) == [answer]
    # a question of the text under a heading of its own, before more text, stays
    text = ["Preguntas relacionadas", "¿Qué es un documento de carácter?", "Lo explico abajo."]
    assert "¿Qué es un documento de carácter?" in kept(*text)


# the furniture of Korean, Japanese and Chinese Q&A boards (Naver KiN, Yahoo!知恵袋, Zhihu)
QA_FURNITURE = [
    ("내공 50", "post-meta"),
    ("채택답변수 1,532", "post-meta"),
    ("받은감사수 87", "post-meta"),
    ("컴퓨터통신 분야 지식물주", "post-meta"),
    ("답변 작성일 2026.12.03", "post-meta"),
    ("나도 궁금해요", "post-actions"),
    ("의견 쓰기", "post-actions"),
    ("책임의 한계와 법적고지", "legal"),
    ("知恵コイン 25", "post-meta"),
    ("3回答", "post-meta"),
    ("ナイス！ 6", "post-meta"),
    ("お礼日時：2026/12/4 7:12", "post-meta"),
    ("あわせて知りたい", "related"),
    ("12-03 · 广东", "timestamp"),
    ("2026-12-03 · IP 属地浙江", "timestamp"),
    ("知乎隐私保护指引", "legal"),
    ("أفضل إجابة", "post-meta"),
    ("Лучший ответ", "post-meta"),
    ("Meilleure réponse", "post-meta"),
    ("أضف إجابتك", "post-actions"),
    ("مشاهدات 1,204", "counter"),
]


@pytest.mark.parametrize(("line", "kind"), QA_FURNITURE)
def test_a_qa_boards_furniture_goes_alone(line, kind):
    found = match_interface(line)
    assert found is not None and found.context == "line" and found.kind == kind
    assert kept("A sentence of the text.", line, "Another sentence.") == [
        "A sentence of the text.",
        "Another sentence.",
    ]


QA_PROSE = [
    "내공 50을 걸었는데도 답변이 하나도 없어요.",
    "ナイス！と言われて少し嬉しかったです。",
    "12-03 到广东出差，顺便问了助手天气。",
    "The best answer came from a baker, not from the assistant.",
]


@pytest.mark.parametrize("line", QA_PROSE)
def test_a_qa_boards_words_in_a_sentence_stay(line):
    assert kept("A sentence of the text.", line, "Another sentence.") == [
        "A sentence of the text.",
        line,
        "Another sentence.",
    ]


def test_an_answerers_picture_label_and_rank_go_around_the_name():
    page = [
        "설정에 적어 두니까 이제 계속 반말로 해요.",
        "프로필 사진",
        "새벽산책",
        "초수",
        "답변 작성일 2026.12.04",
        "반말이 어색한 건 기본값 때문이에요.",
    ]
    assert kept(*page) == [page[0], page[2], page[5]]


def test_a_rank_word_in_the_text_stays():
    page = ["우리 동네 탁구 대회에서", "고수", "한 분이 AI 코치 이야기를 하셨어요."]
    assert kept(*page) == page


def test_an_authors_headline_between_the_name_and_the_vote_count_goes():
    page = [
        "为什么聊天助手说话总是那么客气？",
        "查看全部 23 个回答",
        "陈木木",
        "做对话系统的产品经理",
        "156 人赞同了该回答",
        "客气是默认设置，不是性格。",
    ]
    assert kept(*page) == [page[0], page[2], page[5]]


def test_a_headline_under_its_kicker_over_its_comment_count_stays():
    # no post's text above the kicker: the page's own headline, not a reply's author
    headline = "Νέα μελέτη για τους βοηθούς"
    page = ["Αρχική", "Τεχνολογία", headline, "12 σχόλια", "Κείμενο του άρθρου."]
    assert headline in kept(*page)


def test_a_short_first_line_of_a_post_over_its_buttons_stays():
    # the furniture under it is the post's buttons, with no text under them: it is the post
    page = ["Zitieren", "nebel_ole", "Danke", "Zitieren", "Melden"]
    assert "Danke" in kept(*page)


def test_a_headline_under_a_line_of_text_is_no_authors_headline():
    page = ["陈木木说：", "做对话系统的产品经理", "156 人赞同了该回答", "客气是默认设置。"]
    assert "做对话系统的产品经理" in kept(*page)


def test_a_zhihu_figures_printed_label_over_number_and_sort_tabs_go():
    page = [
        "分享",
        "关注者",
        "214",
        "被浏览",
        "58,903",
        "查看全部 23 个回答",
        "客气是默认设置，不是性格。",
        "12 条评论",
        "默认",
        "最新",
        "我试了，确实有用。",
    ]
    assert kept(*page) == [page[6], page[10]]


QUESTION = "Is the pan's material really that important?"


def test_a_questions_tags_over_its_buttons_go_one_a_line_or_in_a_row():
    page = [QUESTION, "food-safety", "meat", "cookware", "Share", "Follow"]
    assert kept(*page) == [QUESTION]
    page = [QUESTION, "language-model prompt-design", "Share Improve this question Follow"]
    assert kept(*page) == [QUESTION]


def test_lowercase_words_of_the_text_stay():
    # without a hyphen: an ingredient list; under a colon: the text's own list
    page = [QUESTION, "flour", "water", "salt", "Share"]
    assert kept(*page)[:4] == page[:4]
    page = ["The tags I used:", "food-safety", "meat", "Share"]
    assert kept(*page)[:3] == page[:3]


def test_a_user_cards_figures_go_under_the_name():
    page = [
        "A time without the pan is a guess.",
        "answered Dec 1, 2026 at 19:02",
        "Odile Marchetti",
        "28.4k",
        "6",
        "71",
        "That matches what happened last night.",
    ]
    assert kept(*page) == [page[0], page[2], page[6]]


def test_a_replys_one_number_under_its_header_stays():
    page = ["answered Dec 1, 2026 at 19:02", "Odile Marchetti", "42", "A sentence after it."]
    assert "42" in kept(*page)


def test_stack_exchanges_hidden_button_labels_go():
    for line in ("This answer is useful", "Show activity on this post.", "Save this answer."):
        assert match_interface(line) is not None
