"""Large-run features: sharded output read as one table, Parquet page datasets as input, resuming."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract import io
from extract.params import Params
from extract.pipeline import run as pipeline
from tests.conftest import DEV, ROOT


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.parquet"))
    }


def test_shards_read_as_one_table_equal_to_the_unsharded_run(tmp_path: Path) -> None:
    pipeline.run(DEV, tmp_path / "one", Params())
    summary = pipeline.run(DEV, tmp_path / "sharded", Params(), shard_size=10)
    assert summary.rows["documents"] == 54
    assert sorted(p.name for p in (tmp_path / "sharded" / "documents").iterdir()) == [
        f"part-{i:05d}.parquet" for i in range(6)
    ]
    for name in pipeline.output_tables():
        whole = pq.read_table(tmp_path / "one" / f"{name}.parquet")
        assert pq.read_table(tmp_path / "sharded" / name).equals(whole), name
        assert len(pd.read_parquet(tmp_path / "sharded" / name)) == whole.num_rows


def test_shards_are_deterministic_whatever_the_worker_count(tmp_path: Path) -> None:
    pipeline.run(DEV, tmp_path / "w1", Params(), workers=1, shard_size=20)
    pipeline.run(DEV, tmp_path / "w2", Params(), workers=2, shard_size=20)
    assert digests(tmp_path / "w1") == digests(tmp_path / "w2")


def test_parquet_page_dataset_as_input(tmp_path: Path) -> None:
    pages = sorted(DEV.glob("*.txt"))
    table = pa.table({"source": [p.name for p in pages], "text": [p.read_text(encoding="utf-8") for p in pages]})
    (tmp_path / "dataset").mkdir()
    pq.write_table(table.slice(0, 30), tmp_path / "dataset" / "a.parquet")
    pq.write_table(table.slice(30), tmp_path / "dataset" / "b.parquet")
    pipeline.run(tmp_path / "dataset", tmp_path / "from-dataset", Params())
    pipeline.run(DEV, tmp_path / "from-files", Params())
    texts = {d["source"]: d["clean_text"] for d in io.read_rows(tmp_path / "from-files", "documents")}
    got = {d["source"]: d["clean_text"] for d in io.read_rows(tmp_path / "from-dataset", "documents")}
    assert got == texts


@pytest.mark.parametrize("workers", [1, 2])  # with 2, each worker writes whole shards
def test_interrupted_sharded_run_resumes_to_the_same_bytes(tmp_path: Path, workers: int) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    sources = sorted(DEV.glob("*.txt"))
    for i in range(1500):
        shutil.copy(sources[i % len(sources)], pages / f"p{i:05d}.txt")
    pipeline.run(pages, tmp_path / "clean", Params(), shard_size=100)

    out = tmp_path / "resumed"
    cmd = [sys.executable, "-m", "extract", "run", "--input", str(pages), "--output", str(out), "--shard-size", "100"]
    cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(list((out / "_done").glob("part-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = len(list((out / "_done").glob("part-*")))
    assert 2 <= done < 15

    summary = pipeline.run(pages, out, Params(), workers=workers, shard_size=100)
    assert summary.rows["documents"] == 1500
    assert summary.ok == 1500
    assert digests(out) == digests(tmp_path / "clean")


def test_completed_shards_of_another_input_are_not_reused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run(DEV, out, Params(), shard_size=10)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(sorted(DEV.glob("*.txt"))[0], other / "only.txt")
    summary = pipeline.run(other, out, Params(), shard_size=10)
    assert summary.rows["documents"] == 1
    assert [d["source"] for d in io.read_rows(out, "documents")] == ["only.txt"]
