"""Award vocabulary (data only; the extractor compiles it)."""

from __future__ import annotations

# The heads of honour names: 大连市市长质量奖, 上海市质量金奖, 中国标准创新贡献奖.
AWARD_CORES = (
    "质量管理奖",
    "质量金奖",
    "质量奖",
    "标准创新贡献奖",
    "质量奖励计划",
    "优质服务奖励计划",
)
# Designations conferred on organisations that are counted like awards.
DESIGNATION_CORES = (
    "质量管理卓越企业",
    "质量管理先进企业",
    "质量先进单位",
    "质量先进个人",
    "标杆企业",
    "标标企业",
    "示范企业",
)
# Verbs that confer an award on the organisations before them.
CONFER_VERBS = ("荣获", "获得", "获评", "获授", "被评为", "被授予", "入选", "获")
# Words that open a list of recipients: 授予A、B…, 向A、B…颁发.
LIST_OPENERS = ("授予", "向", "对")
# The end of an organisation's name.
ORG_ENDS = (
    "有限责任公司",
    "股份有限公司",
    "有限公司",
    "公司",
    "集团",
    "厂",
    "研究院",
    "研究所",
    "院",
    "所",
    "中心",
    "大学",
    "学校",
    "医院",
    "银行",
    "合作社",
    "协会",
    "大队",
    "局",
    "站",
    "场",
    "馆",
    "店",
)
# Words after which a count is a running total owned, not this event's recipients.
HOLDING_CUES = ("目前", "截至", "累计", "共有", "共计", "拥有", "迄今", "现有", "总数", "已有", "至今")
# Words after which a count is a goal.
TARGET_CUES = ("创建", "培育", "打造", "争创", "力争", "目标", "计划")
# Words that refer back to the award named last: 获得这一奖项, 获此殊荣.
ANAPHORA = ("这一奖项", "这一殊荣", "此殊荣", "此项殊荣", "该奖项", "此奖", "该奖", "这一荣誉", "此荣誉")
# Counter words of award counts (prize money, in 万元, is never a count).
AWARD_UNITS = "家个名位项"
# Short generic names that stand for the award named just before (卓越奖、创新奖和提名奖).
GENERIC_AWARDS = ("卓越奖", "创新奖", "提名奖", "金奖", "银奖", "铜奖", "优秀奖", "特别奖")
