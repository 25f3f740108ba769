"""Brands: category and count in either order, conferred counts, comparisons, year, level; traps."""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.brands import BrandsExtractor


def brands(text: str, title: str | None = None) -> list[tuple[str, int, str, int | None]]:
    records = BrandsExtractor()(Context(doc_id="d", text=text, title=title))
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return [(r.category, r.count, r.unit, r.year) for r in records]


def test_category_then_count_in_an_enumeration() -> None:
    assert brands("目前全市共有中国名牌20个、辽宁名牌127个、大连名牌242个。") == [
        ("中国名牌", 20, "个", None),
        ("辽宁名牌", 127, "个", None),
        ("大连名牌", 242, "个", None),
    ]


def test_year_stated_earlier_in_the_paragraph() -> None:
    got = brands("2010年,全市拥有中国名牌产品8项、中国驰名商标6件,有效期内河北名牌产品41项。")
    assert got == [("中国名牌产品", 8, "项", 2010), ("中国驰名商标", 6, "件", 2010), ("河北名牌产品", 41, "项", 2010)]


def test_count_then_category() -> None:
    assert brands("本市10件商标被国家工商总局认定为中国驰名商标,认定总数达到44件。") == [
        ("中国驰名商标", 10, "件", None),
        ("中国驰名商标", 44, "件", None),
    ]


def test_counts_of_things_the_title_is_conferred_on() -> None:
    text = "“银河”牌棉涤纶等141项生产资料类产品、“正家”牌牛奶蛋白纤维等115项日用消费类产品荣获2010年上海名牌产品。"
    assert brands(text) == [("上海名牌产品", 141, "项", 2010), ("上海名牌产品", 115, "项", 2010)]


def test_two_counts_after_one_category() -> None:
    assert brands("郫县拥有四川名牌47家69个产品、中华老字号2个。") == [
        ("四川名牌", 47, "家", None),
        ("四川名牌", 69, "个", None),
        ("中华老字号", 2, "个", None),
    ]


def test_comparison_repeats_the_category_for_other_places() -> None:
    text = "本市10件商标被认定为中国驰名商标,认定数居全省第一,超过武汉的6件、宜昌的5件。"
    assert [b[:2] for b in brands(text)] == [("中国驰名商标", 10), ("中国驰名商标", 6), ("中国驰名商标", 5)]


def test_quantity_verb_between_category_and_count() -> None:
    assert brands("青岛、烟台、威海3市驰名商标拥有量达到26件。")[0][:2] == ("驰名商标", 26)


def test_headline_repeating_the_body_is_one_record_and_the_body_wins() -> None:
    text = "安庆75件注册商标被认定为2016年安徽省著名商标\n“万方管业”等75个注册商标被认定为2016年安徽省著名商标。"
    assert brands(text, title="安庆75件注册商标被认定为2016年安徽省著名商标") == [("安徽省著名商标", 75, "个", 2016)]


def test_levels() -> None:
    records = BrandsExtractor()(
        Context(doc_id="d", text="拥有上海名牌产品5个、中国驰名商标3件、著名商标7件、出口名牌2个。")
    )
    assert [r.level for r in records] == ["provincial", "national", "provincial", "national"]


@pytest.mark.parametrize(
    "text",
    [
        "今年中国名牌要达到100个的目标将会圆满完成。",  # a goal
        "全市有效注册商标13237件。",  # trademarks, not brand titles
        "共有12家企业申报中国驰名商标。",  # applicants
        "实施名牌战略,争创名牌产品。",  # no count
    ],
)
def test_not_brand_counts(text: str) -> None:
    assert brands(text) == []


def test_chinese_numeral_with_approximation() -> None:
    records = BrandsExtractor()(Context(doc_id="d", text="全市拥有中国驰名商标二十余件。"))
    assert [(r.category, r.count, r.approximate) for r in records] == [("中国驰名商标", 20, True)]


def test_words_before_a_national_title_are_not_part_of_it() -> None:
    assert brands("2023年,全市新增中国驰名商标3件。")[0][:2] == ("中国驰名商标", 3)
