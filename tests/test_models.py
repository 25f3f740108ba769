"""The pydantic models validate rows, and every schema is derived from them."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError

from extract.models import TABLES, AwardRecord, CityRecord, DateRecord, Document, Paragraph
from extract.schema import json_schemas, schema_of
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
    assert set(SPEC_COLUMNS[table]) <= set(schema_of(table).names)


def test_arrow_types_follow_the_annotations() -> None:
    schema = schema_of("awards")
    assert schema.field("count").type == pa.int64() and not schema.field("count").nullable
    assert schema.field("edition").nullable
    assert schema.field("recipients").type == pa.list_(pa.string())
    assert schema_of("paragraphs").field("kept").type == pa.bool_()


def test_committed_json_schemas_are_current() -> None:
    for name, text in json_schemas().items():
        committed = ROOT / "schemas" / name
        assert committed.exists(), f"schemas/{name} missing: run `make schemas`"
        assert json.loads(committed.read_text(encoding="utf-8")) == json.loads(text), f"schemas/{name} is stale"
    assert len(json_schemas()) == len(TABLES)


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


# A row is its model, validated as it is built; strict, because Arrow writes the types as declared.
@pytest.mark.parametrize(
    ("field", "value"), [("count", 2.0), ("count", "2"), ("edition", True), ("approximate", 1), ("recipients", ("a",))]
)
def test_rows_are_strict_about_types(field: str, value: object) -> None:
    row = {
        "doc_id": "a",
        "evidence": "2家",
        "start": 0,
        "end": 2,
        "extractor": "awards/3",
        "award": "大连市市长质量奖",
        "count": 2,
        "count_kind": "recipients",
    }
    AwardRecord(**row)
    with pytest.raises(ValidationError):
        AwardRecord(**{**row, field: value})


def test_real_rows_validate_and_their_mutations_are_rejected(real_outputs) -> None:
    for name in ("documents", "paragraphs", "awards", "dates"):
        model = TABLES[name].model
        rows = pq.read_table(real_outputs / f"{name}.parquet").to_pylist()[:20]
        assert rows
        for row in rows:
            assert vars(model(**row)) == row
            with pytest.raises(ValidationError):
                model(**{**row, "unknown": 1})
            with pytest.raises(ValidationError):
                model(**{**row, "doc_id": None})


def test_defaults_fill_and_are_not_shared() -> None:
    first, second = (
        AwardRecord(
            doc_id=d, evidence="x", start=0, end=1, extractor="a/1", award="某奖项", count=1, count_kind="holders"
        )
        for d in "ab"
    )
    assert first.recipients == [] and first.recipients is not second.recipients
    assert first.level is None and first.approximate is False
