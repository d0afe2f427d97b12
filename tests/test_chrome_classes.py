"""Chrome by class: each class of site furniture is covered in the major languages and in the
forms the software prints, not only in the instance a page showed; and for each class the lines
an author writes that look like it stay (a sentence that starts with the same words, a heading
in quotes, a spec sheet's "Display:"). Every line here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import rule_of
from persona_archive.cleaning.boilerplate import strip_boilerplate
from persona_archive.cleaning.model import split_lines


def page(*texts: str):
    return split_lines("".join(t + "\n" for t in texts))


def kept(*texts: str) -> list[str]:
    return [line.text for line in strip_boilerplate(page(*texts)).lines]


# --------------------------------------------------------------------------- forum navigation

FORUM_NAVIGATION = [
    ("Return to “Bread and baking”", "interface:navigation"),
    ("Zurück zu „Fahrräder“", "interface:navigation"),
    ("Retourner vers « Éclairage »", "interface:navigation"),
    ("Volver a “Jardinería”", "interface:navigation"),
    ("Voltar para “Música”", "interface:navigation"),
    ("Torna a «Cucina»", "interface:navigation"),
    ("Powrót do „Ogród”", "interface:navigation"),
    ("Вернуться в «Велосипеды»", "interface:navigation"),
    ("Повернутися до «Сад і город»", "interface:navigation"),
    ("Zpět na „Kola“", "interface:navigation"),
    ("Terug naar “Fietsen”", "interface:navigation"),
    ("Tillbaka till ”Cyklar”", "interface:navigation"),
    ('חזרה אל "גינון"', "interface:navigation"),
    ("العودة إلى «الطبخ»", "interface:navigation"),
    ("「自転車」に戻る", "interface:navigation"),
    ("Back to topic list", "interface:navigation"),
    ("Вернуться к списку тем", "interface:navigation"),
    ("Konu listesine dön", "interface:navigation"),
    ("Thread Tools", "interface:navigation"),
    ("Thread Tools   Display Modes", "interface:navigation"),
    ("Ämnesverktyg   Visningsalternativ", "interface:navigation"),
    ("Outils du sujet   Affichage", "interface:navigation"),
    ("Herramientas del tema Mostrar", "interface:navigation"),
    ("スレッドツール 表示モード", "interface:navigation"),
    ("Display posts from previous:", "interface:navigation"),
    ("Display: All posts Sort by: Post time Direction: Ascending", "interface:navigation"),
    ("Afficher : Tous les messages Trier par : Date Ordre : Croissant", "interface:navigation"),
    ("Alla tider är GMT +1. Klockan är nu 13:02.", "interface:timestamp"),
    ("Tutti gli orari sono GMT +1. Ora sono le 18:40.", "interface:timestamp"),
    ("All times are UTC+01:00", "interface:timestamp"),
    ("Originally Posted by maple_rider", "interface:post-meta"),
    ("Ursprungligen postat av Snöflinga", "interface:post-meta"),
    ("Originariamente inviato da Gianni B", "interface:post-meta"),
    ("Oorspronkelijk geplaatst door fietsfan", "interface:post-meta"),
    ("Postado originalmente por ana_m", "interface:post-meta"),
]


@pytest.mark.parametrize(("line", "rule"), FORUM_NAVIGATION)
def test_forum_navigation_goes_alone(line, rule):
    assert rule_of(line) == rule


FORUM_NAVIGATION_LOOKALIKES = [
    "Return to “normal” took the whole winter.",
    "Back to basics: a loaf with four ingredients",
    "Display: 6.1-inch OLED",
    "Display",
    "Thread tools are what I wish the old board had.",
    "All times are UTC in this log.",
    "All times are approximate; the recorder drifted.",
    "Originally posted by the author in 2019, this essay was later revised.",
    "Сообщение от Ивана",
    "Quote:",
    "> Return to “Bread and baking”",
]


@pytest.mark.parametrize("line", FORUM_NAVIGATION_LOOKALIKES)
def test_lines_like_forum_navigation_stay_alone(line):
    assert rule_of(line) is None


def test_a_quote_label_goes_next_to_the_posts_furniture_and_stays_in_prose():
    post = [
        "Reg: Mar 2019",
        "Quote:",
        "Originally Posted by maple_rider",
        "The kettle takes four minutes.",
        "That matches what I measured on mine.",
    ]
    assert kept(*post)[-2:] == post[-2:]
    assert "Quote:" not in kept(*post)
    essay = ["The line I keep returning to.", "Quote:", "Slow is smooth, smooth is fast."]
    assert kept(*essay) == essay


# --------------------------------------------------------------------------- account prompts

ACCOUNT_PROMPTS = [
    "Log in to comment",
    "Sign in to reply",
    "Please sign in to comment.",
    "Register here or Log in to comment, or comment via email.",
    "Sign in or create your account to join the discussion",
    "join the discussion? log in | sign up",
    "You must be logged in to post a comment.",
    "You must log in or register to reply here.",
    "Sign in to view more content",
    "Bitte melde dich an, um zu kommentieren.",
    "Du musst angemeldet sein, um einen Kommentar zu schreiben.",
    "Connectez-vous pour commenter",
    "Vous devez être connecté pour publier un commentaire.",
    "Inicia sesión para comentar",
    "Debes iniciar sesión para publicar un comentario.",
    "Faça login para comentar",
    "Accedi per commentare",
    "Zaloguj się, aby dodać komentarz",
    "Войдите, чтобы оставить комментарий",
    "Чтобы оставить комментарий, необходимо авторизоваться.",
    "Увійдіть, щоб залишити коментар",
    "Pro přidání komentáře se musíte přihlásit.",
    "Pre pridanie komentára sa musíte prihlásiť.",
    "Yorum yapmak için giriş yapın",
    "Log in om te reageren",
    "Logga in för att kommentera",
    "A hozzászóláshoz be kell jelentkezni.",
    "Συνδεθείτε για να σχολιάσετε",
    "Silakan login untuk berkomentar",
    "Đăng nhập để bình luận",
    "コメントするにはログインしてください",
    "登录后才可以发表评论",
    "登录 后才可以发表评论",
    "댓글을 작성하려면 로그인하세요",
    "يجب تسجيل الدخول لإضافة تعليق",
    "برای نوشتن نظر وارد شوید",
    "יש להתחבר כדי להגיב",
    "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
    "टिप्पणी करने के लिए लॉग इन करें",
]


@pytest.mark.parametrize("line", ACCOUNT_PROMPTS)
def test_a_prompt_to_log_in_before_commenting_goes(line):
    assert rule_of(line) == "interface:account"


ACCOUNT_LOOKALIKES = [
    "I had to log in to comment, which annoyed me.",
    "Sign up to vote in the April election.",
    "Register to vote.",
    "Join to comment on the draft before Friday, please.",
    "Ich musste mich anmelden, um zu kommentieren, und gab dann auf.",
    "Pour commenter, il faut du temps.",
    "> Log in to comment",
]


@pytest.mark.parametrize("line", ACCOUNT_LOOKALIKES)
def test_sentences_about_logging_in_stay(line):
    assert rule_of(line) is None


# --------------------------------------------------------------------------- vote counts

VOTE_COUNTS = [
    "Helpful (12)",
    "Hilfreich (3)",
    "Utile (7)",
    "Útil (4)",
    "Przydatne (9)",
    "Полезно (5)",
    "Faydalı (23) Yanıtla",
    "Nuttig (2) Reageer",
    "Obrigado (34) Comentar",
    "Mi piace 8 Rispondi",
    "ナイス 8",
    "共感した 12",
    "参考になった 3",
    "赞(6) 回应",
    "点赞 14",
    "좋아요 21",
    "มีประโยชน์ 14",
    "مفيد (3)",
    "12 likes",
    "3 Danke",
]


@pytest.mark.parametrize("line", VOTE_COUNTS)
def test_an_appreciation_button_with_its_count_goes(line):
    assert rule_of(line) in {"interface:voting", "interface:counter"}


VOTE_LOOKALIKES = [
    "Thanks",
    "Danke",
    "Gracias",
    "ありがとう",
    "支持",
    "Gracias a todos, 3 veces.",
    "Supporting 3 families this winter",
    "Useful 12-volt adapters for the van",
    "1 2 3 4 5",
    "> Helpful (12)",
]


@pytest.mark.parametrize("line", VOTE_LOOKALIKES)
def test_a_thank_you_or_a_number_alone_stays(line):
    assert rule_of(line) is None


# --------------------------------------------------------------------------- archives

ARCHIVE_NAVIGATION = [
    ("Previous message: [garden-list] Seed swap on Saturday", "interface:navigation"),
    ("Next message (by thread): [garden-list] Frost cloth", "interface:navigation"),
    ("Message précédent (par fil de discussion): [jardin] Semis", "interface:navigation"),
    ("Mensaje siguiente (por hilo): [huerto] Heladas", "interface:navigation"),
    ("Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]", "interface:navigation"),
    ("Messaggi ordinati per: [ data ] [ thread ] [ oggetto ] [ autore ]", "interface:navigation"),
    (
        "Contemporary messages sorted: [ by date ] [ by thread ] [ by subject ] [ by author ]",
        "interface:navigation",
    ),
    (
        "Related messages: [ Next message ] [ Previous message ] [ In reply to ]",
        "interface:navigation",
    ),
    ('In reply to: Marta Lindqvist: "Frost cloth or fleece?"', "interface:navigation"),
    ("Received on Tue Mar 10 2026 - 11:02:41 UTC", "interface:navigation"),
    (
        "This archive was generated by hypermail 2.4.0 : Tue Mar 10 2026 - 12:00:03 UTC",
        "interface:navigation",
    ),
    (
        "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]",
        "interface:navigation",
    ),
    ("<Prev in Thread] Current Thread [Next in Thread>", "interface:navigation"),
    ("Prev by Date: Seed swap on Saturday", "interface:navigation"),
    ("Next by thread: Re: Bricks on the edges", "interface:navigation"),
    ("Tue Mar 10 09:14:22 UTC 2026", "interface:timestamp"),
    ("Sun, 08 Mar 2026 18:40:12 +0000", "interface:timestamp"),
    (
        "The Wayback Machine - https://web.archive.org/web/2024/https://a.example/",
        "interface:hosting-banner",
    ),
    ("57 captures", "interface:hosting-banner"),
    ("captured 57 times", "interface:hosting-banner"),
    ("About this capture", "interface:hosting-banner"),
    ("archive.today webpage capture", "interface:hosting-banner"),
    ("Saved from https://allotment-notes.example/frost/", "interface:hosting-banner"),
    ("archived 14 Mar 2024 10:11:12 UTC", "interface:hosting-banner"),
]


@pytest.mark.parametrize(("line", "rule"), ARCHIVE_NAVIGATION)
def test_an_archives_navigation_goes_alone(line, rule):
    assert rule_of(line) == rule


ARCHIVE_LOOKALIKES = [
    "Saved from ruin by a neighbour",
    "Saved from the compost heap: six green tomatoes.",
    'Reply: "thanks!"',
    "Organization: Red Cross",
    "JAN MAR APR",
    "Date",
    "Archived",
    "Received on Tuesday, the parcel was damaged.",
    "2014 2015 2016",
]


@pytest.mark.parametrize("line", ARCHIVE_LOOKALIKES)
def test_lines_like_an_archives_navigation_stay_alone(line):
    assert rule_of(line) is None


def test_a_news_message_header_block_goes_with_its_transport_evidence():
    headers = [
        "From: Ana Ferreira <ana@quinta.example.pt>",
        "Newsgroups: rec.gardens.edible",
        "Subject: Re: Overwintering chillies",
        "Date: Sun, 08 Mar 2026 18:40:12 +0000",
        "Message-ID: <k3h9a2$1f0@news.quinta.example.pt>",
    ]
    body = ["> Do they need light all winter?", "Mine sat on a cool windowsill all winter."]
    assert kept(*headers, *body) == body


@pytest.mark.parametrize(
    "block",
    [
        ["Subject: the water butts", "From: the secretary", "Lines: 42 plots, 3 vacant"],
        ["Content-Type: text/html; charset=utf-8", "Date: Tue, 10 Mar 2026 09:14:22 GMT"],
        ["Newsgroups: whichever ones you like", "Subject: anything"],
        ["Message-ID: <a1@news.example.org>"],
        ["> From: Ana <ana@quinta.example.pt>", "> Message-ID: <a1@news.example.org>"],
    ],
)
def test_header_lines_without_transport_evidence_stay(block):
    body = ["We meet at noon by the shed to decide where the new butts go."]
    assert kept(*block, *body) == [*block, *body]


# --------------------------------------------------------------------------- notices

NOTICES = [
    ("Parentsnet uses cookies. Find out more", "interface:consent"),
    ("Cuéntalo usa cookies propias y de terceros. Más información | Aceptar", "interface:consent"),
    ("This website uses cookies. Learn more", "interface:consent"),
    ("Diese Website verwendet Cookies. Mehr erfahren", "interface:consent"),
    ("Ce site utilise des cookies. En savoir plus", "interface:consent"),
    ("Questo sito utilizza i cookie. Maggiori informazioni", "interface:consent"),
    ("Ten serwis używa plików cookies. Więcej informacji", "interface:consent"),
    ("Этот сайт использует файлы cookie. Подробнее", "interface:consent"),
    ("Deze website gebruikt cookies. Meer informatie | Accepteren", "interface:consent"),
    (
        "Ви отримали цей лист, бо підписалися на «Тиждень». Відписатися | Змінити налаштування",
        "interface:newsletter",
    ),
    (
        "You're receiving this email because you signed up at quietbench.example.",
        "interface:newsletter",
    ),
    ("Du erhältst diese E-Mail, weil du dich angemeldet hast. Abmelden", "interface:newsletter"),
    ("Vous recevez cet e-mail car vous êtes abonné. Se désabonner", "interface:newsletter"),
    ("Recibes este correo porque te suscribiste en nuestra web.", "interface:newsletter"),
    ("Forward to a friend", "interface:newsletter"),
    ("Переслати другові", "interface:newsletter"),
    ("Inoltra a un amico", "interface:newsletter"),
    ("Enjoying this newsletter? Subscribe to get it every Thursday.", "interface:newsletter"),
    (
        "Вам подобається розсилка? Підпишіться, щоб отримувати її щочетверга.",
        "interface:newsletter",
    ),
]


@pytest.mark.parametrize(("line", "rule"), NOTICES)
def test_a_consent_or_newsletter_notice_goes(line, rule):
    assert rule_of(line) == rule


NOTICE_LOOKALIKES = [
    "The bakery down the road uses cookies as bait.",
    "My grandmother uses cookies to bribe the dog. OK",
    "This site uses cookies.",
    "I received this email because a friend forwarded it.",
    "Enjoying the garden? It took ten years.",
    "> Forward to a friend",
]


@pytest.mark.parametrize("line", NOTICE_LOOKALIKES)
def test_sentences_like_a_notice_stay_alone(line):
    assert rule_of(line) is None


def test_a_bare_cookie_sentence_goes_only_next_to_chrome():
    assert kept("Skip to content", "This site uses cookies.", "A post.") == ["A post."]
    prose = ["This site uses cookies.", "I wrote that line on a sign for the bake sale."]
    assert kept(*prose) == prose


# --------------------------------------------------------------------------- menu rows

MENU_ROWS = [
    "Home About Contact",
    "Startseite Politik Wirtschaft Sport Kultur",
    "Accueil Actualités Politique Économie Sport Culture",
    "Portada Actualidad Deportes Cultura Opinión",
    "Acasă Actualitate Economie Tehnologie Sport Opinii",
    "Главная Новости Политика Экономика Спорт",
    "Beranda Berita Olahraga Hiburan",
    "Trang chủ Thời sự Kinh tế Thể thao",
    "首页 新闻 体育 娱乐",
    "ホーム ニュース スポーツ エンタメ",
    "홈 뉴스 스포츠 연예",
    "الرئيسية أخبار رياضة ثقافة",
    "Om webbplatsen Kontakta oss Tillgänglighet Personuppgifter och cookies",
    "Impressum Datenschutz AGB Kontakt",
    "Mentions légales Confidentialité Plan du site",
    "이용약관 개인정보처리방침 운영정책",
    "利用規約 プライバシー ヘルプ・お問い合わせ",
]


@pytest.mark.parametrize("line", MENU_ROWS)
def test_a_row_made_only_of_menu_words_goes(line):
    assert rule_of(line) is not None


MENU_LOOKALIKES = [
    "Sport",
    "Politics and Culture",
    "Home Sweet Home",
    "Home Office Announces New Rules For Visas",
    "News From The Garden Shed",
    "Sport is what the town talks about.",
]


@pytest.mark.parametrize("line", MENU_LOOKALIKES)
def test_a_heading_with_menu_words_stays_alone(line):
    assert rule_of(line) is None


SPACED_MENUS = [
    "Home Chi sono Ricette col miele Contatti",
    "首页 浏览发现 话题 小组讨论",
    "Dokumentation Anleitungen API Änderungsprotokoll GitHub",
    "Inicio Noticias Deportes Cartelera Contacto",
]


@pytest.mark.parametrize("line", SPACED_MENUS)
def test_a_menu_without_separators_goes_at_the_pages_edge(line):
    prose = "The council met on Tuesday and agreed the new cycle lane after a long debate."
    assert kept(line, "A headline for the story", prose) == ["A headline for the story", prose]
    assert kept(prose, line) == [prose]


@pytest.mark.parametrize(
    "line",
    [
        "Home Office Announces New Rules For Visas",
        "Sport, Politics and Culture",
        "Home Chi sono Ricette col miele Contatti 2024",
        "Inicio Noticias",
    ],
)
def test_a_headline_at_the_pages_edge_stays(line):
    prose = "The council met on Tuesday and agreed the new cycle lane after a long debate."
    assert kept(line, prose) == [line, prose]


def test_a_menu_shaped_line_among_the_text_stays():
    prose = "The council met on Tuesday and agreed the new cycle lane after a long debate."
    line = "Home Chi sono Ricette col miele Contatti"
    assert kept(prose, line, prose + " Again.") == [prose, line, prose + " Again."]


# --------------------------------------------------------------------------- dates and times

TIMESTAMPS = [
    "hace 5 h",
    "Atualizado há 2 horas",
    "vor 5 Std.",
    "il y a 5 h",
    "3 ore fa",
    "5 ч назад",
    "5 год. тому",
    "2 dni temu",
    "před 5 h",
    "5 órája",
    "5 timmar sedan",
    "for 3 timer siden",
    "acum 2 ore",
    "πριν 3 ώρες",
    "5 jam yang lalu",
    "5 ساعت پیش",
    "Actualizada a las 10:12",
    "Published 3rd Dec 2026, 14:21 GMT",
    "Updated 16:05, 4 MAR 2026",
    "Diperbarui: 2 Maret 2026 09:15",
    "Aktualisiert am 3. März 2026 um 10:12 Uhr",
    "Mis à jour le 3 mars 2026 à 10h12",
    "آخر تحديث: 10:42 ص",
    "November 30, 2026 09:00 AM Eastern Standard Time",
]


@pytest.mark.parametrize("line", TIMESTAMPS)
def test_a_date_or_time_line_goes(line):
    assert rule_of(line) == "interface:timestamp"


@pytest.mark.parametrize(
    "line", ["Lectura de 5 minutos", "Tempo di lettura: 4 minuti", "6 minut czytania"]
)
def test_a_reading_time_goes(line):
    assert rule_of(line) == "interface:counter"


TIMESTAMP_LOOKALIKES = [
    "Updated my bike with 2 new tyres",
    "Published in 2019 by a small press, the book sold well.",
    "Posted 3 letters to the council",
    "vor 5 Jahren habe ich angefangen.",
    "hace 5 años que vivo aquí",
    "il y a 5 ans, tout a changé",
    "2024-06-18",
    "14:32",
]


@pytest.mark.parametrize("line", TIMESTAMP_LOOKALIKES)
def test_sentences_with_dates_and_bare_numbers_stay(line):
    assert rule_of(line) is None


# --------------------------------------------------------------------------- comment sections

COMMENT_FURNITURE = [
    ("Añadir comentario", "interface:comments"),
    ("Add your comment", "interface:comments"),
    ("Lascia un commento", "interface:comments"),
    ("Добавить комментарий", "interface:comments"),
    ("Yorum ekle", "interface:comments"),
    ("أضف تعليقك", "interface:comments"),
    ("댓글 쓰기", "interface:comments"),
    ("Reader comments (3)", "interface:counter"),
    ("Leserkommentare (12)", "interface:counter"),
    ("Kullanıcı yorumları (3)", "interface:counter"),
    ("تعليقات القراء (3)", "interface:counter"),
    ("Отзывы (27)", "interface:counter"),
    ("ordenar por: fecha | votos", "interface:navigation"),
    ("Sortieren nach: Neueste", "interface:navigation"),
    ("Mới nhất | Quan tâm nhất", "interface:tabs"),
    ("En yeni En faydalı", "interface:tabs"),
    ("Newest | Oldest", "interface:tabs"),
]


@pytest.mark.parametrize(("line", "rule"), COMMENT_FURNITURE)
def test_a_comment_sections_furniture_goes(line, rule):
    assert rule_of(line) == rule


COMMENT_LOOKALIKES = [
    "ordenar por fecha es lo mejor",
    "Newest",
    "Leave a comment if you tried it with rye.",
    "Comments (and corrections) are welcome below.",
    "Reviews 3",
]


@pytest.mark.parametrize("line", COMMENT_LOOKALIKES)
def test_sentences_about_comments_stay(line):
    assert rule_of(line) is None


# --------------------------------------------------------------------------- article furniture

ARTICLE_FURNITURE = [
    ("Story continues below", "interface:ad-marker"),
    ("Weiterlesen nach der Anzeige", "interface:ad-marker"),
    ("La suite après la publicité", "interface:ad-marker"),
    ("Haberin devamı aşağıda", "interface:ad-marker"),
    ("Most viewed", "interface:related"),
    ("Lo más leído", "interface:related"),
    ("Explore more on these topics", "interface:related"),
    ("Mehr zum Thema", "interface:related"),
    ("Ещё по теме", "interface:related"),
    ("Was this page helpful?", "interface:voting"),
    ("War diese Seite hilfreich?", "interface:voting"),
    ("このページは役に立ちましたか？", "interface:voting"),
    ("Show full transcript", "interface:tabs"),
    ("पूरा ट्रांसक्रिप्ट पढ़ें", "interface:tabs"),
    ("Get the Gazette newsletter", "interface:newsletter"),
    ("Sign up to our daily newsletter", "interface:newsletter"),
    ("Get the biggest stories in Harrowgate straight to your inbox", "interface:newsletter"),
    ("Abonnez-vous à notre newsletter", "interface:newsletter"),
    ("Suscríbete a nuestro boletín", "interface:newsletter"),
]


@pytest.mark.parametrize(("line", "rule"), ARTICLE_FURNITURE)
def test_an_articles_furniture_goes(line, rule):
    assert rule_of(line) == rule


ARTICLE_LOOKALIKES = [
    "Get the newsletter out by Friday, Sam.",
    "The council will send updates straight to your inbox.",
    "Wir schicken dir die Rechnung direkt in dein Postfach.",
    "Join the club",
    "The story continues below the bridge, where the river bends.",
    "Was this page helpful to anyone but me?",
]


@pytest.mark.parametrize("line", ARTICLE_LOOKALIKES)
def test_sentences_like_an_articles_furniture_stay(line):
    assert rule_of(line) is None


# --------------------------------------------------------------------------- wikis

WIKI_CHROME = [
    ("Bu sayfa en son 3 Mart 2026 tarihinde, saat 10.22'de değiştirilmiştir.", "interface:legal"),
    ("このページの最終更新日時は 2026年3月3日 (火) 10:22 です。", "interface:legal"),
    ("本页面最后修订于2026年3月3日 (星期二) 10:22。", "interface:legal"),
    ("Stránka byla naposledy editována 3. 3. 2026 v 10:22.", "interface:legal"),
    ("این صفحه آخرین بار در ۱۲ آذر ۱۴۰۵ ساعت ۱۰:۲۲ ویرایش شده است.", "interface:legal"),
    # a tagline naming its encyclopedia ("from the free encyclopedia of technology") is no
    # sentence of anyone's: it goes alone (more in test_chrome_wikis.py)
    ("از دانشنامه آزاد فناوری", "interface:tabs"),
]


@pytest.mark.parametrize(("line", "rule"), WIKI_CHROME)
def test_a_wikis_chrome_goes(line, rule):
    assert rule_of(line) == rule


WIKI_LOOKALIKES = [
    "From Paris, the city of light",
    "From Lisbon, a wiki of sorts would be nice, she said.",
    "For other uses, see the manual.",
]


@pytest.mark.parametrize("line", WIKI_LOOKALIKES)
def test_lines_like_a_wikis_chrome_stay_alone(line):
    assert rule_of(line) is None


def test_a_hatnote_goes_next_to_the_wikis_chrome_and_stays_in_prose():
    hatnote = "This article is about garden sheds. For the band, see Shed (band)."
    prose = "A shed keeps tools dry through the winter months."
    assert kept("Jump to navigation", hatnote, prose) == [prose]
    assert kept(prose, hatnote, prose + " Twice.") == [prose, hatnote, prose + " Twice."]


# --------------------------------------------------------------------------- issue trackers

TRACKER_EVENTS = [
    "~ilsa added label scoring",
    "halloran added the bug label yesterday",
    "halloran added the bug and docs labels 3 days ago",
    "wrenfield opened this issue on Jan 14 · 6 comments",
    "mara closed this as completed",
    "mara assigned @jdoe",
    "周一鸣 添加了标签 多语言",
    "周一鸣 将任务指派给了 自己",
]


@pytest.mark.parametrize("line", TRACKER_EVENTS)
def test_an_issue_trackers_event_line_goes(line):
    assert rule_of(line) == "interface:hosting-banner"


TRACKER_LOOKALIKES = [
    "Mary added salt and pepper",
    "Mary added the spice label to the jar",
    "Tom assigned homework",
    "Tom closed this chapter of his life",
    "lina-k added the bug label",
    "Files changed 4",
    "Status",
]


@pytest.mark.parametrize("line", TRACKER_LOOKALIKES)
def test_sentences_like_tracker_events_stay_alone(line):
    assert rule_of(line) is None


# --------------------------------------------------------------------------- sharing, sidebars

SHARING = [
    "Teile diesen Beitrag",
    "Udostępnij ten artykuł",
    "Поделиться этой статьей",
    "Deel dit artikel",
    "Dela den här artikeln",
    "Bagikan artikel ini",
    "Chia sẻ bài viết này",
    "この記事をシェアする",
    "이 기사를 공유하기",
    "شارك هذا المقال",
    "इस एपिसोड को साझा करें",
    "Mi piace:",
    "J'aime :",
    "Me gusta:",
    "Chia sẻ Lưu",
    "Share Save",
]


@pytest.mark.parametrize("line", SHARING)
def test_a_sharing_label_or_row_goes(line):
    assert rule_of(line) in {"interface:sharing", "interface:post-actions"}


@pytest.mark.parametrize(
    "line", ["Lưu", "Speichern", "Teile diesen Beitrag mit deiner Schwester.", "Mi piace."]
)
def test_a_save_word_or_a_sentence_about_sharing_stays_alone(line):
    assert rule_of(line) is None


def test_a_wikis_sidebar_goes_as_a_menu_and_its_words_stay_in_prose():
    sidebar = ["Main page", "Random page", "Recent changes", "Special pages"]
    prose = "The allotment wiki keeps a page for every plot."
    assert kept(*sidebar, prose) == [prose]
    assert kept(prose, "Recent changes", prose + " Twice.") == [
        prose,
        "Recent changes",
        prose + " Twice.",
    ]


# --------------------------------------------------------------------------- press contacts

PRESS_CONTACT_LABELS = [
    "Media contact:",
    "Media enquiries",
    "Pressekontakt:",
    "Contact presse :",
    "Contacto de prensa:",
    "Kontakt pro média:",
    "Контакты для СМИ:",
    "Perscontact",
    "報道関係者のお問い合わせ先",
    "मीडिया संपर्क",
]


@pytest.mark.parametrize("line", PRESS_CONTACT_LABELS)
def test_a_press_releases_contact_label_goes(line):
    assert rule_of(line) == "interface:contact"


def test_the_contact_under_the_label_goes_with_it_as_the_corpus_convention_has_it():
    """The contact's fields are the sender's furniture (tests/fidelity/README.md); a name with
    no address or number stays (more in test_chrome_contacts.py)."""
    text = "The lab will publish its methods in the spring."
    assert kept(text, "Media contact:", "Jo Pereira, +1 617 555 0142") == [text]
    assert kept(text, "Media contact:", "Jo Pereira") == [text, "Jo Pereira"]


# --------------------------------------------------------------------------- counters rows


def test_a_reaction_row_with_the_posts_buttons_goes_and_its_counts_stay_with_the_post():
    result = strip_boilerplate(page("A reply here.", "👍 41 👎 2 Reageer", "Another reply."))
    assert [line.text for line in result.lines] == ["A reply here.", "Another reply."]
    assert result.reactions == {"👍": 41, "👎": 2}
    assert result.rows == {2: {"👍": 41, "👎": 2}}


@pytest.mark.parametrize(
    "line", ["👍 41 and thanks", "🔥 3 times I tried", "👍 👎 Reageer", "I give this 10 🤣 Reply"]
)
def test_a_line_of_emoji_with_other_words_stays(line):
    assert kept("A reply here.", line) == ["A reply here.", line]


@pytest.mark.parametrize("line", ["조회 4,213", "추천 57", "閲覧数 1,204", "votos: 21, karma: 130"])
def test_a_row_of_counters_goes(line):
    assert rule_of(line) in {"interface:counter", "interface:voting"}


@pytest.mark.parametrize("line", ["votos: 21", "karma: 130", "조회", "4,213"])
def test_one_count_with_a_common_word_stays(line):
    assert rule_of(line) is None


def test_a_documentation_pages_heading_stays_though_it_is_a_menu_word():
    doc = ["Docs › Changelog", "Changelog", "On this page", "All notable changes are listed here."]
    assert "Changelog" in kept(*doc)
    doc = ["Dokumentation › Änderungsprotokoll", "Änderungsprotokoll", "Auf dieser Seite"]
    assert "Änderungsprotokoll" in kept(*doc, "Alle Änderungen stehen hier.")
    assert rule_of("Changelog Pricing Getting started") is not None


def test_a_web_archive_toolbars_calendar_printed_one_a_line_goes_beside_the_toolbar():
    toolbar = ["The Wayback Machine - https://web.archive.org/web/20250611/https://a.example/"]
    toolbar += ["17 captures", "11 Jun 2025 - 02 Feb 2026", "JUN", "JUL", "2024", "2025"]
    toolbar += ["success", "fail", "About this capture", "TIMESTAMPS"]
    text = "My local bike shop put a chatbot on its website this spring."
    assert kept(*toolbar, text) == [text]
    # a month, a year, a word of the key among prose stay
    prose = ["We planted out in", "JUN", "and again the next year.", "fail", "It rained."]
    assert kept(*prose) == prose


PUBLIC_SERVICE_BANNER = [
    "Cookies on GOV.EXAMPLE",
    "We use some essential cookies to make this website work. We would like to set additional "
    "cookies to understand how you use the site.",
    "Accept additional cookies",
    "Reject additional cookies",
    "Report a problem with this page",
]


@pytest.mark.parametrize("line", PUBLIC_SERVICE_BANNER)
def test_a_public_services_cookie_banner_goes_alone(line):
    assert rule_of(line) == "interface:consent"


@pytest.mark.parametrize(
    "line", ["Cookies on the tray.", "We accept additional cookies from the neighbours."]
)
def test_cookies_in_a_sentence_stay(line):
    assert kept("A line of the text.", line, "Another line.") == [
        "A line of the text.",
        line,
        "Another line.",
    ]
