#!/usr/bin/env python3
"""Score the cleaner against the fidelity corpus (``tests/fidelity``): a scorecard per set.

    python scripts/bench_fidelity.py [--set dev|heldout|all] [--json FILE] [--documents]

Every document of the corpus is a page as a scraper saved it (``<name>.raw.txt``), the clean text
a perfect cleaner gives (``<name>.expected.txt``: one paragraph per line, title left out) and its
labels (``<name>.meta.yml``: site, kind, language, title, the chrome lines, the damaged words);
tests/fidelity/README.md describes the format. Each raw document goes through the whole pipeline
as ingest runs it, with no catalog entry (``pipeline.process`` on the decoded bytes: the same
stages ``pipeline.clean_text`` runs), and the record's title and blocks are compared with the
expected text. The editorial post labels the archive supplies ("Reply 1") are left out of the
comparison. Texts are compared after NFC and with runs of whitespace made one space.

Sentences are split by one rule for every script: a sentence ends at ``.``, ``!``, ``?`` or
``…`` (with any closing quotes or brackets, and a French `` »`` after a space) followed by
whitespace, or at ``。``, ``！``, ``？`` (with any closing quotes) whatever follows; a paragraph
with Thai letters, which has no sentence punctuation, is one sentence (a line of the expected
text). The Greek question mark ``;`` is not
a boundary (it is also the ASCII semicolon): Greek sentences ending in one run on to the next.
Pieces without a letter ("1.", "—") are not sentences, but a
paragraph without a letter that is not only punctuation (a reply "48 213" or "🫡") is one.

The measures (each summed over the documents of a group, then given as a percentage):

- **sentences kept**: sentences of the expected text that are in the output (title or body),
  exactly, as a substring of the output text. A sentence that was damaged counts as kept only
  if it was restored to the exact characters. In brackets, how many of the others are
  **missing**: not in the output even with lost characters shown as U+FFFD (a sentence whose
  damage was honestly marked is there; a missing one was removed, cut or garbled).
- **chrome removed**: chrome lines of the raw (site furniture: menus, share buttons, votes,
  dates, reaction rows) that are no longer in the output. A chrome line is left when it occurs
  in the output (as a run of whole words, its damaged or repaired form) more often than in the
  expected text; longer chrome lines are counted first, so "Share" inside a left "Share this:"
  is not counted twice.
- **non-ASCII preserved**: non-ASCII characters of the expected text (title included) that are
  in the output at their place: each expected paragraph is aligned with the output block that
  matches it best (and its neighbours, for merged or split paragraphs), and only characters in
  matching runs count. Repairs count here too: a restored ``é`` is a preserved ``é``.
- **damaged: restored / marked / wrong**: the damaged words of the raw (mojibake: UTF-8 decoded
  with a wrong codec), each ``[damaged, correct]`` pair of the meta. Restored: the correct word
  is in the output (as many times as in the expected text; a line the output kept as the raw
  page wrote it, beyond what the expected text holds — chrome, a byline, a title line, a scrape
  copy — is not counted: its words are the raw page's). Marked: it is there
  with lost characters shown as U+FFFD (every other character right): an honest mark. Wrong:
  neither: garbage left, a wrong repair, or the word dropped.
- **titles exact**: the record's title equals the expected title (documents whose page has no
  title, such as social threads, are not counted).
- **duplicates left**: sentences of the expected text, title included (12 characters or more),
  that occur more often in the output (less the chrome counted as left: a breadcrumb holding the
  title is chrome, not a duplicate) than in the expected text: scrape duplicates the cleaner
  left, or a title line left in the body as well; ``of N`` is the number of such sentences in
  the raw's duplicate lines.
- **kind detected**: the record's kind equals the archive kind a perfect cleaner would give.
- **paragraphs merged**: paragraphs of the expected text (12 characters or more, not part of
  another) that share an output block with another one, less one a block: lines of their own
  (a name, a list item, a row, the next paragraph) joined into one. A transcript's one-sentence
  lines re-flowed into paragraphs (the change log's ``reflow``) are the archive's choice and are
  not counted.

The tables are printed per set, for all documents and per language and per kind; ``--json``
writes every figure and, per document, what was lost, left or wrong. ``--documents`` prints that
list too. The held-out set is meant to be scored only at the end of a session.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import yaml

from persona_archive import paths
from persona_archive.cleaning import decoding, pipeline
from persona_archive.cleaning.catalog import Entry
from persona_archive.cleaning.model import POST, QUOTE
from persona_archive.page import LOST

CORPUS = paths.ROOT / "tests" / "fidelity"
SETS = ("dev", "heldout")
MIN_DUPLICATE_CHARS = 12

_THAI = re.compile("[\u0e00-\u0e7f]")
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?: »)?(?=\s)|[。！？]+[」』”’）)]*")
_OPTIONAL = "\ufe0f\u200d"  # a variation selector or joiner a marked emoji may lose


@dataclass
class Document:
    set: str
    name: str
    raw_path: Path
    expected: str
    meta: dict

    @property
    def id(self) -> str:
        return f"{self.set}/{self.name}"

    @property
    def raw(self) -> str:
        return self.raw_path.read_text(encoding="utf-8")


@dataclass
class Cleaned:
    """What the pipeline gave for one document: its title, kind and body blocks."""

    title: str
    kind: str
    blocks: list[tuple[str, str]]  # (block kind, text)
    title_line: bool = True  # the title was a line of the source (not derived from the body)
    reflowed: frozenset[str] = frozenset()  # blocks re-flowed from one-sentence lines

    @property
    def units(self) -> list[str]:
        """The title and the body's texts as the page shows them (a quotation with its ``>``
        marks, as the expected text writes it), the archive's post labels left out. A title
        derived from the body is left out too, as in ``plain_text``: the body still holds it,
        and it is no copy of a line of the page."""
        body = [_as_shown(kind, text) for kind, text in self.blocks if kind != POST]
        return [self.title, *body] if self.title_line else body


@dataclass
class Score:
    """One document's counts (see the module docstring) and what went wrong, for the report."""

    sentences: int = 0
    kept: int = 0
    chrome: int = 0
    chrome_left: int = 0
    non_ascii: int = 0
    non_ascii_kept: int = 0
    damaged: int = 0
    restored: int = 0
    marked: int = 0
    wrong: int = 0
    titles: int = 0
    titles_exact: int = 0
    duplicates_raw: int = 0
    duplicates_left: int = 0
    kinds: int = 0
    kinds_exact: int = 0
    merged: int = 0
    missing: int = 0
    lost: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    wrong_words: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)  # [got, expected] when not exact
    kind: list[str] = field(default_factory=list)

    COUNTS = (
        "sentences", "kept", "chrome", "chrome_left", "non_ascii", "non_ascii_kept", "damaged",
        "restored", "marked", "wrong", "titles", "titles_exact", "duplicates_raw",
        "duplicates_left", "kinds", "kinds_exact", "merged", "missing",
    )  # fmt: skip

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in self.COUNTS}


