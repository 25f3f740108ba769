"""Award counts: the patterns the readers find counts and recipients with, around a name and in the whole text.

Composed from the word groups of `extract.rules.awards` (verbs, recipient nouns, tiers…) and
the shared pieces of `common`. The readers (`extract.extractors.awards.readers` and
`text_readers`) import them; each pattern's comment gives an example it matches.
"""

from __future__ import annotations

import re

from extract.rules.awards import (
    ANAPHORA,
    APPLYING,
    APPOSITION_WORDS,
    AWARD_UNITS,
    CATEGORY_NOUNS,
    CONFERRING,
    DESCRIPTION_WORDS,
    GIVEN_TO,
    LATER_RECIPIENTS,
    LATER_WIN_VERBS,
    LIST_AND,
    LIST_CLOSER,
    LIST_OPENERS,
    NOT_ORGS,
    ON_THE_LIST,
    ORG_ENDS,
    ORG_STOPS,
    OTHER_RECIPIENT_NOUNS,
    OTHERS_WORDS,
    OWN_PLACES,
    PERSON_NOUNS,
    PERSON_TITLES,
    QUOTE_OPEN,
    QUOTED_WORDS,
    RECIPIENT_NOUNS,
    RECIPIENT_THINGS,
    SCOPE_WORDS,
    SELECT_VERBS,
    SHORT_ORG_ENDS,
    TIERS,
    WIN_VERBS,
    WITH_WORDS,
)
from extract.rules.common import CLOSING_QUOTES, EDITION, HAN, NUMBER, OPENING_QUOTES, YEAR_DIGITS, YEAR_SPAN, count
from extract.rules.compose import alternation, any_of

# --- pieces -----------------------------------------------------------------------------------
# A count of recipients: 16家, 近100余家, 20家以上, 两户.
COUNT = count(AWARD_UNITS)
# How far a count (近100余家, 1,250多个) reaches before the word after it, at most.
COUNT_REACH = 40
# 企业, 单位, 豫企, 先进质量管理成果
_RECIPIENT = rf"(?:{alternation(RECIPIENT_NOUNS)}|{HAN}?企|{HAN}{{0,8}}?(?:{alternation(RECIPIENT_THINGS)}))"
_ORG_END = alternation(sorted(ORG_ENDS, key=len, reverse=True))
_ORG = rf"(?:{_ORG_END})(?:\([^()]{{1,10}}\))?"  # …有限公司, …研究院(有限公司)
_VERBS = alternation(CONFERRING)
_NOT_QUOTE = f"{OPENING_QUOTES}{CLOSING_QUOTES}"
_APPLYING = alternation(APPLYING)
# 8个组织(个人), 10家(次): a bracket after the recipients' noun.
_NOUN_BRACKET = r"(?:\((?:个人|组织|次)\))?"
# Persons counted beside the organisations: 和张忠正等2名同志, 、1名个人, 2名个人 (group `persons`).
_PERSONS = (
    rf"(?:[、和及与,]?\s*(?:[^,。;{_NOT_QUOTE}]{{0,30}}?{LIST_CLOSER})?"
    rf"(?P<persons>{NUMBER})\s*[名位](?:{alternation(PERSON_NOUNS)}))"
)
# Teams counted beside them, whose count is no award's: 、1个班组.
_TEAMS = rf"(?:[、和及与]\s*{NUMBER}\s*个(?:{alternation(OTHER_RECIPIENT_NOUNS)}))"
# What may follow the organisations' count: 8个组织(个人) / 7个单位和…等1名个人 / 3个组织、1个班组和1名个人.
_GROUPS = rf"{_NOUN_BRACKET}(?:{_TEAMS}|{_PERSONS})*"
# A description set before the name it describes: 我国质量领域最高奖——中国质量奖.
_DESCRIPTION = rf"(?:{HAN}{{0,12}}?(?:{alternation(DESCRIPTION_WORDS)}){HAN}{{0,6}}?(?:——|—|:))?"
# What may stand between a verb and the name: 全省, 2014年度, 第六届, a description, “.
_BEFORE_NAME = rf"(?:{alternation(SCOPE_WORDS)})?{_DESCRIPTION}\s*{YEAR_SPAN}?\s*{EDITION}?\s*{QUOTE_OPEN}?$"
# Adverbs between the recipients and their verb: 均, 共同, 携手.
_TOGETHER = r"(?:已经|已|均|都|分别|同时|共同|携手|一同)?"

