"""Outlet names: spellings seen in bylines mapped to the medium's own simplified name."""

from __future__ import annotations

import re

KNOWN_OUTLETS = {
    "中国质量报": "中国质量报",
    "中国质量新闻网": "中国质量新闻网",
    "质量新闻网": "中国质量新闻网",
    "新华社": "新华社",
    "新华网": "新华网",
    "中新网": "中国新闻网",
    "中新社": "中国新闻社",
    "中国新闻网": "中国新闻网",
    "人民网": "人民网",
    "央视网": "央视网",
    "国际在线": "中央广电总台国际在线",
}

# Site names appended to an HTML <title>: "Headline_中国质量新闻网", "Headline - 新华网".
SITE_SUFFIXES = re.compile(r"\s*[-_|｜—–]+\s*[^-_|｜—–]{2,20}$")
