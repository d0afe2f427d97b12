"""Mojibake repair: seeds, generated damage for every codec, clean pass-through, properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persona_archive.cleaning import mojibake, mojibake_core, mojibake_layers
from persona_archive.cleaning.mojibake import Evidence, fix_mojibake, repair
from persona_archive.cleaning.mojibake_core import script_letter, sequence_candidates
from persona_archive.page import LOST

# ----------------------------------------------------------------------------- damage model


def _table(codec: str) -> list[str | None]:
    """byte -> char for 0x80-0xFF, None where the byte is dropped (independent of the module)."""
    out: list[str | None] = []
    for b in range(0x80, 0x100):
        ch = None
        for part in codec.split("+"):
            if part in ("latin_1", "iso8859_7") and b <= 0x9F:
                continue
            try:
                ch = bytes([b]).decode(part)
                break
            except UnicodeDecodeError:
                continue
        out.append(ch)
    return out


def damage(text: str, codec: str, keep_c1: bool = False) -> tuple[str, list[tuple[str, int, str]]]:
    """(damaged text, [(original char, offset of its damaged form, damaged form)])."""
    table = _table(codec)
    out: list[str] = []
    pos = 0
    where = []
    for ch in text:
        form = []
        for b in ch.encode("utf-8"):
            if b < 0x80:
                form.append(chr(b))
            elif table[b - 0x80] is not None:
                form.append(table[b - 0x80])
            elif keep_c1 and b <= 0x9F:
                form.append(chr(b))
        form_s = "".join(form)
        if not ch.isascii():
            where.append((ch, pos, form_s))
        out.append(form_s)
        pos += len(form_s)
    return "".join(out), where


SENTENCES = [
    "I can’t believe it’s already “done” — and the café was naïve about it… 🎉👍",
    "She said “hello” to Zoë and the crew 😂 then left — fast!",
    "Price: 5–10 € per month; résumé ready ✅ and the team’s mood 🚀🔥",
    "The family emoji 👨‍👩‍👧 and the flag 🇫🇷 are sequences ❤️",
    "Dvořák, Łódź and São Paulo — “quoted” text with ‘single’ quotes 🤔",
    "We’ve shipped it 💯 and the reviewers’ notes are “mostly positive” 🙏",
    "The München office won’t open — the Señor said so 😅 ✨",
    "Her façade is “perfect” 🔥🔥 and we’re done with the rôle of the naïf ⚡",
    "Don’t forget: 3–4 days 🗓️ or “whatever works” 👌 for the Ægir team",
    "It’s the “Shoggoth” meme 🤡 — I’ll explain later… 🤣",
]
DOC = "\n".join(SENTENCES) + "\n"
CODECS = [
    "iso8859_7",
    "cp874",
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "latin_1",
    "cp1253+cp1252",
    "cp874+cp1252",
]


def _lead_of(codec: str, ch: str, form: str) -> tuple[int | None, tuple[int, ...]] | None:
    table = _table(codec)
    enc = {c: 0x80 + i for i, c in reversed(list(enumerate(table))) if c is not None}
    bs = [enc.get(c, ord(c)) for c in form]
    if not bs:
        return None
    if 0xC2 <= bs[0] <= 0xF4:
        return bs[0], tuple(bs[1:])
    return None


def _measure(codec: str, keep_c1: bool = False):
    damaged, where = damage(DOC, codec, keep_c1)
    result = repair(damaged)
    by_offset = {r.offset: r for r in result.repairs}
    unique = unique_ok = total = total_ok = 0
    for ch, off, form in where:
        total += 1
        if form == ch:  # the codec has this character: not damaged
            total_ok += 1
            continue
        r = by_offset.get(off)
        ok = r is not None and r.after == ch
        total_ok += ok
        parsed = _lead_of(codec, ch, form)
        if parsed and len(sequence_candidates(codec, parsed[0], parsed[1])) == 1:
            unique += 1
            unique_ok += ok
    return damaged, result, unique, unique_ok, total, total_ok


# Left as written on purpose: a lone lead byte that reads as a letter of its word, where nothing
# else in the word decodes, is a correct letter as far as the text can tell ("Ärger"). Ægir's Æ
# lost its second byte under latin-1 (C1 stripped) and reads "Ãgir", which looks just the same.
AS_WRITTEN = {"latin_1": {"Ã"}}


@pytest.mark.parametrize("codec", CODECS)
def test_generated_damage(codec):
    damaged, result, unique, unique_ok, total, total_ok = _measure(codec)
    print(
        f"\n{codec:<15} unique-candidate sequences restored {unique_ok}/{unique}"
        f"  all non-ASCII chars right {total_ok}/{total} ({100 * total_ok / total:.0f}%)"
        f"  unrecoverable {result.unrecoverable_chars}"
    )
    assert unique == 0 or unique_ok / unique >= 0.99
    residue = (set(result.text) & set(damaged)) - set(DOC) - {LOST} - AS_WRITTEN.get(codec, set())
    assert not residue, f"garbled residue left: {sorted(residue)}"


def test_generated_damage_with_c1_controls_kept():
    _damaged, result, *_ = _measure("latin_1", keep_c1=True)
    assert result.text == DOC  # C1 controls are bytes: the damage is lossless


def test_candidate_enumeration_matches_brute_force():
    """Every BMP character's damaged form lists it among its candidates, and nothing more."""
    for codec in ("iso8859_7", "cp874"):
        groups: dict[tuple, set[str]] = {}
        table = _table(codec)
        for cp in range(0x80, 0x10000):
            ch = chr(cp)
            if unicodedata.category(ch) in ("Cn", "Co", "Cs", "Cc"):
                continue
            bs = ch.encode("utf-8")
            kept = tuple(b for b in bs if table[b - 0x80] is not None)
            if kept and kept[0] == bs[0]:
                groups.setdefault(kept, set()).add(ch)
        for kept, chars in groups.items():
            got = {c for c in sequence_candidates(codec, kept[0], kept[1:]) if ord(c) < 0x10000}
            assert got == chars, (codec, kept)


# ----------------------------------------------------------------------------- seeds

SEED_QUOTE = (
    "Microsoft Researchers: βEquipping LLMs with agency and intrinsic motivation is a "
    "fascinating and important direction for future workβ"
)
SEED_PAGE = "\n".join(
    [
        SEED_QUOTE,
        "π€£12π10π2β€1π1π1",
        "Now for the AI Slowdownβs Side:",
        "Finally, and most critically β Techniques like RLHF",
        "π€£7β€4π4β‘1π€1",
        "π6π―5β€1π¦1",
        "π€‘5π3π2β€1π1π€1",
        "GPT-4βs version does look weirdly Shoggothyβ¦",
        "This is as opposed to, letβs say, to a belief",
    ]
)


def test_ftfy_does_not_fix_the_seeds():
    import ftfy

    for line in [*SEED_PAGE.splitlines(), "๐ค SpeakerAppearances Over Time"]:
        assert ftfy.fix_encoding(line) == line


def test_seed_page():
    lines = fix_mojibake(SEED_PAGE).splitlines()
    assert lines[0] == (
        "Microsoft Researchers: “Equipping LLMs with agency and intrinsic motivation is a "
        "fascinating and important direction for future work”"
    )
    assert lines[1] == "🤣12�10�2❤1�1�1"
    assert lines[2] == "Now for the AI Slowdown’s Side:"
    assert lines[3] == "Finally, and most critically — Techniques like RLHF"
    assert lines[4] == "🤣7❤4�4⚡1�1"
    assert lines[5] == "�6💯5❤1🦄1"
    assert lines[6] == "🤡5�3�2❤1�1�1"
    assert lines[7] == "GPT-4’s version does look weirdly Shoggothy…"
    assert lines[8] == "This is as opposed to, let’s say, to a belief"


def test_seed_reasons_and_candidates():
    r = repair("π€£12π10π2β€1π1π1")
    reasons = {x.before: x.reason for x in r.repairs}
    assert reasons["β€"] == "reaction vocabulary"
    lone = [x for x in r.repairs if x.before == "π"]
    assert all(x.after == LOST and x.reason == "unrecoverable" for x in lone)
    assert all("😂" in x.candidates and "👍" in x.candidates for x in lone)
    assert r.unrecoverable_chars == 4 and r.encoding_repairs == 2


def test_microphone_is_ambiguous_under_cp874():
    r = repair("๐ค SpeakerAppearances Over Time")
    assert r.text == "� SpeakerAppearances Over Time"
    (x,) = r.repairs
    assert x.codec == "cp874" and "🎤" in x.candidates and len(x.candidates) > 1


def test_evidence_and_manual_corrections():
    ev = Evidence.from_texts(["🎤 SpeakerAppearances Over Time", "unrelated"])
    text = "๐ค SpeakerAppearances Over Time"
    assert repair(text, ev.relevant_to(text)).text == "🎤 SpeakerAppearances Over Time"
    assert repair(text, ev).repairs[0].reason == "corpus evidence"
    assert ev.relevant_to(text).digest() == ev.relevant_to(text).digest()
    assert ev.relevant_to("nothing here").digest() != ev.digest()
    fixed = repair(text, corrections={0: "🎤"})
    assert fixed.text.startswith("🎤") and fixed.repairs[0].reason == "manual"


