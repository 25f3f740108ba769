"""Award grammar: the words honours are named and counted with, and the name patterns built from them.

The award extractor (`extract.extractors.awards`) imports the finished patterns; the words
are grouped here so that a new verb, tier or organisation ending is one word added to its
group. The patterns of counts around a name are in `award_counts`. The patterns that need
the gazetteer are built on first use.
"""

from __future__ import annotations

import functools
import re

from extract.rules import places as gaz
from extract.rules.common import (
    CLOSING_QUOTES,
    EDITION,
    HAN,
    HANZI,
    NUMBER,
    OPENING_QUOTES,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    YEAR_DIGITS,
    YEAR_SPAN,
)
from extract.rules.compose import alternation, any_of, char_class, words

# --- word groups: names ------------------------------------------------------------------------
# An award's name is a field, an inner tier and 奖 (质量奖, 质量管理优秀奖, 质量金奖), after a
# role (市长, 政府, 主席) and a region, and may be followed by a tier (…质量奖提名奖, …奖组织奖).
QUALITY_FIELDS = words("质量 质量管理")
# Tiers written inside a name, before its 奖: 质量金奖, 质量管理优秀奖, 质量管理创新奖.
INNER_TIERS = words("金 银 铜 优秀 创新 卓越")
# Other heads of honour names: 中国标准创新贡献奖, 公务员优质服务奖励计划.
OTHER_CORES = words("标准创新贡献奖 质量奖励计划 优质服务奖励计划")
# Tiers named after the award they belong to (…质量奖组织奖), or alone after a verb (荣获组织奖):
# each is its own record; 正奖 is the award itself.
TIERS = words("提名奖 组织奖 个人奖 正奖 金奖 银奖 铜奖 鼓励奖 优胜奖 创新奖 卓越奖 优秀奖 特别奖")
MAIN_TIER = "正奖"
# Designations conferred on organisations that are counted like awards.
DESIGNATION_CORES = words("质量管理卓越企业 质量管理先进企业 质量先进单位 质量先进个人 标杆企业 标标企业 示范企业")
# The nomination tier: 中国质量奖提名奖 is its own row, of the same edition as the award.
NOMINATION = "提名奖"
# The tier of awards to individuals: 7个单位、1名个人荣获… gives …奖 7 and …奖个人奖 1.
PERSONS_TIER = "个人奖"
# What a head that lost it (政府质量(含提名奖)12家) gets back.
AWARD_WORD = "奖"
# The first edition, named without a number.
FIRST_EDITION = "首届"
# Level words standing for the page's own place (市长质量奖 → 大连市市长质量奖), and the roles
# after which the level word gives way to the place (市政府质量奖 → 大连市政府质量奖,
# 自治区主席质量奖 → 广西壮族自治区主席质量奖).
OWN_LEVELS = {"市": "city", "省": "province", "自治区": "province"}
OWN_ROLES = words("人民政府 政府 主席")
# A city's short name and this are its full name: 南通 → 南通市.
CITY_SUFFIX = "市"
# Words of a description standing before the name it describes: 最高质量奖——中国质量奖.
DESCRIPTION_WORDS = words("最高 顶级")

