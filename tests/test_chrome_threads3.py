"""Chrome left on threads (issue 18, third round): the furniture a forum prints beside each
post's author (profile fields, ranks, labels over their values), the
edit note and the placeholder of a deleted post, a thread's tools and who is reading it, a
community's sidebar, a Mastodon server's footer, a Telegram channel's preview and a Q&A
site's badges, in many languages. Each rule removes its chrome and keeps a look-alike line a
writer could have written. The pages are built here; every sentence is written for the tests."""

from __future__ import annotations

import pytest

from conftest import kept
from persona_archive.cleaning.boilerplate import is_bare_count, strip_boilerplate
from persona_archive.cleaning.model import split_lines


def rules(*texts: str) -> dict[str, str]:
    lines = split_lines("".join(t + "\n" for t in texts))
    return {c.before: c.rule for c in strip_boilerplate(lines).changes}


# --------------------------------------------------------------------------- profile fields

# (a post's time line the list knows, the author's profile as the forum prints it, a reply)
PROFILES = {
    "fi": (
        "Kirjoitettu 4.12.2026 klo 18.40",
        ["Konkari", "Viestit: 2 914", "Liittynyt: Maalis 2012", "Paikkakunta: Kuopio"],
        "Kerro avustajalle keittiön lämpötila, niin kohotusaika lyhenee.",
    ),
    "ms": (
        "3 Dis 2026, 10:05 PG",
        ["Ahli Senior", "Kiriman: 2,431", "Lokasi: Johor Bahru", "Sertai: Jan 2014"],
        "Personaliti pembantu itu memang ditetapkan oleh kedai.",
    ),
    "sr": (
        "04.12.2026, 19:05",
        ["Iskusni član", "Poruka: 1.902", "Pridružen: Jan 2012", "Reputacija: 140"],
        "Najverovatnije je naučio iz starih pčelarskih priručnika.",
    ),
    "he": (
        "03-12-2026, 21:02",
        ["חבר ותיק", "תאריך הצטרפות: 07/2011", "מיקום: באר שבע", "הודעות: 4,118"],
        "זה הסגנון שהחנות בחרה לו, ואפשר לבקש תשובות קצרות.",
    ),
    "uk": (
        "Опубліковано: 2 грудня",
        ["Досвідчений учасник", "Дописів: 1 846", "Зареєстровано: 02.11.2019"],
        "Довгий діалог поступово зсуває тон, бо модель підлаштовується під вас.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PROFILES))
def test_a_posts_profile_fields_and_rank_go_and_its_text_stays(lang):
    when, profile, text = PROFILES[lang]
    out = kept("the_author", *profile, when, text)
    assert out == ["the_author", text]


@pytest.mark.parametrize("lang", sorted(PROFILES))
def test_the_same_fields_in_a_post_without_furniture_around_them_stay(lang):
    """A writer's two "label: value" lines of their own (or a word that is a rank), among
    sentences, with no chrome beside them: all of it stays (three or more such lines in a row
    vouch for each other as furniture, ``context._candidate_stacks``)."""
    _, profile, text = PROFILES[lang]
    page = [text, *profile[1:3], text]
    assert kept(*page) == page
    assert kept(text, profile[0], text) == [text, profile[0], text]


def test_a_spaced_thousands_count_is_a_profile_figure():
    assert rules("Medlem", "Reg: Jan 2014", "Inlägg: 3 208") == {
        "Medlem": "interface:post-meta",
        "Reg: Jan 2014": "interface:post-meta",
        "Inlägg: 3 208": "interface:post-meta",
    }


# --------------------------------------------------------------------------- labels over values

XENFORO_POSTS = [
    ("pedal_lento", "Membro", "42", "15", "Braga", "Só queria o nome de um produto."),
    ("Raio_Partido", "Membro Sênior", "3.208", "1.874", "Porto", "A loja escolheu aquele tom."),
    ("pedal_lento", "Membro", "42", "15", "Braga", "Resultou!"),
]


def _xenforo(labels: tuple[str, str, str], posts=XENFORO_POSTS, when="5 Dez 2026") -> list[str]:
    lines: list[str] = []
    for n, (name, rank, count, score, town, text) in enumerate(posts, 1):
        lines += [name, rank, labels[0], count, labels[1], score, labels[2], town, when, f"#{n}"]
        lines += [text, "Responder", "Reagir", "Denunciar"]
    return lines


@pytest.mark.parametrize(
    "labels",
    [
        ("Mensagens", "Pontuação de reação", "Localização"),
        ("Viestit", "Reaktiopisteet", "Sijainti"),
        ("Poruke", "Reakcije", "Lokacija"),
    ],
)
def test_a_profile_of_labels_over_values_beside_each_post_goes(labels):
    out = kept(*_xenforo(labels))
    for label in labels:
        assert label not in out
    assert not {"42", "15", "3.208", "1.874", "Braga", "Porto"} & set(out)
    assert [line for line in out if line.endswith((".", "!"))] == [p[-1] for p in XENFORO_POSTS]


def test_a_list_of_labels_over_values_quoted_word_for_word_stays():
    """A post's own list in that shape, quoted by the next post word for word, between
    sentences: the same values twice are one writer's list, not two authors' profiles."""
    recipe = ["Farinha", "500", "Água", "350", "Sal", "10"]
    page = [
        "A minha receita de sempre, para quem pediu:",
        *recipe,
        "O assistente sugeriu mais água, mas não concordo.",
        "Citando a receita de cima:",
        *recipe,
        "Vou experimentar no sábado.",
    ]
    assert kept(*page) == page


def test_two_lists_of_labels_over_values_with_no_chrome_beside_them_stay():
    page = [
        "As definições que usei no primeiro teste:",
        "Temperatura",
        "0,2",
        "Top-p",
        "0,9",
        "E no segundo teste mudei as duas:",
        "Temperatura",
        "0,8",
        "Top-p",
        "0,5",
        "O carácter do assistente mudou bastante entre os dois.",
    ]
    assert kept(*page) == page


# --------------------------------------------------------------------------- edits and deletions


@pytest.mark.parametrize(
    "note",
    [
        "Відредаговано 2 грудня користувачем Старий_Пасічник",
        "(Ova poruka je poslednji put izmenjena: 04.12.2026, 19:07 od stari_vrcaljka.)",
        "Terakhir diedit oleh Pak_Rantai pada 3 Dis 2026",
        "آخر تعديل بواسطة سامر_خ في 5 مارس 2026",
        "Muokattu viimeksi 4.12.2026 klo 19.10",
        "本帖最后由 小林 于 2026-3-5 21:13 编辑",
    ],
)
def test_an_edit_note_under_a_post_goes(note):
    assert rules(note) == {note: "interface:post-meta"}


@pytest.mark.parametrize(
    "line",
    [
        "Відредаговано нашвидкуруч, вибачте за помилки.",
        "Ova poruka je duža nego što sam planirao.",
        "Terakhir saya edit resepi ini semalam, hasilnya lebih baik.",
    ],
)
def test_a_writers_own_words_about_editing_stay(line):
    assert kept(line) == [line]


def test_an_edited_mark_goes_beside_a_posts_time():
    page = ["Tekstiä.", "muokattu", "2 tuntia sitten", "Lisää tekstiä."]
    assert kept(*page) == ["Tekstiä.", "Lisää tekstiä."]
    assert kept("Tekstiä.", "muokattu", "Lisää tekstiä.") == [
        "Tekstiä.",
        "muokattu",
        "Lisää tekstiä.",
    ]


@pytest.mark.parametrize(
    "placeholder",
    [
        "[-] comment removed by author",
        "This comment has been deleted by a moderator.",
        "Комментарий удален. Причина: данное действие было совершено автором комментария.",
        "Коментар видалено автором",
        "삭제된 댓글입니다.",
        "该回复已被删除",
        "Este comentário foi removido pelo autor.",
        "Bu yorum silindi.",
        "تم حذف هذا التعليق",
    ],
)
def test_a_deleted_posts_placeholder_goes(placeholder):
    assert rules(placeholder) == {placeholder: "interface:post-meta"}


def test_a_sentence_about_a_deleted_comment_stays():
    line = "My comment was removed by the moderator because it had a link in it."
    assert kept(line) == [line]
    line = "Комментарий удалён? Я его ещё утром видела."
    assert kept(line) == [line]


# --------------------------------------------------------------------------- thread tools


@pytest.mark.parametrize(
    "tool",
    [
        "Pretplati se na ovu temu",
        "Prikaz za štampu",
        "חיפוש באשכול",
        "דיווח על הודעה",
        "Hae tästä ketjusta…",
        "Vastaa viestiin",
        "Lapor kiriman",
        "Konuya abone ol",
        "Подписаться на тему",
    ],
)
def test_a_threads_tools_go(tool):
    assert rules(tool) != {}


@pytest.mark.parametrize(
    "viewing",
    [
        "Käyttäjiä lukemassa tätä aluetta: Ei rekisteröityneitä käyttäjiä ja 2 vierasta",
        "Pengguna yang sedang melihat topik ini: 1 ahli dan 4 tetamu",
        "Korisnici koji pregledaju ovu temu: 1 gost(a)",
        "משתמשים הגולשים כרגע באשכול: 1 (0 חברים ו-1 אורחים)",
        "Зараз на сторінці 0 користувачів",
        "Bu konuyu görüntüleyen kullanıcılar: 2 (0 üye ve 2 misafir)",
    ],
)
def test_who_is_reading_the_thread_goes(viewing):
    assert rules(viewing) == {viewing: "interface:navigation"}


def test_a_sentence_about_readers_of_a_thread_stays():
    line = "Korisnici koji pregledaju ovu temu često pitaju isto, pa evo odgovora."
    # a sentence that starts like the line is still a whole sentence after its colon-less start
    assert kept("Uvod u temu.", line) == ["Uvod u temu.", line]


# --------------------------------------------------------------------------- sidebars and footers


def test_a_communitys_sidebar_labels_go_beside_its_other_chrome():
    page = [
        "Resposta curta e certa.",
        "Subscrever",
        "12K",
        "Subscritores",
        "1,4K",
        "Publicações",
        "Moderadores",
        "Registo de moderação",
        "Lemmy 0.19.5",
    ]
    assert kept(*page) == ["Resposta curta e certa."]


def test_a_sidebar_word_in_a_post_stays():
    page = ["Quantos membros tem o grupo?", "Membros", "Perto de mil, acho eu."]
    assert kept(*page) == page


def test_a_mastodon_servers_footer_goes():
    page = [
        "Eso pensamos. Un carácter definido ayuda.",
        "mastodon.ejemplo.es es uno de los muchos servidores independientes de Mastodon que"
        " puedes usar para participar en el fediverso.",
        "Acerca de",
        "Estado",
        "Perfiles",
        "Política de privacidad",
        "Obtener la aplicación",
        "Atajos de teclado",
    ]
    assert kept(*page) == [page[0]]


def test_a_mastodon_posts_buttons_go_one_a_line():
    page = ["Me encanta que sea gruñona.", "2", "5", "Impulsar", "Favorito", "Marcador"]
    assert kept(*page) == [page[0]]
    assert kept("¿Cuál es tu libro favorito?", "Favorito", "El de las abejas.") == [
        "¿Cuál es tu libro favorito?",
        "Favorito",
        "El de las abejas.",
    ]


def test_a_telegram_channels_preview_buttons_go():
    page = [
        "خمیر امروز ۱۸ ساعت استراحت کرد.",
        "ویرایش شده",
        "۱۶:۰۵",
        "مشاهده در تلگرام",
        "پیوستن به کانال",
        "اگر تلگرام دارید، می‌توانید همین حالا این کانال را ببینید.",
    ]
    assert kept(*page) == [page[0]]


# --------------------------------------------------------------------------- counts and labels


@pytest.mark.parametrize(
    "line",
    ["Підписники 3", "Seuraajat 214", "12 شارة ذهبية", "طُرح منذ 3 أيام"],
)
def test_a_threads_counts_and_a_questions_age_go_beside_chrome(line):
    out = kept("3 hari yang lalu", line, "Uma frase do texto.")
    assert out == ["Uma frase do texto."]


def test_a_related_questions_list_goes_under_its_heading():
    page = [
        "جرّب أن تكتب في أول الرسالة: أجب بأسلوب تقني مختصر.",
        "أسئلة ذات صلة",
        "هل يمكن للمساعد أن يحتفظ بنفس الشخصية في كل المحادثات؟",
        "كيف أجعل المساعد أقل رسمية؟",
    ]
    assert kept(*page) == [page[0]]


def test_a_list_of_questions_under_the_heading_that_runs_into_prose_stays():
    page = [
        "أسئلة ذات صلة",
        "هل يمكن للمساعد أن يحتفظ بنفس الشخصية؟",
        "هذا سؤال طرحته على نفسي طويلاً، وجوابي أن ذلك يعتمد على طريقة تدريبه وعلى ما نطلبه منه.",
    ]
    assert kept(*page)[-2:] == page[-2:]


def test_the_invitation_to_join_the_discussion_goes():
    page = [
        "Дякую!",
        "Приєднуйтесь до обговорення",
        "Ви можете написати зараз і зареєструватися пізніше.",
    ]
    assert kept(*page) == ["Дякую!"]


def test_the_mark_of_the_one_who_started_the_thread_goes_beside_a_time():
    assert kept("masamadre_ana", "OP", "• hace 6 h", "Pues se pasaron de cercano.") == [
        "masamadre_ana",
        "Pues se pasaron de cercano.",
    ]
    assert kept("Who is OP?", "OP", "The one who asked.") == [
        "Who is OP?",
        "OP",
        "The one who asked.",
    ]


# --------------------------------------------------------------------------- a list of numbers


def test_a_list_of_numbers_a_writer_wrote_is_no_count():
    assert not is_bare_count("3, 7, 14")
    assert is_bare_count("1,234") and is_bare_count("14/02/2024, 09:12")


def test_a_list_of_numbers_ending_a_post_stays_above_its_edit_note():
    page = [
        "Я веду облік у зошиті: 3 дні, 7 днів, 14 днів.",
        "3, 7, 14",
        "Відредаговано 2 грудня користувачем Старий_Пасічник",
    ]
    assert kept(*page) == page[:2]


# --------------------------------------------------------------------------- chat exports

RULE = "=" * 62


def test_a_chat_exports_rules_header_fields_and_attachment_addresses_go():
    """The messages' headers stay (the structure stage reads them)."""
    page = [
        RULE,
        "Guild: Horta Comunitária",
        "Channel: Geral / bem-estar",
        "Topic: como tratamos os assistentes da horta",
        RULE,
        "[02-Mar-26 08:14 PM] lucia.r",
        "O assistente da horta agradece sempre que lhe digo bom dia.",
        "[02-Mar-26 08:21 PM] tomasg",
        "O meu também, e fica mais simpático durante a tarde.",
        "{Attachments}",
        "https://cdn.chat.example/attachments/1/2/horta.png",
        RULE,
        "Exported 2 message(s)",
        RULE,
    ]
    out = kept(*page)
    assert out == [
        "Channel: Geral / bem-estar",
        "[02-Mar-26 08:14 PM] lucia.r",
        "O assistente da horta agradece sempre que lhe digo bom dia.",
        "[02-Mar-26 08:21 PM] tomasg",
        "O meu também, e fica mais simpático durante a tarde.",
    ]


def test_log_lines_and_headers_without_an_export_rule_stay():
    log = [
        "O registo da noite passada:",
        "[2026-03-04 19:02] started",
        "[2026-03-04 19:40] finished",
        "Correu tudo bem.",
    ]
    assert kept(*log) == log
    chat = ["[3/4/2026 11:02 PM] lin: the bees are calm", "[3/4/2026 11:09 PM] rui: good"]
    assert kept(RULE, *chat) == [RULE, *chat]


# --------------------------------------------------------------------------- code hosts


def test_an_issue_trackers_sidebar_fields_and_values_go():
    page = [
        "A workaround for now: repeat the card's first line every few turns.",
        "Assignees",
        "odin-park",
        "Labels",
        "bug",
        "Projects",
        "None yet",
        "Milestone",
        "No milestone",
        "mirela-k commented Dec 5, 2026",
        "Thanks, that works for now.",
    ]
    assert kept(*page) == [page[0], page[-2], page[-1]]


def test_a_labels_heading_over_a_list_in_a_text_stays():
    page = [
        "We sort the garden notes by a few labels.",
        "Labels",
        "seedlings",
        "compost",
        "Each note gets one label at most.",
    ]
    assert kept(*page) == page


def test_a_commenters_role_badge_goes_beside_the_comment_header():
    page = [
        "odin-park commented Dec 4, 2026",
        "Member",
        "I can reproduce this on 0.14.2.",
        "Author",
        "mirela-k commented on Dec 5, 2026",
        "Thanks for checking.",
    ]
    out = kept(*page)
    assert "Member" not in out and "Author" not in out
    assert "I can reproduce this on 0.14.2." in out and "Thanks for checking." in out


def test_a_role_word_away_from_a_comment_header_stays():
    page = ["Who can merge here?", "Owner", "Only the owner, and only on Fridays."]
    assert kept(*page) == page


def test_an_issues_opened_line_and_notification_line_go():
    for line in (
        "mirela-k opened this issue Dec 4, 2026 · 3 comments",
        "You're not receiving notifications from this thread.",
    ):
        assert rules(line) == {line: "interface:hosting-banner"}
    line = "mirela-k opened this issue because the tone card kept disappearing."
    assert kept(line) == [line]


# --------------------------------------------------------------------------- link aggregators


def test_a_storys_score_tags_and_domain_above_its_byline_go():
    page = [
        "A hive scale that tells you when the bees are bored",
        "18",
        "hardware ai",
        "hivelog.example",
        "via quernstone 5 hours ago | 9 comments",
        "I put a cheap load cell under one hive.",
    ]
    assert kept(*page) == [page[0], page[4], page[5]]


def test_a_lowercase_title_above_a_byline_stays():
    page = [
        "bees, scales and bored models",
        "hivelog.example",
        "via quernstone 5 hours ago | 9 comments",
        "I put a cheap load cell under one hive.",
    ]
    assert kept(*page)[0] == page[0]


# --------------------------------------------------------------------------- boards in ja and zh


@pytest.mark.parametrize(
    "line",
    [
        "このスレッドは過去ログ倉庫に格納されています",
        "4 あぼーん",
        "ぜろちゃんねるプラス Ver.0.7.4 2024/01/01",
        "↑今すぐ読める無料コミック大量配信中!↑",
        "ニュース速報(VIP)板に戻る 全部 前100 次100 最新50",
        "4回复贴，共1页",
    ],
)
def test_a_boards_notices_and_footer_go(line):
    assert rules(line) != {}


def test_a_post_about_a_hidden_post_stays():
    line = "4 あぼーんされてるけど、何を書いたんだろう。"
    assert kept(line) == [line]


# ------------------------------------------------------------------ Weibo and Bluesky posts


def test_a_weibo_posts_links_and_sort_go():
    page = ["有人嫌它啰嗦。", "收起全文", "转发 38", "评论 126", "赞 904", "按热度", "按时间"]
    assert kept(*page) == [page[0]]


def test_a_bluesky_posts_counts_and_buttons_go():
    page = [
        "A primeira pergunta foi se as abelhas dormem.",
        "3 de dezembro de 2026 às 09:14",
        "Todos podem responder",
        "12 republicações",
        "4 citações",
        "87 curtidas",
        "Republicar",
        "Curtir",
        "Traduzir",
        "Gosto muito que seja rabugenta.",
    ]
    assert kept(*page) == [page[0], page[-1]]


def test_a_post_about_reposts_and_translation_stays():
    page = ["Quantas citações teve o teu texto?", "4 citações e nenhuma resposta.", "Traduzir"]
    assert kept(*page)[:2] == page[:2]


# --------------------------------------------------------------------------- profiles seen before


def test_a_profile_like_one_removed_beside_another_post_goes_with_its_rank():
    page = [
        "kettenblatt_ole",
        "Fortgeschrittener",
        "Beiträge: 214",
        "Seit dem Update kommentiert mein Fahrradcomputer jede Steigung.",
        "Zitieren",
        "speichenspanner",
        "Profi",
        "Beiträge: 1.532",
        "In den Einstellungen gibt es einen Punkt für den Stil.",
        "Zitieren",
        "kettenblatt_ole",
        "Fortgeschrittener",
        "Beiträge: 214",
        "Gefunden, danke!",
        "Zitieren",
    ]
    out = kept(*page)
    assert "Profi" not in out and "Beiträge: 1.532" not in out
    assert "speichenspanner" in out
    assert "In den Einstellungen gibt es einen Punkt für den Stil." in out


def test_a_key_value_line_in_a_post_with_other_labels_stays():
    page = [
        "kettenblatt_ole",
        "Fortgeschrittener",
        "Beiträge: 214",
        "Meine Einstellungen, falls es hilft:",
        "Zitieren",
        "speichenspanner",
        "Temperatur: 0,2",
        "Damit klingt er ruhiger.",
        "Zitieren",
        "kettenblatt_ole",
        "Fortgeschrittener",
        "Beiträge: 214",
        "Danke!",
        "Zitieren",
    ]
    assert "Temperatur: 0,2" in kept(*page)


# --------------------------------------------------------------------------- more boards and chats


@pytest.mark.parametrize(
    "line",
    [
        "חיפוש בנושא זה…",
        "תגובה להודעה",
        "Ki van itt? 3 tag és 41 vendég",
        "Required, but never shown",
        "Also sent to the channel",
        "Channel details · 14 members",
        "Message #persona-evals",
        "This is the start of the room.",
        "Exported by @lin:example.org on 12 May 2025, 20:14",
    ],
)
def test_a_boards_tools_and_a_chats_furniture_go(line):
    assert rules(line) != {}


@pytest.mark.parametrize(
    "line",
    [
        "Message #persona-evals if you want the rubric, we keep it pinned there.",
        "This is the start of the room's second year, and the bees are doing well.",
        "Ki van itt? Szeretnék kérdezni valamit a méhekről.",
    ],
)
def test_sentences_that_start_like_a_chats_furniture_stay(line):
    assert kept(line) == [line]


# --------------------------------------------------------------------------- figures over labels


def test_a_sidebars_figures_over_their_labels_go():
    page = [
        "Pues se pasaron de cercano.",
        "r/PanCasero",
        "Todo sobre hacer pan en casa: masas madre, harinas y hornos.",
        "214 mil",
        "Miembros",
        "312",
        "En línea",
        "Reglas de r/PanCasero",
    ]
    out = kept(*page)
    assert not {"214 mil", "Miembros", "312", "En línea"} & set(out)
    assert page[2] in out


def test_numbers_over_words_a_writer_set_out_stay():
    page = ["O que comprei para a colmeia:", "3", "quadros", "2", "alimentadores", "Tudo usado."]
    assert kept(*page) == page


# --------------------------------------------------------------------------- an author box, once


def test_an_author_box_behind_a_removed_line_goes_in_one_pass():
    """The box's heading, a share line removed under it, and its bio at the end of the page:
    one pass removes what a second pass over the output would (idempotence)."""
    page = ["Bees sleep more than we do.", "OVER DE AUTEUR", "Share this:", "Reply"]
    once = strip_boilerplate(split_lines("".join(t + "\n" for t in page)))
    assert [line.text for line in once.lines] == [page[0]]
    twice = strip_boilerplate(once.lines)
    assert not twice.changes


def test_an_about_the_author_heading_with_the_text_going_on_stays():
    page = [
        "About the author",
        "Share this:",
        "I keep bees on a roof in the city.",
        "This year the colony grew calmer after we moved the hive.",
        "Next spring we will try a second hive on the other roof.",
    ]
    out = kept(*page)
    assert out[0] == "About the author" and out[1:] == page[2:]


# --------------------------------------------------------------------------- votes under a byline


@pytest.mark.parametrize(
    "byline",
    [
        "submitted 5 hours ago by larder_owl@lemmy.example.world to technology@lemmy.example.world",
        "publicado há 6 horas por miolo_mole@lemmy.exemplo.pt em tecnologia@lemmy.exemplo.pt",
        "ingestuurd 2 dagen geleden door fietsmaarten",
    ],
)
def test_a_posts_votes_under_its_byline_go(byline):
    text = "I asked it how long the seed cake needs in a fan oven."
    assert kept(byline, "214", "9", text) == [byline, text]


def test_numbers_under_a_line_that_is_no_byline_and_three_numbers_stay():
    page = ["I counted the bees by the hive this morning:", "214", "Quite a lot."]
    assert kept(*page) == page
    byline = "submitted 5 hours ago by larder_owl"
    page = [byline, "3", "7", "14", "Those are the days between my checks."]
    assert kept(*page) == page


# ------------------------------------------------------- a thread's starter, likes, neighbours


@pytest.mark.parametrize(
    "line",
    [
        "« Prethodna tema | Sledeća tema »",
        "« Предыдущая тема | Следующая тема »",
        "Tópico iniciado por pedal_lento",
        "Автор темы: чайник_42",
        "Curtir: pedal_lento e Tânia_M",
        "Tykkäykset: Aino ja Eero",
    ],
)
def test_a_threads_starter_likes_and_neighbours_go(line):
    assert rules(line) != {}


@pytest.mark.parametrize(
    "line",
    [
        "Tema iniciado por el usuario que pregunta mucho.",
        "Reactions: mixed, and some were angry.",
        "Me gusta: el pan de centeno y la miel",
        "Likes: long walks and warm bread",
    ],
)
def test_sentences_like_a_threads_starter_or_likes_stay(line):
    assert kept(line) == [line]
