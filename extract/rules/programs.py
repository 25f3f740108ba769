"""Programme grammar: the words programmes are named with, and the patterns that find their names.

`extract.extractors.programs` imports the finished patterns. Which quoted names and 《titles》
count is weighed by `program_quotes`; the level a name implies by `program_levels`.
"""

from __future__ import annotations

import re

from extract.rules.common import CLOSING_QUOTES, HANZI, OPENING_QUOTES, YEAR_DIGITS
from extract.rules.compose import alternation, any_of, words
from extract.rules.places import PROVINCE_ABBREVIATIONS

# --- word groups ----------------------------------------------------------------------------
# Words that make a 《document》 or a “quoted name” a quality/brand/standards/credit/award programme
# (强市, 强省… are not among them: 工业强市 and 科教强省 are other policies; see the strategy class).
DOMAIN_WORDS = words("质量 品质 品牌 名牌 标准 商标 诚信 信用 精品 标杆 卓越 计量 认证 检验 地理标志 老字号")
DOMAIN_WORDS += words("制造 优质")
# Programme nouns (SPEC): a name ending in one of these is a programme.
PROGRAM_NOUNS = words("战略 行动 活动 工程 计划 规划 方案 纲要 意见 办法 示范城市 示范区 示范市")
# Nouns a programme's name is read back from when it has no quotes or 《》, longest first where one
# ends another: documents, strategies and actions. 活动 and the designations have rules of their own.
READ_BACK_NOUNS = words("实施方案 实施意见 实施办法 实施细则 管理办法 工作方案 行动方案 行动计划")
READ_BACK_NOUNS += words("规划 方案 纲要 意见 办法 计划 战略 行动")
# A read-back noun that is the start of another word is no noun there: 计划每年 (plans to),
# 进行动员 (进行 + 动员), 战略性, 规划局.
NOT_AFTER_NOUN = {
    "计划": words("每年 每 于 在 到 将 拟 从 今年 明年 年内 投资 总投资 新增 达到 完成 争取 力争 用 再"),
    "行动": tuple("员态力能作物机画漫车向脉"),
    "战略": words("性 合作 伙伴 投资 新兴"),
    "规划": words("局 院 馆 师 设计 许可 建设 和自然"),
    "意见": words("建议 反馈 箱 领袖"),
    "工程": words("质量 建设 施工 项目 技术 监理 造价 师 款 机械 领域 类 咨询 验收"),
}
# Read-back names ending in these swallow the sentence around them when long.
SWALLOWING_NOUNS = words("战略 行动")
# The noun two mentions of one strategy may differ by: 质量强市 and 质量强市战略.
STRATEGY_NOUN = "战略"
# Designation nouns read back only with a level word (国家, 省级…) and a domain word in the name:
# 国家茶叶综合标准化示范区, 3个国家级农业标准化示范区; 工程 with a domain word opening it (品牌带动工程).
DESIGNATION_NOUNS = words("示范城市 示范区 示范市 示范县")
WORKS_NOUN = "工程"
# 活动 is read back only when its name has a proper part (百城质量提升活动), not a generic one.
ACTIVITY_NOUN = "活动"
# After a list of quoted names: “质量月”、“质量万里行”等活动; and the title a name may be: “…”称号.
ETC = "等"
TITLE = "称号"
# Words between a quoted name and the programme noun after it: “最受欢迎的…品牌”评选活动.
NOUN_QUALIFIERS = words("评选 展示 宣传 推广 系列 专项 创建 争创 联合 集中 培育 认定 示范")
# The strategy class: a domain head, a verb, and what is made strong (质量强市, 品牌兴县, 质量强桂).
STRATEGY_HEADS = words("质量 品质 品牌 名牌 标准 商标 诚信 信用")
STRATEGY_VERBS = "强兴立"
# What follows the verb: a level word, a sector, or a province's one-character name (桂, 苏…);
# the first character of a city the page names (质量强梧 on a 梧州 page) is read in the extractor.
STRATEGY_LEVEL_CHARS = "国省市县区州旗镇盟"
STRATEGY_OBJECTS = STRATEGY_LEVEL_CHARS + "企业链农商基" + PROVINCE_ABBREVIATIONS
# Characters that make the object part of a longer word: 强省会, 兴市场, 强国际.
NOT_AFTER_STRATEGY = "会场际域长委内外"
# Known programmes named without quotes: name → kind.
KNOWN_PROGRAMS = dict.fromkeys(words("全国知名品牌创建示范区 国家地理标志产品保护 质量强国标杆城市"), "designation")
KNOWN_PROGRAMS |= dict.fromkeys(
    words("国家品牌战略 名牌战略 品牌战略 商标品牌战略 品牌带动战略 品牌引领战略"), "strategy"
)
KNOWN_PROGRAMS |= dict.fromkeys(
    words("技术标准战略 标准化战略 质量与品牌战略 商标战略 精品名牌战略 以质取胜战略"), "strategy"
)
KNOWN_PROGRAMS |= dict.fromkeys(words("质量提升行动 质量月 品质月 中国品牌日 质量万里行 消费者权益保护日"), "campaign")
# The designation of the strategy class: (全国)质量强市示范城市, written 品质强市… on Taiwan-phrased pages.
STRATEGY_DESIGNATIONS = words("示范城市 示范市 示范县 标杆城市")
NATIONAL_PREFIX = "全国"
# National words two mentions of one programme may differ by: 中国名牌战略 and 名牌战略.
NATIONAL_KEY_PREFIXES = words("全国 中国")
# Kind of a programme from the end of its name, tried in order.
KIND_BY_ENDING = [
    *((ending, "designation") for ending in words("示范城市 示范区 示范市 示范县 标杆城市 城市")),
    *((ending, "strategy") for ending in ("战略", *(v + o for v in STRATEGY_VERBS for o in STRATEGY_LEVEL_CHARS))),
    *((ending, "campaign") for ending in words("行动 活动 工程 月 日 行 计划")),
    *((ending, "document") for ending in words("规划 方案 纲要 意见 办法 通知 决定 公告 白皮书 函 细则")),
]
# Deictic words right before a read-back name make it generic: 制定好本地区质量发展规划.
DEICTIC_STOPS = words("本地区 各地 各级 本单位 本部门 本行业 各县 各区 各行业")
# The kinds' endings as one pattern, a group per kind, tried in that order.
KIND_ENDING = re.compile(
    "|".join(
        f"(?P<{kind}>{alternation(e for e, k in KIND_BY_ENDING if k == kind)})$"
        for kind in dict.fromkeys(k for _, k in KIND_BY_ENDING)
    )
)
# Verbs, particles and scope words where a programme name read back from its noun cannot extend further.
NAME_STOPS = words("开展 实施 推进 制定 出台 印发 发布 落实 贯彻 启动 深入 加快 推动 实现 建设 加强 围绕")
NAME_STOPS += words("坚持 积极 大力 全面 持续 组织 按照 根据 通过 参加 举办 举行 荣获 获得 获批 创建 争创")
NAME_STOPS += words("申报 批准 命名 成为 作为 列入 启动了 编制 审议 通过了 部署 召开 牢固树立 树立 强化")
NAME_STOPS += words("完善 健全 探索 推行 引导 鼓励 明确 今天 今年 近年来 目前 以来 进一步 征求")
NAME_STOPS += DEICTIC_STOPS + words("实行 施行 呈现出 呈现 还有 制定好 做好 抓好 我省 我市 全市 全省 本市 本省 我国")
NAME_STOPS += words("全县 我县 本县 全区 我区 全旗 我旗 促进 助推 深化 加速 全力 着力 努力 不断 扎实")
NAME_STOPS += words("切实 稳步 重点 认真 广泛 强力")
NAME_STOPS += words("随着 对于 面向 立足 依托 结合 针对 纳入 入选 承担 参与 评为 认定 确定 列为 获评")
# Stops that are part of the name right before its noun: 质量强国建设纲要, 示范城市创建方案.
NOMINAL_STOPS = words("建设 创建 推进")
# Single characters where a read-back name stops too: particles, conjunctions, prepositions.
STOP_CHARS = "的了和与及等为是在对向把将以从由于、个局厅"
# Idioms holding a stop character that a name keeps whole: 以质取胜战略.
NAME_IDIOMS = words("以质取胜 以质量取胜 以质图强 以质兴 以质强 以标准 以品牌 质量为本")
# Counts, batches and ordinals a designation's name stops at: 45个国家级…, 第六批国家级….
COUNT_STOP = r"[\d一二三四五六七八九十百两]+(?:个|家|项|批|处)|第[\d一二三四五六七八九十]+批"
# Level words one of which a designation read back without quotes must open with.
DESIGNATION_LEVELS = words("国家级 国家 全国 中国 省级 市级")
# A proper part that makes an …活动 name a programme: 百城, 千企, 万店, 三年, a year.
ACTIVITY_PROPER = rf"[百千万][{HANZI}]|[一二三四五六七八九十两]年|{YEAR_DIGITS}|^(?:全国|国家|中国)"
# Quotation marks: the pairs quoted names are written with (OpenCC leaves 『』 and 「」 in place).
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
# Brackets a name read back from its noun must balance.
BALANCED = ((OPEN_QUOTE, CLOSE_QUOTE), ("(", ")"))
# What a name read back never starts with: the end of a quotation or bracket before it.
NOT_NAME_START = CLOSING_QUOTES + ")"
# Words before a 《》 or quoted name that make it an alias of a name given before: (以下简称《规划》).
ALIAS_CUES = words("以下简称 简称 下称")
# What follows the 《name》 of a publication: 《品质》杂志社.
PUBLICATION_AFTER_WORDS = words("杂志 报社 出版社 编辑部 期刊 一书")
# The endings of a newspaper's or magazine's name: 《中国质量报》 is no programme.
PUBLICATION_ENDS = words("报 刊 杂志 周刊 日报 晚报")
# Spam words glued to injected junk in a name: …beat365官网在线.
SPAM_GLUE = words("如何 官网 在线 网址 平台 娱乐")

