"""Programmes: 《documents》, quoted names, names read back from a programme noun; slogans are not."""

from __future__ import annotations

import pytest

from extract.extractors.base import Context
from extract.extractors.programs import ProgramsExtractor


def programs(text: str) -> dict[str, str]:
    records = ProgramsExtractor()(Context(doc_id="d", text=text))
    for r in records:
        assert text[r.start : r.end] == r.evidence
    return {r.name: r.kind for r in records}


def test_document_in_book_title_marks_and_its_abbreviation() -> None:
    # 《规划》 abbreviates the plan; 质量强市 inside the title is not a second programme.
    assert programs("审议并原则通过《大连市质量强市发展规划》(以下简称《规划》)。") == {
        "大连市质量强市发展规划": "document"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SPEC: a 《》 title with a programme noun is a programme (the seeds and dev gold list regional and
        # market plans like these), whatever its subject
        (
            "以实施《珠江三角洲地区改革发展规划纲要(2008-2020年)》为主线。",
            "珠江三角洲地区改革发展规划纲要(2008-2020年)",
        ),
        ("县里宣读了《某县营商环境提升工作方案》。", "某县营商环境提升工作方案"),
        ("出台《关于实施工业强市战略的若干意见》等文件。", "关于实施工业强市战略的若干意见"),
    ],
)
def test_a_title_ending_in_a_programme_noun_is_a_document(text: str, expected: str) -> None:
    assert programs(text) == {expected: "document"}


@pytest.mark.parametrize(
    "text",
    [
        "县里宣读了《某县营商环境》。",  # no programme noun, no quality word
        "《实施方案》明确了目标。",  # a bare noun compound stands for a plan named elsewhere
        "出台《关于做好安全生产工作的通知》。",  # 通知 names a notice, not a programme
    ],
)
def test_a_title_without_a_quality_word_or_a_named_plan_is_not_a_programme(text: str) -> None:
    assert programs(text) == {}


def test_quoted_names_in_a_list_closed_by_等活动() -> None:
    got = programs("积极开展“质量月”、“质量万里行”、“百城万店无假货”等活动。")
    assert got == {"质量月": "campaign", "质量万里行": "campaign", "百城万店无假货": "campaign"}


def test_quoted_name_followed_by_a_programme_noun() -> None:
    assert programs("实施标准“领跑者”行动。") == {"领跑者": "campaign"}


def test_name_read_back_from_its_noun() -> None:
    got = programs("会议发布了2011年全国“质量月”活动方案和苏浙皖赣沪甬质检系统“质量月”联合行动方案。")
    assert "2011年全国“质量月”活动方案" in got
    assert "苏浙皖赣沪甬质检系统“质量月”联合行动方案" in got


def test_known_strategy_with_its_noun_is_the_strategy() -> None:
    assert programs("青岛市大力实施质量强市战略。") == {"质量强市战略": "strategy"}


def test_designation_and_level() -> None:
    records = ProgramsExtractor()(Context(doc_id="d", text="质检总局批准大连市作为“全国质量强市示范城市”争创城市。"))
    assert [(r.name, r.kind, r.level) for r in records] == [("全国质量强市示范城市", "designation", "national")]


def test_city_certification_scheme_is_a_programme() -> None:
    assert "苏州制造" in programs("27个为已获得“苏州制造”品牌认证的企业。")


def test_injected_spam_is_cut_from_a_name() -> None:
    got = programs("根据《mobile28365-365_bt365如何_beat365官网在线市长质量奖管理办法》(赣市府发〔2017〕12号)")
    assert got == {"市长质量奖管理办法": "document"}


@pytest.mark.parametrize(
    "text",
    [
        "人民群众对“大连制造”的信任度逐步提升。",  # a city's nickname
        "探索建立质量失信“黑名单”。",  # a list, not a programme
        "浙江已成“品牌大省”。",  # an honorific
        "营造“人人重视质量、人人创造质量、人人享受质量”的良好氛围。",  # a slogan
        "提及“质量”这个词汇。",  # a word in quotes
        "《品质》杂志社共同支持。",  # a magazine
        "科学指导今后一段时期全市产品质量工作,制定工作计划。",  # generic, no named programme
    ],
)
def test_not_programmes(text: str) -> None:
    assert programs(text) == {}


def test_a_quoted_plan_period_is_not_a_programme() -> None:
    assert programs("根据《绍兴市质量发展“十四五”规划》,科学制定“十三五”规划。") == {
        "绍兴市质量发展“十四五”规划": "document"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全面实施“质量强省”战略。", {"质量强省": "strategy"}),  # the quoted name, not “质量强省”战略 again
        ("开展“质量月”和“消费者权益保护日”等活动。", {"质量月": "campaign", "消费者权益保护日": "campaign"}),
        ("“十二五”期间,全市质量工作取得成效。", {}),  # a plan period
        ("《中国质量报》记者从会上获悉。", {}),  # a newspaper
    ],
)
def test_quoted_lists_periods_and_publications(text: str, expected: dict[str, str]) -> None:
    assert programs(text) == expected


def test_level_from_the_name() -> None:
    records = ProgramsExtractor()(Context(doc_id="d", text="江苏省出台《江苏省质量发展规划》。"))
    assert [(r.name, r.level) for r in records] == [("江苏省质量发展规划", "provincial")]
