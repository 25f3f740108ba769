"""`run --engine ray`: the same per-page function as the local engine, as Ray Data `map_batches`.

Ray schedules the work (locally or on a cluster: `ray.init(address=...)` via RAY_ADDRESS);
the driver streams the results back in input order and writes them with the same batch
writer, so the tables are byte-identical to the local engine's. Ray is an optional extra:
`pip install .[ray]`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.ingest.stage import Task
from extract.params import Params
from extract.pipeline import process_task
from extract.stream import Rows


def _process_batch(batch: dict[str, Any]) -> dict[str, list[str]]:
    """A Ray Data batch of tasks to one JSON result per page (the local engine's process_task)."""
    params = Params.model_validate_json(batch["params"][0])
    results = []
    rows = zip(batch["source"], batch["path"], batch["text"], batch["has_text"], strict=True)
    for source, path, text, has_text in rows:
        task = Task(str(source), Path(str(path)) if path else None, params, str(text) if has_text else None)
        results.append(json.dumps(process_task(task), ensure_ascii=False))
    return {"result": results}


def map_tasks(tasks: Iterable[Task], params: Params) -> Iterator[Rows]:
    """Results of process_task for every task, computed by Ray, in input order."""
    import ray

    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    encoded = params.model_dump_json()
    items = [
        {
            "source": t.source,
            "path": str(t.path) if t.path else "",
            "text": t.text or "",
            "has_text": t.text is not None,
            "params": encoded,
        }
        for t in tasks
    ]
    dataset = ray.data.from_items(items).map_batches(
        _process_batch, batch_size=params.run.batch_size, batch_format="numpy"
    )
    for row in dataset.iter_rows():
        yield json.loads(row["result"])
