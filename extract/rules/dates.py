"""Date grammar: years, months, days, ranges, relative and anaphoric years, plan periods, and the date pattern.

`extract.extractors.dates` imports the finished pattern and resolves what it matches with the
tables here.
"""

from __future__ import annotations

import re

from extract.rules.common import CN_DIGIT, HANZI, YEAR_DIGITS
from extract.rules.compose import alternation, any_of, words

# --- word groups and tables -----------------------------------------------------------------
# Five-year-plan periods: 十一五 = 2006..2010.
PLAN_PERIODS = {
    "八五": (1991, 1995),
    "九五": (1996, 2000),
    "十五": (2001, 2005),
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}
# What may follow a plan period's name: “十三五”, 十二五期间, 十三五规划.
PLAN_FOLLOWERS = words("期间 时期 规划 末 初 以来 开局 收官 计划 发展 中期")
# Relative years, resolved against the publication date.
# (上年 is left out: in statistics it means the year before the one reported, not before publication.)
RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "来年": 1}
# Relative years resolved against the last year the text named.
ANAPHORIC_YEARS = {"同年": 0, "当年": 0, "是年": 0, "次年": 1, "翌年": 1, "第二年": 1, "上一年": -1}
# A year after these words is a goal, not an event.
TARGET_CUES = words("到 至 力争 预计 计划 争取 目标 截至到")
# A year-less date later in the year than the page's publication is of the year before (a page of
# 2010-03-22: 在11月29日召开的… is 2009), unless these words say it is to come: 将于11月29日召开.
FUTURE_CUES = words("将 将于 拟 拟于 定于 计划 预计 即将 届时 截至 截止")
# How many days past the publication a date of its year may still be (a page dated the day after).
LATE_DAYS = 7
# Plausible years for bare four-digit numbers.
MIN_YEAR, MAX_YEAR = 1949, 2035
# Counter words after a bare number that make it a quantity, not a year.
COUNTERS = "亿万千百元家个项件人台吨米次名位所座条只户场批款种辆套枚股份多余平公斤克年月日号届期%"
# What joins the two ends of a range: 2011-2020年, 2011年至2015年, 28至29日.
RANGE_MARKS = "-—–~～至到"

# A year is not one that a year-less date nearby may take when it is:
# - the start of a span or a comparison (2010年以来, 2014年起, 由2021年的第54位, 比2012年增长)…
NOT_EVENT_AFTER = words("以来 来 起 前 之前 以前 的第 底前")
NOT_EVENT_BEFORE = words("由 从 自 比 较 同比 相比 截至 截止")
# - …inside a name (《质量发展纲要(2011-2020年)》, “2022年中国十大网信龙头企业”)…
NAME_OPENERS, NAME_CLOSERS = '《“"', '》”"'
# - …and, read ahead, an award's year (4月2日…表彰2013年度天水市人民政府质量奖; 2021年度“质量月” is an
#   event's).
YEAR_OF = "度"
AWARD_NOUN = "奖"
AWARD_NOUN_NOT = "励金章杯牌状"

# --- pieces ---------------------------------------------------------------------------------
# Spaces that may sit inside a date (2013 年 12 月 17 日, 9 月14 日): on one line only.
SP = r"[ \t]*"
# 2014, 二〇一四
YEAR = rf"(?:{YEAR_DIGITS}|[{CN_DIGIT}]{{4}})"
MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# A month standing alone is read in digits only (一月 is inside words: 统一月度).
ARABIC_MONTH = r"(?:1[0-2]|0?[1-9])"
DAY = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
DASH = rf"{SP}[{RANGE_MARKS}]{SP}"
PLAN = alternation(sorted(PLAN_PERIODS, key=len, reverse=True))
# Three-character plan names (十三五) may be followed by any subject: 十三五市场监管规划.
PLAN_CONTEXT = r"(?<=[一二三四]五)(?<=十[一二三四五]五)[^\d个届年次位名号条月日期]"
ANAPHOR = alternation(ANAPHORIC_YEARS)
RELATIVE = alternation(RELATIVE_YEARS)


def day_span(first: str, second: str) -> str:
    """A day, or a day range sharing one month: 28日, 28日至29日, 28至29日."""
    return (
        rf"(?P<{first}>{DAY}){SP}(?:[日号](?:{DASH}(?P<{second}>{DAY}){SP}[日号])?"
        rf"|{DASH}(?P<{second}x>{DAY}){SP}[日号])"
    )


