"""The pages: rendered (or remembered from an earlier run), then written to the out dir (or,
with ``--check``, compared with it), and the pages whose source is gone removed."""

from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from persona_archive import files
from persona_archive.cache import ContentCache
from persona_archive.cleaning import pipeline, provenance
from persona_archive.page import is_generated
from persona_archive.parallel import parallel_map


class Page(NamedTuple):
    """One page to render: its record, its collection-wide names, and the key of its text
    (the record's key and the names)."""

    key: str
    record: pipeline.Processed
    names: dict[str, str]


def render_all(
    records: dict[str, pipeline.Processed],
    record_keys: dict[str, str],
    names: dict[str, dict[str, str]],
    cache: ContentCache,
) -> dict[str, str]:
    """``<slug>.md`` -> page text for each source in ``names`` (in its order), and
    ``<slug>.changes.json`` -> its cleaning log. A page's text is taken from ``cache`` when its
    record and names are the same as when it was rendered (a no-op run reads pages instead of
    rendering them), else rendered on every core: YAML's emitter alone took a quarter of a
    cold ingest in one process."""
    todo = [
        Page(ContentCache.key(record_keys[n], repr(sorted(page.items()))), records[n], page)
        for n, page in names.items()
    ]
    texts = [cache.get(page.key) for page in todo]
    missing = [i for i, text in enumerate(texts) if not isinstance(text, str)]
    made = parallel_map(functools.partial(render, cache), [todo[i] for i in missing])
    for i, text in zip(missing, made, strict=True):
        texts[i] = text
    pages = {f"{page.names['slug']}.md": text for page, text in zip(todo, texts, strict=True)}
    by_page = {f"{page['slug']}.md": records[n] for n, page in names.items()}
    pages.update(provenance.log_pages(by_page))
    return pages


def render(cache: ContentCache, page: Page) -> str:
    """Render one page and keep its text (in a worker process)."""
    text = pipeline.render(page.record, **page.names)
    cache.put(page.key, text)
    return text


class Synced(NamedTuple):
    """What ``sync`` found different (with ``check``) and how many pages it wrote and removed."""

    problems: list[str]
    written: int
    removed: int


BATCH = 2000  # pages rendered and written at a time: the archive's pages are never all in memory


def render_and_sync(
    records: dict[str, pipeline.Processed],
    record_keys: dict[str, str],
    names: dict[str, dict[str, str]],
    cache: ContentCache,
    out_dir: Path,
    *,
    check: bool,
    batch: int = BATCH,
) -> Synced:
    """Render every page and its cleaning log (``render_all``) and write them (``sync``),
    ``batch`` sources at a time: at 100,000 documents the pages alone, held at once, were
    gigabytes. The same files and the same problems, in the same order, as one batch."""
    problems, written, kept = [], 0, set()
    items = list(names.items())
    for start in range(0, len(items), batch):
        pages = render_all(records, record_keys, dict(items[start : start + batch]), cache)
        done = write(pages, out_dir, check=check)
        problems += done.problems
        written += done.written
        kept.update(pages)
    problems.sort()  # one batch's order: by file name
    gone = remove_gone(kept, out_dir, check=check)
    return Synced(problems + gone.problems, written, gone.removed)


def sync(pages: dict[str, str], out_dir: Path, *, check: bool) -> Synced:
    """Make ``out_dir`` hold exactly ``pages``; with ``check``, only list the differences."""
    done = write(pages, out_dir, check=check)
    gone = remove_gone(set(pages), out_dir, check=check)
    return Synced(done.problems + gone.problems, done.written, gone.removed)


WRITERS = 8  # pages written at once: each waits for the disk (fsync) without holding the GIL


def write(pages: dict[str, str], out_dir: Path, *, check: bool) -> Synced:
    """Write each of ``pages`` that differs from the file there (with ``check``, list it).

    Each page is written durably (``files.atomic_write``: flushed to the disk before it takes
    its name), and a flush waits ~1 ms for the disk: one after the other that was a tenth of a
    cold ingest (two files a document), so ``WRITERS`` threads write at once. The same files
    and the same problems in the same order as one writer."""
    with ThreadPoolExecutor(WRITERS) as writers:
        outcomes = list(
            writers.map(functools.partial(_write_one, out_dir, check=check), sorted(pages.items()))
        )
    problems = [outcome for outcome in outcomes if isinstance(outcome, str)]
    return Synced(problems, outcomes.count(True), 0)


def _write_one(out_dir: Path, item: tuple[str, str], *, check: bool) -> str | bool:
    """Write one page if it differs from the file there: True when written, False when it is
    already there, and with ``check`` the problem instead of writing."""
    file_name, text = item
    path = out_dir / file_name
    try:
        current = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    if current == text:
        return False
    if check:
        return f"{path}: {'missing' if current is None else 'differs'}"
    files.atomic_write(path, text)
    return True


def remove_gone(kept: set[str], out_dir: Path, *, check: bool) -> Synced:
    """Remove the generated pages and cleaning logs of ``out_dir`` not in ``kept`` (their
    source is gone), and what a killed run left half-written; with ``check``, list them."""
    problems, removed = [], 0
    if out_dir.is_dir():
        for path in sorted(out_dir.glob("*.md")):
            if path.name not in kept and is_generated(path):
                if check:
                    problems.append(f"{path}: its source is gone")
                else:
                    path.unlink()
                    removed += 1
        for path in sorted(out_dir.glob(provenance.GLOB)):  # cleaning logs of removed pages
            if path.name not in kept and provenance.is_log(path):
                if check:
                    problems.append(f"{path}: its source is gone")
                else:
                    path.unlink()
        for tmp in out_dir.glob(".*.tmp"):  # left by a run that was killed mid-write
            if not check:
                tmp.unlink(missing_ok=True)
    return Synced(problems, 0, removed)