# --- word groups: verbs ------------------------------------------------------------------------
# Ways of saying "won": one group, for every reader that needs a verb (…获得, 斩获, 荣膺…).
WIN_VERBS = words(
    "荣获 获得 获评 获授 获颁 喜获 摘得 摘取 斩获 捧得 夺得 荣膺 问鼎 拿下 包揽 被评为 被授予 被认定为 入选 获"
)
# Verbs of a whole clause that say its subject won what was named before: 5家企业上榜, 获此殊荣.
WON_IT = words("获奖 获此殊荣 榜上有名 名列其中 位列其中 上榜")
# …and the verbs of the conferring side: 授予A、B…, 向A、B颁发….
CONFERRING = (*WIN_VERBS, *words("颁发 授予"))
# Words of an event that confers a designation (not a count of holders): 表彰, 命名, 认定.
CONFERRING_EVENT_WORDS = words("表彰 授予 命名 评为 评选 认定 公布 确定")
# Words that open a list of recipients: 授予A、B…, 向A、B…颁发, 确定了A、B….
LIST_OPENERS = words("授予 向 对 确定了 确定 共有 已经有 已有 先后有 评选 表彰了")
# The word that closes a list of recipients before its count: A、B等5家企业.
LIST_CLOSER = "等"
# The end of an organisation's name.
ORG_ENDS = words("有限责任公司 股份有限公司 有限公司 公司 集团 厂 研究院 研究所 院 所 中心 大学 学校 医院 银行")
ORG_ENDS += words("合作社 协会 大队 局 站 场 馆 店")
# Words after which a recipient's own name starts: …协会会长单位蒙娜丽莎集团, 金光集团旗下广西金桂.
APPOSITION_WORDS = words("旗下 会长单位 副会长单位 成员单位 下属")
# The ends of organisations' short names, which lists of winners often use: 瑞星机电, 西凤酒业, X塑业.
SHORT_ORG_ENDS = words("科技 机电 电子 电气 电器 电力 电缆 机械 重工 汽车 乳品 乳业 食品 药业 制药 医药 塑业 化工 材料")
SHORT_ORG_ENDS += words("实业 股份 控股 钢铁 特钢 建设 建工 纺织 酒业 茶业 家纺 光电 能源 环保 物流 水泥 智造")
# Words that are no organisation though they end like one: 现场 (现场颁发…), 市场.
NOT_ORGS = words("现场 市场 会场 广场 农场主")
# Who an award count counts: 16家企业, 5家单位, 10家豫企.
RECIPIENT_NOUNS = words("企业 单位 组织")
# A count of the others a subject won with (本公司与其他三家企业共同获得…: four recipients).
OTHERS_WORDS = words("其他 其余 另外")
WITH_WORDS = words("与 和 同")
# What is counted when projects win (a modifier may come before): 2项先进质量管理成果, 10项…模式.
RECIPIENT_THINGS = words("成果 模式 项目")
# The words a district's name ends with: 浦东新区质量创新奖, 青浦区政府质量奖.
DISTRICT_ENDS = words("新区 区 县 旗")
# Persons counted beside organisations: 1名个人, 2名同志, 16位个人.
PERSON_NOUNS = words("个人 同志")
# Teams counted beside them, whose count is no award's: 1个班组.
OTHER_RECIPIENT_NOUNS = words("班组")
# What a person's name follows in a list of winners: 董事长张海, 质量总工赵正云.
PERSON_TITLES = words("董事长 总经理 副总经理 总裁 副总裁 总工程师 总工 厂长 院长 局长 主任 书记 技师 高级技师 工程师")
# Words after which a count is a running total owned, not this event's recipients.
HOLDING_CUES = words("目前 截至 截止 累计 共有 共计 拥有 迄今 现有 总数 已有 至今 先后 以来 历届 历年")
# Cues of a total that, with an edition or year named (共有3家企业获得第三届…), count that edition's recipients.
WEAK_HOLDING_CUES = words("共有 共计")
# A quoted designation after these is held, not conferred now: 已获得“浙江制造”认证.
HELD = "已获得"
# Words that pin a count to one edition: 本届市长质量奖共评出获奖企业6家.
THIS_EDITION_WORDS = words("本届 该届 此次 这次 本次 今年 本年度 当年 新增 新获")
# Words before a later count that make it a rule or a plan, not winners: 每次不超过5家企业获奖, 将评选出5家.
LATER_NOT_WORDS = words("每 不超过 不多于 最多 原则上 将 拟 计划 预计")
# Titles that are not awards: a later count of them (12家企业获得中国名牌产品称号) is not the award's.
OTHER_TITLES = words("名牌 商标 称号 认证 标志 老字号 示范 先进 标杆 荣誉")
# Words after which a count is a goal.
TARGET_CUES = words("创建 培育 打造 争创 力争 目标 计划")
# Words that make a target word a record of what was done: 累计培育中国质量奖提名奖4个 (held).
DONE_WORDS = words("累计 已经 已 先后")
# Target words that reach over the whole sentence: 力争到2025年,全市…企业达到50家以上.
SENTENCE_TARGET_CUES = words("力争 目标")
# Verbs after a name that give it to the recipients listed next: …市长质量奖授予A公司、B公司.
GIVEN_TO = words("授予 颁给 颁发给 花落")
# Who applies or competes, not who wins: 共有30家企业报名参评, 234家单位激烈角逐, 5家企业“冲击”该奖项.
APPLYING = words("报名 申报 参评 参加 参选 提交 申请 角逐 竞逐 入围 冲击")
# Who is a candidate, not a winner: 45家企业申报市长质量奖, 拟授予…, 公示.
CANDIDATE_WORDS = (*APPLYING, *words("候选 推荐 提名名单 拟授予 公示"))
# Words that refer back to the award named last: 获得这一奖项, 获此殊荣.
ANAPHORA = words("这一奖项 这一殊荣 此殊荣 此项殊荣 该奖项 此奖 该奖 这一荣誉 此荣誉")
# Words that stand for the list the award's recipients are on: 33家苏州企业名列其中.
ON_THE_LIST = words("名列其中 榜上有名 位列其中")
# Scope words between a conferring verb and the award: 获评全省“中国质量奖”.
SCOPE_WORDS = words("全国 全省 全市 全区 本届 首批")
# The page's own place standing before a recipient's name: 我市云台山旅游发展有限公司.
OWN_PLACES = words("其中 我市 我省 我区 我县 本市 本省 全市 全省")
# Who receives an award when a later clause gives the count: 19个部门共获得…, 5家企业获奖.
LATER_RECIPIENTS = words("企业 单位 组织 部门 机构 集体")
# Verbs of a later clause that give this event's winners: 5家企业获奖, 最终评出6家.
LATER_WIN_VERBS = (*WON_IT, *WIN_VERBS)
SELECT_VERBS = words("评出 评选出 评定出 选出 产生 表彰")
# Counter words of award counts (prize money, in 万元, is never a count).
AWARD_UNITS = "家个名位项户"
# What a count of award categories is counted in, not winners: 设2个奖项, 两项大奖.
CATEGORY_NOUNS = words("奖项 大奖 类奖项 个层次 类别")
# The last words of quoted designations counted like awards: 100个“江苏精品”企业 (a brand
# title such as “中国名牌” is never an award).
QUOTED_WORDS = words("精品 制造")
# Words where an award's name cannot extend further back (创建…标杆企业, 新增…质量奖).
NAME_STOP_CHARS = "的了和与及等为是在对向将以获得授颁荣有被把让从由"
NAME_STOP_WORDS = words("创建 培育 打造 争创 新增 新获 表彰 评选 命名 入选 参加 举行 开展 公布 设立 组织 确定 取得")
NAME_STOP_WORDS += words("实施 推行 设置 评审 评选出 评出")
# jieba keeps these whole when it checks a recipient named without a company ending.
WHOLE_WORDS = words("市长质量奖 省长质量奖 政府质量奖 质量奖 提名奖 有限公司 股份有限公司 集团")
LIST_AND = words("和 及 与 以及")
# Characters a list of recipients never runs across, and the full stop of a sentence.
ORG_STOPS = '。;:,“”"《》\n'
FULL_STOP = "。"
# What closes a quotation that holds a whole award name: 「公务员优质服务奖励计划」.
QUOTE_ENDS = tuple(CLOSING_QUOTES)

