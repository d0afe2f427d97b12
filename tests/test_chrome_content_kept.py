"""Content the boilerplate stage once took for chrome (issue 18, point 1: nothing that is
content is removed), by class, in several languages and scripts: a release's heading (a
version number and its date), a lone number that a line ending in a colon introduces, a key
and its count standing alone in the text ("Комментарии: 5", "评论：3"), an entry's date in a
diary, and a reply "Yes". Beside each, the chrome the same rules rightly remove still goes:
the answers under "Was this page helpful?", a key and its count next to a post's buttons or
under each post, two of them side by side in a row, footers. Last, chrome colleagues found
kept on their pages (a newsletter's "view in browser" and back link, a search box, a job
board's button), beside the same words as a heading. Every line here is written for these
tests."""

from __future__ import annotations

import pytest

from conftest import kept, marked_page

# A page is one line per line: "c " before a line of chrome, "t " before a line of the text.
PAGES = {
    # ---------------------------------------------- 1. a version number and its date is a heading
    "release-da": """
t Ændringslog
t Version 2.4 · 3. marts 2025
t Eksporten af lange samtaler virker igen.
t Version 2.3 · 14. februar 2025
t Nye genveje i redigeringsvinduet.
c Was this page helpful?
c Yes
c No
""",
    "release-de": """
t Versionshinweise
t Version 2.4 · 3. März 2025
t Der Export langer Gespräche funktioniert wieder.
t v2.3 · 14. Februar 2025
t Neue Tastenkürzel im Editor.
c War diese Seite hilfreich?
c Ja
c Nein
""",
    "release-mixed": """
t Version 3.1 — 9 de abril de 2025
t Se corrigió la búsqueda en hilos largos.
t Versione 3.0 · 2 aprile 2025
t La ricerca nei fili lunghi è di nuovo veloce.
t Версия 2.9 · 3 марта 2025
t Исправлен экспорт длинных диалогов.
c Edit this page
""",
    # ------------------------------------------- 2. a number a colon introduces is its answer
    "colon-number-en": """
t How many turns the assistant keeps in view is set per project.
t The default window, in turns:
t 12
c Was this page helpful?
c Yes
c No
c Edit this page
""",
    "colon-number-de": """
t Wie viele Runden der Assistent behält, legt jedes Projekt fest.
t Das voreingestellte Fenster, in Runden:
t 12
c War diese Seite hilfreich?
c Ja
c Nein
""",
    "colon-number-zh": """
t 助手保留的轮数由每个项目自行设定。
t 默认窗口（轮数）：
t 12
c 此页面有帮助吗？
c 编辑此页
""",
    "colon-number-ru": """
t Сколько реплик помнит ассистент, задаётся в настройках проекта.
t Окно по умолчанию, в репликах:
t 12
c Была ли эта страница полезной?
c Да
c Нет
""",
    # a count with no colon above it is still the buttons' count
    "count-under-buttons": """
t It stores facts the user asked it to remember.
c Share
c 12
""",
    # ------------------------------------------------------ 3. a key and its count in the text
    "key-count-ru": """
t Мы подвели итоги обсуждения в клубе.
t Комментарии: 5
t Голосов было меньше, чем в прошлый раз, но спор вышел живее.
""",
    "key-count-uk": """
t Ми підбили підсумки обговорення в клубі.
t Коментарі: 5
t Голосів було менше, ніж минулого разу, але суперечка була жвавіша.
""",
    "key-count-zh": """
t 我们在读书会上统计了这次讨论的结果。
t 评论：3
t 比上次少，但讨论更加热烈。
""",
    "key-count-zh-Hant": """
t 我們在讀書會上統計了這次討論的結果。
t 評論：3
t 比上次少，但討論更加熱烈。
""",
    "key-count-de": """
t Im Vereinsforum haben wir die Zahlen des Jahres gesammelt.
t Beiträge: 214
t Das sind mehr als im Jahr davor, vor allem im Herbst.
""",
    # next to a post's buttons, or under each post, the same line is chrome
    "key-count-by-buttons-ru": """
t Спасибо, этот совет мне помог.
c Комментарии: 5
c Поделиться
""",
    "key-count-by-buttons-zh": """
t 谢谢，这个办法对我有用。
c 评论：3
c 分享
""",
    "key-count-each-post-zh-Hant": """
t 小安
t 這個辦法對我有用。
c 評論：3
t 阿博
t 我也試過，效果不錯。
c 評論：3
t 小西
t 明天再試一次。
c 評論：3
""",
    # in a row with other chrome
    "key-count-in-row-zh": """
t 谢谢，这个办法对我有用。
c 阅读：120 · 评论：3
""",
    "key-count-in-row-ru": """
t Спасибо, этот совет мне помог.
c Комментарии: 5 · Поделиться
""",
    # in brackets it is a button's count, alone
    "key-count-bracket-ru": """
t Спасибо, этот совет мне помог.
c Комментарии (5)
""",
    # the same class in more languages: comments, views, reads, downloads
    "key-count-ja": """
t 読書会での議論の結果をまとめました。
t コメント：3
t 前回より少なかったものの、議論は活発でした。
""",
    "key-views-ja": """
t 先月の記事の数字を振り返ります。
t 閲覧数：120
t 思ったより多くの人が最後まで読んでくれました。
""",
    "key-views-ko": """
t 지난달 글의 숫자를 돌아봅니다.
t 조회: 120
t 생각보다 많은 사람이 끝까지 읽었습니다.
""",
    "key-comments-ar": """
t جمعنا نتائج النقاش في النادي الأسبوع الماضي.
t التعليقات: 5
t كانت أقل من المرة السابقة لكن النقاش كان أكثر حيوية.
""",
    "key-views-fa": """
t آمار نوشته‌های ماه گذشته را مرور کردیم.
t بازدید: 120
t بیشتر از آنچه فکر می‌کردیم تا آخر خواندند.
""",
    "key-views-zh-Hant": """
t 我們回顧了上個月文章的數字。
t 點閱：120
t 比預期多的人讀到了最後。
""",
    "key-views-zh": """
t 我们回顾了上个月文章的数字。
t 阅读：120
t 比预期多的人读到了最后。
""",
    "key-downloads-en": """
t Here is how the dataset did in its first month.
t Downloads: 1,204
t Most of them came from the link in the newsletter.
""",
    # next to a post's chrome, the same lines go
    "key-count-by-date-ja": """
t ありがとうございます、この方法で解決しました。
c 2025年3月4日 19:22
c コメント：3
""",
    "key-views-by-votes-ko": """
t 감사합니다, 이 방법으로 해결했어요.
c 좋아요 12
c 조회: 120
""",
    "key-comments-by-date-ar": """
t شكرا، هذه الطريقة نجحت معي.
c 4 مارس 2025
c التعليقات: 5
""",
    # two known keys with their counts side by side are a row of counters on their own
    "key-count-row-of-two-zh": """
t 谢谢，这个办法对我有用。
c 评论：3 · 回复：2
""",
    "key-count-row-of-two-ru": """
t Спасибо, этот совет мне помог.
c Комментарии: 5 · Ответы: 2
""",
    "key-count-row-of-two-ja": """
t ありがとうございます、この方法で解決しました。
c コメント：3 · 閲覧数：120
""",
    "key-count-row-of-two-ar": """
t شكرا، هذه الطريقة نجحت معي.
c التعليقات: 5 · المشاهدات: 120
""",
    "key-count-row-of-two-zh-Hant": """
t 比預期多的人讀到了最後。
c 點閱：120 · 評論：3
""",
    # a key and a word that is no count, side by side, is no row of counters
    "key-count-row-with-a-word": """
t Спасибо, этот совет мне помог.
t Комментарии: 5 · Мнения
""",
    # -------------------------------------------------------- 3. an entry's date among prose
    "diary-fa": """
t امروز صبح زود به کوه رفتیم و هوا سرد بود.
t ناهار را کنار رودخانه خوردیم و کمی استراحت کردیم.
t عصر باران گرفت و زود برگشتیم.
t ۱۴ اسفند ۱۴۰۳
t فردا دوباره همان مسیر را امتحان می‌کنیم.
""",
    "diary-fa-two": """
t امروز صبح زود به کوه رفتیم و هوا سرد بود.
t ۱۴ اسفند ۱۴۰۳
t ناهار را کنار رودخانه خوردیم و کمی استراحت کردیم.
t ۱۵ اسفند ۱۴۰۳
t عصر باران گرفت و زود برگشتیم.
""",
    # ------------------------------------------- 4. answers under "Was this page helpful?" only
    "helpful-fr": """
t L'assistant garde en mémoire ce que vous lui demandez de retenir.
c Cette page vous a-t-elle été utile ?
c Oui
c Non
""",
    "helpful-ja": """
t アシスタントは覚えるように頼まれたことを保存します。
c このページは役に立ちましたか？
c はい
c いいえ
""",
    "helpful-emoji": """
t The assistant stores what you ask it to remember.
c Was this page helpful?
c 👍 Yes
c 👎 No
""",
    # a reply "Yes" elsewhere is the text's
    "reply-yes-en": """
t Did the new setting fix the lag for you?
t Yes
t Thanks, that settles it.
""",
    "reply-yes-de": """
t Hat die neue Einstellung bei dir geholfen?
t Ja
t Danke, dann ist das geklärt.
""",
    "reply-yes-after-the-answers": """
c Was this page helpful?
c Yes
c No
t Yes
t That was the answer I gave the support team as well.
""",
    "reply-yes-helpful-button": """
t It stores facts the user asked it to remember.
c Helpful (3)
t Yes
""",
    # ------------------------------------------- chrome colleagues found kept on their pages
    "view-in-browser-da": """
c Se denne e-mail i din browser
t Hej alle sammen, her er ugens nyheder fra værkstedet.
""",
    "view-in-browser-id": """
c Lihat email ini di browser Anda
t Halo semua, ini kabar minggu ini dari bengkel kami.
""",
    "view-in-browser-zh": """
c 在浏览器中查看此邮件
t 大家好，这是本周工作室的消息。
""",
    "view-in-browser-zh-Hant": """
c 在瀏覽器中查看此郵件
t 大家好，這是本週工作室的消息。
""",
    "newsletter-back-link-ta": """
t இந்த வாரம் பட்டறையில் நடந்தவற்றைப் பற்றி எழுதுகிறேன்.
c பகிர்
c « முந்தைய இதழ்கள்
""",
    # the same words as a heading among the text stay
    "newsletter-heading-ta": """
t இந்த வாரம் பட்டறையில் நடந்தவற்றைப் பற்றி எழுதுகிறேன்.
t முந்தைய இதழ்கள்
t அவற்றில் சிலவற்றை மீண்டும் படிக்கலாம் என்று நினைக்கிறேன்.
""",
    "search-box-ta": """
c மெனு
c தேடு…
t இந்த வாரம் பட்டறையில் நடந்தவற்றைப் பற்றி எழுதுகிறேன்.
""",
    "post-a-job-da": """
t Vi søger en udvikler til vores lille team i Aarhus.
c Slå et job op
""",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_text_stays_and_the_chrome_goes(name: str) -> None:
    page, text = marked_page(PAGES[name])
    assert kept(*page) == text


@pytest.mark.parametrize("date", ["۱۴ اسفند ۱۴۰۳", "3. marts 2025", "3 March 2025"])
def test_an_articles_date_under_its_headline_still_goes(date: str) -> None:
    """One date under a headline is the article's furniture, in Persian as in any language."""
    headline = "A winter walk along the ridge, and what the rain changed"
    prose = "We set out before dawn and reached the pass by noon, tired but pleased."
    assert kept(headline, date, prose) == [headline, prose]


def test_a_wikis_see_also_heading_stays_and_a_news_pages_goes() -> None:
    """The Polish "Zobacz też" ("See also") is a wiki article's heading over its own links
    as often as a news page's label over other stories: alone among the text it stays, beside
    other chrome it goes."""
    prose = "Pojęcie osobowości modelu opisuje stałe cechy jego odpowiedzi w wielu rozmowach."
    wiki = [prose, "Zobacz też", "Model językowy", "Etyka sztucznej inteligencji"]
    assert kept(*wiki) == wiki
    news = [prose, "Zobacz też", "Czytaj także", "Udostępnij"]
    assert "Zobacz też" not in kept(*news)
