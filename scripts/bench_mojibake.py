"""Measure the mojibake stage: candidate table per codec, and speed on large inputs.

python scripts/bench_mojibake.py --table   # the table in cleaning/mojibake.py's docstring
python scripts/bench_mojibake.py           # timings: 2 MB single line, 20 MB file
python scripts/bench_mojibake.py --matrix  # two-layer damage matrix: right / marked / wrong
"""

from __future__ import annotations

import sys
import time

from persona_archive.cleaning import mojibake, mojibake_core


def _ranges(bs: list[int]) -> str:
    out, i = [], 0
    while i < len(bs):
        j = i
        while j + 1 < len(bs) and bs[j + 1] == bs[j] + 1:
            j += 1
        out.append(f"{bs[i]:02X}" if i == j else f"{bs[i]:02X}-{bs[j]:02X}")
        i = j + 1
    return " ".join(out) or "(none)"


def table() -> None:
    print(
        f"{'codec':<10} {'dropped bytes':<40} {'bare E2':>7} {'bare F0':>9} "
        f"{'F0 +1 cont':>11} {'emoji':>6}"
    )
    for name in mojibake_core.CODECS:
        if "+" in name:
            continue
        c = mojibake_core.codec_table(name)
        e2 = len(mojibake_core.sequence_candidates(name, 0xE2, ()))
        f0 = len(mojibake_core.sequence_candidates(name, 0xF0, ()))
        one = max(
            (
                len(mojibake_core.sequence_candidates(name, 0xF0, (b,)))
                for b in range(0x80, 0xC0)
                if c.table[b - 0x80] is not None
            ),
            default=0,
        )
        emo = sum(
            mojibake_core.is_emoji(x) for x in mojibake_core.sequence_candidates(name, 0xF0, ())
        )
        print(f"{name:<10} {_ranges(sorted(c.dropped)):<40} {e2:>7} {f0:>9} {one:>11} {emo:>6}")


def timings() -> None:
    line = "The model said “hello” — it’s fine 🤣12😂10 naïve café. " * 36000
    damaged = line.encode("utf-8").decode("iso8859_7", errors="ignore")
    damaged = "".join(ch for ch in damaged if not "\x80" <= ch <= "\x9f")
    for label, text in [
        ("2 MB clean line", line[:2_000_000]),
        ("2 MB damaged line", damaged[:2_000_000]),
        ("20 MB clean file", (line[:2_000_000] + "\n") * 10),
        ("20 MB damaged file", (damaged[:2_000_000] + "\n") * 10),
    ]:
        t0 = time.perf_counter()
        r = mojibake.repair(text)
        print(f"{label:<20} {time.perf_counter() - t0:6.2f} s  {len(r.repairs)} repairs")


def matrix() -> None:
    """The two-layer damage matrix of tests/test_mojibake_unseen5.py: lines restored, marked
    (every word right or honestly marked), wrong; pages not a fixed point."""
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_mojibake_unseen5 import tally

    counts = tally()
    total = sum(counts[k] for k in ("right", "marked", "wrong"))
    print(
        f"{total} variants: restored {counts['right']}, marked {counts['marked']}, "
        f"wrong {counts['wrong']}; not a fixed point {counts['not_idempotent']}"
    )


if __name__ == "__main__":
    if "--table" in sys.argv:
        table()
    elif "--matrix" in sys.argv:
        matrix()
    else:
        timings()
