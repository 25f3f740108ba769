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


def shared_keys(ours: dict, reference: dict) -> dict:
    """Our scores on exactly the keys the reference scorer produces (it knows the SPEC's five tables only)."""
    assert set(reference) <= set(ours)
    return {key: ours[key] for key in reference}


def test_evaluate_matches_the_reference_scorer(all_gold: Path, real_outputs: Path) -> None:
    ours = evaluate(all_gold, real_outputs)
    ours.pop("details")
    reference = reference_scores(all_gold, real_outputs)
    assert shared_keys(ours, reference) == reference
    assert set(ours) - set(reference) == {"designations"}


def test_designations_are_scored_but_stay_out_of_the_macro_f1(all_gold: Path, real_outputs: Path) -> None:
    ours = evaluate(all_gold, real_outputs)
    assert ours["designations"]["tp"] > 20
    five = [ours[t]["f1"] for t in ("cities", "programs", "awards", "brands", "dates")]
    assert ours["macro_f1"] == round(sum(five) / 5, 3)


def test_evaluate_counts_a_missing_document_as_misses(all_gold: Path, tmp_path: Path) -> None:
    from extract.io import TableSet
    from extract.pipeline.run import output_tables
    from extract.pipeline.runner import schemas

    with TableSet(tmp_path, schemas(output_tables())):
        pass  # every table empty
    ours = evaluate(all_gold, tmp_path)
    ours.pop("details")
    reference = reference_scores(all_gold, tmp_path)
    assert shared_keys(ours, reference) == reference
    assert ours["docs_found"] == 0 and ours["dates"]["recall"] == 0.0 and ours["designations"]["recall"] == 0.0


def test_name_matching_rules() -> None:
    assert contain_match("《大连市质量强市发展规划》", "大连市质量强市发展规划")
    assert contain_match("质量强市", "质量强市战略")  # 4/6 >= 0.6
    assert not contain_match("质量月", "全国质量月活动方案")
    assert overlap_match("中国名牌产品", "中国名牌")
    assert not overlap_match("驰名商标", "名优产品")


def test_designation_matching_rules() -> None:
    from extract.evaluate import same_designation
    from extract.models import TABLES

    same = same_designation(TABLES["designations"])
    gold = {"city": "深圳市", "designation": "全国质量强市示范城市", "stage": "named", "year": 2013}
    assert same(gold, {"city": "深圳", "designation": "全国质量强市示范城市", "stage": "named", "year": 2013})
    assert not same(gold, {"city": "深圳市", "designation": "全国质量强市示范城市", "stage": "approved", "year": 2013})
    assert not same(gold, {"city": "深圳市", "designation": "全国质量强市示范城市", "stage": "named", "year": 2015})
    assert same({**gold, "year": None}, {"city": "深圳市", "designation": "全国质量强市示范城市", "stage": "named"})
    assert same(
        {"city": "泾县", "designation": "安徽省质量强县(市、区)", "stage": "named"},
        {"city": "泾县", "designation": "安徽省质量强县", "stage": "named", "year": 2018},
    )
