"""Award grammar: the words honours are named and counted with, and the patterns built from them.

The award extractor (`extract.extractors.awards`) imports the finished patterns; the words
are grouped here so that a new verb, tier or organisation ending is one word added to its
group. The patterns that need the gazetteer are built on first use.
"""

from __future__ import annotations

import functools
import re

from extract.rules import places as gaz
from extract.rules.common import EDITION, HAN, HANZI, NUMBER, QUOTES, YEAR_DIGITS, YEAR_SPAN, count
from extract.rules.compose import alternation, any_of, words

# --- word groups --------------------------------------------------------------------------
# The heads of honour names: 大连市市长质量奖, 上海市质量金奖, 中国标准创新贡献奖.
AWARD_CORES = words("质量管理奖 质量金奖 质量奖 标准创新贡献奖 质量奖励计划 优质服务奖励计划")
# Designations conferred on organisations that are counted like awards.
DESIGNATION_CORES = words("质量管理卓越企业 质量管理先进企业 质量先进单位 质量先进个人 标杆企业 标标企业 示范企业")
# Short generic names that stand for the award named just before (卓越奖、创新奖和提名奖).
GENERIC_AWARDS = words("卓越奖 创新奖 提名奖 金奖 银奖 铜奖 优秀奖 特别奖")
# The nomination tier: 中国质量奖提名奖 is its own row, of the same edition as the award.
NOMINATION = "提名奖"
# What a head that lost it (政府质量(含提名奖)12家) gets back.
AWARD_WORD = "奖"
# The first edition, named without a number.
FIRST_EDITION = "首届"
# Level words standing for the page's own place, with the government word they may open
# (市长质量奖 → 大连市市长质量奖; 市政府质量奖 → 大连市政府质量奖, the level word giving way to the place).
OWN_LEVELS = {"市": "city", "省": "province"}
GOVERNMENT = "政府"
# A city's short name and this are its full name: 南通 → 南通市.
CITY_SUFFIX = "市"
# Verbs that confer an award on the organisations before them.
CONFER_VERBS = words("荣获 获得 获评 获授 被评为 被授予 入选 获")
# …and the verbs of the conferring side: 授予A、B…, 向A、B颁发….
CONFERRING = (*CONFER_VERBS, *words("颁发 授予"))
# Words of an event that confers a designation (not a count of holders): 表彰, 命名, 认定.
CONFERRING_EVENT_WORDS = words("表彰 授予 命名 评为 评选 认定 公布 确定")
# Words that open a list of recipients: 授予A、B…, 向A、B…颁发.
LIST_OPENERS = words("授予 向 对")
# The word that closes a list of recipients before its count: A、B等5家企业.
LIST_CLOSER = "等"
# The end of an organisation's name.
ORG_ENDS = words("有限责任公司 股份有限公司 有限公司 公司 集团 厂 研究院 研究所 院 所 中心 大学 学校 医院 银行")
ORG_ENDS += words("合作社 协会 大队 局 站 场 馆 店")
# Who an award count counts: 16家企业, 5家单位, 10家豫企.
RECIPIENT_NOUNS = words("企业 单位 组织")
# Words after which a count is a running total owned, not this event's recipients.
HOLDING_CUES = words("目前 截至 累计 共有 共计 拥有 迄今 现有 总数 已有 至今 先后 以来")
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
# Target words that reach over the whole sentence: 力争到2025年,全市…企业达到50家以上.
SENTENCE_TARGET_CUES = words("力争 目标")
# Who applies, not who wins: 共有30家企业报名参评.
APPLYING = words("报名 申报 参评 参加 提交 申请")
# Who is a candidate, not a winner: 45家企业申报市长质量奖, 拟授予…, 公示.
CANDIDATE_WORDS = words("候选 申报 参评 推荐 提名名单 拟授予 公示")
# Words that refer back to the award named last: 获得这一奖项, 获此殊荣.
ANAPHORA = words("这一奖项 这一殊荣 此殊荣 此项殊荣 该奖项 此奖 该奖 这一荣誉 此荣誉")
# Words that stand for the list the award's recipients are on: 33家苏州企业名列其中.
ON_THE_LIST = words("名列其中 榜上有名")
# Words that refer back to the award named last when the recipients are named: A公司榜上有名.
NAMED_ANAPHORA = words("榜上有名 名列其中 位列其中 获此殊荣 获得这一奖项 获得该奖项 获得此项殊荣")
# Scope words between a conferring verb and the award: 获评全省“中国质量奖”.
SCOPE_WORDS = words("全国 全省 全市 全区 本届 首批")
# The page's own place standing before a recipient's name: 我市云台山旅游发展有限公司.
OWN_PLACES = words("其中 我市 我省 我区 我县 本市 本省 全市 全省")
# Who receives an award when a later clause gives the count: 19个部门共获得…, 5家企业获奖.
LATER_RECIPIENTS = words("企业 单位 组织 部门 机构 集体")
# Verbs of a later clause that give this event's winners: 5家企业获奖, 最终评出6家.
LATER_WIN_VERBS = words("获奖 获得 荣获 获评 获此殊荣")
SELECT_VERBS = words("评出 评选出 评定出 产生")
# Counter words of award counts (prize money, in 万元, is never a count).
AWARD_UNITS = "家个名位项"
# The last words of quoted designations counted like awards: 100个“江苏精品”企业.
QUOTED_WORDS = words("精品 制造 品牌 名牌")
# Words where an award's name cannot extend further back (创建…标杆企业, 新增…质量奖).
NAME_STOP_CHARS = "的了和与及等为是在对向将以获授颁荣有被把让从由"
NAME_STOP_WORDS = words("创建 培育 打造 争创 新增 新获 表彰 评选 命名 入选 参加 举行 开展 公布 设立 组织 确定 取得")
NAME_STOP_WORDS += words("实施 推行 设置 评审")
# jieba keeps these whole when it checks a recipient named without a company ending.
WHOLE_WORDS = words("市长质量奖 省长质量奖 政府质量奖 质量奖 提名奖 有限公司 股份有限公司 集团")
LIST_AND = words("和 及 与 以及")
# Characters a list of recipients never runs across, and the full stop of a sentence.
ORG_STOPS = '。;:,“”"《》\n'
FULL_STOP = "。"
# What closes a quotation that holds a whole award name: 「公务员优质服务奖励计划」.
QUOTE_ENDS = tuple('”"」')

