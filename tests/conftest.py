"""Shared fixtures: the project's real pages, gold files, and one pipeline run over them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract.params import Params
from extract.pipeline import run as pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "corpus" / "dev"
GOLD_SEEDS = ROOT / "gold" / "seeds"
GOLD_DEV = ROOT / "gold" / "dev"


def gather(folder: Path, sources: list[Path], pattern: str) -> Path:
    """Copy the matching files of several folders into one."""
    for source in sources:
        for path in source.glob(pattern):
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def real_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds and dev corpus in one input folder (as the before-stop check runs them)."""
    return gather(tmp_path_factory.mktemp("pages"), [SEEDS, DEV], "*.txt")


@pytest.fixture(scope="session")
def all_gold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds and dev gold files in one folder."""
    return gather(tmp_path_factory.mktemp("gold"), [GOLD_SEEDS, GOLD_DEV], "*.json")


@pytest.fixture(scope="session")
def real_outputs(real_pages: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tables of one `run` over the seeds and the dev corpus."""
    out = tmp_path_factory.mktemp("outputs")
    pipeline.run(real_pages, out, Params())
    return out
