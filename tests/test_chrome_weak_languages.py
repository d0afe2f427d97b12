"""Site chrome in the languages the interface list held least of, and in the seven it lacked
(Hausa, Yoruba, Sinhala, Nepali, Burmese, Khmer, Lao): the concepts of the well-covered
languages, among them next/previous page and "page N of M", print and e-mail buttons, the
comments and discussion tabs with their counts, reading time, cookie and legal footers,
"sponsored by", "[advertisement]", most read, skip links, menus and a post's buttons.
For each language the lines an author writes that look like them stay: a sentence holding the
words, a menu word alone among the text, the reply word without its row. Every line here is
written for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of

# per language: chrome lines and the kind of rule that removes each one alone
CHROME = {
    "ha": [
        ("Tsallaka zuwa abun ciki", "skip-link"),
        ("Ci gaba da karantawa", "navigation"),
        ("Shafi 2 cikin 9", "navigation"),
        ("Kwafi mahada", "sharing"),
        ("Bar sharhi", "comments"),
        ("12 sharhi", "counter"),
        ("Amince da duka", "consent"),
        ("An kiyaye duk haƙƙoƙi", "legal"),
        ("Labarai masu alaƙa", "related"),
        ("Sa'o'i 3 da suka wuce", "timestamp"),
        ("[Talla]", "ad-marker"),
    ],
    "yo": [
        ("Fò sí àkóónú", "skip-link"),
        ("Ka siwaju", "navigation"),
        ("Oju-iwe 2 ninu 7", "navigation"),
        ("Da ọna asopọ ko", "sharing"),
        ("Fi asọye silẹ", "comments"),
        ("Gba gbogbo rẹ", "consent"),
        ("Gbogbo ẹtọ wa ni ipamọ", "legal"),
        ("Iroyin to jọmọ", "related"),
        ("Wákàtí 3 sẹ́yìn", "timestamp"),
        ("Ipolowo", "sponsor"),
    ],
    "si": [
        ("අන්තර්ගතයට යන්න", "skip-link"),
        ("තවත් කියවන්න", "navigation"),
        ("ඊළඟ පිටුව", "navigation"),
        ("සබැඳිය පිටපත් කරන්න", "sharing"),
        ("අදහසක් එක් කරන්න", "comments"),
        ("අදහස් 12", "counter"),
        ("සියල්ල පිළිගන්න", "consent"),
        ("සියලු හිමිකම් ඇවිරිණි", "legal"),
        ("අදාළ පුවත්", "related"),
        ("පැය 3කට පෙර", "timestamp"),
    ],
    "ne": [
        ("सामग्रीमा जानुहोस्", "skip-link"),
        ("थप पढ्नुहोस्", "navigation"),
        ("अर्को पृष्ठ", "navigation"),
        ("लिंक कपी गर्नुहोस्", "sharing"),
        ("प्रतिक्रिया दिनुहोस्", "comments"),
        ("१२ प्रतिक्रिया", "counter"),
        ("सबै स्वीकार गर्नुहोस्", "consent"),
        ("नेपाल खबर, सर्वाधिकार सुरक्षित।", "legal"),
        ("सम्बन्धित समाचार", "related"),
        ("३ घण्टा अगाडि", "timestamp"),
    ],
    "my": [
        ("အကြောင်းအရာသို့ ကျော်သွားရန်", "skip-link"),
        ("ဆက်ဖတ်ရန်", "navigation"),
        ("နောက်စာမျက်နှာ", "navigation"),
        ("လင့်ခ်ကို ကူးယူရန်", "sharing"),
        ("မှတ်ချက်ရေးရန်", "comments"),
        ("အားလုံးလက်ခံရန်", "consent"),
        ("ကိုယ်ရေးကိုယ်တာ မူဝါဒ", "legal"),
        ("ဆက်စပ်သတင်းများ", "related"),
        ("၃ နာရီ အကြာက", "timestamp"),
        ("[ကြော်ငြာ]", "ad-marker"),
    ],
    "km": [
        ("រំលងទៅមាតិកា", "skip-link"),
        ("អានបន្ត", "navigation"),
        ("ទំព័របន្ទាប់", "navigation"),
        ("ចម្លងតំណ", "sharing"),
        ("សរសេរមតិ", "comments"),
        ("ទទួលយកទាំងអស់", "consent"),
        ("រក្សាសិទ្ធិគ្រប់យ៉ាង", "legal"),
        ("ព័ត៌មានពាក់ព័ន្ធ", "related"),
        ("៣ ម៉ោងមុន", "timestamp"),
    ],
    "lo": [
        ("ຂ້າມໄປຫາເນື້ອຫາ", "skip-link"),
        ("ອ່ານເພີ່ມເຕີມ", "navigation"),
        ("ໜ້າຕໍ່ໄປ", "navigation"),
        ("ສຳເນົາລິ້ງ", "sharing"),
        ("ຂຽນຄວາມຄິດເຫັນ", "comments"),
        ("ຍອມຮັບທັງໝົດ", "consent"),
        ("ສະຫງວນລິຂະສິດ", "legal"),
        ("ຂ່າວທີ່ກ່ຽວຂ້ອງ", "related"),
        ("3 ຊົ່ວໂມງກ່ອນ", "timestamp"),
    ],
    "ur": [
        ("اگلا صفحہ", "navigation"),
        ("صفحہ 2 از 9", "navigation"),
        ("ای میل کریں", "sharing"),
        ("تبصرے (12)", "counter"),
        ("کوکی پالیسی", "legal"),
        ("[اشتہار]", "ad-marker"),
        ("بحث (4)", "tabs"),
    ],
    "bn": [
        ("পরের পাতা", "navigation"),
        ("পৃষ্ঠা ২ / ৯", "navigation"),
        ("ইমেইল করুন", "sharing"),
        ("মন্তব্য (১২)", "counter"),
        ("নিয়ম ও শর্তাবলী", "legal"),
        ("[বিজ্ঞাপন]", "ad-marker"),
        ("আলোচনা (৪)", "tabs"),
        ("সর্বাধিক পঠিত", "related"),
    ],
    "ta": [
        ("அடுத்த பக்கம்", "navigation"),
        ("மின்னஞ்சல் அனுப்பு", "sharing"),
        ("கருத்துகள் (12)", "counter"),
        ("குக்கீ கொள்கை", "legal"),
        ("இதையும் படிக்க", "related"),
        ("விவாதம் (4)", "tabs"),
    ],
    "te": [
        ("తదుపరి పేజీ", "navigation"),
        ("ఈమెయిల్ చేయండి", "sharing"),
        ("వ్యాఖ్యలు (12)", "counter"),
        ("కుకీ విధానం", "legal"),
        ("తప్పక చదవండి", "related"),
        ("చర్చ (4)", "tabs"),
    ],
    "mr": [
        ("पुढील पान", "navigation"),
        ("ईमेल करा", "sharing"),
        ("5 मिनिटांचे वाचन", "counter"),
        ("अस्वीकरण", "legal"),
        ("हे पण वाचा", "related"),
        ("चर्चा (4)", "tabs"),
    ],
    "gu": [
        ("આગલું પાનું", "navigation"),
        ("ઈમેલ કરો", "sharing"),
        ("5 મિનિટ વાંચન", "counter"),
        ("કૂકી નીતિ", "legal"),
        ("વધુ સમાચાર", "related"),
        ("ચર્ચા (4)", "tabs"),
    ],
    "kn": [
        ("ಮುಂದಿನ ಪುಟ", "navigation"),
        ("ಇಮೇಲ್ ಮಾಡಿ", "sharing"),
        ("ಕಾಮೆಂಟ್‌ಗಳು (12)", "counter"),
        ("ಕುಕೀ ನೀತಿ", "legal"),
        ("ಇದನ್ನೂ ನೋಡಿ", "related"),
        ("ಚರ್ಚೆ (4)", "tabs"),
    ],
    "ml": [
        ("അടുത്ത പേജ്", "navigation"),
        ("ഇമെയിൽ ചെയ്യുക", "sharing"),
        ("അഭിപ്രായങ്ങൾ (12)", "counter"),
        ("കുക്കി നയം", "legal"),
        ("കൂടുതൽ വാർത്തകൾ", "related"),
        ("ചർച്ച (4)", "tabs"),
    ],
    "pa": [
        ("ਅਗਲਾ ਪੰਨਾ", "navigation"),
        ("ਈਮੇਲ ਕਰੋ", "sharing"),
        ("ਟਿੱਪਣੀਆਂ (12)", "counter"),
        ("ਕੂਕੀ ਨੀਤੀ", "legal"),
        ("ਹੋਰ ਖ਼ਬਰਾਂ", "related"),
        ("ਚਰਚਾ (4)", "tabs"),
    ],
    "am": [
        ("ቀጣይ ገጽ", "navigation"),
        ("በኢሜይል ይላኩ", "sharing"),
        ("አስተያየቶች (12)", "counter"),
        ("የኩኪ ፖሊሲ", "legal"),
        ("ተዛማጅ ዜናዎች", "related"),
        ("ውይይት (4)", "tabs"),
        ("[ማስታወቂያ]", "ad-marker"),
    ],
    "ms": [
        ("Halaman seterusnya", "navigation"),
        ("Halaman 2 daripada 9", "navigation"),
        ("Komen (12)", "counter"),
        ("Notis privasi", "legal"),
        ("Ditaja oleh Kedai Buku Melati", "sponsor"),
        ("Perbincangan (4)", "tabs"),
    ],
    "tl": [
        ("Susunod na pahina", "navigation"),
        ("Pahina 2 ng 9", "navigation"),
        ("I-email", "sharing"),
        ("Mga komento (12)", "counter"),
        ("Patakaran sa cookie", "legal"),
        ("Talakayan (4)", "tabs"),
    ],
    "sw": [
        ("Ukurasa unaofuata", "navigation"),
        ("Ukurasa 2 kati ya 9", "navigation"),
        ("Tuma kwa barua pepe", "sharing"),
        ("Maoni (12)", "counter"),
        ("Sera ya matumizi", "legal"),
        ("Imefadhiliwa na Duka la Vitabu", "sponsor"),
        ("Mjadala (4)", "tabs"),
    ],
    "kk": [
        ("Келесі бет", "navigation"),
        ("Поштамен жіберу", "sharing"),
        ("Пікірлер (12)", "counter"),
        ("Cookie саясаты", "legal"),
        ("Сондай-ақ оқыңыз", "related"),
        ("Талқылау (4)", "tabs"),
    ],
    "uz": [
        ("Keyingi sahifa", "navigation"),
        ("Elektron pochta orqali yuborish", "sharing"),
        ("Izohlar (12)", "counter"),
        ("Cookie siyosati", "legal"),
        ("Ko'p o'qilganlar", "related"),
        ("Muhokama (4)", "tabs"),
    ],
    "az": [
        ("Növbəti səhifə", "navigation"),
        ("E-poçtla göndər", "sharing"),
        ("Şərhlər (12)", "counter"),
        ("Kukiləri qəbul et", "consent"),
        ("Ən çox oxunanlar", "related"),
        ("Müzakirə (4)", "tabs"),
    ],
    "ka": [
        ("შემდეგი გვერდი", "navigation"),
        ("ელფოსტით გაგზავნა", "sharing"),
        ("კომენტარები (12)", "counter"),
        ("ქუქი-ფაილების პოლიტიკა", "legal"),
        ("ასევე წაიკითხეთ", "related"),
        ("განხილვა (4)", "tabs"),
    ],
    "hy": [
        ("Հաջորդ էջ", "navigation"),
        ("Ուղարկել էլ. փոստով", "sharing"),
        ("Մեկնաբանություններ (12)", "counter"),
        ("Cookie-ների քաղաքականություն", "legal"),
        ("Ամենադիտված", "related"),
        ("Քննարկում (4)", "tabs"),
    ],
    "gl": [
        ("Páxina seguinte", "navigation"),
        ("Páxina 2 de 9", "navigation"),
        ("Comentarios (12)", "counter"),
        ("Política de cookies", "legal"),
        ("Non te perdas", "related"),
        ("[Publicidade]", "ad-marker"),
    ],
    "af": [
        ("Volgende bladsy", "navigation"),
        ("Bladsy 2 van 9", "navigation"),
        ("Kommentaar (12)", "counter"),
        ("Koekiebeleid", "legal"),
        ("Mees gelees", "related"),
        ("Geborg deur Boekwinkel Suid", "sponsor"),
    ],
    "is": [
        ("Næsta síða", "navigation"),
        ("Síða 2 af 9", "navigation"),
        ("Athugasemdir (12)", "counter"),
        ("Vafrakökustefna", "legal"),
        ("Mest lesið", "related"),
        ("[Auglýsing]", "ad-marker"),
    ],
    "eu": [
        ("Hurrengo orria", "navigation"),
        ("Iruzkinak (12)", "counter"),
        ("Cookie politika", "legal"),
        ("Irakurrienak", "related"),
        ("Eztabaida (4)", "tabs"),
    ],
    "et": [
        ("Järgmine lehekülg", "navigation"),
        ("Lehekülg 2/9", "navigation"),
        ("Kommentaarid (12)", "counter"),
        ("Kasutustingimused", "legal"),
        ("Loetumad", "related"),
        ("[Reklaam]", "ad-marker"),
    ],
    "sr": [
        ("Следећа страна", "navigation"),
        ("Страна 2 од 9", "navigation"),
        ("Коментари (12)", "counter"),
        ("Политика колачића", "legal"),
        ("Најчитаније", "related"),
    ],
    "sr-Latn": [
        ("Sledeća strana", "navigation"),
        ("Strana 2 od 9", "navigation"),
        ("Komentari (12)", "counter"),
        ("Politika kolačića", "legal"),
        ("Ne propustite", "related"),
    ],
    "hr": [
        ("Sljedeća stranica", "navigation"),
        ("Stranica 2 od 9", "navigation"),
        ("Vrijeme čitanja: 5 min", "counter"),
        ("Uvjeti korištenja", "legal"),
        ("Ne propustite", "related"),
    ],
    "sl": [
        ("Naslednja stran", "navigation"),
        ("Stran 2 od 9", "navigation"),
        ("Komentarji (12)", "counter"),
        ("Politika piškotkov", "legal"),
        ("Najbolj brano", "related"),
        ("[Oglas]", "ad-marker"),
    ],
    "lt": [
        ("Kitas puslapis", "navigation"),
        ("Puslapis 2 iš 9", "navigation"),
        ("Komentarai (12)", "counter"),
        ("Slapukų politika", "legal"),
        ("Skaitomiausi", "related"),
    ],
    "lv": [
        ("Nākamā lapa", "navigation"),
        ("Lapa 2 no 9", "navigation"),
        ("Komentāri (12)", "counter"),
        ("Sīkdatņu politika", "legal"),
        ("Lasītākie", "related"),
    ],
    "ca": [
        ("Pàgina següent", "navigation"),
        ("Pàgina 2 de 9", "navigation"),
        ("Comentaris (12)", "counter"),
        ("Política de galetes", "legal"),
        ("El més llegit", "related"),
        ("Patrocinat per Llibreria Nord", "sponsor"),
    ],
    "fi": [
        ("Seuraava sivu", "navigation"),
        ("Sivu 2/9", "navigation"),
        ("Kommentit (12)", "counter"),
        ("Käyttöehdot ja tietosuoja", "legal"),
        ("Älä missaa", "related"),
        ("[Mainos]", "ad-marker"),
    ],
    "da": [
        ("Næste side", "navigation"),
        ("Side 2 af 9", "navigation"),
        ("Kommentarer (12)", "comments"),
        ("Cookiepolitik", "legal"),
        ("Gå ikke glip af", "related"),
        ("Sponsoreret af Boghandel Nord", "sponsor"),
    ],
    "nb": [
        ("Neste side", "navigation"),
        ("Side 2 av 9", "navigation"),
        ("Vilkår for bruk", "legal"),
        ("Ikke gå glipp av", "related"),
        ("[Annonse]", "ad-marker"),
    ],
    "sk": [
        ("Ďalšia strana", "navigation"),
        ("Strana 2 z 9", "navigation"),
        ("Komentáre (12)", "counter"),
        ("Podmienky používania", "legal"),
        ("Nenechajte si ujsť", "related"),
    ],
    "bg": [
        ("Следваща страница", "navigation"),
        ("Страница 2 от 9", "navigation"),
        ("Общи условия", "legal"),
        ("Най-четени", "related"),
    ],
    "ro": [
        ("Pagina următoare", "navigation"),
        ("Pagina 2 din 9", "navigation"),
        ("Comentarii (12)", "counter"),
        ("Politica de cookie-uri", "legal"),
        ("Nu rata", "related"),
        ("Sponsorizat de Librăria Nord", "sponsor"),
    ],
    "th": [
        ("หน้า 2 จาก 9", "navigation"),
        ("ความคิดเห็น (12)", "counter"),
        ("นโยบายคุกกี้", "legal"),
        ("ห้ามพลาด", "related"),
        ("แชร์กระทู้นี้", "sharing"),
    ],
    "zh-Hant": [
        ("第 2 頁，共 9 頁", "navigation"),
        ("留言 (12)", "counter"),
        ("服務條款", "legal"),
        ("延伸閱讀", "related"),
        ("列印", "sharing"),
        ("[廣告]", "ad-marker"),
    ],
    # the discussion or transcript tab with its count and the loading line, which major languages
    # lacked (Korean prints a board's label with a count: a run-context line already)
    "ar": [("النقاش (4)", "tabs")],
    "cs": [("Přepis (4)", "tabs"), ("Načítání…", "status")],
    "fa": [("بحث (4)", "tabs"), ("در حال بارگذاری...", "status")],
    "he": [("דיון (4)", "tabs")],
    "hi": [("चर्चा (4)", "tabs"), ("लोड हो रहा है...", "status")],
    "hu": [("Vita (4)", "tabs"), ("Betöltés…", "status")],
    "id": [("Diskusi (4)", "tabs"), ("Memuat...", "status")],
    "tr": [("Tartışma (4)", "tabs")],
    "uk": [("Обговорення (4)", "tabs")],
    "vi": [("Thảo luận (4)", "tabs"), ("Đang tải…", "status")],
}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        pytest.param(line, f"interface:{kind}", id=f"{lang}-{i}-{kind}")
        for lang, lines in CHROME.items()
        for i, (line, kind) in enumerate(lines)
    ],
)
def test_chrome_goes_in_every_language(line, rule):
    assert rule_of(line) == rule


# per language: sentences that hold the words of its chrome lines, or a chrome line inside a
# longer line; each stays
CONTENT = {
    "ha": [
        "Ta bar sharhi mai tsawo a ƙarƙashin labarin jiya.",
        "Mun ci gaba da karantawa har dare ya yi.",
        "Talla ce ta kawo mu wannan kasuwa.",
    ],
    "yo": [
        "Mo ka siwaju titi di aago mẹwa alẹ.",
        "Mo gba gbogbo rẹ ni ọkan mi, o sọ.",
        "Ipolowo naa pọ ju lori redio lana.",
    ],
    "si": [
        "මම ඊළඟ පිටුව කියවූ විට ඇය ආවා.",
        "අපි අදාළ පුවත් ගැන කතා කළා.",
    ],
    "ne": [
        "उनले पुस्तकको अर्को पृष्ठ पल्टाइन्।",
        "हामीले सम्बन्धित समाचार पछि मात्र पढ्यौं।",
    ],
    "my": [
        "သူမသည် နောက်စာမျက်နှာကို ဖတ်ခဲ့သည်။",
        "ကျွန်တော် ဆက်ဖတ်ရန် အချိန်မရှိပါ။",
    ],
    "km": [
        "នាងបានអានបន្តរហូតដល់យប់ជ្រៅ។",
        "ខ្ញុំមិនទាន់បានអានទំព័របន្ទាប់នៅឡើយទេ។",
    ],
    "lo": [
        "ລາວອ່ານເພີ່ມເຕີມກ່ຽວກັບເລື່ອງນີ້ໃນຕອນແລງ.",
        "ຂ້ອຍຍອມຮັບທັງໝົດທີ່ເຈົ້າເວົ້າ.",
    ],
    "ur": [
        "میں نے کتاب کا اگلا صفحہ پلٹا اور پڑھتا رہا۔",
        "اس نے کہا کہ کوکی پالیسی پر بحث کل ہوگی۔",
    ],
    "bn": [
        "সে বইয়ের পরের পাতা উল্টে পড়তে থাকল।",
        "আমরা সর্বাধিক পঠিত লেখাগুলো নিয়ে আলোচনা করলাম।",
    ],
    "ta": [
        "அவள் புத்தகத்தின் அடுத்த பக்கம் திருப்பினாள்.",
        "குக்கீ கொள்கை பற்றி நாளை பேசுவோம்.",
    ],
    "te": [
        "ఆమె పుస్తకంలో తదుపరి పేజీ తిప్పింది.",
        "ఈ కథ తప్పక చదవండి అని అతను చెప్పాడు.",
    ],
    "mr": [
        "तिने पुस्तकाचे पुढील पान उलटले.",
        "हे पण वाचा, असे तो म्हणाला आणि हसला.",
    ],
    "gu": [
        "તેણે પુસ્તકનું આગલું પાનું ફેરવ્યું.",
        "અમે કૂકી નીતિ વિશે કાલે વાત કરીશું.",
    ],
    "kn": [
        "ಅವಳು ಪುಸ್ತಕದ ಮುಂದಿನ ಪುಟ ತಿರುಗಿಸಿದಳು.",
        "ಕುಕೀ ನೀತಿ ಬಗ್ಗೆ ನಾಳೆ ಮಾತನಾಡೋಣ.",
    ],
    "ml": [
        "അവൾ പുസ്തകത്തിന്റെ അടുത്ത പേജ് മറിച്ചു.",
        "കുക്കി നയം നാളെ ചർച്ച ചെയ്യാം.",
    ],
    "pa": [
        "ਉਸਨੇ ਕਿਤਾਬ ਦਾ ਅਗਲਾ ਪੰਨਾ ਪਲਟਿਆ।",
        "ਕੂਕੀ ਨੀਤੀ ਬਾਰੇ ਕੱਲ੍ਹ ਗੱਲ ਕਰਾਂਗੇ।",
    ],
    "am": [
        "የመጽሐፉን ቀጣይ ገጽ አነበበች።",
        "ስለ ተዛማጅ ዜናዎች ነገ እንነጋገራለን።",
    ],
    "ms": [
        "Dia membaca halaman seterusnya dengan perlahan.",
        "Notis privasi itu ditulis oleh peguam syarikat.",
    ],
    "tl": [
        "Binasa niya ang susunod na pahina ng libro.",
        "Basahin din natin ang liham bukas, sabi niya.",
    ],
    "sw": [
        "Alisoma ukurasa unaofuata kwa sauti.",
        "Soma pia barua ya mama yako, alisema.",
    ],
    "kk": [
        "Ол кітаптың келесі бетін ашты.",
        "Жарнама туралы мақаланы кеше оқыдым.",
    ],
    "uz": [
        "U kitobning keyingi sahifasini ochdi.",
        "Ko'p o'qilgan kitoblar haqida gaplashdik.",
    ],
    "az": [
        "O, kitabın növbəti səhifəsini oxudu.",
        "Ən çox oxunanlar siyahısını müəllim özü hazırladı.",
    ],
    "ka": [
        "მან წიგნის შემდეგი გვერდი გადაშალა.",
        "ასევე წაიკითხეთ ეს წერილი ხვალ, თქვა მან.",
    ],
    "hy": [
        "Նա շրջեց գրքի հաջորդ էջը։",
        "Այս թեմայով մենք կխոսենք վաղը։",
    ],
    "gl": [
        "Na páxina seguinte hai unha receita de filloas.",
        "Non te perdas polo camiño, dixo a avoa.",
    ],
    "af": [
        "Sy het die volgende bladsy stadig gelees.",
        "Die boek wat die mees gelees word, is oud.",
    ],
    "is": [
        "Hún las næstu síðu hægt.",
        "Það sem var mest lesið í fyrra var ljóðabók.",
    ],
    "eu": [
        "Hurrengo orria irakurri zuen poliki.",
        "Irakurrienak liburu zaharrak ziren.",
    ],
    "et": [
        "Ta luges järgmise lehekülje aeglaselt läbi.",
        "Loetumad raamatud olid riiulil üleval.",
    ],
    "sr": [
        "Окренула је следећу страну књиге.",
        "Најчитаније књиге су на полици.",
    ],
    "sr-Latn": [
        "Okrenula je sledeću stranu knjige.",
        "Ne propustite voz, rekla je mama.",
    ],
    "hr": [
        "Pročitala je sljedeću stranicu naglas.",
        "Vrijeme čitanja knjige bilo je dugo.",
    ],
    "sl": [
        "Prebrala je naslednjo stran knjige.",
        "Najbolj brano knjigo je imela na nočni omarici.",
    ],
    "lt": [
        "Ji perskaitė kitą puslapį garsiai.",
        "Skaitomiausi buvo seni laiškai.",
    ],
    "lv": [
        "Viņa izlasīja nākamo lapu skaļi.",
        "Lasītākie raksti bija par dārzu.",
    ],
    "ca": [
        "A la pàgina següent hi ha la recepta.",
        "El més llegit del mes va ser un conte.",
    ],
    "fi": [
        "Seuraava sivu oli revitty kirjasta.",
        "Älä missaa junaa, äiti sanoi.",
    ],
    "da": [
        "Hun læste næste side højt for børnene.",
        "Gå ikke glip af toget i morgen, sagde hun.",
    ],
    "nb": [
        "Hun leste neste side høyt for barna.",
        "Ikke gå glipp av bussen, sa hun.",
    ],
    "sk": [
        "Prečítala ďalšiu stranu nahlas.",
        "Nenechajte si ujsť vlak, povedala mama.",
    ],
    "bg": [
        "Тя прочете следващата страница на глас.",
        "Най-четени бяха старите писма.",
    ],
    "ro": [
        "Pe pagina următoare era rețeta bunicii.",
        "Nu rata trenul, i-a spus mama.",
    ],
    "th": [
        "เธออ่านหน้า 2 จาก 9 หน้าของจดหมายแล้ว",
        "ห้ามพลาดรถไฟเที่ยวสุดท้ายนะ แม่บอก",
    ],
    "zh-Hant": [
        "她翻到第二頁，繼續讀下去。",
        "我們明天再討論服務條款的細節。",
    ],
}


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(line, id=f"{lang}-{i}")
        for lang, lines in CONTENT.items()
        for i, line in enumerate(lines)
    ],
)
def test_a_sentence_with_the_same_words_stays(line):
    assert rule_of(line) is None


def test_every_language_has_both_kinds_of_case():
    assert set(CONTENT) <= set(CHROME)
    assert {"ha", "yo", "si", "ne", "my", "km", "lo"} <= set(CONTENT)


# the new languages: a skip link, then three menu words that are also ordinary headings
MENUS = {
    "ha": ["Tsallaka zuwa abun ciki", "Gida", "Labarai", "Game da mu"],
    "yo": ["Fo si akoonu", "Ile", "Iroyin", "Nipa wa"],
    "si": ["අන්තර්ගතයට යන්න", "මුල් පිටුව", "පුවත්", "අප ගැන"],
    "ne": ["सामग्रीमा जानुहोस्", "गृहपृष्ठ", "समाचार", "हाम्रो बारेमा"],
    "my": ["အကြောင်းအရာသို့ ကျော်သွားရန်", "ပင်မစာမျက်နှာ", "သတင်း", "ကျွန်ုပ်တို့အကြောင်း"],
    "km": ["រំលងទៅមាតិកា", "ទំព័រដើម", "ព័ត៌មាន", "អំពីយើង"],
    "lo": ["ຂ້າມໄປຫາເນື້ອຫາ", "ໜ້າຫຼັກ", "ຂ່າວ", "ກ່ຽວກັບພວກເຮົາ"],
}


@pytest.mark.parametrize(("lang", "menu"), list(MENUS.items()), ids=list(MENUS))
def test_a_menu_goes_next_to_its_skip_link(lang, menu):
    text = CONTENT[lang][:2]
    assert kept(*menu, *text) == text


def test_a_khmer_sentence_alone_below_a_menu_stays():
    """The Khmer khan (។) ends a sentence (``shapes.SENTENCE_MARKS``): the line is no short
    unknown line of the footer block."""
    text = CONTENT["km"][0]
    assert kept(*MENUS["km"], text) == [text]


@pytest.mark.parametrize(("lang", "menu"), list(MENUS.items()), ids=list(MENUS))
def test_a_menu_word_alone_among_the_text_is_a_heading_and_stays(lang, menu):
    page = [CONTENT[lang][1], menu[2], CONTENT[lang][0]]
    assert kept(*page) == page


# the new languages: a post's buttons on one line; the reply word alone is the post's label
BUTTONS = {
    "ha": "Amsa · Gyara · Goge",
    "yo": "Fesi · Ṣatunkọ · Paarẹ",
    "si": "පිළිතුරු දෙන්න · සංස්කරණය කරන්න · මකන්න",
    "ne": "जवाफ दिनुहोस् · सम्पादन गर्नुहोस् · मेटाउनुहोस्",
    "my": "ပြန်ကြားရန် · ပြင်ဆင်ရန် · ဖျက်ရန်",
    "km": "ឆ្លើយតប · កែសម្រួល · លុប",
    "lo": "ຕອບກັບ · ແກ້ໄຂ · ລຶບ",
}


@pytest.mark.parametrize(("lang", "row"), list(BUTTONS.items()), ids=list(BUTTONS))
def test_a_posts_buttons_go_as_a_row_and_the_reply_word_alone_stays(lang, row):
    assert rule_of(row) == "interface:post-actions"
    assert rule_of(row.split(" · ")[0]) is None


# the transcript tab's word, which is also a heading: it goes beside its discussion tab, and
# stays alone among the text
TRANSCRIPT = {
    "ar": ("نص الحلقة", "النقاش (4)", "قرأت النص كاملا قبل أن أكتب رأيي."),
    "cs": ("Přepis", "Diskuse (4)", "Přepis rozhovoru jsem četla dvakrát."),
    "he": ("תמלול", "דיון (4)", "קראתי את התמלול לפני שכתבתי."),
    "hi": ("ट्रांसक्रिप्ट", "चर्चा (4)", "मैंने पूरा ट्रांसक्रिप्ट दो बार पढ़ा।"),
    "hu": ("Átirat", "Vita (4)", "Az átiratot kétszer is elolvastam."),
    "ko": ("스크립트", "댓글 4개", "대본을 두 번 읽고 나서 글을 썼다."),
    "tr": ("Transkript", "Tartışma (4)", "Transkripti iki kez okudum."),
    "uk": ("Транскрипт", "Обговорення (4)", "Я двічі прочитала транскрипт розмови."),
    "ur": ("ٹرانسکرپٹ", "بحث (4)", "میں نے پورا ٹرانسکرپٹ دو بار پڑھا۔"),
    "ca": ("Transcripció", "Debat (4)", "Vaig llegir la transcripció dues vegades."),
}


@pytest.mark.parametrize(("lang", "case"), list(TRANSCRIPT.items()), ids=list(TRANSCRIPT))
def test_the_transcript_tab_goes_beside_its_discussion_tab(lang, case):
    word, tab, text = case
    assert kept(word, tab, text) == [text]
    assert kept(text, word, text) == [text, word, text]


# a bare "disclaimer" is also an author's heading over their own words: it goes only beside
# other chrome, as in English
DISCLAIMERS = {
    "sw": ("Kanusho", "Haki zote zimehifadhiwa."),
    "ms": ("Penafian", "Hak cipta terpelihara."),
    "fi": ("Vastuuvapauslauseke", "Kaikki oikeudet pidätetään."),
    "az": ("Məsuliyyətdən imtina", "Bütün hüquqlar qorunur."),
    "bn": ("দায় অস্বীকার", "সর্বস্বত্ব সংরক্ষিত"),
    "te": ("నిరాకరణ", "సర్వ హక్కులు ప్రత్యేకించబడ్డాయి"),
}


@pytest.mark.parametrize(("lang", "case"), list(DISCLAIMERS.items()), ids=list(DISCLAIMERS))
def test_a_disclaimer_label_goes_in_the_footer_and_stays_as_a_heading(lang, case):
    label, rights = case
    text = CONTENT[lang][0]
    assert kept(text, label, rights) == [text]
    assert kept(text, label, text) == [text, label, text]


@pytest.mark.parametrize(
    "line",
    [
        "Shafi na gaba na littafin ya ɓace.",  # ha: "the next page of the book is lost"
        "Oju-iwe 2 ninu 7 ti sonu.",  # yo: a page count inside a sentence
        "Sa'o'i 3 da suka wuce muka isa gida.",  # ha: "3 hours ago we got home"
        "३ घण्टा अगाडि उनी घर पुगिन्।",  # ne: "she got home 3 hours ago"
        "Ditaja oleh Kedai Buku Melati sejak tahun lalu, pesta itu meriah.",
        "Komen (12) orang itu panjang-panjang.",
        "[Talla] ita ce kalmar farko a takardar.",
    ],
)
def test_a_sentence_that_starts_like_chrome_stays(line):
    assert rule_of(line) is None
