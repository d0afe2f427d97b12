"""Which search engine the site uses, and what each needs at build time.

One switch in ``mkdocs.yml``::

    extra:
      search_engine: lunr      # lunr (default) | pagefind

- ``lunr``: Material's built-in search. The browser downloads ``search/search_index.json`` and
  builds the whole index before the first result, so time and memory grow with the archive
  (measured by ``scripts/bench.py``, see ``docs/performance.md``). The build
  warns, with the figures and the switch's name, when the index passes ``LUNR_SLOW_BYTES``.
- ``pagefind``: Pagefind (PyPI ``pagefind[bin]``, the binary ships in the wheel) indexes the
  built HTML after the build into fragments the browser loads per query: the first result costs
  about the same at 100 and at 10,000 documents. The header search box stays Material's; the
  partial ``overrides/partials/pa-search-pagefind.html`` and ``assets/pa-pagefind.js`` answer it
  from Pagefind, one result per matching paragraph (``p-xxxxxx`` anchors), with filters by tag,
  kind, author and site. Needs a web server (``file://`` cannot fetch the index).

The hook ``hooks/search.py`` only calls what is here.
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from persona_archive.site.unused_assets import without_map_comment

ENGINES = ("lunr", "pagefind")
DEFAULT = "lunr"
SWITCH = "extra.search_engine"
BUNDLE = "pagefind"  # output folder of the Pagefind bundle inside the site

# Above this lunr index size the first search result takes seconds (measured on 2 cores: about
# 1 s per MB of index to download, parse and build, ~8 kB of index per 1,200-word document).
LUNR_SLOW_BYTES = 2_000_000
LUNR_SECONDS_PER_MB = 0.9

ARTICLE_OPEN = '<article class="md-content__inner md-typeset">'
FILTER_KEYS = (("tag", "tags"), ("kind", "kind"), ("author", "authors"), ("site", "site"))


class EngineError(ValueError):
    pass


def engine(config_extra: dict | None) -> str:
    """The engine selected by ``extra.search_engine`` (``lunr`` when unset).

    >>> engine({}), engine({"search_engine": "Pagefind"})
    ('lunr', 'pagefind')
    >>> try:
    ...     engine({"search_engine": "elastic"})
    ... except EngineError as exc:
    ...     print(exc)
    mkdocs.yml: extra.search_engine: 'elastic' is not one of lunr, pagefind
    """
    value = (config_extra or {}).get("search_engine") or DEFAULT
    value = str(value).strip().lower()
    if value not in ENGINES:
        raise EngineError(f"mkdocs.yml: {SWITCH}: {value!r} is not one of {', '.join(ENGINES)}")
    return value


# --- lunr: the size warning ----------------------------------------------------------------


@dataclass
class LunrFigures:
    documents: int  # pages in the index
    entries: int  # index entries (pages and their sections)
    index_bytes: int
    gzip_bytes: int

    @property
    def estimated_seconds(self) -> float:
        return self.index_bytes / 1e6 * LUNR_SECONDS_PER_MB


GZIP_SAMPLE = 4  # megabytes: the first of every four is compressed to estimate the gzipped size


class SizeMeter:
    """The size of a stream of bytes and its gzipped size, estimated past ``GZIP_SAMPLE`` MB from
    every ``GZIP_SAMPLE``-th megabyte (within a few per cent; compressing all of a 10,000-document
    index took 5 s). Fed in pieces, as the search hook writes the index.

    >>> meter = SizeMeter()
    >>> meter.feed(b"abc" * 1000)
    >>> meter.size, meter.gzip_size() < 100
    (3000, True)
    """

    def __init__(self):
        self.size = self._sampled = self._packed = 0
        self._compressor = zlib.compressobj(6, zlib.DEFLATED, 31)  # gzip framing, as `gzip -6`

    def feed(self, data: bytes) -> None:
        start = self.size
        self.size += len(data)
        position = start
        while position < self.size:  # the part of ``data`` in each megabyte it touches
            megabyte = position >> 20
            end = min(self.size, (megabyte + 1) << 20)
            if megabyte % GZIP_SAMPLE == 0:
                self._packed += len(self._compressor.compress(data[position - start : end - start]))
                self._sampled += end - position
            position = end

    def gzip_size(self) -> int:
        packed = self._packed + len(self._compressor.copy().flush())
        return round(packed * self.size / self._sampled) if self._sampled else packed


def advise(message: str) -> None:
    """Print ``message`` as MkDocs prints a warning, without being one: advice must not fail
    ``mkdocs build --strict``, which counts the warnings of MkDocs' loggers."""
    print(f"WARNING -  {message}", file=sys.stderr, flush=True)


