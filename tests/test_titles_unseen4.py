"""Title rules for page kinds whose titles the held-out set showed wrong (issue 18, "true
titles"), found on constructed dev pages (``b9t_*``) and on the dev pages left wrong: a Chinese
forum's tab title joined by underscores, a post's text of two sentences that ends in a question
(no headline in a script without spaces), a news page's deck under its headline (no site's
tagline when the body tells the headline), a platform's note about itself over the headline, a
question's title over its record (asker, views, date) and its text, a featured review's quote
over the reviews, an app store's prompt over the app's name, a help center's short page title
under its search box, a damaged title read from its undamaged copy, a derived title without
the speaker's label of a transcript's first turn, a later post's "Re:" subject under the
thread's title, an episode's two-word title under the show's name over or under its number.
Each rule has a look-alike that keeps the old behaviour."""

from __future__ import annotations

from conftest import rows_page as _page
from conftest import title_of_rows as _title
from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles.chrome import chrome_reason
from persona_archive.cleaning.structure.titles.derived import derive_title
from persona_archive.cleaning.structure.titles.marked import _TITLE_SEPARATOR, _confirmed_title
from persona_archive.cleaning.structure.titles.mastheads import _site_note, _tagline
from persona_archive.cleaning.structure.titles.measure import _is_body
from persona_archive.cleaning.structure.titles.picker import _post_record, _pull_quote
from persona_archive.cleaning.structure.titles.posted import _over_number, _searched_title

PROSE = (
    "The bot still asks how warm the kitchen is before it gives a time, but it has stopped "
    "making bread puns, which I did not expect to miss."
)


# ------------------------------------------------------- a Chinese forum's tab title, "_"


def test_a_tab_title_joined_by_underscores_confirms_the_threads_title():
    # Tieba saves "<title>_<board>_<site>": the title stands alone again under the header
    body = split_lines(
        "饭后散步时该不该让助手闭嘴_散步吧_某某贴吧\n某某贴吧\n散步吧\n关注：2,114 贴子：9,870\n"
        "饭后散步时该不该让助手闭嘴\n小麦田\n我每次散步它都要讲天气和步数，我只想安静走一会儿。"
    )
    assert _confirmed_title(body, ()) == (4, "饭后散步时该不该让助手闭嘴")


def test_an_underscore_between_latin_letters_separates_nothing():
    # a file's or a handle's name: one part, not a browser title
    assert _TITLE_SEPARATOR.search("persona_file_notes") is None
    assert _TITLE_SEPARATOR.search("kettle_bot_v2 | Forum") is not None
    body = split_lines("tone_notes_daily\ntone_notes\ndaily\nMy notes on the kettle bot's tone.")
    assert _confirmed_title(body, ()) is None


# --------------------------------------- two sentences ending in a question: a post's text


def test_a_post_of_two_sentences_ending_in_a_question_is_no_headline():
    rows = [
        "某某贴吧",
        "散步吧",
        "~counter~ 关注：2,114 贴子：9,870",
        "饭后散步时该不该让助手闭嘴",
        "~post-actions~ 只看楼主   收藏   回复",
        "小麦田",
        "我每次散步它都要讲天气和步数，听得我有点烦。是不是只有我这样觉得？",
        "~post-meta~ 1楼 2026-12-04 19:12",
        "晚霞骑手",
        "在设置里关掉主动播报就好了，我关了以后它只在我问的时候才说话。",
        "~post-meta~ 2楼 2026-12-04 19:40",
    ]
    assert _title(rows) == "饭后散步时该不该让助手闭嘴"
    assert _is_body("我每次散步它都要讲天气和步数，听得我有点烦。是不是只有我这样觉得？")


def test_a_question_in_one_sentence_and_a_latin_two_sentence_title_stay_headlines():
    assert not _is_body("饭后散步时到底该不该让语音助手一直闭嘴不说话呢？")
    assert not _is_body("My kettle bot turns formal after forty messages. Why?")
    rows = [
        "~navigation~ r/KettleBots",
        "My kettle bot turns formal after forty messages. Why?",
        "~timestamp~ 4 hr. ago",
        PROSE,
    ]
    assert _title(rows) == "My kettle bot turns formal after forty messages. Why?"


# ------------------------------------------ a deck under the headline: no site's tagline


_NEWS_BODY = (
    "The council's chatbot used to give bus times it did not know with great confidence; "
    "now it admits its doubts and gives the number of the transport office instead."
)


def test_a_deck_under_a_headline_the_body_tells_is_no_sites_tagline():
    rows = [
        "~navigation~ BREAKING",
        "~navigation~ Home   Politics   Technology   Sport",
        "Council chatbot admits doubts",
        "The assistant now says so when it is unsure about a bus time.",
        "~timestamp~ 04.12.2026 10:21",
        "Follow the desk on Kettle News",
        "Ayla Brook",
        _NEWS_BODY,
    ]
    assert _title(rows) == "Council chatbot admits doubts"