# --- the corpus ----------------------------------------------------------------------------


def load(
    which: str = "all", corpus: Path = CORPUS, exclude: tuple[str, ...] = ()
) -> list[Document]:
    """The documents of one set (``dev``, ``heldout``) or of ``all``, in name order, but for
    those whose name starts with one of ``exclude`` (a blind batch kept unseen while rules are
    written)."""
    docs = []
    for name in SETS if which == "all" else (which,):
        for raw in sorted((corpus / name).glob("*.raw.txt")):
            stem = raw.name.removesuffix(".raw.txt")
            if stem.startswith(exclude):
                continue
            expected = raw.with_name(f"{stem}.expected.txt").read_text(encoding="utf-8")
            meta = yaml.safe_load(raw.with_name(f"{stem}.meta.yml").read_text(encoding="utf-8"))
            docs.append(Document(name, stem, raw, expected, meta))
    return docs


# --- running the cleaner -------------------------------------------------------------------


@functools.cache
def _settings() -> pipeline.Settings:
    return pipeline.load_settings(paths.TAXONOMY, paths.PROFILES)


def clean_uncached(name: str, data: bytes) -> Cleaned:
    """The pipeline on one raw document, as ingest runs it without a catalog entry."""
    record = pipeline.process(name, decoding.decode(data), "", Entry(), _settings())
    title_line = any(c.stage == "structure" and c.rule == "title" for c in record.changes)
    blocks = [(b.kind, b.text) for b in record.blocks]
    reflowed = frozenset(c.after for c in record.changes if c.rule == "reflow")
    return Cleaned(record.title, record.kind, blocks, title_line, reflowed)


