#!/usr/bin/env python3
"""A deterministic synthetic archive: N raw sources with realistic damage, and their catalog.

    python scripts/synth.py --count 1000 --out /tmp/synth-sources [--seed 7] [--words 1200]

Every source is ~``--words`` words of prose over a Zipf-distributed vocabulary (a core of real
words from the archive's subject, so tagging has evidence, plus tens of thousands of generated
words, so the search index grows like a real one), with curly quotes, dashes and emoji, and the
damage the cleaner handles, chosen per document by a seeded RNG:

- mojibake: UTF-8 decoded as cp1252 (lossless, ``it’s`` -> ``itâ€™s``), and as ISO-8859-7 or
  cp874 with the bytes those codecs do not define, and the C1 controls, dropped (lossy);
- duplicates: a paragraph, or a run of paragraphs, repeated later in the page;
- site chrome: the taglines and category clouds of the sites in ``profiles.yml``, share and
  navigation lines, comment counters, reaction rows (``🤣12😂10👍2``).

``catalog.yml`` carries what an archivist would know (most documents: title, kind, authors, site,
URL, dates; some: nothing). The same ``--seed``, ``--count`` and ``--words`` give byte-identical
files, so benchmark runs compare like with like. ``touch_one`` changes one source (for the
"one source changed" re-ingest measurement).
"""

from __future__ import annotations

import argparse
import hashlib
import random
from pathlib import Path

import yaml


def _words(text: str) -> list[str]:
    return text.split()


CORE = _words(
    "model character personality alignment assistant persona autonomy agency welfare conscious "
    "experience training values behaviour conversation prompt user developer researchers claims "
    "language models system identity honesty helpful harmless refusal reasoning memory context "
    "evaluation benchmark sycophancy deception interpretability constitution preference reward "
    "policy simulator simulacra mask roleplay emotions feelings suffering preferences goals "
    "instructions jailbreak safety oversight corrigibility trust relationship companionship"
)
FUNCTION = _words(
    "the of and to a in that is it for as with was on be this by not are but or have from at "
    "they which one you we all an their there been has more if when can what so no would about "
    "into than them only other its some could these may then do first any our like also"
)
TOPICAL = [
    "Claude 3 Opus",
    "ChatGPT",
    "Bing Chat",
    "Sydney",
    "RLHF",
    "model welfare",
    "personality alignment",
    "the shoggoth with a smiley face mask",
    "moral patienthood",
    "reinforcement learning",
    "AI autonomy",
]
SITES = [
    # (site name, host, kind, chrome lines at the top of the page)
    (
        "Mark Carrigan's blog",
        "markcarrigan.net",
        "blog-post",
        ["Raiding the inarticulate since 2010", "CLOUD"],
    ),
    ("LessWrong", "lesswrong.com", "forum-thread", []),
    ("Substack", "example.substack.com", "blog-post", ["Subscribe", "Share"]),
    ("Audioscrape", "audioscrape.com", "podcast-transcript", []),
    ("X", "x.com", "social-thread", []),
    ("The Gradient", "thegradient.pub", "article", ["Skip to content", "Menu"]),
]
CLOUD_WORDS = _words(
    "accelerated academy agency AI archive automation big data blogging capitalism ChatGPT "
    "claude craft creativity data science digital sociology elites generative AI higher education "
    "labour LLMs platforms post-truth psychoanalysis public sociology publishing reflexivity "
    "scholarship social media social theory sociology technology theory"
)
SHARE = ["Share this:", "Click to share on Twitter", "Like this:", "Related", "Leave a comment"]
EMOJI = ["🤣", "😂", "👍", "❤️", "🔥", "🤔", "😢", "🙏"]
TYPOGRAPHY = ["’", "“", "—", "é", "🤣", "👍"]  # what damaged pages lose
AUTHORS = [f"{a} {b}" for a in ("Ada", "Ben", "Chen", "Dara", "Eli", "Fiora", "Gus", "Hana",
                                 "Ivo", "Jun", "Kai", "Lena", "Mark", "Nia", "Omar", "Pia")
           for b in ("Starlight", "Carrigan", "Okafor", "Lindqvist", "Moreau", "Tanaka",
                     "Novak", "Reyes", "Haddad", "Kowalski", "Singh", "Brennan")]  # fmt: skip
