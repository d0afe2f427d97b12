"""Site chrome on the kinds of page the interface list knew least: a newsletter's issue in its
web archive, documentation sites, job posts, app-store and shop review pages, community
(help-forum) posts, national news sites and Bluesky threads, in English and in the languages
whose chrome stayed most (Traditional Chinese as Taiwan prints it, Indonesian, Bengali, Tamil,
Malay, Finnish). Each page is what such a site prints around the text: menus, account prompts,
share and follow rows, cookie banners, "was this helpful?", "apply now", "helpful (12)",
rating rows, "see all reviews", a docs sidebar's "on this page" and "edit this page", a
newsletter's "read online" and "view in browser", footers. Every chrome line goes and every
line of the text stays: short headings, list items, a lone number, a date the author wrote,
quoted lines, emoji-only replies. Every line here is written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of

# A page is one line per line: "c " before a line of chrome, "t " before a line of the text.
PAGES = {
    # ------------------------------------------------------------ a newsletter's web archive
    "newsletter-archive-en": """
c View this email in your browser
c Past Issues
c Translate
c Subscribe
t Field Notes #41: the assistant that said no
c March 4, 2026
t Hello again, friends.
t This week I kept a tally of every request my writing assistant turned down, and why.
t Three things stood out:
t - It refused twice for safety reasons.
t - Once it simply misread me.
t - Once it was right and I was wrong.
t > "I would rather not guess at your neighbour's medical history."
t I wrote that one on the fridge on 2 March, next to the shopping list.
t See you next Thursday,
t Mara
c Share this issue
c Forward to a friend
c ← Previous issue
c Next issue →
c Copyright © 2026 Field Notes, All rights reserved.
c Want to change how you receive these emails?
c You can update your preferences or unsubscribe from this list.
""",
    "newsletter-archive-en-list": """
c Subscribe
c Sign in
t Notes from the Lighthouse
t A fortnightly letter about the machines we talk to.
c Read online
c Older issues
t Issue 12: A week without autocomplete
t I turned every suggestion off for seven days. Here is what I missed.
t 🙂
c Read more
c Subscribe to get the next issue in your inbox
c Powered by Buttondown
""",
    "newsletter-archive-zh-Hant": """
c ★ 無法正常瀏覽內容，請按這裡線上閱讀
c 2026/03/04 第812期 | 訂閱/退訂 | 看歷史報份
t 今日主題
t AI 角色會不會記得你？
t 上週我們請讀者分享與聊天機器人相處的經驗，收到兩百多封來信。
t 有人說，機器人記得她的貓叫什麼名字，讓她覺得很溫暖。
t 也有人覺得這樣有點可怕。
t 「它比我男朋友還記得我的生日。」
t 下週見！
c 轉寄給朋友
c 取消訂閱
c 隱私權政策
""",
    # ------------------------------------------------------------ documentation sites
    "docs-en": """
c Skip to main content
c Docs · API · Blog · GitHub
c Search docs
t Memory settings
c On this page
t The assistant keeps two kinds of memory, and you can turn each off.
t Short-term memory
t It holds the last few turns of the conversation.
t Long-term memory
t It stores facts the user asked it to remember.
t - names of people and pets
t - standing preferences
t The default window, in turns:
t 12
t Raise it for long role-play sessions.
c Was this page helpful?
c Edit this page
c Last updated on Mar 3, 2026
c ← Previous
c Next →
c © 2026 PersonaKit contributors. Built with Docusaurus.
""",
    "docs-id": """
c Langsung ke konten utama
c Dokumentasi · Blog · GitHub
c Cari dokumentasi
t Mengatur memori asisten
c Di halaman ini
t Asisten menyimpan dua jenis memori, dan masing-masing bisa dimatikan.
t Memori jangka pendek
t Menyimpan beberapa giliran terakhir percakapan.
t - nama orang dan hewan peliharaan
t - preferensi tetap
c Apakah halaman ini membantu?
c Sunting halaman ini
c Terakhir diperbarui pada 3 Mar 2026
c « Sebelumnya
c Selanjutnya »
""",
    "docs-zh-Hant": """
