"""The panel and policy tables: the programme's public facts, stories counted once, conflicts, coverage, exports."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extract import io
from extract.models import TABLES
from extract.panel.build import build
from extract.panel.export import EXPORTS
from extract.params import Params
from extract.pipeline import run as pipeline
from extract.schema import schema_of
from tests.conftest import DEV, ROOT, SEEDS, gather

DEV2 = ROOT / "corpus" / "dev2"
N = "全国质量强市示范城市"


@pytest.fixture(scope="module")
def all_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run over seeds, dev and dev2 (the pages the issue's facts are checked on)."""
    pages = gather(tmp_path_factory.mktemp("pages"), [SEEDS, DEV, DEV2], "*.txt")
    out = tmp_path_factory.mktemp("out")
    pipeline.run(pages, out, Params())
    return out


def policy_of(out: Path) -> dict[tuple[str, str], dict]:
    return {(r["city"], r["stage"]): r for r in io.read_rows(out, "policy") if r["designation"] == N}


def test_policy_holds_the_programmes_public_facts(all_outputs: Path) -> None:
    policy = policy_of(all_outputs)
    for city in ("深圳市", "成都市"):
        row = policy[(city, "named")]
        assert (row["year"], row["start"], row["end"]) == (2013, "2013-08", "2016-08")
    for city in ("秦皇岛市", "武汉市", "绍兴市"):  # dev/p095 reports it as 我市 and 同时获得命名的还有…
        row = policy[(city, "named")]
        assert (row["year"], row["start"], row["end"]) == (2018, "2018-03", "2021-03")
    for city, year in (("中山市", 2015), ("佛山市", 2015), ("宁国市", 2012)):
        assert policy[(city, "approved")]["year"] == year
    assert policy[("宁国市", "approved")]["adcode"] == "341881"  # a county-level city, under its own code
    # 深圳 is named on four pages (dev/p015, p017, p023, p024): one row, four stories
    assert policy[("深圳市", "named")]["stories"] == 4 and not policy[("深圳市", "named")]["conflict"]


def test_panel_rows_carry_stages_counts_and_provenance(all_outputs: Path) -> None:
    panel = {(r["city"], r["year"]): r for r in io.read_rows(all_outputs, "panel")}
    assert panel[("深圳市", 2013)]["stage_national"] == "named"
    assert panel[("宁国市", 2021)]["stage_provincial"] == "named"
    # seeds/000 (2014): 中国名牌20个、辽宁名牌127个、大连名牌242个; 辽宁省省长质量奖 won by 2, held by 4,
    # and 辽宁省质量管理奖 held by 13: holders of the two provincial awards add up
    dalian = panel[("大连市", 2014)]
    assert (dalian["brand_famous_national"], dalian["brand_famous_provincial"], dalian["brand_famous_municipal"]) == (
        20,
        127,
        242,
    )
    assert dalian["award_provincial"] == 2 and dalian["award_holders_provincial"] == 4 + 13
    assert dalian["award_targets_municipal"] is None  # nothing reported is null, not 0
    keys = {r["record_keys"] for r in io.read_rows(all_outputs, "panel")}
    assert all(k and all(part.split("/")[0] in TABLES for part in k.split(";")) for k in keys)


def test_records_without_a_year_are_in_the_coverage_not_lost(all_outputs: Path) -> None:
    coverage = json.loads((all_outputs / "panel_coverage.json").read_text(encoding="utf-8"))
    for table in ("awards", "brands", "designations"):
        c = coverage[table]
        assert c["records"] == len(io.read_rows(all_outputs, table))
        if table != "designations":
            assert c["records"] == c["placed"] + c["no_year"] + c["no_city"]
    assert coverage["designations"]["no_year"] >= 1  # 深圳市 成为全国首个正式命名的… has no year
    # …and a designation with no year at all still has its policy row (year null)
    assert policy_of(all_outputs)[("柳州市", "named")]["year"] is None