# --- pieces of the patterns ----------------------------------------------------------------
# A count of recipients: 16家, 近100余家, 20家以上.
COUNT = count(AWARD_UNITS)
# How far a count (近100余家, 1,250多个) reaches before the word after it, at most.
COUNT_REACH = 40
_RECIPIENT = rf"(?:{alternation(RECIPIENT_NOUNS)}|{HAN}?企)"  # 企业, 单位, 豫企
_ORG_END = alternation(sorted(ORG_ENDS, key=len, reverse=True))
_ORG = rf"(?:{_ORG_END})(?:\([^()]{{1,10}}\))?"  # …有限公司, …研究院(有限公司)
_VERBS = alternation(CONFERRING)
_QUOTE_OPEN = f"[{QUOTES}]"
_CATEGORY = r"\((?:组织|个人)类\)"  # 中国质量奖(组织类)

# --- award names ---------------------------------------------------------------------------
# The head a name is found by: 质量奖, 质量奖提名奖, 标杆企业, and 政府质量 before (含提名奖) or 12家.
HEAD = re.compile(
    rf"(?:{any_of(AWARD_CORES)})(?:{NOMINATION})?(?:{_CATEGORY})?|(?P<desig>{any_of(DESIGNATION_CORES)})"
    rf"|(?P<trunc>(?:[省市]长|政府)质量)(?=\((?:含|包括)?提名奖?\)|\s*\d+\s*家)"
)
_GENERIC = any_of(GENERIC_AWARDS)
# 卓越奖、创新奖和提名奖: a generic name, or a list of them.
GENERIC = re.compile(rf"(?P<gen>(?:{_GENERIC})(?:[、和及与](?:{_GENERIC}))*)")
# 获得提名奖, 、金奖: a generic name right after a verb or in a list is a mention of its own.
GENERIC_AFTER_VERB = re.compile(rf"(?<=[获得、,])(?:{_GENERIC})(?:[、和及与](?:{_GENERIC}))*")
# Where a name cannot extend further back: 16家 / punctuation / 的 / 创建 (…创建质量标杆企业).
NAME_STOP = re.compile(rf"\d+\s*[{AWARD_UNITS}]|[^{HANZI}\d〇—–\-]|[{NAME_STOP_CHARS}]|{alternation(NAME_STOP_WORDS)}")
# A role word before the head of a name without a region: 市长质量奖, 省政府质量奖.
ROLE = re.compile(r"(?:[市省区县]?(?:长|政府))$")
EDITION_RE = re.compile(EDITION)
YEAR_RE = re.compile(YEAR_SPAN)
# A year or edition just outside the name: 2014年度“周口市市长质量奖”, 2012年度获嘉兴市市长质量奖.
LEAD_IN = re.compile(rf"(?:{EDITION}|{YEAR_SPAN})+\s*(?:获得?|荣获|获评)?\s*{_QUOTE_OPEN}?$")
# What a normalised name leaves out: 第六届, 2014年度, (组织类).
NAME_NOISE = re.compile(rf"{EDITION}|{YEAR_SPAN}|{_CATEGORY}")
# 河南省长质量奖 is 河南 + 省长质量奖: the place's own 省/市 was merged into the role word.
MERGED_ROLE = re.compile(rf"^(?P<place>{HAN}{{2,4}}?)(?P<role>[省市])(?P<rest>长质量(?:管理)?奖.*)$")
# 如皋市市长质量奖: a name opening with a (county-level) city.
COUNTY_CITY = re.compile(rf"^{HAN}{{2,4}}?市")
# Another year or a round-up between two mentions of one award: they are not the same edition.
OTHER_TIME = re.compile(rf"{YEAR_SPAN}|[今去明同上前]年|历[届年]|累计|目前|截至")


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
    """Where a name starts: 第六届, 2014年度, 如皋市, 青岛市, 中国, 省."""
    return re.compile(rf"{EDITION}|{YEAR_SPAN}|(?:{any_of(county_cities())})|(?:{gaz.region_prefix()})")