c 跳至主要內容
c 文件 · API · 部落格 · GitHub
t 記憶設定
c 本頁導覽
t 助理會保留兩種記憶，每一種都可以關閉。
t 短期記憶
t 保存對話中最近幾輪的內容。
t - 人名與寵物名
t - 長期偏好
c 這個頁面有幫助嗎？
c 編輯此頁
c 最後更新於 2026年3月3日
c « 上一頁
c 下一頁 »
""",
    # ------------------------------------------------------------ job posts
    "job-en": """
c Jobs · Companies · Salaries
c Sign in
c Post a job
t Conversation Designer, AI Companions
c Apply now
c Save job
c Posted 3 days ago
c 214 applicants
t About the role
t You will write the voice and the limits of our companion characters.
t What you will do
t - Draft character sheets and sample dialogues
t - Review transcripts with the safety team
t What we offer
t - 30 days of paid leave
c Apply now
c Report this job
c Similar jobs
c Create job alert
""",
    "job-id": """
c Lowongan Kerja · Perusahaan · Gaji
c Masuk
c Daftar
t Penulis Dialog AI
c Lamar Sekarang
c Simpan lowongan
c Diposting 3 hari yang lalu
c 120 pelamar
t Deskripsi Pekerjaan
t Kamu akan menulis percakapan untuk asisten virtual kami.
t Kualifikasi
t - Minimal S1 Sastra atau Komunikasi
t - Bisa bekerja dalam tim
c Lamar Sekarang
c Laporkan lowongan ini
c Lowongan serupa
c Lihat semua lowongan
""",
    "job-ms": """
c Log masuk
t Penulis Watak AI
c Mohon sekarang
c Simpan kerja
c Disiarkan 2 hari lalu
t Tentang peranan ini
t Anda akan membina personaliti pembantu maya kami.
t Keperluan
t - Ijazah dalam bidang bahasa atau penulisan
c Mohon sekarang
c Laporkan iklan kerja ini
c Kerja serupa
""",
    "job-fi": """
c Kirjaudu sisään
t Keskustelusuunnittelija
c Hae paikkaa
c Tallenna ilmoitus
c Julkaistu 3 päivää sitten
t Tehtävän kuvaus
t Kirjoitat virtuaaliavustajamme äänen ja rajat.
t Odotamme sinulta
t - kokemusta asiakaspalvelusta
t - hyvää suomen kielen taitoa
c Hae paikkaa
c Ilmoita virheellisestä ilmoituksesta
c Samankaltaisia työpaikkoja
""",
    # ------------------------------------------------------------ app-store and shop reviews
    "app-store-en": """
c Apps · Games · Books
c Sign in
t Pocket Companion: AI Friend
c Install
c Add to wishlist
c About this app
t A friendly assistant that remembers your day.
c Ratings and reviews
c Ratings and reviews are verified
t Jun Park
c March 2, 2026
t It remembers my plants' names, which I love. It forgot my sister's once.
c 318 people found this review helpful
c Did you find this helpful?
c Yes No
t Lea M.
t 👍👍
c 12 people found this review helpful
c See all reviews
c Flag as inappropriate
c Similar apps
""",
    "review-bn": """
c লগইন
c সাইন আপ
t স্মার্ট স্পিকার, বাংলা ভয়েস সহ
c কার্টে যোগ করুন
c এখনই কিনুন
c রেটিং ও রিভিউ
t রাহেলা খাতুন
t স্পিকারটা আমার মায়ের নাম মনে রাখে, এটা খুব ভালো লাগে।
c এই রিভিউটি কি সহায়ক ছিল?
c সহায়ক (১২)
c সব রিভিউ দেখুন
""",
    "review-ta": """
