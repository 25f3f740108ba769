"""Brand-title grammar: the categories, the words their counts are stated with, and the patterns built from them.

The brand extractor (`extract.extractors.brands`) imports the finished patterns; the one
that needs the gazetteer (the region a category opens with) is built on first use.
"""

from __future__ import annotations

import functools
import re

from extract.rules import places as gaz
from extract.rules.common import (
    CLOSING_QUOTES,
    CN_DIGIT,
    HAN,
    HANZI,
    NUMBER,
    OPENING_QUOTES,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    YEAR_DIGITS,
    count,
)
from extract.rules.compose import alternation, any_of, words
from extract.rules.places import NATIONAL_TITLES, region_prefix

# --- word groups --------------------------------------------------------------------------
# The heads of brand-title categories; a region or 中国/国家 before them is part of the name.
BRAND_CORES = words(
    "世界名牌产品 名牌产品 名牌服务 服务名牌 名牌区域 名牌企业 出口名牌 名牌 驰名商标 著名商标 知名商标"
)
BRAND_CORES += words("地理标志保护产品 地理标志产品 地理标志商标 地理标志证明商标 地理标志集体商标 地理标志")
BRAND_CORES += words("老字号 优质产品 名优产品")
# Counter words of brand counts (种, 户, 批, 款 too: 7种产品获…, 四家企业).
BRAND_UNITS = "个项件家种户批款"
# Verbs that make the things counted before them brand titles: 75个商标被认定为著名商标.
CONFER_VERBS = words("被认定为 认定为 被评为 评为 荣获 荣膺 获得 取得 获 成为 为 列入 入选")
# Between a category and its count: 驰名商标拥有量达到26件, 湖北名牌产品达1094个, …的企业是26家.
QUANTITY_VERBS = words("总数达到 总数达 总量达到 拥有量达到 拥有量达 达到 增至 达 共有 有 共 新认定 认定 新增")
QUANTITY_VERBS += words("总数已达 总数已达到 已达 已达到 已有 总计 合计 共计 为 计")
# The copula, a quantity verb only after the holders' noun (…的企业是26家: 名牌是一个… is no count).
COPULA = "是"
# Words that make a count after another count of the same category a running total: 总数达到12个.
TOTAL_NOUNS = words("总数 总量 累计 共计 合计 拥有量")
# What the counted things are, when the count comes first: 141项产品, 20家单位.
COUNTED_NOUNS = words("企业 单位 产品 商标 服务 区域 品牌")
# A comparison that repeats the category for other places: 超过武汉的6件、宜昌的5件.
COMPARISON_CUES = words("超过 高于 多于 领先于 领先")
# Words before a count that make it a goal or a candidate, not titles held.
NOT_HELD_WORDS = words("申报 候选 推荐 要达到 力争 目标 争创 确保 计划 形成 打造 参展 入围")
# Words right after a category that make it no title held: 中国名牌重点培育企业, 名牌企业参展, …公示名单.
NOT_HELD_AFTER = words("重点培育 培育 候选 推荐 申报 参展 公示")
# Verbs of a later clause whose subject are the category's titles: 我省共有89个产品榜上有名.
ON_THE_LIST = words("榜上有名 上榜 入选 名列其中")
# Level words standing for the page's own city or province: 本市中国驰名商标, 市新增….
OWN_LEVEL_WORDS = words("市 省")
# What a sentence's time opens with: 截至2005年底, 2010年,.
TIME_OPENERS = words("截至 截止 到 至")
TIME_ENDS = words("底 末 初 上半年 年底")
# Time words that replace a time clause before them: 1996年,巩义启动…,目前该市…创河南省名牌产品5个.
LATER_TIMES = words("目前 现在 如今 至今 迄今 今年 去年 当前 现有 近年来")

# --- pieces ---------------------------------------------------------------------------------
_NOT_QUOTE = f"{OPENING_QUOTES}{CLOSING_QUOTES}‘’"

# Where a sentence ends for its opening time and its breakdown lists (a ; does not end it here:
# 截至2005年底,…;荣获中国驰名商标70件 / …中,昆明拥有7件:…;曲靖3件:…).
FULL_SENTENCE_ENDS = "。!?\n"

