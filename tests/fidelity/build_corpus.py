"""Build the fidelity corpus from its templates: ``templates/<set>/<name>.tpl`` ->
``<set>/<name>.raw.txt``, ``<set>/<name>.expected.txt`` and ``<set>/<name>.meta.yml``.

    python tests/fidelity/build_corpus.py           # (re)write every document
    python tests/fidelity/build_corpus.py --check   # exit 1 if a generated file is stale

A template is a YAML header (site, kind, archive_kind, language, optionally title and note), a
line ``---``, then the page as a scraper saved it, one line per line, where a line's first two
characters say what it is (see tests/fidelity/README.md):

    ~ chrome          site furniture: in the raw only, listed in the meta as chrome (with
                      its repaired text when it is damaged: its damage is not scored)
    = title           the page's title line: in the raw only; the meta's title unless the
                      header gives one
    @ metadata        a byline or similar line the cleaner turns into metadata: in the raw only
    + copy            a scrape duplicate: in the raw only (``+^`` repeats the line above)
    | text            a content line that starts with one of these markers
    anything else     content: in the raw and in the expected text

Inside any line, ``[[codec:text]]`` is text that was UTF-8 and was decoded with ``codec``
(``cp1252``, ``cp1251``, ``iso8859_7``, ``cp874``, ``latin_1`` ...; bytes the codec does not
define are dropped, as are the C1 controls, unless the codec is written ``codec/replace``):
the raw gets the damaged text, the expected text the correct one, and the meta one
``[damaged, correct]`` pair per damaged word.

>>> damage("it’s café", "cp1252")
'itâ€™s cafÃ©'
>>> damage("“quoted”", "cp1252")  # the closing quote's last byte (0x9D) is undefined: dropped
'â€œquotedâ€'
>>> head = "site: S\\nkind: k\\narchive_kind: other\\nlanguage: en\\n---\\n"
>>> doc = build(head + "= A [[cp1252:café]]\\n~ Share\\nText.\\n")
>>> doc.raw
'A cafÃ©\\nShare\\nText.\\n'
>>> doc.expected
'Text.\\n'
>>> doc.meta["title"], doc.meta["chrome"], doc.meta["damaged"]
('A café', [{'line': 2, 'text': 'Share'}], [['cafÃ©', 'café']])
>>> build(head + "One.\\n+^\\n").raw
'One.\\nOne.\\n'
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from persona_archive.kinds import SLUGS

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
SETS = ("dev", "heldout")

_MARK = re.compile(r"\[\[([\w>-]+(?:/\w+)?):(.*?)\]\]")
_C1 = re.compile("[\x80-\x9f]")
_PREFIXES = {
    "~": "chrome",
    "=": "title",
    "@": "metadata",
    "+": "duplicate",
    "|": "content",
    "&": "wrapped",
}


def damage(text: str, codec: str) -> str:
    """``text`` as UTF-8 bytes decoded with ``codec``: undefined bytes and C1 controls dropped
    (``codec/replace``: undefined bytes become U+FFFD; ``codec/qmark``: undefined bytes and C1
    controls become "?", as a CMS writing a legacy page does). ``a>b`` is damage twice: the
    text decoded with ``a``, saved as UTF-8 and decoded with ``b`` (double mojibake).

    >>> damage("it’s", "cp1252>cp1252")
    'itÃ¢â‚¬â„¢s'
    >>> damage("it’s", "latin_1/qmark")
    'itâ??s'
    """
    spec, _, errors = codec.partition("/")
    out = text
    for name in spec.split(">"):
        if errors == "qmark":
            out = out.encode("utf-8").decode(name, errors="replace")
            out = _C1.sub("?", out.replace("\ufffd", "?"))
        else:
            out = _C1.sub("", out.encode("utf-8").decode(name, errors=errors or "ignore"))
    return out


def _render(text: str) -> tuple[str, str, list[list[str]]]:
    """A template line's text -> (raw text, correct text, damaged pairs): one
    ``[damaged, correct]`` pair per whitespace-delimited word of the correct text that holds
    damaged characters (single-byte codecs decode byte by byte, so a word's damage is the
    damage of its pieces).

    >>> _render("a [[cp1252:café]] b [[cp1252:c’est]]x")
    ('a cafÃ© b câ€™estx', 'a café b c’estx', [['cafÃ©', 'café'], ['câ€™estx', 'c’estx']])
    """
    pieces: list[tuple[str, str | None]] = []  # (correct text, codec or None)
    at = 0
    for m in _MARK.finditer(text):
        pieces.append((text[at : m.start()], None))
        pieces.append((m.group(2), m.group(1)))
        at = m.end()
    pieces.append((text[at:], None))
    good = "".join(p for p, _ in pieces)
    codec_at: list[str | None] = [c for p, c in pieces for _ in p]

    def raw_of(a: int, b: int) -> str:
        out, i = [], a
        while i < b:
            j = i
            while j < b and codec_at[j] == codec_at[i]:
                j += 1
            out.append(good[i:j] if codec_at[i] is None else damage(good[i:j], codec_at[i]))
            i = j
        return "".join(out)

    pairs = [
        [raw_of(m.start(), m.end()), m.group(0)]
        for m in re.finditer(r"\S+", good)
        if any(codec_at[i] and ord(good[i]) > 127 for i in range(m.start(), m.end()))
    ]
    return raw_of(0, len(good)), good, pairs


@dataclass
class Built:
    raw: str
    expected: str
    meta: dict


def build(template: str) -> Built:
    """A template's text -> the raw page, the expected clean text and the meta data."""
    head, sep, body = template.partition("\n---\n")
    if not sep:
        raise ValueError("a template needs a YAML header and a line '---'")
    header = yaml.safe_load(head) or {}
    archive_kind = header.get("archive_kind", header["kind"])
    if archive_kind not in SLUGS:
        raise ValueError(
            f"archive_kind {archive_kind!r} is not a kind of the archive; use one of "
            f"{', '.join(SLUGS)} (the page's own kind goes in 'kind')"
        )
    raw_lines: list[str] = []
    expected: list[str] = []
    meta = {
        "site": header["site"],
        "kind": header["kind"],
        "archive_kind": archive_kind,
        "language": header["language"],
        "title": header.get("title"),
        "chrome": [],
        "metadata_lines": [],
        "duplicate_lines": [],
        "damaged": [],
    }
    if header.get("note"):
        meta["note"] = header["note"]
    previous = ""
    for line in body.split("\n"):
        what = "content"
        if line == "+^":
            what, line = "duplicate", previous
        elif line.startswith("+^"):
            raise ValueError(f"'+^' stands alone (it repeats the line above): {line[:40]!r}")
        elif line[:2] in {f"{p} " for p in _PREFIXES} or line in _PREFIXES:
            what, line = _PREFIXES[line[0]], line[2:]
        raw, good, pairs = _render(line)
        if what != "duplicate" and line.strip():
            previous = line
        raw_lines.append(raw)
        number = len(raw_lines)
        if what == "content":
            expected.append(good)
            meta["damaged"] += pairs
        elif what == "wrapped":  # a hard-wrapped paragraph: one line in the clean text
            if not expected or not expected[-1].strip():
                raise ValueError(f"'&' continues a content line, none above: {line[:40]!r}")
            expected[-1] += " " + good.strip()
            meta["damaged"] += pairs
        elif what == "chrome":  # damaged chrome: its repaired text may be what is left
            entry = {"line": number, "text": raw.strip()}
            if pairs:
                entry["repaired"] = good.strip()
            meta["chrome"].append(entry)
        elif what == "title":
            meta["damaged"] += pairs
            meta["title"] = meta["title"] or " ".join(good.split())
        elif what == "metadata":
            meta["metadata_lines"].append({"line": number, "text": raw.strip()})
        elif what == "duplicate":  # a damaged copy also names its repaired text, as chrome does
            entry = {"line": number, "text": raw.strip()}
            if pairs:
                entry["repaired"] = good.strip()
            meta["duplicate_lines"].append(entry)
    while raw_lines and not raw_lines[-1].strip():
        raw_lines.pop()
    text = "\n".join(expected)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return Built("\n".join(raw_lines) + "\n", text + "\n", meta)


