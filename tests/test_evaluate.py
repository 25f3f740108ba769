"""The evaluate stage agrees with the independent reference scorer, number for number."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from extract.evaluate import contain_match, evaluate, overlap_match
from tests.conftest import ROOT

REFERENCE = ROOT / "tests" / "reference" / "score.py"


def reference_scores(gold: Path, outputs: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(REFERENCE), str(gold), str(outputs)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_evaluate_matches_the_reference_scorer(all_gold: Path, real_outputs: Path) -> None:
    ours = evaluate(all_gold, real_outputs)
    ours.pop("details")
    assert ours == reference_scores(all_gold, real_outputs)


def test_evaluate_counts_a_missing_document_as_misses(all_gold: Path, tmp_path: Path) -> None:
    from extract.io import TableSet
    from extract.pipeline.run import output_tables
    from extract.pipeline.runner import schemas

    with TableSet(tmp_path, schemas(output_tables())):
        pass  # every table empty
    ours = evaluate(all_gold, tmp_path)
    ours.pop("details")
    assert ours == reference_scores(all_gold, tmp_path)
    assert ours["docs_found"] == 0 and ours["dates"]["recall"] == 0.0


def test_name_matching_rules() -> None:
    assert contain_match("《大连市质量强市发展规划》", "大连市质量强市发展规划")
    assert contain_match("质量强市", "质量强市战略")  # 4/6 >= 0.6
    assert not contain_match("质量月", "全国质量月活动方案")
    assert overlap_match("中国名牌产品", "中国名牌")
    assert not overlap_match("驰名商标", "名优产品")
