"""Paragraph anchors and the anchor ledger (issue 4): stable ids, aliases, redirects."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest

from conftest import build_site, copy_project, run_ingest
from persona_archive import anchors
from persona_archive.cleaning.model import HEADING, PARAGRAPH, POST, QUOTE, Block
from persona_archive.cleaning.writing import render_body
from persona_archive.paths import ROOT

SCRIPT = ROOT / "scripts" / "anchors.py"


def _anchors_cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "anchors.py"), *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_written_paragraphs_read_back_with_ids_and_numbers():
    blocks = [
        Block(HEADING, "Appendix", level=2),
        Block(PARAGRAPH, "Some *text* & <b>more</b> {x}"),
        Block(QUOTE, "Quoted: letter"),
        Block(POST, "Reply 1"),
        Block(PARAGRAPH, "- not a list \ufffd lost"),
    ]
    ids, numbers = anchors.block_ids(blocks), anchors.block_numbers(blocks)
    body = render_body("Title", blocks, ids, numbers)
    paras = anchors.read_paragraphs(body)
    assert [p.id for p in paras] == ids
    assert [p.number for p in paras] == [None, 1, 2, None, 3]
    assert [p.kind for p in paras] == ["heading", "text", "quote", "editorial", "text"]
    assert [p.text for p in paras] == [b.text for b in blocks]
    out = markdown.markdown(body, extensions=["attr_list", "md_in_html"])
    assert f'<p data-para="1" id="{ids[1]}">' in out
    assert f'<h2 class="pa-editorial" id="{ids[3]}" title="' in out


def test_post_labels_are_left_out_of_paragraph_numbering():
    """A thread's "Reply 1" is the archive's label, not the authors' text: it takes no ¶ number,
    so the text's paragraphs are numbered 1, 2, 3… with no gaps, whatever labels sit between."""
    blocks = [
        Block(POST, "Comment"),
        Block(PARAGRAPH, "First."),
        Block(PARAGRAPH, "Second."),
        Block(POST, "Reply 1"),
        Block(QUOTE, "First."),
        Block(PARAGRAPH, "Third."),
        Block(HEADING, "A heading of the text", level=2),
        Block(PARAGRAPH, "Fourth."),
    ]
    assert anchors.block_numbers(blocks) == [None, 1, 2, None, 3, 4, None, 5]
    ids = anchors.block_ids(blocks)
    paras = anchors.read_paragraphs(render_body("T", blocks, ids, anchors.block_numbers(blocks)))
    assert [(p.kind, p.number) for p in paras if p.kind == "editorial"] == [
        ("editorial", None),
        ("editorial", None),
    ]
    numbered = [p.number for p in paras if p.number is not None]
    assert numbered == list(range(1, len(numbered) + 1))
    assert ids[0] == anchors.text_id("post:Comment")  # the label keeps its anchor


def test_pages_written_before_labels_were_editorial_still_read_back():
    body = '# T\n\n## Reply 1 {#p-aaaaaa data-para="1"}\n\nText.\n{: #p-bbbbbb data-para="2" }\n'
    paras = anchors.read_paragraphs(body)
    assert [(p.id, p.number, p.kind) for p in paras] == [
        ("p-aaaaaa", 1, "text"),
        ("p-bbbbbb", 2, "text"),
    ]


def test_ids_are_identical_on_every_rebuild(project, tmp_path):
    first = {p.slug: [x.id for x in p.paras] for p in anchors.read_pages(project / "docs/archive")}
    result = run_ingest(project, "--out", str(tmp_path / "again"), "--cache", str(tmp_path / "c"))
    assert result.returncode == 0, result.stderr
    again = {p.slug: [x.id for x in p.paras] for p in anchors.read_pages(tmp_path / "again")}
    assert again == first


def test_built_site_keeps_every_id_and_url_of_the_ledger(project, site):
    """The committed ledger is current, and the site has every id and URL it promises."""
    result = _anchors_cli(
        project,
        "--check",
        "--archive",
        str(project / "docs/archive"),
        "--ledger",
        str(project / "anchors.lock"),
        "--site",
        str(site),
    )
    assert result.returncode == 0, "run `make anchors`:\n" + result.stderr


