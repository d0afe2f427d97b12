"""Measure how the cleaner's time grows on pathological page shapes.

    python scripts/bench_shapes.py [--size 40000] [--shape NAME ...]

A page of one long word, of thousands of one-letter lines, of a label over a value repeated
without end: scraped text takes every shape, and a rule that searches from every position or
pairs every line with every other is quadratic on some of them (a 300 kB word once took 17
minutes to clean because an address pattern was tried from each of its letters). For each shape
the page is cleaned at ``size`` and at four times ``size`` characters; the printed growth is the
second time over the first, beside the same growth for ordinary prose measured in the same run
(the baseline). Linear code grows about 4×, quadratic about 16×: a shape whose growth is over
twice the baseline's is flagged, and the exit status is 1 if any is.
"""

from __future__ import annotations

import argparse
import sys
import time

from persona_archive import paths
from persona_archive.cleaning import decoding
from persona_archive.cleaning.catalog import Entry
from persona_archive.cleaning.pipeline import load_settings, process

# a shape: the page of about ``n`` characters
SHAPES = {
    "prose (baseline)": lambda n: (
        "The assistant keeps its character across a long conversation, and says so. " * (n // 76)
    ),
    "one long word": lambda n: "x" * n,
    "one-letter lines": lambda n: "\n".join("abcdefghij" * (n // 20)),
    "markdown markers": lambda n: "\n".join(
        ["#", ">", "-", "*", "1.", "---", "|", "```"] * (n // 16)
    ),
    "label over value": lambda n: "Posts\n42\nTown\nBraga\n" * (n // 21),
    "one sentence repeated": lambda n: "The same sentence again about alignment.\n\n" * (n // 42),
    "a line without spaces": lambda n: "人格模型的回答。" * (n // 8),
    "addresses and numbers": lambda n: "ana@example.org +351 21 000 0000, " * (n // 34),
    "a run of punctuation": lambda n: "!?.,;:" * (n // 6),
    "nested quotes": lambda n: "\n".join(">" * (i % 40) + " a quoted line" for i in range(n // 34)),
}
FLAG_OVER_BASELINE = 2.0


def clean_seconds(text: str, settings) -> float:
    started = time.perf_counter()
    process("bench.txt", decoding.Decoded(text, "utf-8"), "", Entry(), settings)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=40_000, help="characters of the small page")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these")
    args = parser.parse_args(argv)
    settings = load_settings(paths.TAXONOMY, paths.PROFILES)
    clean_seconds("A warm-up page about the model.", settings)  # load the data files once
    names = ["prose (baseline)"] + [s for s in args.shape or SHAPES if s != "prose (baseline)"]
    print(f"{'shape':<24} {'small s':>8} {'4× s':>8} {'growth':>7} {'vs baseline':>12}")
    baseline, flagged = 0.0, []
    for name in names:
        small = clean_seconds(SHAPES[name](args.size), settings)
        large = clean_seconds(SHAPES[name](4 * args.size), settings)
        growth = large / max(small, 1e-3)
        baseline = baseline or growth
        ratio = growth / baseline
        mark = "  <- superlinear" if ratio > FLAG_OVER_BASELINE else ""
        if mark:
            flagged.append(name)
        print(f"{name:<24} {small:>8.2f} {large:>8.2f} {growth:>6.1f}× {ratio:>11.2f}×{mark}")
    if flagged:
        print(f"bench_shapes: grows faster than prose: {', '.join(flagged)}", file=sys.stderr)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
