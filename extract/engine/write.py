"""The batch writer (a Parquet row group per batch of items, atomic files) and the progress line."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa

from extract import io
from extract.engine.blocks import Block, Schemas, rebatched


class Progress:
    """A one-line progress report on stderr, at most twice a second."""

    def __init__(self, total: int | None, label: str, quiet: bool = False) -> None:
        self.total, self.label, self.done, self.quiet = total, label, 0, quiet
        self.started = self.shown = time.monotonic()

    def advance(self, n: int) -> None:
        self.done += n
        if self.quiet:
            return
        now = time.monotonic()
        if now - self.shown >= 0.5 or self.done == self.total:
            self.shown = now
            rate = self.done / max(now - self.started, 1e-9)
            of = f"/{self.total}" if self.total is not None else ""
            print(f"\r[{self.label}] {self.done}{of} documents, {rate:.0f}/s", end="", file=sys.stderr)
            if self.done == self.total:
                print(file=sys.stderr)


def write_stream(
    blocks: Iterable[Block],
    out_dir: Path,
    schemas: Schemas,
    batch_size: int,
    progress: Progress,
    observe: Callable[[dict[str, pa.Table]], None] | None = None,
    part: int | None = None,
) -> dict[str, int]:
    """Write blocks in batches of `batch_size` items (a row group each); count the rows per table.

    Tables are written to temporary files and renamed into place only when the whole
    stream is done, so an interrupted run never leaves a truncated table. `observe` sees
    each batch's tables before they are written.
    """
    counts = dict.fromkeys(schemas, 0)
    with io.TableSet(out_dir, schemas, part) as tables:
        for group in rebatched(blocks, batch_size):
            batch = {name: pa.concat_tables([b.tables[name] for b in group]).combine_chunks() for name in schemas}
            if observe:
                observe(batch)
            tables.write(batch)
            for name, table in batch.items():
                counts[name] += table.num_rows
            progress.advance(sum(b.items for b in group))
    return counts
