"""Interface strings in the languages added after the first nine (ja, ko, ar, he, hi, pl, pt, it,
nl, tr, uk) and the English page furniture of code hosts, Q&A sites, paywalls and chat mirrors:
each kind of chrome a site in the language prints goes as a whole line, and sentences of prose
in the language that use the same words stay. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from persona_archive.cleaning.boilerplate import (
    INTERFACE_PATH,
    general_rule,
    interface_key,
    load_interface_strings,
    match_interface,
    repo_interface_strings,
    strip_boilerplate,
)
from persona_archive.cleaning.model import split_lines

NEW_LANGUAGES = ("ja", "ko", "ar", "he", "hi", "pl", "pt", "it", "nl", "tr", "uk")
# languages whose whole list came with the forum and blog furniture (test_boilerplate_forums.py)
FORUM_LANGUAGES = ("cs", "hu", "fa")
KINDS_EVERY_LANGUAGE_HAS = (
    "skip-link",
    "navigation",
    "account",
    "sharing",
    "post-actions",
    "comments",
    "counter",
    "voting",
    "consent",
    "legal",
    "newsletter",
    "sponsor",
    "ad-marker",
    "related",
    "timestamp",
)


def lines_of(*texts: str):
    return split_lines("".join(t + "\n" for t in texts))


def kept(*texts: str) -> list[str]:
    return [line.text for line in strip_boilerplate(lines_of(*texts)).lines]


# --------------------------------------------------------------------------- the file


def test_the_whole_file_loads_and_every_new_language_has_each_kind():
    strings = load_interface_strings(INTERFACE_PATH)
    entries = [*strings.exact.values(), *(entry for _, entry in strings.regexes)]
    have = {(e.kind, e.lang) for e in entries}
    missing = [
        (kind, lang)
        for lang in (*NEW_LANGUAGES, *FORUM_LANGUAGES)
        for kind in KINDS_EVERY_LANGUAGE_HAS
        if (kind, lang) not in have
    ]
    assert missing == []


# lines without a letter, in several scripts' digits: a regex written for a whole line must
# match none of them (the loader checks ASCII samples; these are the other digits sites print)
LETTERLESS = [
    "12",
    "2024",
    "2024-03-05",
    "2024.03.05 10:12",
    "05.03.2024 | 10:12",
    "14/02/2024, 09:12",
    "12:30",
    "(12)",
    "1,204",
    "٢٠٢٤",
    "١٢:٣٠",
    "٠٩:١٥",
    "(٥)",
    "١٢ - ٠٣ - ٢٠٢٤",
    "२०२४",
    "१२:३०",
    "👍 12",
    "😂😂😂",
    "· · ·",
    "#1",
    "+18",
]


@pytest.mark.parametrize("line", LETTERLESS)
def test_no_regex_matches_a_line_without_letters(line):
    key = interface_key(line)
    matching = [e.where for regex, e in repo_interface_strings().regexes if regex.fullmatch(key)]
    assert matching == []
    assert match_interface(line) is None


# --------------------------------------------------------------------------- per language

REMOVED = {
    "ja": [
        ("本文へスキップ", "skip-link"),
        ("ホーム › ニュース › 科学", "navigation"),
        ("ログイン", "account"),
        ("この記事をシェア", "sharing"),
        ("Xでシェア", "sharing"),
        ("文字サイズ", "post-actions"),
        ("コメントを書く", "comments"),
        ("12件のコメント", "counter"),
        ("いいね 34", "voting"),
        ("すべて同意する", "consent"),
        (
            "当サイトではCookieを使用しています。引き続き閲覧することで同意したものとみなします。",
            "consent",
        ),
        ("プライバシーポリシー", "legal"),
        ("スポンサーリンク", "sponsor"),
        ("関連記事", "related"),
        ("2024年3月2日 10:15 更新", "timestamp"),
        ("3時間前", "timestamp"),
    ],
    "ko": [
        ("본문 바로가기", "skip-link"),
        ("전체메뉴", "navigation"),
        ("로그인", "account"),
        ("로그인 · 회원가입", "account"),
        (
            "본 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하면 동의로 간주합니다.",
            "consent",
        ),
        ("카카오톡으로 공유", "sharing"),
        ("글자크기", "post-actions"),
        ("기사 스크랩", "post-actions"),
        ("댓글 27", "counter"),
        ("좋아요 18", "voting"),
        ("슬퍼요 2", "voting"),
        ("개인정보처리방침", "legal"),
        ("저작권자 © 바다신문 무단전재 및 재배포 금지", "legal"),
        ("관련기사", "related"),
        ("많이 본 뉴스", "related"),
        ("입력 2024.03.05 10:12", "timestamp"),
        ("2024년 3월 5일 오후 2:30", "timestamp"),
        ("3시간 전", "timestamp"),
    ],
    "ar": [
        ("تخطى إلى المحتوى", "skip-link"),
        ("تسجيل الدخول", "account"),
        ("شارك على فيسبوك", "sharing"),
        ("نسخ الرابط", "sharing"),
        ("حجم الخط", "post-actions"),
        ("التعليقات (٥)", "counter"),
        ("١٢ تعليقا", "counter"),
        ("قبول الكل", "consent"),
        ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "consent"),
        ("سياسة الخصوصية", "legal"),
        ("جميع الحقوق محفوظة © ٢٠٢٤", "legal"),
        ("إعلان", "sponsor"),
        ("اقرأ أيضاً", "related"),
        ("الأكثر قراءة", "related"),
        ("الأربعاء ٥ يونيو ٢٠٢٤ - ١٨:٤٠", "timestamp"),
        ("منذ ٣ ساعات", "timestamp"),
    ],
    "he": [
        ("דלג לתוכן", "skip-link"),
        ("התחברות", "account"),
        ("שתפו בפייסבוק", "sharing"),
        ("העתק קישור", "sharing"),
        ("גודל גופן", "post-actions"),
        ("הוסף תגובה", "comments"),
        ("12 תגובות", "counter"),
        ("אישור הכל", "consent"),
        ("מדיניות פרטיות", "legal"),
        ("כל הזכויות שמורות", "legal"),
        ("תוכן שיווקי", "sponsor"),
        ("כתבות נוספות", "related"),
        ("5 במרץ 2024", "timestamp"),
        ("לפני 3 שעות", "timestamp"),
    ],
    "hi": [
        ("सामग्री पर जाएँ", "skip-link"),
        ("लॉग इन", "account"),
        ("शेयर करें", "sharing"),
        ("व्हाट्सएप पर शेयर करें", "sharing"),
        ("फ़ॉन्ट साइज़", "post-actions"),
        ("टिप्पणी करें", "comments"),
        ("12 टिप्पणियां", "counter"),
        ("सभी स्वीकार करें", "consent"),
        ("गोपनीयता नीति", "legal"),
        ("© 2024 सर्वाधिकार सुरक्षित", "legal"),
        ("हमें फॉलो करें", "newsletter"),
        ("विज्ञापन", "sponsor"),
        ("ये भी पढ़ें", "related"),
        ("प्रकाशित: 12 जनवरी 2024, 09:15 AM IST", "timestamp"),
        ("3 घंटे पहले", "timestamp"),
    ],
    "pl": [
        ("Przejdź do zawartości", "skip-link"),
        ("Szybkie linki", "navigation"),
        ("Strona główna ‹ Ogród ‹ Warzywa", "navigation"),
        ("Szukaj w tym wątku…", "navigation"),
        ("Wróć do „Ogrody i działki”", "navigation"),
        ("Kto przegląda forum", "navigation"),
        ("Wszystkie czasy są w strefie UTC+01:00", "navigation"),
        ("Zaloguj się", "account"),
        ("Zarejestruj się", "account"),
        ("Udostępnij na Facebooku", "sharing"),
        ("4 posty • Strona 1 z 1", "counter"),
        ("12 komentarzy", "counter"),
        ("Dołączył(a): 3 mar 2019", "timestamp"),
        ("autor: ogrodnik_z_pola » 12 sty 2024, o 19:04", "timestamp"),
        ("Usuń ciasteczka witryny", "consent"),
        ("Polityka prywatności | Regulamin", "legal"),
        ("Czytaj także", "related"),
    ],
    "pt": [
        ("Pular para o conteúdo", "skip-link"),
        ("Entrar · Cadastre-se", "account"),
        ("Compartilhar no WhatsApp", "sharing"),
        ("Copiar link", "sharing"),
        ("Tamanho da fonte", "post-actions"),
        ("Deixe um comentário", "comments"),
        ("12 comentários", "counter"),
        ("Aceitar todos os cookies", "consent"),
        ("Este site utiliza cookies para melhorar a sua experiência de navegação.", "consent"),
        ("Política de privacidade", "legal"),
        ("Continua após a publicidade", "sponsor"),
        ("Leia também", "related"),
        ("12 de março de 2024", "timestamp"),
        ("Atualizado em 12/03/2024 às 09h15", "timestamp"),
        ("há 3 horas", "timestamp"),
    ],
    "it": [
        ("Vai al contenuto", "skip-link"),
        ("Articolo successivo", "navigation"),
        ("Accedi", "account"),
        ("Condividi su Facebook", "sharing"),
        ("Lascia un commento", "comments"),
        ("12 commenti", "counter"),
        ("Accetta tutti i cookie", "consent"),
        (
            "Questo sito utilizza cookie per migliorare la tua esperienza di navigazione.",
            "consent",
        ),
        ("Tutti i diritti riservati", "legal"),
        ("P.IVA 01234567890", "legal"),
        ("Pubblicità", "sponsor"),
        ("Leggi anche", "related"),
        ("12 marzo 2024", "timestamp"),
        ("3 ore fa", "timestamp"),
    ],
    "nl": [
        ("Ga naar de inhoud", "skip-link"),
        ("Volgend artikel", "navigation"),
        ("Inloggen", "account"),
        ("Delen op Facebook", "sharing"),
        ("Geef een reactie", "comments"),
        ("12 reacties", "counter"),
        ("Alle cookies accepteren", "consent"),
        ("Deze website gebruikt cookies om je ervaring te verbeteren.", "consent"),
        ("Privacybeleid", "legal"),
        ("Advertentie", "sponsor"),
        ("Lees ook", "related"),
        ("12 maart 2024", "timestamp"),
        ("3 uur geleden", "timestamp"),
    ],
    "tr": [
        ("İçeriğe geç", "skip-link"),
        ("Devamını oku", "navigation"),
        ("Giriş yap", "account"),
        ("Paylaş", "sharing"),
        ("Yazı boyutu", "post-actions"),
        ("Bir yorum yapın", "comments"),
        ("12 yorum", "counter"),
        ("Tümünü kabul et", "consent"),
        ("Bu web sitesi, deneyiminizi iyileştirmek için çerezler kullanmaktadır.", "consent"),
        ("Gizlilik politikası", "legal"),
        ("Tüm hakları saklıdır.", "legal"),
        ("Reklam", "sponsor"),
        ("İlgili haberler", "related"),
        ("12 Mart 2024, 09:15", "timestamp"),
        ("3 saat önce", "timestamp"),
    ],
    "uk": [
        ("Перейти до вмісту", "skip-link"),
        ("Увійти", "account"),
        ("Поділитися", "sharing"),
        ("Розмір шрифту", "post-actions"),
        ("Залишити коментар", "comments"),
        ("12 коментарів", "counter"),
        ("Прийняти все", "consent"),
        ("Політика конфіденційності", "legal"),
        ("Усі права захищено.", "legal"),
        ("Реклама", "sponsor"),
        ("Читайте також", "related"),
        ("Читайте також: Як модель вчиться ввічливості", "related"),
        ("12 березня 2024, 09:15", "timestamp"),
        ("3 години тому", "timestamp"),
    ],
}

# sentences that use the interface words inside prose, and section words that may be headings
KEPT = {
    "ja": [
        "ログインしてから設定を変えると、表示が少し変わった。",
        "関連記事を探すのに一時間もかかってしまった。",
        "この記事をシェアしてくれた友人に感謝している。",
        "3時間前に届いたメールをまだ読んでいない。",
        "ニュース",
    ],
    "ko": [
        "로그인 기록을 확인해 보니 낯선 기기가 있었다.",
        "댓글 27개를 모두 읽고 나서야 그 이유를 알았다.",
        "좋아요 버튼을 누르는 대신 직접 편지를 썼다.",
        "관련기사를 찾아보면 비슷한 사례가 많다.",
        "이 사이트의 쿠키 정책은 동의 절차를 자세히 설명하고 있어서 읽을 만했다.",
        "정치",
    ],
    "ar": [
        "قرأت المقال مرتين قبل أن أشارك على فيسبوك رأيي فيه.",
        "سياسة الخصوصية الجديدة أطول من الرواية التي أقرأها.",
        "اقرأ أيضاً ما كتبه الباحثون عن اللهجات قبل أن تحكم.",
        "منذ ثلاث ساعات وأنا أحاول فهم هذا النموذج.",
        "تكنولوجيا",
        "مشاركة",
    ],
    "he": [
        "לפני שלוש שעות ניסיתי להתחבר לאתר ולא הצלחתי.",
        "הוא כתב 12 תגובות ארוכות על אותה כתבה.",
        "מדיניות הפרטיות של החברה השתנתה בשקט.",
        "אנחנו משתמשים בעוגיות רק במטבח, אמרה הסבתא.",
        "טכנולוגיה",
    ],
    "hi": [
        "गोपनीयता नीति को पढ़ने में मुझे पूरा एक घंटा लगा।",
        "तीन घंटे पहले मैंने इस चैटबॉट से पहली बार बात की।",
        "खेल के मैदान में बच्चे देर शाम तक खेलते रहे।",
        "टेक",
    ],
    "pl": [
        "Zaloguj się do banku tylko z własnego komputera, radził mi brat.",
        "Na stronie głównej forum nikt nie odpowiedział na moje pytanie.",
        "Cytuj źródła, a nie własne wrażenia.",
        "Odpowiedz mi szczerze, czy ten model brzmi naturalnie?",
        "W 12 komentarzach nikt nie wspomniał o odmianie nazwisk.",
        "Ta strona korzysta z ciasteczek, o czym pisałem już wcześniej.",
        "Cytuj",
        "Odpowiedz",
        "Posty: 214",
        "Nauka",
        "Wyszukiwarka",
    ],
    "pt": [
        "Leia também o relatório completo antes de tirar conclusões.",
        "Há 3 horas que tento entender o que o modelo quis dizer.",
        "Compartilhar dados pessoais com um assistente exige cuidado.",
        "Os comentários dos leitores foram mais úteis do que o artigo.",
        "2 anos",
        "Tecnologia",
    ],
    "it": [
        "Leggi anche le note a piè di pagina, sono la parte migliore.",
        "Tre ore fa il modello ha risposto in un italiano impeccabile.",
        "Condividi le tue impressioni con il gruppo di lavoro entro venerdì.",
        "Stampa",
        "Cronaca",
    ],
    "nl": [
        "Lees ook de kleine lettertjes voordat je tekent.",
        "Drie uur geleden begon de bijeenkomst over taalmodellen.",
        "Wij gebruiken cookies niet, schreef de beheerder trots.",
        "Disclaimer",
        "Delen",
        "Politiek",
    ],
    "tr": [
        "Üç saat önce modelle konuşmaya başladım ve hâlâ bitiremedim.",
        "Giriş yapmadan önce şifremi iki kez kontrol ettim.",
        "Yorum yapmak yerine yazara doğrudan yazmayı tercih ettim.",
        "Bu sitede çerezler hakkında yazdığım yazıyı okuyanların çoğu onay kutusunu fark etmemiş.",
        "Giriş",
        "Ara",
    ],
    "uk": [
        "Читайте також уважно умови, бо там багато дрібного шрифту.",
        "Три години тому модель відповіла зовсім інакше.",
        "Поділитися думкою про цей інструмент мене попросили колеги.",
        "Культура",
    ],
}


@pytest.mark.parametrize(
    ("line", "kind"), [pair for lang in NEW_LANGUAGES for pair in REMOVED[lang]]
)
def test_chrome_in_the_new_languages_is_removed_with_its_kind(line, kind):
    found = general_rule(line)
    assert found is not None and found[0] == f"interface:{kind}", (line, found)
    assert kept(line, "A sentence of the post.") == ["A sentence of the post."]


@pytest.mark.parametrize("line", [line for lang in NEW_LANGUAGES for line in KEPT[lang]])
def test_prose_and_headings_in_the_new_languages_are_kept(line):
    assert general_rule(line) is None, general_rule(line)
    assert kept(line) == [line]


@pytest.mark.parametrize(
    ("page", "text"),
    [
        (
            ["본문 바로가기", "전체메뉴", "정치", "경제", "IT·과학", "로그인", "회원가입"],
            ["AI 대화 서비스의 말투가 바뀌자 이용자들이 서운함을 호소했다."],
        ),
        (
            ["تخطى إلى المحتوى", "الرئيسية", "أخبار", "اقتصاد", "رياضة", "تسجيل الدخول"],
            ["بدأت الشركات الناشئة تدرب نماذجها على اللهجات المحكية."],
        ),
        (
            ["मुख्य पृष्ठ", "देश", "दुनिया", "टेक", "खेल", "लॉग इन"],
            ["बातचीत करने वाले प्रोग्राम अब अपने अंदाज़ से पहचाने जाते हैं।"],
        ),
        (
            ["דלג לתוכן", "ראשי", "חדשות", "כלכלה", "ספורט", "התחברות"],
            ["החברה הודיעה שהעוזר הדיגיטלי ידבר מעכשיו גם בעברית."],
        ),
    ],
)
def test_a_menu_of_section_names_goes_with_the_menu(page, text):
    assert kept(*page, *text) == text


def test_a_section_name_alone_between_sentences_stays():
    for word in ("경제", "اقتصاد", "खेल", "ספורט", "Gospodarka", "Economia", "Ekonomi"):
        doc = ["Pierwsze zdanie tekstu.", word, "Drugie zdanie tekstu."]
        assert kept(*doc) == doc


def test_a_phpbb_post_in_polish_keeps_its_text_and_drops_its_furniture():
    doc = [
        "Przejdź do zawartości",
        "Szybkie linki",
        "FAQ",
        "Zaloguj się",
        "Zarejestruj się",
        "Strona główna ‹ Ogród ‹ Warzywa",
        "Pomidory w szklarni pękają, co robię źle?",
        "Odpowiedz",
        "Szukaj w tym wątku…",
        "2 posty • Strona 1 z 1",
        "W tym roku wszystkie pomidory w szklarni popękały tuż przed zbiorem.",
        "Posty: 214",
        "Dołączył(a): 3 mar 2019",
        "Cytuj",
        "Podlewasz za rzadko i za dużo naraz, stąd pęknięcia.",
        "Posty: 1873",
        "Dołączył(a): 17 lis 2015",
        "Cytuj",
        "Wróć do „Warzywa”",
        "Przejdź do",
        "Kto przegląda forum",
        "Użytkownicy przeglądający ten dział: Brak zidentyfikowanych użytkowników i 2 gości",
        "Usuń ciasteczka witryny",
        "Wszystkie czasy są w strefie UTC+01:00",
        "Powered by phpBB® Forum Software © phpBB Limited",
        "Polityka prywatności | Regulamin",
    ]
    assert kept(*doc) == [
        "Pomidory w szklarni pękają, co robię źle?",
        "W tym roku wszystkie pomidory w szklarni popękały tuż przed zbiorem.",
        "Podlewasz za rzadko i za dużo naraz, stąd pęknięcia.",
    ]


def test_counts_in_arabic_indic_and_devanagari_digits_are_counts():
    """Python's \\d is every script's decimal digit: <count> and <time> take them as they are."""
    assert general_rule("التعليقات (١٢٣)")[0] == "interface:counter"
    assert general_rule("٤٥ مشاهدة")[0] == "interface:counter"
    assert general_rule("१२ टिप्पणियां")[0] == "interface:counter"
    assert general_rule("١٬٢٠٠ مشاهدة")[0] == "interface:counter"  # Arabic thousands separator
    assert general_rule("٣٫٥ ألف مشاهدة")[0] == "interface:counter"  # decimal separator, thousand
    assert general_rule("منذ ٥ دقائق")[0] == "interface:timestamp"
    assert general_rule("الثلاثاء ١٢ مارس ٢٠٢٤ - ٠٩:١٥")[0] == "interface:timestamp"


def test_turkish_dotless_i_is_matched_by_regexes_in_either_case():
    assert general_rule("3 SAAT ÖNCE")[0] == "interface:timestamp"
    assert general_rule("12 MAYIS 2024")[0] == "interface:timestamp"
    assert general_rule("12 Mayıs 2024")[0] == "interface:timestamp"


# --------------------------------------------------------------------------- English furniture

ENGLISH_REMOVED = [
    ("New issue", "hosting-banner"),
    ("lina-k added the bug label Mar 5, 2024", "hosting-banner"),
    ("tomas99 mentioned this issue Mar 6, 2024", "hosting-banner"),
    ("lina-k closed this as completed in #216 Mar 9, 2024", "hosting-banner"),
    ("Successfully merging a pull request may close this issue.", "hosting-banner"),
    (
        "Sign up for free to join this conversation on GitHub. Already have an account? "
        "Sign in to comment",
        "hosting-banner",
    ),
    ("Edit this page on GitHub", "hosting-banner"),
    ("More answers below", "related"),
    ("Related questions", "related"),
    ("All related (12)", "navigation"),
    ("View 3 shares", "counter"),
    ("View upvotes", "voting"),
    ("Upvote · 41", "voting"),
    ("Reply to This", "post-actions"),
    ("Working...", "status"),
    ("Top of the: day, week, month.", "navigation"),
    ("You have read your last free article this month.", "account"),
    ("Already a subscriber? Log in.", "account"),
    ("Subscribe for unlimited access to the archive.", "account"),
    ("Share full article", "sharing"),
    ("Gift this article", "sharing"),
    ("Listen to this article · 9:40 min", "navigation"),
    ("Jump to message", "navigation"),
    ("Marked as solution", "status"),
    ("Join the Discord", "account"),
    ("Open main menu", "navigation"),
    ("Similar Threads", "related"),
    ("Recent Announcements", "related"),
    ("Subscribe via RSS", "newsletter"),
    ("Posted on March 3, 2024 · 6 minute read", "counter"),
    ("Show less", "navigation"),
    ("...more", "navigation"),
    ("Follow along using the transcript.", "navigation"),
    ("Everybody can reply", "status"),
    ("Drag & drop to upload", "status"),
    ("Preview channel", "navigation"),
    ("Your email address won't be published.", "comments"),
    ("Fields marked with an * are required", "comments"),
    ("3 posts selected", "counter"),
]


@pytest.mark.parametrize(("line", "kind"), ENGLISH_REMOVED)
def test_english_page_furniture_is_removed_with_its_kind(line, kind):
    found = general_rule(line)
    assert found is not None and found[0] == f"interface:{kind}", (line, found)


@pytest.mark.parametrize(
    "line",
    [
        "I added the bug label to the wrong issue, so the triage bot ignored it.",
        "She mentioned this issue at the meeting, twice.",
        "Working on this took me three weekends.",
        "Show less, tell more.",
        "More in common than you would think.",
        # words that are headings or names as often as buttons: only next to chrome
        "Interesting",
        "Funny",
        "Solved",
        "Name",
        "Website",
        "Contents",
        "Open",
        "Closed",
        "Member",
        "Recommended",
        "Sort",
        "Learn more",
        "Clip",
        "Newsletters",
    ],
)
def test_english_prose_and_lone_heading_words_are_kept(line):
    assert general_rule(line) is None
    assert kept(line) == [line]


def test_moderation_words_go_as_the_filter_row_over_comments():
    doc = ["Share", "Filter:", "All", "Insightful", "Informative", "Funny", "A comment here."]
    assert kept(*doc) == ["A comment here."]
    assert kept("A first comment.", "Funny", "A second comment.") == [
        "A first comment.",
        "Funny",
        "A second comment.",
    ]


def test_a_comment_forms_field_labels_go_next_to_the_form():
    doc = [
        "The last paragraph of the post.",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Name *",
        "Email *",
        "Website",
        "Notify me of follow-up comments by email.",
    ]
    assert kept(*doc) == ["The last paragraph of the post."]


def test_code_host_event_lines_need_their_date_or_their_whole_form():
    assert general_rule("lina-k added the bug label") is None  # could be a sentence fragment
    assert general_rule("lina-k added the bug label 3 days ago")[0] == "interface:hosting-banner"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # chat archives' events and paging, podcast pages' sponsor reads and notices
        ("ghostfern joined the room", "status"),
        ("(edited)", "status"),
        ("Showing messages 1–8 of 8", "status"),
        (
            "This episode is brought to you by Fernway Notebooks. Use code QUIET for 15% off.",
            "sponsor",
        ),
        ("Werbung: Diese Folge wird unterstützt von einer Rösterei aus Bremen.", "sponsor"),
        ("Transcript generated automatically and lightly edited. Errors may remain.", "status"),
        ("Das Transkript wurde automatisch erstellt und kann Fehler enthalten.", "status"),
        # news and blog furniture in French, German and Chinese
        ("Lire aussi | Les assistants vocaux ont-ils une personnalité ?", "related"),
        ("Lesen Sie auch: Neue Radwege am Wall", "related"),
        ("Mehr aus Bremen", "related"),
        ("Temps de lecture 4 min.", "post-meta"),
        ("Publié le 8 janvier 2026 à 06h00, mis à jour à 11h42", "post-meta"),
        ("Fièrement propulsé par WordPress", "hosting-banner"),
        ("相关博文：", "related"),
    ],
)
def test_more_page_furniture_goes_by_its_kind(line, kind):
    found = match_interface(line)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "She joined the room and sat down next to the window.",
        "The episode is brought up again later, when we talk about memory.",
        "Spotify",  # a name alone: only next to other chrome
        "Publié le livre de ma mère",
        "Mehr aus Liebe als aus Pflicht habe ich weitergemacht",
    ],
)
def test_the_same_words_in_prose_stay(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


# ------------------------------------------------------------------ Swedish, forums, forges


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Swedish news furniture
        ("Hoppa till innehållet", "skip-link"),
        ("Meny", "navigation"),
        ("Logga in", "account"),
        ("Kopiera länk", "sharing"),
        ("Prenumerera på vårt nyhetsbrev", "newsletter"),
        ("Få dagens viktigaste nyheter direkt i inkorgen.", "newsletter"),
        ("Publicerad 12 mars 2025", "timestamp"),
        ("Uppdaterad 13 mars 2025 kl. 08.15", "timestamp"),
        ("Lästid 3 min", "post-meta"),
        ("Kommentarer (14)", "comments"),
        ("Lyssna på artikeln", "tabs"),
        ("Läs också: Så fungerar röstassistenterna", "related"),
        ("Cookieinställningar", "consent"),
        # forum furniture in Dutch, Russian, Portuguese and Chinese
        ("Topicstarter", "post-meta"),
        ("Pagina 1 van 3", "navigation"),
        ("Ответить с цитатой", "post-actions"),
        ("Вернуться к началу", "navigation"),
        ("Список форумов ‹ Технологии ‹ Нейросети", "navigation"),
        ("Показать сообщения за: Все сообщения", "navigation"),
        (
            "Сейчас этот форум просматривают: нет зарегистрированных пользователей и гости: 3",
            "status",
        ),
        ("Relacionado", "related"),
        ("Blog no WordPress.com.", "hosting-banner"),
        ("加入收藏", "post-actions"),
        ("12 条回复 • 2025-03-02 10:12:44 +08:00", "counter"),
        ("广告投放", "sponsor"),
        # site software, footers, code hosts, Q&A and discussions
        ("Powered by Forgejo", "hosting-banner"),
        ("Powered by Podpage", "hosting-banner"),
        ("Reddit, Inc. © 2025. All rights reserved.", "legal"),
        ("58 commits", "counter"),
        ("Beta Was this translation helpful? Give feedback.", "post-actions"),
        ("Comment options", "post-actions"),
        ("Answered by hollyridge", "post-meta"),
        ("on Sep 14, 2024", "timestamp"),
        ("Expand comment search", "navigation"),
        ("Related Answers", "related"),
        # podcast and book review pages
        ("Download MP3", "navigation"),
        ("[End of sponsor break]", "ad-marker"),
        # wiki pages
        ("Add topic", "navigation"),
        ("View history", "navigation"),
        ("This page was last edited on 9 March 2024, at 14:02 (UTC).", "legal"),
        (
            "Text is available under the Creative Commons Attribution-ShareAlike License 4.0",
            "legal",
        ),
        ("Latest comment: 2 months ago · 4 comments · 3 people in discussion", "post-meta"),
        ("Computer science: Low-importance", "post-meta"),
        # a Chinese blog's post furniture
        ("好文要顶", "post-actions"),
        ("posted @ 2025-06-18 21:37 林间小径 阅读(2316) 评论(7) 收藏 举报", "post-meta"),
        ("标签: 大模型, 提示词, 角色设定", "post-meta"),
        ("登录后才能查看或发表评论，立即 登录 或者 逛逛 博客园首页", "account"),
        # French WordPress and Spanish news
        ("Partager :", "sharing"),
        ("4 mars 2025 à 19 h 02 min", "timestamp"),
        ("4 réponses à « Mon assistant a-t-il un caractère ? »", "comments"),
        ("Normas de participación", "comments"),
        ("Lo más visto", "related"),
        ("Madrid - 21 feb 2024 - 07:45 CET", "timestamp"),
        # podcast pages and code snippets
        ("Weitere Folgen", "navigation"),
        ("More episodes", "navigation"),
        ("Copy file contents", "hosting-banner"),
        ("Snippet ID: 4021877", "hosting-banner"),
        ("Want to Read", "post-actions"),
        ("Buy on Amazon", "sponsor"),
        ("Sign into Goodreads to see if any of your friends have read The Quiet Lamp.", "account"),
        ("Shelves: read-2024, favourites, ai-fiction", "post-meta"),
        ("3.94 avg rating — 1,208 ratings", "post-meta"),
        ("October 3, 2024 – Started Reading", "post-meta"),
    ],
)
def test_furniture_of_forums_forges_and_swedish_news_goes_by_its_kind(line, kind):
    found = match_interface(line)
    assert found is not None and found.kind == kind and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Läs också vad som händer med alla samtal som sparas.",
        "Dela gärna med dig av dina erfarenheter i kommentarerna.",
        "Logga in på datorn varje morgon tog längre tid än väntat.",
        "Publicerad första gången 1998 var dikten länge okänd.",
        "Nyheter",  # a section name alone: only next to a menu
        "Citeer gerust uit mijn bericht als je wilt.",
        "Berichten over de nieuwe ketting kwamen snel binnen.",
        "Ответить с цитатой из книги было бы проще.",
        "Вернуться к началу разговора он так и не смог.",
        "加入收藏夹之后我就忘了这篇文章。",
        "回复一楼：两边都在变吧。",
        "Powered by phpBB, our old forum ran for ten years.",
        "Version: 9.0.3",  # a key and a value alone: only under the forge's name
        "Page: 38ms",
        "Answered by the maintainer within an hour.",
        "I want to read everything this author writes next.",
        "Listen on Spotify if you prefer, or read the text below.",
        "Shelves: we built three of them from old pallets.",
        "Article",  # a wiki's tab words alone are headings: only next to its tabs
        "Talk",
        "Developers",
        "Code of Conduct",
        "Computer science: a field that grew out of mathematics.",
        "Latest comment: the kettle was fine after all.",
        "标签是我们自己起的名字，不是网站的。",
        "Partager : voilà ce que je voulais vous dire, sans plus.",
        "Nom",  # a form's field label alone: only next to the form
        "Lo más visto del año fue un gato en un tejado.",
        "Herunterladen",
        "1x",
        "Download",
        "Buy on Amazon only if the local shop has sold out.",
        "Sign in to see if your friends are right, she said, and laughed.",
        "r/Sourdough",  # a community's name alone: only next to the site's menu
        "Join",
    ],
)
def test_prose_with_the_words_of_that_furniture_stays(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


def test_a_forges_version_and_timings_go_under_its_name_only():
    doc = lines_of("Powered by Forgejo", "Version: 9.0.3", "Page: 38ms", "Template: 6ms")
    assert kept(*[line.text for line in doc]) == []
    assert kept("We measured it twice.", "Page: 38ms", "That was fast.") == [
        "We measured it twice.",
        "Page: 38ms",
        "That was fast.",
    ]


def test_a_dutch_posts_quote_and_reply_buttons_go_as_a_column():
    doc = ["Een bericht met een zin.", "Citeer", "Reageer", "Nog een bericht, met een zin."]
    assert kept(*doc) == [doc[0], doc[-1]]
    # the reply word alone, opening a sentence, stays
    assert kept("Reageer gerust als je een ander schema gebruikt.") == [
        "Reageer gerust als je een ander schema gebruikt."
    ]


def test_a_wikis_tabs_go_next_to_its_history_link():
    doc = ["Talk:Sycophancy", "Add topic", "Article", "Talk", "Read", "Edit", "View history"]
    assert kept(*doc, "A comment with a sentence.") == [
        "Talk:Sycophancy",
        "A comment with a sentence.",
    ]


def test_a_players_buttons_go_next_to_the_episodes_date():
    doc = [
        "22. Januar 2026",
        "52 Minuten",
        "Abspielen",
        "Herunterladen",
        "Ein Satz über die Folge.",
    ]
    assert kept(*doc) == ["Ein Satz über die Folge."]


# a page's furniture every news site and forum prints, in the corpus's languages: each line
# goes alone, as a whole line (the post labels and button words stay for their rows)
COMMON_FURNITURE = {
    "en": [
        "Follow us",
        "Next page",
        "Click to expand...",
        "Continue this thread",
        "View all posts by Jane Doe",
        "Last edited by nettle; 03-04-2024 at 10:12 AM.",
        "Reactions: fernwise, quillon and 3 others",
        "Member since 2019",
        "Show replies",
        "View replies (3)",
        "Watch on YouTube",
    ],
    "de": [
        "Folgen Sie uns",
        "Alle Rechte vorbehalten.",
        "Artikel anhören",
        "Seite 2 von 5",
        "Nächste Seite",
        "Registriert seit: 12.03.2019",
        "Zuletzt bearbeitet: 12.03.2024, 10:15 Uhr",
        "Kommentar schreiben",
        "Hinweis: Dieser Artikel ist älter als ein Jahr.",
    ],
    "fr": [
        "Suivez-nous",
        "Tous droits réservés.",
        "Écouter cet article",
        "Page 2 sur 5",
        "Inscrit le : 12 mars 2019",
        "Voir les commentaires",
        "Abonnez-vous",
    ],
    "es": [
        "Síguenos",
        "Todos los derechos reservados.",
        "Escuchar artículo",
        "Página 2 de 5",
        "Registrado: mar 2019",
    ],
    "ru": [
        "Подписывайтесь на нас",
        "Самое читаемое",
        "Слушать статью",
        "Следующая страница",
        "Зарегистрирован: 12 мар 2019",
        "Показать комментарии",
    ],
    "el": [
        "Ακολουθήστε μας",
        "Με επιφύλαξη παντός δικαιώματος.",
        "Σελίδα 2 από 5",
        "Επόμενη σελίδα",
        "Ενημερώθηκε: 12/03/2024 10:15",
    ],
    "zh": [
        "分享到微信",
        "关注我们",
        "第2页，共5页",
        "下一页",
        "注册时间：2019-03-12",
        "查看评论",
    ],
    "th": ["ติดตามเรา", "หน้าถัดไป", "อัปเดตล่าสุด 12 มี.ค. 2567"],
}


@pytest.mark.parametrize("line", [line for lines in COMMON_FURNITURE.values() for line in lines])
def test_common_furniture_in_the_corpus_languages_goes_as_a_whole_line(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Follow us down to the river, the guide said, and we did.",
        "Next page of the notebook was blank.",
        "Member since 2019 of the allotment society, she still grows beans.",
        "Show replies from the model side by side, then compare them.",
        "Seite 2 von 5 fehlte im Heft, also rieten wir.",
        "Registriert seit: 12. März 2019. Seitdem schreibe ich hier.",
        "Messages : 1204 et des poussières, disait-il.",
        "Página 2 de 5 del cuaderno estaba en blanco.",
        "Следующая страница рассказа оказалась пустой.",
        "下一页写着什么，我已经不记得了。",
        "Location: the kitchen table, as usual.",
        "Photo: the first loaf, flat as a plate, and the second, which rose.",
        "Pinned",  # a badge word alone: only among a post's other furniture
        "Verified",
        "level 1",
    ],
)
def test_prose_with_those_words_stays(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


def test_a_credit_under_the_byline_goes_and_a_caption_stays():
    assert kept("Von Jana Berg", "12. März 2024", "Foto: dpa", "Der Text beginnt hier.") == [
        "Von Jana Berg",
        "Der Text beginnt hier.",
    ]
    caption = "Foto: der erste Laib, flach wie ein Teller, und der zweite."
    assert kept("12. März 2024", caption, "Der Text beginnt hier.") == [
        caption,
        "Der Text beginnt hier.",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # an emailed newsletter's own header and footer
        ("View this email in your browser", "newsletter"),
        ("Forward to a friend", "newsletter"),
        ("You are receiving this email because you opted in via our website.", "newsletter"),
        ("You can update your preferences or unsubscribe from this list.", "newsletter"),
        ("Subscribe to The Quiet Weights", "newsletter"),
        ("By Marguerite Olsen · Hundreds of paid subscribers", "newsletter"),
        ("E-Mail im Browser ansehen", "newsletter"),
        ("Se désabonner", "newsletter"),
        # thread mirrors, chat archives and exports
        ("Thread by @renee_builds", "hosting-banner"),
        ("27 tweets, 5 min read", "hosting-banner"),
        ("Save as PDF", "hosting-banner"),
        ("Not included, change data exporting settings to download.", "hosting-banner"),
        ("Marta joined group by link from Group", "status"),
        ("Tuesday, March 11th", "timestamp"),
        ("Moderation Log", "navigation"),
    ],
)
def test_newsletter_and_thread_mirror_furniture_goes_by_its_kind(line, kind):
    found = match_interface(line)
    assert found is not None and found.kind == kind and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to a newsletter only if you will read it, my aunt said.",
        "You are receiving this letter because you asked me a question in June!",
        "Forward to a friend whatever makes you laugh.",
        "Together with my sister, I planted forty tulips.",
        "Together with my sister",  # a caption alone: only next to a letter's furniture
        "The thread by @renee_builds was longer than most.",
        "On Tuesday, March 11th, the model was updated again.",
        "Photo",  # a chat export's placeholder: only next to the export's notes
        "Search:",  # a search box's label: only in a footer or a menu
        "Maintainer",  # a commenter's badge: only among a post's furniture
    ],
)
def test_prose_like_newsletter_furniture_stays(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


def test_a_chat_exports_placeholder_goes_next_to_its_note():
    note = "Not included, change data exporting settings to download."
    assert kept("Lucía", "Photo", note, "This is my loaf.") == ["Lucía", "This is my loaf."]


def test_a_search_label_goes_after_the_footer_menu():
    footer = "Guidelines | FAQ | Lists | API | Security | Legal | Contact"
    assert kept("A reply, with a sentence.", footer, "Search:") == ["A reply, with a sentence."]


MORE_COMMON_FURNITURE = [
    "Seguici",
    "Pagina 2 di 5",
    "Iscritto il: 12 mar 2019",
    "Siga-nos",
    "Ouvir matéria",
    "Assine a newsletter",
    "Volg ons",
    "Beluister dit artikel",
    "Lid sinds: 12 mrt 2019",
    "Obserwuj nas",
    "Następna strona",
    "次のページ",
    "トップに戻る",
    "다음 페이지",
    "الصفحة التالية",
    "Слідкуйте за нами",
    "Bizi takip edin",
    "Bunu da okuyun",
]


# A member's count of posts under their name: the software's label and a figure, which a chat,
# a list or a table of figures may print as a line of its own. It goes beside the rest of the
# author block, never alone between sentences.
POST_COUNTS = [
    ("fr", "Inscrit le : 12 mars 2019", "Messages : 1204"),
    ("es", "Registrado: mar 2019", "Mensajes: 1204"),
    ("pt", "Data de Ingresso: Mar 2014", "Mensagens: 1204"),
    ("nl", "Lid sinds: 12 mrt 2019", "Berichten: 1.904"),
    ("zh", "注册时间：2019-03-12", "帖子：1204"),
]


@pytest.mark.parametrize(("lang", "joined", "count"), POST_COUNTS)
def test_a_members_post_count_goes_in_the_author_block_and_stays_alone(lang, joined, count):
    found = match_interface(count)
    assert found is not None and found.context == "run", lang
    text = kept("Une phrase, ou deux.", "ada_l", joined, count, "Another sentence, longer.")
    assert count not in text and joined not in text, (lang, text)
    alone = kept("The tally after a year of posting:", count, "Not bad for a lurker, I think.")
    assert count in alone, (lang, alone)


@pytest.mark.parametrize("line", MORE_COMMON_FURNITURE)
def test_more_common_furniture_goes_as_a_whole_line(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Seguici pure, disse la guida, ma piano.",
        "Pagina 2 di 5 era strappata.",
        "Volg ons gerust naar de markt, zei ze.",
        "次のページには何も書いていなかった。",
        "Bunu da okuyun, dedi öğretmen gülerek.",
        "Cita",  # a quote button alone: only in a row of a post's buttons
        "引用",
        "Fot. z wakacji nad morzem, jeszcze z dziadkiem",  # a credit goes only next to chrome
    ],
)
def test_prose_with_more_common_furniture_words_stays(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


@pytest.mark.parametrize(
    "line",
    [
        "Suggested Topics",
        "Want to read more? Browse other topics in Prompting or view latest topics.",
        "Powered by Discourse, best viewed with JavaScript enabled",
        "You must log in or register to reply here.",
        "Thread starter nettle_and_ink",
        "Start date Mar 3, 2024",
        "Reposted by anne.example.social",
        "Terms and rules",
        "Expand this post",
        "Show content",
        "Add bookmark",
        "Remove ads",
        "Sign in to Bluesky",
    ],
)
def test_forum_and_fediverse_furniture_goes_as_a_whole_line(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Suggested topics for next week: bees, bread and bikes.",
        "Thread starter kits are sold at the market, she said.",
        "Reposted by accident, sorry about that!",
        "Show content you are proud of, not only the polished parts.",
        "Boost",  # a button word alone: only in a row with the post's other buttons
        "Members",  # a menu word alone: only next to the site's menu
        "Solution",  # a heading in a text about puzzles, unless among a post's furniture
        "Content warning",
    ],
)
def test_prose_and_lone_words_of_forum_furniture_stay(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


@pytest.mark.parametrize(
    "line",
    [
        "Ακολουθήστε το technea.gr στο Google News",
        "Γράψτε σχόλιο",
        "อ่านข่าวต้นฉบับได้ที่ www.example.co.th",
        "阅读原文",
        "热门评论",
        "只看该作者",
        "Читать полностью",
        "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
        "Всего голосов 12: ↑10 и ↓2",
        "Добавить в закладки",
    ],
)
def test_news_and_forum_furniture_in_greek_thai_chinese_russian_goes(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Ακολουθήστε το μονοπάτι μέχρι τη θάλασσα.",
        "阅读原文之后，我又想了很久。",
        "Читать полностью эту книгу я так и не смог.",
        "楼主",  # a floor name alone: only among a post's furniture
        "Просмотры",
    ],
)
def test_prose_with_those_greek_chinese_russian_words_stays(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


@pytest.mark.parametrize(
    "line",
    [
        "Cannot retrieve latest commit at this time.",
        "Folders and files",
        "Repository files navigation",
        "No releases published",
        "You can’t perform that action at this time.",
        "Clone with HTTPS",
        "Download transcript",
        "Rewind 15 seconds",
    ],
)
def test_repository_page_and_player_furniture_goes_as_a_whole_line(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


def test_a_repository_sidebars_words_and_figures_go_next_to_it():
    sidebar = [
        "Report repository",
        "Releases",
        "No releases published",
        "Languages",
        "Python 98.2%",
    ]
    assert kept("The README ends here.", *sidebar) == ["The README ends here."]
    # the same words between sentences are the text's own
    prose = ["We made three releases.", "Releases", "The first one was in May.", "Python 98.2%"]
    assert kept(*prose) == prose


def test_a_sponsor_line_goes_next_to_the_letters_furniture():
    assert kept("The letter ends here.", "Together with Loamwise compost", "Share this issue") == [
        "The letter ends here."
    ]


# ------------------------------------------------- print version, report abuse, published documents


@pytest.mark.parametrize(
    "line",
    [
        "Версія для друку",
        "Версия для печати",
        "Druckversion",
        "Version imprimable",
        "Versión para imprimir",
        "Wersja do druku",
        "Εκτυπώσιμη έκδοση",
        "印刷用ページ",
        "نسخة للطباعة",
        "Printer-friendly version",
        "Надрукувати цю сторінку · Закрити вікно",
        "Signaler un abus",
        "Missbrauch melden",
        "Zgłoś nadużycie",
        "Сообщить о нарушении",
        "Αναφορά κατάχρησης",
    ],
)
def test_print_version_and_report_abuse_links_go_in_many_languages(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Версія для друку вийшла наступного дня з виправленнями.",
        "The print version of the magazine ran a shorter interview.",
        "Die Druckversion des Buches hat mehr Bilder.",
        "Signaler un abus, c'est ce que j'aurais dû faire plus tôt.",
        "Она решила сообщить о нарушении в службу поддержки.",
        "Закрыть окно на ночь она забыла.",
        "Was this helpful? I think it was, and I said so.",
        "¿Te resultó útil? A mí me ayudó mucho con el pan.",
        "Полезен ли обзор? Думаю, да: я купил игру после него.",
    ],
)
def test_sentences_with_those_words_stay(line):
    assert match_interface(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "¿Te resultó útil? Sí (12) No (1) Denunciar",
        "Полезен ли обзор? Да Нет Забавный Награда",
        "Was this review helpful? Yes (4) No (0) Report",
        "War diese Bewertung hilfreich? Ja (3) Nein (1)",
    ],
)
def test_a_reviews_helpfulness_row_goes(line):
    found = match_interface(line)
    assert found is not None and found.rule == "interface:voting"


def test_a_published_documents_host_lines_go_and_its_text_stays():
    out = kept(
        "Tarte aux pommes de ma grand-mère",
        "Mis à jour automatiquement toutes les 5 minutes",
        "Il faut six pommes et un peu de cannelle.",
        "Publié avec Google Docs",
        "Signaler un abus",
    )
    assert out == ["Tarte aux pommes de ma grand-mère", "Il faut six pommes et un peu de cannelle."]


def test_one_word_report_and_quote_buttons_go_only_next_to_a_posts_buttons():
    out = kept(
        "Am semănat roșiile în martie, sub folie.",
        "Răspunde · Citează · Raportează",
        "Raportează",
        "Raportează",
    )
    assert out == ["Am semănat roșiile în martie, sub folie."]
    assert kept("Citează", "Poezia are trei strofe scurte.") == [
        "Citează",
        "Poezia are trei strofe scurte.",
    ]


# ------------------------------------- forum software notices, review stores, mailing-list archives


@pytest.mark.parametrize(
    "line",
    [
        "Ersteller: radler_77 · Erstellt am: 3. März 2026",
        "Започната от ivan_b Начална дата 5 март 2026",
        "Thread starter wheelsmith Start date Mar 5, 2026",
        "1 Felhasználó és 4 vendég van a témában.",
        "Users browsing this forum: No registered users and 2 guests",
        "משתמשים הגולשים בפורום זה: אין משתמשים רשומים ו-1 אורחים",
        "41 пользователей посчитали этот обзор полезным",
        "17 people found this review helpful",
        "9 Personen fanden diese Bewertung hilfreich",
        "Next message (by thread): [garden-list] Seed swap in April",
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
        "More information about the garden-list mailing list",
        "An HTML attachment was scrubbed...",
        "Built with Sphinx using a theme provided by Read the Docs.",
        "Read the Docs v: stable",
        "The current page could have changed in the meantime. Learn more.",
        "Versiune completă Versiune numai text Vizualizați sursa",
    ],
)
def test_forum_store_and_archive_notices_go_as_whole_lines(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Der Ersteller des Themas hat recht, das Startdatum war falsch.",
        "Három vendég van a házban, és mind éhesek.",
        "17 people found this review helpful, and I was one of them because it saved me money.",
        "The next message I sent her was much shorter.",
        "More information about the garden is on the noticeboard by the gate.",
        "I built my notes with Sphinx, and the theme came from a friend.",
        "next part",  # a heading in a series: the dashes Mailman prints are read as decoration
    ],
)
def test_prose_about_the_same_things_stays(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


def test_mailmans_attachment_separator_goes_only_among_the_archives_lines():
    out = kept(
        "Thanks, I will try the shorter prompt tomorrow.",
        "-------------- next part --------------",
        "An HTML attachment was scrubbed...",
        "More information about the garden-list mailing list",
    )
    assert out == ["Thanks, I will try the shorter prompt tomorrow."]
    assert kept("Next part", "The story goes on at the harbour.") == [
        "Next part",
        "The story goes on at the harbour.",
    ]


# ------------------------------------ WordPress, WP Recipe Maker, AO3, proxies, translation banners


@pytest.mark.parametrize(
    "line",
    [
        "Lämna en kommentar",
        "Din e-postadress kommer inte att publiceras.",
        "Acha maoni",
        "Mag-iwan ng komento",
        "Jump to Recipe Print Recipe",
        "Rezept drucken",
        "Stats: Published: 2025-11-02 Words: 3,410 Chapters: 2/? Kudos: 51 Hits: 700",
        "Archive Warning: No Archive Warnings Apply",
        "Linguistics (Rated B-class, Low-importance)",
        'By clicking "Post Your Answer", you agree to our terms of service and privacy policy.',
        "Proxied content from gemini://garden.example/notes.gmi",
        "Served by gophernicus on the proxy",
        "このページは英語から翻訳されました",
        "翻訳: Google",
        "Original page: https://blog.example.org/a-post",
    ],
)
def test_well_known_softwares_furniture_goes_as_whole_lines(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Lämna en kommentar om du har provat receptet själv.",
        "Acha maoni yako hapa chini kama umejaribu mbegu hizi.",
        "Jump to the recipe if you do not want the story of my grandmother.",
        "Stats: we counted 12 birds and 3 nests this morning.",
        "Rated as the best bakery in town, the shop still opens at six.",
        "Chapter by Chapter",
        "Translated by Google, the letter lost all its jokes.",
    ],
)
def test_prose_with_the_softwares_words_stays(line):
    found = match_interface(line)
    assert found is None or found.context != "line"


# ------------------------------ topic lists, "show N more comments", "back to top", comment prompts


@pytest.mark.parametrize(
    "line",
    [
        "Thema Antworten Aufrufe Aktivität",
        "Topic Replies Views Activity",
        "Показать ещё 12 комментариев",
        "Zobrazit další komentáře",
        "5 weitere Kommentare anzeigen",
        "Show more replies (16)",
        "Trở lên đầu trang",
        "Kembali ke atas",
        "Viết bình luận của bạn...",
        "Kirjoita kommentti...",
        "Watch thread",
    ],
)
def test_comment_and_topic_list_furniture_goes_in_more_languages(line):
    found = match_interface(line)
    assert found is not None and found.context == "line"


@pytest.mark.parametrize(
    "line",
    [
        "Показать ещё 12 комментариев он так и не решился.",
        "Trở lên đầu trang sách, tôi đọc lại lời tựa.",
        "Kembali ke atas bukit, kami melihat matahari terbenam.",
        "Das Thema, die Antworten und die Aufrufe interessieren mich weniger als die Aktivität.",
        "I watch thread counts on old bicycles closely.",
    ],
)
def test_sentences_with_that_furniture_stay(line):
    found = match_interface(line)
    assert found is None or found.context != "line"
