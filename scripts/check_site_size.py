#!/usr/bin/env python3
"""Fail before the upload when the built site is too large for GitHub Pages.

    python scripts/check_site_size.py [SITE_DIR] [--limit BYTES] [--max-file BYTES]

GitHub Pages publishes at most 1 GB a site, and finds out only after the site is built, packed
and uploaded. This measures the directory as the Pages artifact carries it (the tar
``actions/upload-pages-artifact`` makes: each file rounded up to 512-byte blocks, plus a
512-byte header for every file and directory) and exits 1 with what to do when it is above
``--limit`` (default: 1,000,000,000 bytes), or when a file is above ``--max-file`` (for hosts
that limit each file). Exit 0 prints the figures; exit 2 means the directory is missing.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

PAGES_LIMIT = 1_000_000_000  # "Published GitHub Pages sites may be no larger than 1 GB"
BLOCK = 512  # a tar archive's block: every header, every file's data rounded up to it
ADVICE = (
    "GitHub Pages publishes at most 1 GB a site. Deploy site/ to a host without that limit "
    "(README.md, 'Deploying': object storage or a static host)."
)


def measure(site: Path) -> dict:
    """Files, directories, their bytes, the bytes of their tar archive, the largest file and
    the five largest top-level entries (where the bytes are)."""
    files = dirs = size = 0
    tar = BLOCK  # the top directory's own entry
    largest, largest_path = 0, ""
    tops: dict[str, int] = {}
    for root, dirnames, names in os.walk(site):
        dirs += len(dirnames)
        tar += BLOCK * len(dirnames)
        for name in names:
            path = Path(root) / name
            n = path.lstat().st_size
            rel = path.relative_to(site).as_posix()
            files += 1
            size += n
            tar += BLOCK + -(-n // BLOCK) * BLOCK
            tops[rel.split("/", 1)[0]] = tops.get(rel.split("/", 1)[0], 0) + n
            if n > largest:
                largest, largest_path = n, rel
    tar += 2 * BLOCK  # the archive's end
    top = sorted(tops.items(), key=lambda kv: kv[1], reverse=True)[:5]
    return {
        "files": files,
        "directories": dirs,
        "bytes": size,
        "artifact_bytes": tar,
        "largest_file_bytes": largest,
        "largest_file": largest_path,
        "largest_entries": top,
    }


def _mb(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e6 else f"{n / 1e3:,.1f} kB"


def check(
    site: Path, limit: int = PAGES_LIMIT, max_file: int | None = None
) -> tuple[dict, list[str]]:
    """The figures of ``site`` and its problems (none: it can be deployed to GitHub Pages)."""
    m = measure(site)
    problems = []
    if m["artifact_bytes"] > limit:
        where = ", ".join(f"{name} {_mb(n)}" for name, n in m["largest_entries"])
        problems.append(
            f"{site}: the site is {_mb(m['artifact_bytes'])} as a Pages artifact "
            f"({m['files']:,} files, {_mb(m['bytes'])} of data), above the limit of "
            f"{_mb(limit)}; largest: {where}. {ADVICE}"
        )
    if max_file is not None and m["largest_file_bytes"] > max_file:
        problems.append(
            f"{site}: {m['largest_file']} is {_mb(m['largest_file_bytes'])}, above the "
            f"per-file limit of {_mb(max_file)}"
        )
    return m, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", default="site", help="the built site (default: site)")
    parser.add_argument("--limit", type=int, default=PAGES_LIMIT, help="bytes (default: 1 GB)")
    parser.add_argument("--max-file", type=int, help="fail when a file is larger (bytes)")
    args = parser.parse_args(argv)
    site = Path(args.site)
    if not site.is_dir():
        print(f"check_site_size: {site}: no such directory (build the site first)", file=sys.stderr)
        return 2
    m, problems = check(site, args.limit, args.max_file)
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(f"::error title=Site too large::{problem}" if annotate else problem, file=sys.stderr)
    if not problems:
        print(
            f"{site}: {m['files']:,} files, {_mb(m['artifact_bytes'])} as a Pages artifact "
            f"({m['artifact_bytes'] / args.limit:.0%} of the limit); largest file "
            f"{m['largest_file']} ({_mb(m['largest_file_bytes'])})"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
