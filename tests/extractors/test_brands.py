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
        "争创中国驰名商标5件、省著名商标20件。",  # a goal governs its whole enumeration
        "全市申报中国名牌产品的企业有15家。",  # applicants counted after the title
        "今年计划新增省名牌产品10个。",  # a plan
        "我市有3个品牌入围中国驰名商标候选名单。",  # candidates
    ],
)
def test_not_brand_counts(text: str) -> None:
    assert brands(text) == []


def test_chinese_numeral_with_approximation() -> None:
    records = BrandsExtractor()(Context(doc_id="d", text="全市拥有中国驰名商标二十余件。"))
    assert [(r.category, r.count, r.approximate) for r in records] == [("中国驰名商标", 20, True)]


def test_words_before_a_national_title_are_not_part_of_it() -> None:
    assert brands("2023年,全市新增中国驰名商标3件。")[0][:2] == ("中国驰名商标", 3)


def test_share_of_a_place_in_a_published_list() -> None:
    assert brands("在全部382个名牌产品中,山东有59个上榜。") == [
        ("名牌产品", 382, "个", None),
        ("名牌产品", 59, "个", None),
    ]


def test_holders_of_the_title_counted_after_it() -> None:
    assert brands("荣获“中国名牌产品”称号的企业有6家。") == [("中国名牌产品", 6, "家", None)]


def test_running_total_after_a_new_count() -> None:
    assert brands("2016年,全市新认定省著名商标30件,累计达到210件。") == [
        ("著名商标", 30, "件", 2016),
        ("著名商标", 210, "件", 2016),
    ]


def test_newly_recognised_count_after_a_municipal_title() -> None:
    assert brands("南京市著名商标新认定56件。") == [("南京市著名商标", 56, "件", None)]


def test_geographical_indication_certification_marks() -> None:
    assert brands("全市拥有地理标志证明商标8件。") == [("地理标志证明商标", 8, "件", None)]
