"""The level a programme is at, and the forms one programme's name takes on a page.

Level is read, in order, from the name's own opening (中国/国家/全国 → national, a province or
自治区 → provincial, a prefecture-level city → municipal, a district, county, 旗 or county-level
city → county; the four municipalities are provincial, as for awards), from the strategy class
(质量强桂 provincial, 质量强县 county), from a title only the state gives (…法, 质量发展纲要,
质量月), from the issuer or scope word in the same clause (国务院印发的《…》, 全省“…”, 我市…),
else it is unknown: never the page's own city by default.
`extract.extractors.programs` imports the finished patterns; the gazetteer's is built on first use.
"""

from __future__ import annotations

import functools
import re

import ahocorasick_rs

from extract.rules import cities as city_rules
from extract.rules import places as gaz
from extract.rules.common import CN_DIGIT, EDITION, HANZI, YEAR_DIGITS
from extract.rules.compose import any_of, words

# --- word groups ----------------------------------------------------------------------------
# What a national programme's name opens with.
NATIONAL_OPENERS = words("中华人民共和国 中国 国家级 国家 全国 国务院 中共中央 党中央 中央 国办 中办")
# The party committee's prefix before a province's or city's name: 中共天津市委….
PARTY_PREFIX = "中共"
# A level word opening a name without a place: 省长质量奖…, 市长质量奖管理办法, 区长质量奖.
LEVEL_WORD_LEVELS = {"自治区": "provincial", "省": "provincial", "市": "municipal", "县": "county"}
LEVEL_WORD_LEVELS |= {"区": "district", "旗": "county"}
# 区 is a district (county level), but the region itself on an autonomous region's page (全区).
DISTRICT = "district"
# The level the object of the strategy class stands for (质量强国, 质量强省, 质量强县…).
STRATEGY_OBJECT_LEVELS = {"国": "national", "省": "provincial", "市": "municipal", "州": "municipal"}
STRATEGY_OBJECT_LEVELS |= {"盟": "municipal", "县": "county", "区": DISTRICT, "旗": "county", "镇": "county"}
# The sector objects of the strategy class have no level of their own (质量强企, 品牌兴农).
# Titles only the state gives, at the end of a name (the period and draft marks aside).
NATIONAL_TITLES = words("质量强国 质量强国战略 质量强国建设纲要 品质强国 品质强国战略 品质强国建设纲要")
NATIONAL_TITLES += words("质量发展纲要 品质发展纲要 质量振兴纲要 质量月 品质月 质量之光 质量万里行")
NATIONAL_TITLES += words("百城万店无假货 中国品牌日 消费者权益保护日 卓越绩效评价准则 国家品牌战略")
# A law: 产品质量法, 标准化法 (not 办法, 方法, 做法).
LAW_END = r"(?<![办方做手说想看写用宪])法"
# Issuers and scope words in the clause before a name, by the level they give.
NATIONAL_ISSUERS = words("国务院 中共中央 党中央 国家 全国 我国 总局 国办 中办 国资委 发改委 发展改革委")
NATIONAL_ISSUERS += words("工信部 工业和信息化部 商务部 科技部 财政部 农业农村部 农业部 教育部 人社部 住建部")
NATIONAL_ISSUERS += words("住房和城乡建设部 生态环境部 交通运输部 文化和旅游部 自然资源部 水利部 国家标准委")
PROVINCIAL_ISSUERS = words("省委 省政府 省人民政府 省人大 省政协 全省 我省 本省 自治区党委 自治区人民政府")
PROVINCIAL_ISSUERS += words("自治区政府")
MUNICIPAL_ISSUERS = words("市委 市政府 市人民政府 市人大 市政协 全市 我市 本市")
COUNTY_ISSUERS = words("县委 县政府 县人民政府 全县 我县 本县 区委 区政府 区人民政府 旗委 旗政府")
COUNTY_ISSUERS += words("全旗 我旗")
# An agency of a level (省质监局, 市市场监管局): the level word, a few characters, the agency.
AGENCIES = words("局 厅 委员会 办公室 办公厅 领导小组")
# A place named before one of these issues what follows: 四川郫县市场监督管理局, 江西省人民政府.
ORGANS = words("人民政府 政府 党委 委员会 办公厅 办公室 领导小组 人大")
# 全区 on an autonomous region's page is the region (新疆维吾尔自治区…全区), else a district.
REGION_WIDE = words("全区 我区 本区")
AUTONOMOUS_REGION = "自治区"
DISTRICT_ORGANS = words("区委 区政府 区人民政府 区长 区市场监管局")
# Where the clause an issuer must share with the name begins, and the mark that closes an earlier
# title (the issuer before it is that title's: 国务院《质量发展纲要》和《…》).
ISSUER_CLAUSE_ENDS = ",。;!?\n:"
TITLE_CLOSE = "》"
# A standard's code right before its title: GB/T 19580《…》 is national, DB31/T 1009《…》 provincial.
STANDARD_CODE = re.compile(r"(?:(?P<national>GB(?:/[TZ])?)|(?P<provincial>DB\d{2}(?:/T)?))\s*[\d.]*(?:[-—]\d+)?\s*$")
# What a county-level city's name ends with (晋江市): 质量立市 there is the county's.
CITY_SUFFIX = "市"
# Marks of a draft or of the notice that carries a document, left out when names are compared.
DRAFT_MARKS = words("征求意见稿 修订版 修订稿 试行 暂行 草案 送审稿 讨论稿")
NOTICE_ENDS = words("的通知 的通报 的公告")

