"""Brand-title vocabulary (data only; the extractor compiles it)."""

from __future__ import annotations

# The heads of brand-title categories; a region or 中国/国家 before them is part of the name.
BRAND_CORES = (
    "世界名牌产品",
    "名牌产品",
    "名牌服务",
    "名牌区域",
    "名牌企业",
    "出口名牌",
    "名牌",
    "驰名商标",
    "著名商标",
    "知名商标",
    "地理标志保护产品",
    "地理标志产品",
    "地理标志商标",
    "地理标志证明商标",
    "地理标志集体商标",
    "地理标志",
    "老字号",
    "优质产品",
    "名优产品",
)
# Counter words of brand counts.
BRAND_UNITS = "个项件家"
# Verbs that make the things counted before them brand titles: 75个商标被认定为著名商标.
CONFER_VERBS = ("被认定为", "认定为", "被评为", "评为", "荣获", "获得", "获", "成为", "为", "列入")
# Between a category and its count: 驰名商标拥有量达到26件, 湖北名牌产品达1094个.
QUANTITY_VERBS = (
    "总数达到",
    "总数达",
    "总量达到",
    "拥有量达到",
    "拥有量达",
    "达到",
    "增至",
    "达",
    "共有",
    "有",
    "共",
    "新认定",
    "认定",
    "新增",
    "总计",
    "合计",
    "为",
)
# Words that make a count after another count of the same category a running total: 总数达到12个.
TOTAL_NOUNS = ("总数", "总量", "累计", "共计", "合计", "拥有量")
# What the counted things are, when the count comes first: 141项产品, 20家单位.
COUNTED_NOUNS = ("企业", "单位", "产品", "商标", "服务", "区域", "品牌")
# A comparison that repeats the category for other places: 超过武汉的6件、宜昌的5件.
COMPARISON_CUES = ("超过", "高于", "多于", "领先于", "领先")
# Words before a count that make it a goal or a candidate, not titles held.
NOT_HELD = ("申报", "候选", "推荐", "要达到", "力争", "目标", "争创", "确保", "计划")
