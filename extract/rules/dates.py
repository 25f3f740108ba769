"""Date grammar: years, months, days, ranges, relative and anaphoric years, plan periods, and the date pattern.

`extract.extractors.dates` imports the finished pattern and resolves what it matches with the
tables here.
"""

from __future__ import annotations

import re

from extract.rules.common import CN_DIGIT, HANZI, YEAR_DIGITS
from extract.rules.compose import alternation, words

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
# Plausible years for bare four-digit numbers.
MIN_YEAR, MAX_YEAR = 1949, 2035
# Counter words after a bare number that make it a quantity, not a year.
COUNTERS = "亿万千百元家个项件人台吨米次名位所座条只户场批款种辆套枚股份多余平公斤克年月日号届期%"
# What joins the two ends of a range: 2011-2020年, 2011年至2015年, 28至29日.
RANGE_MARKS = "-—–~～至到"

# --- pieces ---------------------------------------------------------------------------------
# 2014, 二〇一四
YEAR = rf"(?:{YEAR_DIGITS}|[{CN_DIGIT}]{{4}})"
MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
DASH = rf"\s*[{RANGE_MARKS}]\s*"
PLAN = alternation(sorted(PLAN_PERIODS, key=len, reverse=True))
# Three-character plan names (十三五) may be followed by any subject: 十三五市场监管规划.
PLAN_CONTEXT = r"(?<=[一二三四]五)(?<=十[一二三四五]五)[^\d个届年次位名号条月日期]"
ANAPHOR = alternation(ANAPHORIC_YEARS)
RELATIVE = alternation(RELATIVE_YEARS)


def day_span(first: str, second: str) -> str:
    """A day, or a day range sharing one month: 28日, 28日至29日, 28至29日."""
    return rf"(?P<{first}>{DAY})(?:[日号](?:{DASH}(?P<{second}>{DAY})[日号])?|{DASH}(?P<{second}x>{DAY})[日号])"


# --- the date pattern -----------------------------------------------------------------------
# Its branches, tried in order; the extractor tells them apart by their group names.
DATE = re.compile(
    "|".join(
        [
            # 2013年8月至2016年8月, 2015年9月-2016年2月
            rf"(?P<ym1>{YEAR})年(?P<m1>{MONTH})月{DASH}(?P<ym2>{YEAR})年(?P<m2>{MONTH})月",
            # 2011-2020年, 2015—2016年度, 2011年至2015年
            rf"(?P<yr1>{YEAR})年?{DASH}(?P<yr2>{YEAR})年度?",
            # 2012年9月25日, 2014年4月, 2014年, and 4月28至29日 style day ranges
            rf"(?P<y>{YEAR})\s*年(?:度)?(?:\s*(?P<m>{MONTH})\s*月(?:份)?(?:\s*{day_span('d', 'd2')})?)?",
            # ISO-like 2014-09-16, 2014/9/16, 2014.9.16
            rf"(?<![\d.])(?P<iy>{YEAR_DIGITS})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?![\d])",
            # 同年12月, 次年3月5日, 当年
            rf"(?P<ana>{ANAPHOR})(?:(?P<am>{MONTH})月(?:(?P<ad>{DAY})[日号])?)?",
            # 今年, 去年5月
            rf"(?P<rel>{RELATIVE})(?:(?P<rm>{MONTH})月(?:(?P<rd>{DAY})[日号])?)?",
            # 12月, 4月28日, 4月28至29日 (year from context)
            rf"(?<![\d年])(?P<m0>1[0-2]|0?[1-9])月(?:{day_span('d0', 'd02')})?",
            # “十三五”, 十二五期间
            rf"(?<![第\d一二三四五六七八九十])(?P<plan>{PLAN})(?=[”\"’]|{alternation(PLAN_FOLLOWERS)}|{PLAN_CONTEXT})",
            # 2021青岛国际..., 2015“质量之光”: a bare year before a name
            rf"(?<![\d.,])(?P<bare>{YEAR_DIGITS})(?![\d.,%年])(?=[“\"《{HANZI}])",
        ]
    )
)
# A year stated later in a paragraph: …2021年度“质量月”.
YEAR_LATER = re.compile(rf"(?<!\d)({YEAR_DIGITS})年")
# 粤府〔2010〕84号: what follows a year inside a document number.
DOC_NUMBER_AFTER = re.compile(r"\s*[〕\])】]\s*\d+\s*号")
