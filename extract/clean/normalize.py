"""Text normal form: NFKC, inline pinyin removed, simplified script (OpenCC t2s)."""

from __future__ import annotations

import functools
import unicodedata

import numpy as np
import opencc

from extract.rules.common import HANZI_WIDE
from extract.rules.pinyin import PINYIN_ANY, PINYIN_CUT, PINYIN_MANGLED, PINYIN_TONED, TONE_MARK

# The ranges of the wide hanzi class ("\u3400-\u4dbf..."), as code points.
HAN_RANGES = tuple((ord(HANZI_WIDE[i]), ord(HANZI_WIDE[i + 2])) for i in range(0, len(HANZI_WIDE), 3))


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
