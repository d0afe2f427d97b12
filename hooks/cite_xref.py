"""Cross-references in hand-written pages: ``[@key]``, ``[@key, ¶12]``, ``[@key#p-abc123]``.

Each becomes a link to the archived document (or paragraph) labelled with a short citation and
with the paragraph's text as a hover preview. An unknown key or paragraph is a warning naming the
page and line, so ``mkdocs build --strict`` fails. Records come from ``archive.citations``.
"""

import html
import logging
import re
from pathlib import Path

from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
from persona_archive import anchors
from persona_archive.page import front_matter_end
from persona_archive.site import citations

log = logging.getLogger("mkdocs.hooks.cite_xref")
LEDGER = ROOT / anchors.LEDGER_FILE
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_CODE_OR_XREF = re.compile(r"(`+)(?:.+?)\1|" + citations.XREF.pattern, re.DOTALL)


def on_pre_build(config):
    citations.forget_records()  # each build (and each `mkdocs serve` rebuild) reads afresh


def _by_key(config) -> dict[str, citations.Record]:
    """The records by citation key (read once per build, shared with the citations hook)."""
    records = citations.load_records(
        Path(config["docs_dir"]) / "archive", config["site_url"] or "", LEDGER
    )
    return {r.key: r for r in records}


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.startswith("archive/") or "[@" not in markdown:
        return markdown
    offset = _front_matter_lines(page)
    by_key = _by_key(config)

    def replace(match: re.Match, start: int) -> str:
        if match.group(1):  # inline code: left alone
            return match.group(0)
        key, number, pid = match.group(2), match.group(3), match.group(4)
        line = offset + markdown.count("\n", 0, start + match.start()) + 1
        record = by_key.get(key)
        where = f"{page.file.src_uri}:{line}"
        if record is None:
            log.warning("%s: unknown citation key '%s' in %s", where, key, match.group(0))
            return match.group(0)
        para = None
        if number or pid:
            record = citations.with_paragraphs(record, Path(config["docs_dir"]) / "archive")
            para = record.para(int(number) if number else pid)
            if para is None:
                log.warning("%s: %s has no paragraph %s", where, key, number or pid)
                return match.group(0)
        url = get_relative_url(f"archive/{record.slug}/", page.url)
        label = citations.short_label(record)
        title = record.title
        if para is not None:
            url += f"#{para.id}"
            label += f", ¶ {para.number}" if para.number else ""
            title = citations.preview(para.text)
        return (
            f'<a class="pa-xref" href="{html.escape(url)}" title="{html.escape(title)}">'
            f"{html.escape(label)}</a>"
        )

    out, last = [], 0
    for fence in [*_FENCE.finditer(markdown), None]:
        end = fence.start() if fence else len(markdown)
        out.append(_CODE_OR_XREF.sub(lambda m, s=last: replace(m, s), markdown[last:end]))
        if fence:
            out.append(fence.group(0))
            last = fence.end()
    return "".join(out)


def _front_matter_lines(page) -> int:
    """How many lines precede the Markdown body in the source file (front matter)."""
    try:
        text = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    except (OSError, TypeError):
        return 0
    return text.count("\n", 0, front_matter_end(text))
