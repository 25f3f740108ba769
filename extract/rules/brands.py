"""Brand-title grammar: the categories, the words their counts are stated with, and the patterns built from them.

The brand extractor (`extract.extractors.brands`) imports the finished patterns; the one
that needs the gazetteer (the region a category opens with) is built on first use.
"""

from __future__ import annotations

import functools
import re

from extract.rules.common import HAN, HANZI, NUMBER, YEAR_DIGITS, count
from extract.rules.compose import alternation, any_of, words
from extract.rules.places import region_prefix

# --- word groups --------------------------------------------------------------------------
# The heads of brand-title categories; a region or 中国/国家 before them is part of the name.
BRAND_CORES = words("世界名牌产品 名牌产品 名牌服务 名牌区域 名牌企业 出口名牌 名牌 驰名商标 著名商标 知名商标")
BRAND_CORES += words("地理标志保护产品 地理标志产品 地理标志商标 地理标志证明商标 地理标志集体商标 地理标志")
BRAND_CORES += words("老字号 优质产品 名优产品")
# Counter words of brand counts.
BRAND_UNITS = "个项件家"
# Verbs that make the things counted before them brand titles: 75个商标被认定为著名商标.
CONFER_VERBS = words("被认定为 认定为 被评为 评为 荣获 获得 获 成为 为 列入")
# Between a category and its count: 驰名商标拥有量达到26件, 湖北名牌产品达1094个.
QUANTITY_VERBS = words("总数达到 总数达 总量达到 拥有量达到 拥有量达 达到 增至 达 共有 有 共 新认定 认定 新增")
QUANTITY_VERBS += words("总计 合计 为")
# Words that make a count after another count of the same category a running total: 总数达到12个.
TOTAL_NOUNS = words("总数 总量 累计 共计 合计 拥有量")
# What the counted things are, when the count comes first: 141项产品, 20家单位.
COUNTED_NOUNS = words("企业 单位 产品 商标 服务 区域 品牌")
# A comparison that repeats the category for other places: 超过武汉的6件、宜昌的5件.
COMPARISON_CUES = words("超过 高于 多于 领先于 领先")
# Words before a count that make it a goal or a candidate, not titles held.
NOT_HELD_WORDS = words("申报 候选 推荐 要达到 力争 目标 争创 确保 计划")
# Level words standing for the page's own city or province: 本市中国驰名商标, 市新增….
OWN_LEVEL_WORDS = words("市 省")

# --- patterns -----------------------------------------------------------------------------
# A count of titles: 20个, 近百件, 26件之多.
COUNT = count(BRAND_UNITS, after="以上|之多")
YEAR = rf"(?P<year>{YEAR_DIGITS})\s*年度?"
_QUANTITY = alternation(QUANTITY_VERBS)
_NOUNS = alternation(COUNTED_NOUNS)
# The head a category is found by: 名牌产品, 驰名商标, 地理标志产品.
HEAD = re.compile(any_of(BRAND_CORES))
# Where a category's name cannot extend further back: 12 / punctuation / 全市 / 的 / 认定.
NAME_STOP = re.compile(
    rf"\d+(?![\d年])|[^{HANZI}\d]|全市|全省|本市|我市|新增|累计|共有|[的了和与及等为是在对向将获有被把]|"
    r"认定|评为|拥有|荣获|新认定|重新"
)
NOT_HELD = re.compile(alternation(NOT_HELD_WORDS))
YEAR_RE = re.compile(YEAR)
# …的目标 after a count: a goal, not titles held.
GOAL_AFTER = re.compile(r"的?(?:目标|任务|计划)")
# A year stated earlier in the paragraph: 截至2005年底.
YEAR_STATED = re.compile(rf"(?<!\d)({YEAR_DIGITS})年")


@functools.cache
def token() -> re.Pattern[str]:
    """Where a category's name starts: 2010年, 上海, 中国, 省."""
    return re.compile(rf"{YEAR}|(?:{region_prefix()})")


# --- counts after a category, tried in this order ----------------------------------------------
# 中国名牌20个 / 驰名商标拥有量达到26件 / 名牌产品141项,涉及企业57家 (a second count of products).
AFTER = re.compile(
    rf"(?:保护)?(?:企业|产品|称号|荣誉称号)?(?:,?{HAN}{{0,3}}?(?:{_QUANTITY}))?"
    rf"{COUNT}(?:{HAN}{{0,2}}?(?P<n2>{NUMBER})(?P<unit2>[{BRAND_UNITS}])产品)?"
)
# 在全部382个名牌产品中,山东有59个: the share of the place counted, after the category.
PARTITIVE = re.compile(rf"[”\"]?中[,]?[^,。;]{{0,10}}?(?:有|占){COUNT}")
# 荣获“中国名牌产品”称号的企业有6家: the holders of the title counted after it.
HOLDERS = re.compile(rf"[”\"]?(?:称号|荣誉称号)?的(?:{_NOUNS})(?:总数|数量)?{HAN}{{0,2}}?(?:{_QUANTITY}){COUNT}")
COUNTED_AFTER = (AFTER, PARTITIVE, HOLDERS)
# …3个,总数达到12个: a running total of the same category after its new count.
TOTAL = re.compile(rf"[,]?{HAN}{{0,4}}?(?:{alternation(TOTAL_NOUNS)}){HAN}{{0,2}}?(?:{_QUANTITY}){COUNT}")

# --- counts before a category ----------------------------------------------------------------
# 10件中国驰名商标: a count right before the category.
ADJACENT = re.compile(rf"{COUNT}\s*(?:的)?[“\"]?\s*$")
# …荣获 / …被认定为 right before the category: the counts before it are of things made titles.
VERB_END = re.compile(rf"(?:{alternation(CONFER_VERBS)})[“\"]?\s*(?:{YEAR})?\s*$")
# 141项产品, 8件商标: a count and (within 10 characters) what it counts.
COUNT_NOUN = re.compile(rf"{COUNT}(?:[^,。;、“”]{{0,10}}?(?:{_NOUNS}))?")

# --- comparisons -----------------------------------------------------------------------------
# 超过武汉的6件、宜昌的5件: the same category counted for other places.
COMPARISON = re.compile(
    rf"(?:{alternation(COMPARISON_CUES)})(?P<items>(?:{HAN}{{2,6}}的{NUMBER}[{BRAND_UNITS}][、和]?)+)"
)
ITEM = re.compile(rf"(?P<place>{HAN}{{2,6}})的(?P<n>{NUMBER})(?P<unit>[{BRAND_UNITS}])")
