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


def records(text: str) -> list:
    ctx = Context(doc_id="d", text=text)
    ctx.found["cities"] = CitiesExtractor()(ctx)
    return AwardsExtractor()(ctx)


def test_a_name_that_lost_its_奖_before_a_count() -> None:
    text = "截至目前,全市企业获中国质量奖(含提名奖)3家、福建省政府质量(含提名奖)12家、福州市政府质量奖34家。"
    assert ("福建省政府质量奖", 12, "holders", None) in awards(text)


@pytest.mark.parametrize("text", ["省政府质量工作会议召开,12家企业参加。", "市长质量提升行动覆盖300家企业。"])
def test_质量_without_奖_is_not_a_name_elsewhere(text: str) -> None:
    assert awards(text) == []


def test_named_recipients_that_refer_back_to_the_award() -> None:
    text = "河南省长质量奖是最高质量荣誉奖。在首届省长质量奖评选中,我市云台山旅游发展有限公司榜上有名。"
    (record,) = records(text)
    assert (record.award, record.count, record.edition) == ("河南省省长质量奖", 1, 1)
    assert record.recipients == ["云台山旅游发展有限公司"]


def test_a_name_that_refers_back_to_a_brand_title_is_not_an_award() -> None:
    text = "我市积极组织企业申报省长质量奖。全市新增省级名牌产品25个,大连华锐重工集团股份有限公司名列其中。"
    assert awards(text) == []


def test_recipients_named_in_the_next_sentence() -> None:
    text = (
        "10家豫企获省长质量奖,其中我市有两家企业获此殊荣。"
        "这两家企业是:河南省中原内配股份有限公司、风神轮胎股份有限公司。"
    )
    assert [r.recipients for r in records(text) if r.count == 2] == [
        ["河南省中原内配股份有限公司", "风神轮胎股份有限公司"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "「公务员优质服务奖励计划」昨日举行颁奖典礼,19个部门共获得逾40个奖项。",
            [("公务员优质服务奖励计划", 19, "recipients", None)],
        ),
        ("第三届杭州市政府质量奖评审结果揭晓,5家企业获奖。", [("杭州市政府质量奖", 5, "recipients", 3)]),
        ("本届市长质量奖共有30家企业报名参评,最终5家企业获奖。", [("市长质量奖", 5, "recipients", None)]),
        (  # the persons counted beside the organisations are the award's persons' tier
            "第二届中国质量奖评选结果揭晓,全国共有9家组织和1名个人获奖。",
            [("中国质量奖", 9, "recipients", 2), ("中国质量奖个人奖", 1, "recipients", 2)],
        ),
        ("市长质量奖是我市质量领域最高荣誉,先后有20家企业获得。", [("市长质量奖", 20, "holders", None)]),
    ],
)
def test_a_count_in_a_later_clause(text: str, expected: list) -> None:
    assert awards(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "市长质量奖每年评选一次,每次不超过5家企业获奖。",  # a rule of the award
        "第七届市长质量奖评选活动启动,将评选出不超过5家获奖企业。",  # a plan
        "市长质量奖评审结果公布后,12家企业获得中国名牌产品称号。",  # another title
        "在中国质量奖评选中,全国共有600多家组织获得提名。",  # nominees
        "市长质量奖评审工作启动,截至目前已有45家企业提交申请。",  # applicants
    ],
)
def test_later_counts_that_are_not_winners(text: str) -> None:
    assert awards(text) == []


def test_edition_carries_to_the_same_award_named_again() -> None:
    text = (
        "大会还表彰了第四届中国质量奖获奖企业。博世汽车部件(苏州)有限公司获评全省“中国质量奖”;"
        "好孩子集团有限公司、苏州市东吴物业管理有限公司获得中国质量奖提名奖。"
    )
    assert awards(text) == [("中国质量奖", 1, "recipients", 4), ("中国质量奖提名奖", 2, "recipients", 4)]


def test_edition_does_not_carry_across_another_year() -> None:
    text = "2019年第四届中国质量奖揭晓。今年,海尔集团有限公司获得中国质量奖。"
    assert awards(text) == [("中国质量奖", 1, "recipients", None)]


