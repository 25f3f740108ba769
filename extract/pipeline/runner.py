"""How a stage runs over a whole input: its per-page function on the engine, its tables written."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from extract import io
from extract.engine.blocks import Rows, Schemas
from extract.engine.pool import ordered_blocks
from extract.engine.write import Progress, write_stream
from extract.models import Row
from extract.params import Params
from extract.schema import schema_of

T = TypeVar("T")


def schemas(names: Iterable[str]) -> Schemas:
    """The Arrow schema of each named table."""
    return {name: schema_of(name) for name in names}


def as_rows(**tables: list[Row]) -> Rows:
    """Validated model instances as the plain row dicts the engine writes."""
    return {name: [vars(row) for row in rows] for name, rows in tables.items()}


def stream_stage(
    func: Callable[[T], Rows], items: Iterable[T], total: int | None, names: list[str], out: Path, params: Params
) -> int:
    """`func` over every item, its tables written to `out`; the number of items."""
    progress = Progress(total, names[0])
    blocks = ordered_blocks(func, items, schemas(names), params.run.workers, chunk=8)
    write_stream(blocks, out, schemas(names), params.run.batch_size, progress)
    return progress.done


def table_rows(src: Path, name: str, params: Params) -> Iterable[tuple[dict[str, Any], Params]]:
    """The rows of an earlier stage's table, each with the parameters (what a worker needs)."""
    return ((row, params) for batch in io.iter_rows(src, name, params.run.batch_size) for row in batch)
