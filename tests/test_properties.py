"""Invariants that hold for any input (hypothesis) and for every real page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.clean.document import clean_document
from extract.extractors.document import extract_records
from extract.ingest.reader import ingest_file
from extract.models import Document
from extract.params import CleanParams, IngestParams
from tests.conftest import DEV, SEEDS

REAL_PAGES = sorted([*SEEDS.glob("*.txt"), *DEV.glob("*.txt")])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HAN = "质量强市大连青岛省长奖名牌驰名商标企业家个项件年月日第届首二〇一四十三五同当次去今"
PUNCT = ",。、:;“”《》()—-~至到 \n"
DIGITS = "0123456789"
chinese = st.text(alphabet=st.sampled_from(HAN + PUNCT + DIGITS), max_size=400)
# Boilerplate lines a scraper may append to any page.
BOILERPLATE = [
    "相关新闻",
    "- 四川成都市开展第二届“走进企业看质量”活动(2023-07-28)",
    "版权所有:中国质量新闻网 未经授权不得转载",
    "责任编辑:李雪曼",
    "精品欧美在线一区二区,亚洲国产中文在线视频,一区二区国产高清视频在线",
    "扫一扫",
    "undefined",
]


def clean(text: str) -> Document:
    data = text.encode("utf-8")
    doc, _ = clean_document(ingest_file("t.txt", data, len(data), IngestParams()), CleanParams())
    return doc


def records(doc: Document) -> dict[str, list[dict]]:
    return {name: [vars(r) for r in rows] for name, rows in extract_records(doc).items()}


@SETTINGS
@given(st.text(max_size=2000))
def test_cleaning_never_raises_on_any_unicode(text: str) -> None:
    doc = clean(text)
    assert doc.status in ("ok", "rejected")


@SETTINGS
@given(chinese)
def test_records_are_grounded_and_valid(text: str) -> None:
    doc = clean(text)
    if doc.status != "ok":
        return
    for name, rows in extract_records(doc).items():
        for r in rows:
            assert doc.clean_text[r.start : r.end] == r.evidence, name
            if name in ("awards", "brands"):
                assert r.count >= 0
            if name == "dates":
                assert_valid_date(r.value)
                if r.end_value:
                    assert_valid_date(r.end_value)


def assert_valid_date(value: str) -> None:
    """A real calendar date, month or year (no 2月30日, no month 13)."""
    if value.startswith("--"):
        parts = [int(p) for p in value[2:].split("-")]
        dt.date(2000, *parts) if len(parts) == 2 else dt.date(2000, parts[0], 1)
        return
    parts = [int(p) for p in value.split("-")]
    dt.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))


@SETTINGS
@given(st.integers(1900, 2100), st.integers(0, 15), st.integers(0, 40))
def test_written_dates_parse_to_valid_calendar_dates(year: int, month: int, day: int) -> None:
    text = f"{year}年{month}月{day}日召开会议。{month}月{day}日公布名单。"
    doc = clean(text)
    for r in extract_records(doc)["dates"]:
        assert_valid_date(r.value)


@pytest.mark.parametrize("page", REAL_PAGES, ids=lambda p: p.stem)
def test_clean_is_idempotent_on_real_pages(page: Path) -> None:
    once = clean(page.read_text(encoding="utf-8"))
    twice = clean(once.clean_text)
    assert twice.clean_text == once.clean_text


@SETTINGS
@given(chinese)
def test_clean_is_idempotent_on_any_text(text: str) -> None:
    once = clean(text)
    if once.status == "ok":  # a page with nothing kept re-reads as an empty file
        assert (clean(once.clean_text).clean_text or "") == once.clean_text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(REAL_PAGES), st.lists(st.sampled_from(BOILERPLATE), min_size=1, max_size=5))
def test_appended_boilerplate_changes_no_record(page: Path, extra: list[str]) -> None:
    text = page.read_text(encoding="utf-8")
    assert records(clean(text + "\n" + "\n".join(extra))) == records(clean(text))