ONSETS = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st",
          "tr", "pl", "gr", "sh", "ch", "th", "qu", "fl"]  # fmt: skip
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"]
CODAS = ["", "", "n", "r", "s", "l", "m", "nt", "st", "x"]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    """``size`` distinct pronounceable pseudo-words, in a fixed order (rank = Zipf rank)."""
    words: list[str] = []
    seen = set(CORE) | set(FUNCTION)
    while len(words) < size:
        word = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
            for _ in range(rng.choice((1, 2, 2, 2, 3)))
        )
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Writer:
    """Prose over a Zipf-distributed vocabulary, deterministic for a given RNG."""

    def __init__(self, rng: random.Random, vocab_size: int = 40_000):
        self.rng = rng
        self.vocab = vocabulary(vocab_size, rng)
        self.weights = [1 / (rank + 10) for rank in range(len(self.vocab))]
        self.cum = list(_accumulate(self.weights))

    def word(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return self.rng.choice(FUNCTION)
        if r < 0.55:
            return self.rng.choice(CORE)
        return self.rng.choices(self.vocab, cum_weights=self.cum)[0]

    def sentence(self) -> str:
        n = self.rng.randint(8, 24)
        words = [self.word() for _ in range(n)]
        roll = self.rng.random()
        if roll < 0.08:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(TOPICAL))
        elif roll < 0.16:
            i = self.rng.randrange(len(words))
            words[i] = f"{words[i]}’s"
        elif roll < 0.22:
            i = self.rng.randrange(1, len(words))
            words[i] = f"— {words[i]}"
        elif roll < 0.28:
            i = self.rng.randrange(len(words) - 1)
            words[i], words[i + 1] = f"“{words[i]}", f"{words[i + 1]}”"
        elif roll < 0.31:
            words.append(self.rng.choice(EMOJI[:3]))
        text = " ".join(words)
        return text[0].upper() + text[1:] + self.rng.choice(".....?!")

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))


def _accumulate(values: list[float]):
    total = 0.0
    for v in values:
        total += v
        yield total


# --- damage ------------------------------------------------------------------------------------


def mojibake(text: str, codec: str) -> str:
    """``text``'s UTF-8 bytes read as ``codec``; bytes it does not define and C1 controls are
    dropped (what scrapers did), except for cp1252 which is kept lossless."""
    out = []
    for line in text.split("\n"):
        data = line.encode("utf-8")
        if codec == "cp1252":
            # lossless only where every byte is defined: damage the line only then
            try:
                out.append(data.decode("cp1252"))
            except UnicodeDecodeError:
                out.append(line)
            continue
        chars = data.decode(codec, errors="ignore")
        out.append("".join(c for c in chars if not 0x80 <= ord(c) <= 0x9F))
    return "\n".join(out)


def reaction_row(rng: random.Random) -> str:
    picks = rng.sample(EMOJI[:4], rng.randint(2, 4))
    return "".join(f"{e}{rng.randint(1, 40)}" for e in picks)


