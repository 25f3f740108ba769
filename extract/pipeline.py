"""`run`: ingest, clean and extract chained per document, streamed in batches to Parquet.

The same per-document functions as the single stages (`dvc repro`), so a run and the
stages give byte-identical tables.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from extract import io
from extract.clean.stage import TABLES as DOC_TABLES
from extract.clean.stage import clean_rows
from extract.extractors import TABLES as RECORD_TABLES
from extract.extractors.stage import extract_rows
from extract.ingest import doc_id_for
from extract.ingest.stage import Task, ingest_task, tasks
from extract.models import Document, Fields, new_row
from extract.params import Params
from extract.schema import SCHEMAS, validate_rows
from extract.stream import Block, Progress, Rows, batched, blocks_of, ordered_blocks, shared_pool, write_stream
from extract.text import segment

ALL_TABLES = DOC_TABLES + RECORD_TABLES


@dataclass
class RunSummary:
    """What a run wrote: rows per table, and documents ok or rejected (by reason)."""

    rows: dict[str, int] = field(default_factory=dict)
    ok: int = 0
    rejected: Counter[str] = field(default_factory=Counter)

    def observe(self, documents: pa.Table) -> None:
        """Count a batch of documents rows by status and reason."""
        statuses = documents.column("status").to_pylist()
        reasons = documents.column("reject_reason").to_pylist()
        for status, reason in zip(statuses, reasons, strict=True):
            if status == "ok":
                self.ok += 1
            else:
                self.rejected[(reason or "unknown").split(":", 1)[0]] += 1

    def add(self, counts: dict[str, int]) -> None:
        """Add the rows written per table."""
        for name, n in counts.items():
            self.rows[name] = self.rows.get(name, 0) + n

    def lines(self) -> list[str]:
        """A human summary: documents by status and reason, records per table."""
        rejected = ", ".join(f"{reason} {n}" for reason, n in sorted(self.rejected.items()))
        records = ", ".join(f"{name} {self.rows.get(name, 0)}" for name in RECORD_TABLES)
        total = sum(self.rejected.values())
        return [
            f"documents: {self.ok} ok, {total} rejected" + (f" ({rejected})" if rejected else ""),
            f"records: {records}",
        ]


def process_task(task: Task) -> Rows:
    """The whole chain for one file: ingest, clean, extract.

    A bug on one page must not lose that page or stop the run: the page is recorded as
    rejected with an internal_error reason instead.
    """
    try:
        rows = clean_rows(ingest_task(task), task.params)
        return rows | extract_rows(Fields(**rows["documents"][0]), task.params)
    except Exception as exc:  # any failure becomes the page's recorded reason
        return {"documents": [failed_document(task.source, exc)]}


# A page that runs every rule once, so that what the rules build on first use is built.
WARM_UP_PAGE = (
    "大连市开展质量强市活动\n2014年9月16日 来源:中国质量报\n"
    "大连市实施《大连市质量强市发展规划》,同年12月,16家企业获得第六届大连市市长质量奖,"
    "全市拥有中国名牌产品20个、中国驰名商标10件,“十二五”期间将创建质量标杆企业20家以上。"
)


def warm_up(params: Params) -> None:
    """Build every rule table (patterns, automata, gazetteer) and load jieba, as workers would on first use."""
    process_task(Task("warm-up.txt", None, params, WARM_UP_PAGE))
    segment.preload()


def failed_document(source: str, exc: Exception) -> dict:
    """The documents row of a page whose processing raised (validated)."""
    reason = f"internal_error: {type(exc).__name__}: {exc}"[:300]
    row = new_row(Document, doc_id=doc_id_for(source), source=source, status="rejected", reject_reason=reason)
    return validate_rows("documents", [vars(row)])[0]


def run(
    input_path: Path,
    output_dir: Path,
    params: Params,
    workers: int | None = None,
    shard_size: int | None = None,
    engine: str = "local",
) -> RunSummary:
    """Every stage over every page below `input_path` (a folder, or a Parquet page dataset).

    With `shard_size`, tables are written as NAME/part-NNNNN.parquet of that many pages each,
    and a restarted run skips the shards an earlier run completed.
    """
    workers = workers or params.run.workers
    shard_size = shard_size if shard_size is not None else params.run.shard_size
    # Several chunks per batch and worker keep the workers busy while the batch is written.
    chunk = params.run.batch_size if workers <= 1 else max(1, params.run.batch_size // (4 * workers))

    def mapper(todo: Iterable[Task]) -> Iterator[Block]:
        if engine == "ray":
            from extract.ray_engine import map_tasks

            return blocks_of(map_tasks(todo, params), ALL_TABLES, chunk)
        return ordered_blocks(process_task, todo, ALL_TABLES, workers, chunk, functools.partial(warm_up, params))

    summary = RunSummary()
    if not shard_size:
        todo = tasks(input_path, params)
        progress = Progress(len(todo), "run")
        results = mapper(todo)
        summary.rows = write_stream(results, output_dir, ALL_TABLES, params, progress, summary.observe)
        return summary
    io.start_sharded_output(output_dir, {"input": str(input_path.resolve()), "shard_size": shard_size}, ALL_TABLES)
    progress = Progress(None, "run")
    summary.rows = dict.fromkeys(ALL_TABLES, 0)
    todo_shards = _shards_to_do(input_path, params, shard_size, output_dir, summary, progress)
    if engine == "local" and workers > 1:
        _write_shards_in_parallel(todo_shards, output_dir, params, workers, summary, progress)
        return summary
    for part, shard in todo_shards:
        counts = write_stream(mapper(shard), output_dir, ALL_TABLES, params, progress, summary.observe, part)
        io.mark_shard_done(output_dir, part)
        summary.add(counts)
    return summary


def _shards_to_do(
    input_path: Path, params: Params, shard_size: int, output_dir: Path, summary: RunSummary, progress: Progress
) -> Iterator[tuple[int, list[Task]]]:
    """The (part, tasks) of every shard an earlier run did not complete; the completed ones are counted."""
    for part, shard in enumerate(batched(tasks(input_path, params), shard_size)):
        if io.shard_marker(output_dir, part).exists():
            _count_done_shard(output_dir, part, summary)
            progress.advance(len(shard))
            continue
        yield part, shard


def write_shard(output_dir: Path, params: Params, item: tuple[int, list[Task]]) -> RunSummary:
    """Process and write one whole shard in this process, then mark it done: what a worker does."""
    part, shard = item
    summary = RunSummary()
    blocks = ordered_blocks(process_task, shard, ALL_TABLES, 1, params.run.batch_size)
    quiet = Progress(len(shard), "", quiet=True)
    summary.rows = write_stream(blocks, output_dir, ALL_TABLES, params, quiet, summary.observe, part)
    io.mark_shard_done(output_dir, part)
    return summary


def _write_shards_in_parallel(
    shards: Iterator[tuple[int, list[Task]]],
    output_dir: Path,
    params: Params,
    workers: int,
    summary: RunSummary,
    progress: Progress,
) -> None:
    """Each worker processes and writes whole shards: only their row counts come back.

    Shards are handed out a round (one per worker) at a time, so that a page dataset's text
    is never held for more than `workers` shards at once.
    """
    with shared_pool(workers, functools.partial(warm_up, params)) as pool:
        for round_ in batched(shards, workers):
            for done in pool.imap(functools.partial(write_shard, output_dir, params), round_):
                summary.add(done.rows)
                summary.ok += done.ok
                summary.rejected.update(done.rejected)
                progress.advance(done.ok + sum(done.rejected.values()))


def _count_done_shard(output_dir: Path, part: int, summary: RunSummary) -> None:
    """Account for a shard written by an earlier, interrupted run."""
    for name in ALL_TABLES:
        rows = io.read_part(output_dir, name, part)
        summary.rows[name] += len(rows)
        if name == "documents":
            summary.observe(pa.Table.from_pylist(rows, schema=SCHEMAS["documents"]))
