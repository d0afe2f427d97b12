"""The page's labels and notices at its top: section labels ("Comments"), filing labels
("Category: AI"), sign-up prompts, an email's furniture, consent banners, disclosures, identifier
stamps and counters.

Each of them can be as long as a headline and shaped like one; they are the site's words about
the page, never its title. Word lists are used only where the line has no shape of its own.
"""

from __future__ import annotations

import re

import regex

from persona_archive.cleaning.structure.titles.measure import _vocabulary

# Where a post is filed, as a label and its value ("Series: Building a persona", "Category: AI",
# "Filed under: Bees", "Kategorie: KI"): the site's filing, never the post's title.
_FILING_LABEL = re.compile(
    r"^(?:series|category|categories|filed\s+under|posted\s+in|tags?|section|serie|série"
    r"|kategorie|kategorien|schlagwörter|rubrik|catégorie|catégories|rubrique|categoría|categoria"
    r"|etiquetas|sezione|reeks|kategoria|kategori|рубрика|категория|分类|分類|カテゴリー|카테고리"
    r"|guild|workspace)"
    r"\s*[:：]\s*\S",
    re.IGNORECASE,
)
# A field of an event's record, a label and its value ("Venue: Main building, room 12",
# "Helyszín: Főépület, 12-es terem", "Ort: Hörsaal 3", "地點：大禮堂"): where, when and who, under
# the event's title, never the title itself.
_EVENT_FIELD = re.compile(
    r"^(?:venue|location|place|where|when|speaker|speakers|helyszín|időpont|előadó|előadók|lieu"
    r"|intervenant(?:e|s)?|ort|veranstaltungsort|referent(?:in)?|lugar|ponente|luogo|relatore"
    r"|relatrice|local|palestrante|plaats|spreker|miejsce|prelegent|место|докладчик|спикер|yer"
    r"|konuşmacı|tempat|pembicara|địa\s+điểm|diễn\s+giả|místo|přednášející|sted|plats"
    r"|τόπος|ομιλητής|地點|地点|講者|讲者|場所|講師|장소|연사)"
    r"\s*[:：]\s*\S",
    re.IGNORECASE,
)
# The furniture an emailed newsletter keeps in its web view: the link to the web view itself,
# "Forward to a friend", the note on why the reader gets it.
_EMAIL_FURNITURE = re.compile(
    r"""^\W*(?:
        (?:view|read|open|see)\s+(?:this\s+(?:email|e-mail|newsletter|message|issue)|it|online
            |in\s+(?:your\s+)?browser)(?:\s+(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s+)?browser
            |\s+online)?
      | (?:having\s+)?trouble\s+(?:viewing|reading)\s+this\s+(?:email|e-mail|message)\b.{0,60}
      | (?:is\s+)?(?:this\s+|the\s+)?(?:email|e-mail)\s+not\s+displaying\s+(?:correctly|properly)
            \b.{0,60}
      | forward\s+(?:this\s+(?:email|e-mail|newsletter)\s+)?to\s+a\s+friend
      | (?:click|tap)\s+here\s+to\s+(?:view|read)\b.{0,40}
      | (?:voir|afficher|lire|consulter)\s+(?:la\s+version\s+(?:en\s+ligne|web)
            |(?:cet|ce|cette|la)\s+(?:e-?mail|courriel|message|lettre|newsletter|infolettre)
                \s+(?:dans\s+(?:votre|le)\s+navigateur|en\s+ligne)
            |dans\s+(?:votre|le)\s+navigateur)
      | (?:im|in\s+(?:ihrem|deinem))\s+browser\s+(?:ansehen|anzeigen|öffnen|lesen)
      | (?:diese\s+)?(?:e-?mail|newsletter)\s+im\s+browser\s+(?:ansehen|anzeigen|öffnen|lesen)
      | online\s+(?:ansehen|lesen|anzeigen)
      | ver\s+(?:este\s+(?:correo|e-?mail)\s+)?en\s+(?:el|tu|su)\s+navegador
      | (?:ver|abrir|visualizar)\s+(?:este\s+e-?mail\s+)?no\s+(?:seu\s+)?navegador
      | visualizza\s+(?:questa\s+(?:e-?mail|newsletter)\s+)?(?:nel\s+(?:tuo\s+)?browser|online)
      | (?:visa|öppna|läs)\s+(?:i\s+(?:din\s+)?webbläsare|(?:mejlet|nyhetsbrevet)\s+i\s+webbläsaren)
      | bekijk\s+(?:deze\s+(?:e-?mail|nieuwsbrief)\s+|hem\s+|['’]m\s+)?in\s+(?:je|uw|de)\s+browser
      | bekijk\s+de\s+(?:online|web)\s*versie
      | (?:lukt\s+het\s+(?:je\s+)?niet\s+om\s+deze\s+(?:e-?mail|nieuwsbrief)\s+(?:goed\s+)?te
            \s+(?:lezen|bekijken|zien)
        | (?:wordt|is)\s+deze\s+(?:e-?mail|nieuwsbrief)\s+niet\s+(?:goed|juist|correct)
            \s+(?:weergegeven|zichtbaar|leesbaar)
        | kun\s+(?:je|u)\s+deze\s+(?:e-?mail|nieuwsbrief)\s+niet\s+(?:goed\s+)?(?:lezen|zien
            |bekijken))\b.{0,60}
      | (?:ser\s+du\s+ikke\s+(?:e-?posten|nyhetsbrevet)|vis\s+i\s+nettleser(?:en)?)\b.{0,60}
      | (?:eikö\s+(?:viesti|uutiskirje|sähköposti)\s+näy\s+oikein|avaa\s+selaimessa)\b.{0,60}
      | (?:nie\s+widzisz\s+(?:poprawnie\s+)?(?:tej\s+wiadomości|newslettera)
            |zobacz\s+w\s+przeglądarce)\b.{0,60}
      | (?:non\s+(?:riesci\s+a\s+)?visualizz\w+\s+correttamente)\b.{0,60}
      | (?:bu\s+e-?postayı\s+(?:düzgün\s+)?göremiyor\s+musunuz|tarayıcıda\s+görüntüle)
            \b.{0,60}
      | (?:nem\s+jelenik\s+meg\s+(?:megfelelően|helyesen)|megnyitás\s+böngészőben)\b.{0,60}
      | (?:se|vis|åbn|læs)\s+(?:denne\s+(?:e-?mail|mail|nyhedsbrev)|dette\s+nyhedsbrev)
            \s+i\s+(?:din\s+)?browser(?:en)?
      | (?:lihat|buka|baca)\s+(?:e-?mail|surel|buletin)\s+ini\s+di\s+(?:peramban|browser)
            (?:\s+anda)?
      | இந்த\s+மின்னஞ்சலை\s+(?:உங்கள்\s+)?உலாவியில்\s+(?:பார்க்க|காண்க|பார்க்கவும்)
      | (?:if\s+you\s+)?(?:can['’]t|cannot|can\s+not)\s+(?:see|view|read)\s+this\s+(?:email|e-mail
            |newsletter|message)\b.{0,60}
      | (?:若|如果|如)?(?:您)?(?:無法|无法|不能)(?:正常|正確|正确)?
            (?:顯示|显示|閱讀|阅读|瀏覽|浏览|檢視|查看)
            (?:此|這封|这封|本)?(?:郵件|邮件|電子報|电子报|信件|內容|内容).{0,40}
      | (?:この)?(?:メール|メールマガジン)が(?:正しく)?表示されない(?:場合|方).{0,40}
      | (?:이\s*)?(?:메일|이메일|뉴스레터)(?:이|가)\s*(?:잘\s*|제대로\s*)?(?:보이지|표시되지)\s*
            않(?:으면|는\s*경우|나요).{0,40}
      | kan\s+du\s+ikke\s+se\s+(?:nyhedsbrevet|denne\s+(?:e-?)?mail|mailen)\b.{0,60}
      | ser\s+du\s+inte\s+(?:nyhetsbrevet|mejlet)\b.{0,60}
      | (?:wird\s+(?:diese|der|die)\s+(?:e-?mail|newsletter)\s+nicht\s+(?:richtig|korrekt)
            \s+angezeigt)\b.{0,60}
      | (?:¿\s*)?no\s+(?:puedes|puede|consigues)\s+ver\s+(?:este|el)\s+
            (?:correo|e-?mail|boletín)\b.{0,60}
      | (?:vous\s+ne\s+(?:voyez|parvenez)|problème\s+d['’]affichage)\b.{0,60}
      | não\s+(?:consegue|está\s+conseguindo)\s+(?:ver|visualizar)\s+(?:este|o)\s+
            (?:e-?mail)\b.{0,60}
      | tidak\s+dapat\s+melihat\s+(?:email|surel)\s+ini\b.{0,60}
      | (?:in\s+this\s+(?:issue|edition|week['’]s\s+issue)|dans\s+ce\s+numéro|in\s+dieser\s+ausgabe
            |en\s+este\s+número|neste\s+número|in\s+questo\s+numero|in\s+deze\s+editie
            |i\s+(?:detta|dette)\s+(?:nummer|nyhetsbrev|nyhedsbrev)|dalam\s+edisi\s+ini
            |trong\s+số\s+này|本期(?:重點|重点|內容|内容|摘要|導讀|导读)|今号の(?:内容|目次)
            |이번\s*호(?:에서는|의\s*내용))\s*[:：]\s*\S.{0,200}
      | (?:在|於)\s*(?:瀏覽器|浏览器|網頁|网页)\s*(?:中|上)?\s*
            (?:檢視|查看|閱讀|阅读|瀏覽|浏览|開啟|打开)(?:這封|这封|此)?(?:郵件|邮件|電子報|电子报)?
    )[.!…。]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Labels of a page's sections, not of the document: "Comments", "Transcript", "Related posts".
_SECTION_LABELS = frozenset(
    {
        "comments",
        "comment",
        "replies",
        "responses",
        "discussion",
        "transcript",
        "full transcript",
        "show notes",
        "episode notes",
        "notes",
        "summary",
        "abstract",
        "introduction",
        "conclusion",
        "contents",
        "table of contents",
        "in this article",
        # a documentation page's table of contents: "On this page" in the major languages
        "on this page",
        "auf dieser seite",
        "sur cette page",
        "dans cette page",
        "en esta página",
        "nesta página",
        "in questa pagina",
        "op deze pagina",
        "na tej stronie",
        "на этой странице",
        "на цій сторінці",
        "на тази страница",
        "di halaman ini",
        "trên trang này",
        "bu sayfada",
        "na této stránce",
        "ezen az oldalon",
        "på denna sida",
        "på denne side",
        "på denne siden",
        "tällä sivulla",
        "pe această pagină",
        "σε αυτή τη σελίδα",
        "このページの内容",
        "このページ",
        "本页内容",
        "本頁內容",
        "此页内容",
        "이 페이지의 내용",
        "이 페이지에서",
        "في هذه الصفحة",
        "در این صفحه",
        "ในหน้านี้",
        "בדף זה",
        "इस पृष्ठ पर",
        "in this post",
        "in this episode",
        "related",
        "related posts",
        "related articles",
        "related stories",
        "read next",
        "read more",
        "latest",
        "latest posts",
        "latest news",
        "recent posts",
        "popular",
        "popular posts",
        "trending",
        "featured",
        "editor's picks",
        "editor’s picks",
        "most read",
        "most popular",
        "top stories",
        "references",
        "footnotes",
        "appendix",
        "update",
        "updates",
        "highlights",
        "key takeaways",
        "recent blog posts",
        "blog posts",
        "more stories",
        "more from",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "member-only story",
        "opinion",
        "analysis",
        "commentary",
        "editorial",
        "explainer",
        "breaking news",
        "exclusive",
        "sponsored",
        "advertisement",
        "anzeige",
        "werbung",
        "meinung",
        "publicité",
        "tribune",
        "publicidad",
        "opinión",
        "pubblicità",
        "opinione",
        "publicidade",
        "opinião",
        "annons",
        "annonse",
        "annonce",
        "åsikt",
        "meninger",
        "reklama",
        "реклама",
        "мнение",
        "广告",
        "廣告",
        "広告",
        "광고",
        "tl;dr",
        "tldr",
        "podcast appearances",
        "about the author",
        "commentaires",
        "résumé",
        "sommaire",
        "à lire aussi",
        "articles similaires",
        "transcription",
        "kommentare",
        "zusammenfassung",
        "inhalt",
        "inhaltsverzeichnis",
        "einleitung",
        "fazit",
        "verwandte artikel",
        "transkript",
        "comentarios",
        "resumen",
        "índice",
        "introducción",
        "conclusión",
        "artículos relacionados",
        "transcripción",
        "commenti",
        "riassunto",
        "indice",
        "introduzione",
        "articoli correlati",
        "trascrizione",
        "comentários",
        "resumo",
        "introdução",
        "conclusão",
        "artigos relacionados",
        "transcrição",
        "reacties",
        "samenvatting",
        "inhoud",
        "inleiding",
        "комментарии",
        "содержание",
        "введение",
        "заключение",
        "аннотация",
        "расшифровка",
        "похожие статьи",
        "komentarze",
        "spis treści",
        "wstęp",
        "podsumowanie",
        "コメント",
        "目次",
        "概要",
        "まとめ",
        "関連記事",
        "评论",
        "評論",
        "目录",
        "目錄",
        "摘要",
        "相关文章",
        "相關文章",
        "댓글",
        "목차",
        "요약",
        "관련 기사",
        "التعليقات",
        "تعليقات",
        "المحتويات",
        "ملخص",
        "مقالات ذات صلة",
        # a job post's sections, under the job's title: its description, not the post's title
        "about the job",
        "about the role",
        "job description",
        "om jobbet",
        "om stillingen",
        "über die stelle",
        "stellenbeschreibung",
        "tentang pekerjaan ini",
        "deskripsi pekerjaan",
        "இந்த வேலை பற்றி",
        "வேலை விவரம்",
        "工作內容",
        "工作内容",
        "職務說明",
        "职位描述",
        # a store's section over an app's description
        "about this app",
        "om denne app",
        "tentang aplikasi ini",
        "இந்த ஆப்ஸ் பற்றி",
        "關於這個應用程式",
        "关于此应用",
        "über diese app",
    }
)
# Prompts to subscribe, sign up, log in or join, in several languages: an imperative, then at
# most a short object ("Subscribe to our newsletter", "Inscrivez-vous gratuitement").
_SIGN_UP = re.compile(
    r"""^\W*(?:
        (?:subscribe|sign\s+up|sign\s+in|log\s*in|register)
            (?:\s+(?:now|today|here|free|for\s+free))?(?:\s+(?:to|for|with)\b.{0,60})?
      | join\s+(?:us|now|today|free|our\s+\w+(?:\s+list)?|the\s+(?:newsletter|mailing\s+list
            |waitlist|wait\s+list|community|club))\b.{0,40}
      | create\s+(?:a|an|your)\s+(?:free\s+)?account\b.{0,40}
      | (?:get|download)\s+(?:the|our)\s+(?:free\s+)?(?:newsletter|app)\b.{0,40}
      | become\s+a\s+(?:paid\s+)?(?:member|subscriber|patron|supporter)\b.{0,40}
      | start\s+(?:your\s+)?free\s+trial\b.{0,40}
      | (?:enter|type)\s+your\s+e-?mail\b.{0,40}
      | (?:don['’]t|never)\s+miss\s+(?:a|an|another)\s+(?:post|issue|episode|story)\b.{0,40}
      | abonnez-vous\b.{0,60} | inscrivez-vous\b.{0,60} | connectez-vous\b.{0,60}
      | s['’]abonner\b.{0,60} | (?:jetzt\s+)?(?:abonnieren|registrieren|anmelden)\b.{0,60}
      | newsletter\s+abonnieren\b.{0,60} | melden\s+sie\s+sich\s+an\b.{0,60}
      | suscr[ií]bete\b.{0,60} | reg[ií]strate\b.{0,60} | inicia\s+sesi[oó]n\b.{0,60}
      | iscriviti\b.{0,60} | abbonati\b.{0,60} | inscreva-se\b.{0,60}
      | assine\s+(?:já|agora)\b.{0,60}
      | подпишитесь\b.{0,60} | зарегистрируйтесь\b.{0,60} | войдите\b.{0,60}
      | zapisz\s+się\b.{0,60} | zaloguj\s+się\b.{0,60}
      | (?:订阅|訂閱|注册|註冊|登录|登入|購読|登録|ログイン|구독|로그인|회원가입|اشترك|سجل).{0,30}
    )[.!…]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A prompt that asks whether the reader is a member yet, then invites them in ("Not a member
# of Pastebin yet? Sign Up, it unlocks many cool features!", "Don't have an account? Sign up",
# "Noch kein Mitglied? Jetzt registrieren", "还不是会员？立即注册"): the site's, however long.
# A headline that asks about membership has no invitation after its question.
_MEMBER_PROMPT = re.compile(
    r"""^\W*(?:
        not\s+(?:a\s+member|registered|signed\s+up)(?:\s+of\s+.{1,40}?)?(?:\s+yet)?
      | (?:don['’]t|do\s+not)\s+have\s+an\s+account(?:\s+yet)? | new\s+(?:here|to\s+.{1,30}?)
      | noch\s+(?:kein\s+mitglied|nicht\s+registriert) | pas\s+encore\s+(?:membre|inscrit)
      | ¿?\s*(?:aún|todavía)\s+no\s+(?:eres\s+miembro|tienes\s+(?:una\s+)?cuenta|estás\s+registrado)
      | ainda\s+não\s+(?:é\s+membro|tem\s+(?:uma\s+)?conta)
      | non\s+sei\s+(?:ancora\s+)?(?:iscritto|registrato)
      | nog\s+geen\s+(?:lid|account) | nie\s+masz\s+(?:jeszcze\s+)?konta
      | (?:ещё|еще)\s+не\s+(?:зарегистрированы|с\s+нами) | henüz\s+üye\s+değil\s+misiniz
      | belum\s+(?:menjadi\s+anggota|punya\s+akun) | 还不是会员 | 還不是會員 | 没有账号 | 沒有帳號
      | まだ(?:会員|アカウント) | 아직\s*회원이\s*아니
    )[^?？]{0,20}[?？]\s*(?:(?:jetzt|now|ahora|agora|teraz)\s+)?(?:sign|log|register|join|create|make
        |get\s+started|registr|anmeld|inscri|crea|cadastr|iscriv|aanmeld|zarejestr|załóż|зарегистр
        |создай|kaydol|üye\s+ol|daftar|gabung|注册|註冊|立即|登録|登录|登入|가입|회원).{0,80}$""",
    re.IGNORECASE | re.VERBOSE,
)

# A letter's salutation, which a newsletter or a mail sets under its headline and ends with a
# colon in many languages ("各位讀者好：", "Dear readers:", "Queridos lectores:", "Liebe
# Leserinnen und Leser:", "親愛的朋友們："), or a comma, a full stop or an exclamation mark
# ("親愛的讀者，您好。", "Hallo zusammen!"): it greets the reader, it introduces no list.
_SALUTATION = re.compile(
    r"""^\W*(?:
        (?:dear|hi|hello|hey|greetings|liebe[rs]?|hallo|chers?|chères?|bonjour|queridos?|queridas?
            |hola|caros?|caras?|cari|care|ciao|beste|hej|hei|kære|kjære|drodzy|drogie|дорогие
            |уважаемые|привет|sayın|merhaba|halo|hai|kính\s+gửi|xin\s+chào)\b.{0,40}
      | (?:my|our|all|fellow|mes|nos|meine|unsere|mis|nuestros|nossos|miei|i\s+miei|mine|våre
            |mijn|onze)\s+(?:dear\s+)?(?:readers|lectores|leser(?:innen)?|lecteurs|lettori
            |leitores|lezers|läsare|læsere?|lesere?|lukijat|czytelnicy|okurlar|pembaca)
            (?:\s+(?:und|and|et|e|y|en|og|och)\s+\w+)?
      | (?:各位|親愛的|亲爱的|大家好|嗨|哈囉|哈啰|你好|您好|みなさん|皆さん|皆様|こんにちは|여러분
            |안녕하세요|독자).{0,12}
      | .{0,12}(?:讀者|读者|読者|朋友們|朋友们)(?:們|们)?(?:好|您好|,|，)?
    )\s*[:：,，。!！]$""",
    re.IGNORECASE | re.VERBOSE,
)

# A notice of a thread's or a topic's state, the thread named as "this" ("This thread has been
# archived", "This topic was automatically closed after 30 days", "このスレッドは過去ログ倉庫に
# 格納されています", "本帖已被锁定"): the board's word on the page, never its title.
_THREAD_NOTICE = re.compile(
    r"""^\W*(?:
        this\s+(?:thread|topic|discussion|post|conversation|issue)\s+(?:is|was|has\s+been|had\s+been)
            \s+(?:now\s+|automatically\s+|permanently\s+)?
            (?:archived|locked|closed|read[-\s]only|deleted|removed|moved|marked|unlisted|pinned)\b.{0,80}
      | (?:dieses?\s+(?:thema|beitrag|thread)|ce\s+(?:sujet|fil|message)|este\s+(?:tema|hilo)
            |questa\s+discussione|questo\s+(?:argomento|thread)|deze\s+(?:topic|draad))
            \s+\S+\s+(?:\S+\s+)?(?:archiviert|geschlossen|gesperrt|archivé|verrouillé|fermé
            |archivado|cerrado|bloqueado|archiviat[ao]|chius[ao]|gesloten|gearchiveerd)\b.{0,60}
      | (?:archived|locked)\s+(?:post|thread|topic)\b.{0,100}
      | new\s+(?:comments|replies|posts)\s+(?:can(?:not|['’]t)\s+be\s+posted|are\s+(?:no\s+longer
            \s+allowed|disabled))\b.{0,80}
      | (?:archivierter|gesperrter)\s+(?:beitrag|thread) | (?:publicación|tema)\s+archivad[oa]
      | (?:post|sujet)\s+archivé | (?:post|discussione)\s+archiviat[oa]
      | この(?:スレッド|スレ|トピック)は.{0,40}
            (?:格納|超え|落ち|停止|終了|ロック|でき(?:ません|ない))
            .{0,40}
      | (?:本帖|该帖|該帖|此帖|本主题|该主题|該主題|此主题)(?:子)?(?:已|已經|已经|被).{0,30}
      | 이\s*(?:글|게시글|스레드|토론)은\s*.{0,30}(?:보관|잠금|잠겼|종료|삭제).{0,20}
    )[.!。]*$""",
    re.IGNORECASE | re.VERBOSE,
)


# A search box's placeholder or button: the verb (or noun) of searching in the languages the
# archive meets, with an ellipsis after at most three words ("Search…", "Search or jump to...",
# "Cari dokumentasi…", "Поиск по сайту…"), or with the site or its documentation as its object
# and no ellipsis ("Search docs", "Dokumentation durchsuchen", "ドキュメントを検索"). A headline
# that opens with the verb ("Search and rescue drones learn to talk") has neither.
_SEARCH_VERB = (
    r"(?:search|find|suche|suchen|durchsuchen|rechercher|recherche|buscar|busca|búsqueda"
    r"|pesquisar|pesquisa|procurar|cerca|cercare|ricerca|zoeken|zoek|doorzoeken|szukaj|wyszukaj"
    r"|wyszukiwanie|поиск|искать|найти|пошук|шукати|знайти|търсене|cari|telusuri|pencarian"
    r"|tìm\s+kiếm|tìm|ara|arama|hledat|vyhledat|vyhledávání|hľadať|keresés|keress|sök|søg|søk"
    r"|haku|hae|etsi|căutare|caută|αναζήτηση|检索|検索|搜索|搜尋|查找|검색|بحث|ابحث|جستجو"
    r"|ค้นหา|חיפוש|חפש|खोजें|खोज)"
)
_SEARCHED = (
    r"(?:(?:in\s+|on\s+|the\s+|this\s+|our\s+|dans\s+(?:la\s+|le\s+)?|en\s+(?:la\s+|el\s+)?"
    r"|na\s+|no\s+|nel(?:la)?\s+|in\s+der\s+|по\s+|в\s+)?"
    r"(?:docs?|documentation|dokumentation|documentación|documentação|documentazione"
    r"|documentatie|dokumentacj[ai]|документаци[яи]|документації|dokumentasi|tài\s+liệu"
    r"|belgeler(?:de)?|dokumentac[ei]|dokumentáció(?:ban)?|dokumentasjon(?:en)?|dokumentaatio"
    r"|τεκμηρίωση|ドキュメント|文档|文件|문서|التوثيق|مستندات|เอกสาร|תיעוד|दस्तावेज़|site|sitio"
    r"|seite|website|сайту|сайте|wiki|blog|forum|fórum|форуму|articles?|posts?))"
)
_SEARCH_PROMPT = re.compile(
    rf"""^\W*(?:
        {_SEARCH_VERB}(?:\s+\S+){{0,3}}\s*(?:…|\.\.\.)
      | {_SEARCH_VERB}\s*{_SEARCHED}\s*(?:…|\.\.\.)?
      | {_SEARCHED}\s*(?:を|에서\s*)?\s*{_SEARCH_VERB}\s*(?:…|\.\.\.)?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# A hidden file's or folder's name on a line of its own (".gitignore", ".github/",
# ".env.example"): an entry of a code host's file listing over a README, never a title.
_DOTFILE = re.compile(
    r"^\.[\w-]+(?:\.[\w-]+)*/?$"
    # a file's name in the listing over a README ("README.md", "pyproject.toml")
    r"|^[\w-]+(?:\.[\w-]+)*\.(?:md|markdown|rst|txt|toml|ya?ml|json|cfg|ini|lock)$",
    re.IGNORECASE,
)

# A link to another article, its label first ("Lire aussi | Les assistants vocaux …", "Read
# also: …", "Читайте также: …", "Baca juga: …"), in the major languages: the site's pointer to
# another page, never this page's title. The label alone is one too.
_READ_ALSO = re.compile(
    r"""^\W*(?:
        (?:read|see)\s+(?:also|more|next) | also\s+read | related(?:\s+(?:article|story|post))?
      | (?:à\s+)?lire\s+(?:aussi|également) | voir\s+aussi | lesen\s+sie\s+(?:auch|mehr)
      | auch\s+interessant | mehr\s+zum\s+thema | lee\s+(?:también|más) | leer\s+más
      | leia\s+(?:também|mais) | veja\s+também | leggi\s+anche | vedi\s+anche
      | lees\s+(?:ook|meer) | czytaj\s+(?:też|także|również|więcej) | читайте\s+(?:также|також)
      | читать\s+также | läs\s+(?:också|mer) | les\s+også | læs\s+også | lue\s+myös
      | (?:ayrıca|bunu\s+da)\s+okuyun | přečtěte\s+si\s+(?:také|též) | čítajte\s+(?:aj|tiež)
      | olvassa\s+el\s+ezt\s+is | διαβάστε\s+(?:επίσης|ακόμα|ακόμη) | citește\s+și
      | baca\s+juga | xem\s+thêm | 関連記事 | あわせて読みたい | 相关阅读 | 相關閱讀 | 延伸閱讀
      | 延伸阅读 | 함께\s*보면\s*좋은\s*글 | 관련\s*기사 | اقرأ\s+(?:أيضا|أيضاً|ايضا)
      | بیشتر\s+بخوانید | ראו\s+גם | קראו\s+גם | यह\s+भी\s+पढ़ें | อ่านเพิ่มเติม
    )\s*(?:[:：|｜»›>–—-]\s*\S.*)?$""",
    re.IGNORECASE | re.VERBOSE,
)

# A git web viewer's lines over a file (cgit, gitweb, Gitea): the repository's index ("index :
# essays.git"), the file's path from the root ("path: root/notes.txt") and a git object's
# identifier ("blob: 7c1e04a9… (plain)", "commit 3f2a91c"): the host's, never the file's title.
_GIT_LINE = re.compile(
    r"^(?:index\s*:\s*\S+\.git|path\s*:\s*root(?:/\S*)?"
    r"|(?:blob|commit|tree|tag|parent)\s*:?\s*[0-9a-f]{7,40}(?:\s+\([\w\s]{1,20}\))?)$",
    re.IGNORECASE,
)

# A proxy's, a gateway's or a cache's notice over the page it shows ("This page is served by the
# Public Gopher Proxy…", "You are viewing a cached copy of…", "This is Google's cache of…"):
# the proxy's words, however long, never the page's text or title.
_PROXY_NOTICE = re.compile(
    r"""^(?=.*(?:proxy|proxied|gateway|cache|mirror|archive|passerelle|zwischenspeicher
        |pasarela|caché|espelho|шлюз|прокси|кеш|кэш))\W*(?:
        this\s+(?:page|document|file|site|content|copy)\s+(?:is|was|has\s+been)\s+(?:being\s+)?
            (?:served|proxied|rendered|converted|fetched|provided|mirrored|cached|relayed)
            \s+(?:by|through|via|from|with)\b
      | you\s+are\s+(?:viewing|reading|browsing)\s+(?:a|an|the|this)\s+
            (?:proxied|cached|archived|mirrored|converted)\b
      | this\s+is\s+\S+\s+cache\s+of\b
      | proxied\s+(?:by|through|via|from)\s
      | cette\s+page\s+est\s+(?:servie|fournie|affichée)\s+(?:par|via)\b
      | diese\s+seite\s+wird\s+(?:über|von|durch)\b.{0,60}(?:bereitgestellt|ausgeliefert|angezeigt)
      | esta\s+página\s+(?:es|está\s+siendo)\s+(?:servida|mostrada)\s+(?:por|a\s+través\s+de)\b
      | questa\s+pagina\s+è\s+(?:servita|fornita)\s+(?:da|tramite)\b
      | esta\s+página\s+é\s+(?:servida|fornecida)\s+(?:por|através\s+de)\b
      | эта\s+страница\s+(?:предоставлена|отображается)\s+(?:через|с\s+помощью)\b
    ).*$""",
    re.IGNORECASE | re.VERBOSE,
)

# The heading of a cookie or privacy banner ("Cookies on GOV.EXAMPLE", "We value your privacy",
# "Cookie-Einstellungen", "Vos choix en matière de cookies"): the consent notice's, not the page's.
_CONSENT = re.compile(
    r"^\W*(?:cookies\s+on\s+(?:the\s+)?(?-i:[A-Z0-9][\w.-]*)(?:\s+(?-i:[A-Z0-9][\w.-]*)){0,2}"
    r"(?:\s+(?:website|site))?"
    r"|(?:accept|reject|allow|decline|refuse)\s+(?:all\s+|additional\s+|optional\s+)?cookies"
    r"|we\s+(?:use|value)\s+(?:cookies|your\s+privacy)\b.{0,60}"
    r"|(?:this|our)\s+(?:site|website)\s+uses\s+cookies\b.{0,60}"
    r"|(?:manage\s+)?cookie\s*(?:settings|preferences|policy|consent|notice|choices)"
    r"|(?:your\s+)?privacy\s+(?:choices|settings|preferences)"
    r"|cookie-?(?:einstellungen|hinweis|richtlinie)|wir\s+verwenden\s+cookies\b.{0,60}"
    r"|(?:gestion\s+des\s+|paramètres\s+des\s+)cookies|nous\s+utilisons\s+des\s+cookies\b.{0,60}"
    r"|vos\s+choix\s+en\s+matière\s+de\s+cookies|utilizamos\s+cookies\b.{0,60}"
    r"|configuración\s+de\s+cookies|usiamo\s+i\s+cookie\b.{0,60}|impostazioni\s+(?:dei\s+)?cookie"
    r"|utilizamos\s+cookies\b.{0,60}|wij\s+gebruiken\s+cookies\b.{0,60}"
    r"|używamy\s+(?:plików\s+)?cookies?\b.{0,60}|мы\s+используем\s+(?:файлы\s+)?cookie\b.{0,60})"
    r"[.!…]*$",
    re.IGNORECASE,
)
# A repository's or a publisher's stamp printed on a document's first page, which a PDF's text
# keeps as a line of its own ("arXiv:2505.04417v2 [cs.CL] 19 May 2025", "doi:10.1000/xyz",
# "ISSN 1234-5678"): the copy's identifier, never its title.
_STAMP = re.compile(
    r"^(?:arxiv:\s*(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?\b"
    r"|doi:\s*10\.\d{4,}/|(?:https?://)?(?:dx\.)?doi\.org/10\.\d{4,}/"
    r"|e?-?issn:?\s*\d{4}-\d{3}[\dx]\b|isbn(?:-1[03])?:?\s*[\d-]{10,}"
    r"|preprint\s+(?:arxiv|doi)\b)",
    re.IGNORECASE,
)
# What a page counts: a label and a number ("Views: 1,204", "查看: 1846", "조회 312", "Yanıt: 4")
# or a number and a label ("1.2k views", "3 replies").
_COUNT = r"\d[\d.,\s]*(?:[kmb]|千|万|萬)?"
_COUNTER_PART = re.compile(
    rf"^(?:(?P<label>[^\W\d_][\w'’ -]{{0,20}}?)\s*[:：]?\s*{_COUNT}"
    rf"|{_COUNT}\s*(?P<after>[^\W\d_][\w'’-]{{0,20}}))$",
    re.IGNORECASE,
)
# A field measuring the page: a label of one to three words, a colon, a number and at most one
# word, its unit ("Reading time: 4 min", "Lesezeit: 3 Min.", "Timp de citire: 2 minute").
_MEASURE_FIELD = re.compile(
    r"^[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*[:：]\s*\d[\d.,]*\s*(?:[^\W\d_]+\.?)?$"
)
# The labels of a single count: a count of views, replies, comments, likes or readers.
_COUNTER_WORDS = _vocabulary(
    """views view replies reply comments comment likes like reads readers visits hits answers
    votes points shares görüntüleme görüntülenme yanıt yanıtlar yorum yorumlar beğeni okunma
    wyświetlenia wyświetleń odpowiedzi komentarze zobrazení odpovědi komentáře megtekintés
    válasz hozzászólás переглядів перегляди відповіді коментарі просмотры просмотров ответы
    ответов комментарии aufrufe antworten kommentare vues réponses commentaires visitas
    respuestas comentarios visualizzazioni risposte commenti visualizações respostas reacties
    weergaven visningar svar kommentarer 查看 阅读 閱讀 回复 回覆 评论 評論 点赞 點讚 浏览 瀏覽
    人気 閲覧 閲覧数 返信 コメント いいね 조회 조회수 댓글 공감 추천 مشاهدة مشاهدات تعليقات
    ردود بازدید نظرات צפיות תגובות दृश्य टिप्पणियां"""
)


# Two or more "label: number" pairs set apart by spaces only ("关注：230,118   贴子：4,502,771",
# "Members: 412  Online: 9"): a board's counts, as a row prints them without separators.
_COUNTER_PAIRS = re.compile(
    r"(?:[^\W\d_][^\s:：\d]{0,20}\s*[:：]\s*\d[\d.,]*(?:[kmb]|千|万|萬)?\s*){2,}"
)


def _is_counter(text: str) -> bool:
    """A line of counts: two or more "label: number" parts ("查看: 1846|回复: 3", "Views: 12 ·
    Replies: 3"), or one whose label is a count's ("조회 312", "1.2k views"). A title that has a
    number in it ("Top 10", "Chapter 3: the kettle") is no count.

    >>> [_is_counter(t) for t in ("查看: 1846|回复: 3", "1.2k views", "조회 312", "Top 10")]
    [True, True, True, False]

    So is a field that measures the page, a label and a number with its unit ("Reading time:
    4 min", "Timp de citire: 2 minute"), in any language; a title after a colon is no unit.

    >>> [_is_counter(t) for t in ("Czas czytania: 4 min", "Chapter 3: the kettle")]
    [True, False]
    >>> _is_counter("关注：58,214   贴子：1,093,442"), _is_counter("Part 1: 3 kettles, Part 2: 4")
    (True, False)
    """
    if _MEASURE_FIELD.match(text.strip()):
        return True  # "Timp de citire: 2 minute", "Lesezeit: 3 Min."
    if _COUNTER_PAIRS.fullmatch(text.strip()):
        return True  # "关注：230,118   贴子：4,502,771": pairs set apart by spaces only
    parts = [p.strip() for p in re.split(r"\s*[|·•∙/]\s*", text) if p.strip()]
    matches = [_COUNTER_PART.match(p) for p in parts]
    if not parts or not all(matches):
        return False
    labels = [(m.group("label") or m.group("after") or "").casefold().strip() for m in matches if m]
    if len(parts) >= 2 and all(re.search(r"\D[:：]", p) for p in parts):
        return True  # "查看: 1846|回复: 3"
    return any(label in _COUNTER_WORDS for label in labels)


_COOKIE_WORD = re.compile(
    r"\bcookies?\b|\bprivacy\b|datenschutz|confidentialité|privacidad|privacy|prywatności",
    re.IGNORECASE,
)


# An affiliate or sponsorship disclosure a site prints over every post ("This post may contain
# affiliate links. …", "As an Amazon Associate I earn …", "Dieser Beitrag enthält
# Affiliate-Links"): the site's notice, never the post's first sentence.
_DISCLOSURE = re.compile(
    r"^\W*(?:(?:this|the)\s+(?:post|article|page|recipe|review)\s+(?:may\s+)?contains?\s+"
    r"(?:affiliate|sponsored|paid)\b|as\s+an?\s+(?:amazon\s+associate|affiliate)\b"
    r"|(?:affiliate\s+)?disclosure\s*:|dieser\s+(?:beitrag|artikel)\s+enthält\s+"
    r"(?:affiliate|werbe)|cet\s+article\s+(?:peut\s+)?contient?\s+des\s+liens\s+affiliés"
    r"|este\s+(?:artículo|post)\s+(?:puede\s+)?contiene?\s+enlaces\s+de\s+afiliado"
    # a citizen-journalism site's notice that a reader wrote the piece, not the newsroom ("This
    # article was written by a reader …", "Artikel ini ditulis oleh warganet …", "Tulisan ini
    # adalah kiriman warga"): the site's, over or under every such piece
    r"|(?:this|the\s+following)\s+(?:article|post|piece|story)\s+(?:was|is)\s+(?:written|submitted"
    r"|contributed)\s+by\s+(?:a|an|our)\s+(?:reader|user|member|contributor|citizen|community)"
    r"|(?:artikel|tulisan|konten)\s+ini\s+(?:adalah\s+|merupakan\s+)?(?:ditulis\s+oleh\s+|kiriman\s+"
    r"|karya\s+)(?:warganet|warga|pembaca|netizen|kontributor|pengguna)"
    r"|dieser\s+(?:beitrag|artikel|text)\s+(?:wurde\s+)?von\s+(?:einem|einer)\s+(?:leser|nutzer)"
    r"|este\s+(?:artículo|texto)\s+(?:fue\s+)?(?:escrito|enviado)\s+por\s+(?:un|una)\s+"
    r"(?:lector|usuari))",
    re.IGNORECASE,
)


# An event line of a code host's issue, pull request or discussion: a user's handle and what
# they did ("ada-l opened this issue on Mar 3, 2026 · 4 comments", "maren-ok commented on Mar
# 4", "toma-b merged 3 commits into main from fix-drift", "toma-b added the bug label"), or the
# record's "created … by" line in the languages GitLab and Gitea are translated into ("Issue
# created Mar 3, 2026 by Ada", "Ticket erstellt am 3. März 2026 von Ada"). The host's record of
# the thread, never its title. A bare verb ("opened", "commented") needs a handle's shape (lower
# case, or a digit, "-", "_" or "." in it, or "@"): "Museum opened on Sunday" is a headline.
_EVENT_OBJECT = r"(?:issue|pull\s+request|discussion|merge\s+request|PR|MR)"
# What follows an event on its line: its time, the thread's counts, where it was closed.
_EVENT_TAIL = (
    r"(?=\s*$|\s*[·•|]|\s+(?:on|at|in|as|from|to|into|with)\s|\s+(?:[^\W\d]+\.?\s+)?\d"
    r"|\s+(?:yesterday|today|last\s|an?\s+\w+\s+ago))"
)
# ... and what follows a label's event: its time or nothing.
_WHEN = (
    r"(?=\s*$|\s*[·•|]|\s+on\s|\s+(?:[^\W\d]+\.?\s+)?\d"
    r"|\s+(?:yesterday|today|last\s|an?\s+\w+\s+ago))"
)
_EVENT = re.compile(
    rf"""^@?[\w][\w.\-]*(?:\[bot\])?\s+(?:
        (?:opened|closed|reopened|locked|unlocked|pinned|unpinned|transferred|converted
            |mentioned|referenced|self-assigned|unassigned)\s+this(?:\s+{_EVENT_OBJECT})?
            {_EVENT_TAIL}
      | released\s+this{_EVENT_TAIL}
      | linked\s+an?\s+{_EVENT_OBJECT}\b
      | (?:merged|wants\s+to\s+merge|pushed|force-pushed|added|committed)\s+\d+\s+commits?\b
      | merged\s+commit\s+\w+\s+into\b
      | (?:added|removed)\s+the\s+\S+(?:\s+\S+){{0,4}}?\s+labels?{_WHEN}
      | added\s+this\s+to\s+the\b | removed\s+this\s+from\s+the\b
      | (?:requested\s+(?:a\s+)?review\s+from|approved\s+these\s+changes|left\s+a\s+comment
            |changed\s+the\s+title|deleted\s+the\s+\S+\s+branch|restored\s+the\s+\S+\s+branch
            |marked\s+this\s+(?:{_EVENT_OBJECT}\s+)?as|started\s+a\s+review)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# When a bare event happened: a date ("Mar 4, 2026", "4 March 2026", "2026-03-04"), a relative
# time; nothing else may follow but the line's parts set apart ("· 4 comments").
_EVENT_DATE = (
    r"(?:[^\W\d]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+[^\W\d]+\.?(?:\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|\d+\s+\w+\s+ago|yesterday|today|last\s+\w+|an?\s+\w+\s+ago)"
)
_BARE_EVENT = re.compile(
    r"^(?P<who>@?[\w][\w.\-]*)\s+(?:opened|commented|replied|edited|answered|posted)"
    rf"(?:\s+(?:(?:on|at)\s+)?{_EVENT_DATE})?\s*(?:[·•|].*)?$",
    re.IGNORECASE,
)
# "Issue created Mar 3, 2026 by Ada", "Ticket erstellt am 3. März von Ada", "Ticket créé le
# 3 mars par Ada", "Incidencia creada el 3 de marzo por Ada", "Issue criada em 3 de março por
# Ada", "Segnalazione creata il 3 marzo da Ada", "Merge request opened … by …".
_CREATED_BY = re.compile(
    r"^(?:(?:issue|ticket|incidencia|incidência|segnalazione|problema|zgłoszenie|požadavek"
    r"|sorun|задача|обсуждение|merge\s+request|pull\s+request|mr|pr|open|offen|ouvert|abierto"
    r"|aberto|aperto|otwarte|закрыт[оа]?|closed|geschlossen|fermé)\s+){0,2}"
    r"(?:created|opened|erstellt|eröffnet|geöffnet|créée?|ouverte?|cread[ao]"
    r"|abiert[ao]|criad[ao]|abert[ao]|creat[ao]|apert[ao]|aangemaakt|geopend|utworzon[ey]"
    r"|otwart[ey]|vytvořen[oa]?|oluşturuldu|создан[оа]?|открыт[оа]?)"
    # when: a date or a relative time, a digit in it, no sentence's stop ("3." is a day)
    r"\s+(?:[^.!?]|(?<=\d)\.){0,30}?\d(?:[^.!?]|(?<=\d)\.){0,20}?\s+"
    r"(?:by|von|par|por|da|door|przez|od|tarafından|пользователем|автором)\s+\S.{0,40}$",
    re.IGNORECASE,
)


def _is_event(text: str) -> bool:
    """Whether ``text`` is a code host's event line (``_EVENT``, ``_CREATED_BY``) or a bare
    verb after a handle (``_BARE_EVENT``).

    >>> [_is_event(t) for t in ("ada-l opened this issue on Mar 3, 2026 · 4 comments",
    ...  "maren-ok commented on Mar 4, 2026", "toma-b merged 3 commits into main from fix",
    ...  "Issue created Mar 3, 2026 by Ada Lindqvist", "haneul-dev released this")]
    [True, True, True, True, True]
    >>> [_is_event(t) for t in ("Museum opened on Sunday after a long restoration",
    ...  "Who opened this issue of the magazine?", "Why nobody merged my commits",
    ...  "Storm closed this road for a week", "Tim added the wrong labels to our jars",
    ...  "mum posted on Facebook that she likes the bot", "ada posted 3 photos of her cat",
    ...  "Museum opened in 1962 by the city", "Bread created by a robot wins a prize",
    ...  "The band released this album in secret")]
    [False, False, False, False, False, False, False, False, False, False]
    """
    text = text.strip()
    bare = _BARE_EVENT.match(text)
    if bare:
        who = bare["who"]
        if who.startswith("@") or who[:1].islower() or re.search(r"[\d_.\-]", who):
            return True
    return bool(_EVENT.match(text) or _CREATED_BY.match(text))


# A wiki's line under every page's heading, naming where the page is from ("From AlignmentWiki,
# the open wiki on AI alignment", "Aus Wikipedia, der freien Enzyklopädie", "Un article de
# Wikipédia, l'encyclopédie libre", "Материал из Википедии — свободной энциклопедии", "出典:
# フリー百科事典『ウィキペディア』"): the wiki's, never the page's title. "From" and a name
# alone is a headline's shape ("From Paris, with love"): the name or the rest must say wiki
# or encyclopedia.
_WIKI_WORD = (
    r"(?:wiki|pedi|encycl|enzykl|enciclop|ensiklop|ansiklop|bách\s+khoa|енцикл|энцикл|педи"
    r"|βικι|εγκυκλοπ|ויקי|אנציקלופדי|ويكي|موسوعة|دانشنامه|ویکی|विकि|ज्ञानकोश|สารานุกรม|วิกิ"
    r"|百科|ウィキ|위키|백과)"
)
_WIKI_FROM = re.compile(
    r"^(?:from|aus|de|da|uit|z|ze|från|fra|frá|iz|из|з|от|dari|từ|un\s+article\s+de"
    r"|материал\s+из|матеріал\s+з|από|από\s+τη|מתוך|از|من|出典\s*[:：])\s*.{0,80}$"
    # the wiki's name, then "the free encyclopedia": "위키백과, 우리 모두의 백과사전"
    r"|^\S*(?:wiki|pedi|ويكي|위키|विकि|维基|維基)\S*\s*[,،、，]\s*.{0,40}"
    r"(?:encycl|百科|백과|ज्ञानकोश|موسوعة|دانشنامه)\S*(?:\s+\S{1,12})?$",
    re.IGNORECASE,
)
_WIKI_NAMED = re.compile(_WIKI_WORD, re.IGNORECASE)


def _wiki_from(text: str) -> bool:
    """Whether ``text`` is a wiki's "From <wiki>, the …" line (``_WIKI_FROM``).

    >>> [_wiki_from(t) for t in ("From AlignmentWiki, the open wiki on AI alignment",
    ...  "Aus Wikipedia, der freien Enzyklopädie", "维基百科，自由的百科全书", "از دانشنامه آزاد",
    ...  "위키백과, 우리 모두의 백과사전", "From Paris, with love",
    ...  "From the archive: our first hive", "百科全书的未来，谁来写")]
    [True, True, True, True, True, False, False, False]
    """
    text = text.strip()
    return bool(_WIKI_FROM.match(text) and _WIKI_NAMED.search(text))


# The word of a numbered part's line, in many languages: an episode, an issue, a lecture, a
# lesson, a chapter, a part, a week, a session ("Episode 41", "Folge 41", "Bölüm 41", "Tập 41",
# "5. előadás", "5. Vorlesung", "Lecture 5", "Odcinek 41", "Выпуск 41").
_PART_WORDS = (
    r"episode|episodes|ep|eps|folge|épisode|episodio|episódio|aflevering|afl|afsnit|avsnitt"
    r"|jakso|odcinek|díl|epizód|bölüm|tập|серия|выпуск|эпизод|епізод|випуск|issue|no|nr|number"
    r"|nummer|numéro|número|numero|ausgabe|edition|édition|edición|edição|edizione|editie"
    r"|wydanie|číslo|szám|sayı|số|lecture|vorlesung|előadás|přednáška|wykład|ders|bài|bài\s+giảng"
    r"|lesson|lektion|leçon|lección|lezione|lição|les|lekcja|lekce|lecke|лекция|урок|лекція"
    r"|chapter|kapitel|chapitre|capítulo|capitolo|hoofdstuk|rozdział|kapitola|fejezet|глава"
    r"|розділ|part|teil|partie|parte|deel|del|część|část|rész|kısım|phần|часть|частина"
    r"|week|woche|semaine|semana|settimana|tydzień|týden|hét|hafta|tuần|неделя|тиждень"
    r"|session|sitzung|séance|sesión|sessão|sessione|sesja|alkalom|oturum|buổi|занятие"
    r"|seminar|séminaire|seminario|szeminárium|семинар|talk|vortrag|kuliah|pertemuan|sesi|bab"
)
# A numbered part's line over its title: the part's word and its number, in any order ("Episode
# 41", "Ep. 41", "#41", "S2E41"; an ordinal first: "5. előadás", "5th lecture"), or the CJK forms
# ("第41回", "第 41 集", "제41화", "41화", "第5講"). The tabs' counts ("Assets 2", "Issues 31")
# and a count ("12 comments") are none.
_NUMBERED = regex.compile(
    rf"(?:(?:{_PART_WORDS})\.?\s*)?#\s*[0-9]{{1,4}}|(?:{_PART_WORDS})\.?\s*[0-9]{{1,4}}"
    rf"|[0-9]{{1,4}}(?:\.|st|nd|rd|th)\s*(?:{_PART_WORDS})|S[0-9]{{1,2}}\s*E[0-9]{{1,3}}"
    r"|第\s*[0-9]{1,4}\s*[回話话集期講讲]|제?\s*[0-9]{1,4}\s*[화회강]",
    regex.IGNORECASE,
)


def _numbered(text: str) -> bool:
    """Whether ``text`` is a numbered part's line (``_NUMBERED``): what stands under it is the
    part's title, as under a breadcrumb.

    >>> [_numbered(t) for t in ("Episode 41", "5. előadás", "第41回", "5th lecture")]
    [True, True, True, True]
    >>> [_numbered(t) for t in ("12 comments", "Assets 2", "Issues 31", "2026", "Windows 11")]
    [False, False, False, False, False]
    """
    text = " ".join(text.split())
    return bool(_NUMBERED.fullmatch(text)) and not re.fullmatch(r"(?:19|20)\d\d", text)
