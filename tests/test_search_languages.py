"""Search in every script (issue 18, point 7): the lunr index lists the archive's languages so
Material's worker loads their lunr-languages pipelines, and Chinese text is broken into words.
A reader searching for a Chinese word or an inflected Russian word finds the document."""

from __future__ import annotations

import json

import pytest
import yaml

import conftest
from persona_archive.site import search_entries
from persona_archive.site.search_languages import WORD_BREAK, index_languages, segment

SOURCES = {
    "zh.txt": (
        "这个聊天机器人会先承认自己的不确定，然后再回答问题。研究人员认为，这种谦逊的态度让用户更愿意信任它。"
        "\n\n他们计划明年在更多的学校里测试同样的做法。"
    ),
    "ru.txt": (
        "Исследователи заметили, что современные ассистенты извиняются слишком часто и слишком "
        "подробно. Они предлагают учить модели спокойнее признавать свои ошибки.\n\n"
        "Следующий эксперимент пройдёт весной в трёх университетах."
    ),
}


def test_the_index_lists_each_supported_language_of_the_archive_once():
    assert index_languages(["en"], ["ru", "ru", "th", "zh-Hans", "und", None]) == [
        "en",
        "ru",
        "th",
        "zh",
    ]
    assert index_languages(["de"], ["de", "en"]) == ["de", "en"]  # mkdocs.yml's come first


def test_merged_index_sets_the_languages_and_keeps_material_s_own():
    index = {"config": {"lang": ["en"], "fields": {}}, "docs": []}
    merged = json.loads("".join(search_entries.merged_index(index, {}, ["ru", "el"])))
    assert merged["config"]["lang"] == ["en", "el", "ru"]
    unchanged = json.loads("".join(search_entries.merged_index(index, {})))
    assert unchanged["config"]["lang"] == ["en"]


def test_chinese_is_broken_into_words_and_other_scripts_are_not():
    broken = segment("研究人员认为这种谦逊的态度让用户更愿意信任它")
    assert (
        WORD_BREAK in broken
        and broken.replace(WORD_BREAK, "") == "研究人员认为这种谦逊的态度让用户更愿意信任它"
    )
    for text in ("Ассистенты извиняются.", "ผู้ช่วยขอโทษบ่อย", "Plain English <b>"):
        assert segment(text) == text
    entries = search_entries.document_entries(
        "a/", "聊天机器人", {}, {}, '<p id="p-aaaa">用户更愿意信任它 &lt;b&gt;</p>'
    )
    assert WORD_BREAK in entries[0]["title"] and "&lt;b&gt;" in entries[0]["text"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    project = conftest.copy_project(tmp_path_factory.mktemp("languages"))
    for name, text in SOURCES.items():
        (project / "sources" / name).write_text(text + "\n", encoding="utf-8")
    site = conftest.build_site(project)
    slugs = {}
    for path in (project / "docs" / "archive").glob("*.md"):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        slugs[meta["source_file"]] = (meta["slug"], meta["language"])
    return {"site": site, "slugs": slugs, "project": project}


@pytest.mark.slow
def test_the_built_index_has_the_archive_languages_and_chinese_words(archive):
    assert archive["slugs"]["zh.txt"][1] == "zh" and archive["slugs"]["ru.txt"][1] == "ru"
    index = json.loads((archive["site"] / "search" / "search_index.json").read_text("utf-8"))
    assert {"en", "ru", "zh"} <= set(index["config"]["lang"])
    assert "\\u200b" in index["config"]["separator"]  # Material's worker splits at the breaks
    slug = archive["slugs"]["zh.txt"][0]
    text = "".join(d["text"] for d in index["docs"] if d["location"].startswith(f"archive/{slug}/"))
    assert f"{WORD_BREAK}机器人{WORD_BREAK}" in text or f"聊天{WORD_BREAK}机器人" in text


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize(("query", "source"), [("机器人", "zh.txt"), ("извиняются", "ru.txt")])
def test_a_reader_finds_a_chinese_word_and_a_russian_word(archive, page, query, source):
    """Typed as a reader types: Playwright enters letters outside its keyboard layout as text
    with no key events, which Material's search box does not notice; the End key after them is
    one. A Chinese word inside a sentence is only found because the index breaks the words."""
    with conftest.serve_directory(archive["site"]) as url:
        page.goto(url + "/")
        page.wait_for_function(conftest._SEARCH_READY, timeout=90_000)
        box = page.locator("input.md-search__input")
        box.click()
        box.press_sequentially(query, delay=15)
        box.press("End")
        results = page.locator(".md-search-result__link")
        results.first.wait_for(timeout=15_000)
        slug = archive["slugs"][source][0]
        hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
        assert any(f"archive/{slug}/" in h for h in hrefs), (query, hrefs)
