"""What the stages read: pages below a folder or rows of a Parquet page dataset; an earlier stage's table."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extract import io
from extract.ingest.reader import doc_id_for, ingest_file
from extract.models import Ingested
from extract.params import Params


@dataclass(frozen=True)
class Task:
    """One input page for a worker: a file to read, or a row of a page dataset."""

    source: str
    path: Path | None
    params: Params
    text: str | None = None


class Pages:
    """The input's pages as tasks, streamed: a file below a folder (sorted by path), or a dataset row.

    Its length is known before the first task (a folder's listing, a dataset's row count), and
    a dataset's text is read batch by batch as the tasks are taken, never all at once.
    """

    def __init__(self, input_path: Path, params: Params) -> None:
        self.params = params
        self.dataset = input_path if io.is_page_dataset(input_path) else None
        self.files = None if self.dataset else io.list_inputs(input_path)

    def __len__(self) -> int:
        return io.dataset_rows(self.dataset) if self.dataset else len(self.files or [])

    def __iter__(self) -> Iterator[Task]:
        if self.dataset is not None:
            for source, text, _ in io.iter_dataset_pages(self.dataset, self.params.run.batch_size):
                yield Task(source, None, self.params, text)
            return
        for source, path in self.files or []:
            yield Task(source, path, self.params)


def read_page(task: Task) -> Ingested:
    """Read and decode one file (at most the size limit plus one byte), or take a dataset row."""
    if task.text is not None:
        data = task.text.encode("utf-8")
        return ingest_file(task.source, data, len(data), task.params.ingest)
    try:
        data, size = io.read_head(task.path, task.params.ingest.max_file_bytes + 1)
    except OSError as exc:
        reason = f"unreadable: {exc.strerror or type(exc).__name__}"
        return Ingested(doc_id=doc_id_for(task.source), source=task.source, status="rejected", reject_reason=reason)
    return ingest_file(task.source, data, size, task.params.ingest)
