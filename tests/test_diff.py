"""`diff` shows exactly what a rule change changed, and nothing for equal outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.clean import filters
from extract.diff import diff_outputs, to_text
from extract.params import Params
from extract.pipeline import run as pipeline
from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("base")
    pipeline.run(SEEDS, out, Params())
    return out


@pytest.fixture(scope="module")
def without_gallery_rule(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same run with the gallery-label rule switched off."""
    out = tmp_path_factory.mktemp("changed")
    kept = [f for f in filters.LINE_FILTERS if getattr(f, "__name__", "") != "gallery"]
    mp = pytest.MonkeyPatch()
    mp.setattr(filters, "LINE_FILTERS", kept)
    try:
        pipeline.run(SEEDS, out, Params())
    finally:
        mp.undo()
    return out


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=ROOT)


def test_same_outputs_have_no_differences(base: Path) -> None:
    out = cli("diff", str(base), str(base))
    assert out.returncode == 0
    assert out.stdout.strip() == "no differences"


def test_disabled_rule_shows_exactly_the_flipped_paragraphs(base: Path, without_gallery_rule: Path) -> None:
    diff = diff_outputs(base, without_gallery_rule)
    assert not diff.equal
    assert [c.source for c in diff.documents] == ["000_ac2c011cea2464d6.txt"]
    flipped = diff.documents[0].flipped
    assert {(p["text"], p["old"], p["new"]) for p in flipped} == {
        ("热图一览", "gallery", "kept"),
        ("高清图集赏析", "gallery", "kept"),
    }
    assert all(t.empty for t in diff.tables.values())


def test_diff_exit_status_and_markdown(base: Path, without_gallery_rule: Path) -> None:
    out = cli("diff", str(base), str(without_gallery_rule), "--format", "markdown")
    assert out.returncode == 1
    assert out.stdout.startswith("## Extraction diff")
    assert "| documents | 0 | 0 | 1 |" in out.stdout
    assert "gallery → kept: 热图一览" in out.stdout


def test_record_changes_are_matched_by_identity(base: Path, tmp_path: Path) -> None:
    """Change one award's count and drop one date: one changed row, one removed row, nothing else."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for name in ("documents", "paragraphs", "cities", "programs", "brands"):
        (tmp_path / f"{name}.parquet").write_bytes((base / f"{name}.parquet").read_bytes())
    awards = pq.read_table(base / "awards.parquet").to_pylist()
    awards[0]["count"] += 1
    pq.write_table(
        pa.Table.from_pylist(awards, schema=pq.read_schema(base / "awards.parquet")), tmp_path / "awards.parquet"
    )
    dates = pq.read_table(base / "dates.parquet").to_pylist()
    removed = dates.pop(0)
    pq.write_table(
        pa.Table.from_pylist(dates, schema=pq.read_schema(base / "dates.parquet")), tmp_path / "dates.parquet"
    )

    diff = diff_outputs(base, tmp_path)
    assert [(o["count"], n["count"], f) for o, n, f in diff.tables["awards"].changed] == [
        (awards[0]["count"] - 1, awards[0]["count"], ["count"])
    ]
    assert [r["value"] for r in diff.tables["dates"].removed] == [removed["value"]]
    assert not diff.tables["dates"].added and not diff.documents
    text = to_text(diff, limit=50, markdown=False)
    assert f"count: {awards[0]['count'] - 1} → {awards[0]['count']}" in text


def test_limit_keeps_large_diffs_readable(base: Path, tmp_path: Path) -> None:
    for name in ("documents", "paragraphs"):
        (tmp_path / f"{name}.parquet").write_bytes((base / f"{name}.parquet").read_bytes())
    from extract.io import TableSet
    from extract.pipeline.runner import schemas

    with TableSet(tmp_path, schemas(["cities", "programs", "awards", "brands", "dates"])):
        pass  # every record removed
    out = cli("diff", str(base), str(tmp_path), "--limit", "2", "--format", "json")
    data = json.loads(out.stdout)
    assert out.returncode == 1
    assert len(data["tables"]["dates"]["removed"]["items"]) == 2
    assert data["tables"]["dates"]["removed"]["left_out"] > 0


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    out = cli("diff", str(tmp_path / "a"), str(tmp_path / "b"))
    assert out.returncode == 2 and out.stderr.startswith("error:")