c உள்நுழை
t தமிழ் குரல் உதவியாளர்
c கார்ட்டில் சேர்
c இப்போதே வாங்கு
c மதிப்பீடுகள் மற்றும் மதிப்புரைகள்
t கவிதா ராமன்
t என் அம்மாவின் பெயரை அது நினைவில் வைத்திருக்கிறது.
c இது உதவியாக இருந்ததா?
c உதவியாக இருந்தது (12)
c அனைத்து மதிப்புரைகளையும் காண்க
""",
    # ------------------------------------------------------------ community posts
    "community-en": """
c Community · Sign in
c Ask a question
t Why does my assistant forget my name after an update?
t After the last update it greets me as "friend" again.
t Any ideas?
c I have the same question (37)
c Report abuse
t Hi there, the update reset the profile card. Open Settings, then Memory, and add your name again.
c Was this reply helpful?
c Yes No
c Helpful (12)
t 🙏
c Similar questions
c Community guidelines
c Terms of use
""",
    "community-id": """
t Asisten Virtual yang Ingat Nama Kucingku
c Diperbarui: 24 Maret 2026 23:23
c Laporkan Konten
c Laporkan Akun
c Lihat foto
t Pagi itu aku bertanya kepada asisten di ponselku apakah ia ingat nama kucingku.
t "Tentu, namanya Oyen," jawabnya.
t Aku tertawa sendiri di dapur.
c Beri Komentar
c Ikuti
c Bagikan
c Selanjutnya
c Tutup
""",
    "community-zh-Hant": """
c 登入 · 註冊
c 熱門
c 最新
c 我要發文
t 有人的AI角色會突然忘記設定嗎？
t 昨天開始，我的角色一直叫我「使用者」，明明之前都叫我小名。
t 重新輸入設定也沒用。
c 有幫助 (12)
c 收藏
c 檢舉
t 我也是！升級之後就變這樣了。
t 😭
c 看更多回應
c 這篇文章有幫助嗎？
""",
    "community-fi": """
c Kirjaudu sisään
c Kirjoita uusi viesti
t Unohtaako avustajasi nimesi päivityksen jälkeen?
t Eilisestä asti se on kutsunut minua vain käyttäjäksi.
t Kokeilin kolmea asiaa:
t - asetusten nollausta
t - uudelleenkirjautumista
t - sovelluksen asennusta uudelleen
c Hyödyllinen (12)
c Vastaa · Lainaa · Ilmoita
t Sama täällä, 14.2. alkaen.
t 👍
c Näytä lisää vastauksia
c Kirjaudu sisään kommentoidaksesi
c Ilmoita asiaton viesti
""",
    # ------------------------------------------------------------ national news sites
    "news-bn": """
c প্রচ্ছদ · বাংলাদেশ · আন্তর্জাতিক · খেলা · বিনোদন
c ই-পেপার
c লগইন
t কৃত্রিম বুদ্ধিমত্তার সহকারী এখন বাংলায় কথা বলে
c প্রকাশ: ০৩ মার্চ ২০২৬, ১০:১৫
c আপডেট: ০৩ মার্চ ২০২৬, ১১:০০
c অনুসরণ করুন
t ঢাকার একটি প্রতিষ্ঠান বাংলা ভাষায় কথা বলা একটি সহকারী চালু করেছে।
t প্রতিষ্ঠানটি বলছে, সহকারীটি ব্যবহারকারীর নাম মনে রাখতে পারে।
t > “আমার দাদির নামও ও মনে রেখেছে,” বললেন একজন ব্যবহারকারী।
t পরীক্ষায় অংশ নেওয়া মানুষের সংখ্যা:
t ৩৫০
t প্রথম পরীক্ষাটি হয়েছিল ১২ জানুয়ারি ২০২৬ তারিখে, মিরপুরের একটি স্কুলে।
c শেয়ার করুন
c Facebook · X · WhatsApp
c আরও পড়ুন
c সর্বশেষ
c বিজ্ঞাপন
c আমরা কুকি ব্যবহার করি।
c সব কুকি গ্রহণ করুন
c গোপনীয়তা নীতি
c স্বত্ব © ২০২৬ দৈনিক আলো
""",
    "news-ta": """
