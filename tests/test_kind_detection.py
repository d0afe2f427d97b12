"""Kind detection from what the cleaner removed (``structure.detection``): a thread is told by
the furniture it prints with every post, a recording's transcript by its time offsets. Both are
shapes, not words, so they hold in any language; the pages here are constructed for the test."""

from __future__ import annotations

import pytest

from persona_archive import paths
from persona_archive.cleaning import decoding, pipeline
from persona_archive.cleaning.catalog import Entry
from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, detect_kind
from persona_archive.cleaning.structure.detection import thread_segments


def _kind(text: str) -> str:
    settings = pipeline.load_settings(paths.TAXONOMY, paths.PROFILES)
    return pipeline.process("page.txt", decoding.decode(text.encode()), "", Entry(), settings).kind


POLISH_FORUM = """Forum ogrodnicze
Czy asystent może mieć własny charakter?
12.03.2026, 14:05
Od kilku tygodni pytam asystenta o przycinanie jabłoni i zawsze odpowiada spokojnie.
Czy to jest zaprogramowane, czy tylko tak mi się wydaje?
12.03.2026, 15:40
Moim zdaniem firmy opisują taki charakter w dokumentach dla modelu.
12.03.2026, 18:22
Mój też żartuje, ale przy opryskach robi się bardzo ostrożny.
13.03.2026, 08:10
Przy chemii lepiej być ostrożnym niż zabawnym.
"""

GERMAN_ARTICLE_WITH_COMMENTS = """Stadtbote
Wie die Bibliothek ihrem Chatbot einen Charakter gab
Die Stadtbibliothek hat im Januar einen Chatbot eingeführt, der Fragen zu Öffnungszeiten, \
Ausleihe und Veranstaltungen beantwortet. Er sollte freundlich, aber nicht aufdringlich klingen.
In einem internen Dokument steht, wie der Chatbot sprechen soll: kurz, geduldig und ehrlich, \
wenn er etwas nicht weiß. Wer nach einem fehlenden Buch fragt, bekommt einen Hinweis auf die \
Fernleihe statt einer erfundenen Antwort.
Nach drei Monaten ziehen die Verantwortlichen eine positive Bilanz: ältere Leserinnen und Leser \
schätzen, dass er nicht drängelt und Fragen gern zweimal erklärt.
14.03.2026, 09:12
Sehr sympathisch, ich habe ihn gestern ausprobiert.
14.03.2026, 11:30
Endlich jemand, der zugibt, wenn er etwas nicht weiß.
15.03.2026, 16:45
Empfehlungen fände ich auch gut.
"""

SPANISH_VIDEO_TRANSCRIPT = """0:00
hola a todos y bienvenidos a un nuevo vídeo del canal
0:04
hoy vamos a hablar de por qué los asistentes tienen personalidad
0:11
cuando una empresa entrena un modelo le describe cómo debe hablar
1:02
gracias por ver el vídeo y nos vemos en el próximo
"""

CHANNEL_WITH_TIMES_OF_DAY = """09:14
Dzisiaj parzę kawę z Etiopii, bardzo owocowa, z nutą jagód.
12:40
Asystent poradził mi niższą temperaturę wody i miał rację.
18:02
Wieczorem już tylko herbata z miodem.
"""


def test_a_thread_is_told_by_the_date_each_post_carries():
    assert _kind(POLISH_FORUM) == "forum-thread"


def test_an_article_with_comments_under_it_is_not_a_thread():
    """The same date lines close short comments under one long text: not a thread."""
    assert _kind(GERMAN_ARTICLE_WITH_COMMENTS) != "forum-thread"


def test_time_offsets_into_a_recording_make_a_transcript():
    assert _kind(SPANISH_VIDEO_TRANSCRIPT) == "podcast-transcript"


def test_times_of_day_are_not_offsets_into_a_recording():
    assert _kind(CHANNEL_WITH_TIMES_OF_DAY) != "podcast-transcript"


@pytest.mark.parametrize(
    ("removed", "segments"),
    [
        ((), [38]),  # no furniture: one text
        (((2, "interface:voting"), (4, "interface:timestamp")), [13, 12, 13]),
        (((2, "interface:navigation"), (4, "interface:legal")), [38]),  # page chrome, not a post's
        (((0, "interface:timestamp"), (6, "interface:voting")), [38]),  # above and below the text
        (((2, "interface:voting"), (2, "interface:counter")), [13, 25]),  # one row, two rules
    ],
)
def test_thread_segments_split_only_at_post_furniture_between_texts(removed, segments):
    lines = split_lines("Fyrsta innlegg.\n\nAnnað innlegg.\n\nÞriðja innlegg.\n")
    assert [ln.no for ln in lines] == [1, 3, 5]
    assert thread_segments(lines, Hints(removed_rules=removed)) == segments


