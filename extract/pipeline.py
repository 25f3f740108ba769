"""`run`: ingest, clean and extract chained per document, streamed in batches to Parquet.

The same per-document functions as the single stages (`dvc repro`), so a run and the
stages give byte-identical tables.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extract import io
from extract.clean.stage import TABLES as DOC_TABLES
from extract.clean.stage import clean_rows
from extract.extractors import TABLES as RECORD_TABLES
from extract.extractors.stage import extract_rows
from extract.ingest import doc_id_for
from extract.ingest.stage import Task, ingest_task, tasks
from extract.models import Document, Fields, new_row
from extract.params import Params
from extract.schema import validate_rows
from extract.stream import Progress, Rows, batched, ordered_map, write_stream

ALL_TABLES = DOC_TABLES + RECORD_TABLES


@dataclass
class RunSummary:
    """What a run wrote: rows per table, and documents ok or rejected (by reason)."""

    rows: dict[str, int] = field(default_factory=dict)
    ok: int = 0
    rejected: Counter[str] = field(default_factory=Counter)

    def observe(self, batch: Rows) -> None:
        for doc in batch.get("documents", []):
            if doc["status"] == "ok":
                self.ok += 1
            else:
                self.rejected[(doc["reject_reason"] or "unknown").split(":", 1)[0]] += 1

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
    chunk = max(1, params.run.batch_size // (4 * workers))

    def mapper(todo: list[Task]):
        if engine == "ray":
            from extract.ray_engine import map_tasks

            return map_tasks(todo, params)
        return ordered_map(process_task, todo, workers, chunk)

    summary = RunSummary()
    if not shard_size:
        todo = list(tasks(input_path, params))
        results = mapper(todo)
        progress = Progress(len(todo), "run")
        summary.rows = write_stream(results, output_dir, ALL_TABLES, params, progress, summary.observe)
        return summary
    io.start_sharded_output(output_dir, {"input": str(input_path.resolve()), "shard_size": shard_size}, ALL_TABLES)
    progress = Progress(None, "run")
    summary.rows = dict.fromkeys(ALL_TABLES, 0)
    for part, shard in enumerate(batched(tasks(input_path, params), shard_size)):
        if io.shard_marker(output_dir, part).exists():
            _count_done_shard(output_dir, part, summary)
            progress.advance(len(shard))
            continue
        results = mapper(shard)
        counts = write_stream(results, output_dir, ALL_TABLES, params, progress, summary.observe, part)
        io.mark_shard_done(output_dir, part)
        for name, n in counts.items():
            summary.rows[name] += n
    return summary


def _count_done_shard(output_dir: Path, part: int, summary: RunSummary) -> None:
    """Account for a shard written by an earlier, interrupted run."""
    for name in ALL_TABLES:
        rows = io.read_part(output_dir, name, part)
        summary.rows[name] += len(rows)
        if name == "documents":
            summary.observe({"documents": rows})