# ----------------------------------------------------------------------------- clean text

CLEAN = [
    "Το σπίτι «μου» είναι μεγάλο· η Ελλάδα, ΑΘΗΝΑ, Ή Άρτα ή Ώρα.",
    "Η τιμή του π ≈ 3.14 και το β είναι γράμμα.",
    "In English: π ≈ 3.14, β-blockers, the β coefficient, α = 0.05 and x ∈ ℝ.",
    "ภาษาไทย สวัสดีครับ ๑๒๓ กรุงเทพมหานคร",
    "Привет, мир! Съешь ещё этих мягких французских булок — да выпей же чаю. «Ёлка».",
    "שלום עולם, זה טקסט בעברית.",
    "مرحبا بالعالم، هذا نص عربي.",
    "Ça, c’est « très » naïf : l’été à Noël, où ôter la pâte, âge, château, être.",
    "“Curly quotes”, ‘single’, it’s — em dash – en dash … ellipsis • bullet ™ ® ©",
    "Emoji 😂👍🏽 ❤️ 👨‍👩‍👧‍👦 🏳️‍🌈 🇫🇷🇬🇷 #️⃣ 🫡",
    "Dvořák, Łódź, Kraków, İstanbul, Đà Nẵng, Ægir, Ørsted, Straße, Ærø.",
    "Price 10 € or £5 or ¥300; 20 °C; ½ cup; ±3 %.",
]


def test_clean_corpus_is_byte_identical():
    corpus = "\n".join(CLEAN + SENTENCES) + "\n"
    assert fix_mojibake(corpus) == corpus


# ----------------------------------------------------------------------------- partial damage


def test_a_correct_letter_is_not_lost_to_damage_elsewhere():
    """Issue 18: "é" alone is a cp1252 letter; only a run like "Ã©" is a damaged sequence."""
    r = repair("Sparkles âœ¨ and a café.")
    assert r.text == "Sparkles ✨ and a café."
    assert [(x.before, x.after) for x in r.repairs] == [("âœ¨", "✨")]


@pytest.mark.parametrize(
    "damaged, expected",
    [
        # a letter in a word whose other letters decode is damage: č lost its 8D under cp1252
        ("âœ¨ ÄeskÃ½ and café", "✨ \ufffdeský and café"),
        # lead bytes that read as letters of another script, in a Latin word or alone: damage
        ("Our note: βtea firstβ π€£12π10β€1 and letβs go", None),
        # a lone "ð" (the lead of a lost emoji) or "â" (a lost dash) is no word; which quotes
        # and dash a line too short to tell its language wrote is not known: marked
        (
            "Itâs âtheâ cafÃ© â¨ ð¤£ ð and â done",
            "It’s \ufffdthe\ufffd café \ufffd 🤣 \ufffd and \ufffd done",
        ),
        # no plausible character gives these bytes: "×" stays
        ("âœ¨ ðŸ˜‚ ðŸš€ 3 × 4, Ärger Ça Émile", "✨ 😂 🚀 3 × 4, Ärger Ça Émile"),
        # a cut-short "Ö" would be the Armenian dram sign: another script's currency is no
        # likelier than its letters; "ÆØÅ" is a word of them
        ("âœ¨ ðŸ˜‚ Ö and ÆØÅ, Ö.", "✨ 😂 Ö and ÆØÅ, Ö."),
    ],
)
def test_which_sequences_of_a_damaged_document_are_damage(damaged, expected):
    got = fix_mojibake(damaged)
    if expected is None:
        assert not {"β", "π"} & set(got)
    else:
        assert got == expected


# Words of ASCII letters with accented letters before, between or after them, never two side by
# side (two can read as a lossless sequence of some codec: "ÄÆ" is cp1257 for "į").
ACCENT = st.sampled_from(["", *"éèêëàâäåæçîïôöõûüùÿñßøãÉÈÊËÀÂÄÅÆÇÎÏÔÖÕÛÜÙÑØÃ"])
ASCII_LETTERS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=1, max_size=3)
WORD = st.tuples(ACCENT, st.lists(st.tuples(ASCII_LETTERS, ACCENT), min_size=1, max_size=3)).map(
    lambda w: w[0] + "".join(a + b for a, b in w[1])
)
WORDS = st.lists(WORD, min_size=1, max_size=8).map(" ".join)
# damaged losslessly by cp1252 (none of their bytes is one cp1252 leaves undefined)
MARKS = st.lists(
    st.sampled_from(["✨", "😂", "🚀", "’", "“", "—", "😊", "🎉", "🔥", "💯"]), min_size=1
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(WORDS, MARKS, WORDS)
def test_correct_letters_survive_damage_beside_them(before, marks, after):
    """Text with correct accented letters around a damaged stretch: only the stretch changes."""
    middle = " ".join(marks)
    damaged = f"{before} {damage(middle, 'cp1252')[0]} {after}"
    assert fix_mojibake(damaged) == f"{before} {middle} {after}"


# ----------------------------------------------------------------------------- properties

ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("     .,;:!?'\"()-\n")
    + list("“”‘’—–…•éèàüöñçÉÀ")
    + ["😂", "👍", "❤️", "🎉", "🤣", "👨‍👩‍👧", "🇫🇷", "🔥", "✅", "🏽"]
)
CLEAN_TEXT = st.lists(ALPHABET, max_size=80).map("".join)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(CLEAN_TEXT)
def test_clean_text_property(text):
    assert fix_mojibake(text) == text


@settings(max_examples=300, deadline=None, derandomize=True)
@given(CLEAN_TEXT, st.sampled_from(CODECS))
def test_idempotent_and_deterministic(text, codec):
    damaged, _ = damage(text, codec)
    once = repair(damaged)
    assert repair(damaged) == once
    assert fix_mojibake(once.text) == once.text


@pytest.mark.parametrize("corpus_size", [10, 1000])
def test_relevant_evidence_does_not_grow_with_the_archive(corpus_size):
    """Every text says "the" before a quote; what one damaged text needs stays the same."""
    texts = [f"the “word{i}” and the ’tis{i} — the end{i} 🎤 list{i}" for i in range(corpus_size)]
    ev = Evidence.from_texts(texts)
    damaged = "the \u0393word3\u0394 is here"  # Greek letters where the quotes were
    relevant = ev.relevant_to(damaged)
    assert len(relevant) <= 4, len(relevant)
    assert relevant.digest() == Evidence.from_texts(texts[:10]).relevant_to(damaged).digest()


def test_records_count_the_candidates_of_a_repair_and_list_those_of_a_lost_character():
    """A person choosing a manual repair needs an unrecoverable sequence's candidates; for a
    repaired one the count is what the cleaning log shows (listing them made records 10× larger)."""
    from persona_archive.cleaning.pipeline import logged_repair

    chosen = mojibake.Repair(0, "β", "’", "iso8859_7", "corpus evidence", ("’", "‘", "“"))
    lost = mojibake.Repair(9, "๐", LOST, "cp874", "ambiguous", ("😂", "👍"))
    assert logged_repair(chosen)["candidates"] == 3
    assert logged_repair(lost)["candidates"] == ["😂", "👍"]
    assert {k: v for k, v in logged_repair(lost).items() if k != "candidates"} == {
        "offset": 9,
        "before": "๐",
        "after": LOST,
        "codec": "cp874",
        "reason": "ambiguous",
    }


def test_a_codec_reading_a_high_byte_as_ascii_is_refused(monkeypatch):
    """Runs are counted in a document's non-ASCII text only, which is right only while no byte
    above 0x7f reads as an ASCII character: a codec breaking that is refused, not miscounted."""
    original = mojibake_core.decode_byte
    monkeypatch.setattr(
        mojibake_core, "decode_byte", lambda p, b: "a" if b == 0x80 else original(p, b)
    )
    with pytest.raises(ValueError, match="reads as an ASCII character"):
        mojibake_core.build_codec("cp1252")
    assert all(
        not c.isascii()
        for name in mojibake_core.CODECS
        for c in mojibake_core.codec_table(name).encode
    )


# ----------------------------------------------------------------------------- other scripts

# Correct text in the scripts whose UTF-8 a legacy code page reads as letters of the same script
# (cp1251 Cyrillic, ISO-8859-7 Greek, cp874 Thai): caps where a letter and the next read as a
# complete sequence ("РІ" is the bytes of "в"), "ยก" (the bytes of "¡"), "เธอ", kana and Hanzi.
CLEAN_SCRIPTS = [
    "ВСІ РІК СЄ ПРІЗВИЩЕ: пʼю, їжа, єнот, ґанок; «ДОКТОР» і «ТАСС».",
    "Съгласен съм, учтивостта не струва нищо. Ѝ и ѐ.",
    "ΑΘΉΝΑ, ΤΟΎ, «ΣΤΟ» και Ώρα: η Ελλάδα.",
    "ยกมือ รายการ เธอ เขต เนย เนื้อ ความคิดเห็น 2 รายการ",
    "アシスタントはなぜ謝るのか。「謝ることは悪くない」と彼は言った。",
    "为什么助手总是道歉？研究：会道歉的聊天机器人更受信任。",
]


@pytest.mark.parametrize("text", CLEAN + CLEAN_SCRIPTS)
def test_clean_text_passes_unchanged(text):
    """Correct text in any script, with typography and emoji, is never touched."""
    r = repair(text)
    assert r.text == text and r.repairs == []