# --- counts around a name (the readers' patterns, in reading order) -------------------------
# Before the name: 16家企业获得…奖 / 5家企业2014年度“…奖” / 10家组织和10名个人… (persons: their own record).
COUNT_BEFORE = re.compile(
    rf"{COUNT}{_RECIPIENT}?{_GROUPS}(?:和{HAN}{{2,4}})?(?:{NUMBER}[次项])?\s*{_TOGETHER}"
    rf"(?:{alternation((*CONFERRING, '为'))})?了?{_BEFORE_NAME}"
)
# Before such a count: 本公司与省内[其他]三家企业共同获得… (the subject is a recipient too).
WITH_OTHERS = re.compile(rf"(?:{alternation(WITH_WORDS)})[^,。;]{{0,10}}?(?:{alternation(OTHERS_WORDS)})$")
# Before the name: A公司、B公司荣获… / A、B等2家企业“…奖” (a list ending in organisations' names).
# 评选A公司、B公司为…奖: 为 after the list (group `as_`), when an event confers the award on it.
ORGS_BEFORE = re.compile(
    rf"(?P<orgs>[^。;:{_NOT_QUOTE}《》]*?{_ORG})(?:{LIST_CLOSER}{COUNT}{_RECIPIENT}?)?\s*{_TOGETHER}"
    rf"(?:{_VERBS}|(?P<as_>为))?了?{_BEFORE_NAME}"
)
# Before a persons' tier: 江铃汽车股份有限公司副总裁曾发发、…质量总工赵正云获…个人奖.
_PERSON = rf"[^。;:、,{_NOT_QUOTE}《》]*?(?:{any_of(PERSON_TITLES)}){HAN}{{2,3}}?"
PERSONS_BEFORE = re.compile(rf"(?P<persons>{_PERSON}(?:[、和]{_PERSON})*)\s*{_TOGETHER}(?:{_VERBS})了?{_BEFORE_NAME}")
# One person of such a list: …副总裁曾发发 → 曾发发.
PERSON_NAME = re.compile(rf"(?:{any_of(PERSON_TITLES)})(?P<name>{HAN}{{2,3}})$")
# After the name: …质量奖和提名奖, …质量奖、提名奖 (one count for an award and its tier is a sum: no count).
AND_TIER = re.compile(rf"^[、和及与](?:{any_of(TIERS)})")
# Before a tier: …质量奖[和]提名奖19个 (the second of a pair counted together: no count of its own).
AFTER_AND = re.compile(r"[、和及与]")
# After the name: 获得…奖的A、B等6家企业 (the organisations may be named before the count).
OF_COUNT = re.compile(rf"^的(?:[^。;]{{0,120}}?{LIST_CLOSER})?{COUNT}{_RECIPIENT}")
# After the name: 获得市长质量奖的企业达到12家 / …的企业3家 (a total given after the recipients' noun).
OF_TOTAL = re.compile(
    rf"^的(?:获奖)?(?:{alternation(RECIPIENT_NOUNS)})(?:总数|数量)?(?:已经|已|共|累计)?"
    rf"(?:达到|达|增至|增加到|有|为|共)?了?{COUNT}"
)
# After the name: …奖的企业分别是:A、B / …奖获奖单位为A公司、B公司 / …奖授予A公司、B公司 (the recipients listed).
LISTED_AS = re.compile(
    rf"^(?:的?(?:获奖)?(?:{alternation(RECIPIENT_NOUNS)})(?:名单)?(?:分别)?(?:是|为|有)|(?:{alternation(GIVEN_TO)}))"
    r"(?P<colon>[:：])?(?P<orgs>[^。;\n]+)"
)
# After the name: …奖企业4家, …奖共评出获奖企业6家, …奖(含提名奖)12家 (not 2个奖项, not 95家…申报).
COUNT_AFTER = re.compile(
    rf"^(?:\([^)]{{0,8}}\))?(?:(?:共|累计)?(?:{alternation(SELECT_VERBS)})了?)?(?:获奖)?{_RECIPIENT}?"
    rf"(?:共有|共|达到|达|有)?{COUNT}(?![^,。;]{{0,8}}?(?:{_APPLYING}))(?!\s*(?:{alternation(CATEGORY_NOUNS)}))"
)
# After the name: 一、徐州市市长质量奖(5家企业) (a list heading that states its count).
COUNT_PAREN = re.compile(rf"^\((?:共|计|合计)?{COUNT}{_RECIPIENT}?\)")
# The rest of a heading line over recipients' lines: …奖获奖单位, …奖获奖企业名单.
LIST_HEADING_TAIL = re.compile(rf"(?:获奖)?(?:{alternation(RECIPIENT_NOUNS)})?(?:名单)?")
# A numbered line: 1.重庆青山工业有限责任公司, (2)金龙精密铜管集团股份有限公司.
NUMBERED = re.compile(r"^\s*(?:\d{1,3}\s*[.、]|\(\d{1,3}\))\s*(?=\S)")
# A line that is one recipient's name: 新誉集团有限公司 / 丁山华(江苏上上电缆集团有限公司董事长).
NAME_LINE = re.compile(rf"^\s*(?:[^\s。;:,{_NOT_QUOTE}]{{2,40}}?{_ORG}|{HAN}{{2,4}}\([^()]{{2,40}}\))\s*$")
# 鑫缘丝绸获得中国质量奖提名奖 / 西凤酒、吉利汽车荣获…: recipients named without a company ending
# (not before a bare 获, the verb of headlines that glue short names together: 恒力沙钢获…).
_SUBJECT_WIN = alternation(verb for verb in WIN_VERBS if len(verb) > 1)
SUBJECT_VERB = re.compile(
    rf"(?P<subject>{HAN}{{2,14}}?(?:[、和及与]{HAN}{{2,14}}?){{0,9}}){_TOGETHER}(?:{_SUBJECT_WIN})了?{_BEFORE_NAME}"
)
# A later clause: …奖评审结果揭晓,5家企业获奖 / …名单公布,A、B等5家企业上榜 (not 获得提名, 资格, 推荐).
LATER_COUNT = re.compile(
    rf"[,](?:[^,。;]{{0,12}}?|[^,。;]{{0,160}}?{LIST_CLOSER})(?:共有|共|有)?{COUNT}"
    rf"(?:{alternation(LATER_RECIPIENTS)})?{_GROUPS}(?:共|先后|分别|均)?(?:{alternation(LATER_WIN_VERBS)})"
    r"(?!得?(?:提名(?!奖)|资格|推荐))"
)
# A later clause: …揭晓,获奖企业是:A公司、B集团 (the winners listed, counted).
LATER_LISTED = re.compile(
    rf"[,。]\s*获奖(?:{alternation(RECIPIENT_NOUNS)})(?:名单)?(?:分别)?(?:是|为)[:：]?(?P<orgs>[^。;\n]+)"
)
# A later clause: …评审结束,最终评出6家.
LATER_SELECT = re.compile(rf"[,](?:[^,。;]{{0,8}}?)(?:{alternation(SELECT_VERBS)})了?{COUNT}")

