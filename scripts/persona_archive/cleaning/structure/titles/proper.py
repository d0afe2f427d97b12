"""A title without what a site prints beside it: a status tag ("[SOLVED]"), an issue's
number, the linked page's domain, a label ("Title:"), a read count, a board's marks and post
count, a thread-type or prefix badge.

A forum or a tracker glues these to the title the poster wrote; the archive's title is the
poster's, so they are taken off, and only when what is left is still a headline.
"""

from __future__ import annotations

import re

from persona_archive.cleaning.structure.titles.measure import _long_enough

# A status tag a forum prints with a thread's title, in brackets ("[SOLVED]", "(Resolved)") or
# before a colon ("Sticky:"): the thread's state, which changes over its life, not its title.
_STATUS_WORDS = (
    r"solved|resolved|fixed|closed|answered|done|duplicate|wip|outdated|"
    r"résolu|resolu|fermé|gelöst|geloest|erledigt|resuelto|solucionado|cerrado|risolto|chiuso|"
    r"resolvido|fechado|opgelost|löst|løst|rozwiązane|rozwiązany|решено|решён|решен|закрыто|"
    r"已解决|已解決|解決済み|解決済|해결"
)
_STATUS_TAG = re.compile(
    r"^(?:sticky|pinned|locked|moved|solved|resolved|closed|épinglé|angepinnt|fijado)\s*:\s*(?=\S)"
    rf"|^\s*[\[(【]\s*(?:{_STATUS_WORDS})\s*[\])】]\s*[:\-–—]?\s*"
    rf"|\s*[:\-–—]?\s*[\[(【]\s*(?:{_STATUS_WORDS})\s*[\])】]\s*$",
    re.IGNORECASE,
)
# An issue tracker's number after an issue's title ("… is a list #214", "… (#214)"): the
# issue's identifier, which the tracker shows beside its title, not in it.
_ISSUE_NUMBER = re.compile(r"\s+(?:#\d{2,}|\(#\d+\)|!\d{2,})$")
# A label before a title ("Title: …", "Tema: …", "Betreff: …") and a read count after a
# topic's title ("(Read 412 times)", "(Leído 412 veces)"): the page's furniture.
_TITLE_LABEL = re.compile(
    r"^(?:title|subject|topic|thread|titel|thema|betreff|titre|sujet|objet|título|titulo|tema|asunto"
    r"|assunto|tópico|topico|téma|titolo|oggetto|argomento|onderwerp|ämne|rubrik|tytuł|temat|název|konu|başlık"
    r"|название|тема|标题|標題|主题|主題|件名|タイトル|제목)\s*[:：]\s*(?=\S)"
    # a board's header in a script without spaces labels its fields with a space only ("標題 …")
    r"|^(?:标题|標題|主题|主題|件名|제목)\s+(?=\S)",
    re.IGNORECASE,
)
_READ_COUNT = re.compile(
    r"\s*\((?:(?:read|viewed|leído|leido|gelesen|lu|letto|lido|gelezen|läst|przeczytany)\s+)?"
    r"[\d.,\s]+\s*(?:times|views|veces|mal|fois|volte|vezes|keer|gånger|razy|visite"
    r"|visualizaciones|aufrufe|vues|просмотр\w*)\)$"
    # any language: a word, a count of two digits or more, a word ("(Olvasva 1532 alkalommal)")
    r"|\s*\([^\W\d_]+\s+\d[\d.,\s]*\d\s+[^\W\d_]+\)$",
    re.IGNORECASE,
)
# A board's marks after a thread's title: its no-reprint tag and copyright with the board's
# domain ("[無断転載禁止]©5ch.net") and what follows it in parentheses, and the count of posts in
# the thread ("(6レス)", "(312 replies)", "(48 odpowiedzi)"). The board prints them beside every
# thread's title; the poster did not write them.
_BOARD_MARK = re.compile(
    r"\s*(?:\[[^\[\]]{1,16}\]\s*)?©\s*[\w-]+(?:\.[\w-]+)+\s*(?:\([^()]{1,16}\))?$"
)
_POST_COUNT = re.compile(
    r"\s*[(\[]\s*\d[\d.,]*\s*(?:レス|res|replies|posts|comments|messages|antworten|beiträge"
    r"|réponses|respuestas|risposte|respostas|reacties|svar|odpowiedzi|ответ\w*|сообщени\w*"
    r"|yanıt|cevap|hozzászólás|válasz|komentar|balasan|trả\s+lời|bình\s+luận|回复|回覆|回帖|則回應"
    r"|댓글|답글"
    # the count's word lost to a repair, honestly marked ("(6��)"): the count all the same
    r"|\ufffd{1,4})\s*[)\]]$",
    re.IGNORECASE,
)
# The domain of a linked page after a link aggregator's title ("… (github.com/wrenlab)").
_LINK_DOMAIN = re.compile(r"\s+\((?:[\w-]+\.)+[a-z][\w-]+(?:/[\w.~/-]*)?\)$", re.IGNORECASE)
# A forum's thread prefix or a site's kind of post, printed as a badge before the title and
# glued to it in a scrape ("Discussion Should apps talk like a person?", "Journal Faire
# tourner…"): a label, not the title's first word.
_THREAD_PREFIX = re.compile(
    r"^(?:discussion|question|journal|help|guide|tutorial|announcement|poll|request|solved"
    r"|resolved|showcase|meta|diskussion|frage|hilfe|anleitung|umfrage|débat|aide|sondage"
    r"|tutoriel|dépêche|discusión|pregunta|ayuda|discussione|domanda|aiuto|discussão|dúvida"
    r"|ajuda|fråga|diskussion|hjälp|vraag|discussie|pytanie|dyskusja|вопрос|обсуждение)\s+"
    r"(?=\S)",
    re.IGNORECASE,
)


