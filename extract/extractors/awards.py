"""Awards: counts of honours conferred on organisations, stated or counted from named recipients.

Every award or designation name is found by its head (…质量奖, …标杆企业) and read back to
where the name starts (region, edition, year); the count is then read from the clause
around it: a stated count (16家企业获得…), a list of organisations (授予A、B…), a count after
the name (…企业4家, …的企业达到12家, …奖(5家企业)), a numbered list under a heading, a count in a
later clause of the sentence (…评审结果揭晓,5家企业获奖), or a count or named recipients that
refer back to the award named last (19家企业获得这一奖项, A公司榜上有名). Bare names (市长质量奖,
提名奖) take the full name the page uses, or the page's own city or province; a mention with no
edition or year takes those of the same award named just before it in its paragraph.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from extract.extractors.base import Context, dedupe, make, register
from extract.models import AwardRecord
from extract.rules import awards as lex
from extract.rules import places as gaz
from extract.rules.common import APPROX_AFTER, APPROX_BEFORE, CLAUSE_ENDS, NUMBER, QUOTES
from extract.rules.compose import any_of
from extract.rules.places import region_prefix
from extract.text.gate import Gate
from extract.text.names import clause_start, prefix_start, sentence_end, sentence_start
from extract.text.numbers import parse_chinese, parse_number
from extract.text.regions import level_of_name
from extract.text.scan import scanner
from extract.text.segment import organisation_name

NAME = "awards/3"
COUNT = (
    rf"(?P<before>{APPROX_BEFORE})?(?P<n>{NUMBER})(?P<after>{APPROX_AFTER})?\s*"
    rf"(?P<unit>[{lex.AWARD_UNITS}])(?P<after2>以上)?"
)
# How far a count (近100余家, 1,250多个) reaches before the word after it, at most.
COUNT_REACH = 40
# A list of recipients named before a cue never runs across these.
ORG_STOPS = '。;:,“”"《》\n'
QUOTED_WORDS = ("精品", "制造", "品牌", "名牌")
EDITION = r"(?:第[一二三四五六七八九十\d]{1,3}届|首届)"
YEAR = r"(?:(?:19|20)\d{2}(?:\s*[—–-]\s*(?:19|20)\d{2})?\s*年度?)"
EDITION_RE = re.compile(EDITION)
LEAD_IN = re.compile(rf"(?:{EDITION}|{YEAR})+\s*(?:获得?|荣获|获评)?\s*[“\"「]?$")
YEAR_RE = re.compile(YEAR)
NAME_NOISE = re.compile(rf"{EDITION}|{YEAR}|\((?:组织|个人)类\)")
ASCII = re.compile(r"[A-Za-z0-9_]")
ASCII_RUN = re.compile(r"[A-Za-z0-9_\-]+")
VERBS = "|".join((*lex.CONFER_VERBS, "颁发", "授予"))
# An award name without a region keeps only a role word before its head: 市长质量奖, 省政府质量奖.
ROLE = re.compile(r"(?:[市省区县]?(?:长|政府))$")
ORG_END = "|".join(sorted(lex.ORG_ENDS, key=len, reverse=True))
RECIPIENT_NOUN = r"(?:企业|单位|组织|[\u4e00-\u9fff]?企)"
SCOPE = "|".join(lex.SCOPE_WORDS)
# Characters and words where an award's name cannot extend further back.
STOP = re.compile(
    r"\d+\s*[家个名位项]|[^\u4e00-\u9fff\d〇—–\-]|[的了和与及等为是在对向将以获授颁荣有被把让从由]|"
    r"创建|培育|打造|争创|新增|新获|表彰|评选|命名|入选|参加|举行|开展|公布|设立|组织|确定|取得|实施|推行|设置|评审"
)
HOLDING = re.compile("|".join(lex.HOLDING_CUES))
TARGET = re.compile("|".join(lex.TARGET_CUES))
THIS_EDITION = re.compile("|".join(lex.THIS_EDITION))
LATER_NOT = re.compile("|".join(lex.LATER_NOT))
OTHER_TITLE = re.compile("|".join(lex.OTHER_TITLES))
CANDIDATES = re.compile(r"候选|申报|参评|推荐|提名名单|拟授予|公示")
LIST_SPLIT = re.compile(r"[、,]|(?<=[司团厂院所心学校行社会队局站场馆店])(?:和|及|与|以及)")
NUMBERED = re.compile(r"^\s*(?:\d{1,3}\s*[.、.]|\(\d{1,3}\))\s*(?=\S)")
SUBJECT_VERB = re.compile(r"(?P<subject>[\u4e00-\u9fff]{3,12}?)(?:荣获|获得|获评)")
YEAR_LIST = re.compile(r"^(?P<year>(?:19|20)\d{2})年度?\s*[:：]\s*(?P<orgs>.+)$")
# 两家企业获此殊荣。这两家企业是:A、B / 3家企业获得…,分别是A、B和C: the recipients named right after the count.
FOLLOWING_LIST = re.compile(
    rf"[^。;\n]{{0,20}}[。;]\s*这(?:{NUMBER})?[家个名]?(?:企业|单位|组织)(?:分别)?(?:是|为)[:：](?P<orgs>[^。;\n]+)"
    r"|[,,]\s*(?:分别|依次)(?:是|为)[:：]?(?P<orgs2>[^。;\n]+)"
)
COUNTY_CITY = re.compile(r"^[\u4e00-\u9fff]{2,4}?市")
OWN_PLACE = re.compile(rf"^(?:{'|'.join(lex.OWN_PLACE)})+(?:有|的)?")
# 河南省长质量奖 is 河南 + 省长质量奖: the place's own 省/市 was merged into the role word.
MERGED_ROLE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<role>[省市])(?P<rest>长质量(?:管理)?奖.*)$")
# Another year or a round-up between two mentions of one award: they are not the same edition.
OTHER_TIME = re.compile(rf"{YEAR}|[今去明同上前]年|历[届年]|累计|目前|截至")


@functools.cache
def county_cities() -> tuple[str, ...]:
    """County-level cities by full name (如皋市, 海门市): award names open with them too."""
    names = {p.name for p in gaz.places().values() if p.level == "county" and p.name.endswith("市")}
    names |= {
        alias for alias, code in gaz.aliases().items() if alias.endswith("市") and gaz.places()[code].level == "county"
    }
    return tuple(sorted(names))


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled once: heads, name starts, counts around a name."""
    heads = any_of(lex.AWARD_CORES)
    designations = any_of(lex.DESIGNATION_CORES)
    generic = any_of(lex.GENERIC_AWARDS)
    return {
        "head": re.compile(
            rf"(?:{heads})(?:提名奖)?(?:\((?:组织|个人)类\))?|(?P<desig>{designations})"
            # 省政府质量(含提名奖)12家: a name that lost its 奖, recognised only by what follows it
            rf"|(?P<trunc>(?:[省市]长|政府)质量)(?=\((?:含|包括)?提名奖?\)|\s*\d+\s*家)"
        ),
        "generic": re.compile(rf"(?P<gen>(?:{generic})(?:[、和及与](?:{generic}))*)"),
        "generic_after_verb": re.compile(rf"(?<=[获得、,])(?:{generic})(?:[、和及与](?:{generic}))*"),
        "name_start": re.compile(rf"{EDITION}|{YEAR}|(?:{any_of(county_cities())})|(?:{region_prefix()})"),
        "count_before": re.compile(
            rf"{COUNT}{RECIPIENT_NOUN}?(?:和[\u4e00-\u9fff]{{2,4}})?(?:{NUMBER}[次项])?\s*(?:{VERBS}|为)?了?\s*{YEAR}?\s*{EDITION}?\s*[“\"「]?$"
        ),
        "count_after": re.compile(
            rf"^(?:\([^)]{{0,8}}\))?(?:(?:共|累计)?(?:评出|评选出|评定出|产生)了?)?(?:获奖)?{RECIPIENT_NOUN}?(?:共有|共|达到|达|有)?{COUNT}"
            rf"(?!{RECIPIENT_NOUN}?(?:报名|申报|参评|参加|提交|申请))"  # 共有30家企业报名参评: applicants
        ),
        # 获得…奖的A、B等6家企业: the organisations may be named before the count
        "of_count": re.compile(rf"^的(?:[^。;]{{0,120}}?等)?{COUNT}{RECIPIENT_NOUN}"),
        "count_paren": re.compile(rf"^\((?:共|计|合计)?{COUNT}{RECIPIENT_NOUN}?\)"),
        # 获得市长质量奖的企业达到12家: a total given after the recipients' noun
        "of_total": re.compile(
            rf"^的(?:获奖)?(?:企业|单位|组织)(?:总数|数量)?(?:已经|已|共|累计)?(?:达到|达|增至|增加到|有|为|共)了?{COUNT}"
        ),
        # …奖评审结果揭晓,5家企业获奖 / 19个部门共获得… / 最终评出6家: this event's winners in a later clause
        "later_count": re.compile(
            rf"[,,](?:[^,。;]{{0,12}}?)(?:共有|共|有)?{COUNT}(?:{'|'.join(lex.LATER_RECIPIENTS)})?(?:和{NUMBER}名个人)?"
            rf"(?:共|先后|分别)?(?:{'|'.join(lex.LATER_WIN_VERBS)})(?!提名(?!奖)|资格|推荐)"
        ),
        "later_select": re.compile(rf"[,,](?:[^,。;]{{0,8}}?)(?:{'|'.join(lex.SELECT_VERBS)})了?{COUNT}"),
        "listed_as": re.compile(r"^的(?:企业|单位|组织)(?:分别)?(?:是|为|有)[:：](?P<orgs>[^。;\n]+)"),
        "orgs_before": re.compile(
            rf"(?P<orgs>[^。;:“”\"《》]*?(?:{ORG_END})(?:\([^()]{{1,10}}\))?)"
            rf"(?:等{COUNT}{RECIPIENT_NOUN}?)?\s*(?:已经|已|均|分别|同时)?(?:{VERBS})?了?(?:{SCOPE})?\s*{YEAR}?\s*{EDITION}?"
            rf"\s*[“\"「]?$"
        ),
        "org": re.compile(rf"(?:{ORG_END})(?:\([^()]{{1,10}}\))?$"),
    }


