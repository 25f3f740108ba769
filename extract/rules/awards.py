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
HOLDING_CUES = (
    "目前",
    "截至",
    "累计",
    "共有",
    "共计",
    "拥有",
    "迄今",
    "现有",
    "总数",
    "已有",
    "至今",
    "先后",
    "以来",
)
# Cues of a total that, with an edition or year named (共有3家企业获得第三届…), count that edition's recipients.
WEAK_HOLDING_CUES = ("共有", "共计")
# Words that pin a count to one edition: 本届市长质量奖共评出获奖企业6家.
THIS_EDITION = ("本届", "该届", "此次", "这次", "本次", "今年", "本年度", "当年", "新增", "新获")
# Words before a later count that make it a rule or a plan, not winners: 每次不超过5家企业获奖, 将评选出5家.
LATER_NOT = ("每", "不超过", "不多于", "最多", "原则上", "将", "拟", "计划", "预计")
# Titles that are not awards: a later count of them (12家企业获得中国名牌产品称号) is not the award's.
OTHER_TITLES = ("名牌", "商标", "称号", "认证", "标志", "老字号", "示范", "先进", "标杆", "荣誉")
# Words after which a count is a goal.
TARGET_CUES = ("创建", "培育", "打造", "争创", "力争", "目标", "计划")
# Target words that reach over the whole sentence: 力争到2025年,全市…企业达到50家以上.
SENTENCE_TARGET_CUES = ("力争", "目标")
# Words that refer back to the award named last: 获得这一奖项, 获此殊荣.
ANAPHORA = ("这一奖项", "这一殊荣", "此殊荣", "此项殊荣", "该奖项", "此奖", "该奖", "这一荣誉", "此荣誉")
# Words that refer back to the award named last when the recipients are named: A公司榜上有名.
NAMED_ANAPHORA = ("榜上有名", "名列其中", "位列其中", "获此殊荣", "获得这一奖项", "获得该奖项", "获得此项殊荣")
# Scope words between a conferring verb and the award: 获评全省“中国质量奖”.
SCOPE_WORDS = ("全国", "全省", "全市", "全区", "本届", "首批")
# The page's own place standing before a recipient's name: 我市云台山旅游发展有限公司.
OWN_PLACE = ("其中", "我市", "我省", "我区", "我县", "本市", "本省", "全市", "全省")
# Who receives an award when a later clause gives the count: 19个部门共获得…, 5家企业获奖.
LATER_RECIPIENTS = ("企业", "单位", "组织", "部门", "机构", "集体")
# Verbs of a later clause that give this event's winners: 5家企业获奖, 最终评出6家.
LATER_WIN_VERBS = ("获奖", "获得", "荣获", "获评", "获此殊荣")
SELECT_VERBS = ("评出", "评选出", "评定出", "产生")
# Counter words of award counts (prize money, in 万元, is never a count).
AWARD_UNITS = "家个名位项"
# Short generic names that stand for the award named just before (卓越奖、创新奖和提名奖).
GENERIC_AWARDS = ("卓越奖", "创新奖", "提名奖", "金奖", "银奖", "铜奖", "优秀奖", "特别奖")
