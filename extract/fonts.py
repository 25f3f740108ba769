"""The CJK font shipped with the package, for plots (matplotlib) and later the HTML report.

`extract/assets/fonts/QualityCitySansSC-Regular.otf` is a subset of Noto Sans SC (SIL Open Font
License 1.1, licence beside it in OFL.txt; rebuilt by scripts/build_font.py): the 6,763 hanzi of
GB 2312, ASCII, CJK punctuation and full-width forms, so Chinese labels render on a machine with
no CJK system font. The report can embed the same file (`FONT_PATH`) as a base64 @font-face.
"""

from __future__ import annotations

from pathlib import Path

FONT_PATH = Path(__file__).resolve().parent / "assets" / "fonts" / "QualityCitySansSC-Regular.otf"
FONT_FAMILY = "QualityCity Sans SC"


def use_cjk_font() -> str:
    """Register the shipped font with matplotlib and make it the default sans-serif; return its family name."""
    from matplotlib import font_manager, rcParams

    if FONT_FAMILY not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(FONT_PATH))
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [FONT_FAMILY, "DejaVu Sans"]
    rcParams["axes.unicode_minus"] = False  # the ASCII hyphen-minus: every font has it
    return FONT_FAMILY
