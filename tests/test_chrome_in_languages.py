"""Chrome the interface list knew in English only, in the major languages: a Q&A site's
furniture, 'show more replies', forum software's quote and post headers, a post's links to the
posts around it, relative times and dates without a year, 'edit this page', download links
with the file's size. For each class, the lines an author writes that look like it stay.
Every line here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of

CHROME = [
    # a Q&A site's answer box, buttons, dates, views, sort order and related questions
    ("Tu respuesta", "interface:comments"),
    ("Publique sua resposta", "interface:comments"),
    ("Ваш ответ", "interface:comments"),
    ("Twoja odpowiedź", "interface:comments"),
    ("回答を投稿する", "interface:comments"),
    ("Mejorar esta pregunta", "interface:post-actions"),
    ("Melhore esta resposta", "interface:post-actions"),
    ("Улучшить ответ", "interface:post-actions"),
    ("Améliorer cette question", "interface:post-actions"),
    ("Formulada hace 5 días", "interface:timestamp"),
    ("Modificada há 2 dias", "interface:timestamp"),
    ("Задан 3 дня назад", "interface:timestamp"),
    ("Gefragt vor 4 Tagen", "interface:timestamp"),
    ("Modifiée il y a 2 jours", "interface:timestamp"),
    ("Chiesta 3 giorni fa", "interface:timestamp"),
    ("Vista 1k veces", "interface:counter"),
    ("Vista 2.431 vezes", "interface:counter"),
    ("Просмотрен 980 раз", "interface:counter"),
    ("Vue 412 fois", "interface:counter"),
    ("118 keer bekeken", "interface:counter"),
    ("214 görüntüleme", "interface:counter"),
    ("57 visualizaciones", "interface:counter"),
    ("Dilihat 300 kali", "interface:post-meta"),
    ("Ordenadas por:", "interface:navigation"),
    ("Sortieren nach: Datum", "interface:navigation"),
    ("Sorteren: Top", "interface:navigation"),
    ("Trier par : Pertinence", "interface:navigation"),
    ("Сортировка: новые", "interface:navigation"),
    ("Preguntas relacionadas", "interface:related"),
    ("Похожие вопросы", "interface:related"),
    ("関連する質問", "interface:related"),
    ("İlgili sorular", "interface:related"),
    # more replies
    ("Laat meer reacties zien", "interface:navigation"),
    ("Weitere Antworten anzeigen", "interface:navigation"),
    ("Voir plus de réponses", "interface:navigation"),
    ("Показать ещё ответы", "interface:navigation"),
    ("他の返信を表示", "interface:navigation"),
    ("查看更多回复", "interface:navigation"),
    ("Xem thêm phản hồi", "interface:navigation"),
    ("عرض المزيد من الردود", "interface:navigation"),
    # forum software
    ("Clicca per espandere...", "interface:navigation"),
    ("Zum Vergrößern anklicken....", "interface:navigation"),
    ("Нажмите для раскрытия...", "interface:navigation"),
    ("クリックして展開...", "interface:navigation"),
    ("Discussione iniziata da Graziella_k", "interface:post-meta"),
    ("Autor wątku: marek_z_lasu", "interface:post-meta"),
    ("Автор темы Pchelovod", "interface:post-meta"),
    ("Příspěvek od Jana z Brna » pát 6. bře 2026 9:14", "interface:post-meta"),
    ("Beitrag von Ulla » Mo 2. Mär 2026, 18:40", "interface:post-meta"),
    ("Message par velo_lyon » lun. 2 mars 2026 18:40", "interface:post-meta"),
    ("Hlavní stránka ‹ Kola ‹ Servis", "interface:navigation"),
    ("Índice do fórum ‹ Culinária ‹ Pães", "interface:navigation"),
    ("Trang chủ › Diễn đàn › Xe đạp", "interface:navigation"),
    # a post's neighbours by title
    ("Bài trước: Cách ủ trà lạnh", "interface:navigation"),
    ("Next article: Ten hives in one summer", "interface:navigation"),
    ("Vorheriger Beitrag: Brot ohne Hefe", "interface:navigation"),
    ("Article suivant : Le vélo sous la pluie", "interface:navigation"),
    ("Предыдущая запись: Пчёлы зимой", "interface:navigation"),
    ("次の記事：自転車の空気圧", "interface:navigation"),
    # times and dates
    ("1 dag geleden", "interface:timestamp"),
    ("3 ώρες πριν", "interface:timestamp"),
    ("قبل 3 أيام", "interface:timestamp"),
    ("12 de mar.", "interface:timestamp"),
    ("4 de marzo", "interface:timestamp"),
    ("12. März", "interface:timestamp"),
    ("12 mars", "interface:timestamp"),
    ("12 Mar", "interface:timestamp"),
    ("9 maggio", "interface:timestamp"),
    ("3 mrt", "interface:timestamp"),
    ("12 Mart", "interface:timestamp"),
    ("12 thg 3", "interface:timestamp"),
    # edit this page
    ("Sunting halaman ini", "interface:hosting-banner"),
    ("Deze pagina bewerken", "interface:hosting-banner"),
    ("Редактировать страницу", "interface:hosting-banner"),
    ("Redigera sidan", "interface:hosting-banner"),
    # download links with the file's size
    ("Download PDF (412 kB)", "interface:post-actions"),
    ("PDF herunterladen (1,2 MB)", "interface:post-actions"),
    ("Télécharger (PDF, 850 Ko)", "interface:post-actions"),
    ("Uppdrag till en myndighet (pdf, 210 kB)", "interface:post-actions"),
    ("Годовой отчёт (pdf, 2 МБ)", "interface:post-actions"),
]


@pytest.mark.parametrize(("line", "rule"), CHROME)
def test_chrome_of_the_class_goes_in_every_language(line, rule):
    assert rule_of(line) == rule


CONTENT = [
    "Tu respuesta me ayudó mucho, gracias.",
    "Ваш ответ был очень полезен.",
    "Mejorar esta pregunta fue fácil: añadí la receta.",
    "Formulada hace años, la pregunta sigue abierta.",
    "Vista desde el puente, la ciudad parece pequeña.",
    "Sortieren nach: erst Größe, dann Farbe.",
    "Ähnliche Fragen stellen sich viele Imker.",
    "Weitere Antworten anzeigen lassen? Lieber nicht.",
    "Click to expand the menu, then choose Save.",
    "Beitrag von Ulla über Bienen im Winter",
    "Autor wątku ma rację, że pszczoły potrzebują wody.",
    "Hlavní stránka webu je jednoduchá.",
    "Next: preheat the oven to 200 degrees.",
    "Bài trước tôi đã viết về trà.",
    "Il y a 3 jours, le vent a tourné.",
    "12 de marzo fue un buen día para el pan.",
    "Am 12. März haben wir den Garten umgegraben.",
    "1. Jan",
    "3 set",
    "Seite bearbeiten ist einfach, sagt sie.",
    "The report (210 kB) is small enough to email.",
    "Download the app, then open it.",
]


@pytest.mark.parametrize("line", CONTENT)
def test_a_line_of_text_that_looks_like_it_stays(line):
    assert rule_of(line) is None


def test_a_bare_previous_or_next_label_goes_only_next_to_chrome():
    """'Next: <title>' alone may be a step of a text; beside a post's other links it is one."""
    step = "Next: the dough rests overnight"
    assert kept("We mixed flour and water.", step, "It rose by morning.") == [
        "We mixed flour and water.",
        step,
        "It rose by morning.",
    ]
    assert kept(
        "We mixed flour and water.",
        "Previous: Patching a tyre on the road",
        "Next: Ten rainy commutes",
        "© 2026 Bread and Bikes",
    ) == ["We mixed flour and water."]