@functools.cache
def region_start() -> re.Pattern[str]:
    """The region an award's name opens with: 南通市市长质量奖 → 南通市."""
    return re.compile(gaz.region_prefix())


# --- what the words around a name say ---------------------------------------------------------
HOLDING = re.compile(alternation(HOLDING_CUES))
TARGET = re.compile(alternation(TARGET_CUES))
THIS_EDITION = re.compile(alternation(THIS_EDITION_WORDS))
LATER_NOT = re.compile(alternation(LATER_NOT_WORDS))
OTHER_TITLE = re.compile(alternation(OTHER_TITLES))
CANDIDATE = re.compile(alternation(CANDIDATE_WORDS))
CONFERRING_EVENT = re.compile(alternation(CONFERRING_EVENT_WORDS))
CONFERRING_VERB = re.compile(_VERBS)

# --- counts around a name (the readers' patterns, in reading order) -------------------------
# Before the name: 16家企业获得…奖 / 5家企业2014年度“…奖”.
COUNT_BEFORE = re.compile(
    rf"{COUNT}{_RECIPIENT}?(?:和{HAN}{{2,4}})?(?:{NUMBER}[次项])?\s*(?:{alternation((*CONFERRING, '为'))})?了?"
    rf"\s*{YEAR_SPAN}?\s*{EDITION}?\s*{_QUOTE_OPEN}?$"
)
# Before the name: A公司、B公司荣获… / A、B等2家企业“…奖” (a list ending in organisations' names).
ORGS_BEFORE = re.compile(
    rf"(?P<orgs>[^。;:“”\"《》]*?{_ORG})(?:{LIST_CLOSER}{COUNT}{_RECIPIENT}?)?\s*(?:已经|已|均|分别|同时)?"
    rf"(?:{_VERBS})?了?(?:{alternation(SCOPE_WORDS)})?\s*{YEAR_SPAN}?\s*{EDITION}?\s*{_QUOTE_OPEN}?$"
)
# After the name: 获得…奖的A、B等6家企业 (the organisations may be named before the count).
OF_COUNT = re.compile(rf"^的(?:[^。;]{{0,120}}?{LIST_CLOSER})?{COUNT}{_RECIPIENT}")
# After the name: 获得市长质量奖的企业达到12家 (a total given after the recipients' noun).
OF_TOTAL = re.compile(
    rf"^的(?:获奖)?(?:{alternation(RECIPIENT_NOUNS)})(?:总数|数量)?(?:已经|已|共|累计)?"
    rf"(?:达到|达|增至|增加到|有|为|共)了?{COUNT}"
)
# After the name: …奖的企业分别是:A、B (the recipients listed).
LISTED_AS = re.compile(rf"^的(?:{alternation(RECIPIENT_NOUNS)})(?:分别)?(?:是|为|有)[:：](?P<orgs>[^。;\n]+)")
# After the name: …奖企业4家, …奖共评出获奖企业6家, …奖(含提名奖)12家.
COUNT_AFTER = re.compile(
    rf"^(?:\([^)]{{0,8}}\))?(?:(?:共|累计)?(?:{alternation(SELECT_VERBS)})了?)?(?:获奖)?{_RECIPIENT}?"
    rf"(?:共有|共|达到|达|有)?{COUNT}(?!{_RECIPIENT}?(?:{alternation(APPLYING)}))"
)
# After the name: 一、徐州市市长质量奖(5家企业) (a list heading that states its count).
COUNT_PAREN = re.compile(rf"^\((?:共|计|合计)?{COUNT}{_RECIPIENT}?\)")
# The rest of a heading line over numbered recipients: …奖获奖单位, …奖获奖企业名单.
LIST_HEADING_TAIL = re.compile(rf"(?:获奖)?(?:{alternation(RECIPIENT_NOUNS)})?(?:名单)?")
# A numbered line: 1.重庆青山工业有限责任公司, (2)金龙精密铜管集团股份有限公司.
NUMBERED = re.compile(r"^\s*(?:\d{1,3}\s*[.、]|\(\d{1,3}\))\s*(?=\S)")
# 鑫缘丝绸获得中国质量奖提名奖: one recipient named without a company ending (jieba checks it).
SUBJECT_VERB = re.compile(rf"(?P<subject>{HAN}{{3,12}}?)(?:荣获|获得|获评)")
# A later clause: …奖评审结果揭晓,5家企业获奖 / 19个部门共获得… (not 获得提名, 资格, 推荐).
LATER_COUNT = re.compile(
    rf"[,](?:[^,。;]{{0,12}}?)(?:共有|共|有)?{COUNT}(?:{alternation(LATER_RECIPIENTS)})?(?:和{NUMBER}名个人)?"
    rf"(?:共|先后|分别)?(?:{alternation(LATER_WIN_VERBS)})(?!提名(?!奖)|资格|推荐)"
)
# A later clause: …评审结束,最终评出6家.
LATER_SELECT = re.compile(rf"[,](?:[^,。;]{{0,8}}?)(?:{alternation(SELECT_VERBS)})了?{COUNT}")

