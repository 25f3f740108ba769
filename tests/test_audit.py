"""`extract audit`: kept sentences with a table's cue words and a count or year but no record of it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.audit import audit, to_json, to_text
from extract.params import Params
from extract.pipeline import run as pipeline
from tests.conftest import ROOT

PAGE = (
    "大连市召开质量工作会议\n发布时间:2014-09-16 来源:中国质量报\n"
    # an award the pipeline reads (a record): not listed
    "2014年,16家企业获得第六届大连市市长质量奖。\n"
    # cue words and a count, but no award (a person sees at a glance it is none)
    "出席表彰大会的有300名代表。\n"
    # cue words without a count or year: not listed
    "会议要求各单位珍惜荣誉。\n"
)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pages = tmp_path_factory.mktemp("pages")
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    pipeline.run(pages, out, Params())
    return out


def test_sentences_with_cues_and_a_count_but_no_record_are_listed(outputs: Path) -> None:
    sentences = [f.sentence for f in audit(outputs)["awards"]]
    assert "出席表彰大会的有300名代表" in sentences
    assert not any("市长质量奖" in s for s in sentences)  # it gave a record
    assert not any(s.startswith("会议要求") for s in sentences)  # no count, no year


def test_findings_point_into_clean_text_and_rank_counts_first(outputs: Path) -> None:
    from extract import io

    text = io.read_rows(outputs, "documents")[0]["clean_text"]
    for table, findings in audit(outputs).items():
        for f in findings:
            assert text[f.start : f.end].strip() == f.sentence, table
        assert [f.score for f in findings] == sorted((f.score for f in findings), reverse=True)


def test_formats_and_limits(outputs: Path) -> None:
    found = audit(outputs, ["awards"])
    assert list(found) == ["awards"]
    assert "## awards" in to_text(found, 10, markdown=True)
    data = json.loads(to_json(found, 0))
    assert data["awards"]["items"] == [] and data["awards"]["left_out"] == len(found["awards"])


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=ROOT)


def test_audit_from_the_command_line(outputs: Path, tmp_path: Path) -> None:
    done = cli("audit", str(outputs), "--table", "awards", "--format", "markdown")
    assert done.returncode == 0 and "出席表彰大会的有300名代表" in done.stdout
    missing = cli("audit", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and missing.stderr.startswith("error: no documents table")
    unknown = cli("audit", str(outputs), "--table", "awardz")
    assert unknown.returncode == 2 and "unknown table 'awardz'" in unknown.stderr