def lunr_warning(fig: LunrFigures | None, threshold: int = LUNR_SLOW_BYTES) -> str | None:
    """The build warning for a lunr index past the size where lunr gets slow, else None.

    >>> print(lunr_warning(LunrFigures(1000, 9000, 8_000_000, 3_100_000)))
    search: the lunr index is 8.0 MB (3.1 MB gzip) for 1000 pages; every reader downloads all of it
    and builds it in the browser before the first result (about 7 s on 2 cores, growing with the
    archive). Set `extra: search_engine: pagefind` in mkdocs.yml for search that stays fast at any
    size (see docs/performance.md).
    >>> lunr_warning(LunrFigures(10, 50, 80_000, 30_000)) is None
    True
    """
    if fig is None or fig.index_bytes < threshold:
        return None
    return textwrap.fill(
        f"search: the lunr index is {fig.index_bytes / 1e6:.1f} MB "
        f"({fig.gzip_bytes / 1e6:.1f} MB gzip) for {fig.documents} pages; every reader "
        "downloads all of it and builds it in the browser before the first result (about "
        f"{fig.estimated_seconds:.0f} s on 2 cores, growing with the archive). Set "
        "`extra: search_engine: pagefind` in mkdocs.yml for search that stays fast at any "
        "size (see docs/performance.md).",
        96,
    )


# --- pagefind: page annotation -------------------------------------------------------------


def _values(meta: dict, key: str) -> list[str]:
    value = meta.get(key)
    if value is None or value == "":
        return []
    items = value if isinstance(value, list | tuple) else [value]
    return [str(v) for v in items if v not in (None, "")]


