"""Bylines in any language: the line under a headline that only names its authors ("Av Annika
Berg", "de Andrei Popescu", "Автор: Ольга Смирнова", "מאת רונית אלון", "文／王小明").

English bylines are read anywhere in the first lines (``titles.credits._byline_authors``); in
other languages the lead words are short and common ("de", "di", "par", "от"), so a line is read
as a byline only where a byline stands: right under the title the structure pass chose. The
names must look like names: in a script with capitals every word of a name is capitalised
(particles aside) and a name has two words or more (one, a blog's handle, after a lead of two
words: "Publicado por Marisol"); in a script without capitals a name is one to four words and
short. Anything else on the line but a trailing date or role after a separator makes it prose,
which stays.
"""

from __future__ import annotations

import re
import unicodedata

# the words a byline opens with, lower case; a colon, slash or bar may follow
LEADS = (
    "by", "written by", "posted by", "words by", "text by",
    "von", "text", "autor", "autorin", "verfasst von",
    "par", "auteur", "autrice", "rédigé par", "publié par", "texte",
    "por", "autora", "escrito por", "publicado por", "texto",
    "di", "da", "autore", "scritto da", "testo",
    "door", "tekst",
    "av", "af", "skrevet af", "skrevet av", "skriven av", "skrivet av",
    "kirjoittanut", "teksti",
    "przez", "napisał", "napisała", "tekst",
    "napsal", "napsala", "napísal", "napísala",
    "de", "scris de",
    "írta", "szerző",
    "автор", "авторка", "от", "від", "текст",
    "του", "της", "από", "συντάκτης",
    "yazan", "yazar",
    "oleh", "penulis",
    "tác giả", "bởi",
    "بقلم", "كتبه", "كتبته", "نویسنده", "به قلم",
    "מאת", "כתב", "כתבה",
    "लेखक",
    "作者", "文", "筆者", "著者", "记者", "記者",
    "작성자", "글",
    "โดย", "ผู้เขียน",
)  # fmt: skip

_LEAD = re.compile(
    r"^(?P<lead>" + "|".join(sorted(map(re.escape, set(LEADS)), key=len, reverse=True)) + r")"
    r"(?:\s*[:：／/|]\s*|\s+)(?P<names>.+)$",
    re.IGNORECASE,
)
# A blog theme's dated byline: "Posted on 4 March 2026 by ana", "Publié le 4 mars 2026 par
# Anne Roux" - the lead, a date (a figure in it), then the author's lead word and the names.
_DATED_LEADS = (
    "posted on", "published on", "posted", "published",
    "veröffentlicht am", "veröffentlicht", "publié le", "publié", "publicado el", "publicado em",
    "publicado", "pubblicato il", "pubblicato", "geplaatst op", "gepubliceerd op",
    "opublikowano", "publicerad", "publicerat", "publiceret", "publisert", "julkaistu",
    "опубликовано", "publikováno", "publikované", "yayınlandı", "diterbitkan", "đăng ngày",
)  # fmt: skip
_DATED = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, _DATED_LEADS), key=len, reverse=True)) + r")"
    r"\s+(?P<date>\S(?:.{0,38}\S)?)\s+(?:by|von|par|por|da|di|door|przez|av|af|от|tarafından"
    r"|oleh|bởi)\s+(?P<names>.+)$",
    re.IGNORECASE,
)
# the date of a dated byline holds a year or a day and month in figures ("4.3.", "03/04")
_DATE_FIGURES = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}")
# the one name a dated byline may give in lower case: the blog's login ("gardenbench")
_LOGIN = re.compile(r"^[^\W\d_][\w.-]{1,29}$")
# what may close the line after the names: a date, a role, a place ("· 3 mars 2026")
_TAIL = re.compile(r"\s+[·|–—-]\s+.{1,60}$|\s*[,，]\s*\d.{0,40}$")
_JOINERS = re.compile(
    r"\s*(?:[,，、،&]|\s(?:and|und|et|y|e|i|a|en|och|og|ja|és|și|şi|и|і|και|ve|dan|và|و|ו)\s"
    r"|[和与と및])\s*"
)
_PARTICLES = frozenset({
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ten", "ter",
    "dos", "das", "del", "della", "ibn",
})  # fmt: skip
_CASELESS_MAX_CHARS = 24


def _cased(text: str) -> bool:
    return any(ch.lower() != ch.upper() for ch in text)


def _name_word(word: str) -> bool:
    """Letters (with their combining marks: Thai vowels, niqqud) and a name's . ' -"""
    return word[0].isalpha() and all(
        ch.isalnum() or ch in "'’.-" or unicodedata.category(ch).startswith("M") for ch in word
    )


def _name(text: str) -> bool:
    words = text.split()
    if not words or not all(map(_name_word, words)):
        return False
    if _cased(text):
        named = [w for w in words if w.lower() not in _PARTICLES]
        return 2 <= len(words) <= 5 and len(named) >= 2 and all(w[0].isupper() for w in named)
    return len(words) <= 4 and len(text) <= _CASELESS_MAX_CHARS


def byline_names(text: str) -> list[str] | None:
    """The authors a byline line names, or None when the line is not only a byline.

    >>> byline_names("Av Annika Berg")
    ['Annika Berg']
    >>> byline_names("de Andrei Popescu și Ioana Marin")
    ['Andrei Popescu', 'Ioana Marin']
    >>> byline_names("Автор: Ольга Смирнова и Иван Петров · 3 марта 2026")
    ['Ольга Смирнова', 'Иван Петров']
    >>> byline_names("文／王小明")
    ['王小明']
    >>> [byline_names(t) for t in ("Par exemple, il pleut.", "Von Kopf bis Fuß", "De acordo")]
    [None, None, None]
    >>> byline_names("Publicado por Marisol"), byline_names("de Marisol"), byline_names("By Jaén")
    (['Marisol'], None, None)
    >>> byline_names("Posted on March 4, 2026 by gardenbench")
    ['gardenbench']
    >>> byline_names("Publié le 4 mars 2026 par Anne Roux et Paul Vidal")
    ['Anne Roux', 'Paul Vidal']
    >>> [byline_names(t) for t in ("Posted on Monday by the lake.", "Posted on 2 forums by ida")]
    [None, None]
    """
    text = " ".join(text.split())
    dated = _DATED.match(text)
    if dated and _DATE_FIGURES.search(dated.group("date")):
        names = [n.strip() for n in _JOINERS.split(dated.group("names")) if n and n.strip()]
        if names and (all(map(_name, names)) or (len(names) == 1 and _LOGIN.match(names[0]))):
            return names
        return None
    m = _LEAD.match(text)
    if not m:
        return None
    names_text = _TAIL.sub("", m.group("names")).strip()
    names = [n.strip() for n in _JOINERS.split(names_text) if n and n.strip()]
    if len(names) == 1 and len(m.group("lead").split()) >= 2 and _handle(names[0]):
        return names  # "Publicado por Marisol": a lead of two words names a blog's author so
    if not names or not all(_name(n) for n in names):
        return None
    return names


def _handle(text: str) -> bool:
    """One capitalised word, the name a blog's author goes by ("Marisol", "Tomás").

    >>> [_handle(t) for t in ("Marisol", "marisol", "Marisol Vega")]
    [True, False, False]
    """
    return " " not in text and _name_word(text) and text[0].isupper() and _cased(text)