@pytest.mark.parametrize(
    "text, phrase, codec",
    list(
        (text, *damaged)
        for text, damaged in zip(
            CLEAN_SCRIPTS,
            [
                ("Дякую, спробую завтра!", "cp1251"),
                ("Съгласен съм.", "cp1252"),
                ("Συμφωνώ με την έκθεση.", "iso8859_7"),
                ("ขอบคุณที่เขียนเรื่องนี้ครับ", "cp874"),
                ("「理由を説明するべきだ。」", "cp1252"),
                ("研究人员认为", "cp1252"),
            ],
            strict=True,
        )
    ),
)
def test_a_correct_page_with_damage_in_its_own_script_keeps_its_correct_letters(
    text, phrase, codec
):
    """Damage of the page's script elsewhere does not make its correct letters wrong; the
    damaged phrase is restored, or marked where a lost byte leaves several readings."""
    first, second = fix_mojibake(f"{text}\n{damage(phrase, codec)[0]}\n").splitlines()
    assert first == text
    assert len(second) == len(phrase)
    assert all(a == b or b == LOST for a, b in zip(phrase, second, strict=True))


@pytest.mark.parametrize(
    "damaged, expected",
    [
        # cp1252 mojibake of 2-byte Cyrillic and Greek: a word of one script, lossless (ftfy)
        ("The word Ð¿Ñ€Ð¸Ð²ÐµÑ‚ means hello.", "The word привет means hello."),
        ("Greek Î±Ï…Ï„ÏŒ and cafÃ©.", "Greek αυτό and café."),
        # ... also in quotes, and beside correct text of its script (by the codec)
        ("Привет, Ð¿Ñ€Ð¸Ð²ÐµÑ‚ и «Ð¿Ñ€Ð¸Ð²ÐµÑ‚».", "Привет, привет и «привет»."),
        ("Το σπίτι Î±Ï…Ï„ÏŒ είναι.", "Το σπίτι αυτό είναι."),
        # cp1251: a lone "Р" is И (its 98 is the one byte cp1251 drops)
        ("Это он.\nР�Р·РІРёРЅРёС‚Рµ, СЌС‚Рѕ РѕРЅ.", "Это он.\nИзвините, это он."),
        # ISO-8859-7 drops Greek's 80-9F: the letters of a word written elsewhere settle it
        ("των λέξεων και ΟΟΞ½ Ξ»Ξ­ΞΎΞ΅ΟΞ½", "των λέξεων και των λέξεων"),
        # ... and where nothing settles it, the letter is marked, never guessed
        ("Το σπίτι.\nΟΟΟΞΏ ΞΌΞ΅Ξ³Ξ¬Ξ»ΞΏ", "Το σπίτι.\n\ufffd\ufffd\ufffdο μεγάλο"),
        # CJK: a character whose reading makes a pair written elsewhere ("道歉"; 道 lost a byte)
        ("道歉很重要。\n" + damage("研究道歉", "cp1252")[0], "道歉很重要。\n研究道歉"),
        # letters that read as one of the page's script but are not damage stay
        ("Ξ, Ο и Р — буквы.", "Ξ, Ο и Р — буквы."),
    ],
)
def test_damage_of_the_documents_script(damaged, expected):
    damaged = damaged.replace("\ufffd", "")  # "Р�": the dropped byte 98, shown for reading
    assert fix_mojibake(damaged) == expected


def test_script_damage_is_idempotent_and_recorded():
    raw = "Сегодня.\nРЎРµРіРѕРґРЅСЏ СЃРѕР»РЅС†Рµ."
    r = repair(raw)
    assert r.text == "Сегодня.\nСегодня солнце."
    assert fix_mojibake(r.text) == r.text
    assert {x.codec for x in r.repairs} == {"cp1251"}
    assert all(x.reason == "unique" for x in r.repairs)


def test_rare_letters_of_a_script_are_no_reading():
    """Archaic Greek and Extension A ideographs are not plausible letters of a damaged word."""
    scripts = frozenset({"GREEK", "CJK"})
    assert script_letter("σ", scripts) and not script_letter("ϐ", scripts)
    assert script_letter("こ", scripts) and not script_letter("㐓", scripts)
    assert not script_letter("ж", scripts)


# ----------------------------------------------------------------- more codecs and layers


def _misread(text: str, codec: str) -> str:
    """UTF-8 bytes of ``text`` read as ``codec`` (every byte defined: koi8-r, Mac Roman)."""
    return text.encode("utf-8").decode(codec)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Шутки выключаются в приложении, раздел «Характер».", "koi8_r"),
        ("У меня такой же чайник, и он тоже болтливый.", "koi8_r"),
        ("Ce mois-ci, nous avons testé l’assistant — il répond poliment.", "mac_roman"),
        ("À bientôt, et bonnes récoltes ! Il n’ose jamais dire non.", "mac_roman"),
    ],
)
def test_koi8_r_and_mac_roman_damage_is_repaired(text, codec):
    damaged = _misread(text, codec)
    assert damaged != text
    assert fix_mojibake(damaged) == text
    assert fix_mojibake(f"Correct: {text}\n{damaged}") == f"Correct: {text}\n{text}"


@pytest.mark.parametrize(
    "text",
    [
        # « then π: C7 B9 in Mac Roman
        "Ο δήμος είπε «πάνω από όλα σαφήνεια» και «όχι φιλοφρονήσεις».",
        "L’«École» ouvre — «Ça va», dit-elle… «Ô joie».",
        "Привет — «Это тест», сказал он.",
        "Box art ─│┌┐ and ░▒▓ stays.",
    ],
)
def test_punctuation_before_a_letter_is_not_mac_roman_damage(text):
    assert fix_mojibake(text) == text
    assert fix_mojibake(text + " itâ€™s") == text + " it’s"


@pytest.mark.parametrize(
    ("text"),
    [
        "That’s my crème pâtissière, “lovely” — says Joaquín.",
        "It can’t hide behind adjectives — grade it out of ten.",
        "Ünïcödé “quotes” and the café’s menu.",
    ],
)
def test_double_mojibake_is_undone(text):
    twice = damage(damage(text, "cp1252")[0], "cp1252")[0]
    assert twice != text
    assert fix_mojibake(twice) == text
    # once-damaged and correct text beside it keep their own readings
    once = damage(text, "cp1252")[0]
    assert fix_mojibake(f"{text} | {once} | {twice}") == f"{text} | {text} | {text}"


def test_double_mojibake_repairs_are_recorded_as_one_per_run():
    r = repair("itÃ¢â‚¬â„¢s")
    assert r.text == "it’s"
    assert [(x.before, x.after, x.codec, x.reason) for x in r.repairs] == [
        ("Ã¢â‚¬â„¢", "’", "cp1252>cp1252", "double encoding")
    ]


def test_a_correct_letter_a_single_repair_made_is_not_read_again():
    # "Ã©" is é: its cp1252 byte (E9) is a bare lead, no second layer to undo
    assert fix_mojibake("cafÃ© and naÃ¯ve, rÃ©sumÃ©") == "café and naïve, résumé"
    assert fix_mojibake("Ã‰tÃ© Ã\u00a0 Ã‰vian") == "Été à Évian"


def test_inline_code_is_quoted_as_written():
    text = "An apostrophe becomes `â€™` and é becomes `Ã©` when UTF-8 is read as cp1252."
    assert fix_mojibake(text) == text
    assert fix_mojibake(text + " But itâ€™s fixed here.") == text + " But it’s fixed here."


_CJK_CORRECT = [
    "我同意。性格应该稳定，不能今天热情明天冷淡。",
    "一项新的用户研究发现，当聊天机器人在出错后主动道歉时，用户的信任度更高。",
    "友人は、性格がない方が使いやすいと言う。私はそうは思わない。",
    "結局、相手が機械でも、話しやすさは大事だと思う。",
    "助手的性格很有意思，稳定比有趣更重要。",
    "연구에 따르면 사용자는 정직한 답변을 더 좋아한다.",
]


@pytest.mark.parametrize("text", _CJK_CORRECT[:5])
@pytest.mark.parametrize("codec", ["gbk", "shift_jis"])
def test_cjk_read_as_gbk_or_shift_jis_is_repaired_or_marked(text, codec):
    try:
        damaged = text.encode("utf-8").decode(codec, errors="ignore")
    except UnicodeDecodeError:  # pragma: no cover - errors="ignore" never raises
        pytest.skip("undecodable")
    out = fix_mojibake("正文：" + damaged)
    assert out.startswith("正文：")
    got = out[3:]
    # every character is the one written or a lost-character mark, never another character
    lost_bytes = len(text.encode()) - len(damaged.encode(codec))
    assert len(got) == len(text)
    assert all(g in (t, LOST) for g, t in zip(got, text, strict=True))
    assert got.count(LOST) <= lost_bytes
    # a whole line of it, the correct text after it: the line's last characters, cut short,
    # are marked too, and the correct line stays
    first, second = fix_mojibake(f"{damaged}\n{text}").split("\n")
    assert second == text
    assert len(first) == len(text)
    assert all(g in (t, LOST) for g, t in zip(first, text, strict=True))


