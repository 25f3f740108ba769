"""Awards: stated counts, counted recipient lists, editions, 提名奖, holders, targets, and the traps."""

from __future__ import annotations

import pytest

from extract.extractors.awards import AwardsExtractor
from extract.extractors.base import Context
from extract.extractors.cities import CitiesExtractor


def awards(text: str) -> list[tuple[str, int, str, int | None]]:
    ctx = Context(doc_id="d", text=text)
    ctx.found["cities"] = CitiesExtractor()(ctx)
    records = AwardsExtractor()(ctx)
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return [(r.award, r.count, r.count_kind, r.edition) for r in records]


def test_stated_count_with_a_generic_award_takes_the_award_named_before() -> None:
    text = (
        "会上公布了第六届青岛市市长质量奖获奖单位和提名单位名单,"
        "澳柯玛股份有限公司等16家企业获得卓越奖、创新奖和提名奖。"
    )
    assert awards(text) == [("青岛市市长质量奖", 16, "recipients", 6)]


def test_named_recipients_are_counted_with_their_edition() -> None:
    text = "华锐重工集团股份有限公司、三洋冷链有限公司、海密梯克泵业有限公司荣获首届大连市市长质量奖。"
    ctx = Context(doc_id="d", text=text)
    (record,) = AwardsExtractor()(ctx)
    assert (record.award, record.count, record.edition) == ("大连市市长质量奖", 3, 1)
    assert record.recipients == ["华锐重工集团股份有限公司", "三洋冷链有限公司", "海密梯克泵业有限公司"]


def test_prize_money_is_not_a_count() -> None:
    text = (
        "市政府决定授予许继电源有限公司、河南世纪香食用菌开发有限公司等2家企业"
        "“2015—2016年度许昌市市长质量奖”,各奖励100万元。"
    )
    assert awards(text) == [("许昌市市长质量奖", 2, "recipients", None)]


def test_nomination_award_is_its_own_row() -> None:
    text = (
        "授予徐州建机工程机械有限公司等5家企业2023年徐州市市长质量奖,"
        "授予徐州徐工履带底盘有限公司等3家企业2023年徐州市市长质量奖提名奖。"
    )
    assert [a[:2] for a in awards(text)] == [("徐州市市长质量奖", 5), ("徐州市市长质量奖提名奖", 3)]


def test_bare_nomination_award_takes_the_award_just_named() -> None:
    text = "目前,全市共有33家企业获得重庆市市长质量管理奖、23家企业获得提名奖。"
    assert awards(text) == [
        ("重庆市市长质量管理奖", 33, "holders", None),
        ("重庆市市长质量管理奖提名奖", 23, "holders", None),
    ]


def test_running_totals_after_the_name_are_holders() -> None:
    text = "擁有國家質量管理卓越企業1家、遼寧省省長質量獎企業4家。".replace(
        "擁有國家質量管理卓越企業", "拥有国家质量管理卓越企业"
    )
    text = text.replace("遼寧省省長質量獎企業", "辽宁省省长质量奖企业")
    assert awards(text) == [("国家质量管理卓越企业", 1, "holders", None), ("辽宁省省长质量奖", 4, "holders", None)]


def test_targets_are_approximate_with_以上() -> None:
    ctx = Context(doc_id="d", text="一是开展质量管理创优行动,创建质量管理标杆企业20家以上。")
    (record,) = AwardsExtractor()(ctx)
    assert (record.award, record.count, record.count_kind, record.approximate) == (
        "质量管理标杆企业",
        20,
        "target",
        True,
    )


def test_a_count_that_refers_back_to_the_award() -> None:
    text = "自2009年开始,南通市市长质量奖每年评审一次,迄今共有19家企业获得这一奖项。"
    assert awards(text) == [("南通市市长质量奖", 19, "holders", None)]


def test_numbered_list_under_a_heading() -> None:
    text = (
        "第八届重庆市市长质量管理奖获奖单位\n1.重庆青山工业有限责任公司\n"
        "2.金龙精密铜管集团股份有限公司\n3.国网重庆市电力公司"
    )
    assert awards(text) == [("重庆市市长质量管理奖", 3, "recipients", 8)]


def test_bare_mayors_award_takes_the_page_city() -> None:
    text = "南通市质量工作会议召开。对2015年度获市长质量奖的4家企业进行了表彰。"
    assert awards(text) == [("南通市市长质量奖", 4, "recipients", None)]


def test_one_edition_count_after_the_name_is_recipients() -> None:
    assert awards("随后,第五届福州市政府质量奖5家获奖企业介绍了经验。") == [("福州市政府质量奖", 5, "recipients", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "今年共有56家企业申报市长质量奖,经评审确定候选企业12家。",  # applicants and candidates
        "每家奖励金额为100万元,该奖项每年评选一次。",  # prize money, no award count
        "全市获得质量认证的企业达3909家。",  # not an award
        "大连市质监局将对获奖企业给予奖励。",  # no number
    ],
)
def test_not_award_counts(text: str) -> None:
    assert awards(text) == []


def test_injected_spam_in_the_award_name_falls_back_to_the_page_city() -> None:
    text = (
        "赣州市政府决定:授予天键电声股份有限公司、同兴达电子科技有限公司“2021年mobile28365_bt365官网在线市长质量奖”。"
    )
    assert awards(text) == [("赣州市市长质量奖", 2, "recipients", None)]


def test_one_recipient_named_without_a_company_suffix() -> None:
    text = "在年度质量工作考核中我市名列前茅,鑫缘丝绸获得中国质量奖提名奖。"
    ctx = Context(doc_id="d", text=text)
    (record,) = AwardsExtractor()(ctx)
    assert (record.award, record.count, record.recipients) == ("中国质量奖提名奖", 1, ["鑫缘丝绸"])


@pytest.mark.parametrize("text", ["全市多家企业获得中国质量奖提名奖。", "会议指出,我市获得中国质量奖提名奖。"])
def test_a_common_noun_or_pronoun_is_not_a_named_recipient(text: str) -> None:
    assert awards(text) == []


def test_recipients_named_between_the_award_and_the_count() -> None:
    text = (
        "会上,市政府对获得第五届绍兴市政府质量奖的浙江龙盛集团股份有限公司、"
        "卧龙电气驱动集团股份有限公司等6家企业进行了表彰。"
    )
    assert awards(text) == [("绍兴市政府质量奖", 6, "recipients", 5)]
