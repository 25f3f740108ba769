"""The ingest stage over a folder: each file read (up to the size limit) and decoded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extract import io
from extract.ingest import doc_id_for, ingest_file
from extract.models import Ingested
from extract.params import Params
from extract.stream import Progress, ordered_map, write_stream


@dataclass(frozen=True)
class Task:
    """One input file for a worker."""

    source: str
    path: Path
    params: Params


def tasks(input_dir: Path, params: Params) -> list[Task]:
    """A task per file below `input_dir`, in sorted path order."""
    return [Task(source, path, params) for source, path in io.list_inputs(input_dir)]


def ingest_task(task: Task) -> Ingested:
    """Read and decode one file (reads at most the size limit plus one byte)."""
    try:
        data, size = io.read_head(task.path, task.params.ingest.max_file_bytes + 1)
    except OSError as exc:
        reason = f"unreadable: {exc.strerror or type(exc).__name__}"
        return Ingested(doc_id=doc_id_for(task.source), source=task.source, status="rejected", reject_reason=reason)
    return ingest_file(task.source, data, size, task.params.ingest)


def _ingest_rows(task: Task) -> dict[str, list[dict]]:
    return {"ingested": [ingest_task(task).model_dump()]}


def ingest_stage(input_dir: Path, output_dir: Path, params: Params) -> int:
    """DVC stage `ingest`: decode every input file into the `ingested` table."""
    todo = tasks(input_dir, params)
    results = ordered_map(_ingest_rows, todo, params.run.workers, chunk=8)
    write_stream(results, output_dir, ["ingested"], params, Progress(len(todo), "ingest"))
    return len(todo)
