"""`run`: ingest, clean and extract chained per page, streamed in batches to Parquet.

The same per-page functions as the single stages (`dvc repro`), so a run and the stages
give byte-identical tables; the engine runs them on local workers, in shards or on Ray.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.engine.blocks import Block, Rows, blocks_of
from extract.engine.pool import ordered_blocks
from extract.engine.shards import ShardPlan, write_sharded, write_sharded_in_workers
from extract.engine.write import Progress, write_stream
from extract.extractors.base import extractors
from extract.ingest.reader import doc_id_for
from extract.models import TABLES, Document, tables_of
from extract.panel.stage import panel_stage
from extract.params import Params
from extract.pipeline.clean import clean_page
from extract.pipeline.extract import extract_page
from extract.pipeline.inputs import Pages, Task, read_page
from extract.pipeline.runner import as_rows, schemas
from extract.pipeline.summary import RunSummary
from extract.rules.samples import WARM_UP_PAGE
from extract.stories import assign_stories
from extract.text import segment


def output_tables() -> list[str]:
    """What `run` writes page by page: every table but the ingest hand-off and the tables across documents."""
    return [name for name in TABLES if name not in tables_of("ingest") + tables_of("panel")]


def process_page(task: Task) -> Rows:
    """The whole chain for one page: ingest, clean, extract.

    A bug on one page must not lose that page or stop the run: the page is recorded as
    rejected with an internal_error reason instead.
    """
    try:
        rows = clean_page(read_page(task), task.params)
        return rows | extract_page(Document(**rows["documents"][0]), task.params)
    except Exception as exc:  # any failure becomes the page's recorded reason
        return as_rows(documents=[failed_document(task.source, exc)])


def failed_document(source: str, exc: Exception) -> Document:
    """The documents row of a page whose processing raised."""
    reason = f"internal_error: {type(exc).__name__}: {exc}"[:300]
    return Document(doc_id=doc_id_for(source), source=source, status="rejected", reject_reason=reason)


def warm_up(params: Params) -> None:
    """Build every rule table (patterns, automata, gazetteer) and load jieba, as workers would on first use."""
    extractors()
    process_page(Task("warm-up.txt", None, params, WARM_UP_PAGE))
    segment.preload()


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
    tables = schemas(output_tables())
    preload = functools.partial(warm_up, params)

    def mapper(todo: Iterable[Task]) -> Iterator[Block]:
        if engine == "ray":
            from extract.engine.ray import map_ordered

            return blocks_of(map_ordered(process_page, todo, params.run.batch_size), tables, chunk)
        return ordered_blocks(process_page, todo, tables, workers, chunk, preload)

    pages = Pages(input_path, params)
    summary = RunSummary(rows=dict.fromkeys(tables, 0))
    if not shard_size:
        progress = Progress(len(pages), "run")
        write_stream(mapper(pages), output_dir, tables, params.run.batch_size, progress, summary.observe)
        return across_documents(output_dir, summary)
    manifest = {"input": str(input_path.resolve()), "shard_size": shard_size}
    plan = ShardPlan(output_dir, tables, shard_size, params.run.batch_size, manifest)
    progress = Progress(None, "run")
    if engine == "local" and workers > 1:
        write_sharded_in_workers(pages, plan, process_page, workers, RunSummary, summary, progress, preload)
    else:
        write_sharded(pages, plan, mapper, summary, progress)
    return across_documents(output_dir, summary)


def across_documents(output_dir: Path, summary: RunSummary) -> RunSummary:
    """What needs every page written first: the stories of syndicated copies, then the panel and policy tables."""
    summary.stories = assign_stories(output_dir)
    summary.panel = panel_stage(output_dir)
    return summary