def pagefind_attributes(meta: dict, src_uri: str, labels: dict | None = None) -> str | None:
    """The markup that opens a page's searchable body for Pagefind, or None to leave the page
    out of the index (``search: {exclude: true}`` in its front matter, as for lunr).

    Filters and the result's metadata are attributes of one empty element (never indexed as
    text): Pagefind reads a comma-separated list of ``filter[attribute]``, so a page names each
    value once, 25 bytes around it instead of 60 in an element of its own (issue 20). Tags are
    filtered by their labels (``labels``: taxonomy.yml's), as readers know them. An archived
    document's tags, kind, authors and site are its metadata panel's links
    (``reading.panel``), so only the site's own pages carry them here. The site's pages have the
    filter ``type: page`` and documents none, so the results can list documents first
    (``not: {type: page}``, assets/pa-pagefind.js) while an index shard that holds only
    documents has no ``type`` filter for the browser to load.

    >>> pagefind_attributes({"title": "T", "kind": "blog-post", "tags": ["a", "b"],
    ...     "authors": ["Doe, J."], "site": "S & Co", "source_sha256": "0"}, "archive/t.md")
    '<article class="md-content__inner md-typeset" data-pagefind-body>'
    >>> print(pagefind_attributes({"title": "About", "tags": ["a"]}, "about.md",
    ...     {"a": {"label": "A & tag"}}))
    <article class="md-content__inner md-typeset" data-pagefind-body><span hidden \
data-pagefind-filter="type[data-f0], tag[data-f1]" data-f0="page" data-f1="A &amp; tag" \
data-pagefind-meta="title[data-t]" data-t="About"></span>
    >>> pagefind_attributes({"search": {"exclude": True}}, "tags.md") is None
    True
    """
    search = meta.get("search")
    if isinstance(search, dict) and search.get("exclude"):
        return None
    archived = src_uri.startswith("archive/") and "source_sha256" in meta
    values = [] if archived else [("type", "page")]
    # a document's tags, kind, authors and site are the panel's links (reading.panel)
    for name, key in () if archived else FILTER_KEYS:
        for v in _values(meta, key):
            if name == "tag" and labels:
                v = str((labels.get(v) or {}).get("label") or v)
            values.append((name, v))
    names = ", ".join(f"{name}[data-f{i}]" for i, (name, _) in enumerate(values))
    attributes = "".join(
        f' data-f{i}="{html.escape(v, quote=True)}"' for i, (_, v) in enumerate(values)
    )
    # Pagefind's title is the page's first <h1>: a document's is its title, as it stands
    # (a supplied title's is in square brackets), so only the other pages name theirs
    own_h1 = archived and meta.get("title_source") != "derived"
    if meta.get("title") and not own_h1:
        title = html.escape(str(meta["title"]), quote=True)
        attributes += f' data-pagefind-meta="title[data-t]" data-t="{title}"'
    if names:
        attributes = f' data-pagefind-filter="{names}"' + attributes
    span = f"<span hidden{attributes}></span>" if attributes else ""
    return ARTICLE_OPEN[:-1] + " data-pagefind-body>" + span


_MATERIAL_WORKER = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")
IDLE_WORKER = "assets/pa-search-idle.js"


def idle_material_worker(output: str) -> str:
    """Point Material's search worker (its ``__config``) at a stand-in that loads nothing: under
    Pagefind the lunr worker would only search an empty index, 12 kB on every first search.

    >>> idle_material_worker('"search": "../assets/javascripts/workers/search.a7633da7.min.js"')
    '"search": "../assets/pa-search-idle.js"'
    """
    return _MATERIAL_WORKER.sub(IDLE_WORKER, output, count=1)


ARCHIVE_WORKER_PRELUDE = ("assets/pa-gzip.js", "assets/pa-search-worker.js")


def archive_worker(output: str) -> str:
    """Point Material's lunr search worker (its ``__config``) at the archive's: the same worker
    after a prelude (``assets/pa-search-worker.js``: phrases, archive documents first, the
    nearest terms of a query that finds nothing), in the same folder, written by
    ``write_archive_worker`` after the build.

    >>> archive_worker('"search": "../assets/javascripts/workers/search.a7633da7.min.js"')
    '"search": "../assets/javascripts/workers/pa-search.a7633da7.min.js"'
    """
    return _MATERIAL_WORKER.sub(lambda m: m.group(0).replace("/search.", "/pa-search."), output, 1)


def write_archive_worker(site_dir: Path) -> list[Path]:
    """Write ``pa-search.<hash>.min.js`` beside each of Material's search workers in the built
    site: the prelude (its files joined, each ended with ``;``: the unpacking of gzipped parts,
    then the archive's worker), then Material's worker unchanged (one script, so it also runs
    where Material's file:// fallback evaluates the worker in an iframe). Returns the files
    written. Runs before the page scripts are bundled (which takes their files away)."""
    site_dir = Path(site_dir)
    pieces = []
    for name in ARCHIVE_WORKER_PRELUDE:
        path = site_dir / name
        if path.is_file():  # a theme without the archive's assets: Material's worker alone
            pieces.append(path.read_text(encoding="utf-8").rstrip() + "\n;\n")
    prelude = "".join(pieces)
    written = []
    for material in sorted((site_dir / "assets/javascripts/workers").glob("search.*.min.js")):
        target = material.with_name("pa-" + material.name)
        worker = without_map_comment(material.read_text(encoding="utf-8"))  # map not published
        target.write_text(prelude + worker, "utf-8")
        written.append(target)
    return written


