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
        "形成一批知名品牌和40个以上国家级名牌。",  # a goal (形成, 以上)
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


# --- quantity words, counters, numerals, quotes ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省名牌产品总数已达320个。", ("名牌产品", 320, "个")),
        ("全市获得中国驰名商标的企业是12家。", ("中国驰名商标", 12, "家")),  # the copula after the holders' noun
        ("全县地理标志保护产品 3个。", ("地理标志保护产品", 3, "个")),  # a space before the count
        ("今年有5种产品获“江苏名牌产品”称号。", ("江苏名牌产品", 5, "种")),
        ("全市3户企业获得『中国名牌』产品称号。", ("中国名牌", 3, "户")),  # corner quotes
        ("获得2012年浙江省名牌产品称号的六家企业受到奖励。", ("浙江省名牌产品", 6, "家")),  # holders counted before
        ("该市继“甲”“乙”之后第3个被认定为国家地理标志保护的产品。", ("国家地理标志", 3, "个")),  # the 3rd: 3 held
    ],
)
def test_quantity_words_counters_and_quotes(text: str, expected: tuple) -> None:
    assert [b[:3] for b in brands(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "名牌是一个企业信誉的标志。",  # 是一个: an indefinite, no count
        "驰名商标认定的途径有三种。",  # a count of something else in the clause
        "提出了培育一批名牌产品的思路。",  # 一批: "a number of"
        "全市第三批中国驰名商标名单公布。",  # a batch, not a count
    ],
)
def test_counts_that_are_not_titles(text: str) -> None:
    assert brands(text) == []


def test_a_second_count_of_the_same_titles() -> None:
    assert brands("目前,我省已获得中国名牌产品的企业是15家,产品22种。") == [
        ("中国名牌产品", 15, "家", None),
        ("中国名牌产品", 22, "种", None),
    ]


def test_titles_counted_in_a_later_clause_and_among_them_the_new_ones() -> None:
    text = "2008年中国名牌产品日前揭晓,我省共有64个产品榜上有名,其中新增21个。"
    assert brands(text) == [("中国名牌产品", 64, "个", 2008), ("中国名牌产品", 21, "个", 2008)]


def test_counts_of_an_earlier_clause_belong_to_its_own_verb() -> None:
    text = "2012年,有3户企业荣获市长质量奖称号,8种产品获“吉林名牌产品”称号。"
    assert brands(text) == [("吉林名牌产品", 8, "种", 2012)]


def test_the_things_of_several_clauses_before_one_verb() -> None:
    text = "甲公司等30家企业的相关产品,乙公司等4家单位的物流服务,为2019年度湖南名牌荣誉称号。"
    assert [b[:2] for b in brands(text)] == [("湖南名牌", 30), ("湖南名牌", 4)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("“安岳柠檬”“通江银耳”取得了中国地理标志商标。", 2),
        ("当地的“甲”“乙”“丙”等3个特色产品榜上有名。", 0),  # no category named
        ("“海林牌”商标荣获中国驰名商标。", 0),  # one name is a title's story, not a count
    ],
)
def test_quoted_names_counted(text: str, count: int) -> None:
    assert [b[1] for b in brands(text)] == ([count] if count else [])


# --- breakdowns, partitives -------------------------------------------------------------------


def test_a_breakdown_by_place() -> None:
    text = "据统计,贵州省12件驰名商标中,贵阳拥有5件:甲、乙;遵义4件:丙、丁;安顺2件:戊;六盘水1件:己。"
    records = BrandsExtractor()(Context(doc_id="d", text=text))
    assert [(r.category, r.count, r.city) for r in records] == [
        ("驰名商标", 12, None),
        ("驰名商标", 5, "贵阳市"),
        ("驰名商标", 4, "遵义市"),
        ("驰名商标", 2, "安顺市"),
        ("驰名商标", 1, "六盘水市"),
    ]


def test_a_place_listed_in_a_partitive() -> None:
    text = "在公布的1200个地理标志产品中,本市的“甲瓜”“乙枣”等4个特色农产品榜上有名。"
    assert [b[:2] for b in brands(text)] == [("地理标志产品", 1200), ("地理标志产品", 4)]


# --- contexts that hold no title ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "确定我省20家企业为中国名牌重点培育企业。",  # candidates for cultivation
        "全国有300家名牌企业参展。",  # exhibitors
        "全市有30家企业45项产品列入2011年福建名牌产品公示名单。",  # a shortlist
        "全市165个产品被推荐为省级名牌产品。",  # recommended, not conferred
    ],
)
def test_candidates_and_exhibitors_hold_no_title(text: str) -> None:
    assert brands(text) == []


# --- years ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("截至2005年底,全省累计注册商标25万件;荣获中国驰名商标70件。", 2005),  # across a ;
        ("数据显示:2011年,全省地理标志商标共19件。", 2011),
        ("1996年,该市启动质量立市工作,目前该市已创省名牌产品5个。", None),  # 目前 replaces 1996
        ("该市2010年启动质量兴市,全市拥有中国名牌产品8项。", None),  # a year of another clause
    ],
)
def test_the_year_of_a_count(text: str, year: int | None) -> None:
    assert [b[3] for b in brands(text)] == [year]


# --- the same fact stated twice --------------------------------------------------------------------


def test_a_national_title_held_in_a_region_and_its_bare_name_are_one_record() -> None:
    text = "目前,云南省驰名商标的总数达16件。据了解,云南省16件驰名商标中,昆明占7件。"
    assert [b[:2] for b in brands(text)] == [("云南省驰名商标", 16), ("驰名商标", 7)]


def test_the_same_count_of_a_place_and_of_a_year_are_two_records() -> None:
    text = "到2008年,全省驰名商标一共只有7件。全省16件驰名商标中,昆明拥有7件:甲;曲靖3件:乙。"
    assert [(b[1], b[3]) for b in brands(text)] == [(7, 2008), (16, None), (7, None), (3, None)]


# --- dev2 (real sentences) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # dev2/q002: corner quotes between the verb and the category
            "中国石油天然气股份有限公司大庆润滑油厂昆仑牌润滑油,9家企业的产品获得『中国名牌』产品称号,还有齐齐哈尔市。",
            [("中国名牌", 9, "家", None)],
        ),
        (  # dev2/q002: the copula after the holders' noun, and a second count in 种
            "目前,我省已获得中国名牌产品的企业是26家,产品29种。",
            [("中国名牌产品", 26, "家", None), ("中国名牌产品", 29, "种", None)],
        ),
    ],
)
def test_dev2_sentences(text: str, expected: list) -> None:
    assert brands(text) == expected


def test_dev2_breakdown() -> None:
    text = (  # dev2/q018
        "据了解,云南省16件驰名商标中,昆明拥有7件:云烟、云南白药、斗南、昆电工、贵研、康王、云南红;曲靖3件:宣威火腿、"
        "云维、久隆;玉溪2件:红塔山、红梅;红河2件:红河、云锡;大理1件:蝶泉;昭通1件:金沙江。"
    )
    assert [b[1] for b in brands(text)] == [16, 7, 3, 2, 2, 1, 1]