@functools.cache
def _clean_cached(name: str, data: bytes) -> Cleaned:
    return clean_uncached(name, data)


def clean(doc: Document) -> Cleaned:
    """The pipeline's result for a document (computed once per process)."""
    return _clean_cached(doc.raw_path.name, doc.raw_path.read_bytes())


def plain_text(cleaned: Cleaned) -> str:
    """A cleaned document as plain text - the clean output, to feed to the cleaner again: its
    title line (unless the title was derived from the body, which still holds it), then its
    paragraphs, blank-line separated; the archive's post labels are left out."""
    return "\n\n".join(u for u in cleaned.units if u.strip()) + "\n"


def _as_shown(kind: str, text: str) -> str:
    """A block's text as its page shows it: a quotation marked with ``>`` on each line, as
    the scrape marked it (without the mark the cleaner cannot see it is one).

    >>> _as_shown(QUOTE, "vague questions\\nget vague answers")
    '> vague questions\\n> get vague answers'
    """
    if kind != QUOTE or not text.strip():
        return text
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.split("\n"))


# --- text helpers --------------------------------------------------------------------------


def norm(text: str | None) -> str:
    """NFC, runs of whitespace made one space, ends trimmed.

    >>> norm("  a\\u00a0 b\\n c ")
    'a b c'
    """
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, by the rule of the module docstring.

    >>> sentences("It works. Does it? “Yes.” Fine")
    ['It works.', 'Does it?', '“Yes.”', 'Fine']
    >>> sentences("模型很好。但是不完美！对吗？")
    ['模型很好。', '但是不完美！', '对吗？']
    >>> sentences("1. First point. 2. Second")
    ['First point.', 'Second']
    >>> sentences("แชตบอตที่ยอมรับว่าไม่รู้ น่าเชื่อถือกว่า")
    ['แชตบอตที่ยอมรับว่าไม่รู้ น่าเชื่อถือกว่า']
    """
    text = norm(paragraph)
    if not text:
        return []
    if _THAI.search(text):
        return [text]
    out, start = [], 0
    for m in _END.finditer(text):
        out.append(text[start : m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    kept = [s for s in out if any(c.isalpha() for c in s)]
    if not kept and any(
        not c.isspace() and not unicodedata.category(c).startswith("P") for c in text
    ):
        return [text]  # a paragraph of numbers or emoji only (a reply "48 213", "🫡"): one unit
    return kept


def _words_re(text: str) -> re.Pattern:
    """``text`` as a run of whole words (no word character right before or after it)."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


def _blank(text: str, pattern: re.Pattern, count: int) -> str:
    """``text`` with ``count`` matches of ``pattern`` blanked, those that are a whole line first
    (a chrome line's text may also stand inside a sentence above it: the line is the chrome)."""
    whole = re.compile(rf"(?m)^(?:{pattern.pattern})$")
    text, done = whole.subn("\0", text, count=count)
    return pattern.sub("\0", text, count=count - done) if count > done else text


def _token_re(body: str) -> re.Pattern:
    """A whitespace-delimited token."""
    return re.compile(rf"(?<!\S){body}(?!\S)")


def _marked_re(correct: str, token: bool = True) -> re.Pattern:
    """``correct`` with any non-ASCII character possibly shown as U+FFFD (a whitespace-delimited
    token, unless not ``token``).

    >>> bool(_marked_re("it’s").fullmatch("it\\ufffds"))
    True
    >>> bool(_marked_re("A café.", token=False).search("xA caf\\ufffd.y"))
    True
    """
    parts = []
    for c in correct:
        if ord(c) < 128:
            parts.append(re.escape(c))
        else:
            parts.append(f"(?:{re.escape(c)}|{LOST})" + ("?" if c in _OPTIONAL else ""))
    return _token_re("".join(parts)) if token else re.compile("".join(parts))


_MARKED_TOKEN = _token_re(f"\\S*{LOST}\\S*")