def test_a_sites_name_and_tagline_over_a_dated_headline_stay_the_masthead():
    body = split_lines(
        "NOTES FROM THE SHED\nSmall notes on tea, bread and the machines that answer back.\n"
        "Monday, 3 March 2025\nMy assistant apologises for the weather\n" + PROSE
    )
    assert _tagline(body, 1, ())
    rows = [
        "NOTES FROM THE SHED",
        "Small notes on tea, bread and the machines that answer back.",
        "~timestamp~ Monday, 3 March 2025",
        "My assistant apologises for the weather",
        "~timestamp~ 9:14 am",
        PROSE,
    ]
    assert _title(rows) == "My assistant apologises for the weather"


# ------------------------------------------ a platform's note about itself over the headline


_NOTE = "Kettle Voices is a blogging platform. Its writers answer for what they post."
_POST = (
    "Our clinic put a digital assistant in the waiting room in August, and at first the older "
    "patients gave up after one question."
)


def test_a_platforms_note_naming_it_over_the_headline_is_passed_over():
    rows = [
        "Kettle Voices",
        "~navigation~ Home   Society   Technology   Lifestyle",
        "~navigation~ Technology",
        _NOTE,
        "The clinic assistant learns patience",
        "Rina Kartika",
        "Nurse who likes to write",
        "~timestamp~ Updated: 4 December 2026 10:21",
        _POST,
    ]
    assert _title(rows) == "The clinic assistant learns patience"
    body, hints = _page(rows)
    assert _site_note(body, 1, dict(hints.removed))


def test_a_first_sentence_naming_the_site_over_a_section_heading_is_prose():
    # the note has the page's text under the heading-like line, no byline or date: content
    body = split_lines(f"Kettle Voices\n{_NOTE}\nHow to join\nWrite to the editors first.")
    assert not _site_note(body, 1, {})
    # a sentence that does not name the site's name is the body's prose as before
    body = split_lines("Kettle Voices\n" + PROSE + "\nThe clinic assistant\nRina Kartika\nText.")
    assert not _site_note(body, 1, {})


# ------------------------------------------------------ a question's title over its record


_QUESTION = [
    "지식 홈",
    "Q&A",
    "~account~ 로그인",
    "컴퓨터통신 > 인공지능",
    "산책할 때 음성 비서를 조용히 시킬 수 있나요?",
    "~post-meta~ 비공개",
    "~counter~ 조회수 412",
    "~timestamp~ 작성일 2026.12.04",
    "걸을 때마다 날씨와 걸음 수를 말해 주는데 끄는 방법이 있을까요?",
    "~post-actions~ 답변하기",
    "~counter~ 2개 답변",
    "저녁노을",
    "~post-meta~ 답변 작성일 2026.12.04",
    "네.",
    "설정에서 자동 안내를 끄면 물어볼 때만 대답합니다.",
]


def test_a_questions_title_over_its_record_and_its_text_is_the_title():
    assert _title(_QUESTION) == "산책할 때 음성 비서를 조용히 시킬 수 있나요?"


def test_a_sites_name_over_todays_date_and_its_menu_stays_the_masthead():
    today = ("Monday, 7 December 2026", "interface:timestamp")
    assert not _post_record([today, ("News | Sport", "interface:navigation")])
    assert not _post_record(
        [("Category: Gen", "interface:post-meta"), ("Fandom: Original", "interface:post-meta")]
    )
    rows = [
        "The Kettle Ledger",
        "~timestamp~ Monday, 7 December 2026",
        "~navigation~ Home | News | Sport | Weather",
        "Library's chatbot answers in plain words",
        "~timestamp~ December 7, 2026",
        PROSE,
    ]
    assert _title(rows) == "Library's chatbot answers in plain words"


# ------------------------------------------------ a featured review's quote over the reviews


_REVIEWS = [  # a Hungarian store's reviews, as the clean text gives them (cleaned again)
    "Teáskanna Társ – felhasználói vélemények",
    "Kiemelt vélemény",
    "„Ritkán dicsér, és ezt kedvelem benne.”",
    "Kiss Mira",
    "Ritkán dicsér, és ezt kedvelem benne.",
    "Megkérdeztem, jó-e a teám, és azt mondta, hogy túl sokáig áztattam.",
    "Nagyszerű!",
]


def test_a_featured_quote_of_a_review_below_is_no_title():
    text = "\n\n".join(_REVIEWS) + "\n"
    body = [ln for ln in split_lines(text) if ln.text.strip()]
    assert _pull_quote(body, 2)
    assert build(body, Hints()).title == "Teáskanna Társ – felhasználói vélemények"


