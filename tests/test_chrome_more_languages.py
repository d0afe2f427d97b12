"""Site chrome in the languages the interface list had little or nothing of (Nordic, Baltic,
South Slavic, Iberian, Indic, Turkic and others): the same concepts as the well-covered
languages (comments, times, copyright, sharing, consent, newsletter, related, menus, buttons).
For each language, the lines an author writes that look like them stay: a sentence with the
word for "share" or "reply", a one-word heading, a line of dialogue. Every line here is written
for these tests."""

from __future__ import annotations

import pytest

from conftest import kept, rule_of

# per language: (comment prompt, relative time, rights line, share button, consent button,
# newsletter or related label) -- each must go on its own, with its kind
CHROME = {
    "sv": [
        "Avbryt svar",
        "3 timmar sedan",
        "Alla rättigheter förbehållna.",
        "Dela på Facebook",
        "Acceptera alla cookies",
        "Relaterade inlägg",
    ],
    "ro": [
        "Lasă un comentariu",
        "acum 3 zile",
        "Toate drepturile rezervate.",
        "Distribuie pe Facebook",
        "Acceptă toate",
        "Abonează-te la newsletter",
    ],
    "sk": [
        "Pridať komentár",
        "pred 3 dňami",
        "Všetky práva vyhradené.",
        "Zdieľať na Facebook",
        "Prijať všetko",
        "Súvisiace články",
    ],
    "nb": [
        "Publiser kommentar",
        "3 timer siden",
        "Alle rettigheter forbeholdt.",
        "Del på Facebook",
        "Godta alle",
        "Meld deg på nyhetsbrevet",
    ],
    "da": [
        "Efterlad en kommentar",
        "2 dage siden",
        "Alle rettigheder forbeholdes.",
        "Kopier link",
        "Accepter alle",
        "Tilmeld dig vores nyhedsbrev",
    ],
    "fi": [
        "Lisää kommentti",
        "3 päivää sitten",
        "Kaikki oikeudet pidätetään.",
        "Jaa Facebookissa",
        "Hyväksy kaikki",
        "Tilaa uutiskirje",
    ],
    "bg": [
        "Оставете коментар",
        "преди 3 дни",
        "Всички права запазени.",
        "Копирай връзката",
        "Приемам всички",
        "Абонирайте се за бюлетина",
    ],
    "hr": [
        "Ostavite komentar",
        "prije 3 dana",
        "Sva prava pridržana.",
        "Podijeli na Facebooku",
        "Prihvati sve",
        "Pretplatite se na newsletter",
    ],
    "sr": [
        "Оставите коментар",
        "пре 3 дана",
        "Сва права задржана.",
        "Подели на Фејсбуку",
        "Прихвати све",
        "Претплатите се на билтен",
    ],
    "sr-Latn": [
        "Otkaži odgovor",
        "pre 3 dana",
        "Sva prava zadržana.",
        "Podeli na Facebooku",
        "Prihvatam sve",
        "Pretplatite se na bilten",
    ],
    "sl": [
        "Prekliči odgovor",
        "pred 3 dnevi",
        "Vse pravice pridržane.",
        "Deli na Facebooku",
        "Sprejmi vse",
        "Naročite se na e-novice",
    ],
    "lt": [
        "Palikite komentarą",
        "prieš 3 dienas",
        "Visos teisės saugomos.",
        "Dalintis Facebook",
        "Priimti visus",
        "Prenumeruokite naujienlaiškį",
    ],
    "lv": [
        "Atstāt komentāru",
        "pirms 3 dienām",
        "Visas tiesības aizsargātas.",
        "Dalīties Facebook",
        "Pieņemt visas",
        "Abonēt jaunumus",
    ],
    "et": [
        "Lisa kommentaar",
        "3 päeva tagasi",
        "Kõik õigused kaitstud.",
        "Jaga Facebookis",
        "Nõustu kõigiga",
        "Telli uudiskiri",
    ],
    "ca": [
        "Deixa un comentari",
        "fa 3 dies",
        "Tots els drets reservats.",
        "Comparteix a Facebook",
        "Accepta-ho tot",
        "Subscriu-te al butlletí",
    ],
    "gl": [
        "Deixa un comentario",
        "hai 3 días",
        "Todos os dereitos reservados.",
        "Copiar ligazón",
        "Rexeitar todas",
        "Subscríbete ao boletín",
    ],
    "eu": [
        "Utzi iruzkin bat",
        "duela 3 egun",
        "Eskubide guztiak erreserbatuta.",
        "Partekatu Facebooken",
        "Onartu guztiak",
        "Harpidetu buletinera",
    ],
    "is": [
        "Skrifa athugasemd",
        "fyrir 3 dögum síðan",
        "Öll réttindi áskilin.",
        "Deila á Facebook",
        "Samþykkja allt",
        "Skráðu þig á póstlistann",
    ],
    "af": [
        "Lewer kommentaar",
        "3 dae gelede",
        "Alle regte voorbehou.",
        "Deel op Facebook",
        "Aanvaar almal",
        "Teken in op ons nuusbrief",
    ],
    "bn": [
        "মন্তব্য করুন",
        "৩ ঘণ্টা আগে",
        "সর্বস্বত্ব সংরক্ষিত",
        "ফেসবুকে শেয়ার করুন",
        "সব গ্রহণ করুন",
        "আপনার ইমেইল লিখুন",
    ],
    "mr": ["प्रतिक्रिया द्या", "३ तासांपूर्वी", "सर्व हक्क राखीव", "शेअर करा", "सर्व स्वीकारा", "हेही वाचा"],
    "ta": [
        "கருத்து எழுதுக",
        "3 மணிநேரம் முன்பு",
        "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை",
        "பகிர்",
        "அனைத்தையும் ஏற்கவும்",
        "இதையும் படிக்கவும்",
    ],
    "te": [
        "వ్యాఖ్యను జోడించండి",
        "3 గంటల క్రితం",
        "సర్వ హక్కులు ప్రత్యేకించబడ్డాయి",
        "షేర్ చేయండి",
        "అన్నింటినీ అంగీకరించండి",
        "ఇవి కూడా చదవండి",
    ],
    "ml": [
        "അഭിപ്രായം രേഖപ്പെടുത്തുക",
        "3 മണിക്കൂർ മുമ്പ്",
        "എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം",
        "പങ്കിടുക",
        "എല്ലാം അംഗീകരിക്കുക",
        "ഇതുകൂടി വായിക്കുക",
    ],
    "kn": [
        "ಕಾಮೆಂಟ್ ಸೇರಿಸಿ",
        "3 ಗಂಟೆಗಳ ಹಿಂದೆ",
        "ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ",
        "ಹಂಚಿಕೊಳ್ಳಿ",
        "ಎಲ್ಲವನ್ನೂ ಸ್ವೀಕರಿಸಿ",
        "ಇದನ್ನೂ ಓದಿ",
    ],
    "gu": ["ટિપ્પણી ઉમેરો", "3 કલાક પહેલાં", "સર્વાધિકાર સુરક્ષિત", "શેર કરો", "બધું સ્વીકારો", "આ પણ વાંચો"],
    "pa": ["ਟਿੱਪਣੀ ਕਰੋ", "3 ਘੰਟੇ ਪਹਿਲਾਂ", "ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ", "ਸਾਂਝਾ ਕਰੋ", "ਸਭ ਸਵੀਕਾਰ ਕਰੋ", "ਇਹ ਵੀ ਪੜ੍ਹੋ"],
    "ur": [
        "تبصرہ کریں",
        "3 گھنٹے پہلے",
        "جملہ حقوق محفوظ ہیں",
        "شیئر کریں",
        "سب قبول کریں",
        "یہ بھی پڑھیں",
    ],
    "am": ["አስተያየት ይስጡ", "ከ3 ሰዓት በፊት", "መብቱ በህግ የተጠበቀ ነው", "አጋራ", "ሁሉንም ተቀበል", "ተዛማጅ ዜናዎች"],
    "ms": [
        "Tinggalkan komen",
        "3 jam yang lalu",
        "Hak cipta terpelihara.",
        "Kongsi di Facebook",
        "Terima semua",
        "Langgan surat berita kami",
    ],
    "tl": [
        "Magdagdag ng komento",
        "3 oras na ang nakalipas",
        "Lahat ng karapatan ay nakalaan.",
        "Ibahagi sa Facebook",
        "Tanggapin lahat",
        "Mag-subscribe sa aming newsletter",
    ],
    "sw": [
        "Andika maoni",
        "dakika 5 zilizopita",
        "Haki zote zimehifadhiwa.",
        "Shiriki kwenye Facebook",
        "Kubali yote",
        "Jiandikishe kwa jarida letu",
    ],
    "az": [
        "Şərh yaz",
        "3 saat əvvəl",
        "Bütün hüquqlar qorunur.",
        "Facebook-da paylaş",
        "Hamısını qəbul et",
        "Bülletenə abunə olun",
    ],
    "kk": [
        "Пікір қалдыру",
        "3 сағат бұрын",
        "Барлық құқықтар қорғалған.",
        "Бөлісу",
        "Барлығын қабылдау",
        "Жаңалықтарға жазылыңыз",
    ],
    "uz": [
        "Izoh qoldirish",
        "3 soat oldin",
        "Barcha huquqlar himoyalangan.",
        "Ulashish",
        "Barchasini qabul qilish",
        "Yangiliklarga obuna bo'ling",
    ],
    "hy": [
        "Թողնել մեկնաբանություն",
        "3 ժամ առաջ",
        "Բոլոր իրավունքները պաշտպանված են։",
        "Կիսվել",
        "Ընդունել բոլորը",
        "Կարդացեք նաև",
    ],
    "ka": [
        "დატოვეთ კომენტარი",
        "3 საათის წინ",
        "ყველა უფლება დაცულია.",
        "გაზიარება",
        "ყველას მიღება",
        "ასევე წაიკითხეთ",
    ],
    "zh-Hant": ["發表留言", "3 小時前", "著作權所有", "分享到臉書", "接受全部", "推薦閱讀"],
}

