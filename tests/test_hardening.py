"""Failure modes: bad invocations, bad pages, bugs on one page, interrupted runs."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

from extract import io
from extract.params import Params
from extract.pipeline import run as pipeline
from tests.conftest import DEV, ROOT, SEEDS


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=ROOT)


def one_line_error(out: subprocess.CompletedProcess[str]) -> None:
    assert out.returncode == 2
    assert out.stderr.startswith("error:") and out.stderr.count("\n") == 1, out.stderr
    assert "Traceback" not in out.stderr


def test_unknown_option(tmp_path: Path) -> None:
    one_line_error(cli("run", "--input", str(SEEDS), "--output", str(tmp_path), "--fast"))


def test_unknown_command() -> None:
    one_line_error(cli("frobnicate"))


def test_empty_input_folder(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    one_line_error(cli("run", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "out")))


def test_unwritable_output(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    one_line_error(cli("run", "--input", str(SEEDS), "--output", str(tmp_path / "file" / "out")))


def bad_pages(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(SEEDS / "003_05c621e1fdece391.txt", pages / "good.txt")
    (pages / "empty.txt").write_bytes(b"")
    (pages / "blank.txt").write_bytes(b"\n \n")
    (pages / "gone.txt").symlink_to(tmp_path / "no-such-file")
    return pages


def test_bad_pages_are_accounted_for_and_do_not_fail_the_run(tmp_path: Path) -> None:
    out = cli("run", "--input", str(bad_pages(tmp_path)), "--output", str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr
    assert "documents: 1 ok, 3 rejected (blank 1, empty 1, unreadable 1)" in out.stderr
    docs = {d["source"]: d for d in io.read_rows(tmp_path / "out", "documents")}
    assert docs["gone.txt"]["reject_reason"].startswith("unreadable")


def test_strict_turns_rejections_into_failure(tmp_path: Path) -> None:
    out = cli("run", "--input", str(bad_pages(tmp_path)), "--output", str(tmp_path / "out"), "--strict")
    assert out.returncode == 1
    assert (tmp_path / "out" / "documents.parquet").exists()


def test_a_bug_on_one_page_loses_neither_that_page_nor_the_others(tmp_path: Path, monkeypatch) -> None:
    real = pipeline.extract_page

    def flaky(document, params):
        if "舟山" in (document.clean_text or ""):
            raise RuntimeError("boom")
        return real(document, params)

    monkeypatch.setattr(pipeline, "extract_page", flaky)
    summary = pipeline.run(SEEDS, tmp_path, Params())
    docs = {d["source"]: d for d in io.read_rows(tmp_path, "documents")}
    assert len(docs) == 5 and summary.ok == 4
    assert docs["004_d861a0c022a8d358.txt"]["reject_reason"] == "internal_error: RuntimeError: boom"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_killed_run_leaves_old_tables_whole_and_a_rerun_completes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run(SEEDS, out, Params())
    before = {p.name: digest(p) for p in out.glob("*.parquet")}
    pages = tmp_path / "pages"
    pages.mkdir()
    sources = sorted(DEV.glob("*.txt"))
    for i in range(3000):
        shutil.copy(sources[i % len(sources)], pages / f"p{i:05d}.txt")
    proc = subprocess.Popen(
        [sys.executable, "-m", "extract", "run", "--input", str(pages), "--output", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not any(out.glob(".*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # some row groups written
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert {p.name: digest(p) for p in out.glob("*.parquet")} == before
    for name in before:
        pq.read_table(out / name)  # complete, readable files
    pipeline.run(pages, out, Params())
    assert len(io.read_rows(out, "documents")) == 3000
