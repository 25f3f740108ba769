"""Each award reader on real sentences (seeds, dev, dev2), on sentences of our own, and on its traps.

`read_by` names the first reader of `READERS` that reads a mention's statement, so each
case also checks the reading order: a sentence meant for one reader must not be taken by
an earlier one.
"""

from __future__ import annotations

import pytest

from extract.extractors.awards import readers
from extract.extractors.awards.extractor import AwardsExtractor, statements
from extract.extractors.awards.mentions import find_mentions
from extract.extractors.awards.names import normaliser
from extract.extractors.awards.reading import Reading
from extract.extractors.awards.text_readers import TEXT_READERS
from extract.extractors.base import Context
from extract.extractors.cities import CitiesExtractor


def context(text: str) -> Context:
    ctx = Context(doc_id="d", text=text)
    ctx.found["cities"] = CitiesExtractor()(ctx)
    return ctx


def read_by(text: str, at: int = 0) -> tuple[str, Reading] | None:
    """The reader that reads the `at`-th mention's statement, and what it read."""
    ctx = context(text)
    mentions = find_mentions(text)
    st = statements(text, mentions, normaliser(ctx, mentions))[at]
    return next(((r.name, got) for r in readers.READERS if (got := r.apply(st)) is not None), None)


def reading(text: str, at: int = 0) -> tuple:
    """(reader, award, count, kind, recipients) of the `at`-th mention."""
    found = read_by(text, at)
    assert found is not None, text
    name, r = found
    return name, r.award, r.count, r.kind, list(r.recipients)


def records(text: str) -> list[tuple]:
    return [(r.award, r.count, r.count_kind, r.edition, r.year) for r in AwardsExtractor()(context(text))]


def test_readers_are_declared_in_reading_order() -> None:
    assert [r.name for r in readers.READERS] == [
        "applicants",
        "two_awards",
        "second_of_two",
        "count_before",
        "orgs_before",
        "persons_before",
        "of_count",
        "of_total",
        "listed_as",
        "count_after",
        "count_paren",
        "names_below",
        "named_subject",
        "later_clause",
        "listed_later",
    ]
    assert [r.name for r in TEXT_READERS] == ["anaphora", "named_anaphora", "quoted", "year_list"]


# --- applicants -----------------------------------------------------------------------------


def test_applicants_are_no_count() -> None:
    text = (  # dev2/q060
        "最后,结合相关部门和乡镇(街道、园区)的意见,确定推荐浙江金三发非织造布有限公司、浙江永达电力实业股份有限公司、"
        "浙江锦诚耐火材料有限公司等三家企业申报市政府质量奖。"
    )
    assert reading(text)[:3] == ("applicants", "市政府质量奖", None)
    assert records(text) == []
    assert records("市政府拟授予3家企业市长质量奖。") == []


def test_applicants_then_winners_in_a_later_clause() -> None:
    text = "共有45家企业申报市长质量奖,经过评审,最终6家企业获奖。"
    assert reading(text) == ("applicants", "市长质量奖", 6, "recipients", [])


# --- count_before ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev/p029
            "大会向伏羲山旅游开发有限公司、郑州建信耐火材料成套有限公司等5个单位颁发了第三届新密市市长质量奖,"
            "两家单位作了典型发言。",
            ("新密市市长质量奖", 5, "recipients", ["伏羲山旅游开发有限公司", "郑州建信耐火材料成套有限公司"]),
        ),
        ("今年又有8家企业获得第三届宁波市市长质量奖。", ("宁波市市长质量奖", 8, "recipients", [])),
        # dev/p043: a designation counted without a conferring event is held
        ("组织市级34个成员单位和全市24家质量标标企业参与启动仪式。", ("质量标标企业", 24, "holders", [])),
        # dev/p033: …and conferred when the sentence confers it (表彰)
        ("表彰了苏浙皖赣沪50家质量先进单位、50名质量先进个人。", ("质量先进单位", 50, "recipients", [])),
    ],
)
def test_count_before(text: str, expected: tuple) -> None:
    assert reading(text) == ("count_before", *expected)


