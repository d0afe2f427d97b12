"""Title rules for kinds of page the held-out set showed the title stage did not know (issue 18,
"true titles"): a board's marks after a thread's title, a thread's state notice and a site's
membership prompt over it, a newsletter's "cannot see this email" notice, a board's menu row
decorated with symbols, a headline whose signed dateline the chrome rules removed, a README
under a file list, an app's name over a rating the chrome rules removed. Each rule has its
negative: a real headline of the same shape stays the title."""

from __future__ import annotations

from persona_archive.cleaning.model import split_lines
from persona_archive.cleaning.structure import Hints, build
from persona_archive.cleaning.structure.titles import (
    chrome_reason,
    headline,
    title_line,
    title_proper,
)
from persona_archive.cleaning.structure.titles.menus import _spaced_row

PROSE = (
    "The assistant answered every question in the same calm voice, and we wrote down each reply "
    "so that we could compare them at the end of the month."
)
JA_PROSE = "先月から同じアシスタントを使っている。答え方にはっきりした癖があることに気づいた。"
TH_PROSE = "เดือนที่แล้วผมลองให้ผู้ช่วยช่วยวางแผนปลูกผักบนระเบียง มันตอบช้า ๆ และไม่เคยรีบเร่งผมเลย"


def _title(text: str, hints: Hints | None = None) -> str:
    return build(split_lines(text), hints or Hints()).title


# ------------------------------------------------------------------ a board's marks


def test_a_boards_marks_and_post_count_after_a_thread_title_are_left_out():
    assert title_proper("猫とAIの雑談スレ その3 [転載禁止]©2ch.net (412レス)") == (
        "猫とAIの雑談スレ その3"
    )
    # the count's word lost to a bad repair: the board's mark still ends the title
    assert title_proper("猫とAIの雑談スレ その3 [転載禁止]©2ch.net (412\ufffd\ufffd)") == (
        "猫とAIの雑談スレ その3"
    )
    assert title_proper("Does your bot sulk when you correct it? (48 replies)") == (
        "Does your bot sulk when you correct it?"
    )


def test_a_copyright_or_a_count_inside_a_headline_stays():
    for text in (
        "Who owns © example.org after the sale?",
        "Top kettles (2026 edition)",
        "Ten bots (3 of them kind) tested",
    ):
        assert title_proper(text) == text


# ------------------------------------------------------------------ notices over the title


def test_a_threads_state_notice_is_not_the_title():
    for text in (
        "このスレッドは過去ログ倉庫に格納されています",
        "This thread has been archived and is read-only",
        "This topic was automatically closed 14 days after the last reply.",
        "本帖已被锁定",
        "Dieses Thema wurde geschlossen",
    ):
        assert chrome_reason(text) == "a thread's notice", text
    page = (
        "このスレッドは過去ログ倉庫に格納されています\n"
        "猫の世話をAIに相談するスレ\n1 名無しさん 2026/01/05(月) 10:00:00.00 ID:aa\n" + JA_PROSE * 2
    )
    assert _title(page) == "猫の世話をAIに相談するスレ"


def test_a_headline_about_a_thread_is_no_notice():
    for text in (
        "This thread changed how I talk to my assistant",
        "This post was written by a person, not a bot",
    ):
        assert chrome_reason(text) is None, text


def test_a_membership_prompt_is_not_the_title_and_does_not_start_the_body():
    for text in (
        "Not a member of Notepile yet? Sign up, it unlocks many handy features!",
        "Don't have an account? Sign up",
        "Noch kein Mitglied? Jetzt registrieren",
        "还不是会员？立即注册",
    ):
        assert chrome_reason(text) == "a sign-up prompt", text
    page = (
        "Notepile\nNot a member of Notepile yet? Sign up, it unlocks many handy features!\n"
        "draft: tone rules for the kitchen bot\n" + PROSE
    )
    assert _title(page) == "draft: tone rules for the kitchen bot"


def test_a_question_about_newcomers_is_a_headline():
    for text in ("New to gardening? Start with these five herbs", "Not a member yet? Why not"):
        assert chrome_reason(text) is None, text


