"""Fuzzing ingest and the whole per-page chain with hostile bytes; regexes under a time budget.

CI runs a short version; `make fuzz` runs 10,000 cases (FUZZ_EXAMPLES=10000).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import io
from extract.clean.document import clean_document
from extract.extractors.document import extract_records
from extract.ingest.reader import ingest_file
from extract.params import CleanParams, IngestParams, Params
from extract.pipeline import run as pipeline
from tests.conftest import SEEDS

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
SAMPLE = (SEEDS / "000_ac2c011cea2464d6.txt").read_text(encoding="utf-8")


def chain(data: bytes) -> None:
    """Ingest, clean and extract one file's bytes; must never raise."""
    doc, _ = clean_document(ingest_file("f.txt", data, len(data), IngestParams()), CleanParams())
    if doc.status == "ok":
        for rows in extract_records(doc).values():
            for r in rows:
                assert doc.clean_text[r.start : r.end] == r.evidence


def cut(text: str, codec: str, at: float) -> bytes:
    data = text.encode(codec, errors="ignore")
    return data[: int(len(data) * at)]


HTML = st.recursive(
    st.sampled_from(["质量强市", "2014年4月", "<", ">", "&amp;", "大连市", ""]),
    lambda inner: st.builds(
        lambda tag, body, close: f"<{tag}>{body}" + (f"</{tag}>" if close else ""),
        st.sampled_from(["div", "p", "script", "html", "body", "table", "td", "b", "!--", "style"]),
        inner,
        st.booleans(),
    ),
    max_leaves=30,
)

HOSTILE_BYTES = st.one_of(
    st.binary(max_size=3000),
    st.builds(cut, st.just(SAMPLE), st.sampled_from(["utf-8", "gb18030", "utf-16", "big5"]), st.floats(0, 1)),
    st.builds(
        lambda a, b: a + b,
        st.builds(cut, st.just(SAMPLE), st.just("utf-8"), st.floats(0, 0.5)),
        st.builds(cut, st.just(SAMPLE), st.just("gb18030"), st.floats(0, 0.5)),
    ),
    st.builds(lambda d, i: d[:i] + b"\x00" + d[i:], st.just(SAMPLE.encode()), st.integers(0, 500)),
    HTML.map(lambda s: s.encode("utf-8")),
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(HOSTILE_BYTES)
def test_no_input_crashes_the_chain(data: bytes) -> None:
    chain(data)


@settings(max_examples=max(10, EXAMPLES // 30), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(HOSTILE_BYTES, min_size=1, max_size=8))
def test_every_fuzzed_file_gets_its_documents_row(tmp_path_factory: pytest.TempPathFactory, files: list[bytes]) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    for i, data in enumerate(files):
        (folder / f"f{i}.txt").write_bytes(data)
    out = folder.parent / f"{folder.name}-out"
    summary = pipeline.run(folder, out, Params())
    assert summary.rows["documents"] == len(files)
    assert sorted(d["source"] for d in io.read_rows(out, "documents")) == sorted(f"f{i}.txt" for i in range(len(files)))


# Inputs that make a careless regex backtrack: long runs of the characters rules look for.
HOSTILE_TEXT = {
    "megabyte line": "质量强市建设," * 150_000,
    "enumeration commas": "大连市质量管理标杆企业、" * 20_000,
    "digits": "1" * 200_000,
    "brackets": "《" * 50_000 + "(" * 50_000,
    "quotes": "“质量" * 40_000,
    "angle brackets": "<" * 100_000 + "a" * 1000,
    "award words": "获得质量奖" * 40_000,
    "numbers and units": "20家以上" * 40_000,
    "dates": "2012年9月25日至" * 20_000,
    "pinyin": "質(zhì" * 50_000,
    "designation statements": "大连市获批创建全国质量强市示范城市、" * 10_000,
    "designation anaphora": "我市获批“安徽省质量强县(市、区)”该市" * 10_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXT))
def test_hostile_text_is_processed_within_budget(name: str) -> None:
    data = HOSTILE_TEXT[name].encode("utf-8")
    started = time.perf_counter()
    chain(data)
    elapsed = time.perf_counter() - started
    # About 1 MB at a few MB/s at worst; a backtracking regex takes minutes.
    assert elapsed < 15, f"{name}: {elapsed:.1f}s for {len(data)} bytes"


def test_one_megabyte_line_is_split_and_kept(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_bytes(HOSTILE_TEXT["megabyte line"].encode("utf-8"))
    summary = pipeline.run(tmp_path / "in", tmp_path / "out", Params())
    assert summary.ok == 1