def test_prize_money_is_no_count() -> None:
    # 各奖励100万元: 万元 is no counter word; the one recipient named is the count
    assert reading("授予A有限公司市长质量奖,各奖励100万元。") == (
        "orgs_before",
        "市长质量奖",
        1,
        "recipients",
        ["A有限公司"],
    )


# --- orgs_before ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev2/q008
            "梧州市政府决定,授予梧州神冠蛋白肠衣有限公司、广西三威林产工业有限公司首届梧州市市长质量奖,并予以表彰奖励。",
            ("梧州市市长质量奖", 2, "recipients", ["梧州神冠蛋白肠衣有限公司", "广西三威林产工业有限公司"]),
        ),
        (  # dev/p061: one name, with a conferring verb
            "同时,授予周口华发清真食品有限公司2014年度“周口市市长质量奖提名奖”荣誉称号。",
            ("周口市市长质量奖提名奖", 1, "recipients", ["周口华发清真食品有限公司"]),
        ),
        ("海天酱油股份有限公司获得广东省政府质量奖。", ("广东省政府质量奖", 1, "recipients", ["海天酱油股份有限公司"])),
    ],
)
def test_orgs_before(text: str, expected: tuple) -> None:
    assert reading(text) == ("orgs_before", *expected)


def test_orgs_before_needs_a_count_several_names_or_a_verb() -> None:
    assert read_by("海天酱油股份有限公司2014年度市长质量奖自评报告。") is None


# --- of_count, of_total, listed_as (after the name's 的) -------------------------------------


def test_of_count() -> None:
    text = "对2012年度获嘉兴市市长质量奖的3家企业也进行了表彰。"  # dev/p103
    assert reading(text) == ("of_count", "嘉兴市市长质量奖", 3, "recipients", [])
    assert records(text) == [("嘉兴市市长质量奖", 3, "recipients", None, 2012)]


def test_of_total_is_holders_unless_one_edition_is_named() -> None:
    assert reading("目前,获得市长质量奖的企业达到12家。")[2:4] == (12, "holders")
    assert reading("第三届市长质量奖的获奖企业共有5家。") == ("of_total", "市长质量奖", 5, "recipients", [])


@pytest.mark.parametrize("text", ["获得市长质量奖的企业代表发言。", "获得市长质量奖的企业将获得100万元奖励。"])
def test_after_的_without_a_count(text: str) -> None:
    assert read_by(text) is None


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (  # dev/p009
            "获得第七届福州市政府质量奖的企业分别是:福建礼恩科技有限公司、福建容益菌业科技研发有限公司、福建金源纺织有限公司。",
            ["福建礼恩科技有限公司", "福建容益菌业科技研发有限公司", "福建金源纺织有限公司"],
        ),
        (
            "荣获首届大连市市长质量奖的企业有:大连华锐重工集团股份有限公司、大连冰山集团。",
            ["大连华锐重工集团股份有限公司", "大连冰山集团"],
        ),
    ],
)
def test_listed_as(text: str, orgs: list[str]) -> None:
    name, _, count, kind, recipients = reading(text)
    assert (name, count, kind, recipients) == ("listed_as", len(orgs), "recipients", orgs)


# --- count_after, count_paren ---------------------------------------------------------------


def test_count_after() -> None:
    text = "截至目前,全市拥有省政府质量奖组织奖7家,省政府质量奖个人奖4名,省政府质量奖提名奖9个。"  # dev2/q039
    # each tier named after the award (…奖组织奖, …奖个人奖) is its own name, with its own count
    assert [reading(text, at=i)[:4] for i in range(3)] == [
        ("count_after", "省政府质量奖组织奖", 7, "holders"),
        ("count_after", "省政府质量奖个人奖", 4, "holders"),
        ("count_after", "省政府质量奖提名奖", 9, "holders"),
    ]


