"""Reading regex sources: the words every match holds, the characters every match starts with.

A wrong answer would make a fast path skip a real match, so besides the cases below, every
rule's cue words are checked on random lines: a line the rule matches holds one of them.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clean import filters
from extract.rules import boilerplate
from extract.text.regex_facts import cues, start_class
from extract.text.regex_reader import Unreadable, parse
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("涨跌幅", {"涨跌幅"}),
        (r"版权(所有|归|均属)", {"版权所有", "版权归", "版权均属"}),  # a run of few strings, spelled out
        (r"\d+\s*次(点击|浏览|阅读)", {"次点击", "次浏览", "次阅读"}),
        (r"(信息|新闻)?来源\s*[:：]", {"来源"}),  # an optional part is no cue
        (r"股票名称\s*最新价", {"股票名称"}),  # of two required words, the longer
        (r"(讯|电)\s*题\s*[:：]", {"题"}),  # of equally long ones, the fewer
        (r"[\u4e00-\u9fff]{2,10}网", {"网"}),  # a range is no cue
        (r"(?<=[在来])沪(?=召开)", {"沪"}),  # lookarounds consume nothing
        (r"(copyright|©|\(c\)\s*\d{4})", {"copyright", "©", "(c)"}),
        ("Copyright", {"copyright"}),  # compared lower-cased
        (r"\u6444", {"摄"}),
        (r"(?P<y>\d{4})(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}", {"-", "/", "."}),
        (r"(>|>>|›)[^>›]*(>|>>|›)", {">", ">>", "›"}),
        (r"[(（]此件公开", {"(此件公开", "（此件公开"}),
        ("[一二三四五六七八九十]{3}年", {"年"}),  # 1,000 spellings are too many: the word that is always there
    ],
)
def test_cues(source: str, expected: set[str]) -> None:
    assert cues(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        r"\d{4}年?",  # nothing but digits is required
        r"[^。]+",
        r"年|\d+",  # one alternative holds no word
        r"(质量)*",
        r"(?i)copyright",  # global flags are not followed
        r"(?x) 质量",
    ],
)
def test_no_cues_when_it_cannot_tell(source: str) -> None:
    assert cues(source) is None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?<![\d.])(?P<y>(?:19|20)\d{2})年", "[12]"),  # a lookbehind consumes nothing
        (r"(?:同|次)?年(\d+)月", "[同次年]"),  # an optional part lets the next one start
        (r"[a-c]x|《", r"[a-c《]"),
        (r"\d+月", r"[\d]"),
        (r"\d*", None),  # may match the empty string
        (r"[^。]+", None),  # may start with almost anything
        (r"(?i:a)b", None),  # scoped flags are not followed
        (r".年", None),
    ],
)
def test_start_class(source: str, expected: str | None) -> None:
    assert start_class(source) == expected


@pytest.mark.parametrize("source", ["(质量", "质量)", "[质量", r"\u12", "*质量", r"(?<name>x)", r"\q"])
def test_syntax_outside_the_subset_is_unreadable(source: str) -> None:
    with pytest.raises(Unreadable):
        parse(source)


def test_a_quantifier_brace_that_is_not_one_is_a_literal() -> None:
    assert cues(r"\{年\}") == {"{年}"}
    assert cues(r"年{,2}月") == {"月", "年月", "年年月"}
    assert cues("年{x}") == {"年{x}"}


LINE_RULES = [f for f in filters.LINE_FILTERS if isinstance(f, boilerplate.LineRule) and f.floating]
RULE_WORDS = sorted(
    {w for rule in LINE_RULES for w in re.findall(r"[\u4e00-\u9fffA-Za-z©>›»→|/]+", rule.floating.pattern)}
)
PIECES = [*RULE_WORDS, "2014-09-16", "(2023/7/28)", "12", " ", ":", "。", "(", ")", "大连市", "摄)"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_a_line_a_rule_matches_holds_one_of_its_cues(line: str) -> None:
    for rule in LINE_RULES:
        words = cues(rule.floating.pattern)  # type: ignore[union-attr]
        if words and rule.floating.search(line):  # type: ignore[union-attr]
            assert any(w in line.lower() for w in words), (rule.name, line)


def test_no_private_re_internals_are_read() -> None:
    # re._parser and re._constants change between Python versions: the reader stands in for them.
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "extract").rglob("*.py")]
    assert not [s for s in sources if re.search(r"\bre\._|\bsre_(parse|compile|constants)\b|from re import _", s)]
