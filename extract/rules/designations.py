"""Designations: how a city's approval, acceptance, naming, renewal or revocation in a quality-city programme is told.

The programme (public sources): a city is first approved to create (获批创建, a two-year
creation period), then inspected and accepted (通过验收), then formally named (正式命名) with a
three-year demonstration period (示范期, e.g. 2013年8月至2016年8月); named cities are reviewed
(复核) and may lose the title (撤销). Provinces run the same ladder for 质量强市/质量强县.
"""

from __future__ import annotations

import functools
import re

from extract.rules import places
from extract.rules.common import YEAR_DIGITS
from extract.rules.compose import any_of, words

# --- designation names --------------------------------------------------------------------
# National designations as pages write them, each with the name it is normalised to.
NATIONAL = "全国质量强市示范城市"
NATIONAL_NAMES = {
    **dict.fromkeys(words("全国质量强市示范城市 全国质量强市示范市 质量强市示范城市 质量强市示范市"), NATIONAL),
    "全国质量示范城市": NATIONAL,  # a short form some pages use for the same title
    "全国质量强县示范县": "全国质量强县示范县",
    **dict.fromkeys(words("全国质量兴市先进市县 全国质量兴市先进市 全国质量兴市先进城市"), "全国质量兴市先进市县"),
    "全国质量兴市先进县": "全国质量兴市先进市县",
}
# A provincial designation: a province (or 省级) before 质量强市/强县, a demonstration noun and a
# bracketed scope optional: 安徽省质量强县(市、区), 浙江省质量强市示范城市, 省级质量强县.
PROVINCIAL_CORE = r"质量强(?P<unit>[市县区])(?P<demo>示范(?:城市|市|县|区))?(?:\([市县区、]{1,7}\))?"
PROVINCIAL_LEVEL_WORDS = words("省级 省")
# How a provincial designation is written once normalised: 安徽省质量强县, 浙江省质量强市示范城市;
# 省级 stands for a province the page does not name.
PROVINCIAL_NAME = "{province}质量强{unit}{demo}"
UNNAMED_PROVINCE = "省级"
# A 质量强县 title: held by counties and county-level cities only.
COUNTY_UNIT = "县"

# --- stage cues ---------------------------------------------------------------------------
# Words that tell a stage, each group by the stage it tells (the longest word at a place wins).
STAGE_WORDS = {
    "approved": words("获批创建 获准创建 批准创建 同意创建 批准 创建资格 争创资格 列为创建"),
    "accepted": words("验收合格 验收通过"),
    "named": words("正式命名 命名为 获得命名 获批命名 被命名 同意命名 命名 成功创建"),
    "renewed": words("通过复核 复核通过 复核合格 复核确认 复查合格 继续保留 重新命名 再次命名"),
    "revoked": words("撤销 取消 摘牌 收回"),
}
# 顺利通过国家验收: accepted (接受验收 is only the inspection; a province's 预验收 or 省级验收 comes before).
ACCEPTED_PHRASE = r"通过(?:(?![省预]|自治区)[^,。;:\n]){0,24}?验收"
# A bare 获批 (正式获批, 获批“安徽省质量强县”): the title for a provincial designation, the
# approval to create for a national one, whose pages say 获批创建.
BARE_APPROVAL = "获批"
BARE_APPROVAL_STAGE = {"provincial": "named", "national": "approved"}
# 成为全国首个…示范城市, 被评为“全国质量兴市先进市”: named, when the designation follows closely
# (and no 创建 follows it: 成为…示范城市创建单位 is an approval).
BECOME = words("成为 被评为 评为 获评 荣获 授予")
BECOME_REACH = 8
NOT_YET = re.compile(r"[”\"」』]?(?:创建|争创)")
# 称号 tells a naming only right after the designation: 荣获全国质量强市示范市称号.
TITLE_WORD = "称号"
TITLE_REACH = 3
# Words before a cue that make it a plan or a wish: anywhere earlier in its sentence (郑州市将力争…,获批命名…).
FUTURE = words("将 争取 力争 拟 计划 确保 力求 有望 即将")
# Words that make it an application, an effort or a denial: only in its own part of the clause (up to a 、),
# since 宁国市成功申报了…,是…获得批准创建的县级市 and 2012年启动创建…、2014年获批创建… are approvals.
NOT_EVENT = words("积极 推动 努力 启动 申请 申报 准备 争创 未 没有 尚未 不再")
# …通过验收后,将获得…命名: a condition, not an event.
CONDITION_AFTER = re.compile(r"[”\"」]?后")
# 获批创建“…”的城市,将在…: a cue that describes cities in general.
GENERIC_AFTER = re.compile(r"[^,。;:\n]{0,24}?的(?:城市|县|地区|市县)")
# 宣城市有5县(市)获批…, 命名8个安徽省质量强县: a count of places is the subject, not the city before it.
# What may stand between places listed before such a count: 广州、东莞、珠海5个城市, 中山和佛山等2个市.
ENUMERATION_GAP = re.compile(r"[、,和及与等\s]*")
ENUMERATION_MARK = "、"
PLACE_COUNT = re.compile(r"(?P<etc>等)?(?:\d+|[一二三四五六七八九十两]+)\s*(?:个)?(?:城市|县\(市\)|县|市|地市|区)")