# --- recipients -------------------------------------------------------------------------------
# 两家企业获此殊荣。这两家企业是:A、B / 3家企业获得…,分别是A、B和C / …。获奖单位分别为:A、B: the
# recipients named right after the count.
FOLLOWING_LIST = re.compile(
    rf"[^。;\n]{{0,20}}[。;]\s*(?:这(?:{NUMBER})?[家个名]?|获奖)(?:{alternation(RECIPIENT_NOUNS)})(?:分别)?(?:是|为)[:：]?"
    r"(?P<orgs>[^。;\n]+)|[,]\s*(?:分别|依次)(?:是|为)[:：]?(?P<orgs2>[^。;\n]+)"
)
# A list's items: A、B和C (和/及/与 only after an organisation's last character: 司, 团, 院…).
_LAST_CHARS = "".join(dict.fromkeys(end[-1] for end in (*ORG_ENDS, *SHORT_ORG_ENDS)))
LIST_SPLIT = re.compile(rf"[、,]|(?<=[{_LAST_CHARS}])(?:{alternation(LIST_AND)})")
# What comes before a list of recipients: 市政府决定授予 / 向 / 确定了.
LIST_OPENING = re.compile(rf"^.*?(?:{alternation(LIST_OPENERS)})")
# An item that ends like an organisation's name (not 现场, nor a list closed by a count: 营口港等多家公司).
ORG = re.compile(rf"{_ORG}$")
SHORT_ORG = re.compile(rf"(?:{_ORG}|{alternation(SHORT_ORG_ENDS)})$")
NOT_ORG = re.compile(
    rf"^(?:{alternation(NOT_ORGS)})$|{LIST_CLOSER}(?:多|几|数|若干)?\s*(?:{NUMBER})?\s*[{AWARD_UNITS}所]"
)
# What a recipient's name leaves out: (以下简称“广西金桂”), and whatever comes before 旗下 or 会长单位.
ORG_NOISE = re.compile(rf"\(以下简称[^()]*\)|^.*(?:{alternation(APPOSITION_WORDS)})")
# The page's own place before a recipient's name: 我市海天酱油股份有限公司.
OWN_PLACE = re.compile(rf"^(?:{alternation(OWN_PLACES)})+(?:有|的)?")

