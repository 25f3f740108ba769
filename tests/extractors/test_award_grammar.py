"""Award word classes, each on sentences of our own and on its traps.

Names by their grammar (field, inner tier, 奖, then a tier), the ways of saying "won", the
quotation marks, counters and numerals, descriptions before a name, running totals, the
traps (applicants, caps, award categories, sums over two awards, prize money, brand titles),
and the same fact stated twice.
"""

from __future__ import annotations

import pytest

from extract.extractors.awards import AwardsExtractor
from extract.extractors.awards.mentions import find_mentions
from extract.extractors.base import Context
from extract.extractors.cities import CitiesExtractor
from extract.rules import awards as rules


def awards(text: str, title: str | None = None) -> list[tuple[str, int, str]]:
    ctx = Context(doc_id="d", text=text, title=title)
    ctx.found["cities"] = CitiesExtractor()(ctx)
    records = AwardsExtractor()(ctx)
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return [(r.award, r.count, r.count_kind) for r in records]


def full(text: str, title: str | None = None) -> list[tuple]:
    ctx = Context(doc_id="d", text=text, title=title)
    ctx.found["cities"] = CitiesExtractor()(ctx)
    return [(r.award, r.count, r.count_kind, r.edition, r.year, r.recipients) for r in AwardsExtractor()(ctx)]


# --- names by their grammar -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("授予甲有限公司等3家企业2023年度江阴市质量管理优秀奖。", "江阴市质量管理优秀奖"),
        ("乙股份有限公司等4家企业获得丽水市质量管理创新奖。", "丽水市质量管理创新奖"),
        ("丙集团等6家企业荣获2021年度杭州市质量金奖。", "杭州市质量金奖"),
        ("丁有限公司等2家单位获得浦东新区质量创新奖。", "浦东新区质量创新奖"),
    ],
)
def test_award_names_by_their_grammar(text: str, name: str) -> None:
    assert [a[:2] for a in awards(text)] == [(name, int(text[text.index("等") + 1]))]


def test_a_tier_named_after_its_award_is_its_own_record() -> None:
    text = "目前,全省拥有省政府质量奖组织奖12家、省政府质量奖个人奖5名、省政府质量奖鼓励奖3个。"
    assert awards(text) == [
        ("省政府质量奖组织奖", 12, "holders"),
        ("省政府质量奖个人奖", 5, "holders"),
        ("省政府质量奖鼓励奖", 3, "holders"),
    ]


def test_a_tier_after_the_closing_quote_of_its_award() -> None:
    text = "获授“第三届衡水市市长质量奖”组织奖的4家企业分别是甲公司、乙公司、丙公司和丁集团。"
    assert awards(text) == [("衡水市市长质量奖组织奖", 4, "recipients")]


def test_the_main_tier_is_the_award_itself() -> None:
    assert awards("全区共有11家单位获得自治区主席质量奖正奖。") == [("自治区主席质量奖", 11, "holders")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tier alone after a verb takes the award named just before
        ("授予甲有限公司第九届黄冈市市长质量奖。其中,乙有限公司荣获组织奖。", ("黄冈市市长质量奖组织奖", 1)),
        ("第三届嘉兴市政府质量奖揭晓,3家企业斩获金奖。", ("嘉兴市政府质量奖金奖", 3)),
        # …and after a count: 5家质量奖和10家提名奖
        ("第二届开封市市长质量奖评选出5家质量奖和10家提名奖获奖单位。", ("开封市市长质量奖提名奖", 10)),
    ],
)
def test_a_tier_alone_takes_the_award_named_before(text: str, expected: tuple) -> None:
    assert expected in [a[:2] for a in awards(text)]


def test_a_list_of_tiers_with_one_count_is_the_award() -> None:
    text = "第二届绵阳市市长质量奖揭晓,甲有限公司等9家企业获得卓越奖、创新奖和提名奖。"
    assert awards(text) == [("绵阳市市长质量奖", 9, "recipients")]


def test_roles_before_the_head() -> None:
    names = [m.name for m in find_mentions("评选出主席质量奖4个,区长质量管理奖2个,市人民政府质量奖3个。")]
    assert names == ["主席质量奖", "区长质量管理奖", "市人民政府质量奖"]


def test_a_bare_chairmans_award_takes_the_full_name_named_on_the_page() -> None:
    text = "第四届广西壮族自治区主席质量奖颁奖。本届共评选出主席质量奖4个,主席质量奖提名奖8个。"
    assert awards(text) == [
        ("广西壮族自治区主席质量奖", 4, "recipients"),  # 评选出: this event's winners
        ("广西壮族自治区主席质量奖提名奖", 8, "recipients"),
    ]


def test_a_name_that_is_a_word_of_a_longer_one_is_no_award() -> None:
    assert find_mentions("质量奖励计划") == [] or find_mentions("质量奖励计划")[0].name == "质量奖励计划"
    assert awards("企业获得质量奖励资金100万元。") == []


