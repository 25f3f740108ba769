"""documents.warnings: the pages a person should look at, and why."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from extract.clean.document import clean_document
from extract.ingest.reader import ingest_file
from extract.params import CleanParams, IngestParams
from tests.conftest import ROOT, SEEDS


def warnings_of(text: str | bytes) -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    doc, _ = clean_document(ingest_file("p.txt", data, len(data), IngestParams()), CleanParams())
    return doc.warnings


def test_a_page_whose_body_went_with_the_boilerplate_is_flagged() -> None:
    links = "\n".join(f"· 第{i}届大连市市长质量奖评审工作会议在市政府召开" for i in range(1, 11))
    page = f"首页 > 新闻中心\n相关新闻\n{links}\n质量强市。\n"
    assert "body_removed" in warnings_of(page)


def test_a_page_with_title_date_and_body_has_no_warning() -> None:
    page = (
        "大连市召开质量强市工作会议\n发布时间:2014-09-16 来源:中国质量报\n"
        "9月15日,大连市召开质量强市工作会议,部署全年质量工作,16家企业获得第六届大连市市长质量奖。\n"
    )
    assert warnings_of(page) == []


def test_missing_title_and_date_are_said() -> None:
    assert warnings_of("全市企业积极参与质量提升行动,产品质量稳步提高,品牌建设成效明显。\n") == ["no_title", "no_date"]


def test_repaired_bytes_stay_among_the_warnings_after_cleaning() -> None:
    data = (SEEDS / "001_6389b0580c218602.txt").read_bytes().rstrip()[:-1]
    assert warnings_of(data)[0] == "bytes_repaired"


def test_the_run_summary_counts_pages_per_warning(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("全市企业积极参与质量提升行动,产品质量稳步提高。\n", encoding="utf-8")
    (pages / "b.txt").write_bytes((SEEDS / "001_6389b0580c218602.txt").read_bytes())
    out = subprocess.run(
        [sys.executable, "-m", "extract", "run", "--input", str(pages), "--output", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    assert "warnings (pages to look at): no_date 1, no_title 1" in out.stderr
    written = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert [d["warnings"] for d in written] == [["no_title", "no_date"], []]
