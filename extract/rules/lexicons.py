"""Domain vocabulary for programmes, awards and brands (data only; extractors compile it)."""

from __future__ import annotations

# Words that make a 《document》 or a “quoted name” a quality/brand/standards programme.
DOMAIN_WORDS = (
    "质量",
    "品质",
    "品牌",
    "名牌",
    "标准",
    "商标",
    "质量奖",
    "诚信",
    "信用",
    "强市",
    "强省",
    "强国",
    "兴市",
    "立市",
    "精品",
    "标杆",
    "卓越",
    "计量",
    "认证",
    "检验",
    "地理标志",
    "老字号",
    "制造",
)
# Programme nouns (SPEC): a name ending in one of these is a programme.
PROGRAM_NOUNS = (
    "战略",
    "行动",
    "活动",
    "工程",
    "计划",
    "规划",
    "方案",
    "纲要",
    "意见",
    "办法",
    "示范城市",
    "示范区",
)
# Well-known programmes named without quotes: name → (kind, level or None = from context).
KNOWN_PROGRAMS: dict[str, tuple[str, str | None]] = {
    "全国质量强市示范城市": ("designation", "national"),
    "质量强国标杆城市": ("designation", "national"),
    "全国知名品牌创建示范区": ("designation", "national"),
    "国家地理标志产品保护": ("designation", "national"),
    "质量强国": ("strategy", "national"),
    "质量强国战略": ("strategy", "national"),
    "质量强省": ("strategy", "provincial"),
    "质量兴省": ("strategy", "provincial"),
    "质量强市": ("strategy", "municipal"),
    "质量兴市": ("strategy", "municipal"),
    "质量立市": ("strategy", "municipal"),
    "品牌强市": ("strategy", "municipal"),
    "品质立市": ("concept", "municipal"),
    "名牌战略": ("strategy", None),
    "品牌战略": ("strategy", None),
    "商标品牌战略": ("strategy", None),
    "品牌带动战略": ("strategy", None),
    "品牌引领战略": ("strategy", None),
    "国家品牌战略": ("strategy", "national"),
    "技术标准战略": ("strategy", None),
    "标准化战略": ("strategy", None),
    "质量与品牌战略": ("strategy", None),
    "质量提升行动": ("campaign", None),
    "质量月": ("campaign", "national"),
    "品质月": ("campaign", "national"),
    "中国品牌日": ("campaign", "national"),
    "质量万里行": ("campaign", "national"),
    "消费者权益保护日": ("campaign", "national"),
}
# Kind of a programme from the end of its name.
KIND_BY_ENDING: list[tuple[str, str]] = [
    ("示范城市", "designation"),
    ("示范区", "designation"),
    ("标杆城市", "designation"),
    ("城市", "designation"),
    ("战略", "strategy"),
    ("强市", "strategy"),
    ("强省", "strategy"),
    ("强国", "strategy"),
    ("兴市", "strategy"),
    ("立市", "strategy"),
    ("行动", "campaign"),
    ("活动", "campaign"),
    ("工程", "campaign"),
    ("月", "campaign"),
    ("日", "campaign"),
    ("行", "campaign"),
    ("计划", "campaign"),
    ("规划", "document"),
    ("方案", "document"),
    ("纲要", "document"),
    ("意见", "document"),
    ("办法", "document"),
    ("通知", "document"),
    ("决定", "document"),
    ("公告", "document"),
    ("白皮书", "document"),
    ("函", "document"),
]
# Words that are quoted but are not programmes (SPEC: slogans, nicknames, lists).
NOT_PROGRAMS = frozenset({"黑名单", "红名单", "头雁", "国字"})

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
# Counter words of brand and award counts.
BRAND_UNITS = "个项件家"
AWARD_UNITS = "家个名位项"
# Organisations that receive awards.
RECIPIENT_NOUNS = ("企业", "单位", "组织", "公司", "集团")
