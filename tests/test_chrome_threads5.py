"""Thread furniture of kinds the rules had not met (issue 18): fediverse apps beyond Mastodon
(Misskey, Pleroma/Akkoma, Pixelfed, Bluesky), a code host's issue or merge request in its
Russian, Chinese and German translations (GitLab, Forgejo), question-and-answer sites in
Turkish, Persian, Vietnamese and Indonesian, a Taiwanese BBS's web view and an app-first forum,
a Discourse forum in Japanese. Each notice that is evidence alone is tested in a language or
layout other than the dev pages' (``c1f_*``); the words that are also common words go only
beside such furniture, and the same words in a sentence or over prose stay. Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page, rule_of


@pytest.mark.parametrize(
    "line",
    [
        "はるかがリノートしました",
        "つむぎがブースト",
        "Piace a 4 persone",
        "Curtido por 5 pessoas",
        "Connecte-toi ou crée un compte pour rejoindre la conversation.",
        "Faça login ou crie uma conta para participar da conversa.",
        "Adicionar um comentário…",
        "Aggiungi un commento...",
        "akkoma.example.pt is one of many independent Akkoma servers.",
        "Ver conversa",
        "Toda a rede conhecida",
        "12 Min.",
    ],
)
def test_a_fediverse_notice_goes_alone(line):
    assert rule_of(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "はるかがリノートしたノートに、三十人がリアクションしてくれた。",
        "Liked by 12 people in the club, the rye loaf was gone by noon.",
        "Sign in or create an account to join the conversation, the bot tells every new visitor.",
        "Our server is one of many small Misskey servers, and we like it that way.",
    ],
)
def test_the_same_words_in_a_sentence_stay(line):
    assert rule_of(line) is None


def test_a_misskey_notes_buttons_go_beside_its_renote_notice():
    lines, text = marked_page(
        """
t 今日は案内botに、雨の日だけ少し詩的になる設定を足してみました。
c フォロワー限定
c リノート
c リアクション
c 翻訳
c はるかがリノートしました
t 詩的すぎて天気予報が読みにくいという苦情が一件だけ来ました。
"""
    )
    assert kept(*lines) == text


def test_a_button_word_over_prose_stays():
    lines, text = marked_page(
        """
t リノート
t 他人のノートを自分のタイムラインに流すことをリノートと呼びます。
t Feeds
t A feed on Bluesky is a list that someone curates, and our bot keeps one about tea.
"""
    )
    assert kept(*lines) == text


@pytest.mark.parametrize(
    "line",
    [
        "@marina · 5 часов назад",
        "@li_lei · 3 小时前",
        "Марина Орлова закрыл(а) 5 часов назад",
        "Марина Орлова удалил(а) метку ~баг 2 дня назад",
        "李雷 关闭了 3 小时前",
        "韩梅梅 添加了 1 次提交 5 天前",
        "anna hat das Label Fehler vor 2 Stunden entfernt",
        "lena eröffnete vor 2 Wochen · 5 Kommentare",
        "прокомментировал(а) 2 часа назад",
        "韩梅梅 请求将 feat/wenhou 合并到 develop 1 天前",
        "Pipeline #88 failed",
        "Целевая ветка: main",
        "Ссылка: bakery/bot!12",
        "Изменения 5",
        "12 参与者",
        "Нет оценки или затраченного времени",
    ],
)
def test_a_code_hosts_event_or_header_goes_alone(line):
    assert rule_of(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Кто-то добавил в тесто соль 2 дня назад, и всё испортилось.",
        "李雷 关闭了窗户，三小时前就开始下雨了。",
        "Изменения 5 лет назад были важнее, чем сейчас.",
    ],
)
def test_a_sentence_with_a_code_hosts_words_stays(line):
    assert rule_of(line) is None


def test_a_merge_requests_sidebar_goes():
    lines, text = marked_page(
        """
t 这个合并请求把问候语改短了，测试里用户的满意度没有下降。
c 指派人
c 审核者
c 无
c 时间跟踪
c 无预估或已用时间
c 维护者
c 已关闭
"""
    )
    assert kept(*lines) == text


def test_a_sidebar_word_over_prose_stays():
    lines, text = marked_page(
        """