@functools.cache
def gates() -> dict[str, Gate]:
    """Full-text patterns, scanned only around the cue words they need (see extract.text.gate)."""
    quoted_cues = tuple(f"{word}{q}" for word in QUOTED_WORDS for q in ("”", '"'))
    return {
        "anaphora": Gate(
            re.compile(
                rf"{COUNT}{RECIPIENT_NOUN}?[^。;\n,]{{0,6}}?(?:(?:获得|荣获|获)(?:了)?(?:{'|'.join(lex.ANAPHORA)})|名列其中|榜上有名)"
            ),
            (*lex.ANAPHORA, "名列其中", "榜上有名"),
            back=COUNT_REACH + 12,
            ahead=0,
        ),
        "anaphora_orgs": Gate(
            re.compile(
                rf"(?P<orgs>[^{ORG_STOPS}]*?(?:{ORG_END})(?:\([^()]{{1,10}}\))?)(?:也|均|都|同时|分别)?"
                rf"(?:{'|'.join(lex.NAMED_ANAPHORA)})"
            ),
            lex.NAMED_ANAPHORA,
            back=24,
            ahead=0,
            stops=ORG_STOPS,
        ),
        "quoted": Gate(
            re.compile(
                rf"{COUNT}[^。;\n,“”]{{0,8}}?[“\"](?P<q>[\u4e00-\u9fff]{{2,6}}(?:{'|'.join(QUOTED_WORDS)}))[”\"]"
                r"(?:品牌认证|认证)?(?:企业)?"
            ),
            quoted_cues,
            back=COUNT_REACH + 16,
            ahead=6,
        ),
    }


