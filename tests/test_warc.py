"""Web archives as sources (issue 19): each archived HTML page (a ``response`` record with
status 200) is one document with the record's URL and capture date; stylesheets, redirects and
other records are not documents; keys are stable; the raw original is the record's payload; a
damaged WARC is reported and never stops the others."""

from __future__ import annotations

import gzip
import importlib

import pytest

from persona_archive.cleaning import provenance, webpage
from persona_archive.ingest import webarchive
from webpages import ARTICLE, GREEK_PAGE, ingest, page, pages, write_catalog, write_warc

NOTES = "https://harbour.example/notes"
TIDES = "https://harbour.example/tides"


def crawl() -> list[tuple]:
    """A crawl: two pages, a stylesheet, a redirect, a 404 page and a script."""
    return [
        (NOTES, "200 OK", "text/html; charset=utf-8", page().encode(), "2026-03-07T10:12:30Z"),
        (
            "https://harbour.example/style.css",
            "200 OK",
            "text/css",
            b"body { color: red }",
            "2026-03-07T10:12:31Z",
        ),
        (
            "https://harbour.example/old-notes",
            "301 Moved Permanently",
            "text/html",
            b"<html><body><p>This page has moved to a new address.</p></body></html>",
            "2026-03-07T10:12:32Z",
            [("Location", NOTES)],
        ),
        (
            "https://harbour.example/missing",
            "404 Not Found",
            "text/html",
            page("Nothing here").encode(),
            "2026-03-07T10:12:33Z",
        ),
        (
            "https://harbour.example/app.js",
            "200 OK",
            "application/javascript",
            b"document.write('x')",
            "2026-03-07T10:12:34Z",
        ),
        (
            TIDES,
            "200 OK",
            "text/html",
            page("Tides and the people who count them").encode(),
            "2026-04-01T00:00:01Z",
        ),
    ]


@pytest.fixture
def archive(tmp_path):
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    write_warc(sources / "crawl.warc.gz", crawl())
    return sources, out


def test_each_html_page_with_status_200_is_one_document(archive):
    sources, out = archive
    before = (sources / "crawl.warc.gz").read_bytes()
    result = ingest(sources, out)
    assert result.returncode == 0, result.stderr
    written = pages(out)
    assert len(written) == 2
    by_url = {meta["url"]: meta for meta, _ in written.values()}
    assert set(by_url) == {NOTES, TIDES}
    notes = by_url[NOTES]
    assert notes["archived"] == "2026-03-07" and by_url[TIDES]["archived"] == "2026-04-01"
    assert notes["meta"]["url"] == "warc:WARC-Target-URI"
    assert notes["meta"]["archived"] == "warc:WARC-Date"
    assert notes["canonical_url"] == "https://harbour.example/notes-northern-cape"
    assert notes["title"] == "Notes from the northern cape" and notes["authors"] == ["Ada Quill"]
    assert notes["source_file"].startswith("crawl.warc.gz#")
    body = written[notes["source_file"]][1]
    assert all(p in body for p in ARTICLE) and "color: red" not in body
    assert (sources / "crawl.warc.gz").read_bytes() == before  # the WARC stays as it came


def test_keys_and_slugs_are_stable_when_the_archive_grows(archive, tmp_path):
    sources, out = archive
    assert ingest(sources, out).returncode == 0
    first = {name: meta["slug"] for name, (meta, _) in pages(out).items()}
    third = ("https://harbour.example/more", "200 OK", "text/html", page("A third note").encode())
    more = [*crawl(), (*third, "2026-05-01T00:00:00Z")]
    # The same records written again get new record ids: a grown copy of the same file keeps
    # its records (and their ids) byte for byte, so append one to the file itself.
    extra = tmp_path / "extra.warc.gz"
    write_warc(extra, more[-1:])
    with (sources / "crawl.warc.gz").open("ab") as handle:
        handle.write(extra.read_bytes())
    result = ingest(sources, out)
    assert result.returncode == 0, result.stderr
    second = {name: meta["slug"] for name, (meta, _) in pages(out).items()}
    assert len(second) == 3 and all(second[name] == slug for name, slug in first.items())


def test_the_raw_original_is_the_record_payload(archive, tmp_path):
    sources, out = archive
    assert ingest(sources, out).returncode == 0
    by_url = {meta["url"]: meta for meta, _ in pages(out).values()}
    raw = provenance.raw_original(sources, by_url[TIDES]["source_file"])
    assert raw is not None and raw.read_bytes() == crawl()[-1][3]
    assert raw.suffix == ".html" and not raw.is_relative_to(sources)
    assert provenance.raw_original(sources, "crawl.warc.gz#000000000000") is None


def test_the_http_header_charset_of_a_record_is_used(tmp_path):
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    body = GREEK_PAGE.encode("iso-8859-7")
    write_warc(
        sources / "greek.warc",
        [("https://fari.example/", "200 OK", "text/html; charset=ISO-8859-7", body,
          "2026-01-02T03:04:05Z")],
        gz=False,
    )  # fmt: skip
    result = ingest(sources, out)
    assert result.returncode == 0, result.stderr
    ((meta, body_md),) = pages(out).values()
    assert meta["language"] == "el" and "φαροφύλακας" in body_md