@pytest.mark.parametrize("text", _CJK_CORRECT)
def test_correct_cjk_text_is_left_alone(text):
    assert fix_mojibake(text) == text
    assert fix_mojibake(f"{text}\n{text}，还有 café") == f"{text}\n{text}，还有 café"


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(st.characters(min_codepoint=0x3041, max_codepoint=0x9FFF), min_size=3, max_size=40))
def test_correct_cjk_characters_are_never_read_as_double_byte_damage(text):
    assert fix_mojibake(text) == text


def test_latin1_page_with_c1_bytes_written_as_question_marks_is_marked_not_guessed():
    text = "It wasnâ??t sure the cafÃ© was open â?? it said â??maybeâ??."
    r = repair(text)
    assert r.text == f"It wasn{LOST}t sure the café was open {LOST} it said {LOST}maybe{LOST}."
    lost = [x for x in r.repairs if x.after == LOST]
    assert len(lost) == 4 and all("’" in x.candidates and "—" in x.candidates for x in lost)


@pytest.mark.parametrize(
    "text",
    [
        "Vous dites Câ??",  # a single "â??" and nothing else damaged: as written
        "What?? Really??? And â?",
        "Ã? NÃO?? IRMÃ??",
    ],
)
def test_question_marks_without_evidence_are_left_alone(text):
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Győző Ősz and Ildikó Szűcs; Þórður Ægisson.",
        "NÃO ESTACIONE at IRMÃOS ALVES in São Paulo.",
        "Người dùng hỏi trợ lý ảo một câu khó.",
        "Işıl went to İzmir; a dotless ı and a dotted İ.",
        "Sparkles ✨ and a café, “quoted” — fine.",
    ],
)
def test_letters_that_look_like_mojibake_stay(text):
    assert fix_mojibake(text) == text
    # and beside real damage too
    assert fix_mojibake(f"{text} itâ€™s") == f"{text} it’s"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("สวัสดีครับ ยินดีต้อนรับ\nผู้ช่วยควรบอกว่าไม่รู้", "cp1252"),
        ("Ο δήμος ξεκίνησε «πιλοτικά» έναν βοηθό.\nΚαλημέρα σε όλους, τι κάνετε;", "cp1252"),
    ],
)
def test_a_page_damaged_all_through_in_its_own_script_is_read_as_that_script(text, codec):
    """No letter of the script is written as such: the sure repairs show it, and the words
    that lost a byte are then damage of it too - marked, never left as garbage."""
    damaged, _ = damage(text, codec)
    out = fix_mojibake(damaged)
    assert len(out) == len(text)
    assert all(o in (t, LOST) for o, t in zip(out, text, strict=True))
    assert out.count(LOST) <= 3


@pytest.mark.parametrize(
    ("written", "damaged", "expected"),
    [
        # a page that writes ‘ ’ and – elsewhere: its damaged quotes and dashes are those
        (
            "Don’t say ‘never’ – it’s fine.",
            "He said βmaybeβ, then βnoβ.",
            "He said ‘maybe’, then ‘no’.",
        ),
        # one that writes both: the commoner double quotes
        (
            "She said ‘yes’ and “fine”.",
            "He said βmaybeβ, then βnoβ.",
            "He said “maybe”, then “no”.",
        ),
    ],
)
def test_the_documents_own_quotes_and_dashes_settle_a_damaged_one(written, damaged, expected):
    assert fix_mojibake(f"{written}\n{damaged}") == f"{written}\n{expected}"


def test_the_codecs_own_characters_are_no_evidence_of_style():
    # ISO-8859-7 reads A1 as ‘: the ‘ inside "β‘" (⚡) is damage, not the page's quote style
    text = "Wow β‘ 3\nHe said βmaybeβ then, and we all went home for tea after the walk."
    assert fix_mojibake(text).endswith(
        "He said “maybe” then, and we all went home for tea after the walk."
    )


def test_question_marked_c1_bytes_are_claimed_before_any_codec_reads_their_lead():
    text = "Câ??est lâ??Ã©tÃ© Ã\u00a0 BesanÃ§on : Â« Ã?a va ? Â» â?? trÃ¨s bienâ?¦"
    out = fix_mojibake(text)
    assert out == f"C{LOST}est l{LOST}été à Besançon : « {LOST}a va ? » {LOST} très bien{LOST}"
    assert "?" not in out.replace(" ? ", "")


def test_bare_latin1_leads_at_a_closing_quote_or_a_dash_are_marked():
    text = "Er sagte „ja“ – gut.\nSie sagte âneinâ â schade, dass Ã¼ber euch."
    assert fix_mojibake(text).endswith(f"Sie sagte {LOST}nein{LOST} {LOST} schade, dass über euch.")
    # a correct â of the line's own text stays
    assert fix_mojibake("Le château est beau, et Ã©tÃ©.") == "Le château est beau, et été."


def test_a_closing_quote_follows_the_opening_one_restored_for_sure():
    # cp1250 leaves 0x98 undefined: ‘ (E2 80 98) loses a byte, „ and ‚ are whole
    text = "Größere Übungen für Jörg – „Anführung“ und ‚einfach‘ sind schön."
    damaged = text.encode("utf-8").decode("cp1250", errors="ignore")
    assert "â€ " in damaged
    assert fix_mojibake(damaged) == text


@pytest.mark.parametrize("codec", ["iso8859_2", "cp1250"])
def test_iso8859_2_and_cp1250_damage_get_their_own_letters(codec):
    """The two codecs read most bytes alike; where they differ ("ĂŠ" is é in ISO-8859-2 and
    Ê in cp1250) the reading whose letters fit their words wins: never a capital inside a
    small-letter word."""
    text = "Ildikó és a kert szép, tükörfúrógép. Příliš žluťoučký kůň."
    damaged = text.encode("utf-8").decode(codec, errors="ignore")
    damaged = "".join(ch for ch in damaged if not "\x80" <= ch <= "\x9f")
    out = fix_mojibake(damaged)
    assert len(out) == len(text)
    assert all(o in (t, LOST) for o, t in zip(out, text, strict=True))
    assert out.count(LOST) <= 4


def test_a_grave_whose_no_break_space_became_a_space_is_restored():
    # "à" is C3 A0: cp1252 reads "Ã" and a no-break space, which the scrape made a space
    text = "Voilà, cafÃ© Ã  la carte, dÃ©jÃ  vu."
    assert fix_mojibake(text) == "Voilà, café à la carte, déjà vu."
    # Portuguese capitals and a page without such damage stay as written
    assert fix_mojibake("NÃO  e IRMÃ  E, cafÃ©.") == "NÃO  e IRMÃ  E, café."
    assert fix_mojibake("Uma Ã  toa, sem mais.") == "Uma Ã  toa, sem mais."


# ----------------------------------------------------------------------------- two codecs


def _twice(text: str, inner: str, outer: str, errors: str = "ignore") -> str:
    """UTF-8 ``text`` read as ``inner``, saved as UTF-8, read as ``outer`` (bytes ``outer``
    does not define dropped, or U+FFFD with ``errors="replace"``; C1 controls dropped)."""
    first = text.encode("utf-8").decode(inner, errors="ignore")
    second = first.encode("utf-8").decode(outer, errors=errors)
    return "".join(ch for ch in second if not "\x80" <= ch <= "\x9f")


@pytest.mark.parametrize(
    "text, inner",
    [
        ("Помощник отвечает коротко и честно, без лишних шуток.", "cp1251"),
        ("Асистентът говори спокойно; хората му вярват повече.", "cp1251"),
        ("Кавоварка вітається зранку, і це вже звично.", "cp1251"),
        ("Asystent mówi krótko, a żółw śpi w ogrodzie.", "cp1250"),
    ],
)
@pytest.mark.parametrize("errors", ["ignore", "replace"])
def test_two_codecs_one_on_the_other_are_undone_in_one_step(text, inner, errors):
    damaged = _twice(text, inner, "cp1252", errors)
    assert damaged != text
    once = fix_mojibake(damaged)
    assert once == text
    assert fix_mojibake(once) == once


def test_a_double_damaged_letter_whose_byte_was_lost_is_marked_not_guessed():
    # "Ш" (D0 A8) reads as cp1251 "РЁ"; cp1252 drops the 81 of "Ё" (D0 81), so "Ð\xa0Ð" is left,
    # which "Џ" (D0 8F, its 8F dropped too) leaves as well: marked, never guessed
    damaged = _twice("Шум и шутки: Шура смеётся.", "cp1251", "cp1252", "replace")
    out = fix_mojibake(damaged)
    assert out == f"{LOST}ум и шутки: {LOST}ура смеётся."


def test_double_damage_with_lost_marked_bytes_is_idempotent():
    # the defect: a cp1251-then-cp1252 comment whose undefined bytes were written as U+FFFD was
    # repaired one layer at a time, so cleaning the clean text again changed it
    text = "Дмитрий: согласен, вежливость у него настроена щедро. Я попросил отвечать короче."
    damaged = _twice(text, "cp1251", "cp1252", "replace")
    assert LOST in damaged
    once = fix_mojibake(damaged)
    assert fix_mojibake(once) == once
    assert once == text


