"""Streaming machinery shared by the stages: ordered worker maps, Arrow blocks, batches, progress.

Pages are processed in chunks; each chunk's rows become Arrow tables where they were made
(`Block`: in the worker, so the writing process only concatenates and writes). Blocks come
back in input order whatever the worker count, and are cut and joined into batches of
`run.batch_size` documents, each written as one Parquet row group: the same input gives
the same bytes with 1 or N workers.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import multiprocessing
import multiprocessing.pool
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa

from extract import io
from extract.params import Params
from extract.schema import SCHEMAS

T = TypeVar("T")
Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Block:
    """The tables of a run of consecutive documents, and how many rows each document has in each."""

    docs: int
    tables: dict[str, pa.Table]
    rows_per_doc: dict[str, list[int]]

    @staticmethod
    def of(results: list[Rows], names: list[str]) -> Block:
        """The block of consecutive documents' rows."""
        tables, rows_per_doc = {}, {}
        for name in names:
            per_doc = [result.get(name, []) for result in results]
            tables[name] = pa.Table.from_pylist([row for rows in per_doc for row in rows], schema=SCHEMAS[name])
            rows_per_doc[name] = [len(rows) for rows in per_doc]
        return Block(len(results), tables, rows_per_doc)

    def split(self, docs: int) -> tuple[Block, Block]:
        """The first `docs` documents, and the rest."""
        head_rows = {name: sum(counts[:docs]) for name, counts in self.rows_per_doc.items()}
        head = Block(
            docs,
            {name: table.slice(0, head_rows[name]) for name, table in self.tables.items()},
            {name: counts[:docs] for name, counts in self.rows_per_doc.items()},
        )
        rest = Block(
            self.docs - docs,
            {name: table.slice(head_rows[name]) for name, table in self.tables.items()},
            {name: counts[docs:] for name, counts in self.rows_per_doc.items()},
        )
        return head, rest


def _block_of(func: Callable[[T], Rows], names: list[str], items: list[T]) -> Block:
    return Block.of([func(item) for item in items], names)


def ordered_blocks(
    func: Callable[[T], Rows],
    items: Iterable[T],
    names: list[str],
    workers: int,
    chunk: int,
    warm_up: Callable[[], None] | None = None,
) -> Iterator[Block]:
    """func over every item, in input order, as blocks of `chunk` items (on `workers` processes).

    `warm_up` runs in this process before the workers fork: what it loads (patterns,
    dictionaries) the workers share instead of each loading its own copy.
    """
    work = functools.partial(_block_of, func, names)
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


def blocks_of(results: Iterable[Rows], names: list[str], chunk: int) -> Iterator[Block]:
    """Per-document results computed elsewhere (a Ray cluster), as blocks."""
    for part in batched(results, chunk):
        yield Block.of(part, names)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def rebatched(blocks: Iterable[Block], size: int) -> Iterator[list[Block]]:
    """Blocks cut and grouped so that each group holds exactly `size` documents (the last: what is left)."""
    group: list[Block] = []
    held = 0
    for block in blocks:
        while block.docs:
            if held + block.docs > size:
                head, block = block.split(size - held)
            else:
                head, block = block, Block(0, {}, {})
            group.append(head)
            held += head.docs
            if held == size:
                yield group
                group, held = [], 0
    if group:
        yield group


class Progress:
    """A one-line progress report on stderr, at most twice a second."""

    def __init__(self, total: int | None, label: str, quiet: bool = False) -> None:
        self.total, self.label, self.done, self.quiet = total, label, 0, quiet
        self.started = self.shown = time.monotonic()

    def advance(self, n: int) -> None:
        self.done += n
        if self.quiet:
            return
        now = time.monotonic()
        if now - self.shown >= 0.5 or self.done == self.total:
            self.shown = now
            rate = self.done / max(now - self.started, 1e-9)
            of = f"/{self.total}" if self.total is not None else ""
            print(f"\r[{self.label}] {self.done}{of} documents, {rate:.0f}/s", end="", file=sys.stderr)
            if self.done == self.total:
                print(file=sys.stderr)


def write_stream(
    blocks: Iterable[Block],
    out_dir: Path,
    names: list[str],
    params: Params,
    progress: Progress,
    observe: Callable[[pa.Table], None] | None = None,
    part: int | None = None,
) -> dict[str, int]:
    """Write blocks in batches of `run.batch_size` documents (a row group each); count the rows per table.

    Tables are written to temporary files and renamed into place only when the whole
    stream is done, so an interrupted run never leaves a truncated table. `observe` sees
    each batch's documents table.
    """
    counts = dict.fromkeys(names, 0)
    with io.TableSet(out_dir, names, part) as tables:
        for group in rebatched(blocks, params.run.batch_size):
            batch = {name: pa.concat_tables([b.tables[name] for b in group]).combine_chunks() for name in names}
            if observe and "documents" in batch:
                observe(batch["documents"])
            tables.write(batch)
            for name, table in batch.items():
                counts[name] += table.num_rows
            progress.advance(sum(b.docs for b in group))
    return counts


def table_stage(
    src: Path, name: str, dst: Path, names: list[str], func: Callable[[tuple[dict, Params]], Rows], params: Params
) -> int:
    """Map `func` over the rows of table `name` in `src`; write tables `names` to `dst`."""
    rows = (row for batch in io.iter_rows(src, name, params.run.batch_size) for row in batch)
    work = ((row, params) for row in rows)
    progress = Progress(None, names[0])
    blocks = ordered_blocks(func, work, names, params.run.workers, chunk=8)
    write_stream(blocks, dst, names, params, progress)
    return progress.done
