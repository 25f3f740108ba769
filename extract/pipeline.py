"""Stages chained over a stream of documents, in batches, on one or more worker processes.

Every per-document function is pure; the order of output rows is the sorted order of
input paths, whatever the worker count, so the Parquet bytes are deterministic.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from extract import io
from extract.clean import clean_document
from extract.extractors import TABLES, extract_records
from extract.ingest import ingest_file
from extract.models import Document, Ingested
from extract.params import Params

DOC_TABLES = ["documents", "paragraphs"]
ALL_TABLES = DOC_TABLES + TABLES
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Task:
    """One input file for a worker."""

    source: str
    path: Path
    params: Params


def ingest_task(task: Task) -> Ingested:
    """Read and decode one file (reads at most the size limit plus one byte)."""
    data, size = io.read_head(task.path, task.params.ingest.max_file_bytes + 1)
    return ingest_file(task.source, data, size, task.params.ingest)


def clean_rows(ingested: Ingested, params: Params) -> dict[str, list[dict[str, Any]]]:
    """The documents and paragraphs rows of one ingested file."""
    document, paragraphs = clean_document(ingested, params.clean)
    return {"documents": [document.model_dump()], "paragraphs": [p.model_dump() for p in paragraphs]}


def extract_rows(document: Document, params: Params) -> dict[str, list[dict[str, Any]]]:
    """The record rows of one cleaned document."""
    records = extract_records(document, params.extract.tables)
    return {name: [r.model_dump() for r in rows] for name, rows in records.items()}


def process_task(task: Task) -> dict[str, list[dict[str, Any]]]:
    """The whole chain for one file: ingest, clean, extract."""
    rows = clean_rows(ingest_task(task), task.params)
    document = Document(**rows["documents"][0])
    return rows | extract_rows(document, task.params)


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


def merge(results: list[dict[str, list[dict[str, Any]]]], names: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Concatenate per-document rows into one batch per table."""
    return {name: [row for result in results for row in result.get(name, [])] for name in names}


class Progress:
    """A one-line progress report on stderr, at most twice a second."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label, self.done = total, label, 0
        self.started = self.shown = time.monotonic()

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.shown >= 0.5 or self.done == self.total:
            self.shown = now
            rate = self.done / max(now - self.started, 1e-9)
            print(f"\r[{self.label}] {self.done}/{self.total} documents, {rate:.0f}/s", end="", file=sys.stderr)
            if self.done == self.total:
                print(file=sys.stderr)


def run(input_dir: Path, output_dir: Path, params: Params, workers: int | None = None) -> dict[str, int]:
    """Ingest, clean and extract every file below `input_dir`; write all tables to `output_dir`."""
    workers = workers or params.run.workers
    inputs = io.list_inputs(input_dir)
    tasks = (Task(source, path, params) for source, path in inputs)
    progress = Progress(len(inputs), "run")
    counts = dict.fromkeys(ALL_TABLES, 0)
    chunk = max(1, params.run.batch_size // (4 * workers))
    with io.TableSet(output_dir, ALL_TABLES) as tables:
        for batch in batched(ordered_map(process_task, tasks, workers, chunk), params.run.batch_size):
            merged = merge(batch, ALL_TABLES)
            tables.write(merged)
            for name, rows in merged.items():
                counts[name] += len(rows)
            progress.advance(len(batch))
    return counts


def ingest_stage(input_dir: Path, output_dir: Path, params: Params) -> int:
    """DVC stage `ingest`: decode every input file into the `ingested` table."""
    inputs = io.list_inputs(input_dir)
    tasks = (Task(source, path, params) for source, path in inputs)
    count = 0
    with io.TableSet(output_dir, ["ingested"]) as tables:
        for batch in batched(ordered_map(ingest_task, tasks, params.run.workers, 8), params.run.batch_size):
            tables.write({"ingested": [doc.model_dump() for doc in batch]})
            count += len(batch)
    return count


def _clean_one(args: tuple[dict[str, Any], Params]) -> dict[str, list[dict[str, Any]]]:
    row, params = args
    return clean_rows(Ingested(**row), params)


def _extract_one(args: tuple[dict[str, Any], Params]) -> dict[str, list[dict[str, Any]]]:
    row, params = args
    return extract_rows(Document(**row), params)


def clean_stage(ingested_dir: Path, output_dir: Path, params: Params) -> int:
    """DVC stage `clean`: the `ingested` table to `documents` and `paragraphs`."""
    return _table_stage(ingested_dir, "ingested", output_dir, DOC_TABLES, _clean_one, params)


def extract_stage(outputs_dir: Path, params: Params) -> int:
    """DVC stage `extract`: the `documents` table to the record tables."""
    return _table_stage(outputs_dir, "documents", outputs_dir, TABLES, _extract_one, params)


def _table_stage(src: Path, name: str, dst: Path, names: list[str], func: Callable, params: Params) -> int:
    count = 0
    rows = (row for batch in io.iter_rows(src, name, params.run.batch_size) for row in batch)
    with io.TableSet(dst, names) as tables:
        work = ((row, params) for row in rows)
        for batch in batched(ordered_map(func, work, params.run.workers, 8), params.run.batch_size):
            tables.write(merge(batch, names))
            count += len(batch)
    return count
