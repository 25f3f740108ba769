"""Text normal form: NFKC, inline pinyin removed, simplified script (OpenCC t2s)."""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np
import opencc

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN_LETTERS = f"a-zü{TONED}"
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A parenthesised pinyin syllable right after a hanzi: 質(zhì). Toneless syllables
# only count in a page that has toned ones, so (a) or (ab) in prose survives.
# (Each opens with the bracket and looks behind it for the hanzi, so the engine can jump from
# one bracket to the next instead of trying every position.)
PINYIN_TONED = re.compile(rf"\((?<=[{HAN}]\()(?=[{PINYIN_LETTERS}]*[{TONED}])[{PINYIN_LETTERS}]{{1,7}}\)")
PINYIN_ANY = re.compile(rf"\((?<=[{HAN}]\()[{PINYIN_LETTERS}]{{1,7}}\)")
# A bracket cut off by the end of the page or of a line: 質(zhì or 質(zh
PINYIN_CUT = re.compile(rf"\((?<=[{HAN}]\()[{PINYIN_LETTERS}]{{0,7}}$", re.MULTILINE)
# Mojibake ate the opening bracket: 績?nèi)
PINYIN_MANGLED = re.compile(rf"\?(?<=[{HAN}]\?)(?=[{PINYIN_LETTERS}]*[{TONED}])[{PINYIN_LETTERS}]{{1,7}}\)")
TONE_MARK = re.compile(f"[{TONED}]")
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # the ranges of HAN above


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


def strip_pinyin(text: str) -> str:
    """Remove pinyin annotations inserted after characters, including a cut-off last one."""
    if "(" not in text and ")" not in text:
        return text
    if TONE_MARK.search(text):
        text = PINYIN_MANGLED.sub("", PINYIN_ANY.sub("", text))
        return PINYIN_CUT.sub("", text)
    return PINYIN_TONED.sub("", text)


def to_simplified(text: str) -> str:
    """Traditional to simplified script with OpenCC's C++ converter."""
    return _converter().convert(text)


def normalize(text: str) -> str:
    """The normal form of SPEC: NFKC, no inline pinyin, simplified script."""
    return to_simplified(strip_pinyin(unicodedata.normalize("NFKC", text)))


def _code_points(text: str) -> np.ndarray:
    """The text's code points as an array (a lone surrogate as its own value)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")


def detect_script(original: str, simplified: str) -> str:
    """simplified / traditional / mixed, from how many hanzi OpenCC changed."""
    if original == simplified:
        return "simplified"
    if len(original) != len(simplified):
        return "mixed"
    before, after = _code_points(original), _code_points(simplified)
    changed = int(np.count_nonzero(before != after))
    if changed == 0:
        return "simplified"
    han = int(sum(np.count_nonzero((before >= low) & (before <= high)) for low, high in HAN_RANGES))
    # In traditional text roughly one hanzi in five differs from its simplified form.
    return "traditional" if changed >= 0.12 * han else "mixed"