@pytest.mark.parametrize(
    "text",
    [
        "Le cafÃ©â€™s menu, itâ€™s Ã©tÃ© Ã  Paris.",  # one layer: cp1252 only
        "Ð Ñ and ÑŸ in a table of cp1252 bytes, as written.",  # no repair around: as written
        "РСФСР, СССР и ГОСТ Р 50 — это сокращения.",  # correct Cyrillic capitals
    ],
)
def test_one_layer_and_correct_text_are_not_read_as_two_codecs(text):
    out = repair(text)
    assert not any(
        ">" in r.codec and r.codec.count(">") == 1 and "|" in r.codec for r in out.repairs
    )
    assert not any(r.codec.split(">")[0] in mojibake_layers.INNER for r in out.repairs)


# ----------------------------------------------------------------------------- lone lead bytes


@pytest.mark.parametrize(
    "raw, expected",
    [
        # ISO-8859-2 dropped the C1 byte of č (C4 8D) and ř (C5 99) in a word it damaged:
        # several letters fit; a bare Ä after a small letter beside that damage is no letter
        # as written (a capital inside a word): marked too, never guessed
        (
            "Asistent mluvĂ\xad klidnÄ a kdyĹž nÄco nevĂ\xad. ÄtenĂĄĹi si to chvĂĄlĂ\xad.",
            f"Asistent mluví klidn{LOST} a když n{LOST}co neví. {LOST}tená{LOST}i si to chválí.",
        ),
        # a bare capital lead opening a word stays: "Ärger" is German as written
        (
            "Der Ärger: kdyĹž nevĂ\xad.",
            "Der Ärger: když neví.",
        ),
        # cp1250 reads ę (C4 99) as "Ä™", a letter and a trademark sign
        (
            "Ĺšwietny przepis, zrobiÄ™ go w sobotÄ™. DziÄ™kujÄ™ za wskazĂłwki!",
            "Świetny przepis, zrobię go w sobotę. Dziękuję za wskazówki!",
        ),
    ],
)
def test_lone_lead_bytes_in_damaged_words_are_read_or_marked(raw, expected):
    assert fix_mojibake(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Ärger war groß, sagte er, itâ€™s fine.",  # Ä starts a word of its own
        "Ăsta e un test, cafÃ© și mai mult.",  # Romanian Ă at a word's start
        "Łódź i Ĺ w słowie, gdzie nic nie jest uszkodzone.",  # no damage at all
    ],
)
def test_lone_lead_letters_of_their_own_words_stay(text):
    out = fix_mojibake(text)
    first = text.split(",")[0]
    assert out.startswith(first)


# ----------------------------------------------------------------------------- Korean read as cp949

_KOREAN = [
    "대화형 비서의 말투를 사용자가 직접 고릅니다.",
    "저는 솔직하게 모른다고 말하는 비서가 좋습니다.",
    "오늘은 식빵을 굽고 녹차를 마셨어요.",
    "성격은 꾸밈이 아니라 믿음을 쌓는 방법입니다.",
    "자전거를 타고 공원에 가서 벌을 구경했다.",
    "한 사람이 질문하면 다른 사람이 대답한다.",
]


def _word_ok(out: str, correct: str) -> bool:
    """The word restored, or marked: each syllable right or one U+FFFD."""
    return len(out) == len(correct) and all(
        o in (c, LOST) for o, c in zip(out, correct, strict=False)
    )


@pytest.mark.parametrize("text", _KOREAN)
def test_korean_read_as_cp949_with_replace_is_restored_or_marked_never_wrong(text):
    # errors="replace": each U+FFFD is exactly one byte the decoder gave up on
    damaged = text.encode("utf-8").decode("cp949", errors="replace")
    out = fix_mojibake(damaged)
    for got, correct in zip(out.split(" "), text.split(" "), strict=True):
        assert _word_ok(got.rstrip("."), correct.rstrip(".")), (got, correct)
    assert out != damaged


@pytest.mark.parametrize("text", _KOREAN)
def test_korean_read_as_cp949_with_ignore_is_marked_not_guessed(text):
    # errors="ignore": how many bytes were dropped is not known, so a syllable is restored only
    # when every reading agrees; a word is never turned into a different word without a mark
    damaged = text.encode("utf-8").decode("cp949", errors="ignore")
    out = fix_mojibake(damaged)
    assert out != damaged
    for got, correct, before in zip(
        out.split(" "), text.split(" "), damaged.split(" "), strict=True
    ):
        got, correct = got.rstrip("."), correct.rstrip(".")
        assert got == correct or LOST in got or got == before.rstrip("."), (got, correct)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=4),
        min_size=2,
        max_size=4,
    )
)
def test_any_hangul_read_as_cp949_with_replace_is_never_repaired_wrong(words):
    damaged = " ".join(words).encode("utf-8").decode("cp949", errors="replace")
    out = fix_mojibake(damaged).split(" ")
    for got, correct, before in zip(out, words, damaged.split(" "), strict=True):
        assert _word_ok(got, correct) or got == before, (got, correct)


def test_a_word_written_elsewhere_on_the_page_settles_a_marked_one():
    damaged = "대화형 비서".encode().decode("cp949", errors="replace")
    out = repair("대화형 비서의 성격\n" + damaged)
    assert out.text == "대화형 비서의 성격\n대화형 비서"
    assert {r.reason for r in out.repairs} == {"document vocabulary", "unique"}
    # without the headline the first word lost its first syllable to the decoder: marked
    assert fix_mojibake(damaged) == f"{LOST}{LOST}{LOST} 비서"


def test_korean_damage_normalized_to_unified_hanja_is_still_read():
    # an editor's NFC turned cp949's compatibility ideograph 留 (U+F9CD) into U+7559
    damaged = "비서의 말투".encode().decode("cp949", errors="replace")
    assert fix_mojibake(unicodedata.normalize("NFC", damaged)) == f"비서{LOST} 말투"


@pytest.mark.parametrize(
    "text",
    [
        "요즘 대화형 비서는 말투가 저마다 다릅니다.",
        "AI 비서도 사람처럼 時와 場을 가려야 합니다. 利用者의 人格을 存重하는 설계.",
        "똠방각하 같은 옛 말투, 햏자와 뷁 같은 드문 글자도 그대로 둡니다.",
        "ChatGPT와 Claude를 비교한 글에서 alignment라는 말이 자주 나왔다.",
        "我同意你的看法，助手的性格很自然。",
        "丁寧すぎる返事は少し冷たく感じます。",
        "韓國語와 漢字를 섞어 쓴 文章: 性格이 穩和하다.",
        "利가 있다, 長期간 이어진 論議, 情報를 整理했다.",
    ],
)
def test_correct_korean_hanja_chinese_and_japanese_stay(text):
    assert fix_mojibake(text) == text
    assert fix_mojibake(text + " 말투 " + "비서의 말투".encode().decode("cp949", "replace")) == (
        text + f" 말투 비서{LOST} 말투"
    )


def test_a_lone_syllable_next_to_a_lost_byte_is_read_only_on_a_damaged_page():
    lone = "한".encode().decode("cp949", errors="replace")  # "\ufffd븳"
    assert fix_mojibake("고양이 " + lone) == "고양이 " + lone
    damaged = "한 사람이".encode().decode("cp949", errors="replace")
    assert fix_mojibake(damaged).split(" ")[0] in ("한", LOST)


# ----------------------------------------------------------------------------- "?" for lost bytes


def _twice_qmark(text: str) -> str:
    """cp1251 then cp1252, the bytes cp1252 does not define written as "?" (a CMS's save)."""
    first = text.encode("utf-8").decode("cp1251", errors="replace")
    return first.encode("utf-8").decode("cp1252", errors="replace").replace(LOST, "?")


@pytest.mark.parametrize(
    "text",
    [
        # a "?" inside a word ("пятница": я is D1 8F, 8F became "?") says the page wrote lost
        # bytes as "?": the "?" after a word-final я is its lost byte, the next one a question
        "Приношу свои извинения? Нет, спасибо, пятница подходит.",
        "Привет, я дома. Пятница, моя любимая.",
    ],
)
def test_double_damage_whose_lost_bytes_became_question_marks_is_restored(text):
    damaged = _twice_qmark(text)
    assert "?" in damaged
    assert fix_mojibake(damaged) == text


@pytest.mark.parametrize(
    "text",
    ["Приношу свои извинения, Нет.", "Где моя чашка?"],
)
def test_a_question_mark_that_may_be_a_lost_byte_is_marked_not_guessed(text):
    # no other word shows whether "?" stands for a lost byte: "моя?" may be "моя" or "моя?"
    out = fix_mojibake(_twice_qmark(text))
    assert out == text.replace("я", "я" + LOST, 1)
    assert "я?" not in out


def test_a_question_mark_after_a_word_stays_where_bytes_were_dropped():
    # the page dropped the 8F of "пятница" silently: a "?" after "моя" is a question mark
    text = "Где моя? Вот пятница."
    damaged = _twice(text, "cp1251", "cp1252", "ignore")
    assert fix_mojibake(damaged) == text


def test_a_whole_sequence_whose_capital_follows_a_small_letter_is_read_on_a_damaged_page():
    # the page writes its other "ę" correctly, so "zrobiÄ™" is no word ftfy or the codec
    # pass reads; its Ä after "zrobi" fits no word, and "Ä™" is C4 99, "ę"
    text = "Lubię to. Ĺšwietny przepis, zrobiÄ™ go w sobotÄ™."
    assert fix_mojibake(text) == "Lubię to. Świetny przepis, zrobię go w sobotę."