def test_a_newsletters_cannot_see_this_email_notice_is_not_the_title():
    for text in (
        "若無法正常顯示此郵件，請點此以網頁瀏覽",
        "このメールが正しく表示されない場合はこちら",
        "메일이 잘 보이지 않으면 여기를 누르세요",
        "Kan du ikke se nyhedsbrevet? Åbn det i din browser",
        "If you can't see this email, view it online",
    ):
        assert chrome_reason(text) == "an email’s furniture", text
    page = (
        "若無法正常顯示此郵件，請點此以網頁瀏覽\n茶與貓電子報\n"
        "貓咪會不會喜歡一個說話很慢的 AI？\n" + JA_PROSE * 2
    )
    assert _title(page) == "貓咪會不會喜歡一個說話很慢的 AI？"


def test_a_headline_about_unreadable_mail_stays():
    for text in ("I can't see this email anywhere, a mystery", "無法顯示的郵件去了哪裡？"):
        assert chrome_reason(text) is None, text


# ------------------------------------------------------------------ a board's menu row


def test_a_menu_row_decorated_with_symbols_is_a_row():
    assert _spaced_row("■掲示板へ戻る■ 全部 1-100 最新50 ↓最後")
    assert chrome_reason("■掲示板へ戻る■ 全部 1-100 最新50 ↓最後") is None  # a row, not chrome
    page = "■掲示板へ戻る■ 全部 1-100 最新50 ↓最後\n猫の世話をAIに相談するスレ\n" + JA_PROSE * 2
    assert _title(page) == "猫の世話をAIに相談するスレ"


def test_a_spaced_headline_with_brackets_is_no_row():
    assert not _spaced_row("【雑談】 猫の世話をAIに相談してみたら意外と丁寧だった 件")
    assert not _spaced_row("「AI窓口」 市役所で試験導入 話し方を市民が評価")


# ------------------------------------------------------------------ a signed dateline removed


def test_a_headline_over_its_removed_signed_dateline_is_no_masthead():
    # the blog's name, its menu, a category, the headline; the dateline naming the author and a
    # view count under it were removed as chrome; the first line of prose in a script that ends
    # no sentence with a mark looks heading-like
    body = split_lines(
        "ระเบียงผัก\nหน้าแรก   บทความ   ติดต่อ\nสวนผัก\n"
        "ผู้ช่วย AI ช่วยผมปลูกผักได้จริงไหม\n\n\n" + TH_PROSE + "\n" + TH_PROSE
    )
    hints = Hints(removed=((5, "12 มกราคม 2569 · โดย สมชาย"), (6, "เข้าชม 310 ครั้ง")))
    assert title_line(body, hints) == (3, "ผู้ช่วย AI ช่วยผมปลูกผักได้จริงไหม")


def test_a_site_name_over_a_removed_date_alone_stays_a_masthead():
    body = split_lines("Kettle Notes\n\n\nWhy my kettle assistant stopped apologising\n" + PROSE)
    hints = Hints(removed=((2, "March 3, 2026"), (3, "Home")))
    assert title_line(body, hints)[1] == "Why my kettle assistant stopped apologising"


# ------------------------------------------------------------------ a README under a file list


def test_the_readme_tab_not_the_file_lists_entry_leads_to_the_heading():
    page = (
        "Folders and files\nREADME.md\nドキュメントを更新\nlast week\nLICENSE\nInitial commit\n"
        "README\nMIT license\n猫語アシスタント：ゆっくり話す設定集\n"
        "猫語アシスタントは、ゆっくりした口調で答えるアシスタントの設定ファイルです。\n" + JA_PROSE
    )
    assert _title(page) == "猫語アシスタント：ゆっくり話す設定集"


# ------------------------------------------------------------------ a rating removed


def test_an_apps_name_over_its_maker_and_a_removed_rating_is_the_title():
    body = split_lines(
        "Store\nApps   Games   Books\nPati: Kedi Günlüğü\nMırlayan Yazılım\n\n\n"
        "Puanlar ve yorumlar\nYorumlar doğrulanır ve gerçek kullanıcılardan gelir\n" + PROSE
    )
    hints = Hints(removed=((5, "4,5 star"), (6, "2 B yorum")))
    assert title_line(body, hints) == (2, "Pati: Kedi Günlüğü")


