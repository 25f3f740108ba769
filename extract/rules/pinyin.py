"""Pinyin annotations some pages insert after characters: 質(zhì)量, and what is left of them when cut or mangled.

`extract.clean.normalize` removes them; each pattern opens with the bracket and looks behind it
for the hanzi, so the engine jumps from one bracket to the next instead of trying every position.
"""

from __future__ import annotations

import re

from extract.rules.common import HANZI_WIDE

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN_LETTERS = f"a-zü{TONED}"
TONE_MARK = re.compile(f"[{TONED}]")
# A parenthesised syllable right after a hanzi: 質(zhì). Toneless syllables only count in a
# page that has toned ones, so (a) or (ab) in prose survives.
PINYIN_TONED = re.compile(rf"\((?<=[{HANZI_WIDE}]\()(?=[{PINYIN_LETTERS}]*[{TONED}])[{PINYIN_LETTERS}]{{1,7}}\)")
PINYIN_ANY = re.compile(rf"\((?<=[{HANZI_WIDE}]\()[{PINYIN_LETTERS}]{{1,7}}\)")
# A bracket cut off by the end of the page or of a line: 質(zhì or 質(zh
PINYIN_CUT = re.compile(rf"\((?<=[{HANZI_WIDE}]\()[{PINYIN_LETTERS}]{{0,7}}$", re.MULTILINE)
# Mojibake ate the opening bracket: 績?nèi)
PINYIN_MANGLED = re.compile(rf"\?(?<=[{HANZI_WIDE}]\?)(?=[{PINYIN_LETTERS}]*[{TONED}])[{PINYIN_LETTERS}]{{1,7}}\)")