def test_a_capital_that_starts_a_word_and_a_sign_after_a_small_letter_stay():
    text = "Der Ärger über den iPhone™-Preis, itâ€™s fine."
    assert fix_mojibake(text) == "Der Ärger über den iPhone™-Preis, it’s fine."


# ----------------------------------------------------------------------------- legacy code pages
# Hebrew (cp1255), Central European (ISO-8859-2, ISO-8859-16, cp1250) and Cyrillic (cp1251,
# KOI8-U): restored where the bytes decide, marked where they were lost, correct text untouched.

CORRECT_LINES = [
    "ביום ג׳ בשעה 18:00 הרצאה של ד״ר לוי בת״א, הכניסה 20 ₪.",
    "שָׁלוֹם לְךָ, עוֹזֵר קָטָן — אַתָּה עֵר?",
    "Odpovědět přesně nedokážu, ale než to dáš hostům, ochutnej.",
    "Nu cred decât ce văd, dar am câștigat o oră; câinele latră când vine.",
    "Şi eu îl ţin pe silenţios dimineaţa.",
    "Модель восприняла её слишком буквально. Роман и Сергей спорили.",
    "У моєї кавоварки є характер, її ґудзик світиться.",
    "Съседът ми пита асистента за времето. Ъгълът е любим.",
    "Mój też jest sztywny, ale żartuje o ślimakach.",
]
DAMAGED_STRETCHES = [
    ("It’s “fine” — really 🎉", "cp1252"),
    ("Sparkles ✨ and a 🔥", "cp1252"),
    ("Greek «πάνω» and it’s", "cp1253"),
]


@pytest.mark.parametrize("line", CORRECT_LINES)
@pytest.mark.parametrize("stretch, codec", DAMAGED_STRETCHES)
def test_correct_legacy_script_text_beside_damage_is_left_alone(line, stretch, codec):
    """A correct line of any of these scripts next to a damaged one: only the damage changes."""
    damaged = damage(stretch, codec)[0]
    got = fix_mojibake(f"{line}\n{damaged}\n{line}")
    assert got.split("\n")[0] == line
    assert got.split("\n")[2] == line


@pytest.mark.parametrize("line", CORRECT_LINES)
def test_correct_legacy_script_text_alone_is_left_alone(line):
    assert fix_mojibake(line) == line


@pytest.mark.parametrize(
    "correct, codec",
    [
        ("גם אצלי יש עוזר כזה, ביקשתי ממנו לדבר פחות והוא הקשיב.", "cp1255"),
        ("Моя кавоварка вітається і бажає гарного дня, її ґудзик світиться.", "koi8_u"),
        ("Почему мой бот извиняется? «Простите», — пишет он.", "koi8_r"),
        ("Mój też jest sztywny. Dziękuję, Grażyna!", "cp1250"),
        ("Kovászt etető asszisztens – Győző szerint működik.", "cp1250"),
    ],
)
def test_whole_lines_in_legacy_code_pages_are_restored_or_marked(correct, codec):
    """Every character either restored or marked lost (U+FFFD), never another letter."""
    got = fix_mojibake(damage(correct, codec)[0])
    assert len(got) <= len(correct)
    assert all(ch == LOST or ch in correct for ch in got)
    assert sum(ch == LOST for ch in got) <= sum(ch in "אךלםמן" for ch in correct)


def test_hebrew_cp1255_lead_is_a_letters_byte_not_a_written_geresh():
    """cp1255 reads D7, the lead of every Hebrew letter, as the geresh ׳: damage, not a
    punctuation mark as written; the page's own words settle letters that lost their byte."""
    page = "ממנו ביקשתי.\n" + damage("ביקשתי ממנו", "cp1255")[0]
    assert fix_mojibake(page) == "ממנו ביקשתי.\nביקשתי ממנו"


@pytest.mark.parametrize(
    "raw, expected",
    [
        # cp1251 leaves only 98 undefined: "Р" + the byte written as U+FFFD or "?" is "И"
        ("Р�РіРѕСЂСЊ Рё Р?РЅРЅР°", "Игорь и Инна"),
        # a "?" that ends a sentence is punctuation as written
        ("РљР°Рє РґРµР»Р°? РҐРѕСЂРѕС€Рѕ.", "Как дела? Хорошо."),
        # cp1255 with the byte written as U+FFFD: one lost letter, not the geresh and a mark
        ("׳©׳�׳•׳� ׳•׳‘׳¨׳›׳”", f"ש{LOST}ו{LOST} וברכה"),
    ],
)
def test_bytes_written_as_replacement_or_question_mark(raw, expected):
    assert fix_mojibake(raw) == expected


def test_a_capital_lead_after_a_small_letter_is_marked_only_beside_c1_dropping_damage():
    """ISO-8859-2 drops the C1 bytes: "WolÄ" (ę, C4 99) is a bare Ä after a small letter, no
    letter as written; a lone "aÄ" far from such damage stays (it may be as written)."""
    raw = "WolÄ oficjalny ton, teĹź grzÄdce."
    assert fix_mojibake(raw) == f"Wol{LOST} oficjalny ton, też grz{LOST}dce."
    assert fix_mojibake("Name: aÄb, and itâ€™s fine.") == "Name: aÄb, and it’s fine."


def test_iso8859_2_and_cp1250_ties_go_to_the_letters_the_page_writes():
    """ "teĹź" is "też" under ISO-8859-2 and "teş" under cp1250: a page that writes ż says."""
    assert fix_mojibake("Ustawiłam, żeby.\nMĂłj teĹź.") == "Ustawiłam, żeby.\nMój też."


@pytest.mark.parametrize(
    "page",
    [
        # the damaged title is repaired; "tâm" (before an "m", as in English "I’m") is a
        # Vietnamese word as written, on the first clean and on the second
        damage("Trợ lý ảo “không biết”", "cp1252")[0] + "\nNgười dùng tin tâm hơn. Minh Tâm.\n",
        # a page that writes "â" in its words: a lone "â" before "t" is no lost apostrophe
        "Nu cred decât ce văd când plouă.\n" + damage("It’s “fine” 🎉", "cp1252")[0] + "\n",
    ],
)
def test_a_lone_a_circumflex_of_a_word_is_not_a_quote_and_cleaning_twice_changes_nothing(page):
    once = fix_mojibake(page)
    assert "’m" not in once and "dec’t" not in once and "t\ufffdm" not in once
    assert fix_mojibake(once) == once


def test_a_sequence_cut_short_between_letters_is_marked_beside_its_codecs_damage():
    """ "học" (E1 BB 8D) read as cp1252, which leaves 8D undefined, is "há»c": the "»" glued
    between letters is no text; which letter it was is not known."""
    correct = "Người dùng tin tưởng vào những câu trả lời ngắn gọn.\n"
    assert fix_mojibake(correct + "Trá»£ lÃ½ há»c nhanh.") == f"{correct}Trợ lý h{LOST}c nhanh."
    assert fix_mojibake("Sale 50% »c« here") == "Sale 50% »c« here"


def test_vietnamese_cp1258_letter_and_sign_after_a_small_letter_is_read():
    """cp1258 reads "à" (C3 A0) as "Ă" and a no-break space, "ú" (C3 BA) as "Ăº": a capital
    after a small letter is no word as written; "Ăn" opening a word is Vietnamese as written."""
    correct = "Ăn sáng xong, tôi hỏi trợ lý về thời tiết.\n"
    line = "Tôi chuẩn bị năm mươi câu hỏi về nấu ăn, du lịch và thú cưng."
    got = fix_mojibake(correct + damage(line, "cp1258")[0])
    assert got.startswith(correct)
    assert "du lịch và thú cưng." in got  # "vĂ\xa0", "thĂº"
    assert "Tôi chuẩn bị năm mươi câu hỏi" in got


@pytest.mark.parametrize(
    "correct, first, second",
    [
        # a Russian page damaged as cp1251 with one line damaged as KOI8-R
        ("Критики считают, что это и важно.", "cp1251", "koi8_r"),
        # and the other way round, and Ukrainian KOI8-U beside cp1251
        ("Критики считают, что это и важно.", "koi8_r", "cp1251"),
        ("Користувачі кажуть, що бот і чемний.", "cp1251", "koi8_u"),
    ],
)
def test_a_line_damaged_by_a_second_code_page_is_read_with_it(correct, first, second):
    """A page whose damage is one code page's can hold a line damaged by another ("п я─п╦я┌п╦п╨п╦"
    is KOI8-R on a page whose other damage is cp1251): a lossless run of two letters or more of
    the page's script under the second code page is its damage, and so are its runs of one
    letter in that line ("п╦" is "и"); cleaning twice changes nothing."""
    page = "Это текст статьи.\n" + damage("Несколько групп опубликовали работы.", first)[0]
    page += "\n" + damage(correct, second)[0]
    once = fix_mojibake(page)
    assert once.splitlines() == [
        "Это текст статьи.",
        "Несколько групп опубликовали работы.",
        correct,
    ]
    assert fix_mojibake(once) == once