def test_scripts_without_spaces_weigh_by_letters():
    """A Japanese post is one 'word' to a space-splitter; its characters weigh as it reads."""
    lines = split_lines(
        "最初の投稿です。長い説明をここに書きました。\n\n短い返信。\n\n別の返信です。\n"
    )
    rows = ((2, "interface:post-actions"), (4, "interface:post-actions"))
    assert thread_segments(lines, Hints(removed_rules=rows)) == [60, 12, 18]
    assert detect_kind(lines, Hints(removed_rules=rows)) != "forum-thread"  # one text dominates
    even = split_lines("最初の投稿です。\n\n二つ目の返信です。\n\n三つ目の返信です。\n")
    assert detect_kind(even, Hints(removed_rules=rows)) == "forum-thread"


def test_the_catalog_kind_still_wins_over_thread_evidence():
    lines = split_lines("One.\n\nTwo.\n\nThree.\n")
    rows = ((2, "interface:timestamp"), (4, "interface:timestamp"))
    assert detect_kind(lines, Hints(kind="article", removed_rules=rows)) == "article"


# ---------------------------------------------------------------- prose: blog post or article

GERMAN_BLOG = """Ich habe in den letzten Wochen viel mit meinem Sprachmodell gesprochen, meistens \
abends, wenn die Kinder schlafen und ich endlich Zeit habe, meine Gedanken zu sortieren.
Mir ist dabei aufgefallen, dass ich ihm Dinge erzähle, die ich sonst niemandem sage, und dass \
mich seine ruhigen Antworten manchmal mehr trösten, als ich zugeben möchte.
Ob das gut ist, weiß ich noch nicht; ich schreibe es hier auf, damit ich in einem Jahr \
nachlesen kann, wie ich heute darüber gedacht habe.
"""

GERMAN_NEWS = """Die Stadtverwaltung hat am Dienstag einen Chatbot vorgestellt, der Fragen zu \
Gebühren, Anträgen und Öffnungszeiten beantworten soll und rund um die Uhr erreichbar ist.
Nach Angaben der Verwaltung wurde der Assistent so eingestellt, dass er freundlich bleibt, \
Unsicherheit offen zugibt und bei rechtlichen Fragen an die zuständigen Ämter verweist.
Der Gemeinderat will nach sechs Monaten prüfen, wie oft der Dienst genutzt wurde und ob die \
Wartezeiten am Telefon dadurch tatsächlich kürzer geworden sind.
"""

JAPANESE_BLOG = (
    "私はこの一年、AIのキャラクター設定をいろいろ試してきました。最初は口調ばかり細かく決めて"
    "いましたが、本当に効いたのは知らないことは知らないと言うという一文でした。\n"
    "私が一番驚いたのは、長く話していると普通のアシスタントの話し方に戻ってしまうことです。"
    "そこで毎回最初に短い約束を読み直してもらうようにしたら、だいぶ安定しました。\n"
    "次は、私が書いた設定を友人のモデルでも試して、同じように効くかどうか確かめてみる"
    "つもりです。結果はまたここに書きます。\n"
)

CHINESE_NEWS_SAYING_WE = (
    "研究团队表示，我们希望了解用户如何看待性格不同的聊天机器人。参与者分别与三个版本的助手交谈，"
    "一个非常热情，一个冷淡，一个平静而一致，并在每次对话后填写问卷。\n"
    "结果显示，平静而一致的版本获得了最多的信任，尽管它拒绝请求的次数最多。"
    "研究人员认为，用户更看重可以预期的回答，而不是热情的语气。\n"
    "我们计划下一步在更长的对话中重复这项研究，并公开全部数据，供其他团队检验和比较。\n"
)


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        (GERMAN_BLOG, "blog-post"),
        (GERMAN_NEWS, "article"),
        (JAPANESE_BLOG, "blog-post"),
        (CHINESE_NEWS_SAYING_WE, "article"),  # 我们 is "we": a team reporting, not "I"
    ],
)
def test_prose_that_says_i_in_its_language_is_a_blog_post(page, kind):
    assert detect_kind(split_lines(page)) == kind


def test_a_short_note_is_not_prose():
    assert detect_kind(split_lines("Ein kurzer Hinweis.\nNoch einer.\n")) == "other"


def test_the_first_person_list_is_checked_against_its_schema(tmp_path):
    from persona_archive.cleaning import config
    from persona_archive.errors import ConfigError

    bad = tmp_path / "first_person.yml"
    bad.write_text("version: 1\nlanguages:\n  de: {wörter: [ich]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"first_person\.yml"):
        config.load_yaml(bad, "first_person")
