"""DVC stage `extract`: the `documents` table to the record tables (in the same folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.engine.blocks import Rows
from extract.extractors.document import extract_records
from extract.models import Document, record_tables
from extract.params import Params
from extract.pipeline.runner import as_rows, stream_stage, table_rows


def extract_page(document: Document, params: Params) -> Rows:
    """The record rows of one cleaned page."""
    return as_rows(**extract_records(document, params.extract.tables))


def _extract_row(args: tuple[dict[str, Any], Params]) -> Rows:
    row, params = args
    return extract_page(Document(**row), params)


def extract_stage(outputs_dir: Path, params: Params) -> int:
    """Extract the records of every page of `outputs_dir`/documents.parquet into the same folder."""
    rows = table_rows(outputs_dir, "documents", params)
    return stream_stage(_extract_row, rows, None, [t.name for t in record_tables()], outputs_dir, params)
