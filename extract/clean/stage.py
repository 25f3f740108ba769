"""The clean stage over a table: `ingested` rows to `documents` and `paragraphs` rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.clean import clean_document
from extract.models import Fields
from extract.params import Params
from extract.schema import row_dicts, validate_rows
from extract.stream import Rows, table_stage

TABLES = ["documents", "paragraphs"]


def clean_rows(ingested: Fields, params: Params) -> Rows:
    """The documents and paragraphs rows of one ingested file (validated)."""
    document, paragraphs = clean_document(ingested, params.clean)
    return {
        "documents": validate_rows("documents", [vars(document)]),
        "paragraphs": validate_rows("paragraphs", row_dicts(paragraphs)),
    }


def _clean_one(args: tuple[dict[str, Any], Params]) -> Rows:
    row, params = args
    return clean_rows(Fields(**row), params)


def clean_stage(ingested_dir: Path, output_dir: Path, params: Params) -> int:
    """DVC stage `clean`: the `ingested` table to `documents` and `paragraphs`."""
    return table_stage(ingested_dir, "ingested", output_dir, TABLES, _clean_one, params)