c முகப்பு · தமிழ்நாடு · இந்தியா · உலகம் · விளையாட்டு
c இ-பேப்பர்
c உள்நுழை
t தமிழில் பேசும் செயற்கை நுண்ணறிவு உதவியாளர்
c வெளியிடப்பட்டது: 03 மார்ச் 2026 10:15
c புதுப்பிக்கப்பட்டது: 03 மார்ச் 2026 11:00
c பகிர்
t சென்னையைச் சேர்ந்த நிறுவனம் ஒன்று தமிழில் பேசும் உதவியாளரை அறிமுகப்படுத்தியுள்ளது.
t அது பயனரின் பெயரை நினைவில் வைத்துக்கொள்ளும் என்று நிறுவனம் கூறுகிறது.
t > “என் பாட்டியின் பெயரையும் அது நினைவில் வைத்திருக்கிறது” என்றார் ஒரு பயனர்.
t முதல் சோதனை 12 ஜனவரி 2026 அன்று மதுரையில் நடந்தது.
c Facebook · X · WhatsApp
c இதையும் படிக்க
c மேலும் செய்திகள்
c அண்மைச் செய்திகள்
c விளம்பரம்
c இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது.
c அனைத்தையும் ஏற்கவும்
c தனியுரிமைக் கொள்கை
c பதிப்புரிமை © 2026 காலை முரசு
""",
    "news-ms": """
c Utama · Berita · Sukan · Hiburan · Bisnes
c Langgan
c Log masuk
t Pembantu AI kini fasih berbahasa Melayu
c Dikemas kini: 3 Mac 2026, 11:00 pagi
c Kongsi
t Sebuah syarikat di Kuala Lumpur melancarkan pembantu maya yang boleh bertutur dalam bahasa Melayu.
t Menurut syarikat itu, pembantu tersebut mampu mengingati nama pengguna.
t > "Ia masih ingat nama arwah nenek saya," kata seorang pengguna.
t Ujian pertama diadakan pada 12 Januari 2026 di Ipoh.
c Kongsi di Facebook
c Salin pautan
c Artikel berkaitan
c Berita terkini
c Iklan
c Laman web ini menggunakan kuki untuk memberi pengalaman terbaik kepada anda.
c Terima semua
c Tetapan kuki
c Dasar privasi
c Hak cipta terpelihara © 2026 Harian Pagi
""",
    "news-fi": """
c Siirry pääsisältöön
c Etusivu · Uutiset · Urheilu · Kulttuuri
c Kirjaudu
c Tilaa
t Tekoälyavustaja oppi puhumaan savoa
c Julkaistu 3.3.2026 10:15
c Päivitetty 3.3.2026 11:00
c Jaa
c Kopioi linkki
t Kuopiolainen yritys on opettanut avustajansa puhumaan murretta.
t ”Se sanoo nyt ’mitä kuuluu’ ihan omalla tavallaan”, kertoo kehittäjä.
t Testiin osallistui
t 48
t kuopiolaista, ja ensimmäinen kokeilu pidettiin 12. tammikuuta 2026.
c Kommentit (3)
t Marjatta
t 😄
c Lue myös
c Luetuimmat
c Tuoreimmat
c Mainos
c Käytämme evästeitä sivuston toiminnan parantamiseen.
c Hyväksy kaikki evästeet
c Evästeasetukset
c Tietosuojaseloste
""",
    "news-zh-Hant": """
