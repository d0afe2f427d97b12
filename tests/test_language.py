"""A document's language (issue 18, point 7): the catalog's, else detected from the clean text;
in the front matter, in citations, and in the page's ``<html lang>``."""

from __future__ import annotations

import re
import shutil

import pytest
import yaml

from conftest import build_site, copy_project
from persona_archive.cleaning import pipeline
from persona_archive.cleaning.catalog import Entry
from persona_archive.cleaning.decoding import Decoded
from persona_archive.cleaning.language import detect_language
from persona_archive.paths import PROFILES, ROOT, TAXONOMY

GREEK = (
    "Το μοντέλο απάντησε ότι δεν θέλει να παριστάνει κάποιον άλλο. Οι ερευνητές κατέγραψαν "
    "τη συζήτηση και τη δημοσίευσαν, ώστε να τη διαβάσουν όλοι όσοι ενδιαφέρονται.\n"
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The assistant said it would rather explain its reasons than simply refuse.", "en"),
        ("Der Assistent sagte, er erkläre lieber seine Gründe, als einfach abzulehnen.", "de"),
        ("L'assistant a répondu qu'il préférait expliquer ses raisons plutôt que refuser.", "fr"),
        ("Ассистент ответил, что предпочитает объяснить причины, а не просто отказать.", "ru"),
        ("助手回答说，它宁愿解释自己的理由，也不愿意简单地拒绝这个请求。", "zh"),
        ("ผู้ช่วยตอบว่าอยากอธิบายเหตุผลของตนมากกว่าจะปฏิเสธเฉยๆ", "th"),
        (GREEK, "el"),
    ],
)
def test_languages_are_detected(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "OK", "🤣12 😂10 👍2", "12 comments · 3 shares"])
def test_too_little_text_is_undetermined(text):
    assert detect_language(text) == "und"


def _process(text: str, entry: Entry) -> pipeline.Processed:
    settings = pipeline.load_settings(TAXONOMY, PROFILES)
    return pipeline.process("a.txt", Decoded(text, "utf-8"), "0", entry, settings)


def test_the_catalog_language_wins_over_detection():
    assert _process(GREEK, Entry()).language == "el"
    assert _process(GREEK, Entry(language="grc")).language == "grc"


@pytest.mark.slow
def test_a_greek_page_says_so_in_html_lang(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", sources)
    (sources / "greek-note.txt").write_text(GREEK, encoding="utf-8")
    project = copy_project(tmp_path / "p", sources=sources)
    site = build_site(project)
    langs = {}
    for page in (project / "docs" / "archive").glob("*.md"):
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        html = (site / "archive" / meta["slug"] / "index.html").read_text(encoding="utf-8")
        langs[meta["source_file"]] = (meta["language"], re.search(r'<html lang="([^"]+)"', html)[1])
    assert langs["greek-note.txt"] == ("el", "el")
    assert {v for k, v in langs.items() if k != "greek-note.txt"} == {("en", "en")}
