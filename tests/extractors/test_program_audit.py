"""The audit's programme cues: the sentences a reviewer reads for missed programmes name one."""

from __future__ import annotations

import re

import pytest

from extract.rules.audit import CUES
from extract.rules.compose import any_of

CUE = re.compile(any_of(CUES["programs"]))


@pytest.mark.parametrize(
    "text", ["推进质量强县建设", "实施品牌带动工程", "出台实施意见", "开展百城质量提升活动", "质量月"]
)
def test_programme_cues_find_programme_mentions(text: str) -> None:
    assert CUE.search(text)


@pytest.mark.parametrize(
    "text",
    ["提高产品、工程、服务质量", "公开征求意见", "江西省计划单列市", "宜兴市市长质量奖获奖名单", "组织开展活动"],
)
def test_programme_cues_skip_words_that_name_no_programme(text: str) -> None:
    assert not CUE.search(text)