# --- awards to individuals --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "orgs", "persons"),
    [
        ("授予甲有限公司等6家企业和李某等3名同志2019年度荆州市市长质量奖。", 6, 3),
        ("共有12家组织、4位个人荣获第五届宁夏回族自治区主席质量奖。", 12, 4),
        ("5个单位、2名个人荣获第三届省长质量奖。", 5, 2),
        ("3个组织、1个班组和2名个人获“第四届河南省省长质量奖”。", 3, 2),  # the team's count is no award's
    ],
)
def test_persons_counted_beside_organisations_are_the_persons_tier(text: str, orgs: int, persons: int) -> None:
    got = awards(text)
    assert [count for _, count, _ in got] == [orgs, persons]
    assert got[1][0] == got[0][0] + rules.PERSONS_TIER


def test_organisations_with_persons_in_brackets_are_one_count() -> None:
    assert [a[1] for a in awards("这9个组织(个人)荣获第二届省长质量奖")] == [9]


@pytest.mark.parametrize(
    "text",
    [
        "获奖组织和个人表示,将再接再厉。",  # no count
        "每届获奖组织和个人各不超过3个。",  # a cap
        "本届市长质量奖共有40家企业和6名个人申报。",  # applicants
        "2人荣获市长质量奖先进个人称号。",  # persons alone, a title
    ],
)
def test_persons_traps(text: str) -> None:
    assert [a for a in awards(text) if a[0].endswith(rules.PERSONS_TIER)] == []


def test_persons_named_by_their_titles() -> None:
    text = (
        "第五届赣州市市长质量奖揭晓。"
        "确定甲股份有限公司总经理王明、乙集团有限公司总工程师陈立华获第五届赣州市市长质量奖个人奖。"
    )
    assert full(text)[-1] == ("赣州市市长质量奖个人奖", 2, "recipients", 5, None, ["王明", "陈立华"])


# --- ways of saying "won" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["摘得", "斩获", "捧得", "夺得", "喜获", "荣膺", "被授予", "入选", "问鼎", "拿下", "包揽"]
)
def test_every_way_of_saying_won(verb: str) -> None:
    assert awards(f"全市7家企业{verb}第四届泰州市市长质量奖。") == [("泰州市市长质量奖", 7, "recipients")]


@pytest.mark.parametrize(
    "text",
    [
        "全市18家企业激烈角逐第四届泰州市市长质量奖。",
        "我市7家企业入围第四届泰州市市长质量奖受理名单。",
        "我市7家企业“冲击”第四届泰州市市长质量奖。",
        "全市7家企业报名参选第四届泰州市市长质量奖。",
    ],
)
def test_competing_is_not_winning(text: str) -> None:
    assert awards(text) == []


# --- quotation marks, counters, numerals ------------------------------------------------------


@pytest.mark.parametrize("quotes", ["“”", "「」", "『』", '""'])
def test_quotes_of_every_kind(quotes: str) -> None:
    text = f"授予甲有限公司等5家企业{quotes[0]}2014年度许昌市市长质量奖{quotes[1]}。"
    assert full(text) == [("许昌市市长质量奖", 5, "recipients", None, 2014, ["甲有限公司"])]


@pytest.mark.parametrize("quotes", ["“”", "『』"])
def test_a_closing_quote_before_的(quotes: str) -> None:
    text = f"大会为荣获{quotes[0]}首届淮南市政府质量奖{quotes[1]}的甲有限公司、乙集团有限公司等6家企业颁奖。"
    assert awards(text) == [("淮南市政府质量奖", 6, "recipients")]


@pytest.mark.parametrize(
    ("count", "expected"),
    [("两户企业", 2), ("四家企业", 4), ("十余家企业", 10), ("43 家企业", 43), ("3项成果", 3)],
)
def test_counters_and_numerals(count: str, expected: int) -> None:
    assert awards(f"{count}获得第二届铜陵市市长质量奖。") == [("铜陵市市长质量奖", expected, "recipients")]


def test_the_others_a_subject_won_with() -> None:
    assert awards("本公司与省内其他两家企业共同获得2020年度福建省政府质量奖。") == [
        ("福建省政府质量奖", 3, "recipients")
    ]


# --- descriptions, recipients without a legal suffix, lists ----------------------------------


def test_a_description_before_the_name_is_no_name() -> None:
    text = "今年,全国共有8家企业荣获我国质量领域最高质量奖——中国质量奖。"
    assert awards(text) == [("中国质量奖", 8, "recipients")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("利民塑业、华星机电荣获第十一届安徽省政府质量奖。", ["利民塑业", "华星机电"]),
        ("东方电气与长城汽车同获第三届河北省政府质量奖。", []),  # 同获: a bare 获
    ],
)
def test_recipients_named_by_short_names(text: str, names: list[str]) -> None:
    got = full(text)
    assert [r[5] for r in got] == ([names] if names else [])