@pytest.mark.parametrize(
    "text",
    [
        # KOI8-R box drawing and Cyrillic letters as written: no sequence of two
        "Таблица: ┌─┐ └─┘, пёс и ёж.",
        # one lossless KOI8-R pair alone on a line of a cp1251-damaged page stays
        "Это РєРѕС‚ и текст.\nКод: п╦ в таблице.",
    ],
)
def test_a_second_code_page_needs_two_letters_in_a_row_in_its_line(text):
    assert fix_mojibake(text).splitlines()[-1] == text.replace("РєРѕС‚", "кот").splitlines()[-1]


_CJK_LOSSY = [
    "最初は口調ばかり細かく決めていましたが、実際に効いたのは「知らないことは知らないと言う」という一文でした。",
    "一時間くらい話していると、だんだん普通のアシスタントの話し方に戻ってしまいます。",
    "所以说模型有“性格”，在第一层的意义上是成立的，在第二层的意义上还不能下结论。",
    "第二层是人类意义上的性格，包括内心体验和动机。对于这一层，目前没有人能给出确定的答案。",
]


@pytest.mark.parametrize("text", _CJK_LOSSY)
@pytest.mark.parametrize("codec", ["gbk", "shift_jis"])
def test_cjk_lines_that_lost_many_bytes_are_marked_whole_and_cleaning_twice_changes_nothing(
    text, codec
):
    """Where a misreading dropped bytes of several characters in a row ("い一文" keeps E3 81
    E4 B8 E6 96), or before the first two whole characters of a line, the stretch goes on
    through them: every character is the one written or marked lost, none is left misread
    for a second clean to read."""
    damaged = text.encode("utf-8").decode(codec, errors="ignore")
    got = fix_mojibake(damaged)
    assert len(got) == len(text)
    assert all(g in (t, LOST) for g, t in zip(got, text, strict=True))
    assert fix_mojibake(got) == got


@pytest.mark.parametrize("correct", _CJK_CORRECT[:5])
def test_correct_cjk_text_beside_a_misread_stretch_stays(correct):
    """Correct text beside a stretch misread as GBK or Shift_JIS that lost many bytes, in the
    same line after a space or before it, is not taken into it."""
    for codec in ("gbk", "shift_jis"):
        for text in _CJK_LOSSY:
            damaged = text.encode("utf-8").decode(codec, errors="ignore")
            assert fix_mojibake(f"{damaged} {correct}").endswith(f" {correct}")
            assert fix_mojibake(f"{correct} {damaged}").startswith(f"{correct} ")


def test_a_two_letter_word_is_not_settled_by_the_page_when_its_language_has_both():
    """Hebrew "ע" + a letter cp1255 lost is "על" or "עם" (or "עא", "ען"...): that the page
    writes "על" elsewhere makes it no likelier, so it is marked; "הזמן", written, is settled."""
    written = "אני מבין שאמרת לך על זה עם הזמן.\n"
    page = written + damage("דיברנו עם הזמן", "cp1255")[0]
    assert fix_mojibake(page).splitlines()[1] == f"דיברנו ע{LOST} הזמן"
    page = written + damage("דיברנו על הזמן", "cp1255")[0]
    assert fix_mojibake(page).splitlines()[1] == f"דיברנו ע{LOST} הזמן"


def test_a_two_letter_word_is_settled_when_one_reading_alone_uses_the_pages_letters():
    """Romanian "sÄ" (ISO-8859-16 dropped the 83 of "ă") is one of ā ă ą č ď ę ...: a page that
    writes "ă" and none of the others has one reading, written elsewhere as "să"."""
    page = "Vrea să plece acasă.\n" + damage("Vrea să plece.", "iso8859_16")[0]
    assert fix_mojibake(page).splitlines()[1] == "Vrea să plece."


_RO = "Când plouă, spune că e bună și că ține. " * 14 + "\n"  # 400 letters: an alphabet


def _c1_dropped(text: str, codec: str) -> str:
    """``text`` damaged by an ISO-8859 codec whose C1 controls a scrape dropped."""
    return "".join(ch for ch in damage(text, codec)[0] if not "\x80" <= ch <= "\x9f")


def test_a_line_of_bare_capital_leads_after_small_letters_is_damage_of_its_codec():
    """ISO-8859-16 drops the C1 bytes: "pățit" is "pÄÈit", both leads bare. A line with three
    such capitals glued after small letters is damage even with no sequence of the codec
    restored in reach, and a lead right after one read so is read too; the page's alphabet
    (it writes "ă", none of ā ą č ď ę ...) settles "Ä", and "È" (ș or ț) stays marked."""
    far = _c1_dropped("Îngropați tulpina mai adânc.", "iso8859_16") + "\n" + "x " * 60 + "\n"
    line = _c1_dropped("Am pățit la fel, o lampă ieftină de creștere.", "iso8859_16")
    got = fix_mojibake(_RO + far + line).splitlines()[-1]
    assert got == f"Am pă{LOST}it la fel, o lampă ieftină de cre{LOST}tere."


@pytest.mark.parametrize(
    "line",
    [
        "Name: aÄb, McÄlroy.",  # two capitals after small letters in a line: as written
        "Der Ärger mit ÄÖÜ und Übermut.",  # capitals opening words
    ],
)
def test_a_few_capital_leads_after_small_letters_stay_as_written(line):
    page = _RO + _c1_dropped("Îngropați tulpina mai adânc.", "iso8859_16") + "\n" + "x " * 60
    assert fix_mojibake(page + "\n" + line).splitlines()[-1] == line


@pytest.mark.parametrize(
    "written, damaged, codec, expected",
    [
        # Romanian: ă written three times, none of the other readings: settled
        (_RO, "Cercetătorii văd grădini.", "iso8859_16", "Cercetătorii văd grădini."),
        # written fewer than three times (on a page long enough): marked
        (
            "Când plouă, e bine. " + "Vine vara cu soare si nori. " * 16 + "\n",
            "Cercetătorii văd grădini.",
            "iso8859_16",
            f"Cercet{LOST}torii v{LOST}d gr{LOST}dini.",
        ),
        # Czech: č and ě both written, "Ä" is either: marked
        (
            "Čeká, že věří, a děkuje. Čte. " * 16 + "\n",
            "Nečte a něco ví.",
            "iso8859_2",
            f"Ne{LOST}te a n{LOST}co ví.",
        ),
    ],
)
def test_a_lost_letter_is_settled_by_the_pages_alphabet_only_when_one_reading_is_written(
    written, damaged, codec, expected
):
    page = written + _c1_dropped("Výsledky.", codec) + "\n" + _c1_dropped(damaged, codec)
    got = fix_mojibake(page).splitlines()
    assert got[-2:] == ["Výsledky.", expected]


_VI = "Trợ lý ảo của tôi nói chuyện rất nhẹ nhàng, dễ thương và lịch sự.\n"


def test_a_letter_and_sign_ending_a_word_beside_damage_of_the_same_bytes_is_read():
    """cp1258 reads "ộ" (E1 BB 99) as "á»™" and "à" (C3 A0) as "Ă" and a no-break space: a
    letter and signs that may follow one, left to ftfy, which does not read them. Ending a
    word's letters on a page whose damage restored "á»…"-like and "Ă…"-like sequences twice,
    they are read; cleaning twice changes nothing."""
    line = "Mình dùng trợ lý để học một cô giáo người Hà Nội, dễ thương."
    got = fix_mojibake(_VI + damage(line, "cp1258")[0])
    assert "một cô" in got and "Hà Nội" in got and "dễ thương" in got
    assert fix_mojibake(got) == got


@pytest.mark.parametrize(
    "line",
    [
        # one sequence of the same bytes restored: no evidence for "á»…"
        "Trá»£ lĂ½ Ä‘Ăª, está»… bien.",
        # a capital's word ("ACASĂ" then a no-break space) takes no small letter
        "Trá»£ lĂ½ Ä‘Ăª ACASĂ\xa0 bien.",
        # no damage of the codec on the page at all
        "Hola, está»… bien, HĂ\xa0 Nội.",
    ],
)
def test_a_letter_and_sign_without_damage_of_its_bytes_stays_as_written(line):
    got = fix_mojibake(_VI + line).splitlines()[-1]
    for kept in ("está»…", "ACASĂ\xa0", "HĂ\xa0"):
        if kept in line:
            assert kept in got


def test_a_bare_lead_glued_by_punctuation_to_damage_of_the_script_is_marked():
    """Greek "ό,τι" read as cp1253 is "Ο,Ο„ΞΉ": "ό" (CF 8C) lost its byte and "Ο" is left, glued
    by a comma to damage of the page's script: it is a lost letter (ρ ψ ϊ ό ύ ώ), marked; the
    article "Ο" as written, before a word or a comma of its own, stays."""
    written = "Ο βοηθός είπε: Ο, όπως πάντα, για το ψωμί και το νερό, μας βοήθησε.\n"
    got = fix_mojibake(written + damage("Παράγγειλε ό,τι θέλεις.", "cp1253")[0])
    assert got.splitlines()[0] == written.strip()
    assert got.splitlines()[1].endswith(f" {LOST},τι θέλεις.")


def test_a_few_lines_show_no_alphabet():
    """A short Greek page that happens not to write "ρ" does not make the "ρ" a damaged word
    lost (CF 81) an "ό", the one reading it writes: under 400 letters the mark stays."""
    got = fix_mojibake("Ο βοηθός, όπως, ό,τι.\n" + damage("Παράγγειλε", "cp1253")[0])
    assert got.splitlines()[1] == f"Πα{LOST}άγγειλε"


