"""Template evidence (issue 18, point 3): a site's chrome learned from its sources.

Two invented sites, in several languages: header and footer lines that recur across their
sources are removed; sentences, lines that recur in the body and sites with too few sources
are left alone. Then one ingest run over such sources, and its no-op re-run."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from conftest import copy_project, run_ingest
from persona_archive.cleaning import pipeline, template
from persona_archive.cleaning.catalog import Entry
from persona_archive.cleaning.decoding import Decoded
from persona_archive.cleaning.model import split_lines
from persona_archive.paths import PROFILES, TAXONOMY

# Prose per language, a paragraph a line, each different in every source (``i``).
PROSE = {
    "en": [
        "Post {i} asks what an assistant persona is, and who decides what it should value.",
        "The model answered in character, which says more about training than about minds.",
        "Readers wrote in to ask how the persona changed between versions {i} and {j}.",
        "We end with a question: is a stable character a safety feature or a liability?",
        "Nobody in the discussion thought the answer was simple, and that seems right.",
        "Some argued that a persona is only a mask; others that masks shape their wearers.",
    ],
    "el": [
        "Το άρθρο {i} ρωτά τι είναι η περσόνα ενός βοηθού και ποιος αποφασίζει τις αξίες της.",
        "Το μοντέλο απάντησε με τον χαρακτήρα του, και αυτό λέει πολλά για την εκπαίδευση.",
        "Οι αναγνώστες ρώτησαν πώς άλλαξε η περσόνα ανάμεσα στις εκδόσεις {i} και {j}.",
        "Κλείνουμε με ένα ερώτημα: είναι ο σταθερός χαρακτήρας χαρακτηριστικό ασφάλειας;",
        "Κανείς στη συζήτηση δεν θεώρησε την απάντηση απλή, και αυτό μοιάζει σωστό.",
        "Κάποιοι είπαν ότι η περσόνα είναι μάσκα· άλλοι ότι οι μάσκες διαμορφώνουν.",
    ],
    "ja": [
        "第{i}回の記事では、アシスタントの人格とは何か、誰がその価値を決めるのかを問う。",
        "モデルは役柄のまま答えたが、それは心よりも訓練について多くを語っている。",
        "読者から、バージョン{i}と{j}の間で人格がどう変わったのかという質問が届いた。",
        "最後に問いを残す。安定した人格は安全のための特徴なのか、それとも負債なのか。",
        "議論の中で答えが簡単だと考えた人はいなかったし、それは正しいように思える。",
        "人格は仮面にすぎないという意見もあれば、仮面が人を形作るという意見もあった。",
    ],
}

# Site A (a catalog site name, English and Greek pages) and site B (only a URL host, Japanese).
A_HEAD = ["The Persona Ledger", "Essays on machine character"]
A_FOOT = ["About · Archive · Feeds", "Το Ημερολόγιο των Περσονών"]
B_HEAD = ["ペルソナ通信", "ホーム ニュース 特集"]
B_FOOT = ["運営会社について"]
QUOTED = "“A character is a policy with a memory.” — as we keep saying."
REFRAIN = "Interlude"  # a section label every post of site A uses in its body


def _page(head: list[str], lang: str, i: int, foot: list[str], extra: list[str] = ()) -> str:
    prose = [p.format(i=i, j=i + 1) for p in PROSE[lang]]
    body = [*extra, f"Title of post {i}", *prose[:3], REFRAIN, *prose[3:]]
    return "\n\n".join([*head, *body, *foot]) + "\n"


def _site_a(n: int = 4) -> list[str]:
    pages = []
    for i in range(n):
        extra = [QUOTED] if i < 3 else []  # quoted at the top of three of the four posts
        pages.append(_page(A_HEAD, "en" if i % 2 else "el", i, A_FOOT, extra))
    return pages


def _site_b(n: int = 4) -> list[str]:
    return [_page(B_HEAD, "ja", i, B_FOOT) for i in range(n)]


def _learned(found: template.TemplateEvidence, site: str) -> dict[str, tuple[str, ...]]:
    tpl = found.for_site(site)
    return dict(tpl.lines) if tpl else {}


def test_header_and_footer_lines_recurring_across_sources_are_learned_and_removed():
    found = template.learn({"The Persona Ledger": _site_a(), "example.jp": _site_b()})
    a, b = _learned(found, "The Persona Ledger"), _learned(found, "example.jp")
    assert a == {
        **dict.fromkeys(A_HEAD, ("head",)),
        **dict.fromkeys(A_FOOT, ("foot",)),
    }
    assert b == {**dict.fromkeys(B_HEAD, ("head",)), **dict.fromkeys(B_FOOT, ("foot",))}
    for site, pages, chrome in (
        ("The Persona Ledger", _site_a(), A_HEAD + A_FOOT),
        ("example.jp", _site_b(), B_HEAD + B_FOOT),
    ):
        for text in pages:
            lines = split_lines(text)
            kept, changes = template.strip(lines, found.for_site(site))
            assert [c.before for c in changes] == chrome
            assert {c.rule for c in changes} == {f"template:{site}"}
            assert {c.stage for c in changes} == {"boilerplate"}
            assert [ln.text for ln in kept] == [ln.text for ln in lines if ln.text not in chrome]


def test_a_sentence_quoted_in_three_sources_is_kept():
    found = template.learn({"The Persona Ledger": _site_a()})
    assert QUOTED not in _learned(found, "The Persona Ledger")
    kept, _ = template.strip(split_lines(_site_a()[0]), found.for_site("The Persona Ledger"))
    assert QUOTED in [ln.text for ln in kept]
    # the same holds for a sentence in Greek and in Japanese (their own sentence marks)
    for sentence in ("Η περσόνα είναι μάσκα;", "人格は仮面にすぎない。"):
        pages = [_page([sentence, *A_HEAD], "en", i, A_FOOT) for i in range(4)]
        assert sentence not in _learned(template.learn({"s": pages}), "s")


def test_a_line_recurring_in_the_body_is_kept():
    found = template.learn({"The Persona Ledger": _site_a()})
    assert REFRAIN not in _learned(found, "The Persona Ledger")
    # a header line that also turns up in the middle of one page is content somewhere: kept
    pages = _site_a()
    pages[3] = pages[3].replace(REFRAIN, "Essays on machine character")
    assert "Essays on machine character" not in _learned(template.learn({"a": pages}), "a")
    # and a template line is removed only in its zone, never from the body of a page
    tpl = template.SiteTemplate("a", (("Interlude", ("head",)),))
    kept, changes = template.strip(split_lines(_site_a()[0]), tpl)
    assert not changes and REFRAIN in [ln.text for ln in kept]


def test_a_line_in_fewer_than_half_of_the_sources_is_not_template():
    pages = _site_b(3) + [_page(["ペルソナ通信"], "ja", i, []) for i in range(3, 7)]
    learned = _learned(template.learn({"example.jp": pages}), "example.jp")
    assert set(learned) == {"ペルソナ通信"}  # in all 7; the rest in 3 of 7


def test_a_site_with_two_sources_learns_nothing():
    found = template.learn({"The Persona Ledger": _site_a(2), "example.jp": _site_b(2)})
    assert found.sites == {}


def test_sources_without_site_or_url_learn_nothing():
    assert template.site_key(None, None) is None and template.site_key(" ", "") is None
    assert template.site_key(None, "not a url at all") is None
    entries = [Entry(), Entry(title="No site")]
    from persona_archive.ingest.clean import site_of

    assert {site_of(e) for e in entries} == {None}
    assert site_of(Entry(url="https://www.example.jp/a")) == "example.jp"
    assert site_of(Entry(site="The Persona Ledger", url="https://example.jp/")) == (
        "The Persona Ledger"
    )


def test_evidence_round_trips_through_json_and_pickle():
    import pickle

    found = template.learn({"The Persona Ledger": _site_a(), "example.jp": _site_b()})
    again = template.TemplateEvidence.from_json(found.to_json())
    assert again == found
    tpl = found.for_site("example.jp")
    assert pickle.loads(pickle.dumps(tpl)).zones("ペルソナ通信") == ("head",)
    assert again.for_site("example.jp").digest() == tpl.digest()


def test_the_pipeline_removes_template_lines_and_counts_them():
    settings = pipeline.load_settings(TAXONOMY, PROFILES)
    found = template.learn({"The Persona Ledger": _site_a()})
    text = _site_a()[1]
    entry = Entry(site="The Persona Ledger")
    args = ("a.txt", Decoded(text, "utf-8"), "0", entry, settings)
    with_template = pipeline.process(*args, None, found.for_site("The Persona Ledger"))
    without = pipeline.process(*args)
    body = "\n".join(b.text for b in with_template.blocks)
    assert not any(line in body for line in A_HEAD[1:] + A_FOOT)
    only_template = len(_left_by_rules(text, A_HEAD + A_FOOT))
    assert only_template >= 2  # the tagline and the Greek site name: no general rule knows them
    assert with_template.cleaning["template_lines_removed"] == only_template
    assert (
        with_template.cleaning["boilerplate_lines_removed"]
        == without.cleaning["boilerplate_lines_removed"] + only_template
    )
    assert without.cleaning["template_lines_removed"] == 0
    assert [c.line for c in with_template.changes if c.stage == "boilerplate"] == sorted(
        c.line for c in with_template.changes if c.stage == "boilerplate"
    )


# --- ingest ------------------------------------------------------------------------------------


def _write_sources(src: Path) -> dict[str, dict]:
    catalog: dict[str, dict] = {}
    for i, text in enumerate(_site_a()):
        name = f"ledger-{i}.txt"
        (src / name).write_text(text, encoding="utf-8")
        catalog[name] = {"site": "The Persona Ledger", "title": f"Title of post {i}"}
    for i, text in enumerate(_site_b()):
        name = f"tsushin-{i}.txt"
        (src / name).write_text(text, encoding="utf-8")
        catalog[name] = {"url": f"https://www.example.jp/posts/{i}", "language": "ja"}
    for i, text in enumerate(_site_a(3)):  # the same chrome, but no site: nothing learned
        (src / f"loose-{i}.txt").write_text(text, encoding="utf-8")
    (src / "catalog.yml").write_text(
        yaml.safe_dump({"sources": catalog}, allow_unicode=True), encoding="utf-8"
    )
    return catalog


def _left_by_rules(page: str, chrome: list[str]) -> list[str]:
    """The chrome lines of ``page`` that the general rules leave, the boilerplate stage run
    without a template: what only the site's template can tell. (Asked of the stage itself, so
    that a general rule learning one of them moves it from the template's count, not the test.)"""
    from persona_archive.cleaning.boilerplate import strip_boilerplate

    kept = {ln.text for ln in strip_boilerplate(split_lines(page), None).lines}
    return [line for line in chrome if line in kept]