@dataclass
class Mention:
    """An award or designation named in the text."""

    start: int  # where the name starts (edition and year included)
    end: int
    name: str  # normalised: no edition, no year, no (组织类)
    edition: int | None
    year: int | None
    designation: bool


def _edition(text: str | None) -> int | None:
    if not text:
        return None
    if text == "首届":
        return 1
    inner = text[1:-1]
    return int(inner) if inner.isdigit() else parse_chinese(inner)


def find_mentions(text: str) -> list[Mention]:
    """Every award/designation name, read back from its head to where the name starts."""
    p = patterns()
    mentions = []
    for m in scanner(p["head"]).finditer(text):
        prefix_at = prefix_start(text, m.start(), STOP)
        prefix = text[prefix_at : m.start()]
        token = p["name_start"].search(prefix)
        if token:
            prefix_at += token.start()
        elif _quoted_whole(text, prefix_at, m.end()):
            pass  # 「公务员优质服务奖励计划」: the quotation marks bound the whole name
        elif m.group("desig"):
            prefix_at += len(prefix) if len(prefix) > 6 else 0
        else:
            role = ROLE.search(prefix)
            prefix_at += role.start() if role else len(prefix)
        start = prefix_at
        raw = text[start : m.end()]
        dated = text[_lead_in(text, start) : m.end()]
        edition = EDITION_RE.search(dated)
        year = YEAR_RE.search(dated)
        head = m.group() + ("奖" if m.group("trunc") else "")  # 政府质量(含提名奖) lost its 奖
        name = NAME_NOISE.sub("", raw).strip() + head[len(m.group()) :]
        if ASCII.search(name):  # junk injected into the name: keep what follows it
            name = ASCII_RUN.split(name)[-1]
            role = ROLE.search(name[: -len(head)] if name.endswith(head) else "")
            name = (role.group() if role else "") + head
        if len(name) < 2:
            continue
        mentions.append(
            Mention(
                start,
                m.end(),
                name,
                _edition(edition.group()) if edition else None,
                int(year.group()[:4]) if year else None,
                bool(m.group("desig")),
            )
        )
    taken = [(m.start, m.end) for m in mentions]
    for m in p["generic_after_verb"].finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            base = next((x for x in reversed(mentions) if x.end <= m.start()), None)
            edition, year = (base.edition, base.year) if base else (None, None)
            mentions.append(Mention(m.start(), m.end(), m.group(), edition, year, False))
    return sorted(mentions, key=lambda m: m.start)