# Titles of documents: cues and dates inside them (《关于同意创建…的函》, 《纲要(2011-2020年)》) tell no event.
BOOK_TITLE = re.compile(r"《[^《》\n]*》")

# A statement longer than this is read in pieces cut at clause ends (real ones are far shorter):
# it bounds the work per cue on a page that is one endless sentence.
MAX_STATEMENT = 400
# How far back a time word or 该市 looks for the year or city it refers to.
LOOK_BACK = 2000

# --- places in a designation clause -------------------------------------------------------
# 我市被正式命名为…: the page's own city; 该市: the city named last.
OWN_CITY = words("我市 本市")
THAT_CITY = words("该市")

# --- time ---------------------------------------------------------------------------------
# An explicit date: 2012年9月25日, 2015年, 二〇一二年.
EXPLICIT_DATE = (
    rf"(?<![\d\-—–~至到])(?P<y>{YEAR_DIGITS})\s*年"
    r"(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日)?)?"
)
# Words that date an event from the page's publication date: (year offset, month offset or None).
RELATIVE_TIME = {
    **dict.fromkeys(words("日前 近日 近期 日昨 昨日 昨天 今天 今日 前不久 最近"), (0, None)),
    **dict.fromkeys(words("本月 本月初 本月中旬 本月底 这个月"), (0, 0)),
    **dict.fromkeys(words("上月 上个月"), (0, -1)),
    "今年": (0, None),
    "去年": (-1, None),
    "前年": (-2, None),
}
# Words that date an event by the year the text named last: 全年…荣获…称号, 是当年…获得批准创建的.
ANAPHORIC_YEAR = words("全年 当年 同年 是年 这一年")
# Words that date an event like the stage event told just before: 此次获批创建的有…, 同时获得命名的还有….
SAME_EVENT = words("此次 同时 同批 同期 一同")
# A year that opens a sentence as its topic is no event date: 2015年是我市成功创建…后的第一年.
TOPIC_AFTER = re.compile(r"\s*(?:是|为|以来|以前|之前|至今)")
# 示范期为2013年8月至2016年8月, 示范期为今年3月至2021年3月.
PERIOD_WORDS = words("示范期 命名期 有效期")


def period_point(n: str) -> str:
    """One end of a period, its groups prefixed `n`: 2013年8月, 今年3月, 2021年."""
    return rf"(?:(?P<{n}y>{YEAR_DIGITS})\s*年|(?P<{n}rel>今年|去年|明年))?\s*(?:(?P<{n}m>1[0-2]|0?[1-9])\s*月)?"


PERIOD_RELATIVE = {"今年": 0, "去年": -1, "明年": 1}
# The demonstration period lasts three years (2013-08 to 2016-08, 2018-03 to 2021-03): a start
# year the page leaves unresolved (今年3月 on a page without a date) is the end year less this.
DEMONSTRATION_YEARS = 3


@functools.cache
def county_names() -> dict[str, dict[str, str]]:
    """Counties and county-level cities by province: full name and short name (郎溪 → 郎溪县) to adcode."""
    out: dict[str, dict[str, str]] = {}
    for place in places.places().values():
        if place.level != "county" or place.name.endswith("区"):
            continue
        names = out.setdefault(place.province, {})
        names.setdefault(place.name, place.adcode)
        short = place.name[:-1] if place.name.endswith(("县", "市", "旗")) else None
        if short and len(short) >= 2:
            names.setdefault(short, place.adcode)
    return out


@functools.cache
def provinces() -> dict[str, str]:
    """Province names, full and short (安徽省, 安徽), to adcode."""
    out = {}
    for place in places.places().values():
        if place.level == "province":
            out[place.name] = place.adcode
            short = places.short_name(place.name)
            if short:
                out[short] = place.adcode
    return out


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """The compiled patterns the extractor reads with."""
    province = any_of([*provinces(), *PROVINCIAL_LEVEL_WORDS])
    cues = [rf"(?P<{stage}>{any_of(group)})" for stage, group in STAGE_WORDS.items()]
    return {
        "designation": re.compile(
            rf"(?P<national>{any_of(NATIONAL_NAMES)})|(?P<province>{province})[“\"]?(?P<provincial>{PROVINCIAL_CORE})"
        ),
        "cue": re.compile(
            "|".join(
                [
                    rf"(?P<accepted_phrase>{ACCEPTED_PHRASE})",
                    *cues,
                    rf"(?P<bare>{BARE_APPROVAL})",
                    rf"(?P<become>{any_of(BECOME)})",
                    rf"(?P<title>{TITLE_WORD})",
                ]
            )
        ),
        "future": re.compile(any_of(FUTURE)),
        "not_event": re.compile(any_of(NOT_EVENT)),
        "own_city": re.compile(any_of(OWN_CITY)),
        "that_city": re.compile(any_of(THAT_CITY)),
        "date": re.compile(EXPLICIT_DATE),
        "relative": re.compile(any_of(RELATIVE_TIME)),
        "anaphoric": re.compile(any_of(ANAPHORIC_YEAR)),
        "same_event": re.compile(any_of(SAME_EVENT)),
        "year": re.compile(rf"({YEAR_DIGITS})\s*年"),
        "period": re.compile(
            rf"(?:{any_of(PERIOD_WORDS)})(?:为|是|:|自)?\s*{period_point('a')}\s*(?:至|到|-|—|–|~)\s*"
            rf"{period_point('b')}"
        ),
    }