PAGES = [SEEDS / "000_ac2c011cea2464d6.txt", DEV / "p095.txt", DEV / "p089.txt", DEV / "p017.txt"]
HEADER = "首页 > 新闻中心 > 正文\n来源:某某网  发布时间:2014-09-16 10:00\n"
FOOTER = "\n责任编辑:王五\n分享到:微信 微博\n版权所有 © 某某网\n"
COUNTS = [name for name in TABLES["panel"].model.model_fields if name not in ("story_ids", "record_keys")]


def run_cli(pages: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extract", "run", "--input", str(pages), "--output", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


def test_copies_and_reposts_change_no_panel_count(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in PAGES:
        shutil.copy(page, pages / page.name)
    run_cli(pages, tmp_path / "before")
    text = PAGES[0].read_text(encoding="utf-8")
    (pages / "zz_copy_under_another_name.txt").write_text(text, encoding="utf-8")
    (pages / "aa_repost_elsewhere.txt").write_text(HEADER + text + FOOTER, encoding="utf-8")
    shutil.copy(PAGES[1], pages / "p095_again.txt")
    result = run_cli(pages, tmp_path / "after")
    assert "stories: 4 (2 carried by several pages)" in result.stderr
    before = pd.read_parquet(tmp_path / "before" / "panel.parquet")[COUNTS]
    after = pd.read_parquet(tmp_path / "after" / "panel.parquet")[COUNTS]
    pd.testing.assert_frame_equal(before, after)
    policy = ["adcode", "designation", "stage", "year", "start", "end", "stories", "conflict"]
    pd.testing.assert_frame_equal(
        pd.read_parquet(tmp_path / "before" / "policy.parquet")[policy],
        pd.read_parquet(tmp_path / "after" / "policy.parquet")[policy],
    )
    assert (after["stories"] >= 1).all() and not after["conflict"].any()


def write_tables(out: Path, docs: list[dict], awards: list[dict], cities: list[dict]) -> None:
    """A tiny output folder written with the real schemas (documents, cities, awards; the other tables empty)."""
    base = {"status": "ok", "clean_text": "x", "raw_chars": 1, "clean_chars": 1, "warnings": []}
    rows = {"documents": [{**base, **d} for d in docs], "cities": cities, "awards": awards}
    for name in ("documents", "cities", "awards", "brands", "designations"):
        valid = [vars(TABLES[name].model(**row)) for row in rows.get(name, [])]  # defaults filled, types checked
        io.write_rows(out, name, schema_of(name), valid)


def award(doc: str, count: int, **more: object) -> dict:
    row = {"doc_id": doc, "evidence": "x", "start": 0, "end": 1, "extractor": "awards/3", "award": "江苏省省长质量奖"}
    return {**row, "level": "provincial", "year": 2020, "count": count, "count_kind": "recipients", **more}


def primary(doc: str, city: str = "南京市", adcode: str = "320100") -> dict:
    row = {"doc_id": doc, "evidence": "x", "start": 0, "end": 1, "extractor": "cities/2", "city": city}
    return {**row, "province": "江苏省", "adcode": adcode, "is_primary": True, "mentions": 1}


def test_conflicting_counts_keep_the_official_then_the_later_source(tmp_path: Path) -> None:
    docs = [
        {"doc_id": "a", "source": "a.txt", "published_at": "2020-12-01", "outlet": "某某网"},
        {"doc_id": "b", "source": "b.txt", "published_at": "2020-11-01", "outlet": "江苏省人民政府"},
        {"doc_id": "c", "source": "c.txt", "published_at": "2021-01-05", "outlet": "某某报"},
    ]
    write_tables(tmp_path, docs, [award("a", 8), award("b", 9), award("c", 7)], [primary(d) for d in "abc"])
    panel, _, coverage = build(tmp_path)
    assert [(r.city, r.year, r.award_provincial, r.stories, r.conflict) for r in panel] == [
        ("南京市", 2020, 9, 3, True)  # the government's own page wins over later reposts
    ]
    assert coverage["awards"].conflicts == 1
    docs[1]["outlet"] = "某某网"
    write_tables(tmp_path, docs, [award("a", 8), award("b", 9), award("c", 7)], [primary(d) for d in "abc"])
    assert build(tmp_path)[0][0].award_provincial == 7  # no official page: the latest publication wins


def test_a_provincial_award_counts_for_its_recipients_cities(tmp_path: Path) -> None:
    docs = [{"doc_id": "a", "source": "a.txt", "published_at": "2021-01-05", "outlet": "新华日报"}]
    names = ["苏州恒力化纤有限公司", "江苏沙钢集团有限公司", "南京钢铁股份有限公司"]
    write_tables(tmp_path, docs, [award("a", 3, recipients=names)], [primary("a")])
    panel, _, _ = build(tmp_path)
    # 苏州恒力 → 苏州市; 沙钢 names no city → the page's city (南京市), with 南京钢铁
    assert {(r.city, r.award_provincial) for r in panel} == {("苏州市", 1), ("南京市", 2)}


def test_a_record_without_year_or_city_is_counted_apart(tmp_path: Path) -> None:
    docs = [{"doc_id": "a", "source": "a.txt", "published_at": None}, {"doc_id": "b", "source": "b.txt"}]
    write_tables(tmp_path, docs, [award("a", 3, year=None), award("b", 2)], [primary("a")])
    panel, _, coverage = build(tmp_path)
    assert panel == []
    assert (coverage["awards"].records, coverage["awards"].no_year, coverage["awards"].no_city) == (2, 1, 1)


def test_exports_read_back_with_their_chinese(all_outputs: Path) -> None:
    for name in EXPORTS:
        assert (all_outputs / name).exists(), name
    policy = pd.read_stata(all_outputs / "policy.dta")
    assert "深圳市" in set(policy["city"]) and N in set(policy["designation"])
    assert {"period_start", "period_end"} <= set(policy.columns)
    panel = pd.read_stata(all_outputs / "panel.dta")
    assert len(panel) == len(io.read_rows(all_outputs, "panel")) and "秦皇岛市" in set(panel["city"])
    raw = (all_outputs / "policy.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "全国质量强市示范城市".encode() in raw
    csv = pd.read_csv(all_outputs / "policy.csv", encoding="utf-8-sig", dtype={"adcode": str})
    assert csv["adcode"].str.fullmatch(r"\d{6}").all()


def test_datapackage_validates_with_frictionless(all_outputs: Path) -> None:
    import frictionless

    package = json.loads((all_outputs / "datapackage.json").read_text(encoding="utf-8"))
    panel = next(r for r in package["resources"] if r["name"] == "panel")
    assert panel["schema"]["primaryKey"] == ["adcode", "year"]
    assert all(f["description"] for f in panel["schema"]["fields"])
    report = frictionless.validate(all_outputs / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_panel_command_rebuilds_the_files(all_outputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(all_outputs, out)
    for name in ("panel.parquet", "policy.parquet", *EXPORTS):
        (out / name).unlink()
    result = subprocess.run(
        [sys.executable, "-m", "extract", "panel", "--outputs", str(out)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "records left out (no year" in result.stderr
    assert (out / "panel.parquet").read_bytes() == (all_outputs / "panel.parquet").read_bytes()
    missing = subprocess.run(
        [sys.executable, "-m", "extract", "panel", "--outputs", str(tmp_path / "none")], cwd=ROOT, capture_output=True
    )
    assert missing.returncode == 2


def test_the_readme_codebook_covers_every_column() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    book = readme[readme.index("### Codebook: `panel`") :]
    for name in ("panel", "policy"):
        for column in TABLES[name].model.model_fields:
            if column.startswith("award_"):
                level = column.removeprefix("award_").removeprefix("holders_").removeprefix("targets_")
                assert level.removesuffix("_nomination") in book, column
            elif column.startswith("brand_"):
                stem = column.removeprefix("brand_")
                assert f"`{column}`" in book or any(f"`brand_{cls}_{{" in book for cls in [stem.split("_")[0]]), column
            else:
                assert f"| `{column}` |" in book, column