def _named_after(text: str, end: int, count: int | None) -> list[str]:
    """The recipients listed right after a count, when there are exactly as many as counted."""
    m = FOLLOWING_LIST.match(text, end)
    orgs = split_orgs(m["orgs"] or m["orgs2"]) if m else []
    return orgs if len(orgs) == count else []


def _lead_in(text: str, start: int) -> int:
    """Where a year or edition just outside the name starts: 2014年度“周口市市长质量奖”, 2012年度获嘉兴市市长质量奖."""
    m = LEAD_IN.search(text, max(0, start - 20), start)
    return m.start() if m else start


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """The name runs from an opening quotation mark to a closing one."""
    return start > 0 and text[start - 1] in QUOTES and text[end : end + 1] in ("”", '"', "」")


def split_orgs(text: str) -> list[str]:
    """The organisations a list ends with: A、B和C → [A, B, C] (items must end like a name)."""
    org = patterns()["org"]
    text = re.sub(rf"^.*?(?:{'|'.join(lex.LIST_OPENERS)})", "", text) if re.search("授予|向|对", text) else text
    items = [item.strip() for item in LIST_SPLIT.split(text)]
    out: list[str] = []
    for item in reversed(items):
        if not item or not org.search(item) or len(item) > 60:
            break
        out.append(item)
    if out:  # 我市海天酱油股份有限公司: the page's own place is not part of the name
        out[-1] = OWN_PLACE.sub("", out[-1]) or out[-1]
    return out[::-1]


