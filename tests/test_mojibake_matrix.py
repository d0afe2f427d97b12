"""Constructed damage across languages and code pages: one line of a page, in its language,
UTF-8 read with a wrong code page (bytes it leaves undefined dropped, or replaced by U+FFFD),
beside correct lines. The repair may restore, mark (U+FFFD) or leave the damage as it was;
it never writes a character that is neither the correct one nor in the damaged line (a
wrong guess), and never changes the correct lines. The few combinations that still guess are
listed, so that a new one fails."""

from __future__ import annotations

from difflib import SequenceMatcher

import pytest

from persona_archive.cleaning.mojibake import fix_mojibake
from persona_archive.page import LOST

# (damaged line, correct line beside it) per language: text of this project's own
_PAGES = {
    "cs": (
        "Asistent mluví klidně a když něco neví, řekne to. Čtenáři si to chválí.",
        "Knihovna zavedla nového pomocníka pro čtenáře. Lidé se ptají na výpůjčky.",
    ),
    "sk": (
        "Neviem povedať, či bude pršať, pozrite sa prosím na stránku. Ďakujem za odpoveď.",
        "Včera som skúšal nového asistenta na počasie. Odpovedal pokojne a zrozumiteľne.",
    ),
    "pl": (
        "Mój asystent jest sztywny, więc zmieniłem mu styl. Teraz żartuje o ślimakach.",
        "Wczoraj testowałam nowego asystenta w kuchni. Pomógł mi ułożyć przepis na zupę.",
    ),
    "hu": (
        "Őszintén szólva a gép nagyon gyorsan válaszol, és a válaszai érthetőek.",
        "Tegnap kipróbáltam az új asszisztenst a könyvtárban. Türelmes volt és kedves.",
    ),
    "ro": (
        "Să știi că îți răspunde repede și politicos, chiar dacă întrebarea e grea.",
        "Ieri am încercat noul asistent în grădină. M-a ajutat să aleg răsadurile.",
    ),
    "de": (
        "Der Ärger über die Übersetzung war groß, aber schöne Grüße aus München.",
        "Gestern habe ich den neuen Assistenten ausprobiert. Er erklärt sehr geduldig.",
    ),
    "fr": (
        "Ça m'a étonné : l'assistant répond à côté, mais il reconnaît ses erreurs.",
        "Hier, j'ai essayé le nouvel assistant à la bibliothèque. Il était très patient.",
    ),
    "tr": (
        "Şimdi bu güzel bir gün, çünkü öğrenciler çok mutlu ve asistan doğru yanıtlıyor.",
        "Dün yeni asistanı kütüphanede denedim. Çok sabırlı ve anlaşılır konuştu.",
    ),
    "vi": (
        "Trợ lý ảo này trả lời rất nhanh và lịch sự, nhưng đôi khi nói quá dài.",
        "Hôm qua tôi đã thử trợ lý mới ở thư viện. Nó rất kiên nhẫn và dễ hiểu.",
    ),
    "el": (
        "Ο βοηθός απαντά ευγενικά και παραδέχεται τα λάθη του όταν δεν ξέρει.",
        "Χθες δοκίμασα τον νέο βοηθό στη βιβλιοθήκη. Ήταν πολύ υπομονετικός.",
    ),
    "ru": (
        "Помощник отвечает вежливо и признаёт ошибки, когда чего-то не знает.",
        "Вчера я попробовал нового помощника в библиотеке. Он был терпелив и вежлив.",
    ),
    "uk": (
        "Помічник відповідає ввічливо і визнає помилки, коли чогось не знає.",
        "Учора я спробував нового помічника в бібліотеці. Він був терплячий і ввічливий.",
    ),
    "he": (
        "העוזר עונה בנימוס ומודה בטעויות כשהוא לא יודע משהו.",
        "אתמול ניסיתי את העוזר החדש בספרייה. הוא היה סבלני ונחמד.",
    ),
    "th": (
        "ผู้ช่วยตอบอย่างสุภาพและยอมรับข้อผิดพลาดเมื่อไม่รู้",
        "เมื่อวานฉันลองใช้ผู้ช่วยคนใหม่ที่ห้องสมุด มันอดทนและใจดีมาก",
    ),
    "en": (
        "It’s “fine” — really 👍 and the café’s crêpes were great… 😀 Don’t worry.",
        "Yesterday I tried the new assistant at the library. It was patient and kind.",
    ),
    "zh": (
        "助手的性格很有意思，它承认错误的时候我觉得更可靠。",
        "昨天我在图书馆试用了新的助手。它很有耐心，也很友好。",
    ),
    "ja": (
        "丁寧すぎる返事は少し冷たく感じますが、落ち着いた口調は安心できます。",
        "昨日、図書館で新しいアシスタントを試しました。とても親切でした。",
    ),
    "ko": (
        "대화형 비서의 말투를 사용자가 직접 고를 수 있어서 좋습니다.",
        "어제 도서관에서 새 비서를 써 봤습니다. 아주 친절하고 차분했습니다.",
    ),
}
_CODECS = (
    "cp1252", "latin_1", "iso8859_2", "cp1250", "iso8859_16", "cp1257", "cp1254", "cp1258",
    "iso8859_7", "cp1253", "cp1251", "koi8_r", "koi8_u", "cp874", "cp1256", "cp1255",
    "mac_roman", "shift_jis", "gbk", "euc_kr", "cp949", "big5", "euc_jp",
)  # fmt: skip
# combinations that still guess a letter (left for later work)
_KNOWN = {
    ("ko", "cp1250"),  # with U+FFFD: one syllable read as ISO-8859-2 ("ëĄĽ" 롥, cp1250's 를)
}


def _damage(text: str, codec: str, errors: str) -> str:
    read = text.encode("utf-8").decode(codec, errors=errors)
    return "".join(ch for ch in read if not 0x80 <= ord(ch) <= 0x9F)


def _guessed(out: str, correct: str, damaged: str) -> list[tuple[str, str]]:
    ops = SequenceMatcher(None, correct, out, autojunk=False).get_opcodes()
    return [
        (correct[a1:a2], out[b1:b2])
        for op, a1, a2, b1, b2 in ops
        if op != "equal" and any(ch != LOST and ch not in damaged for ch in out[b1:b2])
    ]


@pytest.mark.parametrize("errors", ["ignore", "replace"])
@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_damage_beside_correct_lines_is_restored_marked_or_left_never_guessed(lang, errors):
    line, beside = _PAGES[lang]
    guesses = {}
    for codec in _CODECS:
        damaged = _damage(line, codec, errors)
        if damaged == line:
            continue
        out = fix_mojibake(f"{beside}\n{damaged}\n{beside}").split("\n")
        assert out[0] == beside and out[-1] == beside, (codec, out)
        wrong = _guessed("\n".join(out[1:-1]), line, damaged)
        if wrong and (lang, codec) not in _KNOWN:
            guesses[codec] = wrong[:3]
    assert not guesses