# A board's thread type, printed in square brackets before a thread's title ("[讨论]",
# "[Question]", "[질문]"): the board's filing of the thread, not its title. A tag in lenticular
# brackets ("【雑談】…") is one the poster typed into the title (a Japanese board's custom):
# it stays.
_THREAD_TYPE = re.compile(
    r"^\s*\[\s*(?:discussion|question|help|share|sharing|guide|tutorial|announcement|poll"
    r"|request|showcase|idea|news|review|diskussion|frage|hilfe|débat|aide|discusión|pregunta"
    r"|ayuda|discussione|domanda|aiuto|dúvida|ajuda|pytanie|dyskusja|dotaz|diskuze|kérdés"
    r"|soru|tartışma|yardım|вопрос|обсуждение|питання|обговорення|讨论|討論|求助|分享|原创|原創"
    r"|转载|轉載|提问|提問|问题|問題|公告|闲聊|閒聊|教程|心得|新闻|新聞|问答|問答|经验|經驗|资讯"
    r"|資訊|情報|質問|雑談|相談|議論|お知らせ|질문|토론|정보|잡담|공지|후기|سؤال|نقاش|پرسش|שאלה"
    r"|問卦|爆卦|請益|新聞|閒聊|協尋|心得"
    r"|דיון|प्रश्न|चर्चा)\s*\]\s*[:：\-–—]?\s*",
    re.IGNORECASE,
)


def title_proper(text: str) -> str:
    """A headline without what a site prints beside a title: a status tag ("[SOLVED]"), an
    issue's number ("#214"), the linked page's domain ("(github.com/wrenlab)"), a label ("Title:",
    "Tema:") and a read count ("(Leído 412 veces)"), a thread-prefix badge glued to the title
    ("Discussion Should…").
    A badge is taken off only when it is capitalised and what follows is a title in sentence
    case (a capital, then lowercase words): in a title in title case ("Question Everything You
    Know") or in a phrase ("Help wanted") the word is the title's.

    >>> title_proper("[SOLVED] Persona resets after every update")
    'Persona resets after every update'
    >>> title_proper("Persona score drops to zero on lists #214")
    'Persona score drops to zero on lists'
    >>> title_proper("Discussion Should hive apps talk to you like a person?")
    'Should hive apps talk to you like a person?'
    >>> [title_proper(t) for t in ("Question Everything You Knew", "Help wanted at the bakery")]
    ['Question Everything You Knew', 'Help wanted at the bakery']
    >>> title_proper("Why we ranked this kettle #1")
    'Why we ranked this kettle #1'
    >>> title_proper("AIの口調を語るスレ Part2 [無断転載禁止]©5ch.net (6レス)")
    'AIの口調を語るスレ Part2'
    """
    proper = _THREAD_TYPE.sub("", _STATUS_TAG.sub("", _TITLE_LABEL.sub("", text))).strip()
    proper = _LINK_DOMAIN.sub("", _ISSUE_NUMBER.sub("", _READ_COUNT.sub("", proper))).strip()
    proper = _BOARD_MARK.sub("", _POST_COUNT.sub("", proper)).strip()
    proper = _TITLE_LABEL.sub("", proper)
    m = _THREAD_PREFIX.match(proper)
    if m and proper[0].isupper() and _sentence_case(proper[m.end() :]):
        proper = proper[m.end() :]
    if _long_enough(proper):
        return proper
    return site_marked(text) or text


# A file's type in parentheses after a download's name ("Source code (tar.gz)", "Slides
# (pdf.zip)"): the shape of a domain, not one.
_FILE_TYPE = re.compile(
    r"\.(?:gz|zip|xz|bz2|tgz|7z|rar|tar|pdf|txt|md|py|js|ts|json|ya?ml|toml|csv|png|jpe?g|gif"
    r"|svg|webp|mp3|mp4|wav|exe|deb|rpm|dmg|msi|apk|whl|docx?|xlsx?|pptx?|epub)\)$",
    re.IGNORECASE,
)


def site_marked(text: str) -> str | None:
    """What is left of a title when a mark its site glues to its end is taken off (an issue's
    number, the linked page's domain, old Reddit's "(self.<board>)", a board's marks and post
    count), else None: the title however short ("persona.yaml ignored", "Sycophancy"), as the
    site prints the mark beside a thread's title only. One word left before an issue's number
    is a label ("Issue #58", "Episode #12"), no title.

    >>> site_marked("Gerald update (self.CompanionBots)"), site_marked("persona.yaml ignored #212")
    ('Gerald update', 'persona.yaml ignored')
    >>> site_marked("Sycophancy (kettleworks.dev)"), site_marked("Issue #58")
    ('Sycophancy', None)
    >>> site_marked("Top kettles (2026 edition)"), site_marked("Kettle #1")
    (None, None)
    >>> site_marked("Source code (tar.gz)")
    """
    text = text.strip()
    if _FILE_TYPE.search(text):
        return None  # a download's file type ("Source code (tar.gz)"), no linked page's domain
    numbered = _ISSUE_NUMBER.sub("", text).strip()
    proper = _LINK_DOMAIN.sub("", numbered).strip()
    proper = _BOARD_MARK.sub("", _POST_COUNT.sub("", proper)).strip()
    if proper == text or not any(ch.isalpha() for ch in proper):
        return None
    if numbered != text and len(proper.split()) < 2:
        return None
    return proper


def _sentence_case(text: str) -> bool:
    """A title in sentence case: a capital first, then three or more words, most of them
    lowercase (names aside: at most a third capitalised)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if len(words) < 4 or not words[0][0].isupper():
        return False
    capitals = sum(w[0].isupper() for w in words[1:])
    return 3 * capitals <= len(words) - 1