@register
class AwardsExtractor:
    """Award counts with their kind (recipients, holders, target), edition, year and recipients."""

    table = "awards"
    name = NAME
    needs = ("cities",)

    def __call__(self, ctx: Context) -> list[AwardRecord]:
        text = ctx.text
        mentions = find_mentions(text)
        names = _normaliser(ctx, mentions)
        awards = [names(mention, mentions[:i]) for i, mention in enumerate(mentions)]
        mentions = _carry_editions(text, mentions, awards)
        records: list[AwardRecord] = []
        for i, mention in enumerate(mentions):
            previous_end = mentions[i - 1].end if i else 0
            next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            records += self._counts_for(ctx, mention, awards[i], (previous_end, next_start))
        quoted = self._quoted(ctx)
        records += self._anaphora(ctx, mentions, names, quoted)
        records += quoted
        records += self._year_lists(ctx, mentions, names)
        records.sort(key=lambda r: (r.start, -r.end))
        return dedupe(records, key=lambda r: (r.award, r.count, r.count_kind, r.year))

    def _counts_for(self, ctx: Context, mention: Mention, award: str, neighbours: tuple[int, int]) -> list[AwardRecord]:
        text, p = ctx.text, patterns()
        previous_end, next_start = neighbours
        begins = sentence_start(text, mention.start)
        left_start = max(begins, previous_end)
        left = text[left_start : mention.start]
        right = text[mention.end : sentence_end(text, mention.end)]
        clause = text[begins : mention.start]
        if CANDIDATES.search(text[max(begins, mention.start - 8) : mention.start]):
            # 45家企业申报市长质量奖: applicants; only a later 最终6家企业获奖 gives winners
            return self._later_count(ctx, mention, award, next_start)
        one_edition = mention.edition is not None or mention.year is not None or bool(THIS_EDITION.search(clause))
        kind = _kind(clause, one_edition)
        found: list[AwardRecord] = []

        def add(start: int, end: int, count: int | None, approx: bool, recipients: list[str], kind: str) -> None:
            if count:
                found.append(self._record(ctx, start, end, award, mention, count, kind, approx, recipients))

        m = scanner(p["count_before"]).search(left)
        if m and mention.designation and not re.search(r"表彰|授予|命名|评为|评选|认定|公布|确定", clause):
            kind = "target" if kind == "target" else "holders"
        if m:
            orgs = split_orgs(left[: m.start()].removesuffix("等")) if left[: m.start()].endswith("等") else []
            orgs = orgs or split_orgs(left[: m.start()]) or _named_after(text, mention.end, parse_number(m["n"]))
            add(left_start + m.start(), mention.end, parse_number(m["n"]), _approx(m), orgs, kind)
            return found
        # (a list of organisations ends in a name's ending: without one in `left` there is none)
        has_org = not mention.designation and any(end in left for end in lex.ORG_ENDS)
        m = p["orgs_before"].search(left) if has_org else None
        if m:
            orgs = split_orgs(m["orgs"])
            stated = parse_number(m["n"]) if m["n"] else None
            verb = re.search(rf"授予|颁发|{VERBS}", left[m.start() :] + text[max(0, left_start - 4) : left_start])
            if orgs and (stated or len(orgs) > 1 or verb):
                add(
                    left_start + m.start("orgs") + m["orgs"].find(orgs[0]),
                    mention.end,
                    stated or len(orgs),
                    bool(stated and _approx(m)),
                    orgs,
                    kind,
                )
                return found
        m = p["of_count"].match(right)
        if m:
            add(mention.start, mention.end + m.end(), parse_number(m["n"]), _approx(m), [], kind)
            return found
        m = p["of_total"].match(right)
        if m:
            add(
                mention.start,
                mention.end + m.end(),
                parse_number(m["n"]),
                _approx(m),
                [],
                kind if one_edition or kind == "target" else "holders",
            )
            return found
        m = p["listed_as"].match(right)
        if m:
            orgs = split_orgs(m["orgs"]) or [o for o in LIST_SPLIT.split(m["orgs"]) if o.strip()]
            add(mention.start, mention.end + m.end(), len(orgs), False, orgs, kind)
            return found
        m = p["count_after"].match(right)
        if m:
            # 第五届…奖5家 counts one edition's recipients; 奖企业4家 with no edition is an inventory.
            after_kind = kind if kind != "recipients" or one_edition else "holders"
            add(mention.start, mention.end + m.end(), parse_number(m["n"]), _approx(m), [], after_kind)
            return found
        m = p["count_paren"].match(right)
        if m:  # 一、徐州市市长质量奖(5家企业): a list heading that states its count
            add(mention.start, mention.end + m.end(), parse_number(m["n"]), _approx(m), [], kind)
            return found
        found += self._numbered_list(ctx, mention, award)
        if not found:
            found += self._named_subject(ctx, mention, award, left_start, left, kind)
        return found or self._later_count(ctx, mention, award, next_start)

    def _later_count(self, ctx: Context, mention: Mention, award: str, next_start: int) -> list[AwardRecord]:
        """…奖评审结果揭晓,5家企业获奖: a count in a later clause of the sentence, before any other award."""
        text = ctx.text
        end = min(sentence_end(text, mention.end), next_start)
        found = [m for key in ("later_count", "later_select") if (m := patterns()[key].search(text, mention.end, end))]
        if not found:
            return []
        m = min(found, key=lambda m: m.start())
        if LATER_NOT.search(text, m.start(), m.start("n")):
            return []
        clause_end = min((i for i in (text.find(ch, m.end()) for ch in CLAUSE_ENDS) if i >= 0), default=len(text))
        if clause_end > next_start or OTHER_TITLE.search(text, m.end(), clause_end):
            return []  # the clause goes on to name another award or title: the count is that one's
        one_edition = mention.edition is not None or mention.year is not None
        # only the count's own clause: 共有45家企业申报 earlier in the sentence is no running total
        kind = _kind(text[clause_start(text, m.end(), m.start() + 1) : m.end()], one_edition)
        count = parse_number(m["n"])
        return [self._record(ctx, mention.start, m.end(), award, mention, count, kind, _approx(m), [])] if count else []

    def _named_subject(self, ctx: Context, mention: Mention, award: str, left_start: int, left: str, kind: str):
        """鑫缘丝绸获得中国质量奖提名奖: one recipient named without a company suffix (checked with jieba)."""
        m = SUBJECT_VERB.fullmatch(left, clause_start(left, len(left)))
        if not m or not organisation_name(m["subject"]):
            return []
        start = left_start + m.start("subject")
        return [self._record(ctx, start, mention.end, award, mention, 1, kind, False, [m["subject"]])]

    def _numbered_list(self, ctx: Context, mention: Mention, award: str) -> list[AwardRecord]:
        """A heading line naming the award, followed by numbered recipient lines."""
        text = ctx.text
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end < 0 else line_end
        tail = text[mention.end : line_end]
        if text[line_start : mention.start].strip() or not re.fullmatch(r"(?:获奖)?(?:单位|企业|组织)?(?:名单)?", tail):
            return []
        lines = text[line_end + 1 :].split("\n")
        items = []
        end = line_end
        for line in lines:
            number = NUMBERED.match(line)
            if not number:
                break
            items.append(line[number.end() :])
            end += len(line) + 1
        if not items:
            return []
        return [
            self._record(
                ctx, mention.start, min(end, len(text)), award, mention, len(items), "recipients", False, items
            )
        ]

    def _anaphora(self, ctx: Context, mentions: list[Mention], names, quoted: list[AwardRecord]) -> list[AwardRecord]:
        """19家企业获得这一奖项 / 33家苏州企业名列其中: the award or designation named last."""
        out = []
        for m in gates()["anaphora"].finditer(ctx.text):
            before = [x for x in mentions if x.end <= m.start()]
            last_quoted = next((q for q in reversed(quoted) if q.end <= m.start()), None)
            if last_quoted and (not before or last_quoted.end > before[-1].end):
                award = last_quoted.award
                mention = Mention(last_quoted.start, last_quoted.end, award, None, None, True)
            elif before:
                mention = before[-1]
                award = names(mention, before[:-1])
            else:
                continue
            kind = _kind(ctx.text[sentence_start(ctx.text, m.start()) : m.start()])
            count = parse_number(m["n"]) or 0
            orgs = _named_after(ctx.text, m.end(), count)
            out.append(self._record(ctx, m.start(), m.end(), award, mention, count, kind, _approx(m), orgs))
        out += self._named_anaphora(ctx, mentions, names)
        return [r for r in out if r.count]

    def _named_anaphora(self, ctx: Context, mentions: list[Mention], names) -> list[AwardRecord]:
        """在首届省长质量奖评选中,我市云台山旅游发展有限公司榜上有名: named recipients of the award named last."""
        out = []
        for m in gates()["anaphora_orgs"].finditer(ctx.text):
            before = [x for x in mentions if x.end <= m.start()]
            orgs = split_orgs(m["orgs"])
            between = ctx.text[before[-1].end : m.start()] if before else "\n"
            if not orgs or "\n" in between or between.count("。") > 1 or OTHER_TITLE.search(between):
                continue  # the award must be the honour named just before
            start = m.start("orgs") + m["orgs"].find(orgs[0])
            kind = _kind(ctx.text[sentence_start(ctx.text, start) : start])
            award = names(before[-1], before[:-1])
            out.append(self._record(ctx, start, m.end(), award, before[-1], len(orgs), kind, False, orgs))
        return out

    def _quoted(self, ctx: Context) -> list[AwardRecord]:
        """100个“江苏精品”企业, 20家获得“苏州制造”品牌认证: quoted designations with a count."""
        out = []
        for m in gates()["quoted"].finditer(ctx.text):
            clause = ctx.text[sentence_start(ctx.text, m.start()) : m.start()]
            kind = "holders" if "已获得" in m.group() or HOLDING.search(clause) else _kind(clause)
            mention = Mention(m.start(), m.end(), m["q"], None, None, True)
            out.append(
                self._record(ctx, m.start(), m.end(), m["q"], mention, parse_number(m["n"]) or 0, kind, _approx(m), [])
            )
        return [r for r in out if r.count]

    def _year_lists(self, ctx: Context, mentions: list[Mention], names) -> list[AwardRecord]:
        """历届获奖名单 / 2012年:A、B、C — one recipient count per year line, for the page's main award."""
        text = ctx.text
        heading = re.search(r"(?:历届|历年)?获奖(?:企业)?名单", text) if "名单" in text else None
        if not heading or not mentions:
            return []
        main = max(
            {names(m, mentions) for m in mentions if not m.designation},
            default=None,
            key=lambda n: sum(names(m, mentions) == n for m in mentions),
        )
        if main is None:
            return []
        out = []
        pos = text.find("\n", heading.end()) + 1
        for line in text[pos:].split("\n"):
            m = YEAR_LIST.match(line)
            if not m:
                if out:
                    break
                pos += len(line) + 1
                continue
            orgs = split_orgs(m["orgs"])
            if orgs:
                mention = Mention(pos, pos + len(line), main, None, int(m["year"]), False)
                out.append(self._record(ctx, pos, pos + len(line), main, mention, len(orgs), "recipients", False, orgs))
            pos += len(line) + 1
        return out

    @staticmethod
    def _record(
        ctx: Context,
        start: int,
        end: int,
        award: str,
        mention: Mention,
        count: int,
        kind: str,
        approx: bool,
        recipients: list[str],
    ) -> AwardRecord:
        level = _level(ctx, award, mention)
        return make(
            AwardRecord,
            ctx,
            start,
            end,
            NAME,
            award=award,
            level=level,
            city=_city(ctx, award) if level == "municipal" else None,
            edition=mention.edition,
            year=mention.year,
            count=count,
            count_kind=kind,
            approximate=approx,
            recipients=recipients,
        )


