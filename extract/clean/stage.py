"""The clean stage over a table: `ingested` rows to `documents` and `paragraphs` rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.clean import clean_document
from extract.models import Ingested
from extract.params import Params
from extract.stream import Rows, table_stage

TABLES = ["documents", "paragraphs"]


def clean_rows(ingested: Ingested, params: Params) -> Rows:
    """The documents and paragraphs rows of one ingested file."""
    document, paragraphs = clean_document(ingested, params.clean)
    return {"documents": [document.model_dump()], "paragraphs": [p.model_dump() for p in paragraphs]}


def _clean_one(args: tuple[dict[str, Any], Params]) -> Rows:
    row, params = args
    return clean_rows(Ingested(**row), params)


def clean_stage(ingested_dir: Path, output_dir: Path, params: Params) -> int:
    """DVC stage `clean`: the `ingested` table to `documents` and `paragraphs`."""
    return table_stage(ingested_dir, "ingested", output_dir, TABLES, _clean_one, params)