def _marked_run(token: str, correct: str) -> bool:
    """``token`` is ``correct`` with runs of its non-ASCII characters each shown as one or more
    U+FFFD, every other character right: a reading that dropped bytes (a double-byte code page
    such as EUC-KR, or a run cut short) cannot tell how many characters it lost, and one mark
    for several is as honest as one per character.

    >>> _marked_run("\ufffd.", "탔습니다."), _marked_run("\ufffd다.", "탔습니다.")
    (True, True)
    >>> _marked_run("\ufffd", "ab"), _marked_run("x\ufffd", "탔습")
    (False, False)
    """
    # k marks in a row stand for k non-ASCII characters or more: one quantifier for the run
    # (a quantifier per mark backtracks exponentially on a long run of marks)
    body = "".join(
        f"[^\\x00-\\x7f]{{{len(run)},}}" if run[0] == LOST else re.escape(run)
        for run in (m.group(0) for m in re.finditer(f"{LOST}+|[^{LOST}]+", token))
    )
    return re.fullmatch(body, correct) is not None


def _take_marked(pool: list[str], correct: str, most: int) -> int:
    """How many marked tokens of ``pool`` show ``correct`` (``_marked_run``), up to ``most``;
    each is taken out of the pool, so one mark is credited to one damaged word only.

    >>> pool = ["\ufffd.", "\ufffd."]
    >>> _take_marked(pool, "탔습니다.", 5), _take_marked(pool, "같네요.", 5)
    (2, 0)
    """
    found = 0
    for i in range(len(pool) - 1, -1, -1):
        if found < most and _marked_run(pool[i], correct):
            del pool[i]
            found += 1
    return found


def _aligned_non_ascii(paragraph: str, units: list[str]) -> int:
    """How many of the paragraph's non-ASCII characters match the output's best-matching
    block (with its neighbours)."""
    if not units:
        return 0
    ranked = sorted(
        range(len(units)),
        key=lambda i: SequenceMatcher(None, paragraph, units[i], autojunk=False).quick_ratio(),
        reverse=True,
    )[:3]
    best = max(
        ranked, key=lambda i: SequenceMatcher(None, paragraph, units[i], autojunk=False).ratio()
    )
    window = " ".join(units[max(0, best - 1) : best + 2])
    matcher = SequenceMatcher(None, paragraph, window, autojunk=False)
    return sum(
        sum(ord(c) > 127 for c in paragraph[a : a + size])
        for a, _, size in matcher.get_matching_blocks()
    )


# --- scoring -------------------------------------------------------------------------------