def test_count_after_is_not_applicants() -> None:
    assert read_by("市长质量奖共有30家企业报名参评。") is None


@pytest.mark.parametrize(
    ("text", "award", "count"),
    [
        ("一、江苏省省长质量奖(共10个)", "江苏省省长质量奖", 10),  # dev/p087
        ("一、徐州市市长质量奖(5家企业)", "徐州市市长质量奖", 5),  # dev/p091
    ],
)
def test_count_paren(text: str, award: str, count: int) -> None:
    assert reading(text) == ("count_paren", award, count, "recipients", [])


def test_a_year_in_brackets_is_no_count() -> None:
    assert read_by("市长质量奖(2023年度)评审启动。") is None


# --- numbered_below, named_subject ----------------------------------------------------------


def test_numbered_below() -> None:
    text = "第八届重庆市市长质量管理奖获奖单位\n1.重庆青山工业有限责任公司\n2.金龙精密铜管集团股份有限公司\n其他"
    name, _, count, kind, recipients = reading(text)  # dev/p005
    assert (name, count, kind) == ("names_below", 2, "recipients")
    assert recipients == ["重庆青山工业有限责任公司", "金龙精密铜管集团股份有限公司"]


@pytest.mark.parametrize(
    "text",
    [
        "会议公布了第八届重庆市市长质量管理奖获奖单位\n1.重庆青山工业有限责任公司",  # not a heading: words before it
        "第八届重庆市市长质量管理奖获奖单位\n评审工作历时三个月",  # neither numbered nor a name
    ],
)
def test_numbered_below_traps(text: str) -> None:
    assert read_by(text) is None


def test_named_subject() -> None:
    text = "鑫缘丝绸获得中国质量奖提名奖,在省政府已公布的省质量奖总数中,我市排第二。"  # dev/p089
    assert reading(text) == ("named_subject", "中国质量奖提名奖", 1, "recipients", ["鑫缘丝绸"])


# --- later_clause ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "award", "count"),
    [
        (  # dev/p009
            "7日,第七届福州市政府质量奖颁奖大会暨获奖企业经验分享会在闽侯县举行,5家企业获得奖牌、证书及各100万元奖励金。",
            "福州市政府质量奖",
            5,
        ),
        ("第二届宁波市市长质量奖评审结果公布,共评选出4家。", "宁波市市长质量奖", 4),
    ],
)
def test_later_clause(text: str, award: str, count: int) -> None:
    assert reading(text) == ("later_clause", award, count, "recipients", [])


# --- whole-text readers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev2/q060: 共有 with 以来 before it: held
            "自2010开展首届市政府质量奖以来,长兴县共有天能电池集团有限公司和浙江诺力机械股份有限公司两家企业获得此荣誉。",
            [("市政府质量奖", 2, "holders", 1, None)],
        ),
        (  # dev2/q051, a headline: the persons counted beside the organisations are the persons' tier
            "第四届南昌市“市长质量奖”出炉 7家企业2名个人获此殊荣",
            [
                ("南昌市市长质量奖", 7, "recipients", None, None),
                ("南昌市市长质量奖个人奖", 2, "recipients", None, None),
            ],
        ),
        (  # dev/p085: the quoted designation named last
            "第二届江苏质量大会公布了第二批100个“江苏精品”企业名单,33家苏州企业名列其中。",
            [("江苏精品", 100, "recipients", None, None), ("江苏精品", 33, "recipients", None, None)],
        ),
        ("19家企业获得这一奖项。", []),  # nothing named before it
    ],
)
def test_anaphora(text: str, expected: list) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省已有100个“江苏精品”企业。", ("江苏精品", 100, "holders", None, None)),
        ("全市20家企业已获得“浙江制造”认证。", ("浙江制造", 20, "holders", None, None)),  # 已获得: held
        ("今年20家企业获得“浙江制造”认证。", ("浙江制造", 20, "recipients", None, None)),
    ],
)
def test_quoted(text: str, expected: tuple) -> None:
    assert records(text) == [expected]