# --- patterns -----------------------------------------------------------------------------
# A count of titles: 20个, 近百件, 26件之多, 四家, 第7个 (the 7th: seven held), not a batch (第三批,
# 一批: "a number of") nor the tail of a number.
COUNT = (
    rf"(?<![\d{CN_DIGIT}十百千万])(?:(?<!第)|(?!{NUMBER}\s*批))(?!一批)"
    rf"{count(BRAND_UNITS, after='以上|之多')}"
)
YEAR = rf"(?P<year>{YEAR_DIGITS})\s*年度?"
_QUANTITY = rf"(?:{alternation(QUANTITY_VERBS)})了?"
_NOUNS = alternation(COUNTED_NOUNS)
# The head a category is found by: 名牌产品, 驰名商标, 地理标志产品.
HEAD = re.compile(any_of(BRAND_CORES))
# Where a category's name cannot extend further back: 12 / punctuation / 全市 / 的 / 认定.
NAME_STOP = re.compile(
    rf"\d+(?![\d年])|[^{HANZI}\d]|全市|全省|本市|我市|新增|累计|共有|[的了和与及等为是在对向将获有被把]|"
    r"认定|评为|拥有|荣获|新认定|重新"
)
NOT_HELD = re.compile(alternation(NOT_HELD_WORDS))
NOT_HELD_NEXT = re.compile(rf"{QUOTE_CLOSE}?(?:{alternation(NOT_HELD_AFTER)})")
YEAR_RE = re.compile(YEAR)
# …的目标 after a count: a goal, not titles held.
GOAL_AFTER = re.compile(r"的?(?:目标|任务|计划)")
LATER_TIME = re.compile(alternation(LATER_TIMES))
# A year in the category's clause: 全市2010年新增….
YEAR_STATED = re.compile(rf"(?<!\d)({YEAR_DIGITS})年")
# A clause that is only a time dates the counts after it in its sentence: 截至2005年底,… / …,2010年,有….
TIME_CLAUSE = re.compile(
    rf"(?<![^,:;{FULL_SENTENCE_ENDS}])\s*(?:{alternation(TIME_OPENERS)})?(?P<year>{YEAR_DIGITS})\s*年"
    rf"(?:{alternation(TIME_ENDS)}|\d{{1,2}}月(?:底|末)?)?,"
)


@functools.cache
def token() -> re.Pattern[str]:
    """Where a category's name starts: 2010年, 上海, 中国, 省."""
    return re.compile(rf"{YEAR}|(?:{region_prefix()})")


@functools.cache
def region_start() -> re.Pattern[str]:
    """A region opening a category: 云南省驰名商标 → 云南省 (the place holding a national title)."""
    return re.compile(region_prefix())


@functools.cache
def cities_by_name() -> dict[str, str]:
    """Prefecture-level cities by full and short name: 昆明 → 昆明市 (the places a breakdown names)."""
    out: dict[str, str] = {}
    for place in gaz.places().values():
        if place.level == "prefecture":
            for name in (place.name, gaz.short_name(place.name)):
                if name:
                    out.setdefault(name, place.name)
    return out


# A national title whatever region opens it (云南省驰名商标 is 驰名商标 held in 云南省), and the
# 产品 a category may drop (中国名牌 is 中国名牌产品): two statements of one fact share these.
NATIONAL_TITLE = re.compile(alternation(NATIONAL_TITLES))
PRODUCT_WORD = "产品"

