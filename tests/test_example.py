"""The examples/ notebook-style script answers its question from the panel, drops nothing silently, and draws
Chinese labels with the shipped font (no CJK system font, no glyph warning).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from extract.fonts import FONT_FAMILY, FONT_PATH, use_cjk_font
from extract.params import Params
from extract.pipeline import run as pipeline
from tests.conftest import DEV, ROOT, SEEDS

EXAMPLE = ROOT / "examples" / "panel_timeline.py"


def load_example():
    spec = importlib.util.spec_from_file_location("panel_timeline", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pages = tmp_path_factory.mktemp("pages")
    for page in [*SEEDS.glob("*.txt"), DEV / "p095.txt", DEV / "p089.txt"]:
        (pages / page.name).write_bytes(page.read_bytes())
    out = tmp_path_factory.mktemp("out")
    pipeline.run(pages, out, Params())
    return out


def test_a_city_per_year_from_the_panel(outputs: Path) -> None:
    example = load_example()
    panel, policy, coverage = example.load(outputs)
    dalian = example.yearly(panel, "大连市")
    # seeds/000 (2014): 中国名牌20个、辽宁名牌127个、大连名牌242个; approved to create in 2012
    assert dalian.loc[2014, "brand_titles"] == 20 + 127 + 242
    assert dalian.loc[2012, "stage"] == "获批创建"
    # won, nominated and held stay apart: 辽宁省省长质量奖 won by 2, 大连市市长质量奖 by 3 (首届)
    assert dalian.loc[2014, "awards_won"] == 2 + 3
    assert example.busiest_city(panel, policy) == "秦皇岛市"  # approved 2015, named 2018 (dev/p095)
    assert set(coverage) == {"awards", "brands", "designations"}


def test_the_script_prints_what_stayed_out(outputs: Path, tmp_path: Path) -> None:
    chart = tmp_path / "timeline.png"
    result = subprocess.run(
        [sys.executable, "-W", "error", str(EXAMPLE), "--outputs", str(outputs), "--chart", str(chart)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "MPLCONFIGDIR": str(tmp_path / "mpl")},
    )
    assert result.returncode == 0, result.stderr
    assert "秦皇岛市" in result.stdout and "without a year" in result.stdout
    assert chart.stat().st_size > 20_000


def test_chinese_labels_render_with_the_shipped_font(outputs: Path, tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager

    example = load_example()
    panel, policy, _ = example.load(outputs)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        example.chart(panel, policy, "秦皇岛市", tmp_path / "chart.png")
    assert not [w for w in caught if "Glyph" in str(w.message) or "missing from" in str(w.message)]
    assert use_cjk_font() == FONT_FAMILY
    found = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]), fallback_to_default=False)
    assert Path(found) == FONT_PATH
    assert FONT_PATH.stat().st_size < 2_000_000 and (FONT_PATH.parent / "OFL.txt").exists()
