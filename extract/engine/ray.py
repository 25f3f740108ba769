"""The same ordered map on Ray Data (`map_batches`), locally or on the cluster in RAY_ADDRESS.

Items and results travel pickled, so any picklable item and result work; results come back
in input order (`preserve_order`), so the writer gives the local engine's bytes. Ray is the
optional extra `[ray]`.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _apply(batch: dict[str, Any], func: Callable[[Any], Any]) -> dict[str, list[bytes]]:
    """A Ray Data batch of pickled items to their pickled results."""
    return {"result": [pickle.dumps(func(pickle.loads(item))) for item in batch["item"]]}


def map_ordered(func: Callable[[T], R], items: Iterable[T], batch_size: int) -> Iterator[R]:
    """`func` over every item, computed by Ray, in input order."""
    import ray

    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    rows = [{"item": pickle.dumps(item)} for item in items]
    dataset = ray.data.from_items(rows).map_batches(
        _apply, fn_args=(func,), batch_size=batch_size, batch_format="numpy"
    )
    for row in dataset.iter_rows():
        yield pickle.loads(row["result"])
