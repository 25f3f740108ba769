"""Date vocabulary: plan periods, relative-year words, words that mark a target."""

from __future__ import annotations

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
# Relative years, resolved against the publication date.
# (上年 is left out: in statistics it means the year before the one reported, not before publication.)
RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "来年": 1}
# Relative years resolved against the last year the text named.
ANAPHORIC_YEARS = {"同年": 0, "当年": 0, "是年": 0, "次年": 1, "翌年": 1, "第二年": 1, "上一年": -1}
# A year after these words is a goal, not an event.
TARGET_CUES = ("到", "至", "力争", "预计", "计划", "争取", "目标", "截至到")
# Plausible years for bare four-digit numbers.
MIN_YEAR, MAX_YEAR = 1949, 2035
# Counter words after a bare number that make it a quantity, not a year.
COUNTERS = "亿万千百元家个项件人台吨米次名位所座条只户场批款种辆套枚股份多余平公斤克年月日号届期%"