# --- recipients -------------------------------------------------------------------------------
# 两家企业获此殊荣。这两家企业是:A、B / 3家企业获得…,分别是A、B和C: the recipients named right after the count.
FOLLOWING_LIST = re.compile(
    rf"[^。;\n]{{0,20}}[。;]\s*这(?:{NUMBER})?[家个名]?(?:{alternation(RECIPIENT_NOUNS)})(?:分别)?(?:是|为)[:：]"
    r"(?P<orgs>[^。;\n]+)|[,]\s*(?:分别|依次)(?:是|为)[:：]?(?P<orgs2>[^。;\n]+)"
)
# A list's items: A、B和C (和/及/与 only after an organisation's last character: 司, 团, 院…).
LIST_SPLIT = re.compile(
    rf"[、,]|(?<=[{''.join(dict.fromkeys(end[-1] for end in ORG_ENDS))}])(?:{alternation(LIST_AND)})"
)
# What comes before a list of recipients: 市政府决定授予 / 向.
LIST_OPENING = re.compile(rf"^.*?(?:{alternation(LIST_OPENERS)})")
# An item that ends like an organisation's name.
ORG = re.compile(rf"{_ORG}$")
# The page's own place before a recipient's name: 我市海天酱油股份有限公司.
OWN_PLACE = re.compile(rf"^(?:{alternation(OWN_PLACES)})+(?:有|的)?")

# --- whole-text patterns (scanned in windows around their cue words, see extract.text.gate) ---
# 19家企业获得这一奖项 / 33家苏州企业名列其中: a count of the award named last.
ANAPHORA_COUNT = re.compile(
    rf"{COUNT}{_RECIPIENT}?[^。;\n,]{{0,6}}?(?:(?:获得|荣获|获)(?:了)?(?:{alternation(ANAPHORA)})"
    rf"|{alternation(ON_THE_LIST)})"
)
ANAPHORA_CUES = (*ANAPHORA, *ON_THE_LIST)
ANAPHORA_REACH = COUNT_REACH + 12  # the count, its noun, 6 characters and 获得了
# 我市云台山旅游发展有限公司榜上有名: named recipients of the award named last.
NAMED_RECIPIENTS = re.compile(
    rf"(?P<orgs>[^{ORG_STOPS}]*?{_ORG})(?:也|均|都|同时|分别)?(?:{alternation(NAMED_ANAPHORA)})"
)
NAMED_REACH = 24  # and never across ORG_STOPS
# 100个“江苏精品”企业, 20家获得“苏州制造”品牌认证: quoted designations with a count.
QUOTED_COUNT = re.compile(
    rf"{COUNT}[^。;\n,“”]{{0,8}}?[“\"](?P<q>{HAN}{{2,6}}(?:{alternation(QUOTED_WORDS)}))[”\"]"
    r"(?:品牌认证|认证)?(?:企业)?"
)
QUOTED_CUES = tuple(f"{word}{quote}" for word in QUOTED_WORDS for quote in '”"')
QUOTED_REACH = (COUNT_REACH + 16, 6)  # back from the cue, ahead of it
# (历届)获奖名单 over lines such as 2012年:A、B、C (only where the heading ends is read: the
# pattern opens with its literal, which the regex engine finds fast, instead of an optional 历届).
YEAR_LIST_HEADING = re.compile(r"获奖(?:企业)?名单")
YEAR_LIST = re.compile(rf"^(?P<year>{YEAR_DIGITS})年度?\s*[:：]\s*(?P<orgs>.+)$")