# --- pieces of the patterns ----------------------------------------------------------------
_CATEGORY = r"\((?:组织|个人)类?\)"  # 中国质量奖(组织类), 太原市政府质量奖(个人)
_CORE = rf"(?:{any_of(OTHER_CORES)}|{any_of(QUALITY_FIELDS)}(?:{any_of(INNER_TIERS)})?奖(?!励))"
_TIER = any_of(TIERS)

# --- award names ---------------------------------------------------------------------------
# The head a name is found by: 质量奖, 质量管理优秀奖, 质量奖提名奖, “…质量管理奖”组织奖, 标杆企业,
# and 政府质量 before (含提名奖) or 12家.
HEAD = re.compile(
    rf"{_CORE}(?:{QUOTE_CLOSE}?(?P<tier>{_TIER}))?(?P<category>{_CATEGORY})?|(?P<desig>{any_of(DESIGNATION_CORES)})"
    rf"|(?P<trunc>(?:[省市]长|政府)质量)(?=\((?:含|包括)?提名奖?\)|\s*\d+\s*家)"
)
# 卓越奖、创新奖和提名奖: a generic name, or a list of them.
GENERIC = re.compile(rf"(?P<gen>(?:{_TIER})(?:[、和及与](?:{_TIER}))*)")
# 获得提名奖, 斩获组织奖, 、金奖, 10家提名奖, 和提名奖: a tier right after a verb, in a list, after a
# count or after 和 is a mention of its own.
_BEFORE_TIER = char_class(dict.fromkeys([*(verb[-1] for verb in WIN_VERBS), *"、,和及与", *AWARD_UNITS]))
GENERIC_AFTER_VERB = re.compile(rf"(?<={_BEFORE_TIER})(?:{_TIER})(?:[、和及与](?:{_TIER}))*")
# Where a name cannot extend further back: 16家 / punctuation / 的 / 创建 (…创建质量标杆企业).
NAME_STOP = re.compile(rf"\d+\s*[{AWARD_UNITS}]|[^{HANZI}\d〇—–\-]|[{NAME_STOP_CHARS}]|{alternation(NAME_STOP_WORDS)}")
# A role word before the head of a name without a region: 市长质量奖, 省政府质量奖, 自治区主席质量奖.
ROLE = re.compile(r"(?:(?:[市省区县]|自治区)?(?:长|(?:人民)?政府)|(?:自治区)?主席)$")
EDITION_RE = re.compile(EDITION)
YEAR_RE = re.compile(YEAR_SPAN)
# A year or edition just outside the name: 2014年度“周口市市长质量奖”, 2012年度获嘉兴市市长质量奖.
LEAD_IN = re.compile(rf"(?:{EDITION}|{YEAR_SPAN})+\s*(?:获得?|荣获|获评)?\s*{QUOTE_OPEN}?$")
# What a normalised name leaves out: 第六届, 2014年度, (组织类), the quotation marks inside it.
NAME_NOISE = re.compile(rf"{EDITION}|{YEAR_SPAN}|\((?:组织)类?\)|{QUOTE_CLOSE}|{QUOTE_OPEN}")
# A person category written in brackets is the persons' tier: 中国质量奖(个人类) → 中国质量奖个人奖.
PERSON_CATEGORY = re.compile(r"\(个人类?\)$")
# A tier at the end of a full name: …质量奖提名奖 → …质量奖 + 提名奖.
TIER_END = re.compile(rf"(?<=奖)(?:{_TIER})$")
# 河南省长质量奖 is 河南 + 省长质量奖: the place's own 省/市 was merged into the role word.
MERGED_ROLE = re.compile(rf"^(?P<place>{HAN}{{2,4}}?)(?P<role>[省市])(?P<rest>长质量(?:管理)?奖.*)$")
# 如皋市市长质量奖: a name opening with a (county-level) city.
COUNTY_CITY = re.compile(rf"^{HAN}{{2,4}}?市")
# A year opening the sentence dates the awards named in it: 2012年度,3家企业获得…; 2010年,有2户企业荣获….
OPENING_YEAR = re.compile(rf"\s*(?:截至|截止|到)?(?P<year>{YEAR_DIGITS})\s*年度?(?:底|末|初)?[,，]")
# Another year or a round-up between two mentions of one award: they are not the same edition.
OTHER_TIME = re.compile(rf"{YEAR_SPAN}|[今去明同上前]年|历[届年]|累计|目前|截至")
# A description set before the name it describes, by a dash or a colon: 最高质量奖——中国质量奖.
APPOSITION = re.compile(rf"\s*(?:——|—|:)\s*{QUOTE_OPEN}?")
DESCRIPTION = re.compile(alternation(DESCRIPTION_WORDS))


