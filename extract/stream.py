"""Streaming machinery shared by the stages: ordered worker maps, batches, progress.

Results come back in input order whatever the worker count, and each batch becomes one
Parquet row group, so the same input gives the same bytes with 1 or N workers.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from extract import io
from extract.params import Params

T = TypeVar("T")
R = TypeVar("R")
Rows = dict[str, list[dict[str, Any]]]


def ordered_map(func: Callable[[T], R], items: Iterable[T], workers: int, chunk: int) -> Iterator[R]:
    """map() in input order, on `workers` processes when more than one."""
    if workers <= 1:
        yield from map(func, items)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(func, items, chunksize=chunk)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def merge(results: list[Rows], names: list[str]) -> Rows:
    """Concatenate per-document rows into one batch per table."""
    return {name: [row for result in results for row in result.get(name, [])] for name in names}


class Progress:
    """A one-line progress report on stderr, at most twice a second."""

    def __init__(self, total: int | None, label: str) -> None:
        self.total, self.label, self.done = total, label, 0
        self.started = self.shown = time.monotonic()

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.shown >= 0.5 or self.done == self.total:
            self.shown = now
            rate = self.done / max(now - self.started, 1e-9)
            of = f"/{self.total}" if self.total is not None else ""
            print(f"\r[{self.label}] {self.done}{of} documents, {rate:.0f}/s", end="", file=sys.stderr)
            if self.done == self.total:
                print(file=sys.stderr)


def write_stream(
    results: Iterable[Rows],
    out_dir: Path,
    names: list[str],
    params: Params,
    progress: Progress,
    observe: Callable[[Rows], None] | None = None,
    part: int | None = None,
) -> dict[str, int]:
    """Write per-document results in batches of `run.batch_size`; count the rows per table.

    Tables are written to temporary files and renamed into place only when the whole
    stream is done, so an interrupted run never leaves a truncated table.
    """
    counts = dict.fromkeys(names, 0)
    with io.TableSet(out_dir, names, part) as tables:
        for batch in batched(results, params.run.batch_size):
            merged = merge(batch, names)
            if observe:
                observe(merged)
            tables.write(merged)
            for name, rows in merged.items():
                counts[name] += len(rows)
            progress.advance(len(batch))
    return counts


def table_stage(
    src: Path, name: str, dst: Path, names: list[str], func: Callable[[tuple[dict, Params]], Rows], params: Params
) -> int:
    """Map `func` over the rows of table `name` in `src`; write tables `names` to `dst`."""
    rows = (row for batch in io.iter_rows(src, name, params.run.batch_size) for row in batch)
    work = ((row, params) for row in rows)
    progress = Progress(None, names[0])
    write_stream(ordered_map(func, work, params.run.workers, chunk=8), dst, names, params, progress)
    return progress.done
