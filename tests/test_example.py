"""The examples/ notebook-style script answers its question on real outputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extract.params import Params
from extract.pipeline import run as pipeline
from tests.conftest import ROOT, SEEDS


def load_example():
    spec = importlib.util.spec_from_file_location("awards_by_city", ROOT / "examples" / "awards_by_city.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    pipeline.run(SEEDS, out, Params())
    return out


def test_brand_titles_per_city_and_year(outputs: Path, tmp_path: Path) -> None:
    example = load_example()
    table = example.per_city_year(example.load(outputs))
    # Seed 000 (2014-09-16): 中国名牌20个、辽宁名牌127个、大连名牌242个.
    assert table.loc[("大连市", 2014), "brand"] == 20 + 127 + 242
    example.chart(table, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").stat().st_size > 5_000