def test_ingest_learns_each_sites_template(tmp_path):
    project = copy_project(tmp_path / "p")
    src = project / "sources"
    for path in src.iterdir():
        path.unlink()
    _write_sources(src)
    first = run_ingest(project)
    assert first.returncode == 0, first.stderr
    summary = re.search(r"ingest: chrome removed by evidence: (.*)", first.stderr)
    assert summary, first.stderr
    counts = dict(
        (kind.rsplit(" ", 1)[0], int(kind.rsplit(" ", 1)[1])) for kind in summary[1].split(", ")
    )
    # every chrome line of the 8 sources of a site that the general rules leave (site B's menu
    # "ホーム ニュース 特集" is a row of Japanese menu words: the interface list knows it)
    a_lines, b_lines = (
        _left_by_rules(_site_a()[0], A_HEAD + A_FOOT),
        _left_by_rules(_site_b()[0], B_HEAD + B_FOOT),
    )
    assert a_lines and b_lines and "ホーム ニュース 特集" not in b_lines  # the template has work
    assert counts["template"] == 4 * len(a_lines) + 4 * len(b_lines)
    archive = project / "docs" / "archive"
    pages = {}
    for page in archive.glob("*.md"):
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        pages[meta["source_file"]] = (meta, page.read_text(encoding="utf-8"))
    assert len(pages) == 11
    for name, (meta, text) in pages.items():
        body = text.split("---\n", 2)[2]
        chrome = A_HEAD[1:] + A_FOOT if name.startswith("ledger") else B_HEAD + B_FOOT
        if name.startswith("loose"):  # no site: its chrome stays
            assert meta["cleaning"]["template_lines_removed"] == 0
            assert "Essays on machine character" in body
            continue
        assert meta["cleaning"]["template_lines_removed"] == len(
            a_lines if name.startswith("ledger") else b_lines
        )
        assert not [line for line in chrome if line in body], name
        assert "Interlude" in body or name.startswith("tsushin")
        if name in ("ledger-0.txt", "ledger-1.txt", "ledger-2.txt"):
            assert "A character is a policy with a memory" in body
    log = (archive / f"{pages['tsushin-0.txt'][0]['slug']}.changes.json").read_text()
    assert "template:example.jp" in log
    second = run_ingest(project)  # a no-op: nothing processed, nothing written, same summary
    assert second.returncode == 0, second.stderr
    assert "0 processed, 11 cached" in second.stderr and "0 pages written" in second.stderr
    assert summary[0] in second.stderr
