"""Related documents: by shared tags and by shared distinctive terms.

A document's profile is its tags and its ``PROFILE_TERMS`` most distinctive words. A word is
distinctive when it is rare in the collection (tf-idf, among words used by at least two and at
most ``RARE_SHARE`` of the documents) *and* rare in the language: a collection of four documents
cannot tell "exactly" or "kind" from "shoggoth" (each is in two of them), the language can. The
language's word frequencies come from ``wordfreq`` (Zipf scale, 40 languages): a word as
frequent as ``COMMON_ZIPF`` or more in the document's language or in English (stop words and
fillers of any supported language: "the", "und", "exactly", "fine") is never a term, and rarer
words weigh more (up to Zipf 2, below which rarity in the collection alone decides). Two
documents are related by the weighted sum of what their profiles share; candidates come from an
inverted index of profiles, rarest first, up to ``CANDIDATES`` documents, so the work per
document is bounded and the whole stays linear in the archive's size.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wordfreq import available_languages, zipf_frequency

RELATED = 5
PROFILE_TERMS = 30
RARE_SHARE = 0.2
TAG_WEIGHT = 2.0
BIG_POSTING = 500  # tags wider than this give scores but not candidates
CANDIDATES = 300  # documents scored per document, found through its rarest terms and tags first
# Zipf 4 is ten uses per million words: "justify" (4.1) and more frequent words are the
# language's ordinary stock; "prompts" (3.3), "tropes" (3.0), "shoggoth" (1.1) are not.
COMMON_ZIPF = 4.0
RAMP = 2.0
FALLBACK_LANGUAGE = "en"  # the archive's words are judged against English too

# Words of four letters or more, in any alphabet (hyphenated compounds kept whole).
_WORD = re.compile(r"(?<![\w'’])[^\W\d_](?:[^\W\d_]|-){3,}(?![\w'’])")
_LANGUAGES = frozenset(available_languages())


def words(text: str) -> list[str]:
    """Lower-case words of four letters or more, in any alphabet.

    >>> words("The Shoggoth wears a smiley-face mask; Ägypten, 2024, isn't")
    ['shoggoth', 'wears', 'smiley-face', 'mask', 'ägypten']
    """
    return [w.strip("-") for w in _WORD.findall(text.lower())]


@functools.lru_cache(maxsize=200_000)
def zipf(term: str, language: str) -> float:
    """How common ``term`` is (Zipf scale: log10 of uses per billion words) in ``language`` or in
    English, whichever is higher; 0 for a word neither knows.

    >>> zipf("exactly", "en") >= COMMON_ZIPF > zipf("shoggoth", "en")
    True
    >>> zipf("genau", "de") >= COMMON_ZIPF, zipf("genau", "und") < COMMON_ZIPF
    (True, True)
    """
    base = language.split("-")[0].lower() if isinstance(language, str) else ""
    found = zipf_frequency(term, FALLBACK_LANGUAGE)
    if base in _LANGUAGES and base != FALLBACK_LANGUAGE:
        found = max(found, zipf_frequency(term, base))
    return found


def rarity(term: str, language: str) -> float:
    """A term's weight for being rare in the language, 0 to 1: 0 for a common word, rising to 1
    for words ``RAMP`` Zipf below ``COMMON_ZIPF`` or rarer (among rare words, rarity in the
    collection decides).

    >>> rarity("kind", "en"), rarity("shoggoth", "en"), 0 < rarity("prompts", "en") < 1
    (0.0, 1.0, True)
    """
    return min(1.0, max(0.0, (COMMON_ZIPF - zipf(term, language)) / RAMP))


Mapper = Callable[[Callable, Iterable], Iterable]
PARTS = 4  # pieces of the work a mapper is given (for ``parallel_map``: two per core on two)


def profiles(
    docs: list[dict], text_of: Callable[[dict], str], mapper: Mapper = map
) -> dict[str, dict[str, float]]:
    """``{slug: {term: weight}}``: each document's most distinctive shared words, weighted by
    their rarity in the collection (idf) and in the document's language (``rarity``)."""
    counts: dict[str, tuple[tuple[str, ...], array]] = {}
    for part in mapper(functools.partial(_counts, text_of), _parts(docs)):
        counts.update(part)
    df = Counter(t for terms, _ in counts.values() for t in terms)
    n = len(docs)
    cap = max(2, int(n * RARE_SHARE))
    idf = {t: math.log(1 + n / k) for t, k in df.items() if 2 <= k <= cap}  # shared, not common
    language = {d["slug"]: str(d.get("language") or FALLBACK_LANGUAGE) for d in docs}
    # a term's rarity, once per language: at 100,000 documents ~30 million lookups
    rarity_in: dict[str, dict[str, float]] = defaultdict(dict)
    out = {}
    for slug, (terms, uses) in counts.items():
        lang = language[slug]
        known = rarity_in[lang]
        c = dict(zip(terms, uses, strict=True))
        weight = {}
        for t in terms:
            shared = idf.get(t)
            if shared is not None:
                rare = known.get(t)
                if rare is None:
                    rare = known[t] = rarity(t, lang)
                if rare > 0:
                    weight[t] = shared * rare
        scored = {t: (1 + math.log(c[t])) * w for t, w in weight.items()}
        best = sorted(scored, key=lambda t: (-scored[t], t))[:PROFILE_TERMS]
        out[slug] = {t: weight[t] for t in best}
    return out