def score(doc: Document, cleaned: Cleaned) -> Score:
    """Compare one document's cleaned output with its expected text and labels."""
    s = Score()
    meta = doc.meta
    title = norm(meta.get("title")) or None
    paragraphs = [norm(p) for p in doc.expected.splitlines() if p.strip()]
    units = [norm(u) for u in cleaned.units if norm(u)]
    out = " ".join(units)  # sentences may run across the output's paragraphs
    lines = "\n".join(units)  # chrome lines may not
    expected = "\n".join(([title] if title else []) + paragraphs)

    # sentences
    wanted = [x for p in paragraphs for x in sentences(p)]
    s.sentences = len(wanted)
    s.lost = [x for x in wanted if x not in out]
    s.kept = s.sentences - len(s.lost)
    s.missing = sum(not _marked_re(x, token=False).search(out) for x in s.lost)

    # chrome: longest first, each counted occurrence blanked so shorter ones do not count it
    chrome = meta.get("chrome") or []
    s.chrome = len(chrome)
    groups = Counter(
        tuple(dict.fromkeys(norm(t) for t in (c["text"], c.get("repaired")) if norm(t)))
        for c in chrome
    )
    out_work, exp_work = lines, expected
    unchromed = lines  # the output less the chrome left in it, for duplicates
    # for damage, less every line the output kept as the raw page wrote it beyond what the
    # expected text holds (chrome, a byline, a title line, a scrape copy): a correct word there
    # is the raw page's, no repair
    raw_lines = Counter(norm(line) for line in doc.raw.splitlines())
    wanted_lines = Counter(([title] if title else []) + paragraphs)
    seen: Counter = Counter()
    kept = []
    for unit in units:
        kept.append("\0" if raw_lines[unit] and seen[unit] >= wanted_lines[unit] else unit)
        seen[unit] += 1
    repaired = "\n".join(kept)
    for variants, n in sorted(groups.items(), key=lambda kv: -max(len(v) for v in kv[0])):
        extra = 0
        for v in variants:
            pattern = _words_re(v)
            more = len(pattern.findall(out_work)) - len(pattern.findall(exp_work))
            if more > 0:
                unchromed = _blank(unchromed, pattern, min(n, more))
            extra = max(extra, more)
            out_work, exp_work = pattern.sub("\0", out_work), pattern.sub("\0", exp_work)
        left = min(n, max(0, extra))
        s.chrome_left += left
        s.left += [variants[0]] * left
    # a metadata line left in the output (a quote's header naming the thread's title) is neither
    # kept nor removed in the score: no copy of a sentence either
    for m in meta.get("metadata_lines") or []:
        for v in dict.fromkeys(norm(t) for t in (m["text"], m.get("repaired")) if norm(t)):
            unchromed = _blank(unchromed, _words_re(v), 1)

    # non-ASCII characters
    for p in ([title] if title else []) + paragraphs:
        count = sum(ord(c) > 127 for c in p)
        if not count:
            continue
        s.non_ascii += count
        s.non_ascii_kept += count if p in out else _aligned_non_ascii(p, units)

    # damaged words
    pool = [m.group(0) for m in _MARKED_TOKEN.finditer(repaired)]
    for correct, n in Counter(norm(c) for _, c in meta.get("damaged") or []).items():
        pattern = _token_re(re.escape(correct))
        have = len(pattern.findall(repaired))
        missing = min(n, max(0, len(pattern.findall(expected)) - have))
        marked = sum(LOST in m.group(0) for m in _marked_re(correct).finditer(repaired))
        if marked < missing:
            marked = max(marked, _take_marked(pool, correct, missing))
        marked = min(missing, marked)
        s.damaged += n
        s.restored += n - missing
        s.marked += marked
        s.wrong += missing - marked
        s.wrong_words += [correct] * (missing - marked)

    # title, duplicates, kind
    if title:
        s.titles = 1
        s.titles_exact = int(norm(cleaned.title) == title)
        if not s.titles_exact:
            s.title = [norm(cleaned.title), title]
    s.duplicates_raw = sum(
        sum(len(x) >= MIN_DUPLICATE_CHARS for x in sentences(d.get("repaired") or d["text"]))
        for d in meta.get("duplicate_lines") or []
    )
    long_ones = {x for p in ([title] if title else []) + paragraphs for x in sentences(p)}
    for x in long_ones:
        if len(x) >= MIN_DUPLICATE_CHARS:
            s.duplicates_left += max(0, unchromed.count(x) - expected.count(x))
    s.kinds = 1
    s.kinds_exact = int(cleaned.kind == meta.get("archive_kind"))
    if not s.kinds_exact:
        s.kind = [cleaned.kind, meta.get("archive_kind")]
    s.merged = _merged(paragraphs, cleaned)
    return s


def _merged(paragraphs: list[str], cleaned: Cleaned) -> int:
    """Expected paragraphs joined to another in one output block (see the module docstring)."""
    whole = [p for p in dict.fromkeys(paragraphs) if len(p) >= MIN_DUPLICATE_CHARS]
    alone = [p for p in whole if not any(p != q and p in q for q in whole)]
    reflowed = {norm(text) for text in cleaned.reflowed}
    merged = 0
    for kind, text in cleaned.blocks:
        block = norm(_as_shown(kind, text))
        if kind == POST or block in reflowed:
            continue
        merged += max(0, sum(p in block for p in alone) - 1)
    return merged


def _pct(part: int, whole: int) -> float | None:
    return None if not whole else round(100 * part / whole, 1)


def figures(scores: list[Score]) -> dict:
    """The group's summed counts and its percentages."""
    total = Counter()
    for s in scores:
        total.update(s.counts())
    t = dict(total)
    return {
        "documents": len(scores),
        "counts": {k: t.get(k, 0) for k in Score.COUNTS},
        "sentences_kept_pct": _pct(t.get("kept", 0), t.get("sentences", 0)),
        "chrome_removed_pct": _pct(
            t.get("chrome", 0) - t.get("chrome_left", 0), t.get("chrome", 0)
        ),
        "non_ascii_preserved_pct": _pct(t.get("non_ascii_kept", 0), t.get("non_ascii", 0)),
        "damaged_restored_pct": _pct(t.get("restored", 0), t.get("damaged", 0)),
        "damaged_marked_pct": _pct(t.get("marked", 0), t.get("damaged", 0)),
        "damaged_wrong_pct": _pct(t.get("wrong", 0), t.get("damaged", 0)),
        "titles_exact_pct": _pct(t.get("titles_exact", 0), t.get("titles", 0)),
        "duplicates_left": t.get("duplicates_left", 0),
        "kinds_detected_pct": _pct(t.get("kinds_exact", 0), t.get("kinds", 0)),
        "paragraphs_merged": t.get("merged", 0),
    }