def _dump(meta: dict) -> str:
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**6)


def outputs() -> dict[Path, str]:
    """Every generated file and its text."""
    files: dict[Path, str] = {}
    for which in SETS:
        for tpl in sorted((TEMPLATES / which).glob("*.tpl")):
            try:
                built = build(tpl.read_text(encoding="utf-8"))
            except Exception as error:
                raise SystemExit(f"{tpl.relative_to(HERE)}: {error}") from error
            stem = HERE / which / tpl.stem
            files[stem.with_name(tpl.stem + ".raw.txt")] = built.raw
            files[stem.with_name(tpl.stem + ".expected.txt")] = built.expected
            files[stem.with_name(tpl.stem + ".meta.yml")] = _dump(built.meta)
    return files


def stale() -> list[Path]:
    """Generated files that differ from what the templates give (or are missing, or orphans)."""
    files = outputs()
    out = [p for p, text in files.items() if not p.exists() or p.read_text("utf-8") != text]
    for which in SETS:
        for path in (HERE / which).glob("*.*"):
            if path not in files:
                out.append(path)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    if args.check:
        bad = stale()
        for path in bad:
            print(f"stale: {path.relative_to(HERE)}", file=sys.stderr)
        return 1 if bad else 0
    files = outputs()  # every template built before any file is touched: a bad one stops here
    for which in SETS:
        (HERE / which).mkdir(exist_ok=True)
        for path in (HERE / which).glob("*.*"):
            if path not in files:
                path.unlink()
    for path in stale():
        path.write_text(files[path], encoding="utf-8", newline="\n")
    print(f"{len(files)} files, all up to date", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