def test_winners_listed_before_a_count_in_a_later_clause() -> None:
    text = "第九届台州市市长质量奖名单公布,利民塑业、华星机电、东海药业等3家企业上榜。"
    assert awards(text) == [("台州市市长质量奖", 3, "recipients")]


def test_winners_listed_after_获奖企业为() -> None:
    text = "第九届台州市市长质量奖获奖企业为甲有限公司、乙集团股份有限公司和丙研究院。"
    assert full(text)[0][1:3] == (3, "recipients")
    assert awards("第九届台州市市长质量奖获奖企业为本地龙头。") == []  # no organisation listed


def test_winners_one_name_a_line_under_a_heading() -> None:
    text = "表彰名单\n2019年扬州市市长质量奖\n甲有限公司\n乙集团股份有限公司\n张某(丙有限公司董事长)\n下一步"
    assert full(text) == [
        (
            "扬州市市长质量奖",
            3,
            "recipients",
            None,
            2019,
            ["甲有限公司", "乙集团股份有限公司", "张某(丙有限公司董事长)"],
        )
    ]


# --- running totals and targets ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "截至目前,全市累计已有9家单位斩获主席质量奖。",
        "历届共有15家企业获得市长质量奖。",
        "我市累计培育市长质量奖企业12家。",  # 累计培育: done, not a goal
    ],
)
def test_running_totals_are_holders(text: str) -> None:
    assert [a[1:] for a in awards(text)] == [(int("".join(ch for ch in text if ch.isdigit())), "holders")]


# --- traps --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "市长质量奖包括质量奖、质量奖提名奖2个奖项。",  # award categories
        "现场颁发“第三届德阳市市长质量奖”、“第三届德阳市市长质量奖提名奖”两项大奖,共计12家单位获奖。",  # a sum
        "截至目前,共有21家组织获自治区主席质量奖和提名奖。",  # one count for an award and its tier
        "每届市长质量奖获奖企业不超过5家。",  # a cap
        "另外设置不超过5家的市长质量奖提名奖。",  # a cap
        "对获得市长质量奖的企业各奖励50万元。",  # prize money
        '2007年,我省又有41项产品荣膺"中国名牌"称号。',  # a brand title is never an award
        "全省已有30个“山东名牌”企业。",
    ],
)
def test_not_award_counts(text: str) -> None:
    assert awards(text) == []


# --- the same fact stated twice ---------------------------------------------------------------


def test_a_statement_with_and_one_without_the_year_are_one_record() -> None:
    text = (
        "甲有限公司、乙有限公司被授予2013年度“蚌埠市市长质量奖”称号。经过评审,最终确定两家企业获得“蚌埠市市长质量奖”。"
    )
    assert full(text) == [("蚌埠市市长质量奖", 2, "recipients", None, 2013, ["甲有限公司", "乙有限公司"])]


def test_a_headline_repeating_the_body_is_one_record_whatever_its_kind() -> None:
    title = "第三届宜春市“市长质量奖”出炉 6家企业获此殊荣"
    text = f"{title}\n宜春市自2010年开展市长质量奖评选以来,先后有6家企业获此殊荣。"
    assert awards(text, title=title) == [("宜春市市长质量奖", 6, "holders")]


def test_two_years_are_two_facts() -> None:
    text = "2012年度,3家企业获得常州市市长质量奖。2013年度,3家企业获得常州市市长质量奖。"
    assert len(awards(text)) == 2


# --- more ways of naming the winners ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第五届郑州市市长质量奖授予甲有限公司、乙集团有限公司和丙研究院。", ("郑州市市长质量奖", 3, "recipients")),
        ("获得第三届市长质量奖的企业3家。", ("市长质量奖", 3, "recipients")),
        ("第三届郑州市市长质量奖共表彰了5家企业。", ("郑州市市长质量奖", 5, "recipients")),
        (  # a short clause between the winners and the verb that refers back
            "在第六届湖州市市长质量奖评选中,甲有限公司、乙有限公司脱颖而出,荣获该奖项。",
            ("湖州市市长质量奖", 2, "recipients"),
        ),
        ("辽宁设立省长质量奖,至今已经有甲钢铁公司、乙港务公司荣获此殊荣。", ("省长质量奖", 2, "holders")),
    ],
)
def test_more_ways_of_naming_the_winners(text: str, expected: tuple) -> None:
    assert awards(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "辽宁设立省长质量奖,至今已经有鞍钢、营口港等多家公司荣获此殊荣。",  # 等多家: no count, no list
        "甲有限公司、乙有限公司分别获得市长质量奖和提名奖。",  # one each: no count of either
        "市长质量奖颁奖大会召开,300名代表参加会议。",  # attendees
        "质量奖评审委员会由15名专家组成。",
    ],
)
def test_no_count_of_winners(text: str) -> None:
    assert awards(text) == []