t Исполнитель
t В нашем кукольном театре роль исполнителя играет бот, и говорит он медленно и ласково.
t Нет
t Так бот отвечает на вопрос, хочет ли он сменить голос.
"""
    )
    assert kept(*lines) == text


@pytest.mark.parametrize(
    "line",
    [
        "5 dakika önce cevaplandı",
        "Đã trả lời 5 phút trước",
        "پاسخ داده شده ۵ دقیقه پیش",
        "۱۲ بار بازدید شده",
        "Resposta verificada por especialistas",
        "15 pessoas acharam isso útil",
        "Novas perguntas de Matemática",
        "Viết câu trả lời của bạn",
    ],
)
def test_a_qa_sites_line_goes_alone(line):
    assert rule_of(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Soruldu mu bilmiyorum ama ben de merak ediyorum.",
        "Obrigado 7 vezes, disse o bot, e a cliente riu.",
        "Novas perguntas de alunos chegam todas as manhãs, e o bot responde com calma.",
    ],
)
def test_a_sentence_with_a_qa_sites_words_stays(line):
    assert rule_of(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.224.1.9 (臺灣)",
        "※ 文章網址: https://www.ptt.cc/bbs/Tea/M.1712345678.A.1B2.html",
        "時間 Mon Jan 12 09:03:44 2026",
        "共 12 則留言",
        "打開 App 看更多",
        "在 App 中查看",
        "Discourse で動作しています。JavaScript を有効にすると最適に表示されます。",
    ],
)
def test_a_taiwanese_forums_or_discourses_line_goes_alone(line):
    assert rule_of(line) is not None


def test_a_floor_label_goes_beside_its_comments_date():
    lines, text = marked_page(
        """
t 我覺得它記得我喜歡的茶，比記得我的名字更讓人開心。
c B7
c 3月2日 10:00
t 記得喜好本來就是好店員會做的事，機器人也一樣。
"""
    )
    assert kept(*lines) == text


def test_a_floor_like_word_among_prose_stays():
    lines, text = marked_page(
        """
t 這台機器人會提醒我吃維生素。
t B1
t 它每天早上都這樣說，語氣像一個溫柔的藥師。
"""
    )
    assert kept(*lines) == text


def test_a_discourse_topic_map_goes_beside_its_footer():
    lines, text = marked_page(
        """
t 口癖は一日一回までにしたら、苦情がなくなりました。
c 最終返信
c 閲覧
c ユーザー
c アクティビティ
c Discourse で動作しています。JavaScript を有効にすると最適に表示されます。
"""
    )
    assert kept(*lines) == text


@pytest.mark.parametrize("line", ["Lokale Zeitleiste", "Linha do tempo pública"])
def test_a_servers_timeline_link_goes_alone(line):
    assert rule_of(line) is not None


def test_a_homework_sites_new_questions_go_under_their_heading():
    lines, text = marked_page(
        """
t Terima kasih, sekarang saya mengerti kenapa asisten itu bisa berbicara dengan gaya berbeda.
c Novas perguntas de Português
c Qual é o sujeito da frase do exercício três?
c Escreva um bilhete convidando a turma para a feira
c Kebijakan privasi
c Pusat bantuan
c Syarat penggunaan
"""
    )
    assert kept(*lines) == text


def test_a_footer_word_over_prose_stays():
    lines, text = marked_page(
        """
t Pusat bantuan
t Di kantor kelurahan kami, pusat bantuan sekarang dijaga oleh asisten yang sabar dan ramah.
"""
    )
    assert kept(*lines) == text


@pytest.mark.parametrize(
    "line",
    [
        "ピン留めされたノート",
        "返信先: @yuki@misskey.example.jp",
        "misskey.example.jp へようこそ!",
        "Kabul edilen cevap",
        "12 kişi bu soruyu takip ediyor",
        "مرتب‌سازی بر اساس",
        "Sắp xếp theo",
        "Принятый ответ",
    ],
)
def test_a_misskey_or_qa_notice_goes_alone(line):
    assert rule_of(line) is not None


def test_a_qa_sites_sort_tabs_go_beside_its_sort_label():
    lines, text = marked_page(
        """
t Asistanım her cevapta aynı şakayı yapıyor, bunu nasıl azaltabilirim?
c Sıralama:
c En çok oylanan
c Tarihe göre
c Son aktivite
t Sistem mesajına bir şakayı yalnızca bir kez yapmasını yazmak işe yarayabilir.
"""
    )
    assert kept(*lines) == text


def test_a_tab_word_over_prose_stays():
    lines, text = marked_page(
        """
t Sorular
t Botun en çok aldığı sorular ekmeğin neden çöktüğü ve mayanın ne zaman besleneceği.
t 昨日
t 昨日は案内botが珍しく冗談を言わず、とても静かな一日でした。
"""
    )
    assert kept(*lines) == text