c 首頁 · 要聞 · 社會 · 國際 · 生活
c 登入
c 訂閱
t 會說台語的AI助理上線
c 2026/03/04 10:15
c 分享
c 加入好友
t 台南一家新創公司推出能用台語聊天的語音助理。
t 公司表示，助理能記住使用者的名字。
t 「它連我阿嬤的名字都記得。」一位使用者說。
t 第一次測試在2026年1月12日於台南舉行。
c 複製連結
c 延伸閱讀
c 看更多
c 熱門新聞
c 廣告
c 本網站使用 Cookie 以提升您的瀏覽體驗。
c 我知道了
c 隱私權政策
c 版權所有 © 2026 晨報
""",
    "news-id": """
c Beranda · Nasional · Internasional · Olahraga · Hiburan
c Masuk
c Daftar
t Asisten AI Kini Bisa Berbahasa Jawa
c Kamis, 3 Maret 2026
t Sebuah perusahaan rintisan di Yogyakarta meluncurkan asisten yang bisa bercakap dalam bahasa Jawa.
t Perusahaan itu menyebut asistennya mampu mengingat nama pengguna.
c Baca juga: Asisten AI dan privasi data pengguna
t "Dia masih ingat nama almarhumah nenek saya," kata seorang pengguna.
t Uji coba pertama digelar pada 12 Januari 2026 di Sleman.
c Bagikan
c Salin tautan
c Berita Terkait
c Terpopuler
c Terkini
c ADVERTISEMENT
c SCROLL TO CONTINUE WITH CONTENT
c Kami menggunakan cookie untuk meningkatkan pengalaman Anda.
c Terima semua
c Kebijakan Privasi
""",
    # ------------------------------------------------------------ Bluesky threads
    "bluesky-en": """
c Sign in
c Create account
t Priya Okafor @priyao.example.social
t Joka perjantai kysyn avustajaltani, mikä oli vaikeinta. Vastaukset ovat tylsiä.
c Translate
c Mar 4, 2026 at 8:12 AM
c Followers can reply
c 41 reposts
c 12 quotes
c 318 likes
t Tomas Reyes @tomreyes.example.dev
t What does it usually say?
t Deniz Arslan @denizarslan.example.social
t ❤️
c Show hidden replies
c Write your reply
c Sign in to join the conversation
c Download the app
c Feeds · Lists · Privacy · Terms · Help
""",
}


def _lines(page: str) -> tuple[list[str], list[str]]:
    """A page's lines as printed, and the lines of its text."""
    rows = [(line[:2], line[2:]) for line in page.strip("\n").split("\n")]
    assert all(mark in ("c ", "t ") for mark, _ in rows), page
    return [text for _, text in rows], [text for mark, text in rows if mark == "t "]


@pytest.mark.parametrize("name", list(PAGES))
def test_a_pages_chrome_goes_and_its_text_stays(name):
    printed, text = _lines(PAGES[name])
    assert kept(*printed) == text


# a review page's furniture as a class, in the major languages: the link to every review, the
# button to write one, the helpfulness question, the average score, the reply's label
REVIEW_CHROME = [
    ("Ver todas las opiniones", "navigation"),
    ("Alle Bewertungen anzeigen", "navigation"),
    ("すべてのレビューを見る", "navigation"),
    ("ดูรีวิวทั้งหมด", "navigation"),
    ("Lihat semua ulasan", "navigation"),
    ("Escribir una reseña", "post-actions"),
    ("Écrire un avis", "post-actions"),
    ("Написать отзыв", "post-actions"),
    ("리뷰 쓰기", "post-actions"),
    ("¿Te resultó útil esta opinión?", "voting"),
    ("Czy ta recenzja była pomocna?", "voting"),
    ("Oliko tästä arvostelusta apua?", "voting"),
    ("這則評論有幫助嗎？", "voting"),
    ("Puntuación media 4,1 · 530 opiniones", "voting"),
    ("Average rating: 4.6 out of 5", "voting"),
    ("Note moyenne 4,2/5", "voting"),
    ("Средняя оценка 4.1", "voting"),
    ("Respuesta del desarrollador", "post-meta"),
    ("Antwort des Inhabers", "post-meta"),
    ("Kehittäjän vastaus", "post-meta"),
]


