"""Awards: counts of honours conferred on organisations, stated or counted from named recipients.

Every award or designation name is found by its head (…质量奖, …标杆企业) and read back to
where the name starts (region, edition, year); the count is then read from the clause
around it: a stated count (16家企业获得…), a list of organisations (授予A、B…), a count after
the name (…企业4家), a numbered list under a heading, or a count that refers back to the
award named last (19家企业获得这一奖项). Bare names (市长质量奖, 提名奖) take the full name the
page uses, or the page's own city or province.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.extractors.base import Context, dedupe, make
from extract.models import AwardRecord, Record
from extract.rules import awards as lex
from extract.rules import places as gaz
from extract.text.names import clause_start, prefix_start, sentence_end, sentence_start
from extract.text.numbers import APPROX_AFTER, APPROX_BEFORE, NUMBER, parse_chinese, parse_number
from extract.text.regions import level_of_name, region_prefix
from extract.text.segment import organisation_name
from extract.text.trie import trie_pattern

NAME = "awards/2"
COUNT = (
    rf"(?P<before>{APPROX_BEFORE})?(?P<n>{NUMBER})(?P<after>{APPROX_AFTER})?\s*"
    rf"(?P<unit>[{lex.AWARD_UNITS}])(?P<after2>以上)?"
)
EDITION = r"(?:第[一二三四五六七八九十\d]{1,3}届|首届)"
YEAR = r"(?:(?:19|20)\d{2}(?:\s*[—–-]\s*(?:19|20)\d{2})?\s*年度?)"
EDITION_RE = re.compile(EDITION)
YEAR_RE = re.compile(YEAR)
NAME_NOISE = re.compile(rf"{EDITION}|{YEAR}|\((?:组织|个人)类\)")
ASCII = re.compile(r"[A-Za-z0-9_]")
ASCII_RUN = re.compile(r"[A-Za-z0-9_\-]+")
VERBS = "|".join((*lex.CONFER_VERBS, "颁发", "授予"))
# An award name without a region keeps only a role word before its head: 市长质量奖, 省政府质量奖.
ROLE = re.compile(r"(?:[市省区县]?(?:长|政府))$")
ORG_END = "|".join(sorted(lex.ORG_ENDS, key=len, reverse=True))
RECIPIENT_NOUN = r"(?:企业|单位|组织|[\u4e00-\u9fff]?企)"
# Characters and words where an award's name cannot extend further back.
STOP = re.compile(
    r"\d+\s*[家个名位项]|[^\u4e00-\u9fff\d〇—–\-]|[的了和与及等为是在对向将以获授颁荣有被把让从由]|"
    r"创建|培育|打造|争创|表彰|评选|命名|入选|参加|举行|开展|公布|设立|组织|确定|取得|实施|推行|设置|评审"
)
HOLDING = re.compile("|".join(lex.HOLDING_CUES))
TARGET = re.compile("|".join(lex.TARGET_CUES))
CANDIDATES = re.compile(r"候选|申报|参评|推荐|提名名单|拟授予|公示")
LIST_SPLIT = re.compile(r"[、,]|(?<=[司团厂院所心学校行社会队局站场馆店])(?:和|及|与|以及)")
NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.、.]\s*\S")
SUBJECT_VERB = re.compile(r"(?P<subject>[\u4e00-\u9fff]{3,12}?)(?:荣获|获得|获评)")
YEAR_LIST = re.compile(r"^(?P<year>(?:19|20)\d{2})年度?\s*[:：]\s*(?P<orgs>.+)$")


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled once: heads, name starts, counts around a name."""
    heads = trie_pattern(lex.AWARD_CORES)
    designations = trie_pattern(lex.DESIGNATION_CORES)
    generic = trie_pattern(lex.GENERIC_AWARDS)
    return {
        "head": re.compile(rf"(?:{heads})(?:提名奖)?(?:\((?:组织|个人)类\))?|(?P<desig>{designations})"),
        "generic": re.compile(rf"(?P<gen>(?:{generic})(?:[、和及与](?:{generic}))*)"),
        "generic_after_verb": re.compile(rf"(?<=[获得、,])(?:{generic})(?:[、和及与](?:{generic}))*"),
        "name_start": re.compile(rf"{EDITION}|{YEAR}|(?:{region_prefix()})"),
        "count_before": re.compile(
            rf"{COUNT}{RECIPIENT_NOUN}?(?:和[\u4e00-\u9fff]{{2,4}})?\s*(?:{VERBS}|为)?了?\s*{YEAR}?\s*{EDITION}?\s*[“\"「]?$"
        ),
        "count_after": re.compile(rf"^(?:\([^)]{{0,8}}\))?(?:获奖)?{RECIPIENT_NOUN}?(?:共|达|有)?{COUNT}"),
        # 获得…奖的A、B等6家企业: the organisations may be named before the count
        "of_count": re.compile(rf"^的(?:[^。;]{{0,120}}?等)?{COUNT}{RECIPIENT_NOUN}"),
        "listed_as": re.compile(r"^的(?:企业|单位|组织)(?:分别)?(?:是|为|有)[:：](?P<orgs>[^。;\n]+)"),
        "orgs_before": re.compile(
            rf"(?P<orgs>[^。;:“”\"《》]*?(?:{ORG_END})(?:\([^()]{{1,10}}\))?)"
            rf"(?:等{COUNT}{RECIPIENT_NOUN}?)?\s*(?:已经|已|均|分别|同时)?(?:{VERBS})?了?\s*{YEAR}?\s*{EDITION}?\s*[“\"「]?$"
        ),
        "anaphora": re.compile(
            rf"{COUNT}{RECIPIENT_NOUN}?[^。;\n,]{{0,6}}?(?:(?:获得|荣获|获)(?:了)?(?:{'|'.join(lex.ANAPHORA)})|名列其中|榜上有名)"
        ),
        "quoted": re.compile(
            rf"{COUNT}[^。;\n,“”]{{0,8}}?[“\"](?P<q>[\u4e00-\u9fff]{{2,6}}(?:精品|制造|品牌|名牌))[”\"](?:品牌认证|认证)?(?:企业)?"
        ),
        "org": re.compile(rf"(?:{ORG_END})(?:\([^()]{{1,10}}\))?$"),
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
    for m in p["head"].finditer(text):
        prefix_at = prefix_start(text, m.start(), STOP)
        prefix = text[prefix_at : m.start()]
        token = p["name_start"].search(prefix)
        if token:
            prefix_at += token.start()
        elif m.group("desig"):
            prefix_at += len(prefix) if len(prefix) > 6 else 0
        else:
            role = ROLE.search(prefix)
            prefix_at += role.start() if role else len(prefix)
        start = prefix_at
        raw = text[start : m.end()]
        edition = EDITION_RE.search(raw)
        year = YEAR_RE.search(raw)
        name = NAME_NOISE.sub("", raw).strip()
        if ASCII.search(name):  # junk injected into the name: keep what follows it
            name = ASCII_RUN.split(name)[-1]
            role = ROLE.search(name[: -len(m.group())] if name.endswith(m.group()) else "")
            name = (role.group() if role else "") + m.group()
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
    return out[::-1]


class AwardsExtractor:
    """Award counts with their kind (recipients, holders, target), edition, year and recipients."""

    table = "awards"
    name = NAME

    def __call__(self, ctx: Context) -> list[Record]:
        text = ctx.text
        mentions = find_mentions(text)
        names = _normaliser(ctx, mentions)
        records: list[Record] = []
        for i, mention in enumerate(mentions):
            previous_end = mentions[i - 1].end if i else 0
            records += self._counts_for(ctx, mention, names(mention, mentions[:i]), previous_end)
        quoted = self._quoted(ctx)
        records += self._anaphora(ctx, mentions, names, quoted)
        records += quoted
        records += self._year_lists(ctx, mentions, names)
        records.sort(key=lambda r: (r.start, -r.end))
        return dedupe(records, key=lambda r: (r.award, r.count, r.count_kind, r.year))

    def _counts_for(self, ctx: Context, mention: Mention, award: str, previous_end: int) -> list[Record]:
        text, p = ctx.text, patterns()
        begins = sentence_start(text, mention.start)
        left_start = max(begins, previous_end)
        left = text[left_start : mention.start]
        right = text[mention.end : sentence_end(text, mention.end)]
        clause = text[begins : mention.start]
        if CANDIDATES.search(text[max(begins, mention.start - 8) : mention.start]):
            return []
        kind = _kind(clause)
        found: list[Record] = []

        def add(start: int, end: int, count: int | None, approx: bool, recipients: list[str], kind: str) -> None:
            if count:
                found.append(self._record(ctx, start, end, award, mention, count, kind, approx, recipients))

        m = p["count_before"].search(left)
        if m and mention.designation and not re.search(r"表彰|授予|命名|评为|评选|认定|公布|确定", clause):
            kind = "target" if kind == "target" else "holders"
        if m:
            orgs = split_orgs(left[: m.start()].removesuffix("等")) if left[: m.start()].endswith("等") else []
            orgs = orgs or split_orgs(left[: m.start()])
            add(left_start + m.start(), mention.end, parse_number(m["n"]), _approx(m), orgs, kind)
            return found
        m = p["orgs_before"].search(left) if not mention.designation else None
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
        m = p["listed_as"].match(right)
        if m:
            orgs = split_orgs(m["orgs"]) or [o for o in LIST_SPLIT.split(m["orgs"]) if o.strip()]
            add(mention.start, mention.end + m.end(), len(orgs), False, orgs, kind)
            return found
        m = p["count_after"].match(right)
        if m:
            # 第五届…奖5家 counts one edition's recipients; 奖企业4家 with no edition is an inventory.
            one_edition = mention.edition is not None or mention.year is not None
            after_kind = kind if kind != "recipients" or one_edition else "holders"
            add(mention.start, mention.end + m.end(), parse_number(m["n"]), _approx(m), [], after_kind)
            return found
        found += self._numbered_list(ctx, mention, award)
        if not found:
            found += self._named_subject(ctx, mention, award, left_start, left, kind)
        return found

    def _named_subject(self, ctx: Context, mention: Mention, award: str, left_start: int, left: str, kind: str):
        """鑫缘丝绸获得中国质量奖提名奖: one recipient named without a company suffix (checked with jieba)."""
        m = SUBJECT_VERB.fullmatch(left, clause_start(left, len(left)))
        if not m or not organisation_name(m["subject"]):
            return []
        start = left_start + m.start("subject")
        return [self._record(ctx, start, mention.end, award, mention, 1, kind, False, [m["subject"]])]

    def _numbered_list(self, ctx: Context, mention: Mention, award: str) -> list[Record]:
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
        for line in lines:
            if not NUMBERED.match(line):
                break
            items.append(re.sub(r"^\s*\d{1,3}\s*[.、.]\s*", "", line))
        if not items:
            return []
        end = line_end + 1 + sum(len(line) + 1 for line in items) - 1
        return [
            self._record(
                ctx, mention.start, min(end, len(text)), award, mention, len(items), "recipients", False, items
            )
        ]

    def _anaphora(self, ctx: Context, mentions: list[Mention], names, quoted: list[Record]) -> list[Record]:
        """19家企业获得这一奖项 / 33家苏州企业名列其中: the award or designation named last."""
        out = []
        for m in patterns()["anaphora"].finditer(ctx.text):
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
            out.append(self._record(ctx, m.start(), m.end(), award, mention, count, kind, _approx(m), []))
        return [r for r in out if r.count]

    def _quoted(self, ctx: Context) -> list[Record]:
        """100个“江苏精品”企业, 20家获得“苏州制造”品牌认证: quoted designations with a count."""
        out = []
        for m in patterns()["quoted"].finditer(ctx.text):
            clause = ctx.text[sentence_start(ctx.text, m.start()) : m.start()]
            kind = "holders" if "已获得" in m.group() or HOLDING.search(clause) else _kind(clause)
            mention = Mention(m.start(), m.end(), m["q"], None, None, True)
            out.append(
                self._record(ctx, m.start(), m.end(), m["q"], mention, parse_number(m["n"]) or 0, kind, _approx(m), [])
            )
        return [r for r in out if r.count]

    def _year_lists(self, ctx: Context, mentions: list[Mention], names) -> list[Record]:
        """历届获奖名单 / 2012年:A、B、C — one recipient count per year line, for the page's main award."""
        text = ctx.text
        heading = re.search(r"(?:历届|历年)?获奖(?:企业)?名单", text)
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
    ) -> Record:
        level = level_of_name(award)
        return make(
            AwardRecord,
            ctx,
            start,
            end,
            NAME,
            award=award,
            level=level,
            city=ctx.primary_city if level == "municipal" else None,
            edition=mention.edition,
            year=mention.year,
            count=count,
            count_kind=kind,
            approximate=approx,
            recipients=recipients,
        )


def _normaliser(ctx: Context, mentions: list[Mention]):
    """A function giving each mention its full award name."""
    full = [m.name for m in mentions if level_of_name(m.name) is not None]
    city = ctx.primary_city
    province = None
    if city:
        place = gaz.by_name().get(city)
        province = gaz.places()[place.province].name if place else None

    def name(mention: Mention, earlier: list[Mention]) -> str:
        text = mention.name
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


def _kind(sentence: str) -> str:
    """target after 创建/力争… in the same clause; holders after 目前/累计/拥有… in the sentence."""
    if TARGET.search(sentence[clause_start(sentence, len(sentence)) :]):
        return "target"
    return "holders" if HOLDING.search(sentence) else "recipients"


def _approx(m: re.Match[str]) -> bool:
    g = m.groupdict()
    return bool(g.get("before") or g.get("after") or g.get("after2"))