def _counts(
    text_of: Callable[[dict], str], docs: list[dict]
) -> dict[str, tuple[tuple[str, ...], array]]:
    """Each document's words and how often it uses each, as a tuple and an array rather than a
    ``Counter``: the whole collection's are held until the collection's document frequencies
    are known, and a dict of ~500 words is ~7 times their size (issue 20: ingest's peak at
    10,000 documents was here).

    >>> _counts(lambda d: d["text"], [{"slug": "a", "text": "kettle steam kettle"}])
    {'a': (('kettle', 'steam'), array('I', [2, 1]))}
    """
    out = {}
    for d in docs:
        c = Counter(words(text_of(d)))
        out[d["slug"]] = (tuple(c), array("I", c.values()))
    return out


def _parts(items: list) -> list[list]:
    size = max(1, -(-len(items) // PARTS))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _text(doc: dict) -> str:
    return " ".join([doc.get("title", ""), *(b["text"] for b in doc.get("blocks") or [])])


def related(
    docs: list[dict],
    limit: int = RELATED,
    text_of: Callable[[dict], str] = _text,
    mapper: Mapper = map,
) -> dict[str, list[dict]]:
    """For every document, up to ``limit`` related ones, best first:
    ``{"slug", "score", "tags": shared tags, "terms": shared terms (best first)}``.
    A document's words are ``text_of(doc)`` (by default its title and ``blocks``), so a caller
    can read the text when it is needed rather than hold the whole archive's. ``mapper`` runs
    the reading and the scoring, in ``PARTS`` pieces: ``map``, or ``parallel.parallel_map``
    where the cores are free (the same result either way).

    >>> docs = [
    ...     {"slug": "a", "title": "", "tags": ["x"], "blocks": [{"text": "shoggoth tentacles"}]},
    ...     {"slug": "b", "title": "", "tags": ["x"], "blocks": [{"text": "shoggoth tentacles"}]},
    ...     {"slug": "c", "title": "", "tags": ["y"], "blocks": [{"text": "tea"}]},
    ... ]
    >>> [(r["slug"], r["tags"], r["terms"]) for r in related(docs)["a"]]
    [('b', ['x'], ['shoggoth', 'tentacles'])]
    """
    n = len(docs)
    prof = profiles(docs, text_of, mapper)
    tags = {d["slug"]: set(d.get("tags") or []) for d in docs}
    tag_df = Counter(t for ts in tags.values() for t in ts)
    tag_idf = {t: math.log(1 + n / k) for t, k in tag_df.items()}
    postings: dict[str, list[str]] = defaultdict(list)
    for slug, terms in prof.items():
        for t in terms:
            postings["w:" + t].append(slug)
    for slug, ts in tags.items():
        for t in ts:
            if tag_df[t] <= BIG_POSTING:
                postings["t:" + t].append(slug)
    index = _Index(prof, tags, tag_idf, postings, limit)
    found: dict[str, list[dict]] = {}
    for part in mapper(index.best, _parts([d["slug"] for d in docs])):
        found.update(part)
    return {d["slug"]: found[d["slug"]] for d in docs}


@dataclass(frozen=True)
class _Index:
    """What scoring a document's candidates needs of the collection (sent whole to a worker,
    so nothing twice: a profile's terms are its dict's keys, a set view)."""

    prof: dict[str, dict[str, float]]
    tags: dict[str, set[str]]
    tag_idf: dict[str, float]
    postings: dict[str, list[str]]
    limit: int

    def best(self, slugs: list[str]) -> dict[str, list[dict]]:
        """Each of ``slugs``' related documents: its candidates found through its rarest terms
        and tags first, scored, the ``limit`` best kept."""
        prof, tags, tag_idf, postings = self.prof, self.tags, self.tag_idf, self.postings
        out = {}
        for slug in slugs:
            keys = ["w:" + t for t in prof[slug]] + ["t:" + t for t in tags[slug]]
            keys.sort(key=lambda k: (len(postings.get(k, ())), k))
            candidates: set[str] = set()
            for k in keys:
                posting = postings.get(k, ())
                if candidates and len(candidates) + len(posting) > CANDIDATES + 1:
                    break
                candidates.update(posting[: CANDIDATES + 1])
            candidates.discard(slug)
            weights, my_tags = prof[slug], tags[slug]
            my_terms = weights.keys()
            weight, tag_weight = weights.__getitem__, tag_idf.__getitem__
            scored = []
            for other in candidates:
                shared_tags = my_tags & tags[other]
                shared_terms = my_terms & prof[other].keys()
                # fsum: the same total in any order (a set's order changes from run to run)
                score = math.fsum(map(weight, shared_terms))
                if shared_tags:
                    score += TAG_WEIGHT * math.fsum(map(tag_weight, shared_tags))
                if score > 0:
                    scored.append((-round(score, 3), other, shared_tags, shared_terms))
            out[slug] = [
                {
                    "slug": other,
                    "score": -negative,
                    "tags": sorted(shared_tags, key=lambda t: (-tag_idf[t], t)),
                    "terms": sorted(shared_terms, key=lambda t: (-weights[t], t))[:5],
                }
                for negative, other, shared_tags, shared_terms in heapq.nsmallest(
                    self.limit, scored, key=lambda r: (r[0], r[1])
                )
            ]
        return out