# --- counts after a category, tried in this order ----------------------------------------------
# 中国名牌20个 / 驰名商标拥有量达到26件 / 名牌产品141项,涉及企业57家 / 地理标志保护产品 1个.
AFTER = re.compile(
    rf"(?:保护)?(?:企业|产品|称号|荣誉称号)?(?:,?{HAN}{{0,3}}?{_QUANTITY})?\s*"
    rf"{COUNT}(?:{HAN}{{0,2}}?(?P<n2>{NUMBER})(?P<unit2>[{BRAND_UNITS}])产品)?"
)
# 在全部382个名牌产品中,山东有59个: the share of the place counted, after the category.
PARTITIVE = re.compile(rf"{QUOTE_CLOSE}?中[,]?[^,。;]{{0,10}}?(?:有|占){COUNT}")
# …1409个地理标志产品中,中卫的“A”“B”…6个特色农产品榜上有名: the place's share, listed.
PARTITIVE_LISTED = re.compile(
    rf"{QUOTE_CLOSE}?中[,]?[^,。;]{{0,120}}?{COUNT}[^,。;]{{0,8}}?(?:{alternation(ON_THE_LIST)})"
)
# 荣获“中国名牌产品”称号的企业有6家 / …名牌产品的企业是26家: the holders of the title counted after it.
HOLDERS = re.compile(
    rf"{QUOTE_CLOSE}?(?:产品)?(?:称号|荣誉称号)?的(?:{_NOUNS})(?:总数|数量)?{HAN}{{0,2}}?(?:{_QUANTITY}|{COPULA}){COUNT}"
)
# 获得2013年贵州省名牌产品称号的四家企业: the holders counted before their noun.
HOLDERS_COUNTED = re.compile(rf"{QUOTE_CLOSE}?(?:产品)?(?:称号|荣誉称号)?的{COUNT}(?:{_NOUNS})")
# 2006年中国名牌产品今天揭晓,我省共有89个产品榜上有名: the titles counted in a later clause.
LATER = re.compile(
    rf"{QUOTE_CLOSE}?[^,。;]{{0,20}}?,[^,。;]{{0,12}}?(?:共有|有|共)?{COUNT}(?:{HAN}{{0,4}}?(?:{_NOUNS}))?"
    rf"(?:{alternation(ON_THE_LIST)})"
)
COUNTED_AFTER = (AFTER, PARTITIVE, PARTITIVE_LISTED, HOLDERS, HOLDERS_COUNTED, LATER)
# …3个,总数达到12个: a running total of the same category after its new count.
TOTAL = re.compile(rf"[,]?{HAN}{{0,4}}?(?:{alternation(TOTAL_NOUNS)}){HAN}{{0,3}}?{_QUANTITY}{COUNT}")
# …的企业是26家,产品29种 / …89个产品榜上有名,其中新增57个: a second count of the same titles.
SECOND = re.compile(rf"[,、](?:其中|涉及)?(?:新增|新认定|产品|商标|品牌)\s*{COUNT}")
# 云南省16件驰名商标中,昆明拥有7件:云烟、…;曲靖3件:…: the count of each place in a breakdown.
BREAKDOWN_START = re.compile(rf"{QUOTE_CLOSE}?中[,:]")
BREAKDOWN_ITEM = re.compile(
    rf"(?P<place>{HAN}{{2,6}}?)(?:拥有|有|占)?{COUNT}(?:[:：][^;；。]*)?(?P<sep>[;；、,]|(?=。)|$)"
)

# --- counts before a category ----------------------------------------------------------------
# 10件中国驰名商标: a count right before the category.
ADJACENT = re.compile(rf"{COUNT}\s*(?:的)?{QUOTE_OPEN}?\s*$")
# …荣获 / …被认定为 right before the category: the counts before it are of things made titles.
_VERB_TAIL = rf"了?{QUOTE_OPEN}?\s*(?:{YEAR})?\s*{QUOTE_OPEN}?\s*$"
VERB_END = re.compile(rf"(?:{alternation(CONFER_VERBS)}){_VERB_TAIL}")
# A conferring verb of an earlier clause: the counts before it are its own, not the category's
# (2户企业荣获市长质量奖称号,…,7种产品获“辽宁名牌产品” counts 7; 为 is too common a word to tell).
EARLIER_VERB = re.compile(alternation(verb for verb in CONFER_VERBS if verb != "为"))
# 141项产品, 8件商标: a count and (within 10 characters) what it counts.
COUNT_NOUN = re.compile(rf"{COUNT}(?:[^,。;、{_NOT_QUOTE}]{{0,10}}?(?:{_NOUNS}))?")
# “林芝松茸”“波密天麻”取得了…: titles given to the quoted names before the verb, counted (two or
# more: one quoted name is a title's story, not a count).
QUOTED_NAMES = re.compile(
    rf"(?P<names>(?:[{OPENING_QUOTES}‘][^{_NOT_QUOTE}]{{1,12}}[{CLOSING_QUOTES}’][、和及与]?){{2,}})(?:等)?"
    rf"(?:{_NOUNS})?(?:均|也|都|分别)?(?:{alternation(CONFER_VERBS)}){_VERB_TAIL}"
)
QUOTED_NAME = re.compile(rf"[{OPENING_QUOTES}‘][^{_NOT_QUOTE}]{{1,12}}[{CLOSING_QUOTES}’]")
# The counter a count of quoted names gets: trademarks are counted in 件, other titles in 个.
TRADEMARK, TRADEMARK_UNIT, TITLE_UNIT = "商标", "件", "个"

# --- comparisons -----------------------------------------------------------------------------
# 超过武汉的6件、宜昌的5件: the same category counted for other places.
COMPARISON = re.compile(
    rf"(?:{alternation(COMPARISON_CUES)})(?P<items>(?:{HAN}{{2,6}}的{NUMBER}[{BRAND_UNITS}][、和]?)+)"
)
ITEM = re.compile(rf"(?P<place>{HAN}{{2,6}})的(?P<n>{NUMBER})(?P<unit>[{BRAND_UNITS}])")
