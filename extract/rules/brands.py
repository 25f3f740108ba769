"""Brand-title vocabulary (data only; the extractor compiles it)."""

from __future__ import annotations

# Brand-title categories (longest variants are preferred by the extractor).
BRAND_CORES = (
    "名牌产品",
    "名牌",
    "驰名商标",
    "著名商标",
    "知名商标",
    "地理标志保护产品",
    "地理标志产品",
    "地理标志商标",
    "老字号",
    "优质产品",
    "名优产品",
    "出口名牌",
    "世界名牌产品",
)
# Counter words of brand counts.
BRAND_UNITS = "个项件家"
