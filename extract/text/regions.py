"""The level a title's name implies (中国名牌 national, 辽宁名牌 provincial, 大连市市长质量奖 municipal)."""

from __future__ import annotations

import functools
import re

from extract.rules import places as gaz


@functools.cache
def _region_start() -> re.Pattern[str]:
    return re.compile(gaz.region_prefix())


def level_of_name(name: str) -> str | None:
    """national / provincial / municipal from a name's opening region word, else from a title in it."""
    if name.startswith(gaz.NATIONAL_WORDS):
        return "national"
    m = _region_start().match(name)
    if m and m.group() in gaz.region_names():
        return gaz.region_names()[m.group()]
    for level, opening, title in gaz.LEVEL_MARKS:
        if name.startswith(opening) or title in name:
            return level
    if any(word in name for word in gaz.NATIONAL_TITLES):
        return "national"
    return None