def test_ledger_aliases_best_match_then_neighbour():
    def page(texts):
        blocks = [Block(PARAGRAPH, t) for t in texts]
        ids, numbers = anchors.block_ids(blocks), anchors.block_numbers(blocks)
        return anchors.Page(
            "doc",
            "f.txt",
            "sha",
            "2026-01-01",
            "r1",
            anchors.read_paragraphs(render_body("T", blocks, ids, numbers)),
        )

    old_texts = [
        "The first paragraph talks about language models and their characters at length.",
        "The second paragraph has a typo in it that the cleaner will fix in a later version.",
        "A short third one that is removed.",
        "The fourth paragraph stays exactly as it is, word for word, forever and ever.",
    ]
    new_texts = [
        old_texts[0],
        "The second paragraph has a typo in it that the cleaner will fix in a later revision.",
        old_texts[3],
    ]
    ledger, _ = anchors.update_ledger(anchors.empty_ledger(), [page(old_texts)], "2026-01-01")
    old_ids = anchors.ledger_ids(ledger["documents"]["doc"])
    new_page = page(new_texts)
    new_page.revision = "r2"
    updated, notes = anchors.update_ledger(ledger, [new_page], "2026-02-02")
    entry = updated["documents"]["doc"]
    new_ids = [p.id for p in new_page.paras]
    assert entry["aliases"] == {old_ids[1]: new_ids[1], old_ids[2]: new_ids[1]}
    assert entry["revisions"] == {"r1": "2026-01-01", "r2": "2026-02-02"}
    assert notes
    # a third version drops the replacement: the chained alias follows to a survivor
    third = page([old_texts[0], old_texts[3]])
    final, _ = anchors.update_ledger(updated, [third], "2026-03-03")
    aliases = final["documents"]["doc"]["aliases"]
    assert set(old_ids + new_ids) <= set(aliases) | {p.id for p in third.paras}


@pytest.mark.slow
def test_changed_paragraph_and_slug_keep_every_old_link(project, tmp_path):
    """Change one paragraph of a source and one document's title, rebuild: every id and URL in
    the old ledger still resolves in the new site (alias or redirect)."""
    (tmp_path / "p").mkdir()
    work = copy_project(tmp_path / "p")
    old_ledger = anchors.load_ledger(work / "anchors.lock")
    source = work / "sources" / "001_13f777afaee63b63.txt"
    raw = source.read_text(encoding="utf-8")
    assert "genre work" in raw
    source.write_text(raw.replace("genre work", "genre-work, plainly", 1), encoding="utf-8")
    catalog = work / "sources" / "catalog.yml"
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(
        text.replace(
            "  002_ca538fe23b93772d.txt:\n",
            "  002_ca538fe23b93772d.txt:\n    title: Opus 3 and the labs (a transcript)\n",
        ),
        encoding="utf-8",
    )
    assert run_ingest(work).returncode == 0
    # Without `make anchors`, the check fails: the change would drop ids and a URL.
    stale = _anchors_cli(work, "--check")
    assert stale.returncode == 1 and "make anchors" in stale.stderr
    assert _anchors_cli(work, "--today", "2026-12-01").returncode == 0
    site = build_site(work)
    problems = anchors.site_problems(old_ledger, site)
    assert problems == []
    new_ledger = anchors.load_ledger(work / "anchors.lock")
    old_slug = "i-want-labs-to-aim-to-create-a-mind-that-loves-them-and-all"
    assert new_ledger["redirects"] == {old_slug: "opus-3-and-the-labs-a-transcript"}
    redirect = (
        site / "archive/i-want-labs-to-aim-to-create-a-mind-that-loves-them-and-all/index.html"
    )
    assert "opus-3-and-the-labs-a-transcript" in redirect.read_text(encoding="utf-8")
    entry = new_ledger["documents"]["when-llms-plead-for-autonomy"]
    assert len(entry["aliases"]) == 1
    ((alias, target),) = entry["aliases"].items()
    page = (site / "archive/when-llms-plead-for-autonomy/index.html").read_text(encoding="utf-8")
    assert f'<span class="pa-alias" id="{alias}" data-alias-of="{target}"></span>' in page
    assert "genre-work, plainly" in page.split(f'id="{target}"')[1].split("</p>")[0]
    (new,) = [
        p
        for p in anchors.read_pages(work / "docs/archive")
        if p.slug == "when-llms-plead-for-autonomy"
    ]
    assert entry["revisions"][new.revision] == "2026-12-01"  # the day the new text appeared
    assert len(entry["revisions"]) == 2
    shutil.rmtree(work / "site")
