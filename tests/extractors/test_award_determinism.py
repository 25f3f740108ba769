"""Awards do not depend on Python's hash seed: a tie between two names is broken by text order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Two full names end with the bare 市长质量奖 once each: the bare mention takes the first one named.
BARE_TIE = "苏州市市长质量奖和南通市市长质量奖同日颁发。市长质量奖共评出获奖企业6家。"
# Two awards named once each over a year list: the list is the first one's.
YEAR_LIST_TIE = (
    "南通市市长质量奖与苏州市市长质量奖同日颁发。\n历届获奖名单\n2012年:苏州固锝电子股份有限公司、波司登股份有限公司"
)
SCRIPT = """
import sys
from extract.extractors.awards import AwardsExtractor
from extract.extractors.base import Context
for text in sys.argv[1:]:
    print(sorted((r.award, r.count) for r in AwardsExtractor()(Context(doc_id="d", text=text))))
"""


def run_with_seed(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, BARE_TIE, YEAR_LIST_TIE], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_ties_are_broken_by_text_order_whatever_the_hash_seed() -> None:
    outputs = {run_with_seed(seed) for seed in range(6)}
    assert outputs == {"[('苏州市市长质量奖', 6)]\n[('南通市市长质量奖', 2)]\n"}
