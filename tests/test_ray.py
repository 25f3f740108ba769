"""`--engine ray`: the same per-page function on a local Ray, byte-identical to the local engine."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from extract.params import Params
from extract.pipeline import run as pipeline
from tests.conftest import DEV

ray = pytest.importorskip("ray", reason="Ray is the optional extra [ray] (installed by make test)")


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.parquet"))
    }


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_engine_gives_the_local_engines_bytes(local_ray, tmp_path: Path) -> None:
    pipeline.run(DEV, tmp_path / "local", Params(), workers=2)
    summary = pipeline.run(DEV, tmp_path / "ray", Params(), engine="ray")
    assert summary.rows["documents"] == 54
    assert digests(tmp_path / "ray") == digests(tmp_path / "local")


def test_ray_engine_with_shards(local_ray, tmp_path: Path) -> None:
    pipeline.run(DEV, tmp_path / "local", Params(), shard_size=20)
    pipeline.run(DEV, tmp_path / "ray", Params(), shard_size=20, engine="ray")
    assert digests(tmp_path / "ray") == digests(tmp_path / "local")