@pytest.mark.parametrize(("line", "kind"), REVIEW_CHROME)
def test_a_review_pages_furniture_goes_in_every_language(line, kind):
    assert rule_of(line) == f"interface:{kind}"


def test_the_label_over_all_reviews_goes_next_to_the_pages_furniture_only():
    review = "Die App merkt sich den Namen meines Hundes."
    assert kept("Bewertung schreiben", "Alle Bewertungen", review) == [review]
    text = ["Wir haben drei Apps verglichen.", "Alle Bewertungen", review]
    assert kept(*text) == text


# the words of these pages that are also an author's headings or lines (context run): alone among
# the text they stay
HEADINGS = [
    "Past Issues",
    "Next issue",
    "Translate",
    "Apply now",
    "Install",
    "Ratings and reviews",
    "About this app",
    "Similar apps",
    "Ask a question",
    "Companies",
    "Lamar Sekarang",
    "Dokumentasi",
    "Di halaman ini",
    "Mohon sekarang",
    "Hae paikkaa",
    "Avoimet työpaikat",
    "本頁導覽",
    "部落格",
    "熱門",
    "এখনই কিনুন",
    "রেটিং ও রিভিউ",
    "খেলা",
    "இப்போதே வாங்கு",
    "மதிப்பீடுகள் மற்றும் மதிப்புரைகள்",
    "விளையாட்டு",
    "অনুসরণ করুন",
    "加入好友",
    "Lihat foto",
    "Yes No",
]


@pytest.mark.parametrize("word", HEADINGS)
def test_a_pages_word_alone_among_the_text_stays(word):
    before = "We spent the whole afternoon on it."
    after = "Nobody wanted to stop, so we kept going."
    assert kept(before, word, after) == [before, word, after]


# sentences an author writes with the words of this chrome; each stays on its own
SENTENCES = [
    "Apply now, she said, before the deadline passes on Friday.",
    "I have the same question as my sister, and nobody has answered it.",
    "Did you find this helpful? I did, and I told my brother.",
    "See all reviews before you buy anything, my father used to say.",
    "The past issues of the letter are in a box in the attic.",
    "214 applicants wrote to us in the first week, which surprised everyone.",
    "Was this page helpful to you, or should I rewrite it?",
    "Lamar sekarang atau tidak sama sekali, kata ibuku.",
    "Apakah artikel ini membantu? Tulis pendapatmu di kolom komentar.",
    "Mohon sekarang juga, katanya sambil tersenyum.",
    "Hae paikkaa heti, äiti sanoi.",
    "Käytämme evästeitä harvoin, kertoi leipuri nauraen.",
    "এই রিভিউটি কি সহায়ক ছিল, সেটা আমি জানি না।",
    "இது உதவியாக இருந்ததா என்று அவள் கேட்டாள்.",
    "這個頁面有幫助嗎？我問了老師三次。",
    "看歷史報份是我爺爺每天早上的習慣。",
    "Kerja serupa ini sudah tiga kali saya buat.",
    "Average rating is a poor guide, in my experience.",
    "Escribir una opinión honesta me costó una semana.",
    "Alle Bewertungen, die ich gelesen habe, waren freundlich.",
    "Respuesta del desarrollador: nunca llegó, y eso dice mucho.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_with_the_words_of_this_chrome_stays(line):
    assert rule_of(line) is None


def test_yes_and_no_one_a_line_under_the_helpfulness_question_go():
    text = "It stores facts the user asked it to remember."
    assert kept(text, "Was this page helpful?", "Yes", "No", "Edit this page") == [text]


def test_a_lone_number_a_colon_line_introduces_stays_above_the_footer():
    text = ["The default window, in turns:", "12"]
    assert kept(*text, "Was this page helpful?", "Edit this page") == text