# --- patterns -------------------------------------------------------------------------------
_HAN = f"[{HANZI}]"
_CN_YEAR = f"[{CN_DIGIT}]{{4}}"
# A year opening a name: 2024年, 2015—2016年度, 二〇二四年.
LEADING_YEAR = re.compile(rf"^(?:(?:{YEAR_DIGITS}|{_CN_YEAR})(?:\s*[—–-]\s*(?:{YEAR_DIGITS}))?\s*年度?|年度)")
# A 〈title〉 nested in a name: what the name is about is outside it.
NESTED_TITLE = re.compile(r"〈[^〉]*〉")
# The joiners that make two strategies one coordination (质量立市和品牌带动战略).
COORDINATION = "和与及"
# A year anywhere in a name, for the key two mentions of one programme share.
ANY_YEAR = re.compile(rf"(?:{YEAR_DIGITS}|{_CN_YEAR})(?:\s*[—–-]\s*(?:{YEAR_DIGITS}))?\s*年?度?")
# A period or a draft mark in brackets closing a name: (2011-2020年), (征求意见稿), (试行).
BRACKETED_SUFFIX = re.compile(rf"\((?:{YEAR_DIGITS}[^)]*|{any_of(DRAFT_MARKS)})\)$")
# An edition opening a name: 第六届, 首届.
EDITION_START = re.compile(rf"^{EDITION}")
# A level word opening a name as its scope (市名牌战略 is 名牌战略), not an office (市长质量奖,
# 省政府质量奖).
SCOPE_START = re.compile(rf"(?:{any_of(LEVEL_WORD_LEVELS)})级?(?![长场域政委人])")
# A bracketed aside that is no year: 安徽省质量强县(市、区) is 安徽省质量强县.
ASIDE = re.compile(rf"\((?!{YEAR_DIGITS})[^)]*\)")
NOTICE_END = re.compile(rf"(?:{any_of(NOTICE_ENDS)})$")
NATIONAL_OPENER = re.compile(any_of(NATIONAL_OPENERS))
LEVEL_WORD = re.compile(rf"(?:{any_of(LEVEL_WORD_LEVELS)})(?![场域])")
NATIONAL_TITLE = re.compile(rf"(?:{any_of(NATIONAL_TITLES)}|{LAW_END})$")
_AGENCY = rf"{_HAN}{{0,6}}?(?:{any_of(AGENCIES)})"
# Issuers and scope words: each alternative a named group giving its level.
ISSUER = re.compile(
    rf"(?P<national>{any_of(NATIONAL_ISSUERS)})"
    rf"|(?P<provincial>{any_of(PROVINCIAL_ISSUERS)}|省{_AGENCY})"
    rf"|(?P<municipal>{any_of(MUNICIPAL_ISSUERS)}|(?<!城)市(?!场){_AGENCY})"
    rf"|(?P<county>{any_of(COUNTY_ISSUERS)}|县{_AGENCY})"
    rf"|(?P<district>{any_of(REGION_WIDE)})"
)
DISTRICT_ORGAN = re.compile(rf"(?<!{AUTONOMOUS_REGION[:-1]}){any_of(DISTRICT_ORGANS)}")
ORGAN_AFTER_PLACE = re.compile(rf"(?:{any_of(ORGANS)}|{_AGENCY})")


# Short names that are ordinary words or better known as something else (合作, 白银, 日照): full names only.
_DOUBTFUL_SHORT = frozenset((*city_rules.ORDINARY_STEMS, *city_rules.HOMONYM_STEMS))


@functools.cache
def place_names() -> dict[str, gaz.Place]:
    """Full names of every division and short names of provinces and cities (江西, 宝鸡), to places."""
    names: dict[str, gaz.Place] = {}
    for place in sorted(gaz.places().values(), key=lambda p: (gaz.LEVELS.index(p.level), p.adcode)):
        names.setdefault(place.name, place)
        short = gaz.short_name(place.name)
        if short and place.level != "county" and short not in _DOUBTFUL_SHORT:
            names.setdefault(short, place)
    return names


@functools.cache
def place_matcher() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]]:
    """An automaton of the names of `place_names` (leftmost-longest: 佛山市禅城区 reads 佛山市, 禅城区)."""
    names = tuple(place_names())
    return ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), names
