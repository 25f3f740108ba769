"""Awards: counts of honours conferred on organisations, stated or counted from a list of names."""

from __future__ import annotations

import functools
import re

from extract.extractors.base import Context, dedupe, make
from extract.models import AwardRecord, Record
from extract.rules import awards as lex
from extract.text.numbers import APPROX_AFTER, APPROX_BEFORE, NUMBER, parse_chinese, parse_number
from extract.text.regions import level_of_name, region_prefix

NAME = "awards/1"
AWARD_HEADS = r"(?:质量管理奖|质量金奖|质量奖|标准创新贡献奖|卓越企业|先进企业|标杆企业|示范企业)"
EDITION = r"(?P<edition>首届|第[一二三四五六七八九十\d]{1,3}届)?"
YEAR = r"(?:(?P<year>\d{4})(?:[—-]\d{4})?年度?)?"
ORG_END = r"(?:公司|集团|厂|院|所|中心|大学|学校|医院|银行|合作社|协会|局|站|场|馆|店)"
ORG = rf"[^、,,。;:“”《》()\s]{{2,30}}?{ORG_END}(?:\([^)]{{1,10}}\))?"
HOLDING = re.compile(r"(?:共有|累计|目前|截至|现有|拥有|已有|总数)")


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """The award shapes: stated recipients, named lists, holders, targets."""
    award = rf"(?P<award>(?:{region_prefix()})?[\u4e00-\u9fff]{{0,8}}?{AWARD_HEADS}(?:提名奖)?)"
    count = rf"(?P<before>{APPROX_BEFORE})?(?P<n>{NUMBER})(?P<after>{APPROX_AFTER})?(?P<unit>[{lex.AWARD_UNITS}])"
    orgs = rf"(?P<orgs>{ORG}(?:[、和及与]{ORG})*)"
    return {
        # 16家企业获得第六届青岛市市长质量奖 / 授予A、B等2家企业“2015—2016年度许昌市市长质量奖”
        "stated": re.compile(
            rf"(?:{orgs}等)?{count}(?:企业|单位|组织)?(?:获得|荣获|获评|获|被授予|为)?[“\"]?{EDITION}{YEAR}{award}"
        ),
        # A、B和C荣获首届大连市市长质量奖
        "listed": re.compile(rf"{orgs}(?:已经|已|均|分别)?(?:荣获|获得|获评|获)(?:了)?[“\"]?{EDITION}{YEAR}{award}"),
        # 辽宁省省长质量奖企业4家, 国家质量管理卓越企业1家
        "holders": re.compile(rf"{award}(?:获奖)?(?:企业|单位)?{count}"),
        # 创建质量管理标杆企业20家以上
        "target": re.compile(
            rf"(?:创建|培育|打造|争创)(?P<award>[\u4e00-\u9fff]{{2,12}}?{AWARD_HEADS}){count}(?P<after2>{APPROX_AFTER})?"
        ),
    }


def _edition(text: str | None) -> int | None:
    if not text:
        return None
    if text == "首届":
        return 1
    inner = text[1:-1]
    return int(inner) if inner.isdigit() else parse_chinese(inner)


def split_orgs(text: str) -> list[str]:
    """Organisation names of a list joined by 、 和 及 与."""
    return [p for p in re.split(r"[、和及与](?=[^、和及与]{2})", text) if p]


class AwardsExtractor:
    """Award counts with their kind (recipients, holders, target), edition, year and recipients."""

    table = "awards"
    name = NAME

    def __call__(self, ctx: Context) -> list[Record]:
        records: list[Record] = []
        for kind, pattern in patterns().items():
            for m in pattern.finditer(ctx.text):
                record = self._record(ctx, kind, m)
                if record is not None:
                    records.append(record)
        records.sort(key=lambda r: (r.start, -r.end))
        return dedupe(_drop_nested(records), key=lambda r: (r.award, r.count, r.count_kind, r.edition))

    @staticmethod
    def _record(ctx: Context, kind: str, m: re.Match[str]) -> Record | None:
        g = m.groupdict()
        award = g["award"]
        recipients = split_orgs(g["orgs"]) if g.get("orgs") else []
        if kind == "listed":
            count, count_kind = len(recipients), "recipients"
        else:
            count = parse_number(g["n"])
            count_kind = {"target": "target", "holders": "holders"}.get(kind, "recipients")
            sentence_start = max(ctx.text.rfind(ch, 0, m.start()) for ch in "。\n;") + 1
            if kind == "stated" and HOLDING.search(ctx.text, sentence_start, m.start()):
                count_kind = "holders"
        if count is None or count == 0:
            return None
        level = level_of_name(award)
        year = g.get("year")
        return make(
            AwardRecord,
            ctx,
            m.start(),
            m.end(),
            NAME,
            award=award,
            level=level,
            city=ctx.primary_city if level == "municipal" else None,
            edition=_edition(g.get("edition")),
            year=int(year) if year else None,
            count=count,
            count_kind=count_kind,
            approximate=bool(g.get("before") or g.get("after") or g.get("after2")),
            recipients=recipients,
        )


def _drop_nested(records: list[Record]) -> list[Record]:
    """A match inside a longer match of the same award is the same fact."""
    out: list[Record] = []
    for record in records:
        if any(o.start <= record.start and record.end <= o.end and o.award == record.award for o in out):
            continue
        out.append(record)
    return out