# ------------------------------------------------------------------ a letter's salutation


def test_a_salutation_under_a_newsletters_headline_keeps_the_headline():
    for greeting in ("各位讀者好：", "Dear readers:", "Liebe Leserinnen und Leser:"):
        page = f"貓咪會不會喜歡一個說話很慢的 AI？\n{greeting}\n{JA_PROSE}\n{JA_PROSE}\n"
        assert title_line(split_lines(page), Hints()) == (0, "貓咪會不會喜歡一個說話很慢的 AI？")


def test_a_label_about_readers_is_no_salutation():
    for label in ("Notes for readers:", "The readers’ verdict:"):
        page = f"How I get my assistant to argue with me\n{label}\n{PROSE}\n{PROSE}\n"
        assert title_line(split_lines(page), Hints()) is None


# ------------------------------------------------------------------ round two: more shapes


def test_a_boards_counts_set_apart_by_spaces_are_a_counter():
    assert chrome_reason("关注：12,406   贴子：388,120") == "a counter"
    assert chrome_reason("Members: 412  Online: 9") == "a counter"
    page = (
        "烘焙吧\n关注：12,406   贴子：388,120\n【求助】面包总是发不起来，AI给的建议靠谱吗\n"
        + JA_PROSE * 2
    )
    assert _title(page) == "【求助】面包总是发不起来，AI给的建议靠谱吗"


def test_a_headline_with_two_numbered_parts_is_no_counter():
    assert chrome_reason("Part 1: 3 kettles, Part 2: 4 teapots") is None


def test_a_post_header_with_a_date_and_a_clock_time_is_no_headline():
    for text in (
        "1 風吹けば名無し 2026/01/09(金) 07:41:02.18 ID:zZ9yX8wV0",
        "mara_k — 2026-01-09 07:41",
    ):
        assert headline(text) is None, text
    assert headline("What changed in the assistant on 2026-01-09") is not None
    page = (
        "←雑談板に戻る\n朝の天気をAIに聞いてる人のスレ [3レス]\n"
        "このスレッドは過去ログ倉庫に格納されています\n"
        "1 風吹けば名無し 2026/01/09(金) 07:41:02.18 ID:zZ9yX8wV0\n" + JA_PROSE * 2
    )
    assert _title(page) == "朝の天気をAIに聞いてる人のスレ"


def test_a_count_in_square_brackets_or_with_its_word_lost_is_left_out():
    assert (
        title_proper("朝の天気をAIに聞いてる人のスレ [3レス]") == "朝の天気をAIに聞いてる人のスレ"
    )
    assert title_proper("朝の天気をAIに聞いてる人のスレ (3\ufffd\ufffd)") == (
        "朝の天気をAIに聞いてる人のスレ"
    )
    assert title_proper("Ten bots [3 of them kind] tested") == "Ten bots [3 of them kind] tested"


def test_a_notice_that_a_reader_wrote_the_piece_is_not_the_title():
    for text in (
        "Artikel ini ditulis oleh warganet dan bukan produk jurnalistik redaksi.",
        "This article was written by a reader and does not reflect the views of the newsroom.",
    ):
        assert chrome_reason(text) == "a disclosure", text
    page = (
        "Suara Kampung\nArtikel ini ditulis oleh warganet dan bukan produk jurnalistik redaksi.\n"
        "Teknologi\nChatbot Puskesmas Kami Selalu Menjawab dengan Pantun\n" + PROSE
    )
    assert _title(page) == "Chatbot Puskesmas Kami Selalu Menjawab dengan Pantun"


def test_a_headline_about_a_readers_article_is_no_disclosure():
    assert chrome_reason("This article was written by a robot, and we checked every word") is None


