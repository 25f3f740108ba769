"""The whole run: every file accounted for, grounded records, deterministic bytes."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from extract import io
from extract.models import TABLES, record_tables, tables_of
from extract.panel.export import EXPORTS
from extract.panel.stage import panel_stage
from extract.params import Params
from extract.pipeline import run as pipeline
from extract.pipeline.clean import clean_stage
from extract.pipeline.extract import extract_stage
from extract.pipeline.ingest import ingest_stage
from extract.schema import schema_of
from tests.conftest import DEV, SEEDS

RECORD_TABLES = [t.name for t in record_tables()]


def digests(folder: Path) -> dict[str, str]:
    """Every table and panel export of an output folder by name (Parquet, CSV, Stata, JSON)."""
    files = [*folder.glob("*.parquet"), *(folder / name for name in EXPORTS)]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(files)}


def test_every_input_file_has_one_documents_row(real_pages: Path, real_outputs: Path) -> None:
    sources = [row["source"] for row in io.read_rows(real_outputs, "documents")]
    assert sorted(sources) == sorted(p.name for p in real_pages.iterdir())
    assert len(sources) == len(set(sources))


def test_tables_are_written_with_the_model_schemas(real_outputs: Path) -> None:
    for name in pipeline.output_tables():
        table = pq.read_table(real_outputs / f"{name}.parquet")
        assert table.schema.equals(schema_of(name)), name


def test_every_record_is_grounded_in_clean_text(real_outputs: Path) -> None:
    texts = {d["doc_id"]: d["clean_text"] for d in io.read_rows(real_outputs, "documents")}
    n = 0
    for name in RECORD_TABLES:
        for row in io.read_rows(real_outputs, name):
            assert texts[row["doc_id"]][row["start"] : row["end"]] == row["evidence"], (name, row)
            n += 1
    assert n > 100


def test_every_row_validates_against_its_model(real_outputs: Path) -> None:
    for name in pipeline.output_tables():
        for row in io.read_rows(real_outputs, name):
            TABLES[name].model(**row)


def test_clean_text_is_the_kept_paragraphs(real_outputs: Path) -> None:
    paragraphs: dict[str, list[str]] = {}
    for row in io.read_rows(real_outputs, "paragraphs"):
        if row["kept"]:
            paragraphs.setdefault(row["doc_id"], []).append(row["text"])
    for doc in io.read_rows(real_outputs, "documents"):
        assert doc["clean_text"] == "\n".join(paragraphs.get(doc["doc_id"], [])), doc["source"]


def test_no_pinyin_annotation_survives(real_outputs: Path) -> None:
    import re

    toned = re.compile(r"[\u4e00-\u9fff]\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)?")
    for doc in io.read_rows(real_outputs, "documents"):
        assert not toned.search(doc["clean_text"] or ""), doc["source"]


def test_one_and_two_workers_give_identical_bytes(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(DEV, pages)
    pipeline.run(pages, tmp_path / "w1", Params(), workers=1)
    pipeline.run(pages, tmp_path / "w2", Params(), workers=2)
    assert digests(tmp_path / "w1") == digests(tmp_path / "w2")
    assert len(digests(tmp_path / "w1")) == len(pipeline.output_tables()) + len(tables_of("panel")) + len(EXPORTS)


def test_stage_by_stage_equals_one_run(tmp_path: Path) -> None:
    params = Params()
    pipeline.run(SEEDS, tmp_path / "run", params)
    ingest_stage(SEEDS, tmp_path / "work", params)
    clean_stage(tmp_path / "work", tmp_path / "staged", params)
    extract_stage(tmp_path / "staged", params)
    panel_stage(tmp_path / "staged")
    assert digests(tmp_path / "run") == digests(tmp_path / "staged")


def test_bad_files_are_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    shutil.copy(SEEDS / "000_ac2c011cea2464d6.txt", pages / "sub" / "good.txt")
    (pages / "empty.txt").write_bytes(b"")
    (pages / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    summary = pipeline.run(pages, tmp_path / "out", Params())
    docs = {d["source"]: d for d in io.read_rows(tmp_path / "out", "documents")}
    assert set(docs) == {"sub/good.txt", "empty.txt", "image.png"}
    assert docs["sub/good.txt"]["status"] == "ok"
    assert docs["empty.txt"]["reject_reason"].startswith("empty")
    assert docs["image.png"]["reject_reason"].startswith("binary")
    assert summary.rows["documents"] == 3 and summary.rows["cities"] >= 1
    assert summary.ok == 1 and summary.rejected == {"empty": 1, "binary": 1}


def test_input_folder_is_not_modified(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    before = digests_all(pages)
    pipeline.run(pages, tmp_path / "out", Params())
    assert digests_all(pages) == before


def digests_all(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*")}