def test_a_place_merged_into_the_role_word_is_restored() -> None:
    assert awards("5家企业获得大连市长质量奖。") == [("大连市市长质量奖", 5, "recipients", None)]
    assert awards("3家企业获得第二届湖北省长江质量奖。") == [("湖北省长江质量奖", 3, "recipients", 2)]


def test_a_total_after_the_recipients_noun_is_holders() -> None:
    assert awards("目前,获得市长质量奖的企业达到12家。") == [("市长质量奖", 12, "holders", None)]


def test_one_edition_counts_after_评出_are_recipients() -> None:
    assert awards("本届市长质量奖共评出获奖企业6家、提名奖企业4家。") == [
        ("市长质量奖", 6, "recipients", None),
        ("市长质量奖提名奖", 4, "recipients", None),
    ]


def test_共有_with_an_edition_counts_that_editions_recipients_listed_after() -> None:
    text = "我市共有3家企业获得第三届中国质量奖提名奖,分别是海尔集团公司、青岛啤酒股份有限公司和双星集团有限责任公司。"
    (record,) = records(text)
    assert (record.count, record.count_kind, record.edition) == (3, "recipients", 3)
    assert record.recipients == ["海尔集团公司", "青岛啤酒股份有限公司", "双星集团有限责任公司"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("授予周口凯旺电子科技有限公司等5家企业2014年度“周口市市长质量奖”荣誉称号。", 2014),
        ("市政府对2012年度获嘉兴市市长质量奖的3家企业进行了表彰。", 2012),
    ],
)
def test_a_year_just_outside_the_name(text: str, year: int) -> None:
    assert [r.year for r in records(text)] == [year]


def test_levels_and_cities_of_award_names() -> None:
    (county,) = records("授予江苏思源赫兹互感器有限公司、南通中铁华宇电气有限公司2家企业如皋市市长质量奖。")
    assert county.level == "county"
    text = "上海市质量大会召开。上海市质量协会介绍,南通市市长质量奖已有19家企业获得这一奖项。"
    (other_city,) = records(text)
    assert (other_city.level, other_city.city) == ("municipal", "南通市")


def test_a_local_designation_is_the_page_citys() -> None:
    (record,) = records("舟山市实施质量提升行动。舟山市将创建质量管理标杆企业20家以上。")
    assert (record.level, record.city, record.count_kind) == ("municipal", "舟山市", "target")


def test_a_list_heading_that_states_its_count() -> None:
    assert awards("一、徐州市市长质量奖(5家企业)") == [("徐州市市长质量奖", 5, "recipients", None)]


def test_recipients_numbered_in_brackets_under_a_heading() -> None:
    text = (
        "第八届重庆市市长质量管理奖获奖单位\n(1)重庆青山工业有限责任公司\n"
        "(2)金龙精密铜管集团股份有限公司\n希望获奖单位再创佳绩。"
    )
    (record,) = records(text)
    assert (record.count, record.recipients) == (2, ["重庆青山工业有限责任公司", "金龙精密铜管集团股份有限公司"])
    assert record.evidence.endswith("金龙精密铜管集团股份有限公司")


def test_the_pages_own_place_is_not_part_of_a_recipients_name() -> None:
    text = "我市海天酱油股份有限公司、美的集团股份有限公司荣获第三届广东省政府质量奖。"
    (record,) = records(text)
    assert record.recipients == ["海天酱油股份有限公司", "美的集团股份有限公司"]


def test_新增_is_not_part_of_the_name_and_counts_new_recipients() -> None:
    assert awards("全市新增省长质量奖企业2家、市长质量奖企业5家。") == [
        ("省长质量奖", 2, "recipients", None),
        ("市长质量奖", 5, "recipients", None),
    ]


def test_力争_makes_a_total_a_target() -> None:
    (record,) = records("力争到2025年,全市获得各级政府质量奖的企业达到50家以上。")
    assert (record.count, record.count_kind, record.approximate) == (50, "target", True)


def test_共有_after_the_recipients_noun() -> None:
    assert awards("浙江省人民政府质量奖获奖企业共有12家。") == [("浙江省人民政府质量奖", 12, "holders", None)]


def test_organisations_counted_not_times_won() -> None:
    assert awards("截至目前,我市共有3家企业5次获得中国质量奖提名奖。") == [("中国质量奖提名奖", 3, "holders", None)]
