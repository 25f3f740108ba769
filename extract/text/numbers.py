"""Numbers as written in Chinese news: 16, 1,250, 十六, 二十余, 二〇一四, 3万, 1.2万."""

from __future__ import annotations

import re

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_DIGIT = "零〇○一二两三四五六七八九"
CN_NUMERAL = f"[{CN_DIGIT}十百千万亿]+"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A number as it appears before a counter word: Arabic (with 万/亿) or Chinese.
NUMBER = rf"(?:{ARABIC}\s*[万亿]?|{CN_NUMERAL})"
APPROX_AFTER = r"(?:余|多|以上|左右)"
APPROX_BEFORE = r"(?:近|约|超过|逾|超)"


def parse_chinese(text: str) -> int | None:
    """十六 → 16, 二十 → 20, 一百零五 → 105, 三万 → 30000; None if malformed."""
    if not text:
        return None
    if all(ch in DIGITS for ch in text):  # digit by digit: 二〇一四
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            section += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        elif ch in BIG_UNITS:
            total += (section + (digit or 0)) * BIG_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def parse_number(text: str) -> int | None:
    """Any supported form to an int (fractions of 万 rounded): 1.2万 → 12000."""
    text = text.strip().replace(",", "").replace(" ", "")
    if not text:
        return None
    multiplier = 1
    if text[-1] in BIG_UNITS and re.fullmatch(r"\d+(?:\.\d+)?[万亿]", text):
        multiplier, text = BIG_UNITS[text[-1]], text[:-1]
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        value = float(text) * multiplier
        return round(value)
    return parse_chinese(text)