def _qmarked(text: str, codec: str) -> str:
    """``text`` read with ``codec``, each byte it leaves undefined written as "?" (a CMS)."""
    return text.encode("utf-8").decode(codec, errors="replace").replace("\ufffd", "?")


def test_bytes_written_as_question_marks_at_a_words_end_and_after_read_bytes_are_one_letter():
    """Thai "ครับ" read as cp874 with its undefined bytes written as "?" is "เธ?เธ?เธฃเธฑเธ?":
    each "เธ?" is one lost letter, also where the script pass read "เธ" before its "?", and at
    the word's end on a page that writes its lost bytes so: every letter is the one written
    or marked, no "?" is left."""
    correct = "คำแนะนำถูกต้องครับ แมวไม่กินอาหารนานอาจเป็นอันตรายต่อตับ"
    got = fix_mojibake("ขอบคุณมากครับ\n" + _qmarked(correct, "cp874")).splitlines()[1]
    assert "?" not in got and len(got) == len(correct)
    assert all(g in (c, LOST) for g, c in zip(got, correct, strict=True))


def test_a_question_mark_between_letters_after_a_sequence_cut_short_is_a_lost_byte():
    """cp1258 leaves 90 undefined: "Điều" (C4 90 ...) written by a CMS is "Ä?iá»?u"."""
    got = fix_mojibake(_VI + _qmarked("Điều lạ là cô ấy sửa rất nhẹ nhàng.", "cp1258"))
    assert got.splitlines()[1] == f"{LOST}i{LOST}u lạ là cô ấy sửa rất nhẹ nhàng."


@pytest.mark.parametrize(
    "text",
    [
        # a question as written after Thai text, and after damage that lost no byte
        "ขอบคุณมากครับ แมวกินไหม?\n" + damage("แมวกินไหม", "cp874")[0] + "? ครับ",
        # a page whose lost bytes were dropped: a "?" after a sequence cut short is a question
        "Trợ lý ảo.\n" + damage("Điều lạ, có học không", "cp1258")[0].replace("\x90", "") + "?",
    ],
)
def test_a_question_mark_that_ends_a_question_stays(text):
    assert fix_mojibake(text).count("?") == text.count("?")


@pytest.mark.parametrize(
    "written, line, codec, expected",
    [
        # Romanian writes „…”: the pair of bare "â" is read so
        (
            _RO + "„Nu”, a spus.\n",
            "Să vorbească în „ca un funcționar răbdător”.",
            "iso8859_16",
            "„ca",
        ),
        # a page that writes no quotation marks: the pair is lost, not guessed
        (
            "Nu, a spus.\n",
            "Să vorbească în „ca un funcționar răbdător”.",
            "iso8859_16",
            f"{LOST}ca",
        ),
    ],
)
def test_a_pair_of_bare_leads_around_words_beside_damage_is_a_pair_of_quotes(
    written, line, codec, expected
):
    got = fix_mojibake(written + _c1_dropped(line, codec)).splitlines()[-1]
    assert expected in got and "â" not in got


@pytest.mark.parametrize(
    "text",
    [
        # "â" opening and closing words as written, no damage of the codec near them
        "Nu, a spus.\nâme et château, voilà âge et tâ.\n" + "x " * 60 + "\nRom: Ăźn.",
        # French "l’âge" and a closing "â" with no opener in its line
        "L’âge de la pierre. Ăźn ceea ce privește tâ.",
    ],
)
def test_a_letter_that_opens_or_ends_words_is_no_quote(text):
    assert "â" in fix_mojibake(text).replace("Ăź", "")
    assert fix_mojibake(text).count("â") == text.count("â")


def test_a_word_with_a_at_both_ends_beside_damage_is_no_quoted_word():
    """Found by test_correct_letters_survive_damage_beside_them: "âaâ" after a damaged emoji."""
    assert fix_mojibake("a âœ¨ âaâ") == "a ✨ âaâ"


def test_words_with_a_at_their_ends_beside_lossless_damage_stay():
    """Found by test_correct_letters_survive_damage_beside_them: the emoji's damage lost no
    byte, so nothing says the "â" at the words' ends are quotation marks that lost theirs."""
    assert fix_mojibake("a âœ¨ âa aâ") == "a ✨ âa aâ"


def test_a_sequence_cut_short_at_a_words_end_and_the_bare_lead_opening_it_are_read():
    """cp1258 drops 81 and 90: "về" is "vá»", "Điều" is "Äiá»u". Where the page's damage
    restored "á»"-sequences twice or more, "vá»" ends in a lost letter, and the word "Äiá»u"
    the codec damaged opens with a lost one: "Đ", the one reading of "Ä" the page writes."""
    written = "Đây là trợ lý ảo, nó nói đúng và tôi hỏi nó nhiều. " * 14 + "\n"
    line = "Tôi hỏi về nấu ăn. Điều thú vị là nó chào hỏi lịch sự."
    got = fix_mojibake(written + damage(line, "cp1258")[0])
    assert (
        got.splitlines()[1] == f"Tôi hỏi v{LOST} nấu ăn. Đi{LOST}u thú vị là nó chào hỏi lịch sự."
    )


@pytest.mark.parametrize(
    "line",
    [
        "«Ya está» y se fue.",  # a closing guillemet after a letter, no such damage
        "Trá»£ lĂ½, «ya está» y se fue.",  # one "á»"-sequence restored: no evidence
    ],
)
def test_a_guillemet_closing_a_word_stays(line):
    assert "está»" in fix_mojibake(_VI + line)


def test_a_bare_capital_opening_a_word_that_the_page_never_writes_is_a_lost_letter():
    """ISO-8859-16 drops the C1 bytes: "și" is "Èi", "știe" "Ètie". Beside damage of the codec
    that lost bytes, on a page that writes neither "È" nor "è", the capital is what is left of
    a letter: marked ("ș" or "ț", both the page's letters)."""
    line = _c1_dropped("Spune sincer când nu știe răspunsul și oferă numărul.", "iso8859_16")
    got = fix_mojibake(_RO + line).splitlines()[-1]
    assert got == f"Spune sincer când nu {LOST}tie răspunsul {LOST}i oferă numărul."


@pytest.mark.parametrize(
    "written, line",
    [
        # German: the page writes "ä", so "Ärger" is its word
        ("Der Bär hat Ärger, sagt er, und später mehr. " * 10, "Ärger über Tâ und WolÄ."),
        # Romanian: "Ăsta" beside a page that writes "ă"
        (_RO, "Ăsta e bun, sÄ vorbeascÄ ĂŽn."),
        # a short page shows no alphabet, and two damaged words do not show the line
        # re-encoded as a whole (three do: ``test_mojibake_leads``)
        ("Kurz.", "Èi nu Ètie, sÄ vorbeascÄ."),
    ],
)
def test_a_capital_of_the_pages_language_opening_a_word_stays(written, line):
    got = fix_mojibake(written + "\n" + line).splitlines()[-1]
    assert got.split()[0] == line.split()[0]


_GBK_PAGE = "他说：" + "助手的性格很有意思".encode().decode("gbk", errors="ignore") + "\n"


def test_a_two_character_reply_on_a_page_read_as_gbk_is_read_too():
    """ "同感。" read as GBK is "鍚屾劅銆": two whole characters, too few to count alone; on a
    page whose other text was read as GBK it is that damage too, and alone it stays."""
    short = "同感。".encode().decode("gbk", errors="ignore")
    assert fix_mojibake(_GBK_PAGE + short).splitlines()[1] == f"同感{LOST}"
    assert fix_mojibake(short) == short


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=5))
def test_correct_short_cjk_runs_beside_gbk_damage_stay(text):
    assert fix_mojibake(_GBK_PAGE + text).splitlines()[1] == text


def _third_byte_lost(text: str) -> str:
    """UTF-8 read as cp874, which leaves ’ ” ‘ “'s third byte undefined: dropped."""
    return text.encode("utf-8").decode("cp874", errors="ignore")


@pytest.mark.parametrize(
    "text",
    [
        # English, no quote open: the mark after the word is the apostrophe (or a ‘…’ close)
        "The reviewers’ notes were short, and the testers’ logs were long; we said “fine”.",
        "Both models’ replies were kept, and the judges’ scores were added up the next day.",
        # a quote is open: it closes with ”
        "The assistant said “I would rather not guess” and the users agreed with it at once.",
        # German closes „ with “: whatever is open, its marks follow the page's language
        "Die Prüfer nannten das Modell „freundlich“ und die Tester schrieben „ruhig“ dazu.",
    ],
)
def test_a_closing_mark_that_lost_its_last_byte_is_read_by_the_quotes_open(text):
    assert fix_mojibake(_third_byte_lost(text)) == text


def test_a_closing_mark_with_no_quote_open_stays_lost_outside_english():
    """In a language whose quotes close otherwise, ’ or ” after a word is not guessed."""
    text = "Wir lasen die Notizen der Prüfer’ noch einmal, dann die Protokolle der Tester."
    out = fix_mojibake(_third_byte_lost(text))
    assert "Prüfer’" not in out and "Prüfer”" not in out