def _normaliser(ctx: Context, mentions: list[Mention]):
    """A function giving each mention its full award name."""
    full = [_unmerge_role(m.name) for m in mentions if level_of_name(m.name) is not None]
    city = ctx.primary_city
    province = None
    if city:
        place = gaz.by_name().get(city)
        province = gaz.places()[place.province].name if place else None

    def name(mention: Mention, earlier: list[Mention]) -> str:
        text = _unmerge_role(mention.name)
        generic = patterns()["generic"].fullmatch(text)
        if generic or text in lex.GENERIC_AWARDS:
            at = next(
                (i for i in range(len(earlier) - 1, -1, -1) if not patterns()["generic"].fullmatch(earlier[i].name)),
                None,
            )
            if at is None:
                return text
            base = name(earlier[at], earlier[:at]).removesuffix("提名奖")
            return base + "提名奖" if text == "提名奖" else base
        if level_of_name(text) is not None and not text.startswith(("省", "市")):
            return text
        same = [f for f in full if f.endswith(text) and f != text]
        if same:
            return max(set(same), key=same.count)
        if text.startswith("市") and city:
            return city + (text[1:] if text.startswith("市政府") else text)
        if text.startswith("省") and province:
            return province + (text[1:] if text.startswith("省政府") else text)
        return text

    return name


