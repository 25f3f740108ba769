"""DVC stage `ingest`: every input page read and decoded into the `ingested` table."""

from __future__ import annotations

from pathlib import Path

from extract.engine.blocks import Rows
from extract.models import tables_of
from extract.params import Params
from extract.pipeline.inputs import Pages, Task, read_page
from extract.pipeline.runner import as_rows, stream_stage


def ingest_page(task: Task) -> Rows:
    """The `ingested` row of one page."""
    return as_rows(ingested=[read_page(task)])


def ingest_stage(input_dir: Path, output_dir: Path, params: Params) -> int:
    """Decode every input page below `input_dir` into `output_dir`/ingested.parquet."""
    pages = Pages(input_dir, params)
    return stream_stage(ingest_page, pages, len(pages), tables_of("ingest"), output_dir, params)