def test_a_stores_age_rating_after_the_apps_name_is_left_out():
    page = (
        "App Store Preview\nKettle Pal – Tea Companion 12+\nBrew notes with a patient assistant\n"
        "Pekoe Labs\n4.6 • 2.1K Ratings\nFree\n" + PROSE
    )
    assert _title(page) == "Kettle Pal – Tea Companion"


def test_a_headline_ending_in_an_age_stays_whole():
    page = "Toy Notes\nBest talking toys for kids aged 4+\nMarch 3, 2026\n" + PROSE
    assert _title(page) == "Best talking toys for kids aged 4+"


def test_a_shared_files_name_is_its_title():
    page = "Paste site\nkettle_notes.txt\na guest\nMar 6th, 2026\n" + PROSE
    assert _title(page) == "kettle_notes.txt"


def test_a_file_listings_entries_are_no_title():
    page = (
        "kettle-works / teapot\nREADME.md\nUpdate the docs\npyproject.toml\nRelease 0.6\n"
        "Teapot\nA small library for calm replies.\n" + PROSE
    )
    assert _title(page) not in ("README.md", "pyproject.toml")


def test_a_readmes_heading_moved_to_the_top_stays_the_title():
    # the clean text of a repository page: its title first, the file list the chrome rules
    # left, the README tab with its badge row and text under it (a second clean keeps it)
    page = (
        "🍵 kettle-pal\n\nexamples\n\nAdd the bedtime example\n\nREADME.md\n\n"
        "Explain the tone settings\n\nREADME.md\n\nPyPI version  tests  license: MIT\n\n"
        "kettle-pal keeps notes on your tea and answers in a calm, unhurried voice.\n\n" + PROSE
    )
    assert _title(page) == "🍵 kettle-pal"


def test_a_first_line_the_readme_does_not_speak_of_is_not_its_heading():
    page = (
        "Sign in to follow this repository\n\nREADME.md\n\nPyPI version  tests  license: MIT\n\n"
        "kettle-pal keeps notes on your tea and answers in a calm, unhurried voice.\n\n" + PROSE
    )
    assert _title(page) != "Sign in to follow this repository"


# ------------------------------------------------------------------ round three


def test_a_photo_caption_over_its_credit_above_the_headline_is_passed_over():
    body = split_lines(
        "A volunteer asks the library's chatbot about the book sale on Monday.\n"
        "Photo by Lee Park / Harbor Record\n"
        "Why the library's chatbot keeps recommending the same three novels\n"
        "By Dana Ortiz\n" + PROSE
    )
    hints = Hints(removed=((2, "Photo by Lee Park / Harbor Record"),))
    body = [ln for ln in body if ln.no != 2]
    assert title_line(body, hints) == (
        1,
        "Why the library's chatbot keeps recommending the same three novels",
    )


def test_a_short_headline_in_capitals_over_its_byline_is_the_title():
    page = "Kolom Warga\nOPINI\nJALAN KAKI ITU SEHAT\nOleh Rina Wulandari\n" + PROSE
    assert _title(page) == "JALAN KAKI ITU SEHAT"


def test_a_site_name_in_capitals_of_two_words_over_a_byline_is_branding():
    page = "KETTLE TIMES\nBy Dana Ortiz\n" + PROSE
    assert _title(page) != "KETTLE TIMES"


def test_a_newsletters_name_and_issue_before_a_bar_are_left_out():
    page = "【小島電子報】第 27 期｜為什麼貓咪不理會 AI 的問候？\n文／林曉薇\n" + JA_PROSE * 2
    assert _title(page) == "為什麼貓咪不理會 AI 的問候？"
    page = "Issue 27 | Why my cat ignores the assistant's greetings\nBy Dana Ortiz\n" + PROSE
    assert _title(page) == "Why my cat ignores the assistant's greetings"


def test_a_columns_label_before_a_bar_stays():
    page = "專訪｜貓咪為什麼不理會 AI 的問候？\n文／林曉薇\n" + JA_PROSE * 2
    assert _title(page) == "專訪｜貓咪為什麼不理會 AI 的問候？"