def test_a_quoted_headline_the_page_does_not_repeat_is_a_title():
    body = split_lines("“Rarely flatters”: a week with a blunt assistant\n" + PROSE)
    assert not _pull_quote(body, 0)
    body = split_lines("“Never flatter the baker”\nBy Mira Holt\n" + PROSE)
    assert not _pull_quote(body, 0)
    assert build(body, Hints()).title == "“Never flatter the baker”"


# ------------------------------------------------- an app store's prompt over the app's name


_STORE = [
    "~navigation~ App Store Preview",
    "Open the Mac App Store to buy and download apps.",
    "Kettle Pal 4+",
    "A quieter chat assistant",
    "Fernleaf Labs Ltd",
    "4.6 • 212 Ratings",
    "~counter~ Free",
    "Kettle Pal answers everyday questions in a steady voice, and it says so when it is "
    "unsure about something you asked.",
]


def test_the_stores_prompt_over_an_apps_name_is_passed_over():
    assert chrome_reason("Öffne den Mac App Store, um Apps zu kaufen und zu laden.")
    assert _title(_STORE) == "Kettle Pal"


def test_a_headline_or_a_sentence_about_the_store_stays():
    assert chrome_reason("Why I stopped buying apps in the Mac App Store") is None
    rows = ["Why I stopped buying apps in the Mac App Store", "By Ada Brook", PROSE]
    assert _title(rows) == "Why I stopped buying apps in the Mac App Store"


# ------------------------------------------ a help center's short page title under its search


_LEAD = "How to describe the assistant's character so that it stays steady, kind and honest."
_DOCS = [
    "Fernhill Help Center",
    "~navigation~ Search or ask...",
    "Character notes",
    _LEAD,
    "What a note is",
    "A note is a short paragraph in the character file that says how the assistant behaves "
    "in one kind of situation, written as a disposition and not as a script.",
]


def test_a_short_title_under_the_sites_search_box_is_the_title():
    assert _title(_DOCS) == "Character notes"


def test_a_short_line_under_anything_but_the_search_box_is_no_such_title():
    body, hints = _page(_DOCS)
    assert _searched_title(body, 1, (), dict(hints.removed)) == "Character notes"
    assert _searched_title(body, 1, (), {2: "Updated 3 days ago"}) is None
    rows = [r if not r.startswith("~") else "~timestamp~ Updated 3 days ago" for r in _DOCS]
    assert _title(rows) != "Character notes"


# ------------------------------------------- a damaged title read from its undamaged copy


_GREEK_BODY = (
    "Ο δήμος ξεκίνησε να δοκιμάζει έναν ψηφιακό βοηθό που απαντά ήρεμα σε ερωτήσεις για τα "
    "δημοτικά τέλη και λέει καθαρά πότε δεν ξέρει κάτι."
)


def test_a_title_with_lost_letters_is_read_from_the_tab_titles_copy():
    rows = [
        "~navigation~ Ο δήμος δοκιμάζει ψηφιακό βοηθό με ήπιο ύφος - Νέα της Πόλης",
        "~navigation~ Αρχική   Ειδήσεις   Τεχνολογία",
        "Ο δήμος δοκιμάζει ψηφιακό βοηθό με ήπιο \ufffdφος",
        "~timestamp~ 05.03.2026 | 10:24",
        _GREEK_BODY,
    ]
    assert _title(rows) == "Ο δήμος δοκιμάζει ψηφιακό βοηθό με ήπιο ύφος"


def test_a_damaged_title_without_a_matching_copy_keeps_its_marks():
    # the tab title names another article: it does not match the letters the title kept
    rows = [
        "~navigation~ Ο δήμος ανοίγει νέα βιβλιοθήκη - Νέα της Πόλης",
        "Ο δήμος δοκιμάζει ψηφιακό βοηθό με ήπιο \ufffdφος",
        "~timestamp~ 05.03.2026 | 10:24",
        _GREEK_BODY,
    ]
    assert _title(rows) == "Ο δήμος δοκιμάζει ψηφιακό βοηθό με ήπιο \ufffdφος"


def test_the_platforms_note_leaves_with_the_header_above_the_title():
    rows = [
        "Kettle Voices",
        "~navigation~ Home   Society   Technology   Lifestyle",
        _NOTE,
        "The clinic assistant learns patience",
        "Rina Kartika",
        "~timestamp~ Updated: 4 December 2026 10:21",
        _POST,
    ]
    body, hints = _page(rows)
    texts = [b.text for b in build(body, hints).blocks]
    assert _NOTE not in texts and "Kettle Voices" not in texts
    assert _POST in texts


