"""`run`: ingest, clean and extract chained per document, streamed in batches to Parquet.

The same per-document functions as the single stages (`dvc repro`), so a run and the
stages give byte-identical tables.
"""

from __future__ import annotations

from pathlib import Path

from extract.clean.stage import TABLES as DOC_TABLES
from extract.clean.stage import clean_rows
from extract.extractors import TABLES as RECORD_TABLES
from extract.extractors.stage import extract_rows
from extract.ingest.stage import Task, ingest_task, tasks
from extract.models import Document
from extract.params import Params
from extract.stream import Progress, Rows, ordered_map, write_stream

ALL_TABLES = DOC_TABLES + RECORD_TABLES


def process_task(task: Task) -> Rows:
    """The whole chain for one file: ingest, clean, extract."""
    rows = clean_rows(ingest_task(task), task.params)
    document = Document(**rows["documents"][0])
    return rows | extract_rows(document, task.params)


def run(input_dir: Path, output_dir: Path, params: Params, workers: int | None = None) -> dict[str, int]:
    """Every stage over every file below `input_dir`; all tables written to `output_dir`."""
    workers = workers or params.run.workers
    todo = tasks(input_dir, params)
    chunk = max(1, params.run.batch_size // (4 * workers))
    results = ordered_map(process_task, todo, workers, chunk)
    return write_stream(results, output_dir, ALL_TABLES, params, Progress(len(todo), "run"))