def test_a_newsletters_preview_text_is_not_the_title():
    for text in (
        "本期重點：AI 的客套話從哪裡來，以及能不能叫它別再說了。",
        "In this issue: why assistants apologise, a reader's letter and a recipe.",
    ):
        assert chrome_reason(text) == "an email’s furniture", text
    page = (
        "In this issue: why assistants apologise, a reader's letter and a recipe.\n"
        "Kettle Letters\nWhy every assistant says sorry\nHi all,\n" + PROSE
    )
    assert _title(page) == "Why every assistant says sorry"


def test_a_chinese_greeting_under_a_headline_keeps_it():
    page = "貓咪會不會喜歡一個說話很慢的 AI？\n嗨，各位：\n" + JA_PROSE * 2
    assert title_line(split_lines(page), Hints()) == (0, "貓咪會不會喜歡一個說話很慢的 AI？")


def test_a_short_headline_in_capitals_over_the_prose_of_a_clean_text_stays_the_title():
    # the clean text of such a page: the byline went to the authors, the prose speaks of it
    page = (
        "JALAN KAKI MEMBUAT SEHAT\n\nSetiap pagi saya jalan kaki ke pasar, dan kaki saya terasa "
        "lebih sehat sejak asisten AI menyusun rute yang teduh.\n"
    )
    assert _title(page) == "JALAN KAKI MEMBUAT SEHAT"


# ------------------------------------------------------------------ round four


def test_an_archived_posts_notice_is_not_the_title():
    for text in (
        "Archived post. New comments cannot be posted and votes cannot be cast.",
        "Locked post. New comments cannot be posted.",
        "New replies are no longer allowed.",
    ):
        assert chrome_reason(text) == "a thread's notice", text
    page = (
        "r/TeaBots\nmint_kettle\nArchived post. New comments cannot be posted and votes cannot "
        "be cast.\nMy tea assistant refuses to call the teapot by its name\n" + PROSE
    )
    assert _title(page) == "My tea assistant refuses to call the teapot by its name"


def test_a_headline_about_an_archive_is_no_notice():
    assert chrome_reason("Archive of old kettles opens to the public") is None


def test_an_apps_name_over_its_maker_the_stores_notice_and_its_rating_is_the_title():
    assert chrome_reason("Contains ads • In-app purchases") == "a store's banner"
    assert chrome_reason("Reklam içerir • Uygulama içi satın alma işlemleri") == "a store's banner"
    page = (
        "Store\nApps\nKettle Pal: Tea Notes\nPekoe Labs\nContains ads • In-app purchases\n"
        "4.5★\n9.2K reviews\n" + PROSE
    )
    assert _title(page) == "Kettle Pal: Tea Notes"


def test_a_headline_over_a_deck_of_two_lines_is_no_kicker():
    page = (
        "IT뉴스랩\n뉴스   리뷰   칼럼\nAI 서비스\n"
        '"주전자가 너무 공손해요"… 가전 비서 말투 설정 기능 잇따라 등장\n'
        "사용자가 존댓말 수준과 감탄사 빈도를 직접 고른다\n"
        '업계 "한 가지 말투로는 모든 사용자를 만족시킬 수 없어"\n'
        "김하늘 기자 haneul@example.kr   입력 2026.03.05 14:20\n"
        "국내 가전 업체들이 사용자가 비서의 말투를 직접 조절하는 기능을 잇따라 내놓고 있다.\n"
        "한 업체는 존댓말의 수준과 답변 길이를 각각 선택하게 했다.\n"
    )
    assert _title(page) == '"주전자가 너무 공손해요"… 가전 비서 말투 설정 기능 잇따라 등장'


def test_a_caption_under_its_removed_credit_is_passed_over():
    body = split_lines(
        "Field Notes\nPhoto: Ana Lima for Field Notes\n"
        "A robotic weeder at work in a trial field in the early morning light\n"
        "The farm robot that apologises to the farmer\n"
        "Its makers gave it a polite voice to calm nervous users\n" + PROSE
    )
    body = [ln for ln in body if ln.no != 2]
    hints = Hints(removed=((2, "Photo: Ana Lima for Field Notes"),))
    assert title_line(body, hints) == (2, "The farm robot that apologises to the farmer")