# --- whole-text patterns (scanned in windows around their cue words, see extract.text.gate) ---
# Persons counted right after the organisations in a clause that refers back: 7家企业2名个人获此殊荣.
_PERSONS_NEXT = rf"(?:[、和及与]?(?P<persons>{NUMBER})\s*[名位](?:{alternation(PERSON_NOUNS)}))?"
# 19家企业获得这一奖项 / 33家苏州企业名列其中 / 7家企业2名个人获此殊荣: a count of the award named last.
ANAPHORA_COUNT = re.compile(
    rf"{COUNT}{_RECIPIENT}?{_PERSONS_NEXT}[^。;\n,]{{0,6}}?(?:(?:{alternation(WIN_VERBS)})了?(?:{alternation(ANAPHORA)})"
    rf"|{alternation(ON_THE_LIST)})"
)
ANAPHORA_CUES = (*ANAPHORA, *ON_THE_LIST)
ANAPHORA_REACH = COUNT_REACH + 32  # the count, its noun, the persons' count, 6 characters and 获得了
# 我市云台山旅游发展有限公司榜上有名 / A公司、B公司脱颖而出,荣获该奖项: named recipients of the award
# named last (a short clause may come between).
NAMED_RECIPIENTS = re.compile(
    rf"(?P<orgs>[^{ORG_STOPS}]*?{_ORG})(?:[^{ORG_STOPS}]{{1,6}},)?(?:也|均|都|同时|分别)?"
    rf"(?:(?:{alternation(WIN_VERBS)})了?(?:{alternation(ANAPHORA)})|{alternation(ON_THE_LIST)})"
)
NAMED_CUES = (*ANAPHORA, *ON_THE_LIST)
NAMED_REACH = 24  # and never across ORG_STOPS
# 100个“江苏精品”企业, 20家获得“苏州制造”品牌认证: quoted designations with a count.
QUOTED_COUNT = re.compile(
    rf"{COUNT}[^。;\n,{_NOT_QUOTE}]{{0,8}}?{QUOTE_OPEN}(?P<q>{HAN}{{2,6}}(?:{alternation(QUOTED_WORDS)}))"
    rf"[{CLOSING_QUOTES}](?:品牌认证|认证)?(?:企业)?"
)
QUOTED_CUES = tuple(f"{word}{quote}" for word in QUOTED_WORDS for quote in CLOSING_QUOTES)
QUOTED_REACH = (COUNT_REACH + 16, 6)  # back from the cue, ahead of it
# (历届)获奖名单 over lines such as 2012年:A、B、C (only where the heading ends is read: the
# pattern opens with its literal, which the regex engine finds fast, instead of an optional 历届).
YEAR_LIST_HEADING = re.compile(r"获奖(?:企业)?名单")
YEAR_LIST = re.compile(rf"^(?P<year>{YEAR_DIGITS})年度?\s*[:：]\s*(?P<orgs>.+)$")