# --- patterns -------------------------------------------------------------------------------
_NOUNS = alternation(sorted(PROGRAM_NOUNS, key=len, reverse=True))  # longest first
_HAN = f"[{HANZI}]"
BOOK_OPEN = "《"
# 《大连市质量强市发展规划》; a 〈title〉 nested inside one: 《西安市贯彻落实〈质量强国建设纲要〉…方案》.
BOOK = re.compile(r"《(?P<name>[^《》\n]{2,60})》")
NESTED_BOOK = re.compile(r"〈(?P<name>[^〈〉《》\n]{2,40})〉")
# “质量月”, 「质量万里行」, 『2006年全国质量兴市先进市县』.
QUOTED = re.compile(rf"[{OPENING_QUOTES}](?P<name>[^{OPENING_QUOTES}{CLOSING_QUOTES}\n]{{2,30}})[{CLOSING_QUOTES}]")
# A whole quoted stem: “质量兴市”.
QUOTED_STEM = re.compile(rf"[{OPENING_QUOTES}]([^{CLOSING_QUOTES}]+)[{CLOSING_QUOTES}]")
# Quoted names listed together: “质量月”、“质量万里行”.
LIST_JOINER = re.compile(r"[、和及与]")
KNOWN = re.compile(any_of(KNOWN_PROGRAMS))
DOMAIN = re.compile(any_of(DOMAIN_WORDS))
NOUN_END = re.compile(f"(?:{_NOUNS})$")
# A noun right after a quoted name: “领跑者”行动, …等活动, “…”评选活动, “…”称号.
NOUN_AFTER = re.compile(rf"(?P<etc>{ETC})?(?:{any_of(NOUN_QUALIFIERS)})?(?P<noun>{_NOUNS}|{TITLE})")
NEWSPAPER = re.compile(rf"(?:{alternation(PUBLICATION_ENDS)})$")
PUBLICATION_AFTER = re.compile(alternation(PUBLICATION_AFTER_WORDS))
# A magazine's issue after a name: 中国质量万里行 2015年6期 is the magazine, not the campaign.
ISSUE_AFTER = re.compile(rf"\s*{YEAR_DIGITS}\s*年\s*(?:第\s*)?\d+\s*期")
# Injected junk: a run of Latin letters with digits, and the spam words glued to it (…beat365官网在线).
JUNK = re.compile(rf"^.*[A-Za-z][A-Za-z0-9_\-]*\d[A-Za-z0-9_\-]*(?:{alternation(SPAM_GLUE)})*")
JUNK_HINT = re.compile(r"[A-Za-z]{3}")
# (2011-2020年) closing a document's name.
YEARS_SUFFIX = re.compile(rf"\({YEAR_DIGITS}[-—]{YEAR_DIGITS}年?\)$")
BARE_DOCUMENT = re.compile(rf"^(?:{_NOUNS})$")
# (以下简称 right before an alias's opening mark.
ALIAS_BEFORE = re.compile(rf"(?:{alternation(ALIAS_CUES)})[:为]?$")
# The nouns names are read back from, and the word each must not run into.
READ_BACK_NOUN = re.compile(any_of(READ_BACK_NOUNS))
NOUN_RUNS_ON = {noun: re.compile(any_of(after)) for noun, after in NOT_AFTER_NOUN.items()}
# Where a name read back from its noun stops: punctuation (quotes and a (2011-2020年) excepted),
# particles, and the verbs of NAME_STOPS; an idiom holding a stop character is one token.
NAME_STOP = re.compile(
    rf"(?P<idiom>{any_of(NAME_IDIOMS)})|(?P<nominal>{any_of(NOMINAL_STOPS)})$|{any_of(NAME_STOPS)}|[^{HANZI}\d“”()\-—]|[{STOP_CHARS}]"
)
# A deictic word ending right before a name (…本地区|质量发展规划).
DEICTIC_BEFORE = re.compile(rf"(?:{any_of(DEICTIC_STOPS)})$")
# Where a designation's name stops too: a count or a batch (45个, 第六批).
COUNT_STOPS = re.compile(COUNT_STOP)
DESIGNATION_NOUN = re.compile(any_of(DESIGNATION_NOUNS))
WORKS = re.compile(WORKS_NOUN)
ACTIVITY = re.compile(ACTIVITY_NOUN)
DESIGNATION_LEVEL = re.compile(any_of(DESIGNATION_LEVELS))
PROPER_ACTIVITY = re.compile(ACTIVITY_PROPER)
# The strategy class: 质量强市, 品牌兴县, 质量强桂, with 战略 when it follows; the object is checked
# by the extractor (a STRATEGY_OBJECTS character or a city's first character).
STRATEGY = re.compile(
    rf"(?<![高优])(?:{any_of(STRATEGY_HEADS)})[{STRATEGY_VERBS}](?P<object>{_HAN})(?![{NOT_AFTER_STRATEGY}])"
    rf"(?P<designation>{any_of(STRATEGY_DESIGNATIONS)})?(?P<noun>战略)?"
)
# The hanzi right before a quoted name, where its qualifier may be (城市品质“对标行动”).
QUALIFIER = re.compile(rf"{_HAN}*$")
# Marks ignored when two names are compared: quotes, spaces, enumeration commas.
NAME_MARKS = re.compile(rf"[{OPENING_QUOTES}{CLOSING_QUOTES}\s、]")
