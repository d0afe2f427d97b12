"""Who made it: bylines (in English anywhere at the top, in any language through
``bylines.byline_names``), a post header's author field, a byline split over two lines, a lead
photo's credit, a person's name on a line of its own.

A headline has its byline under it and is never a byline itself; a photo's credit makes the line
beside it a caption. One test (``_is_byline_line``) serves every place the title stage asks.
"""

from __future__ import annotations

import re

from persona_archive.cleaning.model import Line
from persona_archive.cleaning.structure.bylines import byline_names
from persona_archive.cleaning.structure.text import _words
from persona_archive.cleaning.structure.titles.dates import _is_date_line

_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|bin|al)\s+"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+(?:{_PARTICLE})*[A-Z][\w'’.-]*){{0,3}}"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|posted\s+by|words\s+by)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*$"
)


def _byline_authors(text: str) -> list[str] | None:
    """Author names of a byline line ("By Jane Doe and John Roe"), else None.

    >>> _byline_authors("By Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> _byline_authors("By the way, this is prose.") is None
    True
    """
    m = _BYLINE.match(text)
    if not m:
        return None
    names = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)) if p.strip()]
    if not names or any(not n[0].isupper() or len(_words(n)) < 2 for n in names):
        return None  # "by the way" and the like: the name pattern is case-insensitive here
    return names


# A post header's author field ("作者 lanfeng (藍風)", "Author: Ida", "Автор: Ида"): metadata.
_AUTHOR_LABEL = re.compile(
    r"^(?:(?:author|autor|auteur|autore|автор|szerző|yazar|written\s+by|posted\s+by)\s*[:：]"
    r"|(?:作者|發信人|发信人|著者|筆者|작성자|글쓴이)\s*[:：]?)\s*\S.{0,60}$",
    re.IGNORECASE,
)


# A lead photo's credit line ("Photo: Ana Lima for Field and Circuit", "Photo by … on Unsplash",
# "Foto: dpa", "© Reuters"): the figure's furniture, and the line beside it is its caption.
_CREDIT = re.compile(
    r"^\W*(?:(?:photo(?:graph)?|image|picture|illustration|foto|bild|imagen|immagine|imagem"
    r"|crédit\s+photo|credit|crédito|quelle|fonte|source|фото)s?(?:\s+(?:by|credit|de|di|von))?"
    r"\s*[:©]|(?:photo|image|picture|illustration)\s+by\b|©\s*\w)",
    re.IGNORECASE,
)
# A byline split over two lines ("News provided by" / "Kestrel Learning Ltd", "Issue created 2
# weeks ago by" / "Juno Achterberg"): the first ends with the preposition, the second is a name.
_BY_END = re.compile(r"\s(?:by|von|par|por|di|da|door|av|af|przez|от)\s*:?$", re.IGNORECASE)


def _beside_figure_or_byline(body: list[Line], i: int) -> bool:
    """Whether a heading-like line is a figure's caption (a photo credit just above or below
    it) or the name of a byline split over two lines (the line above ends with "by")."""
    above = body[i - 1].text.strip() if i > 0 else ""
    below = body[i + 1].text.strip() if i + 1 < len(body) else ""
    return bool(_CREDIT.match(above) or _CREDIT.match(below) or _BY_END.search(above))


def _name_like(text: str) -> bool:
    """A person's name on a line of its own: two or three capitalised words of letters.

    >>> [_name_like(t) for t in ("Ada Brook", "Columns", "IT 이야기", "Machine learning")]
    [True, False, False, False]
    """
    words = text.split()
    return 2 <= len(words) <= 3 and all(
        w[0].isupper() and w[1:].replace("-", "").replace("’", "").isalpha() and w[1:].islower()
        for w in words
    )


# A byline in the languages the archive meets, with the name in capitals ("Av Annika Berg",
# "Par Élodie Marchand", "di Marco Bellini"): the preposition in any case, then two to four
# capitalised words, and at most a short tail (", Stockholm", "| 5 min"). A headline that
# opens with the same word ("Von der Leyen …", "By the sea") has a word in lowercase.
_SIGNED = re.compile(
    r"^(?i:by|von|par|por|di|door|av|af|przez|от|автор:?|de)\s+"
    r"(?:[^\W\d_a-zà-öø-ÿа-я][\w'’.-]*\s+){1,3}[^\W\d_a-zà-öø-ÿа-я][\w'’.-]*"
    r"(?:\s*[,·|–-]\s*.{0,40})?$"
)


# A reporter's byline in Korean, Chinese and Japanese: the name and the word for reporter or
# correspondent after it ("김하늘 기자", "김하늘 기자 sky@example.kr", "王小明 记者",
# "山田太郎記者"), or the word first ("记者 王小明", "記者／王小明").
_REPORTER = re.compile(
    r"^(?:[\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,4})\s*(?:기자|특파원|선임기자|객원기자|记者|記者"
    r"|特派员|特派員|通讯员|通訊員)(?:\s*[=·]?\s*\S+@\S+)?$"
    r"|^(?:记者|記者|特派员|特派員)\s*[／/:：]?\s*[\u4e00-\u9fff]{2,4}$"
)


def _is_byline_line(text: str) -> bool:
    """A byline ("By Jane Doe", "by Odile Brannock", "Por Ana Souza, de Campinas", "de Andrei
    Popescu", "Автор: Ольга Смирнова", "文／王小明"): a headline has one under it, a site's
    masthead does not, and a byline is no headline itself. One test for every place the title
    stage asks: English bylines, the shapes with a trailing date or place, and
    ``bylines.byline_names`` in any language; a reporter's in Korean, Chinese, Japanese.

    >>> [_is_byline_line(t) for t in ("김하늘 기자", "记者 王小明", "山田太郎記者", "기자의 하루")]
    [True, True, True, False]
    """
    return bool(
        _byline_authors(text)
        or _REPORTER.match(text.strip())
        or _BYLINE_START.match(text)
        or _SIGNED.match(text)
        or byline_names(text)
        or _signed_date(text)
    )


_NAME_DATE_SEPARATOR = re.compile(r"\s*[,·|]\s*|\s+[–—-]\s+")


def _signed_date(text: str) -> bool:
    """An author's name and the date, set apart ("Ada Lindgren, March 2026", "Ines Walcott ·
    3 March 2026"): a plain-text essay's or a letter's signature under its title.

    >>> _signed_date("Ada Lindgren, March 2026"), _signed_date("Bees, March 2026")
    (True, False)
    """
    parts = _NAME_DATE_SEPARATOR.split(text.strip(), maxsplit=1)
    return len(parts) == 2 and _name_like(parts[0]) and _is_date_line(parts[1])


# the lead word in any case, the names capitalised (a global IGNORECASE made "Von der Leyen
# spricht über Chatbots im Amt" a byline)
_BYLINE_START = re.compile(
    r"^(?i:by|von|par|por|di|door|av|af|przez|от|автор:?)\s+[A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w'’.-]+"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w'’.-]+)+(?:\s*[,·|–-].{0,60})?$"
)
