"""Ingest: encodings, rejections with reasons, HTML pages, long lines."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extract import io
from extract.clean.document import clean_document
from extract.clean.normalize import strip_pinyin
from extract.ingest.decode import decode
from extract.ingest.reader import ingest_file, split_long_lines
from extract.params import CleanParams, IngestParams
from tests.conftest import SEEDS

PARAMS = IngestParams()
TRADITIONAL_SEED = SEEDS / "003_05c621e1fdece391.txt"


def ingest(data: bytes, name: str = "page.txt"):
    return ingest_file(name, data, len(data), PARAMS)


def clean_text_of(data: bytes) -> str:
    doc, _ = clean_document(ingest(data), CleanParams())
    assert doc.status == "ok", doc.reject_reason
    return doc.clean_text


@pytest.mark.parametrize(
    ("codec", "bom", "newline", "expected"),
    [
        ("utf-8", b"", "\n", "utf-8"),
        ("gb18030", b"", "\n", "gb18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\n", "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "\n", "utf-16-be"),
        ("utf-8", codecs.BOM_UTF8, "\r\n", "utf-8"),
    ],
)
def test_same_page_in_any_encoding_gives_the_same_clean_text(codec, bom, newline, expected) -> None:
    text = TRADITIONAL_SEED.read_text(encoding="utf-8")
    reference = clean_text_of(text.encode("utf-8"))
    data = bom + text.replace("\n", newline).encode(codec)
    assert ingest(data).encoding == expected
    assert clean_text_of(data) == reference


def test_big5_page_gives_the_same_clean_text() -> None:
    # Big5 has no pinyin tone letters, so the page is saved without its annotations.
    text = strip_pinyin(TRADITIONAL_SEED.read_text(encoding="utf-8"))
    data = text.encode("big5", errors="strict")
    assert ingest(data).encoding == "big5"
    assert clean_text_of(data) == clean_text_of(text.encode("utf-8"))


def test_simplified_gbk_page_is_not_mistaken_for_big5() -> None:
    text = (SEEDS / "001_6389b0580c218602.txt").read_text(encoding="utf-8")
    data = text.encode("gbk", errors="ignore")
    assert decode(data).encoding == "gb18030"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "blank"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500, "binary"),
        (b"<html><body><script>x()</script></body></html>", "blank"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    doc = ingest(data)
    assert doc.status == "rejected"
    assert doc.reject_reason.startswith(reason), doc.reject_reason


def test_oversized_file_is_rejected_without_reading_it_all() -> None:
    doc = ingest_file("big.txt", b"x" * 10, 50_000_000, PARAMS)
    assert doc.status == "rejected" and doc.reject_reason.startswith("too_large")


def test_undecodable_bytes_are_rejected() -> None:
    # Invalid in UTF-8, GB18030 and Big5 alike.
    doc = ingest(b"\x80\xff\xfe\xfd" * 10 + b"abc")
    assert doc.status == "rejected"
    assert doc.reject_reason.startswith("undecodable")


def test_utf8_page_cut_inside_its_last_character_is_decoded_without_it() -> None:
    text = (SEEDS / "001_6389b0580c218602.txt").read_text(encoding="utf-8").rstrip()
    data = text.encode("utf-8")[:-1]  # the last hanzi loses its last byte
    doc = ingest(data)
    assert doc.status == "ok" and doc.encoding == "utf-8"
    assert doc.text == text[:-1]
    assert doc.warnings == ["bytes_repaired"]


def test_a_few_broken_bytes_inside_utf8_are_dropped_and_said() -> None:
    text = "2015年,大连市有16家企业获得第六届大连市市长质量奖。\n" * 40
    data = text.encode("utf-8")
    doc = ingest(data[:300] + b"\xff" + data[300:])
    assert doc.status == "ok" and doc.text.strip() == text.strip()
    assert doc.warnings == ["bytes_repaired"]
    assert ingest(data).warnings == []


def test_legacy_encodings_are_not_taken_for_broken_utf8() -> None:
    text = "大连市质量强市工作会议召开,全市共有中国名牌产品20个。\n" * 20
    assert ingest(text.encode("gbk")).encoding == "gb18030"
    assert ingest(text.encode("gbk")).warnings == []


def test_whole_html_page_keeps_body_blocks_and_title() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>大连质量强市_中国质量新闻网</title><style>p{}</style></head>"
        "<body><nav>首页 > 新闻</nav><h1>大连质量强市</h1><p>大连市召开质量工作会议。</p>"
        "<script>var a = '<p>不是正文</p>';</script><div>会议部署<br>全年工作。</div></body></html>"
    )
    doc = ingest(page.encode("utf-8"))
    assert doc.html_title == "大连质量强市_中国质量新闻网"
    assert doc.text.split("\n") == ["大连质量强市", "大连市召开质量工作会议。", "会议部署", "全年工作。"]


def test_long_line_is_split_at_sentence_ends() -> None:
    line = "质量强市建设取得成效。" * 1000
    parts = split_long_lines(line, 2000).split("\n")
    assert all(len(p) <= 2000 for p in parts)
    assert all(p.endswith("。") for p in parts)
    assert "".join(parts) == line


def test_five_megabyte_single_line_page_is_split_fast() -> None:
    import time

    data = ("大连市质量工作会议召开,全市共有中国名牌20个。" * 200_000).encode("utf-8")[:5_000_000]
    started = time.perf_counter()
    doc = ingest(data.decode("utf-8", "ignore").encode("utf-8"))
    assert doc.status == "ok"
    assert max(len(line) for line in doc.text.split("\n")) <= PARAMS.max_line_chars
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("size", [0, 1, 2048, 65535, 65536, 200_000])
@pytest.mark.parametrize("limit", [1, 4096, 70_000, 10_000_001])
def test_read_head_reads_up_to_the_limit_and_tells_the_size(tmp_path: Path, size: int, limit: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    assert io.read_head(path, limit) == (data[:limit], size)