def test_the_answers_under_the_related_questions_label_stay_when_prose_follows():
    answer = "Ja, das geht. Man braucht nur etwas Geduld und warmes Wasser."
    assert kept("Ähnliche Fragen", answer) == [answer]


MORE_CHROME = [
    # a topic's labels over its dates, next to a date
    ("4 Antworten 11 Likes 320 Aufrufe", "interface:counter"),
    # forum and blog software credited in the footer
    ("Powered by Vanilla", "interface:hosting-banner"),
    ("Propulsé par phpBB", "interface:legal"),
    ("Работает на MediaWiki", "interface:legal"),
    ("Discourse tarafından desteklenmektedir, JavaScript'i açın", "interface:hosting-banner"),
    ("Powered by Vanilla · Privacy · Terms", "interface:hosting-banner"),
    # a journal's comment buttons in brackets and its furniture
    ("(Reply) (Thread)", "interface:post-actions"),
    ("(Reply) (Parent) (Thread) (Link)", "interface:post-actions"),
    ("(Ответить) (Ветвь дискуссии)", "interface:post-actions"),
    ("Top-level Comments", "interface:navigation"),
    ("Page generated Mar. 12th, 2026 11:30 am", "interface:navigation"),
    # a closed thread, a log-in prompt
    ("(trop ancien pour répondre)", "interface:status"),
    ("(zu alt, um zu antworten)", "interface:status"),
    ("Щоб залишити коментар, увійдіть або зареєструйтеся.", "interface:account"),
    ("Чтобы оставить комментарий, войдите или зарегистрируйтесь.", "interface:account"),
    ("Zaloguj się, aby dodać komentarz.", "interface:account"),
    ("Accedi per commentare", "interface:account"),
    ("Yorum yapmak için giriş yapın.", "interface:account"),
    ("コメントするにはログインしてください。", "interface:account"),
    # a newsletter's subscription box
    ("Prenumerera gratis", "interface:newsletter"),
    ("Din e-postadress", "interface:newsletter"),
    ("Kostenlos abonnieren", "interface:newsletter"),
    ("Votre adresse e-mail", "interface:newsletter"),
    ("Suscríbete gratis", "interface:newsletter"),
    # podcasts, other posts, reading time
    ("Listen on", "interface:navigation"),
    ("استمع على", "interface:navigation"),
    ("Folge herunterladen", "interface:navigation"),
    ("تحميل الحلقة", "interface:navigation"),
    ("Compartir episodio", "interface:navigation"),
    ("Similar posts", "interface:related"),
    ("Ähnliche Beiträge", "interface:related"),
    ("Похожие записи", "interface:related"),
    ("نوشته‌های مشابه", "interface:related"),
    ("Benzer konular", "interface:related"),
    ("خواندن ۵ دقیقه", "interface:counter"),
    ("۷ دقیقه مطالعه", "interface:counter"),
    ("작가의 이전글", "interface:navigation"),
]