def test_a_sentence_above_the_title_that_does_not_name_the_site_keeps_the_header():
    rows = [
        "Kettle Voices",
        "~navigation~ Home   Society   Technology   Lifestyle",
        "I wrote this after a long week at the clinic. It is my first post here.",
        "The clinic assistant learns patience",
        "Rina Kartika",
        "~timestamp~ Updated: 4 December 2026 10:21",
        _POST,
    ]
    body, hints = _page(rows)
    texts = [b.text for b in build(body, hints).blocks]
    assert "I wrote this after a long week at the clinic. It is my first post here." in texts


# ------------------------------------------- a derived title without the speaker's label


def test_a_derived_title_leaves_out_the_first_turns_speaker_label():
    rows = [
        "HOST: Welcome back to the kitchen, where today we talk about machines that wait.",
        "GUEST: Thanks for having me. Most of our users are over seventy, and they told us "
        "the assistant kept interrupting them.",
        "HOST: How do you teach a model to wait?",
    ]
    assert (
        _title(rows) == "Welcome back to the kitchen, where today we talk about machines that wait"
    )
    assert derive_title("Q: Does the assistant remember what I told it yesterday?") == (
        "Does the assistant remember what I told it yesterday?"
    )


def test_a_label_in_mixed_case_or_too_little_after_it_stays_in_the_derived_title():
    assert derive_title("Researchers: models that apologise are trusted more.") == (
        "Researchers: models that apologise are trusted more"
    )
    assert derive_title("NOTE: short.") == "NOTE: short"


# ----------------------------------------- a later post's "Re:" subject under the title


_SUBJECT = "Чат-бот веломагазину відповідає віршами"
_THREAD = [  # a phpBB thread: each post's subject line, "Re: …" from the second post on
    "~navigation~ Головна",
    "~navigation~ Форум",
    "~account~ Вхід",
    "~navigation~ Список форумів ‹ Велосипеди ‹ Магазини",
    _SUBJECT,
    "Відповісти",
    "~navigation~ Сторінка 1 з 1",
    _SUBJECT,
    "~post-meta~ Повідомлення gorbunok » 3 грудня 2026, 18:02",
    "gorbunok",
    "~post-meta~ Учасник",
    "~counter~ Повідомлень: 318",
    "~post-meta~ Звідки: Житомир",
    "Запитав у чат-бота про ціну камери, а він закінчив відповідь так:",
    "> Крути педалі, друже мій,",
    "Це налаштування магазину чи модель сама вигадує?",
    "~post-meta~ __________________",
    "~post-meta~ Їду повільно, зате далеко.",
    "~post-actions~ Цитата",
    "Re: " + _SUBJECT,
    "~post-meta~ Повідомлення spitsa » 3 грудня 2026, 18:40",
    "spitsa",
    "~post-meta~ Досвідчений",
    "~counter~ Повідомлень: 2 907",
    "Це точно налаштування: у їхнього бота прописаний характер веселого механіка, а віршики, "
    "мабуть, його жарт.",
]


def test_a_later_posts_reply_subject_is_not_the_threads_title():
    assert _title(_THREAD) == _SUBJECT


def test_a_reply_subject_with_no_title_above_is_the_pages_title():
    rows = [
        "Re: Does the tone file belong in the main repository?",
        "Oskar Wend oskar.wend at fernhollow.example",
        "~timestamp~ Fri Dec 4 08:41:17 UTC 2026",
        "~navigation~ Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
        "I agree about the review, but not about the place, as the tone file changes every "
        "week and the code every month.",
    ]
    assert _title(rows) == "Re: Does the tone file belong in the main repository?"


# ------------------------------------- an episode's short title by its number, under the show


_EPISODE_LEAD = (
    "A conversation about assistants that wait: why a model that lets you finish your thought "
    "feels kinder than one that answers fast."
)


def test_an_episodes_two_word_title_over_its_number_row_is_the_title():
    rows = ["The Slow Kettle", "Patient machines", "~timestamp~ S2 E58 · 41 min", _EPISODE_LEAD]
    assert _title(rows) == "Patient machines"


def test_an_episodes_two_word_title_under_its_number_with_its_description_is_the_title():
    rows = ["The Slow Kettle", "Episode 58", "Patient machines", _EPISODE_LEAD]
    assert _title(rows) == "Patient machines"


def test_a_label_or_a_date_by_the_number_is_no_episodes_title():
    body = split_lines(f"The Slow Kettle\nPatient machines\nDecember 4, 2026\n{_EPISODE_LEAD}")
    assert not _over_number(body, 1, (), {})
    assert _title(["The Slow Kettle", "Episode 58", "Transcript", _EPISODE_LEAD]) != "Transcript"
    assert _title(["The Slow Kettle", "Episode 58", "Kettles", _EPISODE_LEAD]) != "Kettles"
