#!/usr/bin/env python3
"""Benchmark the archive at scale: ingest, build, site size and search in a real browser.

    python scripts/bench.py [--sizes 100,1000,10000] [--out bench] [--workdir DIR]
                            [--no-browser] [--profile] [--keep]

For each size N: generate a deterministic synthetic archive of N raw sources (``synth.py``:
~1,200 words each, with mojibake, duplicates, site chrome and catalog metadata), copy the project
around it, and measure in one run

- ingest: time and peak memory, cold, no-op re-run, and after changing one source (and how many
  sources that re-processed, and how long it took to prepare the build: citations, related
  documents);
- ``mkdocs build``: time, CPU time (every core) and peak memory of this project versus a
  vanilla Material build of the same generated pages (Material + search, the same Markdown
  extensions, no hooks, a nav without the documents) — the ratio is the overhead of our hooks:
  the build after ingest with Pagefind (plus its indexer: with the cold ingest, the full build
  from scratch), the same with lunr, and a lunr build with nothing prepared or cached (no
  ingest before it: it formats every citation itself);
- the site: total size and bytes per document, the largest HTML page and the largest file of
  any kind (no page or file may grow with N), each beside vanilla's with their ratio, and the
  search payload;
- headless Chromium against each site served with gzip: time from navigation to the first search
  result for a phrase of one document, later query latency, and the bytes transferred (all, and
  search files only) — for vanilla Material, the project under lunr and under Pagefind.

The vanilla and lunr builds are made ``REPEAT`` times each, taking turns, and a first search
that takes under ``REPEAT_UNDER_S`` ``REPEAT`` times: the median run is reported (every run is
in the JSON).

It prints a table with ratios and writes ``<out>/bench-<timestamp>.json`` and
``<out>/latest.json`` (also a Markdown table in ``<out>/latest.md``). See docs/performance.md.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import io
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import typing
import urllib.parse
from pathlib import Path

import synth
from persona_archive.paths import ROOT

PY = sys.executable
PROJECT_FILES = ["mkdocs.yml", "taxonomy.yml", "profiles.yml", "docs", "hooks", "overrides",
                 "scripts"]  # fmt: skip
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]  # fmt: skip
SEARCH_TIMEOUT_S = 600  # lunr at 10,000 documents needs minutes
LATER_TIMEOUT_S = 60
SETTLED_S = 3  # a later query's results on show this long without its document: a miss


# --- running and measuring commands --------------------------------------------------------


TREE_SAMPLE_S = 0.5
"""How often the process tree's memory is sampled, at most; reading every process's page tables
costs kernel time on the cores being measured (1.35 s a sample at 100,000 documents, 8 GB), so a
sample waits ``TREE_SAMPLE_COST`` times as long as the last one took: ~2 % of one core."""
TREE_SAMPLE_COST = 50


def descendants(root: int) -> list[int]:
    """``root`` and every process under it now (Linux ``/proc``; ``[root]`` elsewhere)."""
    children: dict[int, list[int]] = {}
    proc = Path("/proc")
    for entry in proc.iterdir() if proc.is_dir() else ():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # the process ended meanwhile
            continue
        children.setdefault(int(stat[stat.rindex(")") + 2 :].split()[1]), []).append(
            int(entry.name)
        )
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def tree_rss(root: int) -> int:
    """Memory of ``root`` and all its descendants now: the sum of their proportional set sizes
    (Linux ``/proc/<pid>/smaps_rollup``: a page shared by forked workers counted once, not once
    per process as their RSS would; RSS where PSS is not available; 0 off Linux)."""
    total = 0
    for pid in descendants(root):
        try:
            rollup = (Path("/proc") / str(pid) / "smaps_rollup").read_text()
        except OSError:
            continue
        m = re.search(r"^Pss:\s+(\d+) kB", rollup, re.M) or re.search(
            r"^Rss:\s+(\d+) kB", rollup, re.M
        )
        total += int(m[1]) * 1024 if m else 0
    return total


def share_weight(root: int) -> None:
    """Give the processes under ``root`` this process's scheduling weight. Chromium starts
    sessions of its own, and Linux shares the CPU between sessions (autogroups) before it looks
    at nice values: on a shared machine the browser got one session's share beside each other
    job while everything else measured had the bench's (the 100,000-document run of 2026-12-06:
    first result 2.0 s, 1.4 s the run before). Best effort: Linux only, where it is allowed."""
    try:
        nice = Path("/proc/self/autogroup").read_text().split("nice")[1].strip()
    except (OSError, IndexError):
        return
    for pid in descendants(root):
        with contextlib.suppress(OSError):
            Path(f"/proc/{pid}/autogroup").write_text(nice)


def measure(cmd: list[str], cwd: Path, timeout: float = 7200) -> dict:
    """Run ``cmd``; wall time, peak RSS (of it and the children it waited for), output."""
    started = time.monotonic()
    out_f, err_f = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # noqa: SIM115
    env = dict(os.environ)
    if (Path(cwd) / "scripts" / "persona_archive").is_dir():  # the copy's code, not the checkout's
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(Path(cwd, "scripts").resolve()), env.get("PYTHONPATH")])
        )
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=out_f, stderr=err_f, env=env)
    deadline = started + timeout
    tree_peak, sampled, interval = 0, 0.0, TREE_SAMPLE_S
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        if time.monotonic() - sampled > interval:
            began = time.monotonic()
            tree_peak, sampled = max(tree_peak, tree_rss(proc.pid)), time.monotonic()
            interval = max(TREE_SAMPLE_S, TREE_SAMPLE_COST * (sampled - began))
        time.sleep(0.02)
    seconds = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    out_f.seek(0)
    err_f.seek(0)
    return {
        "seconds": round(seconds, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),  # every core: the helper's too
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        # every process of the run at once (sampled, proportional set sizes): ingest's workers,
        # the build's helper and Pagefind's indexer beside MkDocs — what the machine must hold
        "tree_peak_mb": round(max(tree_peak, usage.ru_maxrss * 1024) / 2**20, 1),
        "returncode": proc.returncode,
        "stdout": out_f.read().decode("utf-8", "replace"),
        "stderr": err_f.read().decode("utf-8", "replace"),
    }


def _check(result: dict, what: str) -> None:
    if result["returncode"] not in (0,):
        tail = "\n".join(result["stderr"].splitlines()[-25:])
        raise SystemExit(f"bench: {what} failed (exit {result['returncode']}):\n{tail}")


# --- the projects --------------------------------------------------------------------------


def copy_project(
    dest: Path, sources: Path | None = None, files=PROJECT_FILES, shard_pages: int | None = None
) -> Path:
    """The project's code and inputs (``files``) in ``dest`` (generated pages left out), around
    ``sources`` when given. The test suite's throwaway projects are made here too."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in files:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(
                src,
                dest / name,
                ignore=lambda d, names: [
                    n
                    for n in names
                    if n == "__pycache__" or (Path(d) == ROOT / "docs" and n == "archive")
                ],
                symlinks=True,
                dirs_exist_ok=True,
            )
        elif src.exists():
            shutil.copy2(src, dest / name)
    if sources is not None:
        if (dest / "sources").is_symlink():
            (dest / "sources").unlink()
        elif (dest / "sources").exists():
            shutil.rmtree(dest / "sources")
        shutil.copytree(sources, dest / "sources", symlinks=True)
    pagefind_cfg = "INHERIT: mkdocs.yml\nextra:\n  search_engine: pagefind\n"
    if shard_pages:
        pagefind_cfg += f"  pagefind_shard_pages: {shard_pages}\n"
    (dest / "mkdocs-pagefind.yml").write_text(pagefind_cfg, encoding="utf-8")
    return dest


