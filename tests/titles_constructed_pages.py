"""Constructed pages for the title tests (issue 18, point 4): one header vocabulary per language
(the chrome taken from the interface strings' own lists, the headlines, decks and prose written
for these tests) and the page shapes they are put together in. ``pages()`` gives every
(shape, language) case with the title it must get; ``tests/test_titles_constructed.py`` runs them
through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

# Each language: the site's name and tagline; a menu of section words and one of the site's
# own topics; a breadcrumb; a section label; a date
# line and a reading time in the local format; a sign-up prompt; headlines of several shapes
# (plain, short, question, with digits, with a date, all capitals where the script has case,
# ending in a colon); a deck, a byline and two paragraphs of prose; and an opening paragraph
# for a page with no headline, whose first sentence holds a quotation and a clause boundary.
LANGUAGES: dict[str, dict] = {
    "en": {
        "site": "The Harbour Ledger",
        "menu": ["Home", "News", "Technology", "Culture"],
        "topics": ["Bees", "Bread", "Bikes", "Tea"],
        "tagline": "Small notes on slow things, written by hand.",
        "crumb": "Home › Technology",
        "section": "Technology",
        "date": "March 3, 2025",
        "read": "5 min read",
        "signup": "Subscribe to our newsletter",
        "head": "A city library lends its voice assistant to older readers",
        "short": "Quiet kettles",
        "question": "Should a chatbot ever admit that it is tired?",
        "digits": "7 things we learned from 300 days with a tutor bot",
        "dated": "What the library learned between January and March 2025",
        "caps": "THE NIGHT THE ASSISTANT REFUSED TO JOKE",
        "colon": "Three ways a model can say no:",
        "deck": "Librarians say the patient tone matters more than the answers.",
        "byline": "By Mara Quill",
        "body": [
            "The library began the trial in January with twelve tablets and a small reading "
            "room. Most visitors asked about bus times and recipes before they asked about books.",
            "By the spring the staff had written a short guide, and the queue at the desk had "
            "grown shorter every week.",
        ],
        "opening": "When my neighbour called the assistant “a polite lodger who never leaves, "
        "whatever you say to it”, I laughed, but the phrase stayed with me for weeks and I began "
        "to keep notes on how it talks. Since then the notebook has filled up.",
    },
    "de": {
        "site": "Hafenblatt",
        "menu": ["Startseite", "Politik", "Wirtschaft", "Kultur"],
        "topics": ["Bienen", "Brot", "Fahrräder", "Tee"],
        "tagline": "Kleine Notizen über langsame Dinge, von Hand geschrieben.",
        "crumb": "Startseite › Technik",
        "section": "Technik",
        "date": "3. März 2025",
        "read": "5 Min. Lesezeit",
        "signup": "Newsletter abonnieren",
        "head": "Eine Stadtbibliothek leiht älteren Lesern ihren Sprachassistenten",
        "short": "Leise Wasserkocher",
        "question": "Darf ein Chatbot zugeben, dass er müde ist?",
        "digits": "7 Dinge, die wir in 300 Tagen mit einem Lernbot gelernt haben",
        "dated": "Was die Bibliothek von Januar bis März 2025 gelernt hat",
        "caps": "DIE NACHT, IN DER DER ASSISTENT KEINEN WITZ MACHTE",
        "colon": "Drei Arten, wie ein Modell Nein sagt:",
        "deck": "Die Bibliothekarinnen sagen, der geduldige Ton zähle mehr als die Antworten.",
        "byline": "Von Lena Brückner",
        "body": [
            "Die Bibliothek begann den Versuch im Januar mit zwölf Tablets und einem kleinen "
            "Lesesaal. Die meisten Besucher fragten zuerst nach Busfahrzeiten und Rezepten.",
            "Im Frühling schrieb das Team eine kurze Anleitung, und die Schlange am Schalter "
            "wurde jede Woche kürzer.",
        ],
        "opening": "Als meine Nachbarin den Assistenten „einen höflichen Untermieter, der nie "
        "auszieht“ nannte, musste ich lachen, aber der Ausdruck ging mir wochenlang nicht aus "
        "dem Kopf und ich begann, mir Notizen zu machen. Inzwischen ist das Heft fast voll.",
    },
    "fr": {
        "site": "La Gazette du Port",
        "menu": ["Accueil", "Politique", "Économie", "Culture"],
        "topics": ["Abeilles", "Pain", "Vélos", "Thé"],
        "tagline": "De petites notes sur les choses lentes, écrites à la main.",
        "crumb": "Accueil › Technologie",
        "section": "Technologie",
        "date": "3 mars 2025",
        "read": "5 min de lecture",
        "signup": "Inscrivez-vous à notre newsletter",
        "head": "Une bibliothèque municipale prête son assistant vocal aux lecteurs âgés",
        "short": "Bouilloires silencieuses",
        "question": "Un chatbot devrait-il avouer qu’il est fatigué ?",
        "digits": "7 leçons tirées de 300 jours avec un robot tuteur",
        "dated": "Ce que la bibliothèque a appris de janvier à mars 2025",
        "caps": "LA NUIT OÙ L’ASSISTANT A REFUSÉ DE PLAISANTER",
        "colon": "Trois façons pour un modèle de dire non :",
        "deck": "Les bibliothécaires disent que le ton patient compte plus que les réponses.",
        "byline": "Par Claire Fontaine",
        "body": [
            "La bibliothèque a commencé l’essai en janvier avec douze tablettes et une petite "
            "salle de lecture. La plupart des visiteurs demandaient d’abord les horaires de bus.",
            "Au printemps, l’équipe avait rédigé un petit guide, et la file au guichet "
            "raccourcissait chaque semaine.",
        ],
        "opening": "Quand ma voisine a appelé l’assistant « un locataire poli qui ne part "
        "jamais, quoi qu’on lui dise », j’ai ri, mais l’expression m’est restée en tête pendant "
        "des semaines et j’ai commencé à prendre des notes. Depuis, le carnet s’est rempli.",
    },
    "es": {
        "site": "El Faro del Puerto",
        "menu": ["Inicio", "Política", "Economía", "Cultura"],
        "topics": ["Abejas", "Pan", "Bicis", "Té"],
        "tagline": "Pequeñas notas sobre cosas lentas, escritas a mano.",
        "crumb": "Inicio › Tecnología",
        "section": "Tecnología",
        "date": "3 de marzo de 2025",
        "read": "5 min de lectura",
        "signup": "Suscríbete a nuestro boletín",
        "head": "Una biblioteca municipal presta su asistente de voz a los lectores mayores",
        "short": "Teteras silenciosas",
        "question": "¿Debería un chatbot admitir que está cansado?",
        "digits": "7 cosas que aprendimos en 300 días con un bot tutor",
        "dated": "Lo que aprendió la biblioteca entre enero y marzo de 2025",
        "caps": "LA NOCHE EN QUE EL ASISTENTE SE NEGÓ A BROMEAR",
        "colon": "Tres maneras en que un modelo dice que no:",
        "deck": "Las bibliotecarias dicen que el tono paciente importa más que las respuestas.",
        "byline": "Por Lucía Ferrer",
        "body": [
            "La biblioteca empezó la prueba en enero con doce tabletas y una pequeña sala de "
            "lectura. La mayoría de los visitantes preguntaba primero por los horarios del "
            "autobús.",
            "En primavera el equipo había escrito una guía breve, y la cola del mostrador se "
            "acortaba cada semana.",
        ],
        "opening": "Cuando mi vecina llamó al asistente «un inquilino educado que nunca se va, "
        "le digas lo que le digas», me reí, pero la frase se me quedó grabada durante semanas y "
        "empecé a tomar notas. Desde entonces el cuaderno se ha llenado.",
    },
    "pt": {
        "site": "Jornal da Ribeira",
        "menu": ["Início", "Política", "Economia", "Cultura"],
        "topics": ["Abelhas", "Pão", "Bicicletas", "Chá"],
        "tagline": "Pequenas notas sobre coisas lentas, escritas à mão.",
        "crumb": "Início › Tecnologia",
        "section": "Tecnologia",
        "date": "3 de março de 2025",
        "read": "5 min de leitura",
        "signup": "Assine a nossa newsletter",
        "head": "Uma biblioteca municipal empresta o seu assistente de voz a leitores idosos",
        "short": "Chaleiras silenciosas",
        "question": "Um chatbot deveria admitir que está cansado?",
        "digits": "7 coisas que aprendemos em 300 dias com um robô tutor",
        "dated": "O que a biblioteca aprendeu entre janeiro e março de 2025",
        "caps": "A NOITE EM QUE O ASSISTENTE SE RECUSOU A BRINCAR",
        "colon": "Três maneiras de um modelo dizer não:",
        "deck": "As bibliotecárias dizem que o tom paciente importa mais do que as respostas.",
        "byline": "Por Inês Carvalho",
        "body": [
            "A biblioteca começou o teste em janeiro com doze tablets e uma pequena sala de "
            "leitura. A maioria dos visitantes perguntava primeiro pelos horários do autocarro.",
            "Na primavera a equipa já tinha escrito um guia curto, e a fila do balcão ficava "
            "mais curta todas as semanas.",
        ],
        "opening": "Quando a minha vizinha chamou ao assistente “um inquilino educado que "
        "nunca se vai embora, diga-se o que se disser”, eu ri, mas a frase ficou comigo durante "
        "semanas e comecei a tomar notas. Desde então o caderno encheu-se.",
    },
    "ru": {
        "site": "Портовый вестник",
        "menu": ["Главная", "Политика", "Экономика", "Культура"],
        "topics": ["Пчёлы", "Хлеб", "Велосипеды", "Чай"],
        "tagline": "Короткие заметки о медленных вещах, написанные от руки.",
        "crumb": "Главная › Технологии",
        "section": "Технологии",
        "date": "3 марта 2025",
        "read": "5 минут",
        "signup": "Подпишитесь на нашу рассылку",
        "head": "Городская библиотека выдаёт пожилым читателям голосового помощника",
        "short": "Тихие чайники",
        "question": "Должен ли чат-бот признаваться, что устал?",
        "digits": "7 уроков за 300 дней с ботом-репетитором",
        "dated": "Чему библиотека научилась с января по март 2025 года",
        "caps": "НОЧЬ, КОГДА ПОМОЩНИК ОТКАЗАЛСЯ ШУТИТЬ",
        "colon": "Три способа, которыми модель говорит «нет»:",
        "deck": "Библиотекари говорят, что терпеливый тон важнее самих ответов.",
        "byline": "Автор: Ольга Миронова",
        "body": [
            "Библиотека начала опыт в январе с двенадцатью планшетами и маленьким читальным "
            "залом. Большинство посетителей сначала спрашивали о расписании автобусов.",
            "К весне сотрудники написали короткую инструкцию, и очередь у стойки становилась "
            "короче с каждой неделей.",
        ],
        "opening": "Когда соседка назвала помощника «вежливым жильцом, который никогда не "
        "съедет, что ему ни говори», я рассмеялась, но эти слова не выходили у меня из головы "
        "несколько недель, и я начала записывать. С тех пор тетрадь почти заполнилась.",
    },
    "el": {
        "site": "Η Εφημερίδα του Λιμανιού",
        "menu": ["Αρχική", "Πολιτική", "Οικονομία", "Πολιτισμός"],
        "topics": ["Μέλισσες", "Ψωμί", "Ποδήλατα", "Τσάι"],
        "tagline": "Μικρές σημειώσεις για αργά πράγματα, γραμμένες με το χέρι.",
        "crumb": "Αρχική › Τεχνολογία",
        "section": "Τεχνολογία",
        "date": "3 Μαρτίου 2025",
        "read": "5 λεπτά ανάγνωση",
        "signup": "Εγγραφείτε στο newsletter μας",
        "head": "Δημοτική βιβλιοθήκη δανείζει τον φωνητικό βοηθό της σε ηλικιωμένους αναγνώστες",
        "short": "Ήσυχοι βραστήρες",
        "question": "Πρέπει ένα chatbot να παραδέχεται ότι είναι κουρασμένο;",
        "digits": "7 πράγματα που μάθαμε σε 300 ημέρες με ένα ρομπότ δάσκαλο",
        "dated": "Τι έμαθε η βιβλιοθήκη από τον Ιανουάριο ως τον Μάρτιο του 2025",
        "caps": "Η ΝΥΧΤΑ ΠΟΥ Ο ΒΟΗΘΟΣ ΑΡΝΗΘΗΚΕ ΝΑ ΑΣΤΕΙΕΥΤΕΙ",
        "colon": "Τρεις τρόποι για να πει ένα μοντέλο όχι:",
        "deck": "Οι βιβλιοθηκονόμοι λένε ότι ο υπομονετικός τόνος μετράει περισσότερο από τις "
        "απαντήσεις.",
        "byline": "Της Ελένης Παππά",
        "body": [
            "Η βιβλιοθήκη ξεκίνησε τη δοκιμή τον Ιανουάριο με δώδεκα ταμπλέτες και μια μικρή "
            "αίθουσα ανάγνωσης. Οι περισσότεροι επισκέπτες ρωτούσαν πρώτα για τα δρομολόγια.",
            "Την άνοιξη η ομάδα είχε γράψει έναν σύντομο οδηγό, και η ουρά στο γκισέ μίκραινε "
            "κάθε εβδομάδα.",
        ],
        "opening": "Όταν η γειτόνισσά μου είπε τον βοηθό «έναν ευγενικό ένοικο που δεν φεύγει "
        "ποτέ, ό,τι κι αν του πεις», γέλασα, αλλά η φράση έμεινε στο μυαλό μου για εβδομάδες και "
        "άρχισα να κρατάω σημειώσεις. Από τότε το τετράδιο γέμισε.",
    },
    "zh": {
        "site": "港湾日报",
        "menu": ["首页", "新闻", "科技", "文化"],
        "topics": ["蜜蜂", "面包", "单车", "茶"],
        "tagline": "关于慢生活的小笔记，都是手写的。",
        "crumb": "首页 › 科技",
        "section": "科技",
        "date": "2025年3月3日",
        "read": "阅读时间：5分钟",
        "signup": "订阅我们的新闻通讯",
        "head": "市图书馆把语音助手借给老年读者使用",
        "short": "安静的水壶",
        "question": "聊天机器人应该承认自己累了吗？",
        "digits": "和辅导机器人相处300天学到的7件事",
        "dated": "2025年1月至3月，图书馆学到了什么",
        "caps": "",
        "colon": "模型说不的三种方式：",
        "deck": "图书管理员说，耐心的语气比答案本身更重要。",
        "byline": "作者：林晓雨",
        "body": [
            "图书馆在一月开始试用，准备了十二台平板电脑和一间小阅览室。大多数读者先问的是公交时间和菜谱。",
            "到了春天，工作人员写好了一份简短的说明，服务台前的队伍一周比一周短。",
        ],
        "opening": "邻居把这个助手叫作“一个从不搬走的礼貌房客，不管你对它说什么”，"
        "我笑了，但这句话在我脑子里停留了好几个星期，于是我开始做笔记。后来笔记本几乎写满了。",
    },
    "ja": {
        "site": "みなと新聞",
        "menu": ["ホーム", "ニュース", "テクノロジー", "社会"],
        "topics": ["ミツバチ", "パン", "自転車", "お茶"],
        "tagline": "ゆっくりしたものについての小さな手書きのメモ。",
        "crumb": "ホーム › テクノロジー",
        "section": "テクノロジー",
        "date": "2025年3月3日",
        "read": "読了時間：約5分",
        "signup": "メールマガジン登録",
        "head": "市立図書館、高齢の利用者に音声アシスタントを貸し出し",
        "short": "静かなやかん",
        "question": "チャットボットは疲れたと認めるべきか？",
        "digits": "家庭教師ボットと過ごした300日で学んだ7つのこと",
        "dated": "2025年1月から3月までに図書館が学んだこと",
        "caps": "",
        "colon": "モデルが断るときの三つの言い方：",
        "deck": "司書たちは、答えそのものより辛抱強い口調が大切だと話す。",
        "byline": "文：佐藤みのり",
        "body": [
            "図書館は一月、十二台のタブレットと小さな閲覧室で試験を始めた。利用者の多くは、まずバスの時刻やレシピを尋ねた。",
            "春までに職員は短い案内を書き上げ、カウンターの列は週ごとに短くなった。",
        ],
        "opening": "隣の人がそのアシスタントを「何を言っても出ていかない礼儀正しい下宿人」と"
        "呼んだとき、私は笑ったが、その言葉は何週間も頭から離れず、私はメモを取り始めた。今ではノートがほぼ埋まっている。",
    },
    "ko": {
        "site": "항구일보",
        "menu": ["홈", "뉴스", "테크", "문화"],
        "topics": ["꿀벌", "빵", "자전거", "차"],
        "tagline": "느린 것들에 관한 작은 손글씨 기록입니다.",
        "crumb": "홈 › 테크",
        "section": "테크",
        "date": "2025년 3월 3일",
        "read": "5분 읽기",
        "signup": "뉴스레터 구독하기",
        "head": "시립도서관, 어르신 이용자에게 음성 비서 대여",
        "short": "조용한 주전자",
        "question": "챗봇은 피곤하다고 인정해야 할까?",
        "digits": "튜터 봇과 함께한 300일 동안 배운 7가지",
        "dated": "2025년 1월부터 3월까지 도서관이 배운 것",
        "caps": "",
        "colon": "모델이 거절하는 세 가지 방법:",
        "deck": "사서들은 답보다 참을성 있는 말투가 더 중요하다고 말한다.",
        "byline": "글 김하늘 기자",
        "body": [
            "도서관은 1월에 태블릿 열두 대와 작은 열람실로 시범 운영을 시작했다. "
            "대부분의 방문객은 먼저 버스 시간과 요리법을 물었다.",
            "봄이 되자 직원들은 짧은 안내서를 만들었고, 안내 데스크 앞의 줄은 매주 짧아졌다.",
        ],
        "opening": "이웃이 그 비서를 “무슨 말을 해도 절대 나가지 않는 예의 바른 하숙인”이라고 "
        "불렀을 때 나는 웃었지만, 그 말은 몇 주 동안 머릿속을 떠나지 않았고 "
        "나는 기록을 시작했다. 그 뒤로 공책이 거의 다 찼다.",
    },
    "th": {
        "site": "ข่าวท่าเรือ",
        "menu": ["หน้าแรก", "ข่าว", "เทคโนโลยี", "กีฬา"],
        "topics": ["ผึ้ง", "ขนมปัง", "จักรยาน", "ชา"],
        "tagline": "บันทึกเล็ก ๆ เรื่องของช้า ๆ ที่เขียนด้วยมือ",
        "crumb": "หน้าแรก › เทคโนโลยี",
        "section": "เทคโนโลยี",
        "date": "3 มีนาคม 2568",
        "read": "อ่าน 5 นาที",
        "signup": "สมัครรับจดหมายข่าว",
        "head": "ห้องสมุดเมืองให้ผู้สูงอายุยืมผู้ช่วยเสียงไปใช้ที่บ้าน",
        "short": "กาน้ำเงียบ",
        "question": "แชตบอตควรยอมรับไหมว่ามันเหนื่อย?",
        "digits": "7 สิ่งที่เราได้เรียนรู้จาก 300 วันกับบอตติวเตอร์",
        "dated": "สิ่งที่ห้องสมุดได้เรียนรู้ตั้งแต่มกราคมถึงมีนาคม 2568",
        "caps": "",
        "colon": "สามวิธีที่โมเดลใช้ปฏิเสธ:",
        "deck": "บรรณารักษ์บอกว่าน้ำเสียงที่อดทนสำคัญกว่าคำตอบ",
        "byline": "โดย สมศรี ใจดี",
        "body": [
            "ห้องสมุดเริ่มทดลองในเดือนมกราคมด้วยแท็บเล็ตสิบสองเครื่องและห้องอ่านหนังสือเล็ก ๆ "
            "ผู้มาใช้บริการส่วนใหญ่ถามเรื่องเวลารถเมล์และสูตรอาหารก่อนจะถามเรื่องหนังสือ",
            "พอถึงหน้าร้อนเจ้าหน้าที่ก็เขียนคู่มือสั้น ๆ เสร็จ และแถวหน้าเคาน์เตอร์ก็สั้นลงทุกสัปดาห์",
        ],
        "opening": "ตอนที่เพื่อนบ้านเรียกผู้ช่วยตัวนี้ว่า “ผู้เช่าสุภาพที่ไม่เคยย้ายออก” "
        "ฉันหัวเราะ แต่คำนั้นติดอยู่ในหัวฉันหลายสัปดาห์ และฉันก็เริ่มจดบันทึก ตั้งแต่นั้นสมุดก็เกือบเต็มแล้ว",
    },
    "ar": {
        "site": "جريدة الميناء",
        "menu": ["الرئيسية", "أخبار", "اقتصاد", "ثقافة"],
        "topics": ["النحل", "الخبز", "الدراجات", "الشاي"],
        "tagline": "ملاحظات صغيرة عن الأشياء البطيئة، مكتوبة باليد.",
        "crumb": "الرئيسية › تكنولوجيا",
        "section": "تكنولوجيا",
        "date": "3 مارس 2025",
        "read": "5 دقائق للقراءة",
        "signup": "اشترك في النشرة البريدية",
        "head": "مكتبة المدينة تعير مساعدها الصوتي للقراء كبار السن",
        "short": "غلايات هادئة",
        "question": "هل يجب أن يعترف روبوت المحادثة بأنه متعب؟",
        "digits": "7 أشياء تعلمناها خلال 300 يوم مع روبوت معلم",
        "dated": "ما تعلمته المكتبة بين يناير ومارس 2025",
        "caps": "",
        "colon": "ثلاث طرق يقول بها النموذج لا:",
        "deck": "تقول أمينات المكتبة إن النبرة الصبورة أهم من الإجابات نفسها.",
        "byline": "بقلم سلمى الحداد",
        "body": [
            "بدأت المكتبة التجربة في يناير باثني عشر جهازًا لوحيًا وقاعة قراءة صغيرة. سأل معظم "
            "الزوار أولًا عن مواعيد الحافلات ووصفات الطبخ.",
            "وبحلول الربيع كتب الموظفون دليلًا قصيرًا، وصار الطابور أمام المكتب أقصر كل أسبوع.",
        ],
        "opening": "عندما وصفت جارتي المساعد بأنه «مستأجر مهذب لا يغادر أبدًا، مهما قلت له»، "
        "ضحكت، لكن العبارة بقيت في ذهني أسابيع وبدأت أدوّن الملاحظات. "
        "ومنذ ذلك الحين امتلأ الدفتر تقريبًا.",
    },
    "hi": {
        "site": "बंदरगाह समाचार",
        "menu": ["होम", "देश", "दुनिया", "राजनीति"],
        "topics": ["मधुमक्खियाँ", "रोटी", "साइकिल", "चाय"],
        "tagline": "धीमी चीज़ों पर छोटे नोट्स, हाथ से लिखे हुए।",
        "crumb": "होम › टेक",
        "section": "टेक",
        "date": "3 मार्च 2025",
        "read": "5 मिनट में पढ़ें",
        "signup": "न्यूज़लेटर सब्सक्राइब करें",
        "head": "शहर का पुस्तकालय बुज़ुर्ग पाठकों को वॉइस असिस्टेंट उधार दे रहा है",
        "short": "शांत केतलियाँ",
        "question": "क्या चैटबॉट को मानना चाहिए कि वह थक गया है?",
        "digits": "ट्यूटर बॉट के साथ 300 दिनों में सीखी 7 बातें",
        "dated": "जनवरी से मार्च 2025 के बीच पुस्तकालय ने क्या सीखा",
        "caps": "",
        "colon": "मॉडल के मना करने के तीन तरीके:",
        "deck": "पुस्तकालय कर्मियों का कहना है कि धैर्य भरा लहजा जवाबों से ज़्यादा मायने रखता है।",
        "byline": "लेखक: अनीता वर्मा",
        "body": [
            "पुस्तकालय ने जनवरी में बारह टैबलेट और एक छोटे वाचनालय के साथ प्रयोग शुरू किया। "
            "ज़्यादातर लोगों ने पहले बसों का समय और खाने की विधियाँ पूछीं।",
            "वसंत तक कर्मचारियों ने एक छोटी मार्गदर्शिका लिख ली थी, और काउंटर की कतार हर हफ़्ते "
            "छोटी होती गई।",
        ],
        "opening": "जब मेरी पड़ोसन ने असिस्टेंट को “एक शिष्ट किरायेदार जो कभी नहीं जाता” कहा, "
        "तो मैं हँस पड़ी, लेकिन यह बात हफ़्तों तक मेरे मन में रही और मैंने नोट्स लिखने शुरू किए। "
        "तब से कॉपी लगभग भर चुकी है।",
    },
    "tr": {
        "site": "Liman Gazetesi",
        "menu": ["Anasayfa", "Gündem", "Ekonomi", "Kültür"],
        "topics": ["Arılar", "Ekmek", "Bisikletler", "Çay"],
        "tagline": "Yavaş şeyler üzerine elle yazılmış küçük notlar.",
        "crumb": "Anasayfa › Teknoloji",
        "section": "Teknoloji",
        "date": "3 Mart 2025",
        "read": "5 dk okuma",
        "signup": "Bültenimize abone olun",
        "head": "Belediye kütüphanesi sesli asistanını yaşlı okurlara ödünç veriyor",
        "short": "Sessiz çaydanlıklar",
        "question": "Bir sohbet botu yorgun olduğunu itiraf etmeli mi?",
        "digits": "Bir öğretmen botla geçen 300 günde öğrendiğimiz 7 şey",
        "dated": "Kütüphanenin Ocak ile Mart 2025 arasında öğrendikleri",
        "caps": "ASİSTANIN ŞAKA YAPMAYI REDDETTİĞİ GECE",
        "colon": "Bir modelin hayır demesinin üç yolu:",
        "deck": "Kütüphaneciler sabırlı ses tonunun cevaplardan daha önemli olduğunu söylüyor.",
        "byline": "Yazan: Elif Aydın",
        "body": [
            "Kütüphane denemeye ocak ayında on iki tablet ve küçük bir okuma salonuyla başladı. "
            "Ziyaretçilerin çoğu önce otobüs saatlerini ve yemek tariflerini sordu.",
            "İlkbahara kadar personel kısa bir rehber yazmıştı ve bankonun önündeki kuyruk her "
            "hafta kısaldı.",
        ],
        "opening": "Komşum asistana “ne dersen de asla taşınmayan kibar bir kiracı” dediğinde "
        "güldüm, ama bu söz haftalarca aklımdan çıkmadı ve not tutmaya başladım. O günden beri "
        "defter neredeyse doldu.",
    },
    "vi": {
        "site": "Báo Bến Cảng",
        "menu": ["Trang chủ", "Thời sự", "Kinh doanh", "Văn hóa"],
        "topics": ["Ong", "Bánh mì", "Xe đạp", "Trà"],
        "tagline": "Những ghi chép nhỏ về các thứ chậm rãi, viết bằng tay.",
        "crumb": "Trang chủ › Công nghệ",
        "section": "Công nghệ",
        "date": "03/03/2025",
        "read": "5 phút đọc",
        "signup": "Đăng ký nhận bản tin",
        "head": "Thư viện thành phố cho người cao tuổi mượn trợ lý giọng nói",
        "short": "Ấm nước im lặng",
        "question": "Chatbot có nên thừa nhận rằng nó mệt không?",
        "digits": "7 điều chúng tôi học được sau 300 ngày với robot gia sư",
        "dated": "Những gì thư viện học được từ tháng 1 đến tháng 3 năm 2025",
        "caps": "ĐÊM TRỢ LÝ TỪ CHỐI NÓI ĐÙA",
        "colon": "Ba cách một mô hình nói không:",
        "deck": "Các thủ thư cho rằng giọng điệu kiên nhẫn quan trọng hơn câu trả lời.",
        "byline": "Bài: Nguyễn Thu Hà",
        "body": [
            "Thư viện bắt đầu thử nghiệm vào tháng Một với mười hai máy tính bảng và một phòng "
            "đọc nhỏ. Phần lớn khách hỏi giờ xe buýt và công thức nấu ăn trước khi hỏi về sách.",
            "Đến mùa xuân, nhân viên đã viết xong một bản hướng dẫn ngắn, và hàng người trước "
            "quầy ngắn dần mỗi tuần.",
        ],
        "opening": "Khi bà hàng xóm gọi trợ lý là “một người thuê nhà lịch sự không bao giờ "
        "dọn đi, dù bạn nói gì”, tôi bật cười, nhưng câu đó ở trong đầu tôi suốt nhiều tuần và "
        "tôi bắt đầu ghi chép. Từ đó cuốn sổ đã gần đầy.",
    },
    "pl": {
        "site": "Kurier Portowy",
        "menu": ["Strona główna", "Polityka", "Gospodarka", "Kultura"],
        "topics": ["Pszczoły", "Chleb", "Rowery", "Herbata"],
        "tagline": "Krótkie notatki o powolnych rzeczach, pisane ręcznie.",
        "crumb": "Strona główna › Technologia",
        "section": "Technologia",
        "date": "3 marca 2025",
        "read": "5 min czytania",
        "signup": "Zapisz się do newslettera",
        "head": "Miejska biblioteka wypożycza starszym czytelnikom asystenta głosowego",
        "short": "Ciche czajniki",
        "question": "Czy chatbot powinien przyznać, że jest zmęczony?",
        "digits": "7 rzeczy, których nauczyło nas 300 dni z botem korepetytorem",
        "dated": "Czego biblioteka nauczyła się od stycznia do marca 2025 roku",
        "caps": "NOC, W KTÓRĄ ASYSTENT ODMÓWIŁ ŻARTÓW",
        "colon": "Trzy sposoby, w jakie model mówi nie:",
        "deck": "Bibliotekarki mówią, że cierpliwy ton liczy się bardziej niż same odpowiedzi.",
        "byline": "Autor: Zofia Nowak",
        "body": [
            "Biblioteka zaczęła próbę w styczniu z dwunastoma tabletami i małą czytelnią. "
            "Większość odwiedzających najpierw pytała o rozkład autobusów i przepisy.",
            "Do wiosny zespół napisał krótki poradnik, a kolejka przy ladzie co tydzień była "
            "krótsza.",
        ],
        "opening": "Kiedy sąsiadka nazwała asystenta „uprzejmym lokatorem, który nigdy się nie "
        "wyprowadza, cokolwiek mu powiesz”, roześmiałam się, ale to określenie chodziło mi po "
        "głowie przez tygodnie i zaczęłam robić notatki. Od tamtej pory zeszyt prawie się "
        "zapełnił.",
    },
    "id": {
        "site": "Kabar Pelabuhan",
        "menu": ["Beranda", "Berita", "Ekonomi", "Budaya"],
        "topics": ["Lebah", "Roti", "Sepeda", "Teh"],
        "tagline": "Catatan kecil tentang hal-hal yang lambat, ditulis dengan tangan.",
        "crumb": "Beranda › Teknologi",
        "section": "Teknologi",
        "date": "3 Maret 2025",
        "read": "5 menit baca",
        "signup": "Berlangganan buletin kami",
        "head": "Perpustakaan kota meminjamkan asisten suara kepada pembaca lansia",
        "short": "Ceret senyap",
        "question": "Haruskah chatbot mengaku bahwa ia lelah?",
        "digits": "7 hal yang kami pelajari dari 300 hari bersama bot tutor",
        "dated": "Apa yang dipelajari perpustakaan dari Januari hingga Maret 2025",
        "caps": "MALAM KETIKA ASISTEN MENOLAK BERCANDA",
        "colon": "Tiga cara sebuah model berkata tidak:",
        "deck": "Para pustakawan mengatakan nada yang sabar lebih penting daripada jawabannya.",
        "byline": "Oleh Sari Wulandari",
        "body": [
            "Perpustakaan memulai uji coba pada bulan Januari dengan dua belas tablet dan ruang "
            "baca kecil. Sebagian besar pengunjung lebih dulu bertanya soal jadwal bus dan resep.",
            "Menjelang musim semi staf sudah menulis panduan singkat, dan antrean di meja layanan "
            "makin pendek setiap minggu.",
        ],
        "opening": "Ketika tetangga saya menyebut asisten itu “penyewa sopan yang tak pernah "
        "pindah, apa pun yang kaukatakan”, saya tertawa, tetapi ungkapan itu terus terngiang "
        "selama berminggu-minggu dan saya mulai mencatat. Sejak itu buku catatan saya hampir "
        "penuh.",
    },
}


@dataclass(frozen=True)
class Case:
    """One constructed page: its shape and language, its text, the title it must get (None: a
    derived title), and the header's chrome lines (none of which may be the title)."""

    shape: str
    lang: str
    text: str
    title: str | None
    chrome: tuple[str, ...]
    content: tuple[str, ...]  # lines that must stay in the body (deck, prose)


