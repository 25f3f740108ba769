"""dvc.yaml is generated from the table registry and the import graph, and the committed file is current."""

from __future__ import annotations

import yaml

from extract import dvc_yaml
from extract.models import record_tables
from tests.conftest import ROOT


def test_committed_dvc_yaml_is_current() -> None:
    committed = (ROOT / "dvc.yaml").read_text(encoding="utf-8")
    assert committed == dvc_yaml.render(), "dvc.yaml is stale: run `make dvc.yaml`"


def test_every_module_a_stage_imports_is_a_dependency() -> None:
    spec = yaml.safe_load(dvc_yaml.render())["stages"]
    for stage, module in dvc_yaml.STAGE_MODULES.items():
        stage_spec = spec[stage].get("do", spec[stage])
        deps = [d for d in stage_spec["deps"] if "${" not in d]
        for path in dvc_yaml.imported_files(module):
            assert any(path == d or path.startswith(d.rstrip("/") + "/") for d in deps), f"{stage}: {path} not in deps"


def test_the_extract_stage_depends_on_every_extractor_and_the_gazetteer() -> None:
    deps = yaml.safe_load(dvc_yaml.render())["stages"]["extract"]["do"]["deps"]
    assert "extract/extractors" in deps
    assert any("extract/rules/gazetteer.tsv".startswith(d) for d in deps)


def test_the_extract_stage_writes_every_record_table() -> None:
    outs = yaml.safe_load(dvc_yaml.render())["stages"]["extract"]["do"]["outs"]
    assert outs == [f"${{item.out}}/{t.name}.parquet" for t in record_tables()]