LAST_KINDS = {
    "ro": "newsletter",
    "nb": "newsletter",
    "da": "newsletter",
    "fi": "newsletter",
    "bg": "newsletter",
    "hr": "newsletter",
    "sr": "newsletter",
    "sr-Latn": "newsletter",
    "sl": "newsletter",
    "lt": "newsletter",
    "lv": "newsletter",
    "et": "newsletter",
    "ca": "newsletter",
    "gl": "newsletter",
    "eu": "newsletter",
    "is": "newsletter",
    "af": "newsletter",
    "bn": "newsletter",
    "ms": "newsletter",
    "tl": "newsletter",
    "sw": "newsletter",
    "az": "newsletter",
    "kk": "newsletter",
    "uz": "newsletter",
}

KINDS = ("comments", "timestamp", "legal", "sharing", "consent")


def _chrome_cases():
    for lang, lines in CHROME.items():
        kinds = (*KINDS, LAST_KINDS.get(lang, "related"))
        for line, kind in zip(lines, kinds, strict=True):
            yield pytest.param(line, f"interface:{kind}", id=f"{lang}-{kind}")


@pytest.mark.parametrize(("line", "rule"), list(_chrome_cases()))
def test_chrome_goes_in_every_language(line, rule):
    assert rule_of(line) == rule