VANILLA_YML = """\
site_name: Vanilla baseline
theme:
  name: material
  features: [navigation.instant, search.highlight]
plugins:
  - search
nav:
  - Home: index.md
validation:
  nav:
    omitted_files: ignore
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: false
"""


def vanilla_project(project: Path, dest: Path) -> Path:
    """Material + search only, no hooks, over the same generated pages."""
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "docs").mkdir(parents=True)
    shutil.copytree(project / "docs" / "archive", dest / "docs" / "archive")
    (dest / "docs" / "index.md").write_text("# Vanilla baseline\n", encoding="utf-8")
    (dest / "mkdocs.yml").write_text(VANILLA_YML, encoding="utf-8")
    return dest


def build(project: Path, site: Path, config: str = "mkdocs.yml") -> dict:
    if site.exists():
        shutil.rmtree(site)
    return measure(
        [PY, "-m", "mkdocs", "build", "-f", config, "--site-dir", str(site)], cwd=project
    )


def _ingest_counts(stderr: str) -> dict:
    m = re.search(r"(\d+) documents \((\d+) processed, (\d+) cached\)", stderr)
    out = {"documents": int(m[1]), "processed": int(m[2]), "cached": int(m[3])} if m else {}
    m = re.search(
        r"build prepared: \d+ documents, (\d+) citations formatted.* in ([\d.]+)s", stderr
    )
    if m:  # what ingest made for the build (citations, related documents): part of its time
        out.update(citations_formatted=int(m[1]), prepare_s=float(m[2]))
    return out


def _pagefind_log(stderr: str) -> dict:
    m = re.search(
        r"pagefind: indexed (\d+) pages in ([\d.]+) s, peak memory (\d+) MB, bundle ([\d.]+) MB"
        r"(?:, (\d+) shards)?(?:, ([\d.]+) s after the last page)?",
        stderr,
    )
    if not m:
        return {}
    return {
        "pages": int(m[1]),
        "seconds": float(m[2]),
        "peak_mb": float(m[3]),
        "bundle_mb": float(m[4]),
        "shards": int(m[5] or 1),
        "after_pages_s": float(m[6] or m[2]),  # the indexing not overlapped with MkDocs
    }


def site_stats(site: Path) -> dict:
    """Total size, the largest HTML page and the largest file of any kind (no file may grow
    with the archive: a host limits each file's size, and a reader downloads it whole), the
    search payload (the lunr index's files summed: the index file and its parts)."""
    total, html_pages, largest, largest_path = 0, 0, 0, ""
    biggest, biggest_path, files = 0, "", 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        files += 1
        if size > biggest:
            biggest, biggest_path = size, path.relative_to(site).as_posix()
        if path.suffix == ".html":
            html_pages += 1
            if size > largest:
                largest, largest_path = size, path.relative_to(site).as_posix()
    stats = {
        "total_bytes": total,
        "files": files,  # a host may limit their number (Cloudflare Pages: 20,000 free)
        "html_pages": html_pages,
        "largest_page_bytes": largest,
        "largest_page": largest_path,
        "largest_file_bytes": biggest,
        "largest_file": biggest_path,
    }
    from persona_archive.site import search_parts

    index = search_parts.index_files(site / "search")  # the index file and its parts, if any
    if index:
        stats["lunr_index_bytes"] = stats["lunr_index_gzip_bytes"] = stats["lunr_entries"] = 0
        stats["lunr_index_files"] = len(index)
        for path in index:  # one file at a time: each is a request, gzipped on its own
            data = path.read_bytes()
            packed = path.name.endswith(".gz")  # a part, gzipped in the site
            stats["lunr_index_bytes"] += len(data)
            stats["lunr_index_gzip_bytes"] += len(data) if packed else len(gzip.compress(data, 6))
            text = gzip.decompress(data) if packed else data
            stats["lunr_entries"] += len(json.loads(text).get("docs", []))
    bundle = site / "pagefind"
    if bundle.is_dir():
        stats["pagefind_bundle_bytes"] = sum(
            p.stat().st_size for p in bundle.rglob("*") if p.is_file()
        )
    return stats


