"""dvc.yaml lists, for every stage, each module the stage's command imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

# The module each stage's command runs (python -m extract <command> imports it).
STAGE_MODULES = {
    "ingest": "extract.ingest.stage",
    "clean": "extract.clean.stage",
    "extract": "extract.extractors.stage",
    "evaluate": "extract.evaluate",
}


def imported_files(module: str) -> list[str]:
    """Project files loaded when the CLI and `module` are imported."""
    code = (
        f"import sys, extract.cli, {module}\n"
        "for m in sorted(sys.modules.values(), key=lambda m: m.__name__):\n"
        "    f = getattr(m, '__file__', None)\n"
        "    if m.__name__.startswith('extract') and f: print(f)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    files = [line for line in out.stdout.splitlines() if line]
    return [str(Path(f).resolve().relative_to(ROOT)) for f in files] + ["extract/__main__.py"]


@pytest.mark.parametrize("stage", sorted(STAGE_MODULES))
def test_stage_deps_cover_every_imported_module(stage: str) -> None:
    spec = yaml.safe_load((ROOT / "dvc.yaml").read_text(encoding="utf-8"))["stages"][stage]["do"]
    deps = [d for d in spec["deps"] if "${" not in d]
    for path in imported_files(STAGE_MODULES[stage]):
        assert any(path == d or path.startswith(d.rstrip("/") + "/") for d in deps), f"{stage}: {path} not in deps"


def test_gazetteer_data_is_a_dependency_of_extract() -> None:
    spec = yaml.safe_load((ROOT / "dvc.yaml").read_text(encoding="utf-8"))["stages"]["extract"]["do"]
    assert any("extract/rules/gazetteer.tsv".startswith(d) for d in spec["deps"])
