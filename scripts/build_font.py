"""Build the CJK font the plots and the report use: a subset of Noto Sans SC (SIL OFL 1.1), renamed.

    pip download --no-deps -d /tmp/font pylopdf-fonts-zh-cn==0.1.1   # ships NotoSansSC-Regular.otf (OFL)
    python -m zipfile -e /tmp/font/pylopdf_fonts_zh_cn-0.1.1-py3-none-any.whl /tmp/font/x
    python scripts/build_font.py /tmp/font/x/pylopdf_fonts_zh_cn/NotoSansSC-Regular.otf

Keeps the 6,763 hanzi of GB 2312 with its symbols, ASCII, CJK punctuation and full-width forms
(about 1.5 MB instead of 8 MB), drops hinting and layout features, and renames the family to
"QualityCity Sans SC": the OFL lets a subset be redistributed with the licence, under a name that
is not a Reserved Font Name. Writes extract/assets/fonts/QualityCitySansSC-Regular.otf.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extract" / "assets" / "fonts" / "QualityCitySansSC-Regular.otf"
FAMILY = "QualityCity Sans SC"
POSTSCRIPT = "QualityCitySansSC-Regular"
EXTRA = "—–…‘’“”·•°±×÷→←↑↓《》〈〉「」『』【】〔〕"


def characters() -> str:
    """GB 2312 (symbols and hanzi), ASCII, CJK punctuation, full-width forms."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    chars |= {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0x3000, 0x3040)}
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)} | set(EXTRA)
    return "".join(sorted(chars))


def build(source: Path, out: Path) -> None:
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters())
    subsetter.subset(font)
    names = font["name"]
    for record in names.names:
        if record.nameID in (1, 4, 16):
            record.string = FAMILY if record.nameID != 4 else f"{FAMILY} Regular"
        elif record.nameID in (3, 6):
            record.string = POSTSCRIPT
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT]
    cff.topDictIndex[0].FullName = f"{FAMILY} Regular"
    cff.topDictIndex[0].FamilyName = FAMILY
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="NotoSansSC-Regular.otf")
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()
    build(args.source, args.output)
    print(f"{args.output}: {args.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