def test_a_catalog_entry_for_a_record_overrides_the_page(archive):
    sources, out = archive
    assert ingest(sources, out).returncode == 0
    name = next(n for n, (meta, _) in pages(out).items() if meta["url"] == TIDES)
    write_catalog(sources, {name: {"title": "Counting tides", "archived": "2026-06-01"}})
    result = ingest(sources, out)
    assert result.returncode == 0, result.stderr
    meta = pages(out)[name][0]
    assert meta["title"] == "Counting tides" and meta["title_source"] == "catalog"
    assert meta["archived"] == "2026-06-01" and "archived" not in meta["meta"]


def test_a_truncated_warc_keeps_the_pages_before_the_damage(tmp_path):
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    plain, packed = tmp_path / "whole.warc", tmp_path / "whole.warc.gz"
    write_warc(plain, crawl(), gz=False)
    write_warc(packed, crawl())
    data = plain.read_bytes()
    (sources / "cut-plain.warc").write_bytes(data[: data.index(b"Tides and the people")])
    (sources / "cut.warc.gz").write_bytes(packed.read_bytes()[:-200])  # inside the last page
    (sources / "one-gzip.warc.gz").write_bytes(gzip.compress(data))  # not a gzip per record
    (sources / "not-a-warc.warc").write_bytes(b"this is not a web archive at all\n" * 10)
    (sources / "notes.txt").write_text("A plain text source\n\n" + " ".join(ARTICLE))
    result = ingest(sources, out)
    assert result.returncode == 1
    for name in ("cut-plain.warc", "cut.warc.gz"):
        assert f"{sources / name}: record " in result.stderr
        assert f"({TIDES}): the WARC is truncated: the file ends inside" in result.stderr
    assert (
        f"{sources / 'one-gzip.warc.gz'}: after record 1: not readable as a WARC: non-chunked gzip"
        in result.stderr
    )
    assert f"{sources / 'not-a-warc.warc'}: at its start: not readable as a WARC" in result.stderr
    written = [meta for meta, _ in pages(out).values()]
    assert sorted(m["source_file"].split("#")[0] for m in written if m["url"] == NOTES) == [
        "cut-plain.warc",
        "cut.warc.gz",
        "one-gzip.warc.gz",
    ]  # the first page of each damaged WARC is kept
    assert any(m["source_file"] == "notes.txt" for m in written)


def test_a_gigantic_record_is_reported_and_the_others_read(tmp_path, monkeypatch):
    path = tmp_path / "big.warc"
    records = crawl()
    big = page(paragraphs=ARTICLE * 50).encode()
    records.insert(
        1, ("https://harbour.example/big", "200 OK", "text/html", big, "2026-03-07T10:12:40Z")
    )
    write_warc(path, records, gz=False)
    monkeypatch.setattr(webpage, "MAX_HTML_BYTES", len(big) - 1)
    with path.open("rb") as stream:
        found = list(webarchive.html_records(stream))
    problems = [f for f in found if isinstance(f, webarchive.Problem)]
    assert [p.reason.split(" (")[0] for p in problems] == ["HTML too large"]
    assert "https://harbour.example/big" in problems[0].where
    assert [f.uri for f in found if isinstance(f, webarchive.Record)] == [NOTES, TIDES]


def test_two_cold_runs_write_the_same_bytes(archive, tmp_path):
    sources, out = archive
    (sources / "saved.html").write_text(page("A saved note"), encoding="utf-8")
    assert ingest(sources, out).returncode == 0
    again = tmp_path / "again" / "out"
    again.parent.mkdir()
    assert ingest(sources, again).returncode == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    assert first == {p.name: p.read_bytes() for p in again.iterdir()} and len(first) == 6


@pytest.mark.slow
def test_the_site_publishes_each_archived_page_payload_as_its_raw_original(tmp_path):
    conftest = importlib.import_module("conftest")
    project = conftest.copy_project(tmp_path / "project")
    write_warc(project / "sources" / "crawl.warc.gz", crawl())
    (project / "sources" / "saved.html").write_text(page("A saved note"), encoding="utf-8")
    site = conftest.build_site(project)
    by_url = {meta["url"]: meta for meta, _ in pages(project / "docs" / "archive").values()}
    for url, payload in ((NOTES, crawl()[0][3]), (TIDES, crawl()[-1][3])):
        packed = (site / "raw" / f"{by_url[url]['slug']}.txt.gz").read_bytes()
        assert gzip.decompress(packed) == payload
    saved = next(m for m in by_url.values() if m["source_file"] == "saved.html")
    html = (site / "archive" / saved["slug"] / "index.html").read_text(encoding="utf-8")
    assert "SCRIPT-TEXT-MUST-NOT-APPEAR" not in html and "handler-must-not-run" not in html


def test_a_warc_documents_provenance_names_the_archive_and_downloads_as_a_page():
    from persona_archive.site import reading

    doc = {"slug": "a-page", "source_file": "crawl.warc.gz#0a1b2c3d4e5f", "source_sha256": "ab"}
    out = reading.provenance(doc, {}, "../../")
    assert "a page captured in the web archive crawl.warc.gz" in out
    # saved under that name: the page unpacks the gzipped original (without JavaScript, the .gz)
    assert 'data-pa-name="crawl-0a1b2c3d4e5f.html"' in out
    assert 'download="crawl-0a1b2c3d4e5f.html.gz"' in out
    assert "raw text exactly as it was scraped" not in out