def _level(ctx: Context, award: str, mention: Mention) -> str | None:
    """The level the name implies; a county-level city's award is county; a local designation is the page city's."""
    level = level_of_name(award)
    if level is None and (m := COUNTY_CITY.match(award)):
        place = gaz.by_name().get(m.group()) or gaz.places().get(gaz.aliases().get(m.group(), ""))
        level = "county" if place and place.level == "county" else None
    if level is None and mention.designation and ctx.primary_city:
        level = "municipal"  # 创建质量标杆企业20家: a designation the page's city confers
    return level


def _city(ctx: Context, award: str) -> str | None:
    """The city a municipal award's name opens with (南通市市长质量奖 on a 上海 page), else the page's city."""
    m = re.match(region_prefix(), award)
    place = m and (gaz.by_name().get(m.group()) or gaz.by_name().get(m.group() + "市"))
    return place.name if place and place.level == "prefecture" else ctx.primary_city


def _unmerge_role(name: str) -> str:
    """河南省长质量奖 → 河南省省长质量奖, 大连市长质量奖 → 大连市市长质量奖 (湖北省长江质量奖 stays)."""
    m = MERGED_ROLE.match(name)
    if m and m["place"] + m["role"] in gaz.by_name():
        return m["place"] + m["role"] + m["role"] + m["rest"]
    return name