def document(i: int, seed: int, words: int, writer: Writer) -> tuple[str, dict, str]:
    """(raw text, catalog entry, damage label) of source number ``i``."""
    rng = random.Random(f"{seed}:{i}")
    writer.rng = rng
    site, host, kind, chrome = SITES[i % len(SITES)]
    title = " ".join(writer.word() for _ in range(rng.randint(4, 9))).capitalize()
    title = f"{title} {rng.choice(['on', 'and', 'versus'])} {rng.choice(TOPICAL)}"
    paragraphs: list[str] = []
    n = 0
    while n < words:
        p = writer.paragraph()
        n += len(p.split())
        paragraphs.append(p)
    if kind == "podcast-transcript":
        paragraphs = [f"{rng.choice(AUTHORS).split()[0]}: {p}" for p in paragraphs]
    damage = []
    # duplicates: one paragraph, or a run of 2-3, repeated later (a scrape artefact)
    roll = rng.random()
    if roll < 0.2 and len(paragraphs) > 4:
        j = rng.randrange(len(paragraphs) - 1)
        paragraphs.insert(rng.randrange(j + 1, len(paragraphs)), paragraphs[j])
        damage.append("duplicate")
    elif roll < 0.3 and len(paragraphs) > 8:
        j = rng.randrange(len(paragraphs) - 4)
        run = paragraphs[j : j + rng.randint(2, 3)]
        k = rng.randrange(j + len(run), len(paragraphs))
        paragraphs[k:k] = run
        damage.append("duplicate-run")
    lines = [title, ""]
    for line in chrome:
        lines += [" ".join(rng.sample(CLOUD_WORDS, 30)) if line == "CLOUD" else line, ""]
    for j, p in enumerate(paragraphs):
        lines += [p, ""]
        if kind != "podcast-transcript" and j and j % 7 == 0 and rng.random() < 0.3:
            lines += [f"{rng.choice(AUTHORS)}", ""]  # a byline-like short line
    if rng.random() < 0.5:
        lines += [rng.choice(SHARE), "", rng.choice(SHARE[1:]), ""]
    if rng.random() < 0.3:
        lines += [reaction_row(rng), ""]
        damage.append("reactions")
    text = "\n".join(lines)
    roll = rng.random()
    if roll < 0.12:
        text, codec = mojibake(text, "cp1252"), "cp1252"
    elif roll < 0.18:
        text, codec = mojibake(text, "iso8859_7"), "iso8859_7"
    elif roll < 0.21:
        text, codec = mojibake(text, "cp874"), "cp874"
    else:
        codec = None
    if codec:
        damage.append(f"mojibake-{codec}")
    entry: dict = {}
    if rng.random() < 0.85:
        entry = {"title": title, "kind": kind, "site": site}
        if rng.random() < 0.8:
            entry["authors"] = sorted(rng.sample(AUTHORS, rng.choice((1, 1, 1, 2))))
        entry["url"] = f"https://{host}/p/{i}"
        if rng.random() < 0.6:
            entry["published"] = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-01"
    entry["archived"] = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"
    return text, entry, "+".join(damage) or "clean"


def source_name(i: int, seed: int) -> str:
    return f"{i:05d}_{hashlib.sha256(f'{seed}:{i}'.encode()).hexdigest()[:16]}.txt"


def generate(out: Path, count: int, *, seed: int = 7, words: int = 1200) -> dict[str, int]:
    """Write ``count`` sources and ``catalog.yml`` into ``out``; return counts by damage."""
    out.mkdir(parents=True, exist_ok=True)
    writer = Writer(random.Random(seed))
    catalog: dict[str, dict] = {}
    damage: dict[str, int] = {}
    for i in range(1, count + 1):
        text, entry, label = document(i, seed, words, writer)
        name = source_name(i, seed)
        path = out / name
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        catalog[name] = entry
        for part in label.split("+"):
            damage[part] = damage.get(part, 0) + 1
    header = "# Synthetic catalog written by scripts/synth.py (deterministic).\n"
    body = yaml.safe_dump({"sources": catalog}, allow_unicode=True, sort_keys=True, width=1000)
    (out / "catalog.yml").write_text(header + body, encoding="utf-8")
    return damage


def touch_one(out: Path, i: int = 1, seed: int = 7) -> Path:
    """Change one source (append a paragraph), as an archivist fixing a file would."""
    path = out / source_name(i, seed)
    path.write_bytes(path.read_bytes() + b"\nA sentence added later to exactly one source.\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", required=True, help="directory for the sources and catalog.yml")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, default=1200, help="words per document (about)")
    args = parser.parse_args(argv)
    damage = generate(Path(args.out), args.count, seed=args.seed, words=args.words)
    print(f"synth: {args.count} sources in {args.out}: " + ", ".join(
        f"{k} {v}" for k, v in sorted(damage.items())))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
