"""Panel vocabulary: brand-title classes, the nomination tier of an award, and what makes a page an official source."""

from __future__ import annotations

from extract.rules.compose import words

# Brand-title classes by the words of a category (the first class whose word is in it wins);
# the class names are the panel's ASCII column stems.
BRAND_CLASSES = (
    ("geo", words("地理标志")),  # 地理标志 (保护) 产品, 地理标志商标
    ("heritage", words("老字号")),  # 中华老字号, 四川老字号
    ("wellknown_tm", words("驰名商标")),  # 中国驰名商标
    ("famous_tm", words("著名商标")),  # provincial 著名商标
    ("known_tm", words("知名商标")),  # municipal 知名商标
    ("famous", words("名牌")),  # 中国名牌产品, 辽宁名牌, 大连名牌, 出口名牌
    ("quality", words("优质产品 名优产品")),
)
# Words that make an award a nomination (the lower tier): 市长质量奖提名奖.
NOMINATION = words("提名奖 提名")
# Words removed from a brand category before the same fact is recognised across pages: 中国名牌产品 = 中国名牌.
CATEGORY_NOISE = words("产品")
# An outlet or title that makes a page an official source (a government body or its notice),
# preferred over reposts when two stories disagree on a count.
OFFICIAL_OUTLETS = words(
    "人民政府 政府 市场监督管理局 市场监管局 质量技术监督局 质监局 质检总局 市场监管总局 办公厅 办公室"
)
OFFICIAL_TITLES = words("决定 通报 通知 公告 公示 意见")
# A city's full name ends so: 大连 → 大连市 when a record gives the short name.
CITY_SUFFIX = "市"