def test_year_list() -> None:
    text = (
        "2014年第三届苏州市市长质量奖揭晓。\n历届获奖名单\n2012年:苏州固锝电子股份有限公司、波司登股份有限公司\n"
        "2013年:亨通集团有限公司\n更多内容\n2014年:A有限公司"
    )
    assert records(text) == [  # the list ends at the first line that is not a year's
        ("苏州市市长质量奖", 2, "recipients", None, 2012),
        ("苏州市市长质量奖", 1, "recipients", None, 2013),
    ]


def test_year_list_needs_an_award_named_on_the_page() -> None:
    assert records("历届获奖名单\n2012年:苏州固锝电子股份有限公司") == []


# --- dev2: tiers, persons, quotes, repeats (real sentences) ----------------------------------


def test_two_awards_is_no_count() -> None:
    text = "截至2025年底,共有36家组织获自治区人民政府质量奖和提名奖。"
    assert reading(text)[:3] == ("two_awards", "自治区人民政府质量奖", None)
    assert records(text) == []
    text = "省政府质量奖及提名奖19个,约占全省的50%。"
    assert reading(text, at=1)[:3] == ("second_of_two", "省政府质量奖提名奖", None)
    assert records(text) == []


def test_a_tier_after_和_with_its_own_count() -> None:
    assert records("本届评选出市长质量奖5家和提名奖8家。") == [
        ("市长质量奖", 5, "recipients", None, None),  # 评选出: this event's winners
        ("市长质量奖提名奖", 8, "recipients", None, None),
    ]


def test_listed_later() -> None:
    text = "第三届常州市市长质量奖揭晓,获奖企业是:甲有限公司、乙集团。"
    assert reading(text) == ("listed_later", "常州市市长质量奖", 2, "recipients", ["甲有限公司", "乙集团"])
    assert read_by("第三届常州市市长质量奖揭晓,获奖企业是:本地的龙头。") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev2/q039
            "日前,省政府发布《关于第十二届河北省政府质量奖授奖的决定》,授予10家组织和10名个人第十二届河北省政府质量奖。",
            [("河北省政府质量奖", 10, "recipients", 12, None), ("河北省政府质量奖个人奖", 10, "recipients", 12, None)],
        ),
        (  # dev2/q023
            "市政府研究决定,授予山东滨州渤海活塞股份有限公司等3家企业和张忠正等2名同志“2010年度滨州市市长质量奖”;"
            "授予滨州亚光家纺有限公司等2家企业“2010年度滨州市市长质量奖提名奖”。",
            [
                ("滨州市市长质量奖", 3, "recipients", None, 2010),
                ("滨州市市长质量奖个人奖", 2, "recipients", None, 2010),
                ("滨州市市长质量奖提名奖", 2, "recipients", None, 2010),
            ],
        ),
    ],
)
def test_count_before_with_persons(text: str, expected: list) -> None:
    at = len(find_mentions(text.split("。")[0])) - 1  # the award named last in the first sentence
    assert reading(text, at=at)[0] == "count_before"
    assert records(text) == expected


def test_persons_and_organisation_tiers_named_after_a_verb() -> None:
    text = (  # dev2/q039
        "授予10家组织和10名个人第十二届河北省政府质量奖。其中,张家口市杰星电子科技有限公司荣获组织奖;"
        "张家口弘基农业科技开发有限责任公司董事长张海获个人奖。"
    )
    assert reading(text, at=1) == (
        "orgs_before",
        "河北省政府质量奖组织奖",
        1,
        "recipients",
        ["张家口市杰星电子科技有限公司"],
    )
    assert reading(text, at=2) == ("persons_before", "河北省政府质量奖个人奖", 1, "recipients", ["张海"])


def test_persons_before_needs_a_persons_tier() -> None:
    text = "平山县某某开发有限公司董事长苏军摘得“河北省政府质量奖提名奖”。"
    assert read_by(text) is None


