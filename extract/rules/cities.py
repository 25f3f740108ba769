"""City grammar: one-character abbreviations in runs and place phrases, and a city's own government.

The gazetteer and the abbreviations' table are in `extract.rules.places`; `extract.extractors.cities`
imports the finished patterns.
"""

from __future__ import annotations

import re

from extract.rules.compose import alternation, words
from extract.rules.places import CITY_ABBREVIATIONS, MIN_ABBREVIATION_RUN, PROVINCE_ABBREVIATIONS

# What a county-level city's name ends with (瓦房店市), unlike a district's or a county's.
CITY_SUFFIX = "市"
# Where an abbreviation stands for a city: after a verb of going or being (在沪, 来甬, 赴穗)…
PLACE_VERBS = "在来赴抵返驻"
# …and before an event: 在沪召开, 在榕举行.
EVENT_VERBS = words("召开 举行 举办 开幕 闭幕 启动 签约 发布")
# A city named right before one of these is the page's own government or agency: 大连市委, 青岛市质监局.
GOVERNANCE_WORDS = words("市委 市政府 市人民政府 市质监局 市质量技术监督局 市场监管局 市市场监督管理局")
GOVERNANCE_WORDS += words("市市场监管局 市长 市委书记 市质量强市")

_CITY_ABBREVIATION = f"[{''.join(CITY_ABBREVIATIONS)}]"
# 苏浙皖赣沪甬: a run of abbreviations listing provinces and cities.
ABBREVIATION_RUN = re.compile(rf"[{''.join(CITY_ABBREVIATIONS)}{PROVINCE_ABBREVIATIONS}]{{{MIN_ABBREVIATION_RUN},}}")
# 在沪召开
ABBREVIATION_PLACE = re.compile(rf"(?<=[{PLACE_VERBS}]){_CITY_ABBREVIATION}(?={alternation(EVENT_VERBS)})")
# (The ^ makes `GOVERNANCE.match(text, pos)` fail at any pos > 0: kept as it was, see the report of issue 11.)
GOVERNANCE = re.compile(rf"^(?:{alternation(GOVERNANCE_WORDS)})")
