"""Cross-references in hand-written pages: ``[@key]``, ``[@key, ¶12]``, ``[@key#p-abc123]``.

Each becomes a link to the archived document (or paragraph) labelled with a short citation and
with the paragraph's text as a hover preview. An unknown key or paragraph is reported through
``warn`` with the page and line (the hook logs it as a warning, so ``--strict`` fails). Fenced
and inline code is left alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from mkdocs.utils import get_relative_url

from persona_archive.site import citations

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_CODE_OR_XREF = re.compile(r"(`+)(?:.+?)\1|" + citations.XREF.pattern, re.DOTALL)


def render_xrefs(
    markdown: str,
    *,
    src_uri: str,
    page_url: str,
    first_line: int,
    by_key: dict[str, citations.Record],
    archive_dir: Path,
    warn: Callable[[str], None],
) -> str:
    """``markdown`` with every cross-reference outside code replaced by its link (HTML).
    ``first_line`` is the number of lines before the Markdown body (front matter), so a
    warning names the line of the source file."""

    def replace(match: re.Match, start: int) -> str:
        if match.group(1):  # inline code: left alone
            return match.group(0)
        key, number, pid = match.group(2), match.group(3), match.group(4)
        line = first_line + markdown.count("\n", 0, start + match.start()) + 1
        record = by_key.get(key)
        where = f"{src_uri}:{line}"
        if record is None:
            warn(f"{where}: unknown citation key '{key}' in {match.group(0)}")
            return match.group(0)
        para = None
        if number or pid:
            record = citations.with_paragraphs(record, archive_dir)
            para = record.para(int(number) if number else pid)
            if para is None:
                warn(f"{where}: {key} has no paragraph {number or pid}")
                return match.group(0)
        url = get_relative_url(f"archive/{record.slug}/", page_url)
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
