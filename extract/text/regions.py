"""Region words that open award and brand names (中国, 辽宁省, 大连...) and the level they imply."""

from __future__ import annotations

import functools
import re

from extract.rules import places as gaz
from extract.text.trie import trie_pattern

NATIONAL = ("中国世界", "中国", "中华", "国家级", "国家", "全国", "世界")
# Titles only the state confers, whatever words come before them.
NATIONAL_TITLES = ("驰名商标", "地理标志", "出口名牌", "世界名牌")


@functools.cache
def _region_names() -> dict[str, str]:
    """Province and city names, full and short, mapped to a level."""
    names: dict[str, str] = {}
    for place in gaz.places().values():
        if place.level == "county":
            continue
        # The four municipalities are province-level: 上海名牌 and 重庆市市长质量管理奖 are provincial titles.
        level = "provincial" if place.level == "province" else "municipal"
        for name in (place.name, gaz.short_name(place.name)):
            if name and name not in names:
                names[name] = level
    return names


@functools.cache
def region_prefix() -> str:
    """Regex source for the region a title starts with."""
    return trie_pattern([*NATIONAL, "省级", "省", "市级", "市", *_region_names()])


def level_of_name(name: str) -> str | None:
    """national / provincial / municipal from a name's opening region word."""
    if name.startswith(NATIONAL):
        return "national"
    m = re.match(region_prefix(), name)
    if m and m.group() in _region_names():
        return _region_names()[m.group()]
    if name.startswith("省") or "著名商标" in name:
        return "provincial"
    if name.startswith("市") or "知名商标" in name:
        return "municipal"
    if any(word in name for word in NATIONAL_TITLES):
        return "national"
    return None
