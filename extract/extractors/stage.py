"""The extract stage over a table: `documents` rows to the record tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.extractors import TABLES, extract_records
from extract.models import Fields
from extract.params import Params
from extract.schema import row_dicts, validate_rows
from extract.stream import Rows, table_stage


def extract_rows(document: Fields, params: Params) -> Rows:
    """The record rows of one cleaned document (validated)."""
    records = extract_records(document, params.extract.tables)
    return {name: validate_rows(name, row_dicts(rows)) for name, rows in records.items()}


def _extract_one(args: tuple[dict[str, Any], Params]) -> Rows:
    row, params = args
    return extract_rows(Fields(**row), params)


def extract_stage(outputs_dir: Path, params: Params) -> int:
    """DVC stage `extract`: the `documents` table to the record tables (same folder)."""
    return table_stage(outputs_dir, "documents", outputs_dir, TABLES, _extract_one, params)
