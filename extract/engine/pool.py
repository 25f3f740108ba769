"""Ordered maps on forked worker processes that share what the parent loaded before forking."""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import multiprocessing.pool
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from extract.engine.blocks import Block, Rows, Schemas, batched, block_of

T = TypeVar("T")


def ordered_blocks(
    func: Callable[[T], Rows],
    items: Iterable[T],
    schemas: Schemas,
    workers: int,
    chunk: int,
    warm_up: Callable[[], None] | None = None,
) -> Iterator[Block]:
    """`func` over every item, in input order, as blocks of `chunk` items (on `workers` processes).

    `warm_up` runs in this process before the workers fork: what it loads (patterns,
    dictionaries) the workers share instead of each loading its own copy.
    """
    work = functools.partial(block_of, func, schemas)
    chunks = batched(items, chunk)
    if workers <= 1:
        yield from map(work, chunks)
        return
    # The pool takes work as fast as it can: a few chunks per worker in flight bound the memory.
    in_flight = threading.BoundedSemaphore(4 * workers)
    stopped = threading.Event()

    def feed() -> Iterator[list[T]]:
        for part in chunks:
            while not in_flight.acquire(timeout=0.1):
                if stopped.is_set():  # the reader is gone: end, so that the pool can shut down
                    return
            yield part

    with shared_pool(workers, warm_up) as pool:
        try:
            for block in pool.imap(work, feed()):
                in_flight.release()
                yield block
        finally:
            stopped.set()


@contextlib.contextmanager
def shared_pool(workers: int, warm_up: Callable[[], None] | None = None) -> Iterator[multiprocessing.pool.Pool]:
    """A pool of forked workers that share what `warm_up` loads in this process first.

    The loaded objects are kept out of the workers' garbage collector while they fork
    (gc.freeze), so that collecting does not touch, and so copy, the shared pages.
    """
    if warm_up is not None:
        warm_up()
    gc.freeze()
    try:
        pool = multiprocessing.get_context("fork").Pool(workers)
    finally:
        gc.unfreeze()
    with pool:
        yield pool