def range_end(prefix: str, day: bool) -> str:
    """The end of a range whose start has a day (…至5月15日, …至2025年12月23日) or a month (…至8月份).

    Groups: {prefix}ey (a year, if stated), {prefix}em, {prefix}ed (with `day`).
    """
    year = rf"(?:(?P<{prefix}ey>{YEAR}){SP}年{SP})?"
    if day:
        return rf"{DASH}{year}(?P<{prefix}em>{MONTH}){SP}月{SP}(?P<{prefix}ed>{DAY}){SP}[日号]"
    return rf"{DASH}{year}(?P<{prefix}em>{MONTH}){SP}月(?:份)?(?!{SP}(?:\d|{DAY}{SP}[日号]))"


def month_day(month: str, day_first: str, day_second: str, prefix: str, months: str = MONTH) -> str:
    """A month, with a day or a day range, and the end of a range: 4月28日, 4月15日至5月15日, 6月至8月."""
    days = day_span(day_first, day_second)
    return (
        rf"(?P<{month}>{months}){SP}月(?:份)?"
        rf"(?:{SP}{days}(?:{range_end(prefix + 'd', True)})?|(?:{range_end(prefix + 'm', False)}))?"
    )


# --- the date pattern -----------------------------------------------------------------------
# Its branches, tried in order; the extractor tells them apart by their group names.
DATE = re.compile(
    "|".join(
        [
            # 2013年8月至2016年8月, 2015年9月-2016年2月
            rf"(?P<ym1>{YEAR}){SP}年{SP}(?P<m1>{MONTH}){SP}月{DASH}(?P<ym2>{YEAR}){SP}年{SP}(?P<m2>{MONTH}){SP}月",
            # 2011-2020年, 2015—2016年度, 2011年至2015年, and (2021—2025) closing a name's parenthesis
            rf"(?P<yr1>{YEAR}){SP}年?{DASH}(?P<yr2>{YEAR})(?:{SP}年度?|(?=\)))",
            # 2012年9月25日, 2014年4月, 2014年, 2025年4月15日至5月15日, 2013 年 12 月 17 日
            rf"(?P<y>{YEAR}){SP}年(?:度)?(?:{SP}{month_day('m', 'd', 'd2', 'y')})?",
            # ISO-like 2014-09-16, 2014/9/16, 2014.9.16
            rf"(?<![\d.])(?P<iy>{YEAR_DIGITS})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?![\d])",
            # 同年12月, 次年3月5日, 当年
            rf"(?P<ana>{ANAPHOR})(?:{month_day('am', 'ad', 'ad2', 'a')})?",
            # 今年, 去年5月, 今年6月至8月份
            rf"(?P<rel>{RELATIVE})(?:{month_day('rm', 'rd', 'rd2', 'r')})?",
            # 12月, 4月28日, 4月28至29日, 9 月14 日 (year from context)
            rf"(?<![\d年]){month_day('m0', 'd0', 'd02', 'z', ARABIC_MONTH)}",
            # “十三五”, 十二五期间
            rf"(?<![第\d一二三四五六七八九十])(?P<plan>{PLAN})(?=[”\"’]|{alternation(PLAN_FOLLOWERS)}|{PLAN_CONTEXT})",
            # 2021青岛国际..., 2015“质量之光”: a bare year before a name
            rf"(?<![\d.,])(?P<bare>{YEAR_DIGITS})(?![\d.,%年])(?=[“\"《{HANZI}])",
        ]
    )
)
# 粤府〔2010〕84号: what follows a year inside a document number.
DOC_NUMBER_AFTER = re.compile(r"\s*[〕\])】]\s*\d+\s*号")
# 2024年04月23日16:36, 2026-01-15 21:02:08: a date stamped with a clock time is a page's header or
# byline (its publication), not a date of its body.
CLOCK_AFTER = re.compile(rf"{SP}\d{{1,2}}:\d{{2}}")
# What makes a year no event's (see NOT_EVENT_AFTER…): matched where the year's token ends, and
# where it starts (searched in the few characters before it).
NOT_EVENT_NEXT = re.compile(any_of(NOT_EVENT_AFTER))
# Searched in the few characters before a date: 到2025年, 力争2026年.
TARGET_BEFORE = re.compile(rf"(?:{any_of(TARGET_CUES)})$")
NOT_EVENT_PREVIOUS = re.compile(rf"(?:{any_of(NOT_EVENT_BEFORE)}){SP}$")
# Searched in the few characters before a year-less date: 将于11月29日召开.
FUTURE_PREVIOUS = re.compile(rf"(?:{any_of(FUTURE_CUES)})[^,。;\n]{{0,4}}$")
# 2013年度天水市人民政府质量奖: matched where the year's 年度 ends.
AWARD_YEAR_NEXT = re.compile(rf"[^,。;:、\n]{{0,24}}?(?<!颁){AWARD_NOUN}(?![{AWARD_NOUN_NOT}])")
