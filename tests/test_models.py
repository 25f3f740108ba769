"""The pydantic models validate rows, and every schema is derived from them."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError

from extract.models import TABLE_MODELS, AwardRecord, CityRecord, DateRecord, Document, Paragraph, new_row
from extract.schema import SCHEMAS, json_schemas, validate_rows
from tests.conftest import ROOT

SPEC_COLUMNS = {
    "documents": [
        "doc_id",
        "source",
        "status",
        "reject_reason",
        "encoding",
        "script",
        "title",
        "published_at",
        "outlet",
        "clean_text",
        "raw_chars",
        "clean_chars",
    ],
    "paragraphs": ["doc_id", "index", "text", "kept", "reason"],
    "cities": ["doc_id", "evidence", "start", "end", "city", "province", "adcode", "is_primary", "mentions"],
    "programs": ["doc_id", "evidence", "start", "end", "name", "kind", "level", "city"],
    "awards": [
        "doc_id",
        "evidence",
        "start",
        "end",
        "award",
        "level",
        "city",
        "edition",
        "year",
        "count",
        "count_kind",
        "approximate",
        "recipients",
    ],
    "brands": [
        "doc_id",
        "evidence",
        "start",
        "end",
        "category",
        "level",
        "city",
        "count",
        "unit",
        "approximate",
        "year",
    ],
    "dates": ["doc_id", "evidence", "start", "end", "text", "value", "precision", "end_value", "kind"],
}


@pytest.mark.parametrize("table", sorted(SPEC_COLUMNS))
def test_every_spec_column_is_in_the_arrow_schema(table: str) -> None:
    assert set(SPEC_COLUMNS[table]) <= set(SCHEMAS[table].names)


def test_arrow_types_follow_the_annotations() -> None:
    schema = SCHEMAS["awards"]
    assert schema.field("count").type == pa.int64() and not schema.field("count").nullable
    assert schema.field("edition").nullable
    assert schema.field("recipients").type == pa.list_(pa.string())
    assert SCHEMAS["paragraphs"].field("kept").type == pa.bool_()


def test_committed_json_schemas_are_current() -> None:
    for name, text in json_schemas().items():
        committed = ROOT / "schemas" / name
        assert committed.exists(), f"schemas/{name} missing: run `make schemas`"
        assert json.loads(committed.read_text(encoding="utf-8")) == json.loads(text), f"schemas/{name} is stale"
    assert len(json_schemas()) == len(TABLE_MODELS)


def test_rejected_document_needs_a_reason() -> None:
    with pytest.raises(ValidationError):
        Document(doc_id="a", source="a.txt", status="rejected")
    assert Document(doc_id="a", source="a.txt", status="rejected", reject_reason="empty").reject_reason == "empty"


def test_paragraph_reason_is_set_exactly_when_removed() -> None:
    with pytest.raises(ValidationError):
        Paragraph(doc_id="a", index=0, text="x", kept=True, reason="spam")
    with pytest.raises(ValidationError):
        Paragraph(doc_id="a", index=0, text="x", kept=False)
    with pytest.raises(ValidationError):
        Paragraph(doc_id="a", index=0, text="x", kept=False, reason="not-a-reason")


def test_record_span_must_fit_its_evidence() -> None:
    base = {"doc_id": "a", "extractor": "cities/1", "city": "大连市", "province": "辽宁省", "mentions": 1}
    CityRecord(evidence="大连", start=3, end=5, adcode="210200", **base)
    with pytest.raises(ValidationError):
        CityRecord(evidence="大连", start=3, end=6, adcode="210200", **base)
    with pytest.raises(ValidationError):
        CityRecord(evidence="大连", start=3, end=5, adcode="2102", **base)


def test_models_are_frozen_and_strict() -> None:
    row = Paragraph(doc_id="a", index=0, text="x", kept=True)
    with pytest.raises(ValidationError):
        row.text = "y"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Paragraph(doc_id="a", index=0, text="x", kept=True, extra_field=1)  # type: ignore[call-arg]


def date_record(value: str) -> DateRecord:
    return DateRecord(
        doc_id="a",
        evidence="x",
        start=0,
        end=1,
        extractor="dates/2",
        text="x",
        value=value,
        precision="year",
        kind="event",
    )


@pytest.mark.parametrize("value", ["2012", "2012-12", "2012-09-25", "--02-20", "--05"])
def test_date_values_accepted(value: str) -> None:
    assert date_record(value).value == value


@pytest.mark.parametrize("value", ["12", "2012-1", "2012/12", "--2012"])
def test_date_values_rejected(value: str) -> None:
    with pytest.raises(ValidationError):
        date_record(value)


# The pipeline validates each page's rows in bulk (extract.schema.validate_rows) instead of
# building a model per row: the two must accept and reject the same rows.
BAD_VALUES = [None, -1, "", "not a value", 1.5, "maybe", []]


def accepted_by_model(table: str, row: dict) -> bool:
    try:
        TABLE_MODELS[table](**row)
    except (ValidationError, ValueError):
        return False
    return True


def accepted_in_bulk(table: str, row: dict) -> bool:
    try:
        validate_rows(table, [row])
    except (ValidationError, ValueError):
        return False
    return True


@pytest.mark.parametrize("table", [name for name in TABLE_MODELS if name != "ingested"])
def test_bulk_validation_agrees_with_the_model_on_real_rows_and_their_mutations(table: str, real_outputs) -> None:
    rows = pq.read_table(real_outputs / f"{table}.parquet").to_pylist()[:40]
    assert rows
    for row in rows:
        assert accepted_in_bulk(table, row) and accepted_by_model(table, row)
        for name in row:
            for value in BAD_VALUES:
                mutated = {**row, name: value}
                assert accepted_in_bulk(table, mutated) == accepted_by_model(table, mutated), (name, value)
        assert not accepted_in_bulk(table, {**row, "unknown": 1})


def test_bulk_validation_wants_every_field() -> None:
    row = vars(new_row(Paragraph, doc_id="a", index=0, text="x", kept=True))
    assert accepted_in_bulk("paragraphs", row)
    assert not accepted_in_bulk("paragraphs", {k: v for k, v in row.items() if k != "reason"})


def test_new_row_fills_the_model_defaults() -> None:
    row = vars(new_row(DateRecord, doc_id="a", evidence="x", start=0, end=1, extractor="dates/2", text="x"))
    assert row["end_value"] is None and set(row) == set(DateRecord.model_fields) - {"value", "precision", "kind"}
    first, second = new_row(AwardRecord, doc_id="a"), new_row(AwardRecord, doc_id="b")
    assert first.recipients == [] and first.recipients is not second.recipients
