"""Work spread over every core: ingest's cleaning and the build's citation formatting are the
same function applied to many independent items; the build's own extra work (cite boxes,
related documents and provenance, the archive's small files, paragraph search entries) runs
beside the site generator in one helper process."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

PARALLEL_MIN = 32  # fewer items than this are not worth starting worker processes for


def parallel_map(function: Callable, items: Iterable, minimum: int | None = None) -> Iterator:
    """``function(item)`` for each item, on every core when there are at least ``minimum``
    (default ``PARALLEL_MIN``) items. Results come in the items' order, as they are ready, so a
    run is as deterministic as a serial one.

    >>> list(parallel_map(abs, [-2, 1, -3]))
    [2, 1, 3]
    """
    items = list(items)
    workers = min(os.cpu_count() or 1, 8)
    if len(items) < (PARALLEL_MIN if minimum is None else minimum) or workers < 2:
        yield from map(function, items)
        return
    # A forked worker shares this process's memory until it writes to it, and the cyclic
    # garbage collector writes to every object it visits: frozen while the workers run, the
    # objects made so far (at 100,000 documents, gigabytes of texts and records) are never
    # visited, so they stay shared instead of being copied into each worker (ingest of 10,000
    # documents: 1,695 -> 1,574 MB for its processes at once).
    frozen = _forking()
    if frozen:
        gc.freeze()
    try:
        with pool(workers) as running:
            yield from running.map(function, items, chunksize=max(1, len(items) // (workers * 8)))
    finally:
        if frozen:
            gc.unfreeze()


def _forking() -> bool:
    # fork is fast, but not safe beside other threads (``mkdocs serve`` runs ingest in one)
    return hasattr(os, "fork") and threading.active_count() == 1


def pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes: forked when that is safe, else spawned."""
    context = multiprocessing.get_context("fork" if _forking() else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def spare_core() -> bool:
    """Whether there is a core beside the one running the build, for work in the background."""
    return (os.cpu_count() or 1) >= 2


_helper: dict = {}
# The executor hands tasks to the helper and takes its results in threads of this process. While
# the build's thread runs Python code, each of those steps waits for the interpreter lock for up
# to the switch interval (5 ms by default), several times a task: at 1,000 documents the helper
# sat idle 2 s of the 2.4 s it took to be handed ten small tasks. A shorter interval while the
# helper runs lets the threads in at once; the build's thread loses nothing measurable.
SWITCH_INTERVAL = 0.0005


def background(function: Callable, *args) -> Future:
    """``function(*args)`` in the helper process (one, made on first use; tasks run in the
    order given), or here and now when there is no spare core. The arguments and the result
    travel by pickle: ``function`` must be importable (not a lambda or a hook's function).

    >>> background(sorted, [3, 1, 2]).result()
    [1, 2, 3]
    """
    if not spare_core():
        future: Future = Future()
        try:
            future.set_result(function(*args))
        except Exception as error:  # handed to whoever waits for the result
            future.set_exception(error)
        return future
    if "pool" not in _helper:
        _helper["pool"] = pool(1)
        _helper["switch"] = sys.getswitchinterval()
        sys.setswitchinterval(min(SWITCH_INTERVAL, _helper["switch"]))
    return _helper["pool"].submit(function, *args)


def stop_background() -> None:
    """End the helper process (at the end of a build), dropping tasks not started."""
    helper = _helper.pop("pool", None)
    if helper is not None:
        helper.shutdown(wait=True, cancel_futures=True)
        sys.setswitchinterval(_helper.pop("switch"))


def release_memory() -> None:
    """Give the memory freed objects leave behind back to the system (glibc's ``malloc_trim``):
    Python keeps it for reuse, and after ingest's cleaning (every source's record, gone by
    now) the next phase would run on top of it, each of ingest's forked workers sharing it.
    Nothing off glibc."""
    gc.collect()
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return
    libc.malloc_trim(0)
