"""Search in every script: which languages the lunr index is built for, and Chinese word breaks.

lunr splits text at its separator (spaces, punctuation) and stems English words; Material's
search worker loads lunr-languages for every language listed in the index's ``config.lang``
(stemmer, stop words and trimmer per language; TinySegmenter for Japanese, wordcut for Thai).
An archive that holds Russian or Thai documents must list those languages, or a Russian word
is never stemmed and a Thai sentence is one token that no query matches. Chinese has no
segmenter in the browser: Material breaks Chinese text into words at build time with jieba,
joined by U+200B, which the separator in mkdocs.yml splits at; the archive's own entries get
the same treatment (``segment``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import jieba

jieba.setLogLevel(logging.WARNING)  # it announces building its dictionary on every build

WORD_BREAK = "\u200b"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@cache
def lunr_languages() -> frozenset[str]:
    """The languages Material's search worker can load (its ``lunr.<code>.min.js`` files), and
    English, which lunr has built in.

    >>> {"en", "ru", "th", "zh"} <= lunr_languages()
    True
    """
    import material

    folder = Path(material.__file__).parent / "templates/assets/javascripts/lunr/min"
    codes = {p.name.split(".")[1] for p in folder.glob("lunr.*.min.js")}
    return frozenset(codes - {"multi", "stemmer"} | {"en"})


def index_languages(configured: Iterable[str], documents: Iterable[str | None]) -> list[str]:
    """The index's languages: those mkdocs.yml gives (Material's default is the site's), then
    each language of the archive's documents that lunr-languages supports, by its primary
    subtag ("zh-Hant" is "zh"), in alphabetical order. An undetermined or unsupported language
    adds nothing (its words are still split at spaces and punctuation).

    >>> index_languages(["en"], ["ru", "zh-Hant", None, "und", "en", "el", "xx"])
    ['en', 'el', 'ru', 'zh']
    """
    chosen = list(dict.fromkeys(configured))
    supported = lunr_languages()
    found = {(code or "").split("-")[0].lower() for code in documents}
    chosen += sorted(code for code in found if code in supported and code not in chosen)
    return chosen


def segment(text: str) -> str:
    """Chinese characters broken into words with ``WORD_BREAK`` between them, as Material does
    for its own pages; other text unchanged.

    >>> segment("AI 聊天机器人更受信任") == "AI 聊天\\u200b机器人\\u200b更受\\u200b信任"
    True
    >>> segment("No Chinese here.")
    'No Chinese here.'
    """
    return _HAN.sub(lambda m: WORD_BREAK.join(jieba.cut(m.group(0))), text)