# per language: a sentence with the word for "share", a line of dialogue with "reply"
CONTENT = {
    "sv": ["Hon ville dela med sig av receptet till alla grannar.", "Svara mig ärligt, sa hon."],
    "ro": ["Vreau să împart rețeta cu toți vecinii mei.", "Răspunde-mi sincer, te rog."],
    "sk": ["Chcela zdieľať recept so susedmi.", "Odpovedz mi úprimne, prosím."],
    "nb": ["Hun ville dele oppskriften med alle naboene.", "Svar meg ærlig, sa hun."],
    "da": ["Hun ville dele opskriften med alle naboerne.", "Svar mig ærligt, sagde hun."],
    "fi": [
        "Hän halusi jakaa reseptin kaikille naapureille.",
        "Vastaa minulle rehellisesti, hän sanoi.",
    ],
    "bg": ["Тя искаше да сподели рецептата със съседите.", "Отговори ми честно, каза тя."],
    "hr": ["Htjela je podijeliti recept sa susjedima.", "Odgovori mi iskreno, rekla je."],
    "sr": ["Хтела је да подели рецепт са комшијама.", "Одговори ми искрено, рекла је."],
    "sr-Latn": ["Podeli to sa mnom, molim te.", "Odgovori mi iskreno, rekla je."],
    "sl": ["Recept je želela deliti s sosedi.", "Odgovori mi iskreno, je rekla."],
    "lt": ["Ji norėjo pasidalinti receptu su kaimynais.", "Atsakyk man nuoširdžiai, pasakė ji."],
    "lv": ["Viņa gribēja dalīties ar recepti ar kaimiņiem.", "Atbildi man godīgi, viņa teica."],
    "et": ["Ta tahtis retsepti naabritega jagada.", "Vasta mulle ausalt, ütles ta."],
    "ca": ["Volia compartir la recepta amb els veïns.", "Respon-me sincerament, va dir ella."],
    "gl": ["Quería compartir a receita cos veciños.", "Respóndeme sinceramente, dixo ela."],
    "eu": ["Errezeta auzokideekin partekatu nahi zuen.", "Erantzun iezadazu zintzo, esan zuen."],
    "is": ["Hún vildi deila uppskriftinni með nágrönnunum.", "Svaraðu mér heiðarlega, sagði hún."],
    "af": ["Sy wou die resep met al die bure deel.", "Antwoord my eerlik, het sy gesê."],
    "bn": ["সে রেসিপিটা প্রতিবেশীদের সঙ্গে শেয়ার করতে চেয়েছিল।", "সত্যি করে উত্তর দাও, সে বলল।"],
    "mr": ["तिला ही पाककृती शेजाऱ्यांसोबत शेअर करायची होती.", "मला खरं उत्तर द्या, ती म्हणाली."],
    "ta": ["அவள் அந்த சமையல் குறிப்பை அண்டை வீட்டாருடன் பகிர விரும்பினாள்.", "உண்மையாக பதில் சொல், என்றாள் அவள்."],
    "te": ["ఆమె ఆ వంటకాన్ని పొరుగువారితో షేర్ చేయాలనుకుంది.", "నిజాయితీగా జవాబు చెప్పు, అని ఆమె అంది."],
    "ml": ["അവൾ ആ പാചകക്കുറിപ്പ് അയൽക്കാരുമായി പങ്കിടാൻ ആഗ്രഹിച്ചു.", "സത്യസന്ധമായി മറുപടി പറയൂ, അവൾ പറഞ്ഞു."],
    "kn": ["ಅವಳು ಆ ಅಡುಗೆ ವಿಧಾನವನ್ನು ನೆರೆಹೊರೆಯವರೊಂದಿಗೆ ಹಂಚಿಕೊಳ್ಳಲು ಬಯಸಿದ್ದಳು.", "ಪ್ರಾಮಾಣಿಕವಾಗಿ ಉತ್ತರಿಸಿ, ಎಂದಳು ಅವಳು."],
    "gu": ["તે આ રેસીપી પડોશીઓ સાથે શેર કરવા માંગતી હતી.", "સાચો જવાબ આપો, તેણે કહ્યું."],
    "pa": ["ਉਹ ਇਹ ਨੁਸਖਾ ਗੁਆਂਢੀਆਂ ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਚਾਹੁੰਦੀ ਸੀ।", "ਸੱਚਾ ਜਵਾਬ ਦਿਓ, ਉਸਨੇ ਕਿਹਾ।"],
    "ur": ["وہ یہ ترکیب پڑوسیوں کے ساتھ شیئر کرنا چاہتی تھی۔", "مجھے سچ سچ جواب دیں، اس نے کہا۔"],
    "am": ["ይህን የምግብ አሰራር ለጎረቤቶቿ ማጋራት ፈለገች።", "በእውነት መልስ ስጠኝ አለች።"],
    "ms": [
        "Kongsi resipi ini dengan kawan anda jika suka.",
        "Balas mesej saya dengan jujur, katanya.",
    ],
    "tl": [
        "Gusto niyang ibahagi ang resipe sa mga kapitbahay.",
        "Sumagot ka nang tapat, sabi niya.",
    ],
    "sw": ["Alitaka kushiriki mapishi hayo na majirani.", "Nijibu kwa ukweli, alisema."],
    "az": ["O, resepti qonşuları ilə paylaşmaq istəyirdi.", "Mənə düzünü de, dedi o."],
    "kk": ["Ол рецептті көршілерімен бөліскісі келді.", "Маған шынын айтшы, деді ол."],
    "uz": ["U retseptni qo'shnilari bilan ulashmoqchi edi.", "Menga rostini ayt, dedi u."],
    "hy": ["Նա ուզում էր բաղադրատոմսը կիսվել հարևանների հետ։", "Ազնվորեն պատասխանիր, ասաց նա։"],
    "ka": ["მას სურდა რეცეპტის გაზიარება მეზობლებთან.", "გულწრფელად მიპასუხე, თქვა მან."],
    "zh-Hant": ["她想把這份食譜分享給鄰居。", "「請老實回答我。」她說。"],
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


# per language: a skip link, then three menu words that are also ordinary headings
MENUS = {
    "sv": ["Hoppa till innehållet", "Hem", "Nyheter", "Kontakt"],
    "ro": ["Sari la conținut", "Acasă", "Știri", "Contact"],
    "sk": ["Preskočiť na obsah", "Domov", "Správy", "Kontakt"],
    "nb": ["Hopp til hovedinnhold", "Hjem", "Nyheter", "Kontakt oss"],
    "da": ["Gå til indhold", "Forside", "Nyheder", "Kontakt os"],
    "fi": ["Siirry sisältöön", "Etusivu", "Uutiset", "Ota yhteyttä"],
    "bg": ["Към съдържанието", "Начало", "Новини", "Контакти"],
    "hr": ["Preskoči na sadržaj", "Naslovnica", "Vijesti", "Kontakt"],
    "sr": ["Пређи на садржај", "Почетна", "Вести", "Контакт"],
    "sr-Latn": ["Pređi na sadržaj", "Početna", "Vesti", "Kontakt"],
    "sl": ["Preskoči na vsebino", "Domov", "Novice", "Kontakt"],
    "lt": ["Pereiti prie turinio", "Pradžia", "Naujienos", "Kontaktai"],
    "lv": ["Pāriet uz saturu", "Sākums", "Ziņas", "Kontakti"],
    "et": ["Liigu sisu juurde", "Avaleht", "Uudised", "Kontakt"],
    "ca": ["Vés al contingut", "Inici", "Notícies", "Contacte"],
    "gl": ["Ir ao contido", "Inicio", "Novas", "Contacto"],
    "eu": ["Joan edukira", "Hasiera", "Albisteak", "Harremanetarako"],
    "is": ["Fara í efni", "Forsíða", "Fréttir", "Hafa samband"],
    "af": ["Slaan oor na inhoud", "Tuis", "Nuus", "Kontak ons"],
    "bn": ["সরাসরি বিষয়বস্তুতে যান", "প্রচ্ছদ", "খবর", "যোগাযোগ"],
    "mr": ["मुख्य मजकुराकडे जा", "मुखपृष्ठ", "बातम्या", "आमच्याविषयी"],
    "ta": ["உள்ளடக்கத்திற்குச் செல்லவும்", "முகப்பு", "செய்திகள்", "தொடர்புக்கு"],
    "te": ["కంటెంట్‌కు వెళ్ళండి", "హోమ్", "వార్తలు", "సంప్రదించండి"],
    "ml": ["ഉള്ളടക്കത്തിലേക്ക് പോകുക", "ഹോം", "വാർത്തകൾ", "ബന്ധപ്പെടുക"],
    "kn": ["ವಿಷಯಕ್ಕೆ ತೆರಳಿ", "ಮುಖಪುಟ", "ಸುದ್ದಿ", "ಸಂಪರ್ಕಿಸಿ"],
    "gu": ["સામગ્રી પર જાઓ", "હોમ", "સમાચાર", "સંપર્ક"],
    "pa": ["ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ", "ਮੁੱਖ ਪੰਨਾ", "ਖ਼ਬਰਾਂ", "ਸੰਪਰਕ"],
    "ur": ["مواد پر جائیں", "صفحہ اول", "خبریں", "رابطہ"],
    "am": ["ወደ ይዘቱ ይሂዱ", "መነሻ", "ዜና", "ያግኙን"],
    "ms": ["Langkau ke kandungan", "Laman Utama", "Berita", "Tentang Kami"],
    "tl": ["Lumaktaw sa nilalaman", "Tahanan", "Balita", "Makipag-ugnayan"],
    "sw": ["Ruka hadi maudhui", "Nyumbani", "Habari", "Wasiliana nasi"],
    "az": ["Məzmuna keç", "Ana səhifə", "Xəbərlər", "Əlaqə"],
    "kk": ["Мазмұнға өту", "Басты бет", "Жаңалықтар", "Байланыс"],
    "uz": ["Kontentga o'tish", "Bosh sahifa", "Yangiliklar", "Aloqa"],
    "hy": ["Անցնել բովանդակությանը", "Գլխավոր", "Լուրեր", "Կապ"],
    "ka": ["გადასვლა შიგთავსზე", "მთავარი", "სიახლეები", "კონტაქტი"],
    "zh-Hant": ["跳至主要內容", "首頁", "新聞", "聯絡"],
}


@pytest.mark.parametrize(("lang", "menu"), list(MENUS.items()), ids=list(MENUS))
def test_a_menu_goes_next_to_its_skip_link(lang, menu):
    text = CONTENT[lang][0]
    assert kept(*menu, text) == [text]


@pytest.mark.parametrize(("lang", "menu"), list(MENUS.items()), ids=list(MENUS))
def test_a_menu_word_alone_among_the_text_is_a_heading_and_stays(lang, menu):
    page = [CONTENT[lang][1], menu[2], CONTENT[lang][0]]
    assert kept(*page) == page


# per language: a post's buttons on one line; the reply word alone is the post's label
BUTTONS = {
    "sv": "Svara · Redigera · Ta bort",
    "ro": "Răspunde · Editează · Șterge",
    "sk": "Odpovedať · Upraviť · Zmazať",
    "nb": "Svar · Rediger · Slett",
    "da": "Svar · Rediger · Slet",
    "fi": "Vastaa · Muokkaa · Poista",
    "bg": "Отговори · Редактирай · Изтрий",
    "hr": "Odgovori · Uredi · Obriši",
    "sr": "Одговори · Измени · Обриши",
    "sr-Latn": "Odgovori · Izmeni · Obriši",
    "sl": "Odgovori · Uredi · Izbriši",
    "lt": "Atsakyti · Redaguoti · Ištrinti",
    "lv": "Atbildēt · Rediģēt · Dzēst",
    "et": "Vasta · Muuda · Kustuta",
    "ca": "Respon · Edita · Elimina",
    "eu": "Erantzun · Editatu · Ezabatu",
    "is": "Svara · Breyta · Eyða",
    "af": "Antwoord · Wysig · Verwyder",
    "bn": "উত্তর · সম্পাদনা · মুছুন",
    "mr": "उत्तर द्या · संपादित करा · हटवा",
    "ta": "பதில் · திருத்து · நீக்கு",
    "te": "ప్రత్యుత్తరం · సవరించు · తొలగించు",
    "ml": "മറുപടി · എഡിറ്റ് ചെയ്യുക · ഇല്ലാതാക്കുക",
    "kn": "ಪ್ರತ್ಯುತ್ತರ · ಸಂಪಾದಿಸಿ · ಅಳಿಸಿ",
    "gu": "જવાબ આપો · સંપાદિત કરો · કાઢી નાખો",
    "pa": "ਜਵਾਬ ਦਿਓ · ਸੋਧੋ · ਮਿਟਾਓ",
    "ur": "جواب دیں · ترمیم کریں · حذف کریں",
    "am": "መልስ · አርትዕ · ሰርዝ",
    "tl": "Sumagot · I-edit · Burahin",
    "sw": "Jibu · Hariri · Futa",
    "az": "Cavab ver · Redaktə et · Sil",
    "kk": "Жауап беру · Өңдеу · Жою",
    "uz": "Javob berish · Tahrirlash · O'chirish",
    "hy": "Պատասխանել · Խմբագրել · Ջնջել",
    "ka": "პასუხი · რედაქტირება · წაშლა",
    "zh-Hant": "回覆 · 檢舉 · 修改",
}


@pytest.mark.parametrize(("lang", "row"), list(BUTTONS.items()), ids=list(BUTTONS))
def test_a_posts_buttons_go_as_a_row_and_the_reply_word_alone_stays(lang, row):
    assert rule_of(row) == "interface:post-actions"
    assert rule_of(row.split(" · ")[0]) is None


@pytest.mark.parametrize(
    "line",
    [
        "Kirish",  # uz: "Introduction" heading, also the log-in button
        "Мәзір мен іздеу жолағы жоғарыда тұр.",
        "Sunt de acord cu tine, dar nu în totalitate.",
        "Deli",  # sl: a one-word line, "share" and "parts"
        "3 dies",
        "Hak cipta terpelihara oleh penulis dan penerbit buku ini sejak dulu",
    ],
)
def test_ordinary_lines_that_share_a_word_with_chrome_stay(line):
    assert rule_of(line) is None


DATES = [
    "12. ožujka 2024.",
    "Objavljeno: 12. marca 2024",
    "12. марта 2024.",
    "2024 m. kovo 12 d.",
    "2024. gada 12. martā",
    "12. märts 2024",
    "12 de març de 2024",
    "12 de marzo de 2024",
    "2024ko martxoaren 12a",
    "12. mars 2024",
    "12. marts 2024, kl. 10.15",
    "Publicado o: 3 de maio de 2024",
    "12 Maart 2024",
    "12 Mac 2024",
    "Marso 12, 2024",
    "12 Machi 2024",
    "12 mart 2024",
    "12-mart, 2024",
    "12 наурыз 2024",
]


@pytest.mark.parametrize("line", DATES)
def test_a_publication_date_with_a_month_name_goes(line):
    assert rule_of(line) == "interface:timestamp"


@pytest.mark.parametrize(
    "line",
    [
        "Mayo 12 ang kaarawan ko, sabi niya.",
        "Od 12. ožujka 2024. radimo svaki dan.",
        "El 12 de març de 2024 va ploure tot el dia.",
        "Martxoa",
    ],
)
def test_a_sentence_with_a_date_in_it_stays(line):
    assert rule_of(line) is None