@functools.cache
def county_cities() -> tuple[str, ...]:
    """County-level cities by full name (如皋市, 海门市): award names open with them too."""
    names = {p.name for p in gaz.places().values() if p.level == "county" and p.name.endswith("市")}
    names |= {
        alias for alias, code in gaz.aliases().items() if alias.endswith("市") and gaz.places()[code].level == "county"
    }
    return tuple(sorted(names))


@functools.cache
def name_start() -> re.Pattern[str]:
    """Where a name starts: 第六届, 2014年度, 如皋市, 青岛市, 中国, 省, and a district (浦东新区)."""
    return re.compile(
        rf"{EDITION}|{YEAR_SPAN}|(?:{any_of(county_cities())})|(?:{gaz.region_prefix()})"
        rf"|{HAN}{{2,4}}?(?:{any_of(DISTRICT_ENDS)})"
    )


@functools.cache
def region_start() -> re.Pattern[str]:
    """The region an award's name opens with: 南通市市长质量奖 → 南通市."""
    return re.compile(gaz.region_prefix())


# --- what the words around a name say ---------------------------------------------------------
# A quotation is a name, whose words are no cues: 授予“创建‘1-2-3-4-5’…体系”等2项成果… (创建 is no goal here).
QUOTATION = re.compile(rf"{QUOTE_OPEN}[^{OPENING_QUOTES}{CLOSING_QUOTES}]*{QUOTE_CLOSE}")
HOLDING = re.compile(alternation(HOLDING_CUES))
TARGET = re.compile("".join(f"(?<!{word})" for word in DONE_WORDS) + f"(?:{alternation(TARGET_CUES)})")
THIS_EDITION = re.compile(alternation(THIS_EDITION_WORDS))
LATER_NOT = re.compile(alternation(LATER_NOT_WORDS))
OTHER_TITLE = re.compile(alternation(OTHER_TITLES))
CANDIDATE = re.compile(alternation(CANDIDATE_WORDS))
CONFERRING_EVENT = re.compile(alternation(CONFERRING_EVENT_WORDS))
CONFERRING_VERB = re.compile(alternation(CONFERRING))
# A selecting verb right before the name: 评选出主席质量奖4个 counts this event's winners.
SELECTED = re.compile(rf"(?:{alternation(SELECT_VERBS)})了?\s*$")
# Two awards counted together (…两项大奖,共计16家单位获奖): a later count is their sum.
SUMMED = re.compile(rf"(?:{NUMBER})\s*[项个类](?:{alternation(CATEGORY_NOUNS)})")
# What the right side skips before its count: …奖”的A、B等5家企业, …奖”称号的企业有6家.
AFTER_NAME = re.compile(rf"{QUOTE_CLOSE}?(?:荣誉称号|称号)?(?=的)|{QUOTE_CLOSE}?")
