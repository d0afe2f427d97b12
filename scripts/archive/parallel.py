"""Work spread over every core: ingest's cleaning and the build's citation formatting are the
same function applied to many independent items."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

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
    with pool(workers) as running:
        yield from running.map(function, items, chunksize=max(1, len(items) // (workers * 8)))


def pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes: forked when that is safe, else spawned."""
    # fork is fast, but not safe beside other threads (``mkdocs serve`` runs ingest in one)
    forking = hasattr(os, "fork") and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if forking else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def spare_core() -> bool:
    """Whether there is a core beside the one running the build, for work in the background."""
    return (os.cpu_count() or 1) >= 2
