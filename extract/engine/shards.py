"""Large runs as shards: NAME/part-NNNNN.parquet of a fixed number of items, resumable after a kill.

A shard is marked done only when every table's part file is in place, so a restarted run
skips the completed shards and redoes the rest. With several local workers each worker
processes and writes whole shards (only their tallies come back), handed out a round at a
time so that no more than `workers` shards of input are held at once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pyarrow as pa

from extract import io
from extract.engine.blocks import Block, Rows, Schemas, batched
from extract.engine.pool import ordered_blocks, shared_pool
from extract.engine.write import Progress, write_stream

T = TypeVar("T")
Mapper = Callable[[list[T]], Iterable[Block]]


class Tally(Protocol):
    """What a run counts as batches go by (rows per table, documents by status...)."""

    def observe(self, batch: dict[str, pa.Table]) -> None: ...

    def merge(self, other: Any) -> None: ...


@dataclass(frozen=True)
class ShardPlan:
    """Where and how a sharded run writes."""

    out_dir: Path
    schemas: Schemas
    shard_size: int
    batch_size: int
    manifest: dict[str, Any]  # what the shards were made from: completed ones are kept only for the same


def write_sharded(
    items: Iterable[T],
    plan: ShardPlan,
    mapper: Mapper,
    tally: Tally,
    progress: Progress,
) -> None:
    """Every shard not completed by an earlier run, each written by `mapper`'s blocks in this process."""
    for part, shard in _to_do(items, plan, tally, progress):
        write_stream(mapper(shard), plan.out_dir, plan.schemas, plan.batch_size, progress, tally.observe, part)
        io.mark_shard_done(plan.out_dir, part)


def write_sharded_in_workers(
    items: Iterable[T],
    plan: ShardPlan,
    func: Callable[[T], Rows],
    workers: int,
    new_tally: Callable[[], Tally],
    tally: Tally,
    progress: Progress,
    warm_up: Callable[[], None] | None = None,
) -> None:
    """Each of `workers` processes writes whole shards; their tallies are merged into `tally`."""
    write = functools.partial(_write_shard, plan, func, new_tally)
    with shared_pool(workers, warm_up) as pool:
        for round_ in batched(_to_do(items, plan, tally, progress), workers):
            for done, items_done in pool.imap(write, round_):
                tally.merge(done)
                progress.advance(items_done)


def _write_shard(
    plan: ShardPlan, func: Callable[[T], Rows], new_tally: Callable[[], Tally], job: tuple[int, list[T]]
) -> tuple[Tally, int]:
    """Process and write one whole shard in this process, then mark it done: what a worker does."""
    part, shard = job
    tally = new_tally()
    blocks = ordered_blocks(func, shard, plan.schemas, 1, plan.batch_size)
    quiet = Progress(len(shard), "", quiet=True)
    write_stream(blocks, plan.out_dir, plan.schemas, plan.batch_size, quiet, tally.observe, part)
    io.mark_shard_done(plan.out_dir, part)
    return tally, len(shard)


def _to_do(items: Iterable[T], plan: ShardPlan, tally: Tally, progress: Progress) -> Iterator[tuple[int, list[T]]]:
    """The (part, items) of every shard an earlier run did not complete; the completed ones are tallied."""
    io.start_sharded_output(plan.out_dir, plan.manifest, plan.schemas)
    for part, shard in enumerate(batched(items, plan.shard_size)):
        if io.shard_marker(plan.out_dir, part).exists():
            tally.observe(
                {name: io.read_part(plan.out_dir, name, part, schema) for name, schema in plan.schemas.items()}
            )
            progress.advance(len(shard))
            continue
        yield part, shard