def _carry_editions(text: str, mentions: list[Mention], awards: list[str]) -> list[Mention]:
    """A mention with no edition or year takes those of the same award named just before in its paragraph.

    大会表彰了第四届中国质量奖获奖企业。A公司获评“中国质量奖”, B公司获得中国质量奖提名奖: all of the 4th edition.
    """
    out: list[Mention] = []
    for i, mention in enumerate(mentions):
        if mention.edition is None and mention.year is None and not mention.designation:
            award = awards[i].removesuffix("提名奖")
            for j in range(len(out) - 1, -1, -1):
                earlier = out[j]
                between = text[earlier.end : mention.start]
                if "\n" in between or OTHER_TIME.search(between):
                    break
                if awards[j].removesuffix("提名奖") == award:
                    if earlier.edition is not None or earlier.year is not None:
                        mention = replace(mention, edition=earlier.edition, year=earlier.year)
                    break
        out.append(mention)
    return out


def _kind(sentence: str, one_edition: bool = False) -> str:
    """target after 创建/力争… in the same clause; holders after 目前/累计/拥有… in the sentence.

    共有 (a weak cue) counts only in the last clause, and not at all when one edition is named (共有3家企业获得第三届…).
    """
    last = sentence[clause_start(sentence, len(sentence)) :]
    if TARGET.search(last) or any(cue in sentence for cue in lex.SENTENCE_TARGET_CUES):
        return "target"
    strong = [cue for cue in HOLDING.findall(sentence) if cue not in lex.WEAK_HOLDING_CUES]
    weak = not one_edition and any(cue in last for cue in lex.WEAK_HOLDING_CUES)
    return "holders" if strong or weak else "recipients"


def _approx(m: re.Match[str]) -> bool:
    g = m.groupdict()
    return bool(g.get("before") or g.get("after") or g.get("after2"))