@pytest.mark.parametrize(("line", "rule"), MORE_CHROME)
def test_more_chrome_of_the_class_goes_in_every_language(line, rule):
    assert rule_of(line) == rule


MORE_CONTENT = [
    "Powered by curiosity and strong tea",
    "Powered by Vanilla, the shop sold ice cream all summer.",
    "Discourse tarafından desteklenmektedir, ama forum kapandı.",
    "Propulsé par le vent, le bateau avançait.",
    "Работает на совесть, как всегда.",
    "(Reply)",
    "(Thread) is the word she used.",
    "Accedi per commentare? No, leggo soltanto.",
    "Yorum yapmak için giriş yapın dedi, ama yapmadım.",
    "Prenumerera gratis är inte alltid gratis i längden.",
    "Listen on a quiet evening, with tea.",
    "Ähnliche Beiträge gab es schon 2019 im Forum.",
    "Similar posts said the same thing about bread.",
    "Du får det här brevet eftersom jag ville berätta något.",
]


@pytest.mark.parametrize("line", MORE_CONTENT)
def test_more_lines_of_text_that_look_like_it_stay(line):
    assert rule_of(line) is None


def test_a_topics_created_and_last_reply_labels_go_with_their_dates_only():
    labels = ["oluşturuldu", "2 Mart", "son yanıt", "4 Mart"]
    assert kept("Bence de öyle, teşekkürler.", *labels) == ["Bence de öyle, teşekkürler."]
    assert kept("Son yanıt geldi mi?", "son yanıt", "Henüz değil, bekliyoruz.") == [
        "Son yanıt geldi mi?",
        "son yanıt",
        "Henüz değil, bekliyoruz.",
    ]


def test_a_newsletters_footer_note_goes_next_to_its_other_chrome_only():
    note = "Du får det här brevet eftersom du prenumererar på Kvällsbladet."
    assert kept("Vi hörs nästa fredag.", "Prenumerera gratis", note) == ["Vi hörs nästa fredag."]
    assert kept("Vi hörs nästa fredag.", note, "Hälsningar, Johanna.") == [
        "Vi hörs nästa fredag.",
        note,
        "Hälsningar, Johanna.",
    ]


