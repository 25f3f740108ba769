"""Numbers as written in Chinese news: 16, 1,250, 十六, 二十余, 二〇一四, 3万, 1.2万."""

from __future__ import annotations

import re

from extract.rules.common import ARABIC_WITH_BIG_UNIT, CN_BIG_UNITS, CN_DIGITS, CN_UNITS

WITH_BIG_UNIT = re.compile(ARABIC_WITH_BIG_UNIT)
DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def parse_chinese(text: str) -> int | None:
    """十六 → 16, 二十 → 20, 一百零五 → 105, 三万 → 30000; None if malformed."""
    if not text:
        return None
    if all(ch in CN_DIGITS for ch in text):  # digit by digit: 二〇一四
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        elif ch in CN_BIG_UNITS:
            total += (section + (digit or 0)) * CN_BIG_UNITS[ch]
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
    if text[-1] in CN_BIG_UNITS and WITH_BIG_UNIT.fullmatch(text):
        multiplier, text = CN_BIG_UNITS[text[-1]], text[:-1]
    if DECIMAL.fullmatch(text):
        value = float(text) * multiplier
        return round(value)
    return parse_chinese(text)
