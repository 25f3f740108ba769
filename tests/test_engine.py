"""The engine: blocks of Arrow rows cut into exact batches, bounded work in flight, clean shutdown."""

from __future__ import annotations

import threading
import time

import pytest

from extract.engine.blocks import Block, rebatched
from extract.engine.pool import ordered_blocks
from extract.pipeline.runner import schemas


def page(i: int) -> dict:
    """The rows of a fake page i: one document, i % 3 paragraphs."""
    doc = {
        "doc_id": f"d{i}",
        "source": f"{i}.txt",
        "status": "ok",
        "reject_reason": None,
        "encoding": "utf-8",
        "script": "simplified",
        "title": None,
        "published_at": None,
        "outlet": None,
        "clean_text": f"第{i}页",
        "raw_chars": 3,
        "clean_chars": 3,
    }
    paragraphs = [
        {"doc_id": f"d{i}", "index": k, "text": f"{i}-{k}", "kept": True, "reason": None} for k in range(i % 3)
    ]
    return {"documents": [doc], "paragraphs": paragraphs}


NAMES = schemas(["documents", "paragraphs"])


def test_a_block_splits_at_a_document_boundary() -> None:
    block = Block.of([page(i) for i in range(6)], NAMES)
    head, rest = block.split(4)
    assert (head.items, rest.items) == (4, 2)
    assert head.tables["paragraphs"].column("text").to_pylist() == ["1-0", "2-0", "2-1"]
    assert rest.tables["paragraphs"].column("text").to_pylist() == ["4-0", "5-0", "5-1"]
    assert rest.tables["documents"].column("doc_id").to_pylist() == ["d4", "d5"]


@pytest.mark.parametrize("chunk", [1, 3, 7, 10, 25])
def test_blocks_of_any_size_make_the_same_batches(chunk: int) -> None:
    pages = [page(i) for i in range(23)]
    blocks = [Block.of(pages[i : i + chunk], NAMES) for i in range(0, len(pages), chunk)]
    groups = list(rebatched(blocks, 10))
    assert [sum(b.items for b in group) for group in groups] == [10, 10, 3]
    texts = [t for group in groups for b in group for t in b.tables["paragraphs"].column("text").to_pylist()]
    assert texts == [row["text"] for p in pages for row in p["paragraphs"]]


def test_workers_give_the_blocks_in_input_order() -> None:
    blocks = list(ordered_blocks(page, range(40), NAMES, workers=2, chunk=3))
    ids = [d for b in blocks for d in b.tables["documents"].column("doc_id").to_pylist()]
    assert ids == [f"d{i}" for i in range(40)]


def test_workers_take_work_only_a_few_chunks_ahead_of_the_reader() -> None:
    taken = []

    def items():
        for i in range(10_000):
            taken.append(i)
            yield i

    blocks = ordered_blocks(page, items(), NAMES, workers=2, chunk=5)
    next(blocks)
    time.sleep(0.5)  # give the pool every chance to run ahead
    assert len(taken) <= 5 * (4 * 2 + 2)
    blocks.close()


def test_a_reader_that_stops_early_lets_the_pool_shut_down() -> None:
    blocks = ordered_blocks(page, range(10_000), NAMES, workers=2, chunk=5)
    next(blocks)
    closer = threading.Thread(target=blocks.close)
    closer.start()
    closer.join(timeout=10)
    assert not closer.is_alive()