PROMPTS = [
    ("Write your reply", "interface:comments"),
    ("Escribe tu respuesta", "interface:comments"),
    ("Napisz odpowiedź", "interface:comments"),
    ("返信を書く", "interface:comments"),
    ("Howdy, Stranger!", "interface:account"),
    ("Become a member to see more posts", "interface:account"),
    ("Werde Mitglied, um weitere Beiträge zu sehen", "interface:account"),
    ("Hazte miembro para ver más publicaciones", "interface:account"),
    (
        "Iniciar sessão para seguir perfis ou hashtags e responder a publicações.",
        "interface:account",
    ),
    (
        "Log in to follow profiles or hashtags, favorite, share and reply to posts.",
        "interface:account",
    ),
    (
        "Al hacer clic en «Publicar tu respuesta», aceptas nuestros términos de servicio.",
        "interface:legal",
    ),
    ("By clicking “Post Your Answer”, you agree to our terms of service.", "interface:legal"),
]


@pytest.mark.parametrize(("line", "rule"), PROMPTS)
def test_reply_boxes_and_prompts_go_in_every_language(line, rule):
    assert rule_of(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Write your reply on paper first, then type it.",
        "Become a member of the beekeepers' club to learn more.",
        "Al hacer clic en el botón, el horno se apaga.",
        "Napisz odpowiedź do jutra, proszę.",
    ],
)
def test_sentences_that_start_like_a_prompt_stay(line):
    assert rule_of(line) is None


SOFTWARE_FOOTERS_AND_LOG_IN = [
    (
        "Mastodon: Over · De app downloaden · Sneltoetsen · Broncode bekijken · v4.2.8",
        "interface:hosting-banner",
    ),
    ("Lemmy v0.19.3 · Datenschutz · Nutzungsbedingungen · Code", "interface:hosting-banner"),
    (
        "generated by cgit v1.2.3 (git 2.39.2) at 2026-01-02 10:00:00 +0000",
        "interface:hosting-banner",
    ),
    ("Log in with Instagram", "interface:account"),
    ("Se connecter avec Google", "interface:account"),
    ("Continuar con Apple", "interface:account"),
    ("Войти через GitHub", "interface:account"),
    ("Instagramでログイン", "interface:account"),
    ("Google ile devam et", "interface:account"),
]


@pytest.mark.parametrize(("line", "rule"), SOFTWARE_FOOTERS_AND_LOG_IN)
def test_software_footers_and_log_in_buttons_go(line, rule):
    assert rule_of(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Mastodon: a network of servers, not one company.",
        "Lemmy is where our bike club talks now.",
        "Sign in with Google to see the shared hive sheet, she wrote.",
        "Googleで調べたら、すぐに分かりました。",
    ],
)
def test_lines_about_the_software_stay(line):
    assert rule_of(line) is None


@pytest.mark.parametrize(
    "rank", ["Nuovo utente", "Utente esperto", "Membro", "Новичок", "Yeni üye"]
)
def test_an_authors_rank_goes_next_to_the_posts_date(rank):
    text = "Secondo me funziona bene."
    assert kept("Graziella_k", rank, "4 Marzo 2026", text) == ["Graziella_k", text]


@pytest.mark.parametrize("rank", ["Nuovo utente", "Membro", "Новичок", "Yeni üye"])
def test_a_ranks_word_among_the_text_stays(rank):
    page = ["Ho una domanda per tutti.", rank, "Chi mi aiuta con il lievito?"]
    assert kept(*page) == page


INVISION_AND_TOPIC_LABELS = [
    ("Recommended Posts", "interface:navigation"),
    ("Empfohlene Beiträge", "interface:navigation"),
    ("Рекомендуемые сообщения", "interface:navigation"),
    ("Reply to this topic...", "interface:navigation"),
    ("Répondre à ce sujet...", "interface:navigation"),
    ("Go to topic listing", "interface:navigation"),
    ("Link to post", "interface:navigation"),
    ("Content on this topic", "interface:related"),
    ("Inhalte zu diesem Thema", "interface:related"),
    ("Материалы по теме", "interface:related"),
]


@pytest.mark.parametrize(("line", "rule"), INVISION_AND_TOPIC_LABELS)
def test_a_topics_furniture_goes_in_every_language(line, rule):
    assert rule_of(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Recommended posts from last year are still worth a read.",
        "Reply to this topic only if you have tried the recipe.",
        "Inhalte zu diesem Thema gibt es viele.",
    ],
)
def test_sentences_with_a_topics_furniture_words_stay(line):
    assert rule_of(line) is None


def test_helpfulness_buttons_go_next_to_their_counts_only():
    text = "Das Brot wurde wunderbar."
    assert kept(text, "Hilfreich", "12 Stimmen") == [text]
    assert kept("War das nützlich?", "Hilfreich", "Ja, sehr.") == [
        "War das nützlich?",
        "Hilfreich",
        "Ja, sehr.",
    ]