def scorecard(which: str = "dev", corpus: Path = CORPUS, exclude: tuple[str, ...] = ()) -> dict:
    """Every document of the set(s) cleaned and scored: figures per set, per language, per
    kind, and each document's details."""
    report: dict = {"sets": {}}
    for name in SETS if which == "all" else (which,):
        docs = load(name, corpus, exclude)
        scored = [(d, score(d, clean(d))) for d in docs]
        groups: dict[str, list[Score]] = {"all": [s for _, s in scored]}
        for key in ("language", "kind"):
            for value in sorted({d.meta[key] for d in docs}):
                groups[f"{key}: {value}"] = [s for d, s in scored if d.meta[key] == value]
        report["sets"][name] = {
            "groups": {g: figures(ss) for g, ss in groups.items()},
            "documents": {
                d.name: {
                    "site": d.meta["site"],
                    "kind": d.meta["kind"],
                    "language": d.meta["language"],
                    **s.counts(),
                    "lost_sentences": s.lost,
                    "chrome_left": s.left,
                    "damaged_wrong": s.wrong_words,
                    "title_got_expected": s.title,
                    "kind_got_expected": s.kind,
                }
                for d, s in scored
            },
        }
    return report


# --- the table -----------------------------------------------------------------------------


def _p(x: float | None) -> str:
    return "–" if x is None else f"{x:.1f}%"


def table(name: str, result: dict) -> str:
    """The Markdown table of one set: one row per group (all, languages, kinds)."""
    head = (
        "| group | documents | sentences kept (missing) | chrome removed | non-ASCII preserved | "
        "damaged: restored / marked / wrong | titles exact | duplicates left | kind detected | "
        "paragraphs merged |"
    )
    sep = "|---|" + "---:|" * 9
    rows = []
    for group, f in result["groups"].items():
        c = f["counts"]
        damaged = (
            "–"
            if not c["damaged"]
            else f"{c['restored']} / {c['marked']} / {c['wrong']} of {c['damaged']}"
        )
        rows.append(
            f"| {group} | {f['documents']} | {_p(f['sentences_kept_pct'])} ({c['missing']}) | "
            f"{_p(f['chrome_removed_pct'])} | {_p(f['non_ascii_preserved_pct'])} | {damaged} | "
            f"{_p(f['titles_exact_pct'])} | {c['duplicates_left']} of {c['duplicates_raw']} | "
            f"{_p(f['kinds_detected_pct'])} | {c['merged']} |"
        )
    return f"Set: {name}\n\n{head}\n{sep}\n" + "\n".join(rows) + "\n"


def details(name: str, result: dict) -> str:
    """What went wrong, document by document."""
    lines = [f"Set: {name}, per document"]
    for doc, d in result["documents"].items():
        problems = []
        for key, label in (
            ("lost_sentences", "lost"),
            ("chrome_left", "chrome left"),
            ("damaged_wrong", "damaged, wrong"),
        ):
            for item in d[key]:
                problems.append(f"    {label}: {item[:100]!r}")
        if d["title_got_expected"]:
            got, want = d["title_got_expected"]
            problems.append(f"    title: {got[:80]!r} (expected {want[:80]!r})")
        if d["duplicates_left"]:
            problems.append(f"    duplicates left: {d['duplicates_left']}")
        if d["merged"]:
            problems.append(f"    paragraphs merged: {d['merged']}")
        if problems:
            lines.append(f"  {doc}")
            lines += problems
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="dev", choices=["dev", "heldout", "all"])
    parser.add_argument("--json", help="write every figure and each document's details here")
    parser.add_argument("--documents", action="store_true", help="list each document's problems")
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="PREFIX",
        help="leave out documents whose name starts with PREFIX (repeatable): a blind batch",
    )
    args = parser.parse_args(argv)
    report = scorecard(args.set, exclude=tuple(args.exclude))
    for name, result in report["sets"].items():
        print(table(name, result))
        if args.documents:
            print(details(name, result))
    if args.json:
        text = json.dumps(report, indent=1, ensure_ascii=False) + "\n"
        Path(args.json).write_text(text, encoding="utf-8")
        print(f"bench_fidelity: results in {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