# --- serving and the browser ---------------------------------------------------------------


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-encoded when the client accepts it (as GitHub Pages serves them)."""

    cache: typing.ClassVar[dict] = {}
    lock = threading.Lock()
    COMPRESSIBLE = (".html", ".js", ".css", ".json", ".xml", ".svg", ".txt", ".md")

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and os.path.isfile(path) and path.endswith(self.COMPRESSIBLE)):
            return super().do_GET()
        key = (path, os.stat(path).st_mtime_ns)
        with self.lock:
            body = self.cache.get(key)
        if body is None:
            with open(path, "rb") as handle:
                body = gzip.compress(handle.read(), 6)
            with self.lock:
                self.cache[key] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve(site: Path):
    """``site`` served on 127.0.0.1 (a random free port), gzip-encoded; yields its URL. The
    test suite's and the screenshots' server too."""
    handler = functools.partial(_GzipHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def warm(url: str, site: Path) -> None:
    """Compress the big files once before timing (a real host has them compressed already)."""
    import urllib.request

    from persona_archive.site import search_parts

    for path in search_parts.index_files(site / "search"):  # the index and its parts
        if path.exists():
            rel = path.relative_to(site).as_posix()
            req = urllib.request.Request(f"{url}/{rel}", headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(req, timeout=600) as resp:
                resp.read()


OBSERVER = """
(() => {
  window.__paFirst = undefined;  // a link to the target document
  window.__paAny = undefined;    // any result at all (the first query's "first result")
  const check = () => {
    if (document.querySelector('.md-search-result__link')) {
      if (window.__paAny === undefined) window.__paAny = performance.now();
      // results on show, last changed then; a list still waiting for other index shards
      // (aria-busy) has not settled
      if (!document.querySelector('[aria-busy=true]')) window.__paShown = performance.now();
    }
    if (window.__paFirst !== undefined || !window.__paTarget) return;
    const link = document.querySelector(
      '.md-search-result__link[href*="' + window.__paTarget + '"]');
    if (link) {
      window.__paFirst = performance.now();
      window.__paHref = link.getAttribute('href');
    }
  };
  new MutationObserver(check).observe(
    document, {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy']});
})();
"""


def _phrase(page_md: Path, words: int = 5) -> str:
    """A phrase from the middle of a generated page's longest middle paragraph."""
    body = page_md.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    paras = [p for p in body.split("\n\n") if p and not p.startswith(("#", "{:", "<"))]
    middle = paras[len(paras) // 3 : 2 * len(paras) // 3] or paras
    # the document's own words: leave out the shared vocabulary (tag terms would rank every
    # tagged document first in lunr, whose tags field Material boosts 1,000,000 times)
    common = {w.lower() for w in (*synth.CORE, *synth.FUNCTION, *" ".join(synth.TOPICAL).split())}
    tokens = [
        t for t in re.findall(r"[A-Za-z]{4,}", max(middle, key=len)) if t.lower() not in common
    ]
    start = max(0, len(tokens) // 2 - words // 2)
    return " ".join(tokens[start : start + words])


def _wait_first(
    page, timeout: float = SEARCH_TIMEOUT_S, var: str = "__paFirst", settled_s: float | None = None
) -> None:
    """Wait for the observer to record a result. Polled from here: the site's CSP forbids the
    string evaluation ``wait_for_function`` uses; the time itself is taken in the page. With
    ``settled_s``, give up once results have been on show that long without the one awaited."""
    deadline = time.monotonic() + timeout
    settled = (
        "" if settled_s is None else f"performance.now() - window.__paShown > {settled_s * 1e3}"
    )
    while True:
        found, gone_by = page.evaluate(f"[window.{var} != null, !!({settled or 'false'})]")
        if found:
            return
        if gone_by:
            raise TimeoutError(f"results on show for {settled_s} s without the one awaited")
        if time.monotonic() > deadline:
            raise TimeoutError(f"no search result within {timeout} s")
        time.sleep(0.02)


def search_in_browser(browser, url: str, queries: list[tuple[str, str]]) -> dict:
    """Navigate to the home page, type the first query at once; time to the first result (a link
    to the document the phrase comes from), bytes until then, later queries' latency."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    finished: list = []  # Playwright sees the page's and its workers' requests
    context.on("requestfinished", lambda req: finished.append(req))
    slug, phrase = queries[0]
    page.add_init_script(f"window.__paTarget = {json.dumps(f'archive/{slug}/')};" + OBSERVER)
    result: dict = {"query": phrase}
    try:
        page.goto(f"{url}/", wait_until="domcontentloaded", timeout=SEARCH_TIMEOUT_S * 1000)
        page.fill("input.md-search__input", phrase)
        # Material reads the box when its index is ready and on keyup: typed after a small
        # index was ready, a query without a keyup is never run
        page.press("input.md-search__input", "End")
        _wait_first(page, var="__paAny")
        first_ms = page.evaluate("window.__paAny")
        result["first_result_s"] = round(first_ms / 1000, 3)
        # does the phrase's own document come up (among the results shown)?
        with contextlib.suppress(TimeoutError):
            _wait_first(page, LATER_TIMEOUT_S, settled_s=SETTLED_S)
        target_ms = page.evaluate("window.__paFirst")
        result["target_found"] = target_ms is not None
        if target_ms is not None:
            result["target_result_s"] = round(target_ms / 1000, 3)
        result["href"] = page.evaluate("window.__paHref")
        result["deep_link"] = page.evaluate(
            "(t) => Array.from(document.querySelectorAll('.md-search-result__link'))"
            ".some(a => a.href.includes(t) && /#p-[a-z0-9]+$/.test(a.href))",
            f"archive/{slug}/",
        )
        time.sleep(0.3)  # let the last responses of the first result be reported
        cutoff = page.evaluate("performance.timeOrigin") + first_ms + 50
        first = []
        for req in list(finished):
            timing = req.timing
            if timing["startTime"] + max(timing["responseEnd"], 0) > cutoff:
                continue
            sizes = req.sizes()
            body = sizes["responseBodySize"]
            if not body:  # worker scripts are reported without a body size
                with contextlib.suppress(Exception):
                    body = int(req.response().headers.get("content-length", 0))
            first.append((req.url, body + sizes["responseHeadersSize"]))
        result["bytes_first"] = sum(n for _, n in first)
        result["search_bytes_first"] = sum(
            n for u, n in first if "/search/" in u or "/pagefind/" in u or "/workers/" in u
        )
        result["requests_first"] = len(first)
        result["files_first"] = {  # what the first query cost, file by file (largest first)
            urllib.parse.urlsplit(u).path: n for u, n in sorted(first, key=lambda x: -x[1])
        }
        latencies, misses = [], 0
        for slug, phrase in queries[1:]:
            page.evaluate(
                "(t) => { window.__paTarget = t; window.__paFirst = undefined; "
                "window.__paShown = undefined; window.__paStart = performance.now(); }",
                f"archive/{slug}/",
            )
            page.fill("input.md-search__input", phrase)
            page.press("input.md-search__input", "End")  # Material reads the box on keyup
            try:  # the target among this query's results, or results on show without it
                _wait_first(page, LATER_TIMEOUT_S, settled_s=SETTLED_S)
            except TimeoutError:
                misses += 1
                continue
            latencies.append(page.evaluate("window.__paFirst - window.__paStart"))
        if latencies:
            result["later_query_ms"] = round(statistics.median(latencies), 1)
        result["later_queries_target_missing"] = misses
        with contextlib.suppress(Exception):
            heap = cdp.send("Runtime.getHeapUsage")
            result["page_heap_mb"] = round(heap["usedSize"] / 1e6, 1)
    except Exception as exc:  # a timeout is a result too
        result["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
    finally:
        context.close()
    return result


REPEAT = 3  # runs of a measurement that takes under REPEAT_UNDER_S: the median one is reported
REPEAT_UNDER_S = 30


def median_run(run: typing.Callable[[], dict], key: str = "first_result_s") -> dict:
    """``run()`` once, or ``REPEAT`` times when it is quick: on a shared machine one sample of a
    one-second figure can be off by a fifth. The run with the median ``key`` is returned, with
    every run's figure in ``<key>_runs``."""
    runs = [run()]
    if (runs[0].get(key) or REPEAT_UNDER_S) < REPEAT_UNDER_S:
        runs += [run() for _ in range(REPEAT - 1)]
    return _median(runs, key)


def _median(runs: list[dict], key: str) -> dict:
    """The run with the median ``key`` (the first when none has it), with every run's figure."""
    done = sorted((r for r in runs if r.get(key) is not None), key=lambda r: r[key])
    chosen = done[len(done) // 2] if done else runs[0]
    return {**chosen, f"{key}_runs": [r.get(key) for r in runs]}


def paired_runs(runs: dict[str, typing.Callable[[], dict]], key: str) -> dict[str, dict]:
    """Each of ``runs`` ``REPEAT`` times, taking turns (a slow spell of the machine falls on
    both sides of a ratio, not on one), each's median run as ``median_run`` gives it."""
    made: dict[str, list[dict]] = {label: [] for label in runs}
    for _ in range(REPEAT):
        for label, run in runs.items():
            made[label].append(run())
    return {label: _median(results, key) for label, results in made.items()}


def browser_runs(sites: dict[str, Path], queries: list[tuple[str, str]]) -> dict:
    if not Path(CHROMIUM).exists():
        return {"skipped": f"no Chromium at {CHROMIUM}"}
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        share_weight(os.getpid())
        try:
            for label, site in sites.items():
                with serve(site) as url:
                    warm(url, site)
                    search = functools.partial(search_in_browser, browser, url, queries)
                    out[label] = median_run(search)
        finally:
            browser.close()
    return out


# --- one size ------------------------------------------------------------------------------


def profile_ingest(project: Path, top: int = 12) -> dict:
    """Cold ingest under cProfile (in-process, fresh cache): the top functions by own time."""
    cache = project / ".cache" / "profile"
    shutil.rmtree(cache, ignore_errors=True)
    out = project / ".cache" / "profile-out"
    shutil.rmtree(out, ignore_errors=True)
    stats_file = project / ".cache" / "ingest.prof"
    command = [PY, "-m", "cProfile", "-o", str(stats_file), "scripts/ingest.py"]
    command += ["--out", str(out), "--cache", str(cache)]
    subprocess.run(command, cwd=project, check=False, capture_output=True)
    buf = io.StringIO()
    stats = pstats.Stats(str(stats_file), stream=buf)
    total = stats.total_tt
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in sorted(
        stats.stats.items(), key=lambda kv: kv[1][2], reverse=True
    )[:top]:
        rows.append(
            {
                "function": f"{Path(file).name}:{line}({func})",
                "calls": nc,
                "own_s": round(tt, 3),
                "cumulative_s": round(ct, 3),
                "share": round(tt / total, 3) if total else 0,
            }
        )
    return {"total_s": round(total, 3), "top": rows}


def bench_size(n: int, work: Path, *, browser: bool, profile: bool, seed: int) -> dict:
    print(f"bench: N={n}: generating sources", file=sys.stderr, flush=True)
    sources = work / "sources"
    if sources.exists():
        shutil.rmtree(sources)
    synth.generate(sources, n, seed=seed)
    project = work / "project"
    if project.exists():
        shutil.rmtree(project)
    copy_project(project, sources)
    input_bytes = sum(p.stat().st_size for p in (project / "sources").iterdir())
    res: dict = {"documents": n, "input_bytes": input_bytes}

    print(f"bench: N={n}: ingest (cold, no-op, one changed)", file=sys.stderr, flush=True)
    ingest = [PY, "scripts/ingest.py"]
    cold = measure(ingest, project)
    _check(cold, "ingest (cold)")
    noop = measure(ingest, project)
    _check(noop, "ingest (no-op)")
    synth.touch_one(project / "sources", 1, seed)
    one = measure(ingest, project)
    _check(one, "ingest (one source changed)")
    res["ingest"] = {
        name: {"seconds": m["seconds"], "peak_mb": m["peak_mb"], **_ingest_counts(m["stderr"])}
        for name, m in (("cold", cold), ("noop", noop), ("one_changed", one))
    }
    if profile:
        print(f"bench: N={n}: profiling ingest", file=sys.stderr, flush=True)
        res["ingest"]["profile"] = profile_ingest(project)

    print(
        f"bench: N={n}: builds (vanilla, Pagefind, lunr; lunr with nothing prepared)",
        file=sys.stderr,
        flush=True,
    )
    vanilla = vanilla_project(project, work / "vanilla")
    sites = {
        "vanilla": vanilla / "site",
        "lunr": project / "site-lunr",
        "pagefind": project / "site-pagefind",
    }
    # Ingest prepares what a build would make first (citations, related documents, the
    # collection's front matter: site/prebuild.py), so every build after it, the first
    # included, reads them. Pagefind's build completes the full build from scratch; lunr's and
    # vanilla's alternate (the ratio is the build overhead), and lunr's is made once more with
    # those caches gone (a build no ingest went before).
    builds = {"pagefind": build(project, sites["pagefind"], "mkdocs-pagefind.yml")}
    builds.update(
        paired_runs(
            {
                "vanilla": lambda: build(vanilla, sites["vanilla"]),
                "lunr": lambda: build(project, sites["lunr"]),
            },
            "seconds",
        )
    )
    for cache in ("cite", "related", "collection"):  # what a build keeps for the next one
        shutil.rmtree(project / ".cache" / cache, ignore_errors=True)
    builds["lunr_first"] = build(project, work / "site-lunr-first")
    shutil.rmtree(work / "site-lunr-first", ignore_errors=True)
    res["build"] = {}
    for label, m in builds.items():
        _check(m, f"mkdocs build ({label})")
        entry = {"seconds": m["seconds"], "cpu_s": m["cpu_s"], "peak_mb": m["peak_mb"]}
        if "seconds_runs" in m:
            entry["runs_s"] = m["seconds_runs"]
        entry["warnings"] = [
            line for line in m["stderr"].splitlines() if line.startswith("WARNING")
        ][:20]
        if label == "pagefind":
            entry["indexer"] = _pagefind_log(m["stderr"])
        res["build"][label] = entry
        if label in sites:
            res.setdefault("site", {})[label] = site_stats(sites[label])
    per_document(res)
    v = res["build"]["vanilla"]["seconds"]
    for label in ("lunr", "lunr_first", "pagefind"):
        res["build"][label]["ratio"] = round(res["build"][label]["seconds"] / v, 2)
    pf = res["build"]["pagefind"]
    if pf.get("indexer"):  # the site alone: Pagefind's indexer is the search index vanilla lacks
        # (the part of it not run beside MkDocs' rendering)
        pf["site_seconds"] = round(pf["seconds"] - pf["indexer"]["after_pages_s"], 2)
        pf["site_ratio"] = round(pf["site_seconds"] / v, 2)
    res["full_build_s"] = round(cold["seconds"] + builds["pagefind"]["seconds"], 1)

    if browser:
        print(f"bench: N={n}: search in Chromium", file=sys.stderr, flush=True)
        pages = sorted((project / "docs" / "archive").glob("*.md"))
        picks = [pages[len(pages) // 2], pages[0], pages[-1], pages[len(pages) // 3]]
        queries = [(p.stem, _phrase(p)) for p in picks]
        res["search"] = browser_runs(sites, queries)
        s = res["search"]
        for label in ("lunr", "pagefind"):
            a, b = s.get(label, {}), s.get("vanilla", {})
            if a.get("first_result_s") and b.get("first_result_s"):
                a["ratio_vs_vanilla"] = round(a["first_result_s"] / b["first_result_s"], 2)
    return res


def bench_curve_size(
    n: int, work: Path, *, browser: bool, seed: int, shard_pages: int | None = None
) -> dict:
    """One point of the curve to 100,000 documents: what a real archive of ``n`` documents
    costs from scratch, one run each (no vanilla or lunr builds: lunr does not scale and
    vanilla's ratio is known from the main table) — generating the sources, a cold ingest, the
    build under Pagefind (indexed in shards of ``search_engine.SHARD_PAGES``), the site, and the
    first search result in Chromium. Memory is given per process (the largest) and for the whole
    process tree at once (what the machine must hold)."""
    print(f"bench: N={n}: generating sources", file=sys.stderr, flush=True)
    sources = work / "sources"
    if sources.exists():
        shutil.rmtree(sources)
    started = time.monotonic()
    synth.generate(sources, n, seed=seed)
    project = work / "project"
    if project.exists():
        shutil.rmtree(project)
    copy_project(project, sources, shard_pages=shard_pages)
    shutil.rmtree(sources)
    res: dict = {
        "documents": n,
        "curve": True,
        "generate_s": round(time.monotonic() - started, 1),
        "input_bytes": sum(p.stat().st_size for p in (project / "sources").iterdir()),
    }
    print(f"bench: N={n}: ingest (cold)", file=sys.stderr, flush=True)
    cold = measure([PY, "scripts/ingest.py"], project)
    _check(cold, "ingest (cold)")
    res["ingest"] = {"cold": {k: cold[k] for k in ("seconds", "cpu_s", "peak_mb", "tree_peak_mb")}}
    res["ingest"]["cold"].update(_ingest_counts(cold["stderr"]))
    print(f"bench: N={n}: build (Pagefind)", file=sys.stderr, flush=True)
    site = project / "site-pagefind"
    built = build(project, site, "mkdocs-pagefind.yml")
    _check(built, "mkdocs build (pagefind)")
    entry = {k: built[k] for k in ("seconds", "cpu_s", "peak_mb", "tree_peak_mb")}
    entry["indexer"] = _pagefind_log(built["stderr"])
    entry["warnings"] = [ln for ln in built["stderr"].splitlines() if ln.startswith("WARNING")]
    res["build"] = {"pagefind": entry}
    res["full_build_s"] = round(cold["seconds"] + built["seconds"], 1)
    res["site"] = {"pagefind": site_stats(site)}
    res["site"]["pagefind"]["per_document_bytes"] = round(
        res["site"]["pagefind"]["total_bytes"] / n
    )
    if browser:
        print(f"bench: N={n}: search in Chromium", file=sys.stderr, flush=True)
        pages = sorted((project / "docs" / "archive").glob("*.md"))
        picks = [pages[len(pages) // 2], pages[0], pages[-1], pages[len(pages) // 3]]
        queries = [(p.stem, _phrase(p)) for p in picks]
        res["search"] = browser_runs({"pagefind": site}, queries)
    return res


def curve_table(results: list[dict], mach: dict) -> str:
    """The Markdown table of the curve, one column per size."""
    rows: list[tuple[str, list[str]]] = []

    row = _row_maker(results, rows)

    def mem(m):
        return f"{m['peak_mb'] / 1024:.1f} GB / {m['tree_peak_mb'] / 1024:.1f} GB"

    ing = lambda r: r["ingest"]["cold"]  # noqa: E731
    pf = lambda r: r["build"]["pagefind"]  # noqa: E731
    site = lambda r: r["site"]["pagefind"]  # noqa: E731
    search = lambda r: r["search"]["pagefind"]  # noqa: E731
    row("input (raw sources)", lambda r: _mb(r["input_bytes"]))
    row("ingest cold: time (ms per document)", lambda r: (
        f"{_s(ing(r)['seconds'])} ({ing(r)['seconds'] * 1000 / r['documents']:.0f})"))  # fmt: skip
    row("ingest cold: peak, largest process / all at once", lambda r: mem(ing(r)))
    row("build, Pagefind (incl. its indexer): time / CPU", lambda r: (
        f"{_s(pf(r)['seconds'])} / {_s(pf(r)['cpu_s'])}"))  # fmt: skip
    row("build: peak, largest process / all at once", lambda r: mem(pf(r)))
    row("Pagefind indexer: time (after the last page) / peak (shards)", lambda r: (
        f"{_s(pf(r)['indexer']['seconds'])} ({_s(pf(r)['indexer'].get('after_pages_s'))}) / "
        f"{pf(r)['indexer']['peak_mb'] / 1024:.1f} GB "
        f"({pf(r)['indexer'].get('shards', 1)})"))  # fmt: skip
    row("full build from scratch (ingest + site + Pagefind)", lambda r: _s(r["full_build_s"]))
    row("site size / per document", lambda r: (
        f"{_mb(site(r)['total_bytes'])} / {_mb(site(r)['per_document_bytes'])}"))  # fmt: skip
    row("largest HTML page", lambda r: f"{_mb(site(r)['largest_page_bytes'])}")
    row("largest file", lambda r: (
        f"{_mb(site(r)['largest_file_bytes'])} (`{site(r)['largest_file']}`)"))  # fmt: skip
    row("files in the site", lambda r: f"{site(r)['files']:,}")
    row("first result, Pagefind", lambda r: (
        search(r).get("error", "")[:40] or _s(search(r)["first_result_s"])))  # fmt: skip
    row("  transferred until then (search files)", lambda r: (
        f"{_mb(search(r)['bytes_first'])} ({_mb(search(r)['search_bytes_first'])})"))  # fmt: skip
    row("  later query", lambda r: _ms(search(r)["later_query_ms"]))
    row("  phrase's document among the results", lambda r: (
        "yes" if search(r)["target_found"] else "no"))  # fmt: skip
    return _markdown([r["documents"] for r in results], rows, mach)


def per_document(res: dict) -> None:
    """Each site's bytes per document (``per_document_bytes``), and for the project's sites that
    and the largest file as ratios to vanilla Material's, measured in the same run."""
    sites, n = res.get("site", {}), res["documents"]
    for stats in sites.values():
        stats["per_document_bytes"] = round(stats["total_bytes"] / n)
    base = sites.get("vanilla")
    for label, stats in sites.items():
        if base and label != "vanilla":
            stats["per_document_ratio"] = round(
                stats["per_document_bytes"] / base["per_document_bytes"], 2
            )
            stats["largest_file_ratio"] = round(
                stats["largest_file_bytes"] / base["largest_file_bytes"], 2
            )


# --- output --------------------------------------------------------------------------------


def machine() -> dict:
    mem = 0
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) // 1024 // 1024
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    chromium = ""
    with contextlib.suppress(Exception):
        chromium = subprocess.run(
            [CHROMIUM, "--version"], capture_output=True, text=True, timeout=20
        ).stdout.strip()
    import material
    import mkdocs

    pagefind = ""
    with contextlib.suppress(Exception):
        from persona_archive.site import search_engine

        pagefind = subprocess.run(
            [search_engine.pagefind_executable(), "--version"], capture_output=True, text=True
        ).stdout.strip()
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": mem,
        "os": platform.platform(),
        "python": platform.python_version(),
        "mkdocs": mkdocs.__version__,
        "material": getattr(material, "__version__", ""),
        "pagefind": pagefind,
        "chromium": chromium,
    }


def _mb(b) -> str:
    return "–" if b is None else f"{b / 1e6:.1f} MB" if b >= 1e6 else f"{b / 1e3:.0f} kB"


def _kb(b) -> str:
    """Bytes in kB to one decimal: the per-document target (issue 20: 50 kB) is met or missed
    by tenths."""
    return "–" if b is None else f"{b / 1e3:.1f} kB"


def _s(x) -> str:
    return "–" if x is None else f"{x:.2f} s" if x < 100 else f"{x:.0f} s"


def _ratio(stats: dict, key: str) -> str:
    return f" (×{stats[key]:.2f})" if key in stats else ""


def _ms(x) -> str:
    return x if isinstance(x, str) else f"{x:.0f} ms"


def _row_maker(results: list[dict], rows: list[tuple[str, list[str]]]):
    """``row(label, fn)``: a table row of ``fn`` applied to each size's results, "–" where a
    figure is missing (a step skipped or failed)."""

    def row(label, fn):
        vals = []
        for r in results:
            try:
                vals.append(fn(r))
            except (KeyError, TypeError, ZeroDivisionError):
                vals.append("–")
        rows.append((label, vals))

    return row


def _markdown(cols: list[int], rows: list[tuple[str, list[str]]], m: dict) -> str:
    """The rows as a Markdown table, one column per size, captioned with the machine."""
    head = "| N documents | " + " | ".join(f"{c:,}" for c in cols) + " |"
    sep = "|---|" + "---:|" * len(cols)
    body = "\n".join(f"| {label} | " + " | ".join(vals) + " |" for label, vals in rows)
    caption = (
        f"Machine: {m['cpus']} cores ({m['cpu']}), {m['memory_gb']} GB RAM, {m['os']}; "
        f"Python {m['python']}, MkDocs {m['mkdocs']}, Material {m['material']}, "
        f"{m['pagefind']}, {m['chromium']}."
    )
    return f"{head}\n{sep}\n{body}\n\n{caption}\n"


def table(results: list[dict], mach: dict) -> str:
    """The Markdown table of a run, one column per size."""
    cols = [r["documents"] for r in results]
    rows: list[tuple[str, list[str]]] = []

    row = _row_maker(results, rows)

    def search(r, label, key):
        s = r["search"][label]
        if "error" in s and key not in s:
            return "timeout" if "Timeout" in s["error"] else "error"
        return s[key]

    row("input (raw sources)", lambda r: _mb(r["input_bytes"]))
    row("ingest cold: time / peak (of which preparing the build)", lambda r: (
        f"{_s(r['ingest']['cold']['seconds'])} / {r['ingest']['cold']['peak_mb']:.0f} MB "
        f"({_s(r['ingest']['cold']['prepare_s'])})"))  # fmt: skip
    row("ingest cold: ms per document", lambda r: (
        f"{r['ingest']['cold']['seconds'] * 1000 / r['documents']:.0f}"))  # fmt: skip
    row("ingest no-op re-run", lambda r: _s(r["ingest"]["noop"]["seconds"]))
    row("ingest, one source changed: time (re-processed; preparing the build)", lambda r: (
        f"{_s(r['ingest']['one_changed']['seconds'])} "
        f"({r['ingest']['one_changed'].get('processed', '?')}; "
        f"{_s(r['ingest']['one_changed'].get('prepare_s'))})"))  # fmt: skip
    for label, name in (
        ("vanilla", "vanilla Material"),
        ("lunr", "project, lunr, after ingest (citations, related documents prepared)"),
        ("lunr_first", "project, lunr, nothing prepared or cached (formats every citation)"),
        ("pagefind", "project, Pagefind, after ingest (incl. its indexer)"),
    ):
        row(f"build {name}: time / CPU / peak", lambda r, lb=label: (
            f"{_s(r['build'][lb]['seconds'])} / {_s(r['build'][lb]['cpu_s'])} / "
            f"{r['build'][lb]['peak_mb']:.0f} MB"
            + (f" (×{r['build'][lb]['ratio']:.2f})" if "ratio" in r["build"][lb]
               else "")))  # fmt: skip
    row("Pagefind indexer: time / peak", lambda r: (
        f"{_s(r['build']['pagefind']['indexer']['seconds'])} / "
        f"{r['build']['pagefind']['indexer']['peak_mb']:.0f} MB"))  # fmt: skip
    row("Pagefind build without its indexer (the site alone)", lambda r: (
        f"{_s(r['build']['pagefind']['site_seconds'])} "
        f"(×{r['build']['pagefind']['site_ratio']:.2f})"))  # fmt: skip
    row("full build from scratch (ingest + citations + site + Pagefind)",
        lambda r: _s(r["full_build_s"]))  # fmt: skip
    row("largest HTML page (vanilla / project)", lambda r: (
        f"{_mb(r['site']['vanilla']['largest_page_bytes'])} / "
        f"{_mb(r['site']['lunr']['largest_page_bytes'])}"))  # fmt: skip
    row("site size (vanilla / lunr / Pagefind)", lambda r: " / ".join(
        _mb(r["site"][k]["total_bytes"]) for k in ("vanilla", "lunr", "pagefind")))  # fmt: skip
    row("site per document (vanilla / lunr / Pagefind)", lambda r: " / ".join(
        _kb(r["site"][k]["per_document_bytes"]) + _ratio(r["site"][k], "per_document_ratio")
        for k in ("vanilla", "lunr", "pagefind")))  # fmt: skip
    row("largest file (vanilla / lunr / Pagefind)", lambda r: " / ".join(
        _mb(r["site"][k]["largest_file_bytes"]) + _ratio(r["site"][k], "largest_file_ratio")
        for k in ("vanilla", "lunr", "pagefind")))  # fmt: skip
    row("  which file (vanilla / lunr / Pagefind)", lambda r: " / ".join(
        f"`{r['site'][k]['largest_file']}`" for k in ("vanilla", "lunr", "pagefind")))  # fmt: skip
    row("files in the site (vanilla / lunr / Pagefind)", lambda r: " / ".join(
        f"{r['site'][k]['files']:,}" for k in ("vanilla", "lunr", "pagefind")))  # fmt: skip
    row("lunr index (vanilla / project), gzip", lambda r: (
        f"{_mb(r['site']['vanilla']['lunr_index_gzip_bytes'])} / "
        f"{_mb(r['site']['lunr']['lunr_index_gzip_bytes'])}"))  # fmt: skip
    for label, name in (("vanilla", "vanilla lunr"), ("lunr", "project lunr"),
                        ("pagefind", "project Pagefind")):  # fmt: skip
        row(f"first result, {name}", lambda r, lb=label: (
            _s(search(r, lb, "first_result_s")) if not isinstance(
                search(r, lb, "first_result_s"), str) else search(r, lb, "first_result_s"))
            + (f" (×{r['search'][lb]['ratio_vs_vanilla']:.2f})"
               if "ratio_vs_vanilla" in r["search"][lb] else ""))  # fmt: skip
        row(f"  transferred until then (search files), {name}", lambda r, lb=label: (
            f"{_mb(search(r, lb, 'bytes_first'))} "
            f"({_mb(search(r, lb, 'search_bytes_first'))})"))  # fmt: skip
        row(f"  later query, {name}", lambda r, lb=label: (
            _ms(search(r, lb, "later_query_ms"))))  # fmt: skip
        row(f"  phrase's document among the results, {name}", lambda r, lb=label: (
            "yes" if search(r, lb, "target_found") else "no"))  # fmt: skip
        row(f"  deep link to paragraph, {name}", lambda r, lb=label: (  # of the phrase's document
            "–" if not search(r, lb, "target_found")
            else "yes" if search(r, lb, "deep_link") else "no"))  # fmt: skip
    return _markdown(cols, rows, mach)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated N")
    parser.add_argument("--out", default=str(ROOT / "bench"), help="where the JSON goes")
    parser.add_argument("--workdir", help="scratch directory (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium part")
    parser.add_argument("--profile", action="store_true", help="cProfile a cold ingest")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    parser.add_argument(
        "--curve",
        action="store_true",
        help="the curve to 100,000: one cold ingest and one Pagefind build per size",
    )
    parser.add_argument("--shard-pages", type=int, help="Pagefind pages per shard (--curve)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = Path(args.workdir or tempfile.mkdtemp(prefix="pa-bench-"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    mach = machine()
    started = time.strftime("%Y-%m-%dT%H:%M:%S")
    results = []
    name, render = ("curve", curve_table) if args.curve else ("latest", table)
    try:
        for n in sizes:
            browser = not args.no_browser
            if args.curve:
                point = bench_curve_size(
                    n, work / str(n), browser=browser, seed=args.seed, shard_pages=args.shard_pages
                )
            else:
                point = bench_size(
                    n, work / str(n), browser=browser, profile=args.profile, seed=args.seed
                )
            results.append(point)
            if not args.keep:
                shutil.rmtree(work / str(n), ignore_errors=True)
            report = {"started": started, "machine": mach, "sizes": sizes, "results": results}
            text = json.dumps(report, indent=1, ensure_ascii=False) + "\n"
            stamp = started.replace(":", "").replace("-", "")
            (out / f"bench-{stamp}.json").write_text(text, encoding="utf-8")
            (out / f"{name}.json").write_text(text, encoding="utf-8")
            (out / f"{name}.md").write_text(render(results, mach), encoding="utf-8")
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    print(render(results, mach))
    print(f"bench: results in {out / f'{name}.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
