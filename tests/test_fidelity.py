"""The fidelity corpus (tests/fidelity) and its scorecard (scripts/bench_fidelity.py): the corpus
has the documents, sites, languages and kinds it promises, its generated files match its
templates, the scorer scores a perfect output 100% and the raw page 0%, and the cleaner's
invariants hold over the corpus: deterministic, idempotent, and no sentence of the expected text
lost (that last one on the dev set only - the held-out set is scored at the end of a session -
and expected to fail today on the documents in ``KNOWN_LOSSES``). No score threshold is
asserted here: the figures are the scorecard's."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import bench_fidelity
from conftest import fidelity_corpus
from persona_archive.cleaning.model import QUOTE
from persona_archive.cleaning.pipeline import clean_text

CORPUS = Path(__file__).parent / "fidelity"
DOCS = bench_fidelity.load("all")
DEV = [d for d in DOCS if d.set == "dev"]
HELDOUT = [d for d in DOCS if d.set == "heldout"]

LANGUAGES = {"en", "el", "ru", "zh", "th", "de", "fr"}
KINDS = {
    "forum-thread", "reddit-thread", "newsletter", "podcast-transcript", "social-thread",
    "code-share", "blog-post", "news-article",
}  # fmt: skip

# Dev documents whose expected sentences the cleaner loses today (the cleaner is being fixed):
# the check is xfail(strict=False) for them, so it reports without breaking the suite. Remove an
# entry when its document passes.
KNOWN_LOSSES = {
    # found by pages of the twenty-third session; older rules than that session's
    "dev/g1r_store_pt_cafeteira": "'4 minutos' and '5 minutos' in two reviews go as a poster's "
    "figures under two names",
    "dev/el_news_mojibake_comments": "Greek letters that lost a byte to ISO-8859-7 and could be "
    "several letters are marked lost (U+FFFD): honest, but the sentence is not whole",
    "dev/th_blog_mojibake": "a Thai character damaged by cp874 is marked lost (U+FFFD)",
    "dev/c1m_blog_sk_komentar_dvakrat": "Slovak letters whose byte cp1252 wrote as U+FFFD before "
    "a second cp1252 reading ('Äï¿½') are marked lost (U+FFFD): honest, not whole",
    "dev/d1m_news_ro_citat_cp1250": "Romanian read as cp1250 lost bytes the code page leaves "
    "undefined: those letters are marked lost (U+FFFD), none wrong",
    "dev/d1m_forum_ru_latin1_c1": "Russian read as latin-1 with its C1 controls stripped: the "
    "letters whose second byte was lost are marked (U+FFFD), one mark a letter, none wrong",
    "dev/c1m_forum_sr_podesavanja_tona": "Serbian read as cp1252 then cp1250: a 'č' that lost "
    "its 8D in a word with no other damage ('uĂ„tiv') is left as 'Ä' (wrong), 'češće' is marked",
    "dev/zh_news_mojibake": "a Chinese character damaged by cp1252 is marked lost (U+FFFD)",
    "dev/fr_wordpress_carnet_potager": "a right quote read as latin-1 (’ -> â plus two dropped C1 "
    "controls) lost its bytes: marked lost (c\ufffdest), which of ’ ‘ “ ” – — it was is not known",
    "dev/m2_el_cp1253_news_quote": "Greek letters that lost a byte to cp1253 (ρ, ψ ...) and "
    "could be several letters are marked lost (U+FFFD)",
    "dev/m2_emoji_partial_social": "emoji that lost a byte to cp1252 (🙏 😍: 8F, 8D) could be "
    "dozens of emoji: marked lost (U+FFFD)",
    "dev/m2_ja_sjis_blog_paragraph": "Japanese read as Shift_JIS lost the bytes Shift_JIS "
    "cannot pair: those characters are marked lost (U+FFFD), the others restored",
    "dev/m2_zh_gbk_forum_reply": "Chinese read as GBK lost the bytes GBK cannot pair: those "
    "characters are marked lost (U+FFFD), the others restored",
    "dev/m2_latin1_qmark_forum": "quotes and dashes whose C1 bytes a CMS wrote as '?' (â??) "
    "are marked lost: which of ’ ‘ “ ” – — it was is not known",
    "dev/m3_ko_tistory_cp949_whole": "Korean UTF-8 read as cp949 with its bytes dropped silently "
    "(errors='ignore'): how many were lost is not known, so its syllables are marked lost "
    "(U+FFFD), never guessed",
    "dev/m3_ko_forum_cp949_partial": "a Korean reply read as cp949 (errors='ignore'): its "
    "syllables are marked lost (U+FFFD) but where the page's own words settle them",
    "dev/m4_ko_cafe_comments_cp949": "Korean comments read as cp949 (errors='ignore'): their "
    "syllables are marked lost (U+FFFD) but where the page's own words settle them",
    "dev/m4_ko_news_cp949_replace": "Korean read as cp949 with errors='replace': a syllable whose "
    "lost byte could be several (a lead EB/EC/ED, a last byte before a space) is marked lost",
    "dev/m4_ko_blog_correct_mixed": "a Korean sentence read as cp949 with errors='replace': "
    "syllables whose lost byte could be several are marked lost",
    "dev/m4_ja_blog_korean_comment": "a Korean comment read as cp949 with errors='replace': "
    "syllables whose lost byte could be several are marked lost",
    "dev/m3_ko_ja_zh_ambiguous": "Japanese and Chinese read as cp949 / EUC-KR lost most of "
    "their bytes: no reading is certain, left as it is (never guessed)",
    "dev/m3_cs_news_iso8859_2": "Czech letters that lost their C1 byte to ISO-8859-2 (ř č ě: "
    "a bare Ĺ or Ä) are left as written or marked lost",
    "dev/m3_sk_forum_cp1250": "Á lost its 81 to cp1250 (a bare Ă before 'no'): left as written",
    "dev/m5_he_forum_cp1255_reply": "Hebrew letters whose second byte cp1255 leaves undefined "
    "(א ך ל ם מ ן: a bare geresh ׳) are marked lost (U+FFFD) unless the page writes the word",
    "dev/m5_he_cp1255_replace_comments": "Hebrew read as cp1255 with undefined bytes written as "
    "U+FFFD: each of א ך ל ם מ ן is one U+FFFD, which of them is not known",
    "dev/m5_he_blog_niqqud_cp1255": "vocalised Hebrew read as cp1255: letters and points that "
    "lost a byte are marked lost (U+FFFD)",
    "dev/m5_he_mixed_english_numbers": "a Hebrew paragraph read as cp1255: letters that lost "
    "a byte are marked lost (U+FFFD)",
    "dev/m5_he_iso8859_8_replace_comment": "Hebrew read as ISO-8859-8 keeps no lead byte (D7 is "
    "undefined there): the letters are lost, the damage is left as it is",
    "dev/m5_he_reactions_cp1255": "an emoji that lost a byte to cp1255 could be several: "
    "marked lost (U+FFFD)",
    "dev/m5_pl_cp1250_double_cp1252": "Polish damaged twice (cp1250, then cp1252) lost bytes "
    "in the second layer: those letters are marked lost (U+FFFD)",
    "dev/m5_pl_iso8859_2_comments": "Polish letters that lost their C1 byte to ISO-8859-2 are "
    "marked lost; a bare capital opening a word (Ĺlimakach) is left as written",
    "dev/m5_ro_correct_lone_a_beside_damage": "🐶 lost its 90 to cp1252 and could be several "
    "emoji: marked lost (U+FFFD)",
    "dev/m5_ro_cp1250_cedilla": "ă lost its 83 to cp1250 (a bare Ä after a small letter): left "
    "as written, cp1250 rarely leaves a bare lead",
    "dev/m5_ro_iso8859_16_comma": "ș ț ă lost their C1 byte to ISO-8859-16: marked lost "
    "(U+FFFD), as is the quote pair („…” or “…” is not known)",
    "dev/m5_sk_iso8859_2_quote": "č lost its 8D to ISO-8859-2 (a bare Ä opening 'či'): left as "
    "written; the quotes' bytes were lost: marked",
    # the blind b1_/b2_ pages (written without sight of the cleaner): every loss is damage, not
    # a line removed — letters marked lost (U+FFFD) or damage left as written
    "dev/b1_gr_unipress_prosopikotita": "Greek letters that lost a byte to cp1253 are marked "
    "lost (U+FFFD)",
    "dev/b1_pantip_th_chatbot_tamarahan": "a Thai comment read as cp874 lost most of its bytes: "
    "its letters are marked lost (U+FFFD)",
    "dev/b1_phpbb_he_challah_bot": "א lost its byte to cp1255 in a quoted author's name "
    "(רונית_א): left as a bare geresh",
    "dev/b1_ro_news_asistent_personalitate": "ș and ă lost their C1 byte to ISO-8859-16: "
    "marked lost (U+FFFD), a bare capital opening a word (Ètie) left as written",
    "dev/b2_devkonf_prednaska_osobnost": "Czech letters that lost their C1 byte to ISO-8859-2 "
    "are marked lost (U+FFFD); the quote pair's bytes were lost",
    "dev/b2_googlecache_forum_ro_gradina": "Romanian read as ISO-8859-16: letters that lost their "
    "C1 byte are marked lost; a reply opening with a bare capital (Èi) is left as written",
    "dev/b2_nodeblog_eval_harness_vi": "Vietnamese read as cp1258 with sequences cut short at a "
    "word's end (vá»): left as written or marked lost",
    "dev/b2_pantiplike_th_catbot": "Thai comments read as cp874 with '?' for lost bytes: their "
    "letters are marked lost (U+FFFD)",
    "dev/b2_rssreader_hebrew_aifriend": "Hebrew letters whose second byte cp1255 leaves "
    "undefined (א ל ם מ ן) are marked lost (U+FFFD)",
    "dev/b2_tieba_like_zh_cooking_bot": "Chinese read as GBK lost the bytes GBK cannot pair: "
    "marked lost, and a two-character reply (同感。) with its last byte lost left as written",
    "dev/b2_translated_jp_blog_persona": "Japanese comments read as Shift_JIS lost the bytes it "
    "cannot pair: those characters are marked lost (U+FFFD)",
    "dev/b2_webarchive_greek_forum_bikes": "Greek replies read as cp1253 with undefined bytes "
    "written as U+FFFD: letters that lost a byte are marked lost",
    # the b3_ pages, written blind and scored unseen at the end of the session that added them
    "dev/b3_blog_el_xaraktiras_montelou": "Greek read as cp1253: letters that lost a byte are "
    "marked lost (U+FFFD)",
    "dev/b3_forum_vi_tinh_cach_ai": "Vietnamese read as cp1258 (one line with '?' for lost "
    "bytes): letters marked lost, a reply left partly damaged",
    "dev/b3_localnews_ro_robot_primarie": "Romanian read as ISO-8859-16: letters that lost their "
    "C1 byte are marked lost (U+FFFD)",
    "dev/b3_news_he_ofi_bina": "Hebrew read as cp1255 with undefined bytes written as U+FFFD: "
    "letters that lost a byte are marked lost",
    "dev/b3_note_ja_ai_kyara_settei": "Japanese read as Shift_JIS lost the bytes it cannot pair: "
    "marked lost (U+FFFD)",
    "dev/b3_pantip_th_chatbot_nisai": "Thai comments read as cp874 lost most of their bytes: "
    "marked lost (U+FFFD)",
    "dev/b3_telegram_uk_kanal_persona": "a post's closing line of hashtags is removed as a tag "
    "list (chrome by the corpus's rules; this page's writer counted it as the post's words)",
    "dev/b3_zhihu_zh_moxing_renge": "Chinese read as GBK lost the bytes GBK cannot pair: marked "
    "lost (U+FFFD)",
    # the b4_ pages, written blind and scored unseen at the end of the session that added them
    "dev/b4_chiebukuro_ja_qa_ai_seikaku": "a best answer read as Shift_JIS with dropped bytes is "
    "left as written by the first clean (its characters marked lost by a second)",
    "dev/b4_clien_ko_forum_ai_seonggyeok": "Korean comments read as EUC-KR that lost bytes: "
    "syllables marked lost (U+FFFD)",
    "dev/b4_douban_zh_xiaozu_ai_xingge": "Chinese replies read as GBK lost the bytes GBK cannot "
    "pair: marked lost (U+FFFD)",
    "dev/b4_mikroblog_pl_wpis_asystent": "Polish comments read as ISO-8859-2: letters that lost "
    "their C1 byte are marked lost (U+FFFD)",
    "dev/b4_wongnai_th_review_raan_chatbot": "Thai reviews read as cp874 lost most of their "
    "bytes: marked lost (U+FFFD)",
    # the b5_ pages, written blind and scored unseen at the end of the session that added them;
    # studied the session after: each is damage whose lost bytes are marked, the text kept
    "dev/b5_blogcanhan_vi_tinh_cach_tro_ly": "Vietnamese comments damaged with lost bytes: the "
    "letters that lost theirs are marked lost (U+FFFD: 'v�', 'gi�')",
    "dev/b5_mediawiki_pl_osobowosc_modelu": "Ł lost its byte in two lines: marked lost (U+FFFD)",
    "dev/b5_mhonarc_de_liste_charakterdokument": "a quoted line read as latin-1 with '?' for "
    "lost bytes: the quote marks are marked lost (U+FFFD)",
    "dev/b5_threads_ja_ai_kyara": "Japanese replies that lost bytes: those characters are "
    "marked lost (U+FFFD)",
    "dev/b8k_news_el_voithos_dimou": "Greek letters that lost a byte to cp1253 (a lead) and to "
    "cp1252 (a quote) are marked lost (U+FFFD)",
    "dev/b9m_forum_hr_asistent_iskustva": "a Croatian reply read as latin-1: Đ č ć Č lost their "
    "C1 byte and are marked lost (U+FFFD)",
    "dev/b9m_qa_el_voithos_apantiseis": "Greek replies read as cp1253 and as ISO-8859-7: letters "
    "that lost a byte are marked lost (U+FFFD)",
    "dev/b9m_velemeny_hu_asszisztens_kommentek": "Hungarian reviews read as ISO-8859-2 and cp1252: "
    "Ü Ö É lost their C1 byte (marked U+FFFD); 'Ő' opening a line as a word of its own is left "
    "as cp1252's 'Å' (the codec pass keeps a lone capital as written)",
}


# Documents on which cleaning the clean output changes it today. The brief for this corpus asks
# for idempotence to hold; these are cleaner defects found by it, reported, and marked
# xfail(strict=False) so the suite stays usable while the cleaner is fixed. Remove an entry when
# its document passes.
KNOWN_NOT_IDEMPOTENT: dict[str, str] = {
    # found by the held-out run at the end of the twelfth session, each bisected to its commit;
    # the held-out texts were not read to fix them. The thirteenth session built the classes
    # from the commits' descriptions (tests/test_idempotence_classes.py, a3f0d19 and 726f59a):
    # the old-Reddit and pastebin pages pass; of the Vietnamese headers, 16 of 512 constructed
    # ones still clean differently the second time
    "heldout/hc_vi_news_tro_ly_ao_tu_choi": "since a217b1e (titles read the lines chrome rules "
    "removed): a second clean takes another line for the title",
    # a blind page of the twenty-second session: not idempotent with that session's starting
    # code either (checked pass/fail only, the text not read)
    "heldout/hj_blog_pt_costura_assistente": "a Blogger post in Portuguese with latin-1 damage "
    "in its comments: the first clean takes a short line two lines over the headline for the "
    "title, the second takes the headline and drops the two lines over it as the page's "
    "header (found by rule names and line lengths only; constructed Blogger pages with a "
    "blog's name and description over the post do not reproduce it)",
    "heldout/hk_blogger_it_orto_assistente": "a blind Blogger page in Italian (the twenty-"
    "third session's): a second clean differs, with that session's starting code too (checked "
    "pass/fail only); the second Blogger page that does, after hj_blog_pt_costura_assistente",
    # pages of the twenty-third session, their defects older than its rules (each checked
    # without them)
    "dev/g1r_phpbb_pl_chleb": "a poster's name and the site's name come out of the first "
    "clean and go in the second",
    "dev/g1rv_vbulletin_nl_fiets": "a poster's name and the site's name come out of the first "
    "clean and go in the second",
    "dev/g1t_wiki_ru_iz_vikipedii": "a wiki's review hatnote is kept by the first clean and "
    "taken for the title by the second",
}


def _ids(docs):
    return [pytest.param(d, id=d.id) for d in docs]


# --- the corpus ----------------------------------------------------------------------------


def test_generated_files_match_their_templates():
    stale = fidelity_corpus().stale()
    assert not stale, f"run python tests/fidelity/build_corpus.py: stale {stale}"


def test_a_duplicate_mark_with_text_after_it_is_refused():
    """'+^' repeats the line above and stands alone: text after it was taken for content."""
    header = "site: x\nkind: blog\narchive_kind: blog-post\nlanguage: en\n---\n"
    built = fidelity_corpus().build(header + "A sentence of the post.\n+^\n")
    assert built.meta["duplicate_lines"] == [{"line": 2, "text": "A sentence of the post."}]
    with pytest.raises(ValueError, match=r"'\+\^' stands alone"):
        fidelity_corpus().build(header + "A sentence of the post.\n+^ A sentence of the post.\n")


def test_a_wrapped_line_joins_the_content_line_above_in_the_expected_text():
    """Mail and Usenet pages wrap paragraphs at a width: the raw keeps the lines, the clean text
    one paragraph a line; a continuation with no paragraph above it is refused."""
    header = "site: x\nkind: mail\narchive_kind: other\nlanguage: en\n---\n"
    built = fidelity_corpus().build(
        header + "First half of a\n& sentence that wraps.\n\nNext one.\n"
    )
    assert built.raw == "First half of a\nsentence that wraps.\n\nNext one.\n"
    assert built.expected == "First half of a sentence that wraps.\n\nNext one.\n"
    with pytest.raises(ValueError, match="'&' continues a content line"):
        fidelity_corpus().build(header + "~ Menu\n\n& orphan line\n")


def test_an_archive_kind_the_archive_does_not_know_is_refused():
    """The scorer compares the detected kind with ``archive_kind``: a kind outside the archive's
    registry could never be detected, so the template is refused with the kinds to choose from."""
    body = "---\nA sentence of the page.\n"
    built = fidelity_corpus().build(
        "site: x\nkind: wiki\narchive_kind: other\nlanguage: en\n" + body
    )
    assert built.meta["archive_kind"] == "other"
    with pytest.raises(ValueError, match=r"archive_kind 'wiki' .* forum-thread"):
        fidelity_corpus().build("site: x\nkind: wiki\nlanguage: en\n" + body)


def test_corpus_size_sites_languages_kinds():
    assert len(DOCS) >= 60
    assert len({d.meta["site"] for d in DOCS}) >= 20
    assert {d.meta["language"] for d in DOCS} >= LANGUAGES
    assert {d.meta["kind"] for d in DOCS} >= KINDS
    for which in (DEV, HELDOUT):
        assert {d.meta["language"] for d in which} >= LANGUAGES


def test_heldout_is_a_fifth_spread_over_kinds_and_languages():
    assert len(HELDOUT) >= 12
    assert len(HELDOUT) * 5 >= len(DOCS)
    assert len({d.meta["kind"] for d in HELDOUT}) >= 6


def test_corpus_has_each_kind_of_damage():
    damaged = [d for d in DOCS if d.meta["damaged"]]
    assert len(damaged) >= 10, "partial mojibake documents"
    assert any(any(c in (d.meta["title"] or "") for _, c in d.meta["damaged"]) for d in damaged)
    assert sum(bool(d.meta["duplicate_lines"]) for d in DOCS) >= 3, "doubled lines"
    assert any("repaired" in c for d in DOCS for c in d.meta["chrome"]), "damaged reaction rows"


def test_every_raw_has_expected_and_meta():
    for raw in sorted(CORPUS.glob("*/*.raw.txt")):
        stem = raw.name.removesuffix(".raw.txt")
        assert raw.with_name(f"{stem}.expected.txt").is_file(), raw
        assert raw.with_name(f"{stem}.meta.yml").is_file(), raw
    for path in sorted(CORPUS.glob("*/*.*")):
        assert path.name.endswith((".raw.txt", ".expected.txt", ".meta.yml")), path


def _runs(lines: list[str], longest: int = 40):
    """Each line, and each run of consecutive non-blank lines joined with spaces: a hard-wrapped
    paragraph (``& `` in a template) is one line of the expected text."""
    for i, line in enumerate(lines):
        yield line
        joined = line.strip()
        for following in lines[i + 1 : i + longest]:
            if not following.strip() or not joined:
                break
            joined += " " + following.strip()
            yield joined


@pytest.mark.parametrize("doc", _ids(DOCS))
def test_meta_agrees_with_the_files(doc):
    meta = doc.meta
    assert {"site", "kind", "archive_kind", "language", "title", "chrome", "damaged"} <= set(meta)
    raw_lines = doc.raw.split("\n")
    for key in ("chrome", "metadata_lines", "duplicate_lines"):
        for entry in meta[key]:
            assert raw_lines[entry["line"] - 1].strip() == entry["text"], (key, entry)
    expected = doc.expected + (meta["title"] or "")
    for damaged, correct in meta["damaged"]:
        assert damaged in doc.raw and correct in expected and damaged != correct
    body = {bench_fidelity.norm(line) for line in _runs(raw_lines)}
    for line in doc.expected.splitlines():
        if line.strip() and not any(correct in line for _, correct in meta["damaged"]):
            assert bench_fidelity.norm(line) in body, f"expected line not in the raw: {line!r}"


# --- the scorer ----------------------------------------------------------------------------


def _perfect(doc) -> bench_fidelity.Cleaned:
    paragraphs = [p for p in doc.expected.splitlines() if p.strip()]
    blocks = [("paragraph", p) for p in paragraphs]
    return bench_fidelity.Cleaned(doc.meta["title"] or "", doc.meta["archive_kind"], blocks)


def _unchanged(doc) -> bench_fidelity.Cleaned:
    """The raw page as it is: every line a paragraph, no title found (a page whose first line
    is its title would otherwise get one for nothing)."""
    lines = [line for line in doc.raw.splitlines() if line.strip()]
    return bench_fidelity.Cleaned("", "other", [("paragraph", x) for x in lines], False)


def test_scorer_gives_a_perfect_output_full_marks():
    f = bench_fidelity.figures([bench_fidelity.score(d, _perfect(d)) for d in DOCS])
    for key in (
        "sentences_kept_pct", "chrome_removed_pct", "non_ascii_preserved_pct",
        "damaged_restored_pct", "titles_exact_pct", "kinds_detected_pct",
    ):  # fmt: skip
        assert f[key] == 100.0, key
    assert f["duplicates_left"] == 0
    assert f["paragraphs_merged"] == 0


def test_scorer_gives_the_raw_page_no_credit_for_cleaning():
    scores = [bench_fidelity.score(d, _unchanged(d)) for d in DOCS]
    f = bench_fidelity.figures(scores)
    assert f["chrome_removed_pct"] == 0.0
    assert f["damaged_restored_pct"] == 0.0
    assert f["titles_exact_pct"] == 0.0
    # every scrape copy left (a damaged copy holds no sentence of the text: its damage is scored)
    undamaged = [
        s
        for d, s in zip(DOCS, scores, strict=True)
        if not any("repaired" in x for x in d.meta.get("duplicate_lines") or [])
    ]
    assert sum(s.duplicates_left for s in undamaged) == sum(s.duplicates_raw for s in undamaged)
    assert f["counts"]["duplicates_raw"] > 0
    assert f["sentences_kept_pct"] < 100.0  # the damaged sentences


def test_scorer_counts_no_copy_in_a_metadata_line():
    """A quote's header that names the thread ("X disse em <title>:") is metadata, neither kept
    nor removed: the title inside it is no scrape copy of the title."""
    doc = next(d for d in DEV if d.name == "d1f_nodebb_pt_abelhas_bot")
    assert any(doc.meta["title"] in m["text"] for m in doc.meta["metadata_lines"])
    assert bench_fidelity.score(doc, _unchanged(doc)).duplicates_left == 0


def test_scorer_counts_no_copy_in_a_title_derived_from_the_body():
    """A page with no title (a social thread) gets one derived from its first sentence: the
    body still holds the sentence, and the derived title is no scrape copy of it."""

    def first(doc) -> str:
        return bench_fidelity.sentences(_perfect(doc).blocks[0][1])[0]

    doc = next(
        d
        for d in DEV
        if d.meta["title"] is None
        and not d.meta.get("duplicate_lines")
        and len(first(d)) >= bench_fidelity.MIN_DUPLICATE_CHARS
    )
    perfect = _perfect(doc)
    derived = bench_fidelity.Cleaned(first(doc), perfect.kind, perfect.blocks, title_line=False)
    assert bench_fidelity.score(doc, derived).duplicates_left == 0
    as_a_line = bench_fidelity.Cleaned(first(doc), perfect.kind, perfect.blocks, title_line=True)
    assert bench_fidelity.score(doc, as_a_line).duplicates_left == 1  # a line the page repeats


def test_scorer_counts_a_lost_character_marked_as_marked():
    doc = next(d for d in DEV if d.name == "personal_blog_damaged_title")
    cleaned = _perfect(doc)
    cleaned.title = cleaned.title.replace("’", "\ufffd")
    s = bench_fidelity.score(doc, cleaned)
    assert (s.restored, s.marked, s.wrong) == (s.damaged - 1, 1, 0)
    cleaned.title = cleaned.title.replace("\ufffd", "'")
    s = bench_fidelity.score(doc, cleaned)
    assert (s.marked, s.wrong, s.titles_exact) == (0, 1, 0)


def test_scorer_counts_paragraphs_joined_into_one_block_but_not_a_reflow():
    doc = next(
        d
        for d in DEV
        if all(len(p) > 30 for p in [p for p in d.expected.splitlines() if p.strip()][:2])
    )
    cleaned = _perfect(doc)
    (k1, first), (_k2, second) = cleaned.blocks[0], cleaned.blocks[1]
    cleaned.blocks[:2] = [(k1, f"{first} {second}")]
    assert bench_fidelity.score(doc, cleaned).merged == 1
    cleaned.reflowed = frozenset({f"{first} {second}"})  # the archive re-flowed them: its choice
    assert bench_fidelity.score(doc, cleaned).merged == 0


def test_scorer_counts_a_kept_quotation_as_kept():
    doc = next(d for d in DEV if d.meta["title"] and len(d.expected.splitlines()) > 2)
    lines = [p for p in doc.expected.splitlines() if p.strip()]
    quoted = dataclasses.replace(doc, expected="\n".join(["> " + lines[0], *lines[1:]]))
    cleaned = _perfect(doc)
    cleaned.blocks[0] = (QUOTE, lines[0])  # the cleaner's quotation block, without its marks
    kept = bench_fidelity.score(doc, _perfect(doc)).kept
    assert bench_fidelity.score(quoted, cleaned).kept == kept
    cleaned.blocks[0] = ("paragraph", "")
    assert bench_fidelity.score(quoted, cleaned).kept < kept


def test_scorecard_on_dev_gives_figures_in_range(tmp_path):
    report = bench_fidelity.scorecard("dev")
    groups = report["sets"]["dev"]["groups"]
    assert groups["all"]["documents"] == len(DEV)
    assert {f"language: {x}" for x in LANGUAGES} <= set(groups)
    for figures in groups.values():
        c = figures["counts"]
        for key, value in figures.items():
            if key.endswith("_pct") and value is not None:
                assert 0.0 <= value <= 100.0, key
        assert c["kept"] <= c["sentences"] and c["chrome_left"] <= c["chrome"]
        assert c["restored"] + c["marked"] + c["wrong"] == c["damaged"]
        assert c["non_ascii_kept"] <= c["non_ascii"] and c["titles_exact"] <= c["titles"]
    out = tmp_path / "card.json"
    assert bench_fidelity.main(["--set", "dev", "--json", str(out)]) == 0
    assert out.stat().st_size > 0


def test_sentences_split_in_every_script():
    assert bench_fidelity.sentences("Один. Два? Три!") == ["Один.", "Два?", "Три!"]
    assert bench_fidelity.sentences("Ένα. Δύο") == ["Ένα.", "Δύο"]
    assert bench_fidelity.sentences("一。二！三？") == ["一。", "二！", "三？"]
    assert bench_fidelity.sentences("« Oui. » Non.") == ["« Oui. »", "Non."]
    assert len(bench_fidelity.sentences("ประโยคแรก ประโยคที่สอง")) == 1  # Thai: one per line


# --- the cleaner's invariants over the corpus ----------------------------------------------

_ATTRS = re.compile(r"\{:? ?#p-[^}]*\}$")
_LABEL = re.compile(r"#{2,} (?:Comment|Reply \d+|Post \d+)")


def _page_text(rendered: str) -> str:
    """A page ``clean_text`` rendered, without its paragraph anchors and the archive's post
    labels (editorial, not text): its blocks, one per paragraph.

    >>> _page_text("# T\\n\\nA\\n{: #p-1 }\\n\\n## Reply 1 {#p-2}\\n\\nB\\n{: #p-3 }\\n")
    '# T\\n\\nA\\n\\nB'
    """
    blocks = []
    for block in rendered.split("\n\n"):
        lines = [_ATTRS.sub("", line).rstrip() for line in block.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text and not _LABEL.fullmatch(text):
            blocks.append(text)
    return "\n\n".join(blocks)


@pytest.mark.parametrize("doc", _ids(DOCS))
def test_cleaning_is_deterministic(doc):
    data = doc.raw_path.read_bytes()
    first = bench_fidelity.clean_uncached(doc.raw_path.name, data)
    assert bench_fidelity.clean_uncached(doc.raw_path.name, data) == first
    assert clean_text(doc.raw) == clean_text(doc.raw)


def _known(docs, known: dict[str, str]):
    for d in docs:
        reason = known.get(d.id)
        marks = [pytest.mark.xfail(strict=False, reason=reason)] if reason else []
        yield pytest.param(d, id=d.id, marks=marks)


@pytest.mark.parametrize("doc", list(_known(DOCS, KNOWN_NOT_IDEMPOTENT)))
def test_cleaning_is_idempotent(doc):
    clean = bench_fidelity.plain_text(bench_fidelity.clean(doc))
    again = bench_fidelity.clean_uncached("clean.txt", clean.encode("utf-8"))
    assert bench_fidelity.plain_text(again) == clean
    assert _page_text(clean_text(clean)) == _page_text(clean_text(doc.raw))


@pytest.mark.parametrize("doc", list(_known(DEV, KNOWN_LOSSES)))
def test_no_expected_sentence_is_lost(doc):
    lost = bench_fidelity.score(doc, bench_fidelity.clean(doc)).lost
    assert not lost, f"{len(lost)} sentences lost, first: {lost[0]!r}"


def test_known_failures_name_corpus_documents():
    assert set(KNOWN_LOSSES) <= {d.id for d in DEV}
    assert set(KNOWN_NOT_IDEMPOTENT) <= {d.id for d in DOCS}


def test_scorer_reads_a_long_run_of_marks_in_linear_time():
    """A token of many U+FFFD marks against a damaged word (a page whose whole reply was lost)
    once made the scorer's pattern backtrack for ever: one quantifier per run now."""
    marks = "\ufffd" * 40
    assert not bench_fidelity._marked_run(marks + "x", "é" * 60 + "y")
    assert bench_fidelity._marked_run(marks + ".", "語" * 41 + ".")
    assert not bench_fidelity._marked_run(marks + ".", "語" * 39 + ".")