def annotate_page(output: str, meta: dict, src_uri: str, labels: dict | None = None) -> str:
    """Mark the page's article as Pagefind's body (and give it its filters)."""
    opening = pagefind_attributes(meta or {}, src_uri, labels)
    if opening is None or ARTICLE_OPEN not in output:
        return output
    return output.replace(ARTICLE_OPEN, opening, 1)


# --- pagefind: running the indexer ---------------------------------------------------------


@dataclass
class IndexRun:
    pages: int
    seconds: float
    peak_rss_mb: float
    bundle_bytes: int
    log: str
    shards: int = 1
    waited_s: float = 0.0  # of ``seconds``, after the build's last page was written


def pagefind_executable() -> str:
    """The Pagefind binary shipped in the ``pagefind_bin`` wheel (``pagefind[bin]``)."""
    override = os.environ.get("PAGEFIND_BINARY")
    if override:
        return override
    try:
        import pagefind_bin
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise EngineError(
            f"{SWITCH} is 'pagefind' but pagefind[bin] is not installed "
            "(pip install -r requirements.txt)"
        ) from exc
    return str(pagefind_bin.get_executable())


SHARD_PAGES = 5000  # pages per index: Pagefind's indexer holds ~0.6 MB per page until it writes
SHARDS_FILE = "pa-shards.json"  # in the bundle: the other indexes the browser merges
# Pagefind's ready-made search interfaces: the archive answers Material's box itself
# (assets/pa-pagefind.js), so they are never loaded (~370 kB per bundle).
UNUSED = (
    "pagefind-ui.*",
    "pagefind-component-ui.*",
    "pagefind-modular-ui.*",
    "pagefind-highlight.js",
)
# Pagefind's loader: only the first index's is loaded (assets/pa-pagefind.js)
LOADER = ("pagefind.js", "pagefind-worker.js")
WASM = "wasm.*.pagefind"


def prune_bundle(bundle: Path, loader: bool = True, wasm: bool = True) -> int:
    """Delete the files of a Pagefind bundle the archive never loads: the ready-made interfaces,
    the WebAssembly of languages its entry does not name (the index is in one language), a
    shard's loader (``loader=False``: every shard but the first) and a merged shard's
    WebAssembly (``wasm=False``: every shard but the first, which the browser merges into the
    first one's instance). The index and fragments stay. Returns the bytes freed."""
    bundle = Path(bundle)
    doomed = [p for pattern in UNUSED + (() if loader else LOADER) for p in bundle.glob(pattern)]
    if not wasm:
        doomed += bundle.glob(WASM)
    else:
        try:
            entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
            wanted = {f"wasm.{lang.get('wasm') or 'unknown'}.pagefind"
                      for lang in entry["languages"].values()}  # fmt: skip
        except (OSError, ValueError, KeyError, AttributeError):
            wanted = None  # an entry this code does not know: keep every WebAssembly
        if wanted is not None:
            doomed += [p for p in bundle.glob(WASM) if p.name not in wanted]
    freed = 0
    for path in doomed:
        freed += path.stat().st_size
        path.unlink()
    return freed


def shard_pages(extra: dict | None) -> int:
    """Pages per Pagefind index: ``extra.pagefind_shard_pages`` in mkdocs.yml, else
    ``SHARD_PAGES``. Fewer pages per shard bound the indexer's memory lower, at a few more
    requests per search.

    >>> shard_pages({}), shard_pages({"pagefind_shard_pages": 2000})
    (5000, 2000)
    >>> try:
    ...     shard_pages({"pagefind_shard_pages": "many"})
    ... except EngineError as exc:
    ...     print(exc)
    mkdocs.yml: extra.pagefind_shard_pages must be a whole number of pages (1 or more), not 'many'
    """
    value = (extra or {}).get("pagefind_shard_pages", SHARD_PAGES)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise EngineError(
            "mkdocs.yml: extra.pagefind_shard_pages must be a whole number of pages "
            f"(1 or more), not {value!r}"
        )
    return value


