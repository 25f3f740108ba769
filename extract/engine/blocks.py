"""Arrow blocks of consecutive items' rows, and how they are cut into batches of a fixed size."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pyarrow as pa

T = TypeVar("T")
# What the per-item function returns: the rows it made, per table (plain dicts, as Arrow takes them).
Rows = dict[str, list[dict[str, Any]]]
Schemas = dict[str, pa.Schema]


@dataclass(frozen=True)
class Block:
    """The tables of a run of consecutive items, and how many rows each item has in each."""

    items: int
    tables: dict[str, pa.Table]
    rows_per_item: dict[str, list[int]]

    @staticmethod
    def of(results: list[Rows], schemas: Schemas) -> Block:
        """The block of consecutive items' rows."""
        tables, rows_per_item = {}, {}
        for name, schema in schemas.items():
            per_item = [result.get(name, []) for result in results]
            tables[name] = pa.Table.from_pylist([row for rows in per_item for row in rows], schema=schema)
            rows_per_item[name] = [len(rows) for rows in per_item]
        return Block(len(results), tables, rows_per_item)

    def split(self, items: int) -> tuple[Block, Block]:
        """The first `items` items, and the rest."""
        head_rows = {name: sum(counts[:items]) for name, counts in self.rows_per_item.items()}
        head = Block(
            items,
            {name: table.slice(0, head_rows[name]) for name, table in self.tables.items()},
            {name: counts[:items] for name, counts in self.rows_per_item.items()},
        )
        rest = Block(
            self.items - items,
            {name: table.slice(head_rows[name]) for name, table in self.tables.items()},
            {name: counts[items:] for name, counts in self.rows_per_item.items()},
        )
        return head, rest


def block_of(func: Callable[[T], Rows], schemas: Schemas, items: list[T]) -> Block:
    """`func` over consecutive items, as one block (what a worker does with a chunk)."""
    return Block.of([func(item) for item in items], schemas)


def blocks_of(results: Iterable[Rows], schemas: Schemas, chunk: int) -> Iterator[Block]:
    """Per-item results computed elsewhere (a Ray cluster), as blocks of `chunk` items."""
    for part in batched(results, chunk):
        yield Block.of(part, schemas)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def rebatched(blocks: Iterable[Block], size: int) -> Iterator[list[Block]]:
    """Blocks cut and grouped so that each group holds exactly `size` items (the last: what is left)."""
    group: list[Block] = []
    held = 0
    for block in blocks:
        while block.items:
            if held + block.items > size:
                head, block = block.split(size - held)
            else:
                head, block = block, Block(0, {}, {})
            group.append(head)
            held += head.items
            if held == size:
                yield group
                group, held = [], 0
    if group:
        yield group
