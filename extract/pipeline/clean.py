"""DVC stage `clean`: the `ingested` table to `documents` and `paragraphs`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.clean.document import clean_document
from extract.engine.blocks import Rows
from extract.models import Ingested, tables_of
from extract.params import Params
from extract.pipeline.runner import as_rows, stream_stage, table_rows
from extract.stories import assign_stories


def clean_page(ingested: Ingested, params: Params) -> Rows:
    """The documents row and paragraphs rows of one ingested page."""
    document, paragraphs = clean_document(ingested, params.clean)
    return as_rows(documents=[document], paragraphs=paragraphs)


def _clean_row(args: tuple[dict[str, Any], Params]) -> Rows:
    row, params = args
    return clean_page(Ingested(**row), params)


def clean_stage(ingested_dir: Path, output_dir: Path, params: Params) -> int:
    """Clean every page of `ingested_dir`/ingested.parquet into `output_dir`."""
    rows = table_rows(ingested_dir, "ingested", params)
    n = stream_stage(_clean_row, rows, None, tables_of("clean"), output_dir, params)
    assign_stories(output_dir)  # syndicated copies: needs every page's clean text written first
    return n
