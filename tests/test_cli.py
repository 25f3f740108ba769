"""The command line: help, the two SPEC entry points, one-line usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import GOLD_SEEDS, ROOT, SEEDS


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=ROOT)


def test_help_explains_the_commands() -> None:
    out = cli("--help")
    assert out.returncode == 0
    assert "run" in out.stdout and "evaluate" in out.stdout


def test_run_then_evaluate(tmp_path: Path) -> None:
    run = cli("run", "--input", str(SEEDS), "--output", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["documents"] == 5
    metrics = tmp_path / "m.json"
    ev = cli("evaluate", "--gold", str(GOLD_SEEDS), "--outputs", str(tmp_path / "out"), "--metrics", str(metrics))
    assert ev.returncode == 0, ev.stderr
    assert json.loads(metrics.read_text())["docs_found"] == 5


def test_missing_input_folder_is_a_usage_error(tmp_path: Path) -> None:
    out = cli("run", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "out"))
    assert out.returncode == 2
    assert out.stderr.startswith("error:") and "Traceback" not in out.stderr


def test_output_inside_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text("质量强市", encoding="utf-8")
    out = cli("run", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "in" / "out"))
    assert out.returncode == 2 and "inside the input" in out.stderr
