"""A new record table through the registry, end to end: declared once, written, scored, diffed, reported.

The toy table counts 质量月 campaigns by year. It is declared only as a model (with `@table`)
and an extractor (with `@register`), the way a real table is added; every consumer must
pick it up without being told.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from pydantic import Field

from extract import dvc_yaml, io
from extract.diff import diff_outputs, to_text
from extract.evaluate import evaluate
from extract.extractors import base
from extract.extractors.base import Context, make, register
from extract.models import TABLES, Record, table
from extract.params import Params
from extract.pipeline import run as pipeline
from extract.report import build_report
from extract.schema import json_schemas, schema_of
from tests.conftest import SEEDS

QUALITY_MONTH = re.compile(r"(?P<year>(?:19|20)\d{2})年[^。\n]{0,20}?质量月")


@pytest.fixture
def toy_table() -> Iterator[str]:
    """Declare the toy model and extractor for one test, then take them out of the registries again."""
    tables, extractors = dict(TABLES), dict(base.REGISTRY)

    @table("quality_months", "extract", keys=("year",), label="year", colour="#f5e6a8", matching="keys")
    class QualityMonthRecord(Record):
        """A 质量月 campaign named with its year."""

        year: str = Field(pattern=r"^\d{4}$")

    @register
    class QualityMonthExtractor:
        table = "quality_months"
        name = "quality_months/1"
        needs = ("dates",)

        def __call__(self, ctx: Context) -> list[QualityMonthRecord]:
            return [
                make(QualityMonthRecord, ctx, m.start(), m.end(), self.name, year=m["year"])
                for m in QUALITY_MONTH.finditer(ctx.text)
            ]

    yield "quality_months"
    TABLES.clear()
    TABLES.update(tables)
    base.REGISTRY.clear()
    base.REGISTRY.update(extractors)


def test_a_new_table_is_extracted_written_scored_diffed_and_reported(toy_table: str, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("2015年全国“质量月”活动启动。\n大连市2016年的质量月活动有新意。\n", encoding="utf-8")
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        (pages / seed.name).write_bytes(seed.read_bytes())

    out = tmp_path / "out"
    summary = pipeline.run(pages, out, Params())
    assert summary.rows[toy_table] == 2
    written = pq.read_table(out / f"{toy_table}.parquet")
    assert written.schema.equals(schema_of(toy_table))
    texts = {d["doc_id"]: d["clean_text"] for d in io.read_rows(out, "documents")}
    rows = io.read_rows(out, toy_table)
    assert [r["year"] for r in rows] == ["2015", "2016"]
    assert all(texts[r["doc_id"]][r["start"] : r["end"]] == r["evidence"] for r in rows)

    gold = tmp_path / "gold"
    gold.mkdir()
    io.write_json(gold / "a.json", {"source": "a.txt", toy_table: [{"year": "2015"}, {"year": "2017"}]})
    scores = evaluate(gold, out)
    assert (scores[toy_table]["tp"], scores[toy_table]["fp"], scores[toy_table]["fn"]) == (1, 1, 1)

    (pages / "a.txt").write_text("2015年全国“质量月”活动启动。\n", encoding="utf-8")
    pipeline.run(pages, tmp_path / "new", Params())
    diff = diff_outputs(out, tmp_path / "new")
    assert [r["year"] for r in diff.tables[toy_table].removed] == ["2016"]
    assert f"{toy_table}" in to_text(diff, limit=10, markdown=True)

    report = build_report(out, {})
    assert "value='quality_months'" in report and "#f5e6a8" in report
    assert json.loads(report.split("const TABLES = ")[1].split(";")[0])[-1] == toy_table


def test_a_new_table_reaches_the_generated_files(toy_table: str) -> None:
    stages = yaml.safe_load(dvc_yaml.render())["stages"]
    assert f"${{item.out}}/{toy_table}.parquet" in stages["extract"]["do"]["outs"]
    assert f"outputs/{toy_table}.parquet" in stages["report"]["deps"]
    assert f"{toy_table}.schema.json" in json_schemas()


def test_params_name_only_declared_tables() -> None:
    assert Params(extract={"tables": ["awards"]}).extract.tables == ["awards"]
    with pytest.raises(ValueError, match="unknown record tables"):
        Params(extract={"tables": ["awardz"]})


def test_a_table_is_declared_once() -> None:
    with pytest.raises(ValueError, match="declared twice"):

        @table("awards", "extract")
        class Other(Record):
            pass
