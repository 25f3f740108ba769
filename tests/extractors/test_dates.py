"""Dates: absolute, partial, relative, ranges, plan periods; and what is not a date."""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.dates import DatesExtractor


def dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    ctx = Context(doc_id="d", text=text, published_at=published)
    records = DatesExtractor()(ctx)
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return [(r.value, r.end_value) for r in records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2012年9月25日,质检总局正式批准", [("2012-09-25", None)]),
        ("于2014年4月完成《规划》研究报告", [("2014-04", None)]),
        ("2020年全市制造业质量竞争力指数达到90.30", [("2020", None)]),
        ("二〇二二年江苏质量大会召开", [("2022", None)]),
        ("发布时间 2014-09-16 起施行", [("2014-09-16", None)]),
        ("《质量发展纲要(2011-2020年)》", [("2011", "2020")]),
        ("2015—2016年度许昌市市长质量奖", [("2015", "2016")]),
        ("示范期为2013年8月至2016年8月", [("2013-08", "2016-08")]),
        ("“十三五”期间,该市以质量促发展", [("2016", "2020")]),
        ("“十一五”期间全市累计投入资金5000余万元", [("2006", "2010")]),
        ("2021青岛国际标准化论坛", [("2021", None)]),
    ],
)
def test_absolute_dates(text: str, expected: list) -> None:
    assert dates(text) == expected


def test_same_year_resolves_against_the_last_year_named() -> None:
    text = "2012年9月25日,质检总局批准大连市。同年12月,大连市质监局启动《规划》编制工作。"
    assert dates(text) == [("2012-09-25", None), ("2012-12", None)]


def test_next_year_resolves_forward() -> None:
    assert dates("2015年获批创建,次年3月通过验收。") == [("2015", None), ("2016-03", None)]


def test_relative_years_resolve_against_publication() -> None:
    assert dates("去年全国25个城市获得资格,今年将继续。", "2013-09-06") == [("2012", None), ("2013", None)]


def test_relative_year_without_publication_is_not_guessed() -> None:
    assert dates("去年全国25个城市获得资格。") == []


def test_yearless_date_takes_the_publication_year() -> None:
    assert dates("1月24日,专家组赶赴秦皇岛市。", "2018-02-06") == [("2018-01-24", None)]


def test_yearless_date_takes_the_pages_own_year() -> None:
    assert dates("9月2日,哈密市拉开了2021年度“质量月”活动序幕。") == [("2021-09-02", None), ("2021", None)]


def test_yearless_date_with_no_year_anywhere() -> None:
    assert dates("2月20日,青岛市召开质量工作会议。") == [("--02-20", None)]


def test_day_range_within_one_month() -> None:
    assert dates("4月28至29日,天津市质监局召开会议", "2011-05-23") == [("2011-04-28", "2011-04-29")]


@pytest.mark.parametrize(
    "text",
    [
        "出台了《关于开展质量强省活动的意见》(粤府〔2010〕84号)",  # document number
        "经过五年的努力,培育百强企业",  # duration
        "连续3年蟬联第1名",  # duration
        "第六届青岛市市长质量奖",  # edition
        "全市外资企业内销总额达2054亿元",  # a quantity, not a year
        "统一月度考核",  # 一月 inside a word
        "2月30日召开",  # not a calendar date
        "13月5日",  # no such month
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text, "2020-01-01") == []


def test_same_value_twice_is_one_record() -> None:
    assert dates("2010年7月出台意见。2010年7月召开会议。") == [("2010-07", None)]


def test_year_after_a_target_word_is_a_target() -> None:
    ctx = Context(doc_id="d", text="文件要求,到2015年,建立比较完善的质量工作机制")
    (record,) = DatesExtractor()(ctx)
    assert record.value == "2015" and record.kind == "target"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("把实施商标品牌战略写入了《十三五市场监管规划》", [("2016", "2020")]),
        ("“十五”期间,全市名牌产品快速增长", [("2001", "2005")]),
        ("第十五届中国国际工业博览会", []),
        ("全市十五个部门参与", []),
        ("共表彰了1957个中国名牌产品", []),
        ("制造业质量竞争力指数达91.75,比上年高1.21", []),
    ],
)
def test_plan_periods_and_quantities(text: str, expected: list) -> None:
    assert dates(text, "2017-05-01") == expected


def test_bare_same_year_adds_nothing() -> None:
    assert dates("2012年9月,宁国市成功申报,是当年全国首批唯一获得批准的县级市。") == [("2012-09", None)]


def test_yearless_date_does_not_borrow_a_year_from_another_paragraph_ahead() -> None:
    assert dates("2月20日,青岛市召开质量工作会议。\n办好2021青岛国际标准化论坛。") == [
        ("--02-20", None),
        ("2021", None),
    ]


def test_same_year_refers_back_to_an_event_not_a_goal() -> None:
    text = "2023年,全市新增中国驰名商标3件。到2025年,力争培育标杆企业100家。同年11月,绍兴市被命名为示范城市。"
    assert ("2023-11", None) in dates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2011年至2015年,全市共创建名牌产品30个", [("2011", "2015")]),  # a range spelled with 至
        ("5月8日至9日,省质监局组织专家验收", [("2016-05-08", "2016-05-09")]),
        ("全国质量工作会议于2016年12月召开,翌年3月出台意见", [("2016-12", None), ("2017-03", None)]),
        ("“十二五”末,全市拥有中国名牌产品20个", [("2011", "2015")]),
        ("2014/9/16 发布", [("2014-09-16", None)]),
    ],
)
def test_more_date_shapes(text: str, expected: list) -> None:
    assert dates(text, "2016-06-01") == expected
