"""The HTML report as a person sees it, in a real headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extract import io
from extract.evaluate import evaluate
from extract.models import record_tables
from extract.params import Params
from extract.pipeline import run as pipeline
from extract.report import highlight, write_report
from tests.conftest import GOLD_SEEDS, SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("CI") != "true", reason="chromium not installed (.ci/run installs it)"
)


class Dom(HTMLParser):
    """The marks and articles of a rendered report."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self.articles: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "mark":
            self.marks.append(a)
        elif tag == "article":
            self.articles.append(a)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("out")
    pipeline.run(SEEDS, out, Params())
    metrics = out / "metrics.json"
    scores = evaluate(GOLD_SEEDS, out)
    scores.pop("details")
    io.write_json(metrics, scores)
    write_report(out, metrics, out / "report.html")
    return out, out / "report.html"


def render(page: Path, fragment: str, tmp_path: Path) -> Dom:
    """The DOM after the page's script ran, as Chromium has it."""
    assert CHROMIUM, "chromium is required in CI"
    url = f"{page.as_uri()}#{fragment}"
    out = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    dom = Dom()
    dom.feed(out.stdout)
    return dom


def record_count(out: Path) -> int:
    return sum(len(io.read_rows(out, t.name)) for t in record_tables())


@needs_chromium
def test_every_record_is_highlighted_once(report: tuple[Path, Path], tmp_path: Path) -> None:
    out, page = report
    dom = render(page, "", tmp_path)
    ids = {rid for m in dom.marks for rid in m["data-recs"].split()}
    assert len(ids) == record_count(out)
    assert all("off" not in m["class"].split() for m in dom.marks)
    shot = tmp_path / "report.png"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'p2'}",
            "--window-size=1400,900",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert shot.stat().st_size > 10_000


@needs_chromium
def test_table_filter_leaves_only_that_tables_highlights(report: tuple[Path, Path], tmp_path: Path) -> None:
    _, page = report
    dom = render(page, "tables=dates", tmp_path)
    on = [m for m in dom.marks if "off" not in m["class"].split()]
    off = [m for m in dom.marks if "off" in m["class"].split()]
    assert on and off
    assert all("dates" in m["data-tables"].split() for m in on)
    assert all("dates" not in m["data-tables"].split() for m in off)


@needs_chromium
def test_city_and_status_filters_hide_other_documents(report: tuple[Path, Path], tmp_path: Path) -> None:
    _, page = report
    dom = render(page, "city=舟山市", tmp_path)
    visible = [a for a in dom.articles if "hidden" not in a["class"].split()]
    assert len(dom.articles) == 5
    assert [a["data-cities"] for a in visible] == ["舟山市"]
    dom = render(page, "status=rejected", tmp_path)
    assert all("hidden" in a["class"].split() for a in dom.articles)


def test_overlapping_records_split_into_segments() -> None:
    html = highlight("2012年9月25日获奖", [(0, 10, "dates-0", "dates"), (5, 12, "awards-0", "awards")])
    assert html.count("<mark") == 3
    assert 'data-recs="dates-0 awards-0"' in html
    assert html.endswith("</mark>")


def test_text_is_escaped() -> None:
    assert highlight("<b>质量</b>", []) == "&lt;b&gt;质量&lt;/b&gt;"


def test_flagged_pages_come_first() -> None:
    from extract.report import flagged_first

    docs = [
        {"source": "a", "status": "ok", "warnings": []},
        {"source": "b", "status": "ok", "warnings": ["no_date"]},
        {"source": "c", "status": "rejected", "warnings": []},
        {"source": "d", "status": "ok", "warnings": ["body_removed", "no_title"]},
        {"source": "e", "status": "ok", "warnings": []},
    ]
    assert [d["source"] for d in flagged_first(docs)] == ["d", "b", "c", "a", "e"]