def _upper(text: str) -> str:
    return text.upper()


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _shapes(d: dict) -> dict[str, tuple[list[str], str | None, list[str], list[str]]]:
    """Every shape for one language: (lines, expected title, chrome lines, content lines)."""
    body = d["body"]
    site, menu, date = d["site"], d["menu"], d["date"]
    shapes: dict[str, tuple[list[str], str | None, list[str], list[str]]] = {}

    def add(name, header, title, after, content_extra=()):
        chrome = [ln for ln in header if ln != title]
        shapes[name] = (
            [*header, *after, *body],
            title,
            chrome,
            [*content_extra, *body],
        )

    head = d["head"]
    # the site's name and a menu row over the headline, the byline under it
    add("menu-row", [site, " | ".join(menu), head], head, [d["byline"]])
    # the site's name in capitals, the menu one item per line, a section label
    add("caps-site", [_upper(site), *menu, d["section"], head], head, [d["deck"]], [d["deck"]])
    # the menu one item per line under the site's name, the byline and date under the headline
    add("menu-lines", [site, *menu, head], head, [d["byline"], date])
    # a menu row of the site's own words (no interface string): a row by its shape
    add("topic-row", [site, " | ".join(d["topics"]), head], head, [d["byline"], date])
    # the site's name and its tagline (a sentence) over the menu and the headline
    add("tagline", [site, d["tagline"], " | ".join(menu), head], head, [d["byline"], date])
    # the byline and the date on one line under the headline
    add("byline-date", [site, d["section"], head], head, [f"{d['byline']} · {date}"])
    # a breadcrumb over the headline and a date line under it
    add("breadcrumb", [site, d["crumb"], head], head, [date])
    # section label, date line and reading time over the headline; deck and byline under it
    add(
        "section-date",
        [site, d["section"], date, d["read"], head],
        head,
        [d["deck"], d["byline"]],
        [d["deck"]],
    )
    # a sign-up prompt over the headline
    add("signup", [site, d["signup"], head], head, [d["byline"], date])
    # headlines of several shapes, under the site's name and a date
    for key in ("short", "question", "digits", "dated", "caps", "colon"):
        if d[key]:
            add(
                f"headline-{key}",
                [site, d["section"], d[key]],
                d[key],
                [d["deck"], date],
                [d["deck"]],
            )
    # no headline: the site's chrome, then the prose straight away
    shapes["no-headline"] = (
        [site, " | ".join(menu), date, d["opening"], *body],
        None,
        [site, " | ".join(menu), date],
        [d["opening"], *body],
    )
    # the site's name (in capitals where the script has case) over a sign-up prompt and a
    # reading time; the footer names the site again
    shapes["no-headline-caps-site"] = (
        [_upper(site), d["signup"], d["read"], d["opening"], *body, f"© 2025 {site}"],
        None,
        [_upper(site), d["signup"], d["read"]],
        [d["opening"], *body],
    )
    return shapes


def pages() -> list[Case]:
    """Every constructed case, shape by shape and language by language."""
    out = []
    for lang, d in LANGUAGES.items():
        for shape, (lines, title, chrome, content) in _shapes(d).items():
            out.append(Case(shape, lang, _page(*lines), title, tuple(chrome), tuple(content)))
    return out