# ------------------------------------------------------------------ round five


def test_a_breadcrumb_ending_in_the_cut_headline_does_not_start_the_body():
    page = (
        "Tin Làng\nXã hội   Kinh doanh   Sức khỏe\n"
        "Công nghệ › Trí tuệ nhân tạo › Thư viện thử trợ lý ảo trả lời bạn đọc...\n"
        'Thư viện thử trợ lý ảo trả lời bạn đọc: "Nói chuyện như thủ thư lâu năm"\n'
        "Thứ năm, 05/03/2026 - 15:45\n"
        "Một thư viện tỉnh cho bạn đọc thử trợ lý ảo trước khi mở rộng dịch vụ trong năm nay.\n"
    )
    assert (
        _title(page) == 'Thư viện thử trợ lý ảo trả lời bạn đọc: "Nói chuyện như thủ thư lâu năm"'
    )


def test_prose_with_arrows_is_still_prose():
    page = (
        "Notes\nIn our tests quality > speed > price, and the assistant agreed with that order of "
        "things every single time we asked it.\n" + PROSE
    )
    assert title_line(split_lines(page), Hints()) is None


def test_an_events_field_is_not_the_title():
    for text in (
        "Helyszín: Főépület, 12-es terem",
        "Venue: Main building, room 12",
        "地點：大禮堂",
    ):
        assert chrome_reason(text) == "an event's field", text
    assert chrome_reason("Meetup: persona design for beginners") is None


def test_a_short_title_between_its_breadcrumb_and_its_date_is_the_title():
    body = split_lines(
        "Példa Egyetem\nKezdőlap   Oktatás   Események\nKezdőlap » Események\n"
        "Gépi modor\n2026. március 12., 17:00\nHelyszín: Főépület, 12-es terem\n"
        "Az előadás azt vizsgálja, miért kérnek bocsánatot olyan gyakran a nyelvi modellek.\n"
    )
    gone = {2: "Kezdőlap   Oktatás   Események", 3: "Kezdőlap » Események", 5: "2026. március 12."}
    body = [ln for ln in body if ln.no not in gone]
    assert title_line(body, Hints(removed=tuple(gone.items())))[1] == "Gépi modor"


def test_a_short_line_under_a_breadcrumb_without_a_date_is_no_title():
    page = "Home » Events\nMachine manners\nThe lecture looks at why models apologise.\n" + PROSE
    assert title_line(split_lines(page), Hints()) != (1, "Machine manners")


def test_a_posters_name_under_the_threads_buttons_is_no_decked_headline():
    # the thread's title is too short to be heading-like; its buttons were removed as chrome;
    # the first post's author, its text and its floor line (removed) under it
    body = split_lines(
        "猫咪吧\n猫太黏人\n只看楼主   收藏   回复\n橘子汽水\n"
        "我家猫每天早上都要跟AI音箱说话，音箱也很有耐心地回答它。\n"
        "1楼   2026-03-05 20:11\n猫砂盆守护者\n哈哈，好可爱。\n"
    )
    gone = {3: "只看楼主   收藏   回复", 6: "1楼   2026-03-05 20:11"}
    rules = {3: "interface:post-actions", 6: "interface:post-meta"}
    body = [ln for ln in body if ln.no not in gone]
    hints = Hints(removed=tuple(gone.items()), removed_rules=tuple(rules.items()))
    assert title_line(body, hints) != (2, "橘子汽水")


def test_a_file_lists_readme_entry_over_another_file_moves_no_heading():
    # a code host's file list (README.md, then pyproject.toml), no README tab: the repository's
    # name at the top is no README heading, though the README's text speaks of it
    page = (
        "kettle-works/teapot-voice\nWatch\nStar\nCode\nIssues\n"
        "Small probes for checking whether a chat model keeps its stated tone\n"
        "LICENSE\nREADME.md\npyproject.toml\nteapot-voice\n"
        "This repository holds teapot-voice, a few short conversations that test a model.\n" + PROSE
    )
    assert _title(page) != "kettle-works/teapot-voice"