BODY_MARK = "data-pagefind-body"  # a page Pagefind indexes (only those, once any is marked)


def searchable_pages(site_dir: Path) -> list[str]:
    """The built pages (site-relative) whose article is Pagefind's body: with some pages marked,
    Pagefind indexes only those, so a shard of unmarked pages must not reach it on its own."""
    site_dir = Path(site_dir)
    found = []
    for path in site_dir.rglob("*.html"):
        rel = path.relative_to(site_dir)
        if rel.parts[0] != BUNDLE and BODY_MARK.encode() in path.read_bytes():
            found.append(rel.as_posix())
    return found


INDEXER_SAMPLE_S = 0.5  # how often the indexer's peak memory is read while it runs


def _index(site_dir: Path, output: Path, language: str, timeout: float) -> tuple[str, float]:
    """Run the indexer once: its output, and its own peak memory (MB; 0 where the system does
    not say). Read from ``/proc/<pid>/status`` while it runs: the peak the kernel reports for a
    finished child counts the build's memory too, the child being forked from it before exec."""
    cmd = [pagefind_executable(), "--site", str(site_dir), "--output-path", str(output)]
    cmd += ["--force-language", language, "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline, peak = time.monotonic() + timeout, 0.0
    while True:
        try:
            out, _ = proc.communicate(timeout=min(INDEXER_SAMPLE_S, timeout))
            break
        except subprocess.TimeoutExpired:
            peak = max(peak, _high_water_mb(proc.pid))
            if time.monotonic() > deadline:
                proc.kill()
                proc.communicate()
                raise EngineError(f"pagefind: did not finish in {timeout:.0f} s") from None
    if proc.returncode != 0:
        raise EngineError(f"pagefind: exit status {proc.returncode}:\n{out}")
    return out, peak


def _high_water_mb(pid: int) -> float:
    """A running process's peak resident memory in MB (Linux ``VmHWM``), else 0."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    m = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(m[1]) / 1024 if m else 0.0


INDEXERS = 2  # shards indexed at once: one indexer keeps ~1.4 of two cores busy


class ShardIndexer:
    """The archive's searchable pages indexed in shards of at most ``shard_pages`` as the build
    writes them (issue 20). A shard goes to an indexer as soon as its last page is on disk, so
    past one shard the indexing runs beside MkDocs' rendering of the other pages (one core is
    idle then), ``INDEXERS`` at a time; ``finish`` indexes the rest and waits.

    The first shard goes into ``pagefind/``, the others into ``pagefind/shard-<k>/``, each from
    a folder of links to its pages (the same site-relative URLs), listed in
    ``pagefind/pa-shards.json`` for the browser, which merges them into the first shard's
    Pagefind instance (``mergeIndex``) and searches them as one; each indexer writes only its
    own folder. An archive within one shard is
    one run of the indexer over the site. One index, in the site's ``language``: Pagefind would
    otherwise make one per ``<html lang>`` and search only the reader's page language (from an
    English page a Greek document would not be found).
    """

    def __init__(
        self, site_dir: Path, language: str = "en", shard_pages: int = SHARD_PAGES,
        timeout: float = 3600,
    ):  # fmt: skip
        if shard_pages < 1:
            raise EngineError(f"pages per Pagefind index must be at least 1, not {shard_pages}")
        self.site_dir = Path(site_dir)
        self.bundle = self.site_dir / BUNDLE
        self.language = language.split("-")[0].lower() or "en"
        self.shard_pages = shard_pages
        self.timeout = timeout
        self.pending: list[str] = []
        self.runs: list[Future] = []
        self.started: float | None = None
        self._pool: ThreadPoolExecutor | None = None

    def add(self, rel: str) -> None:
        """A searchable page (site-relative path), written or about to be: MkDocs writes a page
        right after its last ``on_post_page`` handler, so a shard is complete on disk when the
        page after it arrives."""
        self.pending.append(rel)
        if len(self.pending) > self.shard_pages:
            self._start(self.pending[: self.shard_pages])
            del self.pending[: self.shard_pages]

    def _start(self, pages: list[str]) -> None:
        if self._pool is None:
            self.started = time.monotonic()
            self._pool = ThreadPoolExecutor(min(INDEXERS, os.cpu_count() or 1))
        index = functools.partial(_index_shard, self.site_dir, self.bundle, self.language)
        self.runs.append(self._pool.submit(index, self.timeout, len(self.runs), pages))

    def finish(self) -> IndexRun:
        """Index what is left and wait for every shard; figures for the build log and bench
        (``seconds``: from the first shard's start, ``waited_s``: after the last page)."""
        waited = time.monotonic()
        try:
            if not self.runs:  # within one shard: one run over the site
                self.started = waited
                done = [_index(self.site_dir, self.bundle, self.language, self.timeout)]
            else:
                if self.pending:
                    self._start(self.pending)
                done = [run.result() for run in self.runs]
        finally:
            self.cancel()
        merged = [f"shard-{k}/" for k in range(1, len(done))]
        prune_bundle(self.bundle)
        (self.bundle / SHARDS_FILE).write_text(json.dumps({"merge": merged}), encoding="utf-8")
        now = time.monotonic()
        peaks = [peak for _out, peak in done]
        # the largest indexer run (the children's peak where /proc is not)
        peak = max(peaks) or resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = sum(p.stat().st_size for p in self.bundle.rglob("*") if p.is_file())
        fragments = len(list(self.bundle.rglob("fragment/*.pf_fragment")))
        logs = "".join(out for out, _peak in done)
        return IndexRun(
            fragments, now - (self.started or waited), peak, size, logs, len(done), now - waited
        )

    def cancel(self) -> None:
        """Let the shards not yet started go (a failed build); those running finish."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def run_pagefind(
    site_dir: Path, timeout: int = 3600, language: str = "en", shard_pages: int = SHARD_PAGES
) -> IndexRun:
    """Index the built site into ``<site>/pagefind/`` in one go (its searchable pages in path
    order, ``ShardIndexer``'s shards); figures for the build log and bench."""
    indexer = ShardIndexer(site_dir, language, shard_pages, timeout)
    for rel in sorted(searchable_pages(site_dir)):
        indexer.add(rel)
    return indexer.finish()


def _index_shard(
    site_dir: Path, bundle: Path, language: str, timeout: float, k: int, pages: list[str]
) -> tuple[str, float]:
    """Index shard ``k`` of the archive (``pages``, site-relative) from a folder of links to
    them: shard 0 into the bundle itself, the others into ``shard-<k>/`` without a loader or
    WebAssembly (the first shard's instance searches them)."""
    output = bundle if k == 0 else bundle / f"shard-{k}"
    with tempfile.TemporaryDirectory(prefix="pa-pagefind-") as links:
        for rel in pages:
            link = Path(links, rel)
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to((site_dir / rel).resolve())
        done = _index(Path(links), output.resolve(), language, timeout)
    if k:
        prune_bundle(output, loader=False, wasm=False)
    return done


def empty_lunr_index(site_dir: Path) -> int:
    """Under Pagefind, Material's lunr index is never queried but its page still fetches it:
    keep its config (Material needs it) and drop the documents. Returns bytes saved."""
    path = Path(site_dir) / "search" / "search_index.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    before = path.stat().st_size
    data["docs"] = []
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    return before - path.stat().st_size