def test_persons_before() -> None:
    text = (  # dev2/q051
        "确定江铃汽车股份有限公司副总裁曾发发、江西李渡酒业有限公司质量总工赵正云获第四届南昌市市长质量奖个人奖。"
    )
    assert reading(text) == ("persons_before", "南昌市市长质量奖个人奖", 2, "recipients", ["曾发发", "赵正云"])


def test_of_count_after_a_closing_quote() -> None:
    text = (  # dev2/q025
        "并为荣获“芜湖市首届政府质量奖”的奇瑞汽车股份有限公司、芜湖新兴铸管有限责任公司、芜湖市金牛电气股份有限公司、"
        "安徽华菱电缆集团有限公司、安徽江淮电缆集团有限公司等5家企业进行了颁奖。"
    )
    assert reading(text) == ("of_count", "芜湖市政府质量奖", 5, "recipients", [])
    assert records(text) == [("芜湖市政府质量奖", 5, "recipients", 1, None)]


def test_listed_as_without_a_colon_needs_organisations() -> None:
    text = "第三届遂宁市市长质量奖获奖企业为甲有限公司和乙集团有限公司。"
    assert reading(text) == ("listed_as", "遂宁市市长质量奖", 2, "recipients", ["甲有限公司", "乙集团有限公司"])
    assert read_by("第三届遂宁市市长质量奖获奖企业为两家。") is None


def test_names_below_one_name_a_line() -> None:
    text = "2020年江苏省省长质量奖提名奖\n常州市公共交通集团有限责任公司\n丁某(某某电缆集团有限公司董事长)\n2020年常州"
    name, _, count, _, recipients = reading(text)
    assert (name, count) == ("names_below", 2)
    assert recipients == ["常州市公共交通集团有限责任公司", "丁某(某某电缆集团有限公司董事长)"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("西岭酒、宏图汽车荣获第十届陕西质量奖。", ["西岭酒", "宏图汽车"]),
        ("鑫缘丝绸获得中国质量奖提名奖。", ["鑫缘丝绸"]),  # dev/p089
    ],
)
def test_named_subject_lists_short_names(text: str, names: list[str]) -> None:
    assert reading(text)[0] == "named_subject"
    assert reading(text)[2:] == (len(names), "recipients", names)


@pytest.mark.parametrize("text", ["恒力沙钢获省长质量奖", "企业代表、专家学者获得市长质量奖。"])
def test_named_subject_traps(text: str) -> None:
    # dev/p085: a bare 获 glues short names together; common nouns are no names
    assert read_by(text) is None


def test_later_clause_with_the_winners_listed_before_the_count() -> None:
    text = "近日,2022年度丽水市市长质量奖获奖名单公布,甲科技、乙机电、丙汽车等3家企业上榜。"
    assert reading(text) == ("later_clause", "丽水市市长质量奖", 3, "recipients", [])


def test_repeats_in_dev2_are_one_record() -> None:
    text = (  # dev2/q026
        "日前,安徽蚌埠市政府2013年度首届市长质量奖揭晓,蚌埠金威滤清器有限公司、安徽皖酒制造集团有限公司被授予"
        "2013年度“蚌埠市市长质量奖”称号,获市政府通报表彰。\n"
        "经过资料评审、现场评审、综合评价、审定公示等阶段,最终确定两家企业获得“蚌埠市市长质量奖”。"
    )
    assert records(text) == [("蚌埠市市长质量奖", 2, "recipients", None, 2013)]


def test_orgs_before_为_in_a_conferring_event() -> None:
    text = "会议决定,评选甲汽车股份有限公司、乙数控机床有限公司为区长质量管理奖。"
    assert reading(text) == (
        "orgs_before",
        "区长质量管理奖",
        2,
        "recipients",
        ["甲汽车股份有限公司", "乙数控机床有限公司"],
    )
    assert read_by("甲有限公司、乙有限公司为市长质量奖评审提供场地。") is None  # no conferring event
