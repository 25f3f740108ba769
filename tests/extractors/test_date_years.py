"""Dates: which year a year-less date takes, ranges with a partial end, spaces, timestamps, numerals."""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.dates import DatesExtractor


def dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    records = DatesExtractor()(Context(doc_id="d", text=text, published_at=published))
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return [(r.value, r.end_value) for r in records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("征求意见时间为2025年4月15日至5月15日,欢迎提出意见。", [("2025-04-15", "2025-05-15")]),
        ("公示期为2025年11月24日至2025年12月23日。", [("2025-11-24", "2025-12-23")]),
        ("评审工作于2012年12月至1月进行。", [("2012-12", "2013-01")]),  # the end in the next year
        ("比赛定于5月8日—6月2日举行。", [("2016-05-08", "2016-06-02")]),
        ("今年6月至8月份,市质强委组织评审。", [("2016-06", "2016-08")]),
    ],
)
def test_a_range_with_a_partial_end_is_one_record(text: str, expected: list) -> None:
    assert dates(text, "2016-10-01") == expected


def test_two_dates_joined_by_words_are_no_range() -> None:
    got = dates("评选于2024年11月启动,到2025年5月结束。")
    assert got == [("2024-11", None), ("2025-05", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("董事会\n2013 年 12 月 17 日", [("2013-12-17", None)]),
        ("9 月14 日,质量月宣传活动启动。", [("2024-09-14", None)]),
        ("二〇一二年四月十二日", [("2012-04-12", None)]),
        ("二○一○年十二月十七日", [("2010-12-17", None)]),
    ],
)
def test_spaces_and_chinese_numerals_inside_dates(text: str, expected: list) -> None:
    assert dates(text, "2024-09-20") == expected


@pytest.mark.parametrize(
    "text",
    [
        "苏苏会视角 2026-01-15 21:02:08\n广西质量大会召开。",
        "2024年04月23日16:36 | 小字号\n宝山区质量奖颁奖仪式举行。",
    ],
)
def test_a_date_stamped_with_a_clock_time_is_a_header_not_a_body_date(text: str) -> None:
    assert dates(text) == []


def test_a_date_without_a_clock_time_stays() -> None:
    assert dates("2026年1月15日,广西质量大会召开。") == [("2026-01-15", None)]


def test_a_span_start_is_not_the_events_year() -> None:
    assert dates("12月23日,会议全面总结了2010年以来实施战略的经验。") == [("--12-23", None), ("2010", None)]


def test_a_comparison_year_is_skipped_and_a_year_before_a_name_is_read_ahead() -> None:
    text = "9月19日,两协会联合发布2022中国品牌价值评价信息,该品牌由2021年的第54位升至第49位。"
    assert dates(text) == [("2022-09-19", None), ("2022", None), ("2021", None)]


def test_years_inside_names_and_ranges_are_not_read_ahead() -> None:
    text = "3月22日,全旗质量工作会议召开,贯彻落实《质量发展纲要(2011-2020年)》,安排部署2012年工作。"
    assert ("2012-03-22", None) in dates(text)


def test_an_award_year_is_not_read_ahead_but_a_year_stated_before_is_taken() -> None:
    assert dates("4月2日,大会宣读了表彰2013年度天水市人民政府质量奖获奖企业的决定。")[0] == ("--04-02", None)
    text = "长兴县完成2012年度市政府质量奖申报工作。自5月份申报工作启动以来,质监局认真对照要求。"
    assert ("2012-05", None) in dates(text)


def test_the_year_the_paragraph_states_wins_over_the_publication_year() -> None:
    text = "去年年初,省质监局提出建议,省政府于7月3日以正式文件下发。8月初,战略在全省展开。"
    assert dates(text, "2008-01-19") == [("2007", None), ("2007-07-03", None), ("2007-08", None)]


def test_a_year_inside_quotes_in_another_paragraph_is_not_lent() -> None:
    text = "2023年春季重点项目启动。\n企业入选“2022年中国十大网信龙头企业”。\n2月24日,企业参与的项目投产。"
    assert ("2023-02-24", None) in dates(text)


def test_a_date_later_in_the_year_than_the_publication_is_of_the_year_before() -> None:
    assert dates("在11月29日召开的全省名牌战略大会上。", "2010-03-22") == [("2009-11-29", None)]
    assert dates("全省名牌战略大会将于11月29日召开。", "2010-03-22") == [("2010-11-29", None)]
    assert dates("3月25日,全省名牌战略大会召开。", "2010-03-22") == [("2010-03-25", None)]  # days after


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("《龙江交投质量强企发展纲要(2021—2025)》", [("2021", "2025")]),
        ("《质量强国建设纲要(2021-2035年)》", [("2021", "2035")]),
        ("共计2000-2010人参加", []),  # a range of counts: no 年 and no closing parenthesis
    ],
)
def test_a_range_of_years_closing_a_names_parenthesis(text: str, expected: list) -> None:
    assert dates(text) == expected
