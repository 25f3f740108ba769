"""Pieces every part of the grammar shares, defined once: script ranges, numbers, years, editions, punctuation.

Regex sources (strings), to be composed into the patterns of the other rule modules; the
tables the number parser reads (`extract.text.numbers`) are here too.
"""

from __future__ import annotations

from extract.rules.compose import char_class

# --- script -------------------------------------------------------------------------------
# The CJK unified ideographs: the range of a class body ([{HANZI}]) and the class itself.
HANZI = "\u4e00-\u9fff"
HAN = f"[{HANZI}]"
# With extension A and the compatibility ideographs (pinyin annotations may follow any of them).
HANZI_WIDE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Hangul syllables: the pages of Korean-language outlets in China (延边) are written in them.
HANGUL = "\uac00-\ud7af"

# --- numbers ------------------------------------------------------------------------------
# Chinese digits and the units between them (十六, 二〇一四, 一百零五, 三万).
CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
CN_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_DIGIT = "零〇○一二两三四五六七八九"
CN_NUMERAL = f"[{CN_DIGIT}十百千万亿]+"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A number as it appears before a counter word: Arabic (with 万/亿) or Chinese.
NUMBER = rf"(?:{ARABIC}\s*[万亿]?|{CN_NUMERAL})"
# An Arabic number with a big unit, whole: 1.2万.
ARABIC_WITH_BIG_UNIT = r"\d+(?:\.\d+)?[万亿]"
# Words that make a count approximate: 近100家, 20余家, 50家以上.
APPROX_BEFORE = r"(?:近|约|超过|逾|超)"
APPROX_AFTER = r"(?:余|多|以上|左右)"


def count(units: str, after: str = "以上") -> str:
    """A count with its counter word: 近100余家, 1,250多个, 二十家以上.

    Groups: before (近…), n (the number), after (余…), unit, after2 (`after`: 以上…).
    """
    return (
        rf"(?P<before>{APPROX_BEFORE})?(?P<n>{NUMBER})(?P<after>{APPROX_AFTER})?\s*"
        rf"(?P<unit>{char_class(units)})(?P<after2>{after})?"
    )


# --- years and editions -------------------------------------------------------------------
YEAR_DIGITS = r"(?:19|20)\d{2}"
# 2014年, 2015—2016年度: a year or a range of years, as it opens an award's name.
YEAR_SPAN = rf"(?:{YEAR_DIGITS}(?:\s*[—–-]\s*{YEAR_DIGITS})?\s*年度?)"
# 第六届, 首届.
EDITION = r"(?:第[一二三四五六七八九十\d]{1,3}届|首届)"

# --- punctuation --------------------------------------------------------------------------
# Where a sentence and a clause end (text is NFKC: ASCII commas, colons, question marks).
SENTENCE_ENDS = "。;!?\n"
CLAUSE_ENDS = ",。;!?\n:"
# Where a too-long line may be broken, in raw text before NFKC (full-width marks included).
RAW_SENTENCE_ENDS = "。！？!?；;"
# A line holding one of these reads as running text, not as a label or headline.
RUNNING_TEXT_MARKS = ("。", ",")
# The full stop, and the enumeration comma of lists (武汉市、绍兴市).
FULL_STOP = "。"
LIST_COMMA = "、"

# --- quotation marks of every kind -----------------------------------------------------------
# Opening and closing marks: “” "" 「」 and the corner marks 『』 that traditional pages keep.
OPENING_QUOTES = '“"「『'
CLOSING_QUOTES = '”"」』'
# What closes a quotation of any kind (or the sentence it was in).
ANY_CLOSER = rf"[{CLOSING_QUOTES}。,;]"
# One opening or one closing mark, as a character class.
QUOTE_OPEN = f"[{OPENING_QUOTES}]"
QUOTE_CLOSE = f"[{CLOSING_QUOTES}]"
